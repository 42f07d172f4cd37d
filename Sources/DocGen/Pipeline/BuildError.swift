import DocGenParse
import DocGenRun
import DocGenSite
import DocGenVerify

/// Why a build or check stopped. Each line names the file, the cell and the fix; the site is left untouched.
package enum BuildError: Error, Equatable, CustomStringConvertible {
    /// The content folder is missing, empty, or a page does not parse.
    case content(ContentError)
    case map(MapFailure)
    case cellsFailed([FailedCell])
    case render(RenderError)
    case verify([VerifyError])
    /// The build was cancelled before it wrote the site.
    case interrupted

    package var description: String {
        switch self {
        case .content(let error): error.description
        case .map(let failure): failure.description
        case .cellsFailed(let cells):
            cells.map(\.description).joined(separator: "\n")
                + "\n\(cells.count) cell(s) failed; fix them, mark them <!-- docgen: expect=KIND -->, or build with "
                + "--allow-errors"
        case .render(let error): error.description
        case .verify(let errors): errors.map(\.description).joined(separator: "\n")
        case .interrupted: "the build was interrupted before writing the site; the output folder is unchanged"
        }
    }
}

/// A cell whose run failed unexpectedly.
package struct FailedCell: Sendable, Equatable, CustomStringConvertible {
    package var file: String
    package var line: Int
    package var id: String
    package var reason: String
    /// True when `reason` names its own file and line (a Python construct that cannot be translated).
    package var reasonIsLocated: Bool

    package init(file: String, line: Int, id: String, reason: String, reasonIsLocated: Bool = false) {
        self.file = file
        self.line = line
        self.id = id
        self.reason = reason
        self.reasonIsLocated = reasonIsLocated
    }

    package var description: String { reasonIsLocated ? reason : "\(file):\(line): cell \(id) \(reason)" }
}
