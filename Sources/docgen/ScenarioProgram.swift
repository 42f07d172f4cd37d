import DocGenExplore
import DocGenRun

/// The program `docgen run` and `docgen explore` run: the library the build compiled (`--library`), or the cell's
/// scenario found in `--content`, compiled and loaded now.
enum ScenarioProgram {
    static func load(id: String, library: String?, pipeline: PipelineOptions) async throws
        -> @Sendable () throws -> Void
    {
        if let library { return try load(library: library) }
        do {
            return try await pipeline.builder().program(of: id, contentFolder: pipeline.content)
        } catch {
            throw fail(error)
        }
    }

    /// The program of the library the build compiled (`--library`).
    static func load(library: String) throws -> @Sendable () throws -> Void {
        do { return try CellChild.loadProgram(library: library) } catch { throw fail(error) }
    }
}
