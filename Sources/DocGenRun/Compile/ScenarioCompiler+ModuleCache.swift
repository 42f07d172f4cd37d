import DocGenModel
import Foundation

extension ScenarioCompiler {
    /// True when this cache folder has no module cache yet (`moduleCache`): the first compile into it must build the
    /// clang modules every scenario imports (Glibc, SwiftShims, CThreadingShims…) before compiling anything.
    package var lacksModuleCache: Bool {
        !FileManager.default.fileExists(atPath: moduleCache)
    }

    /// Builds the module cache by type-checking a file that only imports Threading, with the flags of every compile.
    /// A cold build runs it while its cells are translated (one core is idle then), so the scenarios' compiles find
    /// the modules built instead of each building them or waiting for another run to (about 0.2 s at the start of
    /// every run). Only a speed-up: its failure is not reported, and the compiles build what is missing.
    package func warmModuleCache() async {
        guard let swiftc else { return }
        let unique = "\(ProcessInfo.processInfo.processIdentifier)-\(UUID().uuidString)"
        let source = cacheDirectory + "/warm-up." + unique + ".swift"
        defer { unlink(source) }
        do {
            try FileManager.default.createDirectory(atPath: cacheDirectory, withIntermediateDirectories: true)
            try AtomicFile.write("import Threading\n", to: source, durable: false)
        } catch {
            return
        }
        let flags = flags.filter { $0 != "-emit-library" }
        _ = await ChildProcess.run(
            executable: swiftc, arguments: flags + ["-typecheck", source], timeout: timeout, outputLimit: 1 << 20)
    }
}
