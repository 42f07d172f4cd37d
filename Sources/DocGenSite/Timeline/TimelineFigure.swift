@_spi(Harness) import Threading

/// A run's timeline as a block of a cell (under its output, or in an explored output's fold). The page renderer puts
/// the drawing (`TimelineSVG`) into a file of the page's figures folder and leaves a link that the page's script turns
/// into the drawing when its fold opens (`PageFigures`).
package struct TimelineFigure: Sendable, Equatable {
    package var events: [TraceEvent]
    /// Why threads that never exited stopped (`RunResult.outcome`).
    package var outcome: RunOutcome?

    package init(events: [TraceEvent], outcome: RunOutcome?) {
        self.events = events
        self.outcome = outcome
    }

    /// The drawing as a standalone SVG document, with what a link to it shows: its accessible name and its size.
    func drawing() -> (svg: String, title: String, width: String, height: String) {
        let model = TimelineModel(events: events, outcome: outcome)
        let (width, height) = TimelineSVG.size(model)
        return (TimelineSVG.render(model), TimelineSVG.summary(model), width, height)
    }
}
