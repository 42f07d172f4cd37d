@testable import DocGenExplore
@testable import DocGenModel
@testable import DocGenSite
import DocGenTestSupport
import Testing
@_spi(Harness) import Threading

/// `block` drawn for the cell `cell-c` of page `p`: its HTML and the files it placed in `p-figures/`.
func rendered(_ block: ExplorationBlock) -> (html: String, files: [String: String]) {
    var figures = PageFigures(page: "p", pageFile: "p.html")
    let html = ExplorationHTML.node(block, cell: "cell-c", figures: &figures).html
    return (html, figures.files)
}

@Suite struct PageFiguresTests {
    private let events = [
        TraceEvent(time: 0, threadIndex: 0, threadName: "MainThread", kind: .output(.stdout, "a\n"))
    ]

    @Test func aTimelineBlockBecomesALinkToAStandaloneFileWithItsStylesheet() throws {
        var figures = PageFigures(page: "p", pageFile: "p.html")
        let figure = TimelineFigure(events: events, outcome: nil)
        let first = figures.link(to: figure, cell: "cell-x").html
        let second = figures.link(to: figure, cell: "cell-x").html
        let other = figures.link(to: figure, cell: "cell-y").html
        #expect(
            first
                == "<a class=\"dg-figure\" href=\"p-figures/cell-x-1.svg\" data-width=\"800\" data-height=\"74\">"
                + "Timeline of 1 thread over 0 s, 1 outputs (SVG)</a>")
        #expect(second.contains("href=\"p-figures/cell-x-2.svg\""))
        #expect(other.contains("href=\"p-figures/cell-y-1.svg\""), "each cell counts its own drawings")
        #expect(
            figures.files.keys.sorted() == [
                "p-figures/cell-x-1.svg", "p-figures/cell-x-2.svg", "p-figures/cell-y-1.svg",
            ])
        let svg = try #require(figures.files["p-figures/cell-x-1.svg"])
        #expect(svg == TimelineSVG.render(events: events))
        #expect(svg.contains("<style>\n" + TimelineSVG.stylesheet + "</style>\n"))
    }

    /// The renderer places a block by its kind: a timeline is never inline, whatever the cell's output holds (a
    /// program printing an `<svg class="dg-timeline">` of its own stays text, and is not taken for a drawing).
    @Test func placementFollowsTheBlocksKindNotItsMarkup() throws {
        let printed =
            "<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"dg-timeline\" width=\"1\"><title>x</title></svg>\n"
        let run = RunResult(
            events: [TraceEvent(time: 0, threadIndex: 0, threadName: "MainThread", kind: .output(.stdout, printed))],
            outcome: .completed, schedule: "default")
        var view = RenderTests().view(run.events)
        view.blocks = [.timeline(TimelineFigure(events: run.events, outcome: run.outcome))]
        var figures = PageFigures(page: "p", pageFile: "p.html")
        let html = CellRenderer.render(view, figures: &figures).html
        #expect(!html.contains("<svg"))
        #expect(html.contains("&lt;svg xmlns=&quot;http://www.w3.org/2000/svg&quot; class=&quot;dg-timeline&quot;"))
        #expect(figures.files.count == 1)
        let timeline = try #require(html.range(of: "<details class=\"timeline\"><summary>Timeline</summary>\n"))
        #expect(html[timeline.upperBound...].hasPrefix("<a class=\"dg-figure\" href=\"p-figures/cell-demo-1.svg\""))
    }
}
