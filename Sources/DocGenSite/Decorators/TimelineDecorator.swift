@_spi(Harness) import Threading

/// Adds the run's timeline (threads × virtual time, `TimelineFigure`) under each cell that produced a transcript.
package struct TimelineDecorator: CellDecorator {
    package init() {}

    package func decorate(_ cell: CellView) -> CellDecoration {
        guard let result = cell.run.result, !result.events.isEmpty else { return CellDecoration() }
        return CellDecoration(blocks: [.timeline(TimelineFigure(events: result.events, outcome: result.outcome))])
    }
}
