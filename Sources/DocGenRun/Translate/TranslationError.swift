/// A cell the translator cannot turn into a scenario: its Python is not valid, or uses a construct outside the
/// supported subset (README, "Translated scenarios"). The message names the page's line and how to go on.
package struct TranslationError: Error, Equatable, Sendable, CustomStringConvertible {
    /// The Markdown page, as the content folder was given (`content/x.md`).
    package var contentFile: String
    /// The line of the page the Python construct is on.
    package var line: Int
    /// The cell's id, `page/cell`.
    package var id: String
    /// The scenario file a hand port goes to (`content/x/cell.swift`).
    package var scenarioFile: String
    package var problem: Problem

    package enum Problem: Equatable, Sendable {
        /// A construct outside the subset: what it is (`'yield' (generators)`).
        case unsupported(String)
        /// CPython's own `SyntaxError` message.
        case syntax(String)
        /// python3 is missing or failed: no cell could be parsed.
        case python(PythonParseError)
    }

    /// The error of `request`'s cell when python3 could not parse any cell: at the cell's first Python line.
    package init(python: PythonParseError, request: Translator.Request) {
        self.init(
            contentFile: request.contentFile, line: request.firstLine, id: request.id,
            scenarioFile: request.scenarioFile, problem: .python(python))
    }

    package init(contentFile: String, line: Int, id: String, scenarioFile: String, problem: Problem) {
        self.contentFile = contentFile
        self.line = line
        self.id = id
        self.scenarioFile = scenarioFile
        self.problem = problem
    }

    package var description: String {
        switch problem {
        case .unsupported(let construct):
            "\(contentFile):\(line): cannot translate \(construct): write \(scenarioFile) by hand; docgen new \(id) "
                + "starts it"
        case .python(let error): "\(contentFile):\(line): \(error.description)"
        case .syntax(let message):
            "\(contentFile):\(line): the Python of cell '\(id)' is not valid Python (\(message)); fix it, or mark "
                + "the block <!-- docgen: skip -->"
        }
    }
}

/// A construct outside the subset, found while emitting: the cell line it is on and what it is.
struct UnsupportedConstruct: Error {
    var line: Int
    var construct: String
}
