/// What docgen needs to know about a scenario without linking it: its id and the file that defines it.
/// The `docgen` executable builds these from `ScenarioCatalog`, so the library never imports `Scenarios`.
public struct ScenarioReference: Sendable, Equatable, Hashable {
    /// `"<page>/<cell>"`.
    public var id: String
    /// The Swift file defining the scenario: shown on the page and hashed for the cache.
    public var sourcePath: String

    public init(id: String, sourcePath: String) {
        self.id = id
        self.sourcePath = sourcePath
    }

    /// The page part of the id (before the first `/`).
    public var page: String { String(id.prefix { $0 != "/" }) }
}
