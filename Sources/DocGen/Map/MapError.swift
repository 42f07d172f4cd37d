/// A cell without a scenario, or a scenario without a cell. Each message names the page, the cell and the fix.
public enum MapError: Error, Equatable, CustomStringConvertible {
    case missingScenario(id: String, contentFile: String, line: Int)
    case orphanScenario(id: String, sourcePath: String, contentFile: String)

    public var description: String {
        switch self {
        case .missingScenario(let id, let contentFile, let line):
            let (page, cell) = Self.split(id)
            // SwiftPM needs file names unique within a target, so fixture files carry a `Fixture` prefix.
            let isFixture = page.hasPrefix("fixtures-")
            let file = isFixture ? "Fixtures/Fixture\(Self.camelCase(cell))" : "Tutorial/\(Self.camelCase(cell))"
            let catalog = isFixture ? "ScenarioCatalog.fixtures" : "ScenarioCatalog.tutorial"
            return "\(contentFile):\(line): cell '\(cell)' of page '\(page)' has no scenario; create "
                + "Sources/Scenarios/\(file).swift defining Scenario(\"\(id)\") and "
                + "add it to \(catalog)"
        case .orphanScenario(let id, let sourcePath, let contentFile):
            let (page, cell) = Self.split(id)
            return "\(sourcePath): scenario '\(id)' matches no cell of page '\(page)' (\(contentFile) has no "
                + "code cell '\(cell)'); rename the scenario to an existing cell id or remove it from the catalog"
        }
    }

    private static func split(_ id: String) -> (page: String, cell: String) {
        let parts = id.split(separator: "/", maxSplits: 1).map(String.init)
        return (parts.first ?? id, parts.count > 1 ? parts[1] : "")
    }

    /// `queued-threads` → `QueuedThreads`.
    static func camelCase(_ slug: String) -> String {
        slug.split(whereSeparator: { $0 == "-" || $0 == "_" })
            .map { $0.prefix(1).uppercased() + $0.dropFirst() }
            .joined()
    }
}
