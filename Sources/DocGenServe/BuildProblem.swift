/// What went wrong in the latest build of `docgen serve`, shown over every served page until a build succeeds.
public struct BuildProblem: Sendable, Equatable {
    /// One line: `The last build failed: showing the previous site.`
    public var title: String
    /// The build's own error lines (file, line, what to do).
    public var detail: String

    public init(title: String, detail: String) {
        self.title = title
        self.detail = detail
    }
}
