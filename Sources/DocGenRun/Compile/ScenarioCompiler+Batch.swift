import DocGenModel
import Foundation

extension ScenarioCompiler {
    /// The compiled library of each of `scenarios`, in order, from the cache or compiled now. The scenarios not in
    /// the cache are dealt into groups of at most `maximumGroupSize`, `jobs` groups compiled at once, each group by
    /// one swiftc run into one library (a process per scenario costs more than compiling it). When a group does not compile, the scenarios its errors
    /// name are compiled alone (so their errors are theirs, and cached as today) and the others together again.
    /// A key another build sharing the cache is compiling (its `CompileLock` is held) is not compiled again: this
    /// build waits for that lock, then reads the entry (compiling it only if there is none, as after a crash).
    /// `progress` is told how many scenarios are compiled, and as each group of them is done.
    package func compile(_ scenarios: [ScenarioSource], jobs: Int, progress: (any BuildProgress)? = nil) async
        -> [Compilation]
    {
        var compilations = [Compilation?](repeating: nil, count: scenarios.count)
        var pending: [String: PendingScenario] = [:]  // by key: equal scenarios compile once
        var order: [String] = []  // the keys this build compiles
        var elsewhere: [String] = []  // the keys another build is compiling
        var locks: [String: CompileLock] = [:]  // of the keys in `order`
        for (index, scenario) in scenarios.enumerated() {
            let key = key(for: scenario)
            let base = cacheDirectory + "/" + key
            if var waiting = pending[key] {
                waiting.indices.append(index)
                pending[key] = waiting
                continue
            }
            var repaired: String?
            switch CompiledLibraryEntry.read(base + ".so") {
            case .valid:
                compilations[index] = Compilation(library: .success(base + ".so"), ranCompiler: false)
                continue
            case .damaged(let why):
                repaired = "the compile cache's \(base).so was damaged (\(why)); \(scenario.path) was compiled again"
            case .missing:
                if let failure = Self.cachedErrors(base: base) {
                    compilations[index] = Compilation(library: .failure(failure), ranCompiler: false)
                    continue
                }
            }
            let source = ScenarioWrapper.source(for: scenario, entry: ScenarioWrapper.entrySymbol(key: key))
            pending[key] = PendingScenario(
                scenario: scenario, source: source, base: base, indices: [index], repaired: repaired)
            switch CompileLock.attempt(base: base) {
            case .held(let lock):
                // Another build may have finished this key between the look above and the lock.
                if let done = Self.cachedCompilation(base: base) {
                    lock.release()
                    compilations[index] = done
                    pending[key] = nil
                    continue
                }
                locks[key] = lock
                order.append(key)
            case .busy:
                elsewhere.append(key)
            case .unavailable:
                order.append(key)
            }
        }
        let groups = Self.deal(order.map { pending[$0]! }, into: jobs, atMost: maximumGroupSize)
        let waits = elsewhere.map { pending[$0]! }
        progress?.expect(order.count + waits.count, .compiling)
        let held = locks
        let results = await withTaskGroup(of: [(String, Compilation)].self) { tasks in
            var waitingGroups = groups[...]
            func startNextGroup() {
                guard let group = waitingGroups.popFirst() else { return }
                tasks.addTask {
                    let results = await compileTogether(group)
                    for member in group { held[member.key]?.release() }
                    return results.map { base, library in
                        (base, Compilation(library: library, ranCompiler: true))
                    }
                }
            }
            for _ in 0..<max(jobs, 1) { startNextGroup() }
            for waiting in waits { tasks.addTask { [(waiting.base, await compileAfterOtherBuild(waiting))] } }
            var all: [String: Compilation] = [:]
            for await results in tasks {
                for (base, compilation) in results { all[base] = compilation }
                progress?.finish(results.count, .compiling)
                startNextGroup()
            }
            return all
        }
        for key in order + elsewhere {
            let waiting = pending[key]!
            var compilation =
                results[waiting.base]
                ?? Compilation(
                    library: .failure(CompileFailure(errors: ["\(waiting.scenario.path): not compiled"])),
                    ranCompiler: true)
            compilation.repaired = waiting.repaired
            for index in waiting.indices { compilations[index] = compilation }
        }
        // Compiled (and errors cached) counting a translation's lines from its cell's first line: each scenario's
        // errors name its page's lines.
        return zip(scenarios, compilations).map { scenario, compilation in
            var compilation = compilation!
            compilation.library = compilation.library.mapError {
                $0.movingLines(of: scenario.path, by: scenario.lineOffset)
            }
            return compilation
        }
    }

    /// The entry of a key another build was compiling, once its lock is free: read from the cache, or compiled
    /// alone when that build left none (it failed without caching errors, or crashed).
    private func compileAfterOtherBuild(_ waiting: PendingScenario) async -> Compilation {
        let lock = await CompileLock.wait(base: waiting.base)
        defer { lock?.release() }
        if let done = Self.cachedCompilation(base: waiting.base) { return done }
        let library = await compileAlone(source: waiting.source, base: waiting.base, scenario: waiting.scenario)
        return Compilation(library: library, ranCompiler: true)
    }

    /// The cache's answer for the entry `base`: its library, or the compile errors stored for it; `nil` when it
    /// holds neither (or a damaged library, removed now).
    static func cachedCompilation(base: String) -> Compilation? {
        if CompiledLibraryEntry.read(base + ".so") == .valid {
            return Compilation(library: .success(base + ".so"), ranCompiler: false)
        }
        return cachedErrors(base: base).map { Compilation(library: .failure($0), ranCompiler: false) }
    }

    /// The compile errors stored for the entry `base`, if any.
    static func cachedErrors(base: String) -> CompileFailure? {
        FileManager.default.contents(atPath: base + ".errors").map {
            CompileFailure(errors: String(decoding: $0, as: UTF8.self).nonEmptyLines)
        }
    }

    /// `scenarios` in groups of nearly equal total length: `count` groups, or more when that would put more than
    /// `limit` scenarios in one; in their order within each group.
    static func deal(_ scenarios: [PendingScenario], into count: Int, atMost limit: Int) -> [[PendingScenario]] {
        guard !scenarios.isEmpty else { return [] }
        let limit = max(limit, 1)
        let needed = (scenarios.count + limit - 1) / limit
        var groups = [[PendingScenario]](repeating: [], count: min(max(count, needed, 1), scenarios.count))
        var sizes = [Int](repeating: 0, count: groups.count)
        for scenario in scenarios.sorted(by: { $0.source.utf8.count > $1.source.utf8.count }) {
            let open = sizes.indices.filter { groups[$0].count < limit }
            let smallest = open.min { sizes[$0] < sizes[$1] }!
            groups[smallest].append(scenario)
            sizes[smallest] += scenario.source.utf8.count
        }
        return groups
    }

    /// Compiles `group` by one swiftc run into one library that every scenario's entry names; a scenario its errors
    /// name is compiled alone (its result then is the one a single compile gives), the others together again.
    private func compileTogether(_ group: [PendingScenario]) async -> [(String, Result<String, CompileFailure>)] {
        if group.count == 1 {
            let only = group[0]
            return [(only.base, await compileAlone(source: only.source, base: only.base, scenario: only.scenario))]
        }
        guard let swiftc else {
            var results: [(String, Result<String, CompileFailure>)] = []
            for member in group {
                results.append(
                    (
                        member.base,
                        await compileAlone(source: member.source, base: member.base, scenario: member.scenario)
                    ))
            }
            return results
        }
        let unique = "\(ProcessInfo.processInfo.processIdentifier)-\(UUID().uuidString)"
        let temporary = cacheDirectory + "/batch.so." + unique
        var files: [String] = []
        defer {
            for file in files { unlink(file) }
            unlink(temporary)
        }
        for member in group {
            let file = member.base + "." + unique + ".swift"
            do {
                // Read by this run's swiftc only, and removed after it (the kept `<key>.swift` is for people): not
                // flushed to disk, which cost about a millisecond per scenario before swiftc could start.
                try AtomicFile.write(member.source, to: file, durable: false)
            } catch {
                let failure = CompileFailure(errors: [
                    "\(cacheDirectory): cannot write the compile cache: \(error.reason)"
                ])
                return group.map { ($0.base, .failure(failure)) }
            }
            files.append(file)
            link(file, member.base + ".swift")  // only when missing, as for a single compile
        }
        let output = await ChildProcess.run(
            executable: swiftc, arguments: flags + files + ["-o", temporary], timeout: timeout, outputLimit: 1 << 20)
        if case .success(let child) = output, case .exited(0) = child.termination {
            do {
                try CompiledLibraryEntry.install(temporary, as: group.map { $0.base + ".so" })
                return group.map { ($0.base, .success($0.base + ".so")) }
            } catch {
                let failure = CompileFailure(errors: [
                    "\(cacheDirectory): cannot write the compile cache: \(error.reason)"
                ])
                return group.map { ($0.base, .failure(failure)) }
            }
        }
        // Which scenarios the errors name; without any (a killed or timed-out compiler, a full disk), each alone.
        var named: [PendingScenario] = []
        if case .success(let child) = output, case .exited = child.termination {
            let errorLines = String(decoding: child.standardError, as: UTF8.self).nonEmptyLines
                .filter { $0.contains(": error: ") }
            named = group.filter { member in errorLines.contains { member.scenario.covers(errorLine: $0) } }
        }
        let rest = named.isEmpty ? [] : group.filter { member in !named.contains { $0.base == member.base } }
        var results: [(String, Result<String, CompileFailure>)] = []
        for member in named.isEmpty ? group : named {
            results.append(
                (member.base, await compileAlone(source: member.source, base: member.base, scenario: member.scenario)))
        }
        if !rest.isEmpty { results += await compileTogether(rest) }
        return results
    }
}

/// A scenario a build must compile: its generated source (entry point named by its key), its cache entry's path
/// without extension, and the places in the caller's list that asked for it.
struct PendingScenario: Sendable {
    var scenario: ScenarioSource
    var source: String
    var base: String
    var indices: [Int]
    var repaired: String?

    /// The cache key (the last component of `base`).
    var key: String { (base as NSString).lastPathComponent }
}

extension ScenarioSource {
    /// True when a compiler's `FILE:LINE:COL: error: …` line points into this scenario (its file, its lines).
    func covers(errorLine: String) -> Bool {
        guard errorLine.hasPrefix(path + ":") else { return false }
        let number = errorLine.dropFirst(path.count + 1).prefix { $0.isNumber }
        guard let line = Int(number) else { return false }
        let count = text.split(separator: "\n", omittingEmptySubsequences: false).count
        return line >= compiledFirstLine && line < compiledFirstLine + count
    }
}
