/// Why a build or check stopped. Each line names the file, the cell and the fix; the site is left untouched.
public enum BuildError: Error, Equatable, CustomStringConvertible {
    case contentMissing(path: String)
    /// The content folder holds no `*.md` page.
    case noPages(path: String)
    case parse([ParseError])
    case map(MapFailure)
    case cellsFailed([FailedCell])
    case render(RenderError)
    case verify([VerifyError])
    /// The build was cancelled before it wrote the site.
    case interrupted
    /// `docgen new` or `docgen init` wrote nothing.
    case scaffold(ScaffoldError)

    public var description: String {
        switch self {
        case .contentMissing(let path):
            "content folder '\(path)' does not exist; create it with Markdown pages or pass --content FOLDER"
        case .noPages(let path):
            "content folder '\(path)' has no Markdown pages (*.md); add one or pass --content FOLDER"
        case .parse(let errors): errors.map(\.description).joined(separator: "\n")
        case .map(let failure): failure.description
        case .cellsFailed(let cells):
            cells.map(\.description).joined(separator: "\n")
                + "\n\(cells.count) cell(s) failed; fix them, mark them <!-- docgen: expect=KIND -->, or build with "
                + "--allow-errors"
        case .render(let error): error.description
        case .verify(let errors): errors.map(\.description).joined(separator: "\n")
        case .interrupted: "the build was interrupted before writing the site; the output folder is unchanged"
        case .scaffold(let error): error.description
        }
    }
}
