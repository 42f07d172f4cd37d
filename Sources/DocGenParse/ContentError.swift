/// Why a content folder gave no documents. Each line names the file and the fix.
package enum ContentError: Error, Equatable, CustomStringConvertible {
    case contentMissing(path: String)
    /// The content folder holds no `*.md` page.
    case noPages(path: String)
    case parse([ParseError])

    package var description: String {
        switch self {
        case .contentMissing(let path):
            "content folder '\(path)' does not exist; create it with Markdown pages or pass --content FOLDER"
        case .noPages(let path):
            "content folder '\(path)' has no Markdown pages (*.md); add one or pass --content FOLDER"
        case .parse(let errors): errors.map(\.description).joined(separator: "\n")
        }
    }
}
