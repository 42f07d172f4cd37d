/// Map stage: pairs each code cell with the scenario whose id is `"<page>/<cell>"`.
///
/// Only scenarios of pages present in `documents` take part, so fixture scenarios never bother a real build.
public enum CellMapper {
    /// - Throws: `MapFailure` listing every cell without a scenario and every scenario of these pages without a cell.
    public static func map(_ documents: [Document], scenarios: [ScenarioReference]) throws(MapFailure) -> [MappedCell] {
        var byID: [String: ScenarioReference] = [:]
        for scenario in scenarios { byID[scenario.id] = scenario }
        var errors: [MapError] = []
        var mapped: [MappedCell] = []
        var cellIDs: Set<String> = []
        for document in documents {
            for cell in document.cells {
                let id = "\(document.page)/\(cell.id)"
                cellIDs.insert(id)
                if let scenario = byID[id] {
                    mapped.append(MappedCell(page: document.page, cell: cell, scenario: scenario))
                } else {
                    errors.append(.missingScenario(id: id, contentFile: document.sourcePath, line: cell.line))
                }
            }
        }
        let pages = Dictionary(documents.map { ($0.page, $0.sourcePath) }, uniquingKeysWith: { first, _ in first })
        for scenario in scenarios.sorted(by: { $0.id < $1.id }) {
            guard let contentFile = pages[scenario.page], !cellIDs.contains(scenario.id) else { continue }
            errors.append(.orphanScenario(id: scenario.id, sourcePath: scenario.sourcePath, contentFile: contentFile))
        }
        guard errors.isEmpty else { throw MapFailure(errors: errors) }
        return mapped
    }
}
