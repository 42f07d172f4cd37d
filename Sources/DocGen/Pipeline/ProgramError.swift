import DocGenRun

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
