/// Adds a cell's explored outputs (`CellView.exploration`: sampled schedules, or the exhaustive search's outcome table
/// with what CPython printed, `CellView.modelCheck`) under its output.
package struct ExplorationDecorator: CellDecorator {
    package init() {}

    package func decorate(_ cell: CellView) -> CellDecoration {
        guard let exploration = cell.exploration else { return CellDecoration() }
        return CellDecoration(blocks: [
            .exploration(
                ExplorationBlock(
                    exploration, scenarioID: cell.scenarioID, check: cell.modelCheck, defaultRun: cell.run.result))
        ])
    }
}
