import DocGenTestSupport
import Foundation
import Testing

/// A paragraph added above translated cells moves them down the page, and nothing of theirs is done again: their
/// compiled Swift counts lines from the cell's first line, and the page line is given to each run. Except where the
/// output names a line (a traceback, a warning, a log record's `lineno`): those cells run again, and the rebuilt page
/// shows the new lines, never a cached one. End to end on the built binary, with a compile cache of the project's own
/// (`DOCGEN_COMPILE_CACHE` unset) so that the compile counts are this project's.
@Suite(.serialized) struct ProseAboveCellsEndToEndTests {
    let project: String
    /// Unique per test run, so no cache outside the project has these cells.
    let marker = UUID().uuidString

    init() throws {
        project = try TestSupport.temporaryFolder("prose-above-cells")
    }

    func build(_ extra: [String] = []) throws -> DocgenBinary.Output {
        try DocgenBinary.run(
            ["build", "--allow-errors"] + extra, environment: ["DOCGEN_COMPILE_CACHE": ""], in: project)
    }

    /// The page: `prose` under its title, then a cell printing from two threads and a cell of `cells` (Python
    /// blocks, each after a sentence).
    func writePage(prose: String = "", cells: [String]) throws {
        var page = "# Page\n\(prose)\nTwo threads:\n\n```python\nimport threading\n\n"
        page += "def work(n):\n    print(\"worker\", n, \"\(marker)\")\n\n"
        page += "threads = [threading.Thread(target=work, args=(n,)) for n in range(2)]\n"
        page += "for t in threads:\n    t.start()\nfor t in threads:\n    t.join()\n```\n"
        for cell in cells { page += "\nAnother cell:\n\n```python\n\(cell)\n```\n" }
        try TestSupport.write(page, to: project + "/content/page.md")
    }

    func site() throws -> String { try TestSupport.read(project + "/site/page.html") }

    @Test func aParagraphAboveTheCellsTranslatesCompilesRunsAndExploresNothingAgain() throws {
        let cells = ["print(\"plain \(marker)\")", "import time\ntime.sleep(0.01)\nprint(\"slept \(marker)\")"]
        try writePage(cells: cells)
        let first = try build()
        #expect(first.status == 0, "\(first.stderr)")
        #expect(first.stderr.contains("3 executed, 3 compiled"), "\(first.stderr)")
        try writePage(prose: "\nA paragraph added above the cells.\n\nAnd another one.\n", cells: cells)
        let moved = try build()
        #expect(moved.status == 0, "\(moved.stderr)")
        #expect(
            moved.stderr.contains("3 cell(s), 0 executed, 0 compiled, 0 explored, 0 translated"), "\(moved.stderr)")
        let page = try site()
        #expect(page.contains("A paragraph added above the cells."))
        #expect(page.contains("slept \(marker)") && page.contains("worker 1 \(marker)"))
        #expect(page.contains("page.md:25 (translated)"), "the cells' page lines are the new ones")
    }

    @Test func tracebacksWarningsAndLogLinesNameTheNewPageLines() throws {
        let cells = [
            "def boom():\n    raise ValueError(\"\(marker)\")\nboom()",
            "import threading\nt = threading.currentThread()\nprint(\"warned \(marker)\")",
            "import logging\nlogging.basicConfig(format=\"%(lineno)d %(message)s\")\nlogging.warning(\"\(marker)\")",
            "print(\"no line \(marker)\")",
        ]
        try writePage(cells: cells)
        let first = try build()
        #expect(first.stderr.contains("5 executed, 5 compiled"), "\(first.stderr)")
        var page = try site()
        #expect(page.contains("line 23, in &lt;module&gt;") && page.contains("line 22, in boom"), "\(page)")
        #expect(page.contains("page.md:30: DeprecationWarning: currentThread() is deprecated"))
        #expect(page.contains("39 \(marker)"))
        try writePage(prose: "\nFour lines\nof prose\nabove.\n", cells: cells)
        let moved = try build()
        #expect(moved.stderr.contains("5 cell(s), 3 executed, 0 compiled"), "\(moved.stderr)")
        page = try site()
        #expect(page.contains("line 27, in &lt;module&gt;") && page.contains("line 26, in boom"))
        // Each frame still shows its own source line, and the warning its call, from the moved lines.
        #expect(page.contains(">    boom()<") && page.contains(">    raise ValueError("))
        #expect(page.contains(">  t = threading.currentThread()<"))
        #expect(!page.contains("line 23, in &lt;module&gt;") && !page.contains("line 22, in boom"))
        #expect(page.contains("page.md:34: DeprecationWarning") && !page.contains("page.md:30: DeprecationWarning"))
        #expect(page.contains("43 \(marker)") && !page.contains("39 \(marker)"))
        // Moved back: the cells are where their first results were made, and the page shows those lines again.
        try writePage(cells: cells)
        #expect(try build().status == 0)
        page = try site()
        #expect(page.contains("line 23, in &lt;module&gt;") && page.contains("page.md:30: DeprecationWarning"))
        let run = try DocgenBinary.run(["run", "page/page-2"], environment: ["DOCGEN_COMPILE_CACHE": ""], in: project)
        #expect(run.stderr.contains("File \"content/page.md\", line 23, in <module>\n    boom()"), "\(run.stderr)")
    }
}
