/// One cell of an nbformat 4.5 notebook: Markdown, or Python code with its execution count and outputs.
struct NotebookCell: Encodable, Equatable {
    enum Kind: String { case markdown, code }

    var kind: Kind
    /// Unique in the notebook (nbformat 4.5 cell id: letters, digits, `-`, `_`).
    var id: String
    /// The cell's text: these pieces (slices of the page's Markdown, or the cell's Python) joined by newlines.
    var source: [Substring]
    /// For code cells: nil when the cell did not run (`execution_count: null`).
    var executionCount: Int?
    var outputs: [NotebookOutput]

    private enum CodingKeys: String, CodingKey {
        case cellType = "cell_type", executionCount = "execution_count", id, metadata, outputs, source
    }

    func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(kind.rawValue, forKey: .cellType)
        try container.encode(id, forKey: .id)
        try container.encode([String: String](), forKey: .metadata)
        try container.encode(Self.lines(source.joined(separator: "\n")), forKey: .source)
        if kind == .code {
            try container.encode(executionCount, forKey: .executionCount)
            try container.encode(outputs, forKey: .outputs)
        }
    }

    /// Text as nbformat stores it: a list of lines, each but the last ending in its newline.
    static func lines(_ text: String) -> [String] {
        var lines: [String] = []
        var line = ""
        for character in text {
            line.append(character)
            if character == "\n" || character == "\r\n" {
                lines.append(line)
                line = ""
            }
        }
        if !line.isEmpty { lines.append(line) }
        return lines
    }
}
