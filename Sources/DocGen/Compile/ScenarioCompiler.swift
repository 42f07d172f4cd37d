import Foundation

/// Compiles scenarios with the Swift toolchain on PATH into shared libraries (`ScenarioLibrary` loads them), cached
/// in `cacheDirectory` by a hash of the generated source, the compiler, the Threading toolkit and the flags. Compile
/// errors are cached too, so a rebuild with no change compiles nothing.
public struct ScenarioCompiler: Sendable {
    public var toolkit: RuntimeToolkit
    /// The `swiftc` to run (`nil`: none on PATH, so every compile fails saying so).
    public var swiftc: String?
    public var cacheDirectory: String
    /// Seconds before a compile is given up.
    public var timeout: Double

    public init(toolkit: RuntimeToolkit, swiftc: String?, cacheDirectory: String, timeout: Double = 300) {
        self.toolkit = toolkit
        self.swiftc = swiftc
        self.cacheDirectory = cacheDirectory
        self.timeout = timeout
    }

    /// The compiler for the docgen executable at `executable` (its toolkit) and the first `swiftc` on `PATH`.
    ///
    /// - Throws: `CompileFailure` when the toolkit is not beside the executable.
    public static func locate(executable: String, cacheDirectory: String) throws(CompileFailure) -> ScenarioCompiler {
        guard let toolkit = RuntimeToolkit.locate(executable: executable) else {
            throw CompileFailure(errors: [
                "docgen cannot find Threading's compiled module beside \(executable) (Modules/ in a build folder, "
                    + "../lib/docgen/ when installed); reinstall docgen with `make install`"
            ])
        }
        return ScenarioCompiler(toolkit: toolkit, swiftc: SwiftToolchain.find("swiftc"), cacheDirectory: cacheDirectory)
    }

    /// Swift 5 language mode (scenarios share mutable state between threads as Python does), no optimisation
    /// (compiling fast matters more), the entry point exported and Threading's symbols left to the loader.
    var flags: [String] {
        [
            "-swift-version", "5", "-Onone", "-parse-as-library", "-emit-library", "-module-name", "DocgenScenario",
            "-suppress-warnings", "-diagnostic-style=llvm", "-I", toolkit.moduleFolder,
            "-Xcc", "-fmodule-map-file=" + toolkit.moduleMap,
            "-module-cache-path", cacheDirectory + "/module-cache",
        ]
    }

    /// The cache key of `scenario`'s library.
    public func key(for scenario: ScenarioSource) -> String {
        key(source: ScenarioWrapper.source(for: scenario))
    }

    private func key(source: String) -> String {
        var hash = FNV1a64()
        hash.combine(field: source)
        hash.combine(field: swiftc.map(SwiftToolchain.identity(of:)) ?? "no swiftc")
        hash.combine(field: toolkit.identity)
        for flag in flags { hash.combine(field: flag) }
        return hash.hex
    }

    /// `scenario`'s compiled library, from the cache or compiled now.
    public func compile(_ scenario: ScenarioSource) async -> Compilation {
        let source = ScenarioWrapper.source(for: scenario)
        let base = cacheDirectory + "/" + key(source: source)
        let manager = FileManager.default
        if manager.fileExists(atPath: base + ".so") {
            return Compilation(library: .success(base + ".so"), ranCompiler: false)
        }
        if let errors = manager.contents(atPath: base + ".errors") {
            let failure = CompileFailure(errors: String(decoding: errors, as: UTF8.self).lines)
            return Compilation(library: .failure(failure), ranCompiler: false)
        }
        return Compilation(library: await run(source: source, base: base, scenario: scenario), ranCompiler: true)
    }

    /// Compiles `source` to `base.so`, or stores its errors in `base.errors`.
    private func run(source: String, base: String, scenario: ScenarioSource) async -> Result<String, CompileFailure> {
        let manager = FileManager.default
        guard let swiftc else {
            return .failure(
                CompileFailure(errors: [
                    "\(scenario.path): swiftc is not on PATH; install the Swift toolchain docgen was built with"
                ]))
        }
        do {
            try manager.createDirectory(atPath: cacheDirectory, withIntermediateDirectories: true)
            try Data(source.utf8).write(to: URL(fileURLWithPath: base + ".swift"), options: .atomic)
        } catch {
            return .failure(CompileFailure(errors: ["\(cacheDirectory): cannot write the compile cache: \(error)"]))
        }
        let temporary = base + ".so.\(ProcessInfo.processInfo.processIdentifier)-\(UUID().uuidString)"
        let output = await ChildProcess.run(
            executable: swiftc, arguments: flags + [base + ".swift", "-o", temporary], timeout: timeout,
            outputLimit: 1 << 20)
        switch output {
        case .failure(let failure):
            try? manager.removeItem(atPath: temporary)
            return .failure(CompileFailure(errors: ["\(scenario.path): swiftc \(failure)"]))
        case .success(let child):
            if case .exited(0) = child.termination {
                // Another process may have stored the same library meanwhile: either copy will do.
                if (try? manager.moveItem(atPath: temporary, toPath: base + ".so")) == nil {
                    try? manager.removeItem(atPath: temporary)
                }
                if manager.fileExists(atPath: base + ".so") { return .success(base + ".so") }
            }
            try? manager.removeItem(atPath: temporary)
            let errors = Self.errors(in: String(decoding: child.standardError, as: UTF8.self), scenario: scenario)
            try? Data(errors.joined(separator: "\n").utf8).write(to: URL(fileURLWithPath: base + ".errors"))
            return .failure(CompileFailure(errors: errors))
        }
    }

    /// The `FILE:LINE:COL: error: …` lines of swiftc's output, those naming the author's file first; without any,
    /// the last lines swiftc printed.
    static func errors(in output: String, scenario: ScenarioSource) -> [String] {
        let lines = output.lines
        let errors = lines.filter { $0.contains(": error: ") }
        let authors = errors.filter { $0.hasPrefix(scenario.path + ":") }
        if !authors.isEmpty { return authors + errors.filter { !$0.hasPrefix(scenario.path + ":") } }
        if !errors.isEmpty { return errors.map { "\(scenario.path): " + $0 } }
        return ["\(scenario.path): swiftc failed: " + (lines.suffix(3).joined(separator: " / "))]
    }
}

extension String {
    /// The non-empty lines.
    fileprivate var lines: [String] { split(separator: "\n").map(String.init) }
}
