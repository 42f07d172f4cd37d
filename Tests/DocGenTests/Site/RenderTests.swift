@testable import DocGenModel
@testable import DocGenParse
@testable import DocGenSite
import DocGenTestSupport
import Foundation
import Testing
@_spi(Harness) import Threading

@Suite struct RenderTests {
    func view(_ events: [TraceEvent], outcome: RunOutcome = .completed, expect: ExpectedFailure? = nil) -> CellView {
        CellView(
            cell: CodeCell(id: "demo", source: "print('<hi>')\n", line: 3, options: CellOptions(expect: expect)),
            scenarioID: "page/demo", swiftPath: "Sources/Scenarios/Demo.swift", swiftSource: "print(\"<hi>\")\n",
            run: .finished(RunResult(events: events, outcome: outcome, schedule: "default")))
    }

    /// The cell's HTML, its figures placed for page `p`.
    func render(_ view: CellView) -> String {
        var figures = PageFigures(page: "p", pageFile: "p.html")
        return CellRenderer.render(view, figures: &figures).html
    }

    @Test func escapingCoversMarkupQuotesAndControlCharacters() {
        #expect(
            HTMLEscaping.escape("<script>alert('x') & \"y\"</script>\u{1}\t")
                == "&lt;script&gt;alert(&#39;x&#39;) &amp; &quot;y&quot;&lt;/script&gt;\u{FFFD}\t")
    }

    @Test func outputLinesAreEscapedAndLabelledByThreadAndStream() {
        let html = render(
            view([
                TraceEvent(
                    time: 0, threadIndex: 0, threadName: "MainThread", kind: .output(.stdout, "<script>x</script>\n")),
                TraceEvent(time: 0, threadIndex: 1, threadName: "Thread-1 (worker)", kind: .output(.stderr, "a\nb\n")),
            ]))
        #expect(!html.contains("<script>"))
        #expect(
            html.contains(
                "<span class=\"line dg-thread-0\"><span class=\"who\">MainThread</span>"
                    + "<span class=\"stream\">out</span><span class=\"text\">&lt;script&gt;x&lt;/script&gt;</span></span>"
            ))
        #expect(
            html.contains(
                "<span class=\"line dg-thread-1 err\"><span class=\"who\">Thread-1 (worker)</span>"
                    + "<span class=\"stream err\">err</span><span class=\"text\">b</span></span>"))
        #expect(html.contains("<li class=\"dg-thread-1\">Thread-1 (worker)</li>"))
        #expect(
            html.contains(
                "<code class=\"language-python\">print(<span class=\"s\">&#39;&lt;hi&gt;&#39;</span>)\n</code>"))
    }

    @Test func aDeadlockIsSummedUpByAThreadThatWaitsOnAHolder() {
        let report = [
            "MainThread waits on join alice", "alice waits on Lock#2 held by bob", "bob waits on Lock#1 held by alice",
        ].joined(separator: "\n")
        let html = render(view([], outcome: .deadlock(report: report)))
        #expect(html.contains("Cell failed: </strong>deadlocked: alice waits on Lock#2 held by bob"))
    }

    @Test func unexpectedFailureIsAnAlertAndExpectedOneIsNot() {
        let failing = render(view([], outcome: .deadlock(report: "T0 waits on Lock#1")))
        #expect(failing.contains("role=\"alert\""))
        #expect(failing.contains("Cell failed: </strong>deadlocked: T0 waits on Lock#1"))
        #expect(failing.contains("<span class=\"badge bad\""))
        let expected = render(view([], outcome: .deadlock(report: "T0 waits"), expect: .deadlock))
        #expect(!expected.contains("role=\"alert\""))
        #expect(expected.contains(">deadlock (expected)</span>"))
    }

    @Test func aCellThatCompletesDespiteItsExpectOptionIsFlagged() {
        let html = render(view([], expect: .deadlock))
        #expect(
            html.contains(
                "<span class=\"badge bad\" title=\"the cell&#39;s option expect=deadlock says it "
                    + "should fail that way\">completed, not deadlock</span>"))
    }

    @Test func decoratorsAddBadgesAndBlocksUnderTheOutput() throws {
        let events = [TraceEvent(time: 0, threadIndex: 0, threadName: "MainThread", kind: .output(.stdout, "a\n"))]
        var cell = view(events)
        cell.badges = [CellBadge("matches CPython", tone: .good)]
        cell.blocks = TimelineDecorator().decorate(cell).blocks
        let html = render(cell)
        #expect(html.contains("<span class=\"badge good\">matches CPython</span>"))
        let output = try #require(html.range(of: "<figure class=\"output\">"))
        let extra = try #require(
            html.range(of: "<div class=\"extra\">\n<details class=\"timeline\"><summary>Timeline</summary>\n<a "))
        #expect(output.lowerBound < extra.lowerBound)
    }

    @Test func theIndexCountsEveryCellWhoseRunDisagreesWithItsExpectOption() throws {
        let document = try DocumentParser.parse("# T\n\n## Demo\n\n```python\nx\n```\n", page: "p", sourcePath: "p.md")
        func index(_ view: CellView) -> String {
            IndexRenderer.render([PageView(document: document, cells: ["demo": view])])
        }
        #expect(index(view([])).contains("(1 cell)</span>"))
        #expect(index(view([], outcome: .deadlock(report: "x"), expect: .deadlock)).contains("(1 cell)</span>"))
        #expect(index(view([], outcome: .deadlock(report: "x"))).contains("(1 cell, 1 failed)</span>"))
        #expect(index(view([], expect: .deadlock)).contains("(1 cell, 1 failed)</span>"))  // completed, not deadlock
    }

    @Test func headingsGetAnchorsAndTheSidebarListsThem() throws {
        let document = try DocumentParser.parse(
            "# Title\n\n## Part *one*\n\nText.\n", page: "p",
            sourcePath: "content/p.md")
        let html = PageRenderer.render(PageView(document: document, cells: [:]), pages: []).html
        #expect(html.contains("<h2 id=\"part-one\">Part <em>one</em><a class=\"anchor\" href=\"#part-one\""))
        let page = PageView(document: document, cells: [:])
        let withSidebar = PageRenderer.render(page, pages: [page]).html
        #expect(withSidebar.contains("<a href=\"#part-one\">Part one</a>"))
        #expect(withSidebar.contains("<a href=\"p.html\" aria-current=\"page\">Title</a>"))
    }

    @Test func linksToMarkdownPagesPointAtTheirHTML() throws {
        let document = try DocumentParser.parse(
            "[x](other.md#a) [y](https://e.com/x.md)\n", page: "p",
            sourcePath: "p.md")
        #expect(
            document.blocks == [
                .prose(
                    Prose(
                        pieces: [
                            .markup("<p><a href=\"other.html#a\">x</a> <a href=\"https://e.com/x.md\">y</a></p>\n")
                        ],
                        text: "x y"))
            ])
    }

    @Test func brokenLinksAreReportedWithFileAndLine() throws {
        let one = try DocumentParser.parse(
            "# One\n\n[ok](#one) [bad](#nope)\n\n[page](two.md#two) [gone](three.md) [web](https://x.y/#z)\n",
            page: "one", sourcePath: "content/one.md")
        let two = try DocumentParser.parse(
            "# Two\n\n[back](one.md#missing)\n", page: "two", sourcePath: "content/two.md")
        let issues = LinkChecker.check([PageView(document: one, cells: [:]), PageView(document: two, cells: [:])])
        #expect(
            issues.map(\.description) == [
                "content/one.md:3: broken link '#nope': page 'one' has no heading or cell with anchor 'nope'",
                "content/one.md:5: broken link 'three.md': no page 'three.md' in the content folder",
                "content/two.md:3: broken link 'one.md#missing': page 'one' has no heading or cell with anchor 'missing'",
            ])
    }

    @Test func renderingIsDeterministic() throws {
        let document = try DocumentParser.parse("# T\n\n## A\n\n    x\n", page: "t", sourcePath: "t.md")
        let page = PageView(
            document: document,
            cells: [
                "a": view([
                    TraceEvent(time: 0, threadIndex: 0, threadName: "MainThread", kind: .output(.stdout, "1\n"))
                ])
            ])
        let markdown = ["t": "# T\n\n## A\n\n    x\n"]
        #expect(SiteRenderer.render([page], markdown: markdown) == SiteRenderer.render([page], markdown: markdown))
        #expect(
            SiteRenderer.render([page], markdown: markdown).keys.sorted() == [
                ".docgen-site", "assets/docgen.css", "assets/docgen.js", "assets/search-index.js", "index.html",
                "t.html", "t.ipynb",
            ])
    }
}
