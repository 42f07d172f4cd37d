/// A code cell's output in nbformat 4: one `stream` output (what the cell wrote to stdout or stderr in a row).
struct NotebookOutput: Encodable, Equatable {
    /// `stdout` or `stderr`.
    var name: String
    /// The text, split after each newline as nbformat writes it.
    var text: [String]

    private enum CodingKeys: String, CodingKey { case name, outputType = "output_type", text }

    func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(name, forKey: .name)
        try container.encode("stream", forKey: .outputType)
        try container.encode(text, forKey: .text)
    }
}
