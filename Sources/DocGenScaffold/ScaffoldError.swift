import DocGenParse
import DocGenRun

/// Why `docgen new` or `docgen init` wrote nothing. Each message is one line naming the file or cell and the fix.
package enum ScaffoldError: Error, Equatable, CustomStringConvertible {
    /// The id is not `page/cell`.
    case badCellID(String)
    /// No page of the content folder has this cell.
    case unknownCell(id: String, contentFolder: String)
    /// The scenario file exists already.
    case fileExists(path: String)
    /// The cell's scenario is a `swift` block in its page.
    case inlineScenario(id: String, contentFile: String, line: Int)
    /// `docgen init` was given a folder that is not empty (or a file).
    case folderNotEmpty(path: String)
    case cannotWrite(path: String, reason: String)
    /// The content folder the cells are read from is missing, empty, or does not parse.
    case content(ContentError)
    /// A scenario file or folder docgen may not write through (a link leaving the project).
    case map(MapFailure)

    package var description: String {
        switch self {
        case .badCellID(let id):
            "'\(id)' is not a cell id; write PAGE/CELL (`docgen list` shows every cell's id)"
        case .unknownCell(let id, let contentFolder):
            "no cell '\(id)' in \(contentFolder); `docgen list` shows every page and cell id"
        case .fileExists(let path):
            "\(path) exists already; edit it, or delete it first to start over"
        case .inlineScenario(let id, let contentFile, let line):
            "\(contentFile):\(line): cell '\(id)' has its scenario in the page (a swift block); edit it there"
        case .folderNotEmpty(let path):
            "\(path) is not an empty folder; give docgen init a new or empty folder"
        case .cannotWrite(let path, let reason):
            "cannot write \(path): \(reason)"
        case .content(let error): error.description
        case .map(let failure): failure.description
        }
    }
}
