import DocGenRun
@_spi(Harness) import Threading

/// The program of one cell for `docgen run`, `explore` and `model-check`: its scenario compiled (through the compile
/// cache) and loaded into this process, ready for `runProgram` or `Explorer`, as often as needed.
struct ProgramLoader {
    var executor: CellExecutor

    /// The program of `cell`.
    ///
    /// - Throws: `ProgramError` carrying the cell's translation failure or compile errors.
    func program(of cell: MappedCell) async throws(ProgramError) -> @Sendable () throws -> Void {
        if let failure = cell.scenario.translationFailure { throw .compile(CompileFailure(untranslatable: failure)) }
        guard let compiler = executor.settings.compiler else { throw .noCompiler }
        do {
            let program = try ScenarioLibrary.program(at: try await compiler.compile(cell.scenario).library.get())
            return PyPageLines.shifting(program, by: cell.scenario.lineOffset)
        } catch {
            throw .compile(error)
        }
    }
}

/// Why `SiteBuilder.program(of:contentFolder:)` has no program to give.
package enum ProgramError: Error, CustomStringConvertible {
    case build(BuildError)
    case unknownCell(id: String, contentFolder: String)
    case noCompiler
    case compile(CompileFailure)

    package var description: String {
        switch self {
        case .build(let error): error.description
        case .unknownCell(let id, let folder):
            "no cell '\(id)' in \(folder); `docgen list --content \(folder)` shows the cells"
        case .noCompiler: "this docgen has no scenario compiler"
        case .compile(let failure): failure.description
        }
    }
}
