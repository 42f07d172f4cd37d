import DocGenModel
import Foundation

/// Compiles scenarios with the Swift toolchain on PATH into shared libraries (`ScenarioLibrary` loads them), cached
/// in `cacheDirectory` under a SHA-256 (`CacheKey`) of the generated source (which names the author's file, and the
/// line of a scenario that is not a translation: a translation counts from its cell's first line, see
/// `ScenarioSource.lineOffset`, and its errors are moved to the page's lines when they are returned),
/// the compiler, the Threading toolkit and the flags. Many scenarios compile in one swiftc run into one library
/// (`compile(_:jobs:)`); each still has its own entry `<key>.so`.
///
/// An entry is written once and read whole: each compile reads its own private copy of the source (a concurrent
/// build never rewrites a file swiftc is reading) and writes the library to a temporary file, which is renamed to
/// `lib-<SHA-256 of its bytes>.so`; then the symbolic link `<key>.so` is pointed at it in one rename. A reader
/// checks the library's bytes against the digest its name carries, so a truncated or damaged library is compiled
/// again (and said so once) instead of crashing every run. Compile errors naming the author's file are cached
/// (`<key>.errors`), so a rebuild with no change compiles nothing; a compiler that was killed (the OOM killer), timed
/// out or failed without such an error (a full disk) is not.
package struct ScenarioCompiler: Sendable {
    package var toolkit: RuntimeToolkit
    /// The `swiftc` to run (`nil`: none on PATH, so every compile fails saying so).
    package var swiftc: String?
    package var cacheDirectory: String
    /// Seconds before a compile is given up (`--compile-timeout`).
    package var timeout: Double

    /// Most scenarios one swiftc run compiles together: a larger project is compiled in more runs (at most `jobs` at
    /// once), so one run's memory and time stay bounded (`timeout` applies to each run) and progress moves as each
    /// run ends.
    package var maximumGroupSize = ScenarioCompiler.defaultMaximumGroupSize

    /// The default of `timeout`.
    package static let defaultTimeout: Double = 300
    /// The default of `maximumGroupSize`.
    package static let defaultMaximumGroupSize = 250

    package init(toolkit: RuntimeToolkit, swiftc: String?, cacheDirectory: String, timeout: Double = defaultTimeout) {
        self.toolkit = toolkit
        self.swiftc = swiftc
        self.cacheDirectory = cacheDirectory
        self.timeout = timeout
    }

    /// The compiler for the docgen executable at `executable` (its toolkit) and the first `swiftc` on `PATH`.
    ///
    /// - Throws: `CompileFailure` when the toolkit is not beside the executable.
    package static func locate(executable: String, cacheDirectory: String, timeout: Double = defaultTimeout)
        throws(CompileFailure) -> ScenarioCompiler
    {
        guard let toolkit = RuntimeToolkit.locate(executable: executable) else {
            throw CompileFailure(errors: [
                "docgen cannot find Threading's compiled module beside \(executable) (Modules/ in a build folder, "
                    + "../lib/docgen/ when installed); reinstall docgen with `make install`"
            ])
        }
        return ScenarioCompiler(
            toolkit: toolkit, swiftc: SwiftToolchain.find("swiftc"), cacheDirectory: cacheDirectory,
            timeout: timeout)
    }

    /// Swift 5 language mode (scenarios share mutable state between threads as Python does), no optimisation
    /// (compiling fast matters more), the entry point exported and Threading's symbols left to the loader; then how
    /// swiftc is driven, which does not change what a library holds: one front-end for all the files of a run
    /// (`-whole-module-optimization`, which at `-Onone` optimises nothing), and the module cache (`moduleCache`).
    /// Without it swiftc starts one front-end per file, and each parses every file of the run and loads Threading's
    /// module again, so a run of 500 scenarios parsed 250,000 files in 500 processes. The front-end neither checks
    /// the LLVM IR it made (`-disable-llvm-verify`: a check of the compiler, not of the scenario) nor writes it out
    /// as bitcode to hash it (`-disable-incremental-llvm-codegen`: the hash only lets a rebuild into the same object
    /// file skip code generation, and every run writes a new file); together about 15 % of a run's time. The library
    /// is the same.
    var flags: [String] {
        libraryFlags + [
            "-whole-module-optimization", "-module-cache-path", moduleCache, "-Xfrontend", "-disable-llvm-verify",
            "-Xfrontend", "-disable-incremental-llvm-codegen",
        ]
    }

    /// The flags that decide what a library holds (part of its key; where the module cache is does not).
    var libraryFlags: [String] {
        [
            "-swift-version", "5", "-Onone", "-parse-as-library", "-emit-library", "-module-name", "DocgenScenario",
            "-suppress-warnings", "-diagnostic-style=llvm", "-I", toolkit.moduleFolder,
            "-Xcc", "-fmodule-map-file=" + toolkit.moduleMap,
        ]
    }

    /// swiftc's module cache: one per absolute place of the cache folder (`module-cache-<digest of it>`), since the
    /// modules in it record the absolute paths they were built at. A cache folder copied or restored elsewhere (CI's
    /// cache in another checkout) would otherwise make every compile fail with "missing required module
    /// 'SwiftShims'"; this way its libraries are reused and the module cache is made again there.
    var moduleCache: String {
        let absolute = URL(fileURLWithPath: cacheDirectory).standardizedFileURL.path
        return cacheDirectory + "/module-cache-" + CacheKey.digest(of: Array(absolute.utf8)).prefix(16)
    }

    /// Names how a library holds its scenarios; part of every key, so a cache written by a docgen that compiled one
    /// scenario per library (entry point `docgen_scenario_main`) is never read as this layout.
    static let layoutVersion = "libraries of many scenarios, entry docgen_scenario_<key>"

    /// The cache key of `scenario`'s library.
    package func key(for scenario: ScenarioSource) -> String {
        key(source: ScenarioWrapper.source(for: scenario))
    }

    func key(source: String) -> String {
        var hash = CacheKey()
        hash.combine(field: Self.layoutVersion)
        hash.combine(field: source)
        hash.combine(field: swiftc.map(SwiftToolchain.identity(of:)) ?? "no swiftc")
        hash.combine(field: toolkit.identity)
        for flag in libraryFlags { hash.combine(field: flag) }
        return hash.hex
    }

    /// `scenario`'s compiled library (its entry `<key>.so`), from the cache or compiled now.
    package func compile(_ scenario: ScenarioSource, progress: (any BuildProgress)? = nil) async -> Compilation {
        await compile([scenario], jobs: 1, progress: progress)[0]
    }

    /// Compiles `source` alone to a library the entry `base.so` then names (returned), or stores its errors in
    /// `base.errors` when they are the author's.
    func compileAlone(source: String, base: String, scenario: ScenarioSource) async -> Result<String, CompileFailure> {
        guard let swiftc else {
            return .failure(
                CompileFailure(errors: [
                    "\(scenario.path): swiftc is not on PATH; install the Swift toolchain docgen was built with"
                ]))
        }
        // This compile's own copy of the source: the shared `base.swift` is written once, for people to read.
        let unique = "\(ProcessInfo.processInfo.processIdentifier)-\(UUID().uuidString)"
        let privateSource = base + "." + unique + ".swift"
        let temporary = base + ".so." + unique
        defer {
            unlink(privateSource)
            unlink(temporary)
        }
        do {
            try AtomicFile.write(source, to: privateSource, durable: false)  // swiftc's input, removed after it
        } catch {
            return .failure(
                CompileFailure(errors: ["\(cacheDirectory): cannot write the compile cache: \(error.reason)"]))
        }
        link(privateSource, base + ".swift")  // only when missing: a file swiftc may be reading is never replaced
        let output = await ChildProcess.run(
            executable: swiftc, arguments: flags + [privateSource, "-o", temporary], timeout: timeout,
            outputLimit: 1 << 20)
        switch output {
        case .failure(.timedOut(let seconds)):
            return .failure(
                CompileFailure(errors: [
                    "\(scenario.path): swiftc did not finish in \(CellFailure.seconds(seconds)) s (raise it with "
                        + "--compile-timeout)"
                ]))
        case .failure(let failure):
            return .failure(CompileFailure(errors: ["\(scenario.path): swiftc \(failure)"]))
        case .success(let child):
            switch child.termination {
            case .exited(0):
                do {
                    try CompiledLibraryEntry.install(temporary, as: [base + ".so"])
                    return .success(base + ".so")
                } catch {
                    return .failure(
                        CompileFailure(errors: ["\(cacheDirectory): cannot write the compile cache: \(error.reason)"]))
                }
            case .exited:
                let errors = Self.errors(in: String(decoding: child.standardError, as: UTF8.self), scenario: scenario)
                // Only the author's own errors say the source does not compile; anything else (a full disk, a
                // missing module) may pass next time, so it is not remembered.
                if Self.namesAuthorsError(child.standardError, scenario: scenario),
                    !Self.isEnvironmental(child.standardError)
                {
                    try? AtomicFile.write(errors.joined(separator: "\n"), to: base + ".errors")
                }
                return .failure(CompileFailure(errors: errors))
            case .signaled(let signal):
                return .failure(
                    CompileFailure(errors: [
                        "\(scenario.path): swiftc was killed by signal \(signal) (out of memory?); not cached, the "
                            + "next build compiles it again"
                    ]))
            }
        }
    }

    /// True when swiftc's output holds an error at a line of the author's file (`content/page/cell.swift:3:5: error:`).
    private static func namesAuthorsError(_ output: [UInt8], scenario: ScenarioSource) -> Bool {
        String(decoding: output, as: UTF8.self).nonEmptyLines.contains { line in
            guard line.hasPrefix(scenario.path + ":"), line.contains(": error: ") else { return false }
            return line.dropFirst(scenario.path.count + 1).first?.isNumber == true
        }
    }

    /// True when swiftc's output says the machine, not the source, failed it.
    static func isEnvironmental(_ output: [UInt8]) -> Bool {
        let text = String(decoding: output, as: UTF8.self)
        return [
            "No space left on device", "Disk quota exceeded", "Cannot allocate memory", "Too many open files",
            "Read-only file system",
        ].contains { text.contains($0) }
    }

    /// The `FILE:LINE:COL: error: …` lines of swiftc's output, those naming the author's file first; without any,
    /// the last lines swiftc printed.
    static func errors(in output: String, scenario: ScenarioSource) -> [String] {
        let lines = output.nonEmptyLines
        let errors = lines.filter { $0.contains(": error: ") }
        let authors = errors.filter { $0.hasPrefix(scenario.path + ":") }
        if !authors.isEmpty { return authors + errors.filter { !$0.hasPrefix(scenario.path + ":") } }
        if !errors.isEmpty { return errors.map { "\(scenario.path): " + $0 } }
        return ["\(scenario.path): swiftc failed: " + (lines.suffix(3).joined(separator: " / "))]
    }
}

extension String {
    /// The non-empty lines (of a compiler's output, a cached error file).
    var nonEmptyLines: [String] { split(separator: "\n").map(String.init) }
}
