/// A code cell together with the scenario that runs it.
public struct MappedCell: Sendable, Equatable {
    public var page: String
    public var cell: CodeCell
    public var scenario: ScenarioReference

    public init(page: String, cell: CodeCell, scenario: ScenarioReference) {
        self.page = page
        self.cell = cell
        self.scenario = scenario
    }

    /// `"<page>/<cell>"`, the scenario id.
    public var id: String { scenario.id }
}
