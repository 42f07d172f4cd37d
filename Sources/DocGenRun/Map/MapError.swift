/// A cell without a scenario, a scenario without a cell, or a cell with two. Each message names the files and the fix.
package enum MapError: Error, Equatable, CustomStringConvertible {
    /// `scenarioFile` is the file to create (`content/<page>/<cell>.swift`).
    case missingScenario(id: String, contentFile: String, line: Int, scenarioFile: String)
    /// A `.swift` file in `content/<page>/` whose name is no cell of the page (or whose page does not exist).
    case orphanScenario(file: String, contentFile: String)
    /// The cell has both a scenario file and a `swift` block after its Python.
    case twoScenarios(id: String, file: String, contentFile: String, blockLine: Int)
    case unreadable(file: String)
    /// The scenario file is a dangling symbolic link or one to a file outside the content folder.
    case badLink(file: String, reason: String)

    package var description: String {
        switch self {
        case .missingScenario(let id, let contentFile, let line, let scenarioFile):
            "\(contentFile):\(line): cell '\(id)' has no scenario; create \(scenarioFile) (or put a fenced swift "
                + "block right after the cell's Python block)"
        case .orphanScenario(let file, let contentFile):
            "\(file): no cell of \(contentFile) has this id; rename the file to a cell's id (`docgen list` shows "
                + "them) or delete it"
        case .twoScenarios(let id, let file, let contentFile, let blockLine):
            "\(contentFile):\(blockLine): cell '\(id)' has two scenarios, this swift block and \(file); delete one"
        case .badLink(let file, let reason):
            "\(file) " + reason
        case .unreadable(let file):
            "\(file): cannot read the scenario file; check its permissions"
        }
    }

    /// True for `.badLink`: the build reports the same file the same way.
    package var isBadLink: Bool {
        if case .badLink = self { true } else { false }
    }
}

/// Every mapping problem of a build, reported together.
package struct MapFailure: Error, Equatable, CustomStringConvertible {
    package var errors: [MapError]

    package init(errors: [MapError]) { self.errors = errors }

    package var description: String { errors.map(\.description).joined(separator: "\n") }
}
