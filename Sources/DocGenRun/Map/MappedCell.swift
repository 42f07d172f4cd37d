/// A code cell together with the scenario that runs it.
public struct MappedCell: Sendable, Equatable {
    public var page: String
    public var cell: CodeCell
    public var scenario: ScenarioSource

    public init(page: String, cell: CodeCell, scenario: ScenarioSource) {
        self.page = page
        self.cell = cell
        self.scenario = scenario
    }

    /// `"<page>/<cell>"`, the cell's id.
    public var id: String { page + "/" + cell.id }
}
