/// Writes a notebook (`NotebookDocument`) into a site file cell by cell, each text line by line, with the bytes
/// `JSONEncoder` gives for the whole document (`.prettyPrinted`, `.sortedKeys`, `.withoutEscapingSlashes`), so a
/// large page's notebook is never built in memory as one value, one `Data` and one `String`.
struct NotebookJSON {
    private var cells = 0

    /// Starts the document: `{` and the opening of its `cells` list.
    static func begin(to out: inout SiteFileStream) -> NotebookJSON {
        out.write("{\n  \"cells\" : [")
        return NotebookJSON()
    }

    /// Writes the next cell of the `cells` list.
    mutating func write(_ cell: NotebookCell, to out: inout SiteFileStream) {
        out.write(cells == 0 ? "\n    {\n" : ",\n    {\n")
        cells += 1
        out.write("      \"cell_type\" : \"\(cell.kind.rawValue)\",\n")
        if cell.kind == .code {
            out.write("      \"execution_count\" : \(cell.executionCount.map(String.init) ?? "null"),\n")
        }
        out.write("      \"id\" : ")
        JSONText.writeString(cell.id, to: &out)
        out.write(",\n      \"metadata\" : {\n\n      },\n")
        if cell.kind == .code {
            out.write("      \"outputs\" : [")
            for (number, output) in cell.outputs.enumerated() {
                out.write(number == 0 ? "\n        {\n" : ",\n        {\n")
                out.write("          \"name\" : ")
                JSONText.writeString(output.name, to: &out)
                out.write(",\n          \"output_type\" : \"stream\",\n          \"text\" : ")
                Self.writeLines([output.text.joined()[...]], depth: 5, to: &out)
                out.write("\n        }")
            }
            out.write(cell.outputs.isEmpty ? "\n\n      ],\n" : "\n      ],\n")
        }
        out.write("      \"source\" : ")
        Self.writeLines(cell.source, depth: 3, to: &out)
        out.write("\n    }")
    }

    /// Closes the `cells` list and writes the notebook's metadata and format version, then a final newline.
    func end(to out: inout SiteFileStream) {
        out.write(cells == 0 ? "\n\n  ],\n" : "\n  ],\n")
        out.write(
            """
              "metadata" : {
                "kernelspec" : {
                  "display_name" : "Python 3",
                  "language" : "python",
                  "name" : "python3"
                },
                "language_info" : {
                  "name" : "python"
                }
              },
              "nbformat" : 4,
              "nbformat_minor" : 5
            }

            """)
    }

    /// Writes the text `pieces` joined by newlines as nbformat's list of lines (`NotebookCell.lines`): a JSON list,
    /// its items indented `depth + 1` levels, holding one string per line, each but the last ending in `\n`.
    static func writeLines(_ pieces: [Substring], depth: Int, to out: inout SiteFileStream) {
        let indent = String(repeating: "  ", count: depth + 1)
        var lines = 0
        var inLine = false
        func add(_ text: Substring) {
            var rest = text
            while !rest.isEmpty {
                if !inLine {
                    out.write(lines == 0 ? "\n" : ",\n")
                    out.write(indent)
                    out.write(byte: UInt8(ascii: "\""))
                    lines += 1
                    inLine = true
                }
                guard let newline = rest.utf8.firstIndex(of: 0x0A) else {
                    JSONText.writeEscaped(rest, to: &out)
                    return
                }
                let after = rest.utf8.index(after: newline)
                JSONText.writeEscaped(rest[..<after], to: &out)
                out.write(byte: UInt8(ascii: "\""))
                inLine = false
                rest = rest[after...]
            }
        }
        out.write("[")
        for (number, piece) in pieces.enumerated() {
            if number > 0 { add("\n") }
            add(piece)
        }
        if inLine { out.write(byte: UInt8(ascii: "\"")) }
        out.write((lines == 0 ? "\n\n" : "\n") + String(repeating: "  ", count: depth) + "]")
    }
}
