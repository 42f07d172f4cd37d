import DocGenModel
import DocGenParse
import DocGenRun
import DocGenSite
import DocGenVerify
import Foundation
import Threading

/// The facade the command line calls. Sequences the stages for a build: Parse → Map (`Plan`) → Execute → (Verify) →
/// Render, and writes the site only when everything succeeded, so a failed build leaves the previous site as it was;
/// checking (`SnapshotCheck`), recording (`SnapshotRecorder`), sharding (`ShardBuild`) and loading a program
/// (`ProgramLoader`) are types of their own that start from the same `Plan`.
package struct SiteBuilder: Sendable {
    package var executor: CellExecutor
    /// Plug-ins adding badges and blocks to cells, applied in order; by default only the explored outputs.
    package var decorators: [any CellDecorator]
    /// The folder of CPython recordings (`<page>/<cell>.txt`, `docgen fidelity --record`) that the outputs of cells
    /// searched exhaustively are checked against and shown with.
    package var recordings: String
    /// What changes whenever the code that renders pages may have changed (`RendererIdentity.current`): part of the
    /// keys of kept pages (`PageInputs`) and of cells' kept renderings (`CellFragmentCache`).
    package var rendererIdentity = RendererIdentity.current

    package init(
        executor: CellExecutor, decorators: [any CellDecorator] = [ExplorationDecorator()],
        recordings: String = "Tests/Fidelity"
    ) {
        self.executor = executor
        self.decorators = decorators
        self.recordings = recordings
    }

    /// Parses the content folder and finds each cell's scenario (beside its page, or inline); a cell with neither
    /// gets its Python's translation, cached in the executor's cache folder.
    /// `progress` is told about the translations.
    package func plan(_ contentFolder: String, progress: (any BuildProgress)? = nil) async throws(BuildError) -> Plan {
        try await Plan.make(
            contentFolder: contentFolder, cacheDirectory: executor.settings.cacheDirectory, progress: progress)
    }

    /// Re-executes every cell (ignoring the cache) and compares each transcript with its snapshot; with `shard`,
    /// only that share of the cells (`Shard`), and snapshots of no cell are reported by shard 1 alone.
    package func check(
        contentFolder: String, snapshotFolder: String, missingIsFailure: Bool, shard: Shard? = nil,
        progress: (any BuildProgress)? = nil
    ) async throws(BuildError) -> CheckReport {
        let plan = try await plan(contentFolder, progress: progress)
        return await SnapshotCheck(executor: executor).run(
            plan, snapshotFolder: snapshotFolder, missingIsFailure: missingIsFailure, shard: shard, progress: progress)
    }

    /// Runs the cells of `shard` into the cache and writes nothing else (`ShardBuild`).
    ///
    /// - Throws: `BuildError` when the content does not map, or cells of this share fail (unless `allowErrors`).
    package func buildShard(
        _ shard: Shard, contentFolder: String, allowErrors: Bool, progress: (any BuildProgress)? = nil
    ) async throws(BuildError) -> BuildReport {
        let tally = StageTally(next: progress)
        let plan = try await plan(contentFolder, progress: tally)
        return try await ShardBuild(executor: executor).run(
            plan, shard: shard, allowErrors: allowErrors, progress: tally)
    }

    /// The program of cell `id` (`page/cell`) of `contentFolder`, compiled and loaded (`ProgramLoader`). Every page
    /// is parsed, but only the cell's own page is mapped (its cells' translations read): `docgen run` and
    /// `docgen explore` start sooner.
    ///
    /// - Throws: `ProgramError` naming the cell, or carrying its compile errors.
    package func program(of id: String, contentFolder: String) async throws(ProgramError)
        -> @Sendable () throws -> Void
    {
        let page = id.prefix { $0 != "/" }
        let plan: Plan
        do {
            plan = try await Plan.make(
                contentFolder: contentFolder, cacheDirectory: executor.settings.cacheDirectory,
                keep: { documents in Set(documents.map(\.page).filter { $0 != page }) })
        } catch {
            throw .build(error)
        }
        guard let cell = plan.cell(id) else { throw .unknownCell(id: id, contentFolder: contentFolder) }
        return try await program(of: cell)
    }

    /// The program of `cell`, a cell of a plan already made, compiled and loaded (`ProgramLoader`).
    package func program(of cell: MappedCell) async throws(ProgramError) -> @Sendable () throws -> Void {
        try await ProgramLoader(executor: executor).program(of: cell)
    }

    /// Parses, maps and runs every cell of `options.contentFolder`, records snapshots with `options.record`, renders
    /// and writes the site. A page made from the same inputs as the last build's, whose files are still as that build
    /// left them, is kept as it is without mapping, running, decoding or rendering any of it (`PageInputs`).
    /// `progress` is told how many cells are translated, compiled, run and explored, and as each is done; the report
    /// says how many were, and where the time went.
    ///
    /// - Throws: `BuildError`, listing every problem of the failing stage; the output folder is then unchanged.
    package func build(
        _ options: BuildOptions, progress: (any BuildProgress)? = nil
    ) async throws(BuildError) -> BuildReport {
        let started = ContinuousClock.now
        // Without a cache folder there is nowhere to keep what a build wrote; a recording build always runs.
        let inputs =
            options.record
            ? nil
            : executor.settings.cacheDirectory.flatMap { _ in
                BuildInputs(builder: self, options: options)
            }
        if let inputs, let report = unchangedReport(options, inputs: inputs, started: started) { return report }
        do {
            return try await build(options, progress: progress, keeping: !options.record, inputs: inputs)
        } catch {
            // A kept page's files changed under the build (someone wrote the output folder): build it all again.
            guard case .render(.keptPageChanged) = error else { throw error }
            return try await build(options, progress: progress, keeping: false, inputs: inputs)
        }
    }

    /// What the last build of `options.outputFolder` reported, when it was made from `inputs` (`BuildInputs`) and the
    /// output folder is as it left it (`UnchangedSite`): building again would write the same site.
    private func unchangedReport(_ options: BuildOptions, inputs: BuildInputs, started: ContinuousClock.Instant)
        -> BuildReport?
    {
        guard let cache = executor.settings.cacheDirectory,
            let last = UnchangedSite.matching(inputs.key, output: options.outputFolder, in: cache)
        else { return nil }
        var report = BuildReport(pages: last.pages, cells: last.cells, warnings: last.warnings)
        report.pagesKept = last.pages
        report.timings = [
            StageTime(
                "check", StageTime.seconds(ContinuousClock.now - started),
                "nothing changed: every input and output file is as the last build left them"),
            StageTime("total", StageTime.seconds(ContinuousClock.now - started)),
        ]
        return report
    }

    private func build(
        _ options: BuildOptions, progress: (any BuildProgress)?, keeping: Bool, inputs buildInputs: BuildInputs?
    ) async throws(BuildError) -> BuildReport {
        let started = ContinuousClock.now
        let tally = StageTally(next: progress)
        do { try SiteWriter.checkDestination(options.outputFolder) } catch { throw .render(error) }
        let cache = executor.settings.cacheDirectory
        let inputs = PageInputs(builder: self, contentFolder: options.contentFolder)
        var keys: [String: String] = [:]
        var inputSeconds = 0.0
        let compiler = executor.settings.compiler
        var warming: Task<Void, Never>?
        let plan: Plan
        do throws(BuildError) {
            plan = try await Plan.make(contentFolder: options.contentFolder, cacheDirectory: cache, progress: tally) {
                documents in
                var kept: Set<String> = []
                // Without a cache folder there is nowhere to keep what a build wrote: every page is made.
                if cache != nil {
                    let reading = ContinuousClock.now
                    keys = inputs.keys(documents)
                    inputSeconds = StageTime.seconds(ContinuousClock.now - reading)
                    kept = keeping ? SiteWriter.keptPages(options.outputFolder, manifestFolder: cache, keys: keys) : []
                }
                // Cells to map into a cache folder that never compiled: swiftc's module cache is built while they
                // are translated (`ScenarioCompiler.warmModuleCache`).
                if let compiler, compiler.lacksModuleCache,
                    documents.contains(where: { !$0.cells.isEmpty && !kept.contains($0.page) })
                {
                    warming = Task { await compiler.warmModuleCache() }
                }
                return kept
            }
        } catch {
            warming?.cancel()
            await warming?.value
            throw error
        }
        FreedMemory.release()  // the parse's converted blocks, now merged into the documents
        let mapped = plan.cells
        let jobs = mapped.map(CellJob.init)
        var report = BuildReport(pages: plan.documents.count, cells: plan.documents.reduce(0) { $0 + $1.cells.count })
        report.pagesKept = plan.kept.count
        report.cellsLoaded = mapped.count
        report.inputSeconds = inputSeconds
        let planned = ContinuousClock.now

        let costs = CostTable.Ledger()
        var executions = await executor.execute(
            jobs, useCache: !options.record, progress: tally, deferring: cache != nil, costs: costs)
        // Long done when anything was compiled; otherwise not needed (a killed warm-up leaves no partial module).
        warming?.cancel()
        await warming?.value
        let fragments = await spliceFragments(mapped, &executions, progress: tally)
        report.executed = executions.filter { !$0.cached }.count
        report.compiled = executions.filter(\.compiled).count
        report.explored = executions.filter(\.explored).count
        report.translated = tally.done(.translating)
        let executed = ContinuousClock.now
        executor.gatherCosts(
            of: plan.documents.flatMap { page in page.cells.map { "\(page.page)/\($0.id)" } },
            loaded: Set(mapped.map(\.id)), measured: costs)
        if options.record {
            let second = await executor.execute(jobs.map(\.withoutExploration), useCache: false)
            report.executed += second.count
            let recorder = SnapshotRecorder(store: SnapshotStore(root: options.snapshotFolder))
            var removed: [String] = []
            report.recorded = try recorder.record(executions, second, mapped: mapped, removedLeftovers: &removed)
            report.warnings += removed.map { "\($0): deleted a temporary file an interrupted write had left" }
        }

        report.warnings += plan.documents.flatMap(\.warnings)
        report.warnings += CellProblems.warnings(mapped, executions, in: plan)
        let checks = ModelChecking(recordings: recordings).checks(mapped, executions)
        let failed =
            CellProblems.failures(mapped, executions, in: plan)
            + ModelChecking.failures(mapped, checks: checks, kept: fragments.checkFailures, in: plan)
        if !failed.isEmpty {
            guard options.allowErrors else { throw .cellsFailed(failed) }
            report.warnings += failed.map(\.description)
            report.failedCells = failed
        }

        let pages = pageViews(
            plan, executions: executions, checks: checks, fragments: fragments, contentFolder: options.contentFolder)
        let unkeyed = Self.pagesNotFromCache(mapped, executions, failed: failed)
        let store = fragments.cache.map { cache in
            let failures = ModelChecking.failureReasons(checks)
            return { (view: CellView, key: String, fragment: CellFragment) in
                cache.store(view.scenarioID, key: key, fragment: fragment, checkFailure: failures[view.scenarioID])
            }
        }
        // A site every page of which is made from its inputs alone is the one the same inputs make again.
        let whole = buildInputs.flatMap { buildInputs in
            unkeyed.isEmpty && plan.documents.allSatisfy { keys[$0.page] != nil } ? buildInputs : nil
        }
        try writeSite(
            pages, plan, options, keys: keys.filter { !unkeyed.contains($0.key) }, fragments: store, inputs: whole,
            report: &report)
        report.timings = [
            StageTime(
                "plan", StageTime.seconds(planned - started),
                "translating \(tally.timing(.translating)); \(plan.kept.count) of \(plan.documents.count) page(s) kept, "
                    + String(format: "%.2f s of it reading what pages are made from", inputSeconds)),
            StageTime(
                "execute", StageTime.seconds(executed - planned),
                (["\(mapped.count) cell(s) loaded"]
                    + [BuildStage.compiling, .running, .exploring].map { "\($0.rawValue) \(tally.timing($0))" })
                    .joined(separator: "; ")),
            StageTime(
                "render", StageTime.seconds(ContinuousClock.now - executed),
                "\(report.pagesRendered) of \(plan.documents.count) page(s) rendered, \(report.filesWritten) file(s) written"
                    + (mapped.isEmpty ? "" : "; \(fragments.spliced.count) cell(s) spliced from their kept rendering")
            ),
            StageTime("total", StageTime.seconds(ContinuousClock.now - started)),
        ]
        return report
    }

    /// The pages with a cell that does not show what the result cache holds under the keys of its inputs (a cell marked
    /// `cache=off`, one whose result could not be cached), or that has a warning or failed: made again from the same
    /// inputs, they might differ, so they get no key (`PageInputs`) and are made again by every build. The others,
    /// pages without cells included, would be the same.
    static func pagesNotFromCache(_ mapped: [MappedCell], _ executions: [CellExecution], failed: [FailedCell])
        -> Set<String>
    {
        let failedIDs = Set(failed.map(\.id))
        var pages: Set<String> = []
        for (cell, execution) in zip(mapped, executions) {
            let fromCache =
                execution.job.usesResultCache && execution.isInCache && execution.warnings.isEmpty
                && !failedIDs.contains(cell.id)
            if !fromCache { pages.insert(cell.page) }
        }
        return pages
    }

    /// Renders the site into a draft of the output folder, one file at a time (the site is never held in memory whole),
    /// copies the files pages link to, and puts the files whose bytes changed in place (`SiteDraft`); on any error or a
    /// cancelled build the draft is deleted and the output folder is left as it was. A page with a key in `keys` whose
    /// files were last written from that key is left as it is.
    private func writeSite(
        _ pages: [PageView], _ plan: Plan, _ options: BuildOptions, keys: [String: String],
        fragments: CellFragment.Sink?, inputs: BuildInputs?, report: inout BuildReport
    ) throws(BuildError) {
        let sources = plan.sourcePaths
        let cache = executor.settings.cacheDirectory
        var draft: SiteDraft
        do {
            draft = try SiteWriter.begin(options.outputFolder, marker: SiteRenderer.marker, manifestFolder: cache)
        } catch {
            throw .render(error)
        }
        defer { draft.discard() }  // deletes the draft unless it was installed
        let markdown = { (page: String) in sources[page].flatMap(Self.markdownSource) }
        do {
            report.pagesRendered = try SiteRenderer.write(
                pages, markdown: markdown, to: &draft, keys: keys, fragments: fragments)
        } catch {
            throw .render(error)
        }
        report.warnings += PageWeight.warnings(pages, sizes: draft.sizes, sources: sources)
        let linked = LinkedFiles(plan.documents, contentFolder: options.contentFolder, generated: draft.paths)
        let issues = linked.issues + SiteRenderer.brokenLinks(in: pages, contentFiles: linked.handled)
        if options.strict, !issues.isEmpty { throw .render(.brokenLinks(issues)) }
        report.warnings += issues.map(\.description)
        do {
            try linked.copy(to: &draft, output: options.outputFolder)
        } catch {
            throw .render(error)
        }
        // Cells of a cancelled build (Ctrl-C in `docgen serve`) were killed: their results must not become the site.
        guard !Task.isCancelled else { throw .interrupted }
        // Recorded only when no input was written while the build read them (it may have read other bytes).
        if let inputs, inputs.isUnchanged {
            draft.unchanged = UnchangedSite(
                inputs: inputs.key, pages: report.pages, cells: report.cells, warnings: report.warnings)
        }
        do {
            let changes = try draft.install()
            report.filesWritten = changes.written.count
            report.filesRemoved = changes.removed.count
        } catch {
            throw .render(error)
        }
    }

    /// A page's Markdown source (for its notebook's Markdown cells); nil when the file cannot be read.
    static func markdownSource(_ path: String) -> String? {
        try? String(contentsOfFile: path, encoding: .utf8)
    }

    /// How a page names a scenario: from the content folder's own name on (`content/page/cell.swift`,
    /// `content/page.md:12` for a block in the page), so pages do not depend on where the project lives.
    package static func displayName(of scenario: ScenarioSource, contentFolder: String) -> String {
        var folder = contentFolder
        while folder.count > 1, folder.hasSuffix("/") { folder.removeLast() }
        let name = (folder as NSString).lastPathComponent
        guard scenario.path.hasPrefix(folder + "/") else { return scenario.displayName }
        let relative = name + "/" + scenario.path.dropFirst(folder.count + 1)
        if scenario.isTranslated { return "\(relative):\(scenario.firstLine) (translated)" }
        return scenario.isInline ? "\(relative):\(scenario.firstLine)" : relative
    }
}
