import DocGenModel
import Foundation
@_spi(Harness) import Threading

/// Execute stage: compiles each cell's scenario (`ScenarioCompiler`, cached) and runs it as its own child process
/// would (`docgen run ID --tagged --library L`), `jobs` at a time, reusing cached transcripts when nothing changed.
/// With `docgen-cell` beside docgen, cells run in a few cell workers (`CellWorkerPool`) instead of a process each.
package struct CellExecutor: Sendable {
    package var settings: ExecutionSettings

    package init(settings: ExecutionSettings) {
        self.settings = settings
    }

    /// Runs `jobs` and returns their executions in the same order. `useCache: false` always executes (and refreshes
    /// the cache). `progress` is told how many scenarios are compiled, cells run and explored, and as each is done.
    ///
    /// `deferring`: each execution also carries the digests of its cached transcript and exploration texts
    /// (`CellExecution.transcriptDigest`, `.explorationDigest`), and an exploration taken from the cache is left
    /// undecoded (`CellExecution.explorationJSON`): a build whose page needs no more than a cell's cached rendering
    /// (`CellFragment`) never decodes it.
    ///
    /// `costs`: each executed cell's cost goes there (for `CostTable.gather`) instead of to its cost file
    /// (`CostTable.store`, for shards).
    package func execute(
        _ jobs: [CellJob], useCache: Bool = true, progress: (any BuildProgress)? = nil, deferring: Bool = false,
        costs: CostTable.Ledger? = nil
    ) async -> [CellExecution] {
        let cache = resultCache
        // Each job's key and cached run, made and read once (the key hashes the whole generated scenario), and the
        // execution of each job the cache holds whole, on every core: a rebuild of thousands of cached cells spends
        // most of this stage here, and a task per cell would cost more than reading its entries.
        let found = await ParallelChunks.map(jobs, jobs: settings.jobs) { job -> CacheLookup in
            guard job.usesResultCache, let cache else { return CacheLookup() }
            let key = cache.key(for: job)
            guard useCache, job.scenario.translationFailure == nil,
                let run = cache.lookupWithText(job, key: key)
            else { return CacheLookup(key: key) }
            let whole = cachedExecution(job, run: run, cache: cache, key: key, deferring: deferring)
            return CacheLookup(key: key, run: run, execution: whole)
        }
        let running = jobs.indices.filter { index in
            // A translation failure fails without a compile or a run.
            jobs[index].scenario.translationFailure == nil && found[index].run == nil
        }
        let precompiled = await compileTogether(running.map { jobs[$0] }, at: running, progress: progress)
        progress?.expect(running.count, .running)
        let counted = Set(running)
        let workers = running.isEmpty ? nil : workerPool()
        defer { workers?.shutDown() }
        let pending = jobs.indices.filter { found[$0].execution == nil }
        let executed = await ParallelMap.map(pending, jobs: settings.jobs) { index in
            await execute(
                jobs[index], cache: cache, key: found[index].key, cachedRun: found[index].run, useCache: useCache,
                precompiled: precompiled[index], progress: progress, counted: counted.contains(index),
                deferring: deferring, workers: workers, costs: costs)
        }
        var executions = found.map(\.execution)
        for (index, execution) in zip(pending, executed) { executions[index] = execution }
        return executions.map { $0! }
    }

    /// What the cache holds for one job: its key (nil: not cached), its run, and its whole execution when the cache
    /// holds all of it (`cachedExecution`).
    private struct CacheLookup: Sendable {
        var key: String?
        var run: (result: RunResult, text: String)?
        var execution: CellExecution?
    }

    /// The execution of `job` whose run the cache holds (`run`, read under `key`), when its exploration (if it asks
    /// for one) is in the cache too: what `execute(_:cache:key:cachedRun:…)` gives for it, made without a library or
    /// a task of its own. Nil when something must run.
    private func cachedExecution(
        _ job: CellJob, run: (result: RunResult, text: String), cache: ResultCache, key: String, deferring: Bool
    ) -> CellExecution? {
        var execution = Self.execution(job, cachedRun: run, deferring: deferring)
        guard let plan = job.exploration(after: execution.run) else { return execution }
        guard let attempt = cachedExploration(job, plan: plan, cache: cache, key: key, deferring: deferring) else {
            return nil
        }
        record(attempt, of: plan, in: &execution, deferring: deferring)
        return execution
    }

    /// The cell workers of one execution, when cells run in `docgen-cell` and the settings allow workers.
    func workerPool() -> CellWorkerPool? {
        guard settings.usesWorkers, let executable = settings.command.cellExecutable else { return nil }
        return CellWorkerPool(executable: executable)
    }

    /// The output of the child that runs the `CellChildRequest` `arguments` for `job`: in one of `workers` (there are
    /// some only when cells run in `docgen-cell`, `workerPool()`) when the cell has a library, else in a process of
    /// its own.
    private func child(
        _ job: CellJob, arguments: [String], library: String?, outputLimit: Int, workers: CellWorkerPool?
    ) async -> Result<ChildOutput, CellFailure> {
        let timeout = job.timeout ?? settings.timeout
        if let workers, library != nil {
            return await workers.run(
                arguments: arguments, timeout: timeout, outputLimit: outputLimit, lineOffset: job.scenario.lineOffset)
        }
        return await ChildProcess.run(
            executable: settings.command.executable(library: library), arguments: arguments, timeout: timeout,
            outputLimit: outputLimit, lineOffset: job.scenario.lineOffset)
    }

    /// The compilations of `jobs` (those that will run: their result is not cached), done together
    /// (`ScenarioCompiler.compile(_:jobs:)`), by `indices` (the jobs' index among all); the others compile on first
    /// need.
    private func compileTogether(_ jobs: [CellJob], at indices: [Int], progress: (any BuildProgress)?) async
        -> [Int: Compilation]
    {
        guard let compiler = settings.compiler, jobs.count > 1 else { return [:] }
        let compilations = await compiler.compile(jobs.map(\.scenario), jobs: settings.jobs, progress: progress)
        return Dictionary(uniqueKeysWithValues: zip(indices, compilations))
    }

    /// The key `job`'s results are cached under (its scenario source, options and the runtime), `nil` without a
    /// cache.
    package func cacheKey(of job: CellJob) -> String? {
        resultCache?.key(for: job)
    }

    var resultCache: ResultCache? {
        settings.cacheDirectory.map {
            ResultCache(directory: $0, runtimeIdentity: settings.runtimeIdentity, defaults: settings.cacheDefaults)
        }
    }

    /// Runs one job now, or takes it from the cache (`cachedRun`, read under `key`); then its exploration, if it asks
    /// for one. `key` is the job's result-cache key (nil: not cached). `counted`: the job is among those `progress`
    /// was told are run. Its cost goes to `costs`, or without one to its cost file.
    func execute(
        _ job: CellJob, cache: ResultCache?, key: String?, cachedRun: (result: RunResult, text: String)?,
        useCache: Bool, precompiled: Compilation? = nil, progress: (any BuildProgress)? = nil, counted: Bool = false,
        deferring: Bool = false, workers: CellWorkerPool? = nil, costs: CostTable.Ledger? = nil
    ) async -> CellExecution {
        let start = ContinuousClock.now
        let cache = key == nil ? nil : cache
        let library = LazyLibrary(
            compiler: settings.compiler, scenario: job.scenario, precompiled: precompiled, progress: progress)
        var execution = await run(
            job, cachedRun: cachedRun, cache: cache, key: key, library: library, deferring: deferring, workers: workers)
        if counted { progress?.finish(1, .running) }
        if let plan = job.exploration(after: execution.run) {
            let attempt = await explore(
                job, plan: plan, cache: cache, key: key, useCache: useCache, library: library, progress: progress,
                deferring: deferring, workers: workers)
            record(attempt, of: plan, in: &execution, deferring: deferring)
        }
        execution.compiled = await library.compiled
        if let repaired = await library.repaired { execution.warnings.append(repaired) }
        if !execution.cached, let directory = settings.cacheDirectory {
            let elapsed = (ContinuousClock.now - start).components
            let seconds = Double(elapsed.seconds) + Double(elapsed.attoseconds) * 1e-18
            if let costs {
                costs.record(seconds, id: job.id)
            } else {
                CostTable.store(seconds, id: job.id, cacheDirectory: directory)
            }
        }
        return execution
    }

    /// The execution of `job` whose run the cache holds (`cachedRun`), before any exploration: with the digest of its
    /// transcript when `deferring`.
    private static func execution(
        _ job: CellJob, cachedRun: (result: RunResult, text: String), deferring: Bool
    ) -> CellExecution {
        var execution = CellExecution(job: job, run: .finished(cachedRun.result), cached: true)
        execution.isInCache = true
        if deferring { execution.transcriptDigest = CacheKey.digest(of: Array(cachedRun.text.utf8)) }
        return execution
    }

    /// Puts what asking for the exploration `plan` of `execution`'s cell gave (`attempt`) into `execution`.
    private func record(
        _ attempt: ExplorationAttempt, of plan: ExploreOption, in execution: inout CellExecution, deferring: Bool
    ) {
        execution.explored = attempt.ranNow
        execution.isInCache = execution.isInCache && attempt.isInCache
        switch attempt.outcome {
        case .success(let exploration):
            execution.exploration = exploration
            if deferring, let json = attempt.json {
                execution.explorationDigest = CacheKey.digest(of: Array(json.utf8))
                if exploration == nil { execution.explorationJSON = json }
            }
        case .failure(let failure):
            let what =
                if case .schedules(let runs) = plan { "exploring \(runs) schedules" } else {
                    "exploring every schedule"
                }
            let retry = attempt.fromCache ? " (in an earlier build; not retried until the cell or docgen changes)" : ""
            execution.warnings.append("\(what) failed: \(failure.reason)\(retry)")
        }
    }

    /// `key` is the job's cache key (`nil`: not cached); `cachedRun` its run read from the cache, if any.
    private func run(
        _ job: CellJob, cachedRun: (result: RunResult, text: String)?, cache: ResultCache?, key: String?,
        library: LazyLibrary, deferring: Bool, workers: CellWorkerPool?
    ) async -> CellExecution {
        if let cachedRun { return Self.execution(job, cachedRun: cachedRun, deferring: deferring) }
        let path: String?
        switch await library.path() {
        case .success(let compiled): path = compiled
        case .failure(let failure):
            return CellExecution(
                job: job, run: .failed(CellFailure(noLibrary: failure)), cached: !(await library.compiled))
        }
        let output = await child(
            job, arguments: settings.command.arguments(for: job, library: path), library: path,
            outputLimit: settings.outputLimit, workers: workers)
        switch output {
        case .failure(let failure):
            return CellExecution(job: job, run: .failed(failure))
        case .success(let child):
            let reading = ChildOutputReader.read(child)
            var execution = CellExecution(job: job, run: reading.run, warnings: reading.warnings)
            if let cache, let key, let result = reading.run.result, reading.warnings.isEmpty {
                let text = TranscriptFormat.encode(result)
                execution.isInCache = cache.store(
                    text: text, for: job, key: key,
                    showsPageLines: CellChildRequest.showedPageLines(child.standardError))
                if deferring, execution.isInCache { execution.transcriptDigest = CacheKey.digest(of: Array(text.utf8)) }
            }
            return execution
        }
    }

    /// The exploration from `docgen explore ID --runs N --json` (`plan` `.schedules(N)`) or `docgen explore ID
    /// --exhaustive --max-executions B --json` (`.all`, B the settings' budget), cached like transcripts. A failure
    /// that a rerun would repeat (the child crashed, timed out, printed too much or wrote no exploration) is cached
    /// too, so a build does not spend the cell's time-out on it again until the cell or docgen changes.
    private func explore(
        _ job: CellJob, plan: ExploreOption, cache: ResultCache?, key transcriptKey: String?, useCache: Bool,
        library: LazyLibrary, progress: (any BuildProgress)?, deferring: Bool, workers: CellWorkerPool?
    ) async -> ExplorationAttempt {
        if useCache, let cache, let transcriptKey,
            let attempt = cachedExploration(job, plan: plan, cache: cache, key: transcriptKey, deferring: deferring)
        {
            return attempt
        }
        let key = transcriptKey.map { $0 + Self.explorationSuffix(plan, budget: settings.exhaustiveBudget(for: job)) }
        let path: String?
        switch await library.path() {
        case .success(let compiled): path = compiled
        case .failure(let failure):
            let reason = "\(CellFailure(noLibrary: failure))"
            return ExplorationAttempt(outcome: .failure(ExplorationFailure(reason: reason)), ranNow: false)
        }
        progress?.expect(1, .exploring)
        let outcome = await exploreInChild(job, plan: plan, library: path, workers: workers)
        progress?.finish(1, .exploring)
        var stored = false
        if let cache, let key {
            switch outcome {
            case .success(let explored):
                stored = cache.storeText(
                    explored.json, for: job, key: key, kind: "explore.json", showsPageLines: explored.showsPageLines)
            case .failure(.launchFailed), .failure(.compileFailed):
                break  // the machine's or the compiler's trouble: worth another try
            case .failure(let failure):
                // Its detail may name a line of the page: kept for the cell's place on it.
                stored = cache.storeText(
                    "\(failure)", for: job, key: key, kind: ExplorationAttempt.failureKind, showsPageLines: true)
            }
        }
        return ExplorationAttempt(
            outcome: outcome.map { $0.exploration }.mapError { ExplorationFailure(reason: "\($0)") }, ranNow: true,
            json: try? outcome.get().json, isInCache: stored)
    }

    /// The exploration `plan` of `job` as the cache holds it under the job's result key `key`: its text (left
    /// undecoded when `deferring`), or why it failed; nil when the cache holds neither (or a text that does not
    /// decode).
    private func cachedExploration(
        _ job: CellJob, plan: ExploreOption, cache: ResultCache, key transcriptKey: String, deferring: Bool
    ) -> ExplorationAttempt? {
        let key = transcriptKey + Self.explorationSuffix(plan, budget: settings.exhaustiveBudget(for: job))
        if let json = cache.lookupText(job, key: key, kind: "explore.json") {
            if deferring {
                return ExplorationAttempt(
                    outcome: .success(nil), ranNow: false, json: json, fromCache: true, isInCache: true)
            }
            if let exploration = try? Exploration(json: Data(json.utf8)) {
                return ExplorationAttempt(
                    outcome: .success(exploration), ranNow: false, fromCache: true, isInCache: true)
            }
        }
        if let reason = cache.lookupText(job, key: key, kind: ExplorationAttempt.failureKind) {
            let failure = ExplorationFailure(reason: reason)
            return ExplorationAttempt(outcome: .failure(failure), ranNow: false, fromCache: true, isInCache: true)
        }
        return nil
    }

    /// What an exploration's cache key adds to its cell's result key: the plan (and for an exhaustive one, the
    /// budget of executions).
    private static func explorationSuffix(_ plan: ExploreOption, budget: Int) -> String {
        switch plan {
        case .schedules(let runs): "-explore-\(runs)"
        default: "-exhaustive-\(budget)"
        }
    }

    /// Runs the exploration's child process and reads the exploration it prints (and its JSON text, to cache).
    private func exploreInChild(
        _ job: CellJob, plan: ExploreOption, library path: String?, workers: CellWorkerPool?
    ) async -> Result<(exploration: Exploration, json: String, showsPageLines: Bool), CellFailure> {
        let output = await child(
            job, arguments: arguments(job, plan: plan, library: path), library: path,
            outputLimit: settings.explorationOutputLimit, workers: workers)
        switch output {
        case .failure(let failure):
            return .failure(failure)
        case .success(let child):
            let detail =
                String(decoding: child.standardError, as: UTF8.self)
                .split(separator: "\n").last.map(String.init) ?? ""
            guard case .exited(0) = child.termination else { return .failure(.exited(status: 1, detail: detail)) }
            guard let exploration = try? Exploration(json: Data(child.standardOutput)) else {
                return .failure(.malformedTranscript("the exploration is not valid JSON"))
            }
            return .success(
                (
                    exploration, String(decoding: child.standardOutput, as: UTF8.self),
                    CellChildRequest.showedPageLines(child.standardError)
                ))
        }
    }

    /// The child's arguments for exploring `job` as `plan` says.
    private func arguments(_ job: CellJob, plan: ExploreOption, library: String?) -> [String] {
        switch plan {
        case .schedules(let runs): settings.command.exploreArguments(for: job, runs: runs, library: library)
        default:
            settings.command.exhaustiveArguments(
                for: job, maxExecutions: settings.exhaustiveBudget(for: job), library: library)
        }
    }
}
