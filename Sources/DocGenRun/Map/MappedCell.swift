import DocGenModel

/// A code cell together with the scenario that runs it.
package struct MappedCell: Sendable, Equatable {
    package var page: String
    package var cell: CodeCell
    package var scenario: ScenarioSource

    package init(page: String, cell: CodeCell, scenario: ScenarioSource) {
        self.page = page
        self.cell = cell
        self.scenario = scenario
    }

    /// `"<page>/<cell>"`, the cell's id.
    package var id: String { page + "/" + cell.id }
}
