/// What went wrong in the latest build of `docgen serve`, shown over every served page until a build succeeds.
package struct BuildProblem: Sendable, Equatable {
    /// One line: `The last build failed: showing the previous site.`
    package var title: String
    /// The build's own error lines (file, line, what to do).
    package var detail: String

    package init(title: String, detail: String) {
        self.title = title
        self.detail = detail
    }
}
