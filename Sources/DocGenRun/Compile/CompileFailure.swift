/// Why a scenario gave no library: its compile errors (each `content/<page>/<cell>.swift:LINE:COL: error: …`), or
/// a toolchain problem.
package struct CompileFailure: Error, Sendable, Equatable, CustomStringConvertible {
    /// One line each, naming the author's file.
    package var errors: [String]

    package init(errors: [String]) { self.errors = errors }

    package var description: String { errors.joined(separator: "\n") }
}
