import DocGenRun

extension SiteBuilder {
    /// The program of cell `id` (`page/cell`) of `contentFolder`: its scenario found, compiled (through the compile
    /// cache) and loaded into this process, ready for `runProgram` or `Explorer`, as often as needed.
    ///
    /// - Throws: `ProgramError` naming the cell, or carrying its compile errors.
    package func program(of id: String, contentFolder: String) async throws(ProgramError)
        -> @Sendable () throws -> Void
    {
        let cells: [MappedCell]
        do { cells = try await plan(contentFolder).cells } catch { throw .build(error) }
        guard let cell = cells.first(where: { $0.id == id }) else {
            throw .unknownCell(id: id, contentFolder: contentFolder)
        }
        if let failure = cell.scenario.translationFailure { throw .compile(CompileFailure(errors: [failure])) }
        guard let compiler = executor.settings.compiler else { throw .noCompiler }
        do {
            return try ScenarioLibrary.program(at: try await compiler.compile(cell.scenario).library.get())
        } catch {
            throw .compile(error)
        }
    }
}
