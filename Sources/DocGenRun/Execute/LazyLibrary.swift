import DocGenModel
/// A job's compiled scenario, compiled on first need only (a cached transcript needs no library), unless the
/// executor compiled it beforehand with the other jobs' scenarios.
actor LazyLibrary {
    private let compiler: ScenarioCompiler?
    private let scenario: ScenarioSource
    private let progress: (any BuildProgress)?
    private var result: Result<String?, CompileFailure>?
    /// True once swiftc ran for this scenario (its library was not in the compile cache).
    private(set) var compiled = false
    /// Set when the compile cache held a damaged library for this scenario (see `Compilation.repaired`).
    private(set) var repaired: String?

    init(
        compiler: ScenarioCompiler?, scenario: ScenarioSource, precompiled: Compilation? = nil,
        progress: (any BuildProgress)? = nil
    ) {
        self.compiler = compiler
        self.scenario = scenario
        self.progress = progress
        if let precompiled {
            compiled = precompiled.ranCompiler
            repaired = precompiled.repaired
            result = precompiled.library.map { Optional($0) }
        }
    }

    /// The library's path; `nil` without a compiler (the child finds the scenario itself).
    func path() async -> Result<String?, CompileFailure> {
        if let result { return result }
        if let failure = scenario.translationFailure {
            result = .failure(CompileFailure(untranslatable: failure))
            return result!
        }
        guard let compiler else {
            result = .success(nil)
            return .success(nil)
        }
        let compilation = await compiler.compile(scenario, progress: progress)
        compiled = compilation.ranCompiler
        repaired = compilation.repaired
        let outcome = compilation.library.map { Optional($0) }
        result = outcome
        return outcome
    }
}
