import DocGenModel
@testable import DocGenParse
@testable import DocGenSite
import DocGenTestSupport
import Foundation
import Testing
@_spi(Harness) import Threading

@Suite struct NotebookTests {
    let markdown = """
        # Title

        Intro *text*.

        ## First

        <!-- docgen: timeout=5 -->
        ```python
        print("a")
        ```

        ```swift
        print("a")
        ```

        Between.

            indented()
            more()

        After.

        """

    @Test func markdownBetweenCellsLeavesOutCodeOptionsAndScenario() throws {
        let document = try DocumentParser.parse(markdown, page: "p", sourcePath: "p.md")
        #expect(document.cells.map(\.line) == [8, 18])
        #expect(
            MarkdownSlicer.prose(markdown, cellLines: document.cells.map(\.line)) == [
                "# Title\n\nIntro *text*.\n\n## First", "Between.", "After.",
            ])
    }

    @Test func codeCellsCarryTheirStreamsInOrderWithExecutionCounts() throws {
        let document = try DocumentParser.parse(markdown, page: "p", sourcePath: "p.md")
        let events = [
            TraceEvent(time: 0, threadIndex: 0, threadName: "MainThread", kind: .output(.stdout, "a\n")),
            TraceEvent(time: 0, threadIndex: 1, threadName: "t", kind: .output(.stdout, "b")),
            TraceEvent(time: 0, threadIndex: 1, threadName: "t", kind: .output(.stderr, "oops\n")),
            TraceEvent(time: 0, threadIndex: 0, threadName: "MainThread", kind: .output(.stdout, "c\n")),
        ]
        let cell = document.cells[0]
        let view = CellView(
            cell: cell, scenarioID: "p/first", swiftPath: "x.swift", swiftSource: "",
            run: .finished(RunResult(events: events, outcome: .completed, schedule: "default")))
        let page = PageView(document: document, cells: [cell.id: view])
        let json = NotebookRenderer.render(page, markdown: markdown)
        #expect(json == NotebookRenderer.render(page, markdown: markdown))
        let notebook = try #require(
            try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
        #expect(notebook["nbformat"] as? Int == 4)
        let cells = try #require(notebook["cells"] as? [[String: Any]])
        #expect(
            cells.map { $0["cell_type"] as? String } == [
                "markdown", "markdown", "code", "markdown", "code", "markdown",
            ])
        #expect(cells[0]["id"] as? String == "md-how-cells-run")
        #expect(cells[2]["execution_count"] as? Int == 1)
        #expect(cells[4]["execution_count"] is NSNull)
        let outputs = try #require(cells[2]["outputs"] as? [[String: Any]])
        #expect(outputs.map { $0["name"] as? String } == ["stdout", "stderr", "stdout"])
        #expect(outputs.map { $0["text"] as? [String] } == [["a\n", "b"], ["oops\n"], ["c\n"]])
        #expect(cells[4]["source"] as? [String] == ["%%script python3\n", "indented()\n", "more()\n"])
        #expect(NotebookCellMagic.python(of: "%%script python3\nindented()\nmore()") == "indented()\nmore()")
    }

    @Test func aCellThatFailsOrHangsOnPurposeGetsAMagicThatLetsRunAllGoOn() throws {
        let cells = try DocumentParser.parse(
            """
            <!-- docgen: expect=deadlock -->
            ```python
            a()
            ```

            <!-- docgen: expect=error -->
            ```python
            b()
            ```
            """, page: "p", sourcePath: "p.md"
        ).cells
        #expect(
            cells.map { NotebookCellMagic.line(for: $0) } == [
                "%%script --no-raise-error timeout 5 python3 -u", "%%script --no-raise-error python3",
            ])
    }

    @Test func searchIndexHasOneEntryPerSectionWithProseCodeAndOutput() throws {
        let document = try DocumentParser.parse(markdown, page: "p", sourcePath: "p.md")
        let cell = document.cells[0]
        let events = [TraceEvent(time: 0, threadIndex: 0, threadName: "MainThread", kind: .output(.stdout, "zzz\n"))]
        let view = CellView(
            cell: cell, scenarioID: "p/first", swiftPath: "x.swift", swiftSource: "let swiftOnly = 1",
            run: .finished(RunResult(events: events, outcome: .completed, schedule: "default")))
        let entries = SearchIndex.entries(of: PageView(document: document, cells: [cell.id: view]))
        #expect(entries.map(\.anchor) == ["title", "first"])
        #expect(entries[0].text == "Intro text.")
        #expect(entries[1].text.hasPrefix("print(\"a\") let swiftOnly = 1 zzz "))
    }

    /// Text a JSON writer could get wrong: quotes, backslashes, slashes, every control character, CRLF, non-ASCII.
    static let awkward: String = {
        var text = "quote \" back \\ slash / tab\t cr\r crlf\r\n é 😀 \u{2028} end"
        for byte in 1..<0x20 where byte != 0x0A { text.unicodeScalars.append(Unicode.Scalar(UInt8(byte))) }
        return text + "\u{7F}"
    }()

    @Test func theStreamedNotebookHasJSONEncodersBytesForTheWholeDocument() throws {
        // An option comment inside a text block is not the parser's, but the slicer leaves it out: two runs of lines.
        let markdown =
            Self.awkward + "\n\n" + markdown + "\n```text\nbefore\n<!-- docgen: x=1 -->\nafter\n```\n\n" + Self.awkward
            + "\n"
        let document = try DocumentParser.parse(markdown, page: "p", sourcePath: "p.md")
        #expect(MarkdownSlicer.proseRuns(markdown, cellLines: document.cells.map(\.line)).contains { $0.count == 2 })
        let events = [
            TraceEvent(
                time: 0, threadIndex: 0, threadName: "MainThread", kind: .output(.stdout, Self.awkward + "\n\n")),
            TraceEvent(
                time: 0, threadIndex: 0, threadName: "MainThread", kind: .output(.stderr, "NUL \u{0} no newline")),
        ]
        let cell = document.cells[0]
        let view = CellView(
            cell: cell, scenarioID: "p/first", swiftPath: "x.swift", swiftSource: "",
            run: .finished(RunResult(events: events, outcome: .completed, schedule: "default")))
        let empty = try DocumentParser.parse("", page: "e", sourcePath: "e.md")
        let pages: [(PageView, String?)] = [
            (PageView(document: document, cells: [cell.id: view]), markdown),
            (PageView(document: document, cells: [:]), nil),
            (PageView(document: empty, cells: [:]), ""),
        ]
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        for (page, source) in pages {
            let cells = NotebookRenderer.cells(page, markdown: source)
            let reference = String(decoding: try encoder.encode(NotebookDocument(cells: cells)), as: UTF8.self) + "\n"
            #expect(NotebookRenderer.render(page, markdown: source) == reference, "page \(page.document.page)")
        }
        #expect(NotebookRenderer.cells(pages[2].0, markdown: "").isEmpty)
    }

    @Test func theStreamedSearchIndexHasJSONEncodersBytes() throws {
        let document = try DocumentParser.parse(
            "# T/\\\"\n\n" + Self.awkward + "\n\n## Second\n\nmore\n", page: "p", sourcePath: "p.md")
        let page = PageView(document: document, cells: [:])
        let rows = [page, page].flatMap(SearchIndex.entries).map {
            [$0.file, $0.anchor, $0.pageTitle, $0.title, $0.text]
        }
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.withoutEscapingSlashes]
        let json = String(decoding: try encoder.encode(rows), as: UTF8.self)
        #expect(SearchIndex.javascript([page, page]) == "window.docgenSearchIndex = " + json + ";\n")
        #expect(SearchIndex.javascript([]) == "window.docgenSearchIndex = [];\n")
    }

    @Test func markdownLinesSplitAsStringSplitDoes() {
        for text in ["", "\n", "a", "a\n", "a\r\nb\nc\r", "\n\n x \n", Self.awkward + "\n" + Self.awkward] {
            let lines = MarkdownLines(text)
            let expected = text.split(separator: "\n", omittingEmptySubsequences: false)
            #expect((0..<lines.count).map { lines[$0] } == expected, "\(text.debugDescription)")
        }
    }

    @Test func proseIsTrimmedOfBlankLinesAndOptionCommentsAcrossRuns() throws {
        let markdown =
            "   \n\n```text\n<!-- docgen: a -->\n\nx\n<!-- docgen:\nb -->\ny\n   \n```\n\n```python\nprint(1)\n```\n   \n"
        let document = try DocumentParser.parse(markdown, page: "p", sourcePath: "p.md")
        #expect(document.cells.map(\.line) == [13])
        #expect(MarkdownSlicer.prose(markdown, cellLines: [13]) == ["```text\n\nx\ny\n   \n```", ""])
        #expect(MarkdownSlicer.proseRuns(markdown, cellLines: [13]).map(\.count) == [3, 0])
    }
}
