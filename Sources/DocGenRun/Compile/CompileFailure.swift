/// Why a scenario gave no library: its compile errors (each `content/<page>/<cell>.swift:LINE:COL: error: …`), or
/// a toolchain problem.
public struct CompileFailure: Error, Sendable, Equatable, CustomStringConvertible {
    /// One line each, naming the author's file.
    public var errors: [String]

    public init(errors: [String]) { self.errors = errors }

    public var description: String { errors.joined(separator: "\n") }
}
