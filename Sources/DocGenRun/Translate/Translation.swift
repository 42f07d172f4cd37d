/// A cell's translated scenario: the Swift lines, each with the Python line it comes from.
package struct Translation: Sendable, Equatable {
    /// The whole Swift, as `docgen new` starts a hand port with it (without `#sourceLocation` lines).
    package var text: String
    /// The Swift the page shows: `text` without its plumbing (the table of the cell's Python lines, a `PyGlobals`
    /// call whose namespace nothing uses, the `try at(N);` statement markers that name the Python line in tracebacks).
    package var shownText: String
    /// The Swift compiled: `text` with `#sourceLocation` lines naming the Markdown page's line before each statement,
    /// so compile errors and traces name the Python line.
    package var compiledText: String

    init(lines: [SwiftEmitter.Line], file: String, firstLine: Int) {
        var whole = "import Threading\n\n"
        var shown = whole
        var compiled = "import Threading\n"
        var mapped: Int?
        for line in lines {
            let indented = String(repeating: "    ", count: line.indent) + line.text
            whole += indented + "\n"
            if !line.isPlumbing {
                shown += String(repeating: "    ", count: line.indent) + Self.withoutMarkers(line.text) + "\n"
            }
            if let python = line.pythonLine, python + firstLine - 1 != mapped {
                mapped = python + firstLine - 1
                compiled += "#sourceLocation(file: \(SwiftIdentifier.stringLiteral(file)), line: \(mapped ?? 1))\n"
            } else if let current = mapped {
                mapped = current + 1  // the line below the directive counts on from it
            }
            compiled += indented + "\n"
        }
        text = whole
        shownText = shown
        compiledText = compiled
    }

    package init(text: String, shownText: String, compiledText: String) {
        self.text = text
        self.shownText = shownText
        self.compiledText = compiledText
    }

    /// `line` without the `try at(N); ` marker a statement's line starts with.
    static func withoutMarkers(_ line: String) -> String {
        guard line.hasPrefix("try at(") else { return line }
        let rest = line.dropFirst(7)
        let digits = rest.prefix { $0.isNumber }
        let end = rest.dropFirst(digits.count)
        guard !digits.isEmpty, end.hasPrefix("); ") else { return line }
        return String(end.dropFirst(3))
    }
}
