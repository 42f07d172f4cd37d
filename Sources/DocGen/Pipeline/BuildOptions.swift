/// What `docgen build` does.
public struct BuildOptions: Sendable {
    public var contentFolder: String
    public var outputFolder: String
    public var snapshotFolder: String
    /// Run every cell twice and write its snapshot when both runs agree.
    public var record: Bool
    /// Write the site even when cells fail (they show as error cells).
    public var allowErrors: Bool
    /// Treat broken internal links as errors.
    public var strict: Bool

    public init(
        contentFolder: String = "content", outputFolder: String = "site", snapshotFolder: String = "Tests/Snapshots",
        record: Bool = false, allowErrors: Bool = false, strict: Bool = false
    ) {
        self.contentFolder = contentFolder
        self.outputFolder = outputFolder
        self.snapshotFolder = snapshotFolder
        self.record = record
        self.allowErrors = allowErrors
        self.strict = strict
    }
}
