/// What `docgen build` does.
package struct BuildOptions: Sendable {
    package var contentFolder: String
    package var outputFolder: String
    package var snapshotFolder: String
    /// Run every cell twice and write its snapshot when both runs agree.
    package var record: Bool
    /// Write the site even when cells fail (they show as error cells).
    package var allowErrors: Bool
    /// Treat broken internal links as errors.
    package var strict: Bool

    package init(
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
