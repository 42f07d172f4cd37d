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
