/// A cell's translated scenario: the Swift lines, each with the Python line it comes from.
package struct Translation: Sendable, Equatable {
    /// The whole Swift, as `docgen new` starts a hand port with it (without `#sourceLocation` lines), naming the
    /// page's lines.
    package var text: String
    /// The Swift the page shows: `text` without its plumbing (the table of the cell's Python lines, a `PyGlobals`
    /// call whose namespace nothing uses, the `try at(N);` and `atLine(N);` statement markers that name the Python line
    /// in tracebacks).
    package var shownText: String
    /// The Swift compiled: `text` with its lines counted from the cell's first line (its `at(N)` markers and its
    /// Python lines, given as one string), so that prose added above the cell changes nothing compiled, and a
    /// `#sourceLocation` line before each statement naming the page and that line. A build runs it with the page line of the cell's first
    /// line (`ScenarioSource.lineOffset`) and adds it to the lines compile errors name.
    package var compiledText: String

    /// `lines` as the emitter wrote them (naming page lines, the cell's first Python line being `firstLine`) for the
    /// cell's Python `source`.
    init(lines: [SwiftEmitter.Line], file: String, firstLine: Int, source: String) {
        var whole = "import Threading\n\n"
        var shown = whole
        var compiled = "import Threading\n"
        var mapped: Int?
        for line in lines {
            let indentation = String(repeating: "    ", count: line.indent)
            whole += indentation + line.text + "\n"
            if !line.isPlumbing {
                shown += indentation + Self.withoutMarkers(line.text) + "\n"
            }
            if let python = line.pythonLine, python != mapped {
                mapped = python
                compiled += "#sourceLocation(file: \(SwiftIdentifier.stringLiteral(file)), line: \(python))\n"
            } else if let current = mapped {
                mapped = current + 1  // the line below the directive counts on from it
            }
            compiled +=
                indentation
                + (line.text.hasPrefix(Self.sourceTablePrefix)
                    ? Self.compiledSourcePrefix + SwiftEmitter.sourceText(source)
                    : Self.renumberedLine(line.text, by: 1 - firstLine, source: source, firstLine: 1)) + "\n"
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

    /// The start of the line holding the table of the cell's Python lines by line number (`SwiftEmitter`).
    static let sourceTablePrefix = "let pythonLines: [Int: String] = "
    /// The start of that line in the compiled Swift, where the lines are one string literal: a constant, where a
    /// table is code that builds a dictionary on every run and takes the compiler about a tenth of a scenario's time.
    static let compiledSourcePrefix = "let pythonLines = "

    /// `text` (a translation's Swift) with the line numbers it names moved by `delta`: each `at(N)` marker, and the
    /// table of `source`'s lines, made again for a cell whose first Python line is `firstLine`.
    static func renumbered(_ text: String, by delta: Int, source: String, firstLine: Int) -> String {
        guard delta != 0 else { return text }
        return text.split(separator: "\n", omittingEmptySubsequences: false).map { line in
            let indentation = line.prefix { $0 == " " }
            return indentation
                + renumberedLine(
                    String(line.dropFirst(indentation.count)), by: delta, source: source, firstLine: firstLine)
        }.joined(separator: "\n")
    }

    /// One unindented line of a translation with its line numbers moved by `delta` (see `renumbered`).
    private static func renumberedLine(_ line: String, by delta: Int, source: String, firstLine: Int) -> String {
        if line.hasPrefix(sourceTablePrefix) {
            return sourceTablePrefix + SwiftEmitter.sourceTable(source, firstLine: firstLine)
        }
        guard delta != 0, let (raising, number, rest) = marker(of: line) else { return line }
        return StatementMarkers.marker(line: number + delta, raising: raising) + rest
    }

    /// `line` without the marker (`try at(N); ` or `atLine(N); `) a statement's line starts with.
    static func withoutMarkers(_ line: String) -> String {
        marker(of: line).map { String($0.rest) } ?? line
    }

    /// The marker `line` starts with (whether it raises, and its line number), and the statement after it.
    private static func marker(of line: String) -> (raising: Bool, number: Int, rest: Substring)? {
        let raising = line.hasPrefix(StatementMarkers.raising)
        guard raising || line.hasPrefix(StatementMarkers.plain) else { return nil }
        let rest = line.dropFirst((raising ? StatementMarkers.raising : StatementMarkers.plain).count)
        let digits = rest.prefix { $0.isNumber }
        let end = rest.dropFirst(digits.count)
        guard let number = Int(digits), end.hasPrefix("); ") else { return nil }
        return (raising, number, end.dropFirst(3))
    }
}
