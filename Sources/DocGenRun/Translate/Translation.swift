/// A cell's translated scenario: the Swift lines, each with the Python line it comes from.
package struct Translation: Sendable, Equatable {
    /// The Swift a reader sees (the page's Swift side, and what `docgen new` starts a hand port with).
    package var text: String
    /// The Swift compiled: `text` with `#sourceLocation` lines naming the Markdown page's line before each statement,
    /// so compile errors and traces name the Python line.
    package var compiledText: String

    init(lines: [SwiftEmitter.Line], file: String, firstLine: Int) {
        var shown = "import Threading\n\n"
        var compiled = "import Threading\n"
        var mapped: Int?
        for line in lines {
            let indented = String(repeating: "    ", count: line.indent) + line.text
            shown += indented + "\n"
            if let python = line.pythonLine, python + firstLine - 1 != mapped {
                mapped = python + firstLine - 1
                compiled += "#sourceLocation(file: \(SwiftIdentifier.stringLiteral(file)), line: \(mapped ?? 1))\n"
            } else if let current = mapped {
                mapped = current + 1  // the line below the directive counts on from it
            }
            compiled += indented + "\n"
        }
        text = shown
        compiledText = compiled
    }

    package init(text: String, compiledText: String) {
        self.text = text
        self.compiledText = compiledText
    }
}
