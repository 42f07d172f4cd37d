import DocGenModel
import DocGenParse
import DocGenRun
import DocGenSite
import DocGenVerify
import Foundation
import Threading

/// Sequences the stages: Parse → Map → Execute → (Verify) → Render, and writes the site only when everything
/// succeeded, so a failed build leaves the previous site as it was.
package struct SiteBuilder: Sendable {
    package var executor: CellExecutor
    /// Plug-ins adding badges and blocks to cells, applied in order; by default only the explored outputs.
    package var decorators: [any CellDecorator]
    /// The folder of CPython recordings (`<page>/<cell>.txt`, `docgen fidelity --record`) that the outputs of cells
    /// searched exhaustively are checked against and shown with.
    package var recordings: String

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
    package func plan(_ contentFolder: String, progress: (any BuildProgress)? = nil) async throws(BuildError) -> (
        documents: [Document], cells: [MappedCell]
    ) {
        let documents: [Document]
        do { documents = try ContentLoader.load(contentFolder) } catch { throw .content(error) }
        do {
            var translator = Translator(cacheDirectory: executor.settings.cacheDirectory)
            translator.progress = progress
            return (documents, try await CellMapper.map(documents, contentFolder: contentFolder, translator: translator))
        } catch {
            throw .map(error)
        }
    }

    /// Parses, maps and runs every cell of `options.contentFolder`, records snapshots with `options.record`, renders
    /// and writes the site. `progress` is told how many cells are translated, compiled, run and explored, and as each
    /// is done; the report says how many were, and where the time went.
    ///
    /// - Throws: `BuildError`, listing every problem of the failing stage; the output folder is then unchanged.
    package func build(
        _ options: BuildOptions, progress: (any BuildProgress)? = nil
    ) async throws(BuildError) -> BuildReport {
        let started = ContinuousClock.now
        let tally = StageTally(next: progress)
        do { try SiteWriter.checkDestination(options.outputFolder) } catch { throw .render(error) }
        let (documents, mapped) = try await plan(options.contentFolder, progress: tally)
        FreedMemory.release()  // the parse's converted blocks, now merged into the documents
        let jobs = mapped.map(CellJob.init)
        var report = BuildReport(pages: documents.count, cells: mapped.count)
        let planned = ContinuousClock.now

        let executions = await executor.execute(jobs, useCache: !options.record, progress: tally)
        report.executed = executions.filter { !$0.cached }.count
        report.compiled = executions.filter(\.compiled).count
        report.explored = executions.filter(\.explored).count
        report.translated = tally.done(.translating)
        let executed = ContinuousClock.now
        gatherCosts(mapped)
        if options.record {
            let second = await executor.execute(jobs.map(\.withoutExploration), useCache: false)
            report.executed += second.count
            let store = SnapshotStore(root: options.snapshotFolder)
            var removed: [String] = []
            report.recorded = try record(executions, second, mapped: mapped, store: store, removedLeftovers: &removed)
            report.warnings += removed.map { "\($0): deleted a temporary file an interrupted write had left" }
        }

        let files = Dictionary(documents.map { ($0.page, $0.sourcePath) }, uniquingKeysWith: { first, _ in first })
        report.warnings += documents.flatMap(\.warnings)
        report.warnings += Self.executionWarnings(mapped, executions, files: files)
        let checks = modelChecks(mapped, executions)
        let failed = Self.failedCells(mapped, executions, files: files)
            + Self.modelFailures(mapped, checks: checks, files: files)
        if !failed.isEmpty {
            guard options.allowErrors else { throw .cellsFailed(failed) }
            report.warnings += failed.map(\.description)
            report.failedCells = failed
        }

        let pages = pageViews(
            documents, mapped: mapped, executions: executions, checks: checks, contentFolder: options.contentFolder)
        try writeSite(pages, documents, options, report: &report)
        report.timings = [
            StageTime("plan", StageTime.seconds(planned - started), "translating \(tally.timing(.translating))"),
            StageTime(
                "execute", StageTime.seconds(executed - planned),
                [BuildStage.compiling, .running, .exploring].map { "\($0.rawValue) \(tally.timing($0))" }
                    .joined(separator: "; ")),
            StageTime(
                "render", StageTime.seconds(ContinuousClock.now - executed),
                "\(report.pagesRendered) of \(documents.count) page(s) rendered, \(report.filesWritten) file(s) written, "
                    + String(format: "%.2f s of it for the pages' keys", report.keySeconds)),
            StageTime("total", StageTime.seconds(ContinuousClock.now - started)),
        ]
        return report
    }

    /// Renders the site into a draft of the output folder, one file at a time (the site is never held in memory whole),
    /// copies the files pages link to, and puts the files whose bytes changed in place (`SiteDraft`); on any error or a
    /// cancelled build the draft is deleted and the output folder is left as it was.
    private func writeSite(
        _ pages: [PageView], _ documents: [Document], _ options: BuildOptions, report: inout BuildReport
    ) throws(BuildError) {
        let sources = Dictionary(documents.map { ($0.page, $0.sourcePath) }, uniquingKeysWith: { first, _ in first })
        let cache = executor.settings.cacheDirectory
        var draft: SiteDraft
        do {
            draft = try SiteWriter.begin(options.outputFolder, marker: SiteRenderer.marker, manifestFolder: cache)
        } catch {
            throw .render(error)
        }
        defer { draft.discard() }  // deletes the draft unless it was installed
        let markdown = { (page: String) in sources[page].flatMap(Self.markdownSource) }
        // Without a cache folder there is nowhere to keep what a build wrote: every page is rendered.
        let keying = ContinuousClock.now
        let keys = cache == nil ? [:] : PageKeys.keys(pages, markdown: markdown, renderer: RendererIdentity.current)
        report.keySeconds = StageTime.seconds(ContinuousClock.now - keying)
        do {
            report.pagesRendered = try SiteRenderer.write(pages, markdown: markdown, to: &draft, keys: keys)
        } catch {
            throw .render(error)
        }
        report.warnings += PageWeight.warnings(pages, sizes: draft.sizes, sources: sources)
        let linked = LinkedFiles(documents, contentFolder: options.contentFolder, generated: draft.paths)
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
