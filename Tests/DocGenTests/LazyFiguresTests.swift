@testable import DocGenSite
import Testing
@_spi(Harness) import Threading

@Suite struct LazyFiguresTests {
    @Test func timelinesBecomeLinksToStandaloneFilesWithTheirStylesheet() {
        let events = [TraceEvent(time: 0, threadIndex: 0, threadName: "MainThread", kind: .output(.stdout, "a\n"))]
        let svg = TimelineSVG.render(events: events, styled: false)
        var figures = LazyFigures(page: "p")
        let html = figures.fold("<div>\(svg)</div><p>\(svg)</p>", cell: "cell-x")
        #expect(!html.contains("<svg"))
        #expect(
            html.hasPrefix(
                "<div><a class=\"dg-figure\" href=\"p-figures/cell-x-1.svg\" data-width=\"800\" data-height="))
        #expect(html.contains("href=\"p-figures/cell-x-2.svg\""))
        #expect(html.contains(">Timeline of 1 thread over 0 s, 1 outputs (SVG)</a>\n</p>"))
        #expect(figures.files.keys.sorted() == ["p-figures/cell-x-1.svg", "p-figures/cell-x-2.svg"])
        #expect(figures.files["p-figures/cell-x-1.svg"] == TimelineSVG.render(events: events))
    }
}
