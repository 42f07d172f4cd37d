import DocGenModel
import Foundation

/// A notebook as Jupyter left it after running it (nbformat 4): each code cell's id, its Python (without the
/// `%%script` line docgen puts first) and what its run printed on stdout and on stderr.
package struct ExecutedNotebook: Sendable, Equatable {
    package struct CodeCell: Sendable, Equatable {
        /// The notebook's cell id: the page's cell id without the page.
        package var id: String
        package var python: String
        /// Whether Jupyter ran the cell (it has an execution count).
        package var executed: Bool
        /// Each stream's text, in full (stream outputs of one name joined in order); an `error` output's text as
        /// `errors` (a cell whose `%%script` raised).
        package var stdout: String
        package var stderr: String
        package var errors: [String]
    }

    package var cells: [CodeCell]

    /// Reads the notebook at `path`.
    ///
    /// - Throws: `NotebookReadError` (one line) when the file is missing or not an nbformat 4 notebook.
    package init(path: String) throws(NotebookReadError) {
        guard let data = FileManager.default.contents(atPath: path) else {
            throw NotebookReadError("\(path): no such notebook (run it first, e.g. with nbclient)")
        }
        let notebook: NotebookJSON
        do {
            notebook = try JSONDecoder().decode(NotebookJSON.self, from: data)
        } catch {
            throw NotebookReadError("\(path): not an nbformat 4 notebook (\(error))")
        }
        cells = notebook.cells.filter { $0.cellType == "code" }.map { cell in
            var stdout = "", stderr = "", errors: [String] = []
            for output in cell.outputs ?? [] {
                switch (output.outputType, output.name) {
                case ("stream", "stdout"): stdout += output.text?.joined ?? ""
                case ("stream", "stderr"): stderr += output.text?.joined ?? ""
                case ("error", _): errors.append("\(output.ename ?? "error"): \(output.evalue ?? "")")
                default: break
                }
            }
            return CodeCell(
                id: cell.id ?? "", python: String(NotebookCellMagic.python(of: cell.source.joined)),
                executed: cell.executionCount != nil, stdout: stdout, stderr: stderr, errors: errors)
        }
    }

    /// nbformat's text fields: a string, or a list of strings to join.
    private enum Text: Decodable {
        case whole(String)
        case lines([String])

        init(from decoder: any Decoder) throws {
            let container = try decoder.singleValueContainer()
            if let text = try? container.decode(String.self) {
                self = .whole(text)
            } else {
                self = .lines(try container.decode([String].self))
            }
        }

        var joined: String {
            switch self {
            case .whole(let text): text
            case .lines(let lines): lines.joined()
            }
        }
    }

    private struct NotebookJSON: Decodable {
        struct Output: Decodable {
            var outputType: String
            var name: String?
            var text: Text?
            var ename: String?
            var evalue: String?

            enum CodingKeys: String, CodingKey {
                case outputType = "output_type", name, text, ename, evalue
            }
        }

        struct Cell: Decodable {
            var cellType: String
            var id: String?
            var source: Text
            var executionCount: Int?
            var outputs: [Output]?

            enum CodingKeys: String, CodingKey {
                case cellType = "cell_type", id, source, executionCount = "execution_count", outputs
            }
        }

        var cells: [Cell]
    }
}

/// Why a notebook could not be read, in one line naming the file and what to do.
package struct NotebookReadError: Error, CustomStringConvertible, Sendable {
    package let description: String

    package init(_ description: String) { self.description = description }
}
