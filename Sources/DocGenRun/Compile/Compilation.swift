/// What `ScenarioCompiler.compile` gave: the library's path or the compile errors, and whether swiftc ran for it
/// (false when the compile cache answered).
package struct Compilation: Sendable, Equatable {
    package var library: Result<String, CompileFailure>
    package var ranCompiler: Bool
    /// Set when the cache held a damaged library for the scenario, which was compiled again: says which and why.
    package var repaired: String?

    package init(library: Result<String, CompileFailure>, ranCompiler: Bool, repaired: String? = nil) {
        self.library = library
        self.ranCompiler = ranCompiler
        self.repaired = repaired
    }
}

/// Why a scenario gave no library: its compile errors (each `content/<page>/<cell>.swift:LINE:COL: error: …`), or
/// a toolchain problem.
package struct CompileFailure: Error, Sendable, Equatable, CustomStringConvertible {
    /// One line each, naming the author's file.
    package var errors: [String]
    /// True when nothing was compiled: the cell's Python could not be translated (`errors` is the translator's line).
    package var isUntranslatable = false

    package init(errors: [String]) { self.errors = errors }

    /// A cell whose Python could not be translated, with the translator's one-line `message`.
    package init(untranslatable message: String) {
        errors = [message]
        isUntranslatable = true
    }

    package var description: String { errors.joined(separator: "\n") }

    /// These errors with the line each names in `path` (`path:LINE:…`) moved down by `offset`: a translation is
    /// compiled counting its lines from the cell's first line, and its errors name the page's.
    func movingLines(of path: String, by offset: Int) -> CompileFailure {
        guard offset != 0 else { return self }
        var moved = self
        moved.errors = errors.map { error in
            guard error.hasPrefix(path + ":") else { return error }
            let rest = error.dropFirst(path.count + 1)
            let digits = rest.prefix { $0.isNumber }
            guard let line = Int(digits) else { return error }
            return "\(path):\(line + offset)" + rest.dropFirst(digits.count)
        }
        return moved
    }
}
