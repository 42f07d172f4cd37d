import Testing

@testable import Threading

/// A module's source lines, as tracebacks and warnings look them up by page line, given either way the compiled
/// Swift gives them (one string, or a table by program line).
struct PySourceLinesTests {
    private let lines = ["import threading", "", "def work():", "    raise ValueError(1)", "   ", "work()"]

    @Test func aLineOfTheOneStringIsTheSameAsTheTablesLine() {
        let text = PySource(file: "page.md", text: lines.joined(separator: "\n"), module: "__main__", lineOffset: 10)
        var table: [Int: String] = [:]
        for (index, line) in lines.enumerated() where !line.allSatisfy(\.isWhitespace) { table[index + 1] = line }
        let byTable = PySource(file: "page.md", lines: table, module: "__main__", lineOffset: 10)
        for pageLine in 0...20 {
            #expect(text.line(pageLine) == byTable.line(pageLine), "page line \(pageLine)")
        }
        #expect(text.line(11) == "import threading")
        #expect(text.line(14) == "    raise ValueError(1)")
        #expect(text.line(16) == "work()")
        #expect(text.line(12) == nil)
        #expect(text.line(15) == nil)
        #expect(text.line(17) == nil)
        #expect(text.line(10) == nil)
    }

    @Test func aTrailingNewlineAddsNoLine() {
        let text = PySource(file: "page.md", text: "a = 1\nb = 2\n", module: "__main__")
        #expect(text.line(1) == "a = 1")
        #expect(text.line(2) == "b = 2")
        #expect(text.line(3) == nil)
        #expect(text.line(4) == nil)
    }

    @Test func aTracebackEntryShowsItsSourceLine() {
        let source = PySource(file: "page.md", text: lines.joined(separator: "\n"), module: "__main__")
        let entry = PyTracebackEntry(source: source, line: 4, name: "work")
        #expect(entry.file == "page.md")
        #expect(entry.text == "    raise ValueError(1)")
    }
}
