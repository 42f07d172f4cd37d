/// A Swift port of one Markdown code cell, runnable by `docgen run ID`.
///
/// `id` is `"<page>/<cell>"`: the content file's name without `.md`, then the cell's heading slug
/// (`"threading-tutorial/daemon"`). `sourcePath` is the file that defines the scenario; docgen shows that file beside
/// the Python and hashes it to decide whether a cached result is still valid.
public struct Scenario: Sendable {
    public let id: String
    public let sourcePath: String
    /// The program: it plays Python's main thread.
    public let main: @Sendable () throws -> Void

    public init(_ id: String, file: String = #filePath, main: @escaping @Sendable () throws -> Void) {
        self.id = id
        self.sourcePath = file
        self.main = main
    }
}

/// Every scenario docgen knows, tutorial cells and test fixtures alike.
public enum ScenarioCatalog {
    public static var all: [Scenario] { tutorial + fixtures }

    /// The scenario registered under `id`, if any.
    public static func scenario(id: String) -> Scenario? { all.first { $0.id == id } }
}
