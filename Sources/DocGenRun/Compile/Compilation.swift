/// What `ScenarioCompiler.compile` gave: the library's path or the compile errors, and whether swiftc ran for it
/// (false when the compile cache answered).
public struct Compilation: Sendable, Equatable {
    public var library: Result<String, CompileFailure>
    public var ranCompiler: Bool
    /// Set when the cache held a damaged library for the scenario, which was compiled again: says which and why.
    public var repaired: String?

    public init(library: Result<String, CompileFailure>, ranCompiler: Bool, repaired: String? = nil) {
        self.library = library
        self.ranCompiler = ranCompiler
        self.repaired = repaired
    }
}
