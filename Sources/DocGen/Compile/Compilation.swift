/// What `ScenarioCompiler.compile` gave: the library's path or the compile errors, and whether swiftc ran for it
/// (false when the compile cache answered).
public struct Compilation: Sendable, Equatable {
    public var library: Result<String, CompileFailure>
    public var ranCompiler: Bool

    public init(library: Result<String, CompileFailure>, ranCompiler: Bool) {
        self.library = library
        self.ranCompiler = ranCompiler
    }
}
