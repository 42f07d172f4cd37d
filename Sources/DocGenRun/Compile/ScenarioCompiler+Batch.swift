import DocGenModel
import Foundation

extension ScenarioCompiler {
    /// The compiled library of each of `scenarios`, in order, from the cache or compiled now. The scenarios not in
    /// the cache are dealt into at most `jobs` groups compiled at once, each group by one swiftc run into one library
    /// (a process per scenario costs more than compiling it). When a group does not compile, the scenarios its errors
    /// name are compiled alone (so their errors are theirs, and cached as today) and the others together again.
    /// `progress` is told how many scenarios are compiled, and as each group of them is done.
    package func compile(_ scenarios: [ScenarioSource], jobs: Int, progress: (any BuildProgress)? = nil) async
        -> [Compilation]
    {
        var compilations = [Compilation?](repeating: nil, count: scenarios.count)
        var pending: [String: PendingScenario] = [:]  // by key: equal scenarios compile once
        var order: [String] = []
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
                if let errors = FileManager.default.contents(atPath: base + ".errors") {
                    let failure = CompileFailure(errors: String(decoding: errors, as: UTF8.self).nonEmptyLines)
                    compilations[index] = Compilation(library: .failure(failure), ranCompiler: false)
                    continue
                }
            }
            let source = ScenarioWrapper.source(for: scenario, entry: ScenarioWrapper.entrySymbol(key: key))
            pending[key] = PendingScenario(
                scenario: scenario, source: source, base: base, indices: [index], repaired: repaired)
            order.append(key)
        }
        let groups = Self.deal(order.map { pending[$0]! }, into: jobs)
        progress?.expect(order.count, .compiling)
        let results = await withTaskGroup(of: [(String, Result<String, CompileFailure>)].self) { tasks in
            for group in groups { tasks.addTask { await compileTogether(group) } }
            var all: [String: Result<String, CompileFailure>] = [:]
            for await results in tasks {
                for (base, result) in results { all[base] = result }
                progress?.finish(results.count, .compiling)
            }
            return all
        }
        for key in order {
            let waiting = pending[key]!
            let library =
                results[waiting.base] ?? .failure(CompileFailure(errors: ["\(waiting.scenario.path): not compiled"]))
            for index in waiting.indices {
                compilations[index] = Compilation(library: library, ranCompiler: true, repaired: waiting.repaired)
            }
        }
        return compilations.map { $0! }
    }

    /// `scenarios` in at most `count` groups of nearly equal total length, in their order within each group.
    static func deal(_ scenarios: [PendingScenario], into count: Int) -> [[PendingScenario]] {
        guard !scenarios.isEmpty else { return [] }
        var groups = [[PendingScenario]](repeating: [], count: min(max(count, 1), scenarios.count))
        var sizes = [Int](repeating: 0, count: groups.count)
        for scenario in scenarios.sorted(by: { $0.source.utf8.count > $1.source.utf8.count }) {
            let smallest = sizes.indices.min { sizes[$0] < sizes[$1] }!
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
                try AtomicFile.write(member.source, to: file)
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
}

extension ScenarioSource {
    /// True when a compiler's `FILE:LINE:COL: error: …` line points into this scenario (its file, its lines).
    func covers(errorLine: String) -> Bool {
        guard errorLine.hasPrefix(path + ":") else { return false }
        let number = errorLine.dropFirst(path.count + 1).prefix { $0.isNumber }
        guard let line = Int(number) else { return false }
        let count = text.split(separator: "\n", omittingEmptySubsequences: false).count
        return line >= firstLine && line < firstLine + count
    }
}
