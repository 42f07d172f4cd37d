@testable import DocGenExplore
@testable import DocGenModel
@testable import DocGenSite
import DocGenTestSupport
import Testing
@_spi(Harness) import Threading

@Suite struct HTMLNodeTests {
    private let hostile = "<b>&amp; \"quoted\" 'single'</b>"

    @Test func textAndAttributeValuesAreEscapedByConstructionAndRawIsNot() {
        let node = HTMLNode.tag(
            "p", ["title": hostile, "hidden": nil], .text(hostile), .raw("<br>"),
            .void("input", ["value": "a\"b"]),
            .empty(name: "rect", attributes: [HTMLAttribute("x", "<1>")], selfClosing: true))
        let escaped = "&lt;b&gt;&amp;amp; &quot;quoted&quot; &#39;single&#39;&lt;/b&gt;"
        #expect(
            node.html
                == "<p title=\"\(escaped)\" hidden>\(escaped)<br><input value=\"a&quot;b\"><rect x=\"&lt;1&gt;\"/></p>")
    }

    /// A page's frame is written in two parts around its streamed content: `open` and `close` write one tag each,
    /// with the attributes escaped as any element's, and `head`/`tail` of the site layout balance every tag.
    @Test func aFrameOpenedAndClosedAroundStreamedContentIsBalanced() {
        let frame = HTMLNode.group([
            .doctype, .newline, .open("main", ["title": hostile]), .text(hostile), .close("main"),
        ])
        let escaped = "&lt;b&gt;&amp;amp; &quot;quoted&quot; &#39;single&#39;&lt;/b&gt;"
        #expect(frame.html == "<!DOCTYPE html>\n<main title=\"\(escaped)\">\(escaped)</main>")
        let page = SiteLayout.page(title: hostile, current: nil, pages: [], main: .text("content"))
        for (name, count) in [("html", 1), ("head", 1), ("body", 1), ("main", 1)] {
            #expect(page.components(separatedBy: "<" + name).count - 1 == count, "<\(name)")
            #expect(page.components(separatedBy: "</" + name + ">").count - 1 == count, "</\(name)>")
        }
        #expect(page.hasPrefix("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">"))
        #expect(page.hasSuffix("</main>\n</div>\n<script src=\"assets/docgen.js\"></script>\n</body>\n</html>\n"))
    }

    /// Every place a cell shows a name or output from its program: ids, captions, thread names, badges, warnings, the
    /// explored outputs and their replay commands. The cell stays well-formed and each value reads back as written.
    @Test func aCellNamedAndPrintingMarkupStaysWellFormed() throws {
        let events = [
            TraceEvent(time: 0, threadIndex: 0, threadName: hostile, kind: .output(.stdout, hostile + "\n"))
        ]
        let run = RunResult(events: events, outcome: .completed, schedule: "default")
        var view = CellView(
            cell: CodeCell(id: "demo", source: "print(1)\n", line: 1, options: CellOptions()),
            scenarioID: "page/" + hostile, swiftPath: hostile, swiftSource: "print(1)\n", run: .finished(run),
            warnings: [hostile], badges: [CellBadge(hostile, tone: .bad, detail: hostile)])
        let other = exploreFixtureRun(["other\n"], schedule: "r1")
        var tally = OutputTally()
        tally.add(run)
        tally.add(other)
        view.exploration = Exploration(
            runs: 2, seed: 0, groups: tally.groups(timelinesForTop: 2) { $0 == "r1" ? other : run })
        view.blocks = ExplorationDecorator().decorate(view).blocks + TimelineDecorator().decorate(view).blocks
        var figures = PageFigures(page: "p", pageFile: "p.html")
        let html = CellRenderer.render(view, figures: &figures).html
        #expect(!html.contains("<b>"))
        let root = try SVGElementView.parse("<root>" + html + "</root>")
        #expect(root.all("a", class: "cell-id").first?.text == "page/" + hostile)
        #expect(root.all("figcaption").map(\.text).contains("Swift · " + hostile))
        #expect(root.all("span", class: "who").first?.text == hostile)
        #expect(root.all("span", class: "text").first?.text == hostile)
        #expect(root.all("span", class: "badge").last?.attribute("title") == hostile)
        #expect(root.all("p", class: "warning").first?.text == hostile)
        let fold = try #require(root.all("details").first)
        #expect(fold.all("pre").first?.attribute("aria-label") == "Output 1 of page/" + hostile)
        #expect(fold.all("code").first?.text.hasPrefix("docgen run page/" + hostile + " --schedule ") == true)
        #expect(figures.files.count == 3, "the two folds' timelines and the cell's")
    }
}
