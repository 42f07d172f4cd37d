import Foundation
import Threading

/// Sequences the stages: Parse → Map → Execute → (Verify) → Render, and writes the site only when everything
/// succeeded, so a failed build leaves the previous site as it was.
public struct SiteBuilder: Sendable {
    public var scenarios: [ScenarioReference]
    public var executor: CellExecutor
    public var decorators: [any CellDecorator]
    public var highlighterFolder: String

    public init(
        scenarios: [ScenarioReference], executor: CellExecutor, decorators: [any CellDecorator] = [],
        highlighterFolder: String = HighlighterAssets.defaultFolder
    ) {
        self.scenarios = scenarios
        self.executor = executor
        self.decorators = decorators
        self.highlighterFolder = highlighterFolder
    }

    /// Parses and maps the content folder.
    public func plan(_ contentFolder: String) throws(BuildError) -> (documents: [Document], cells: [MappedCell]) {
        let documents = try ContentLoader.load(contentFolder)
        do {
            return (documents, try CellMapper.map(documents, scenarios: scenarios))
        } catch {
            throw .map(error)
        }
    }

    public func build(
        _ options: BuildOptions, progress: (@Sendable (CellExecution) -> Void)? = nil
    ) async throws(BuildError) -> BuildReport {
        let highlighter: HighlighterAssets
        do { highlighter = try HighlighterAssets.load(from: highlighterFolder) } catch { throw .render(error) }
        let (documents, mapped) = try plan(options.contentFolder)
        let jobs = mapped.map(CellJob.init)
        var report = BuildReport(pages: documents.count, cells: mapped.count)

        let executions = await executor.execute(jobs, useCache: !options.record, progress: progress)
        report.executed = executions.filter { !$0.cached }.count
        if options.record {
            let second = await executor.execute(jobs.map(\.withoutExploration), useCache: false)
            report.executed += second.count
            report.recorded = try record(
                executions, second, mapped: mapped,
                store: SnapshotStore(
                    root:
                        options.snapshotFolder))
        }

        var failed: [FailedCell] = []
        for (cell, execution) in zip(mapped, executions) {
            let document = documents.first { $0.page == cell.page }!
            report.warnings += execution.warnings.map {
                "\(document.sourcePath):\(cell.cell.line): cell \(cell.id): \($0)"
            }
            if let expected = cell.cell.options.expect, execution.run.failureReason == nil {
                let reason =
                    "completed, but its option expect=\(expected.rawValue) says it should not; fix the "
                    + "scenario or remove the option"
                failed.append(FailedCell(file: document.sourcePath, line: cell.cell.line, id: cell.id, reason: reason))
            } else if execution.run.isUnexpectedFailure(expected: cell.cell.options.expect) {
                failed.append(
                    FailedCell(
                        file: document.sourcePath, line: cell.cell.line, id: cell.id,
                        reason: execution.run.failureReason ?? "failed"))
            }
        }
        if !failed.isEmpty {
            guard options.allowErrors else { throw .cellsFailed(failed) }
            report.warnings += failed.map(\.description)
        }

        let pages = pageViews(documents, mapped: mapped, executions: executions)
        let issues = SiteRenderer.brokenLinks(
            in: pages,
            contentFiles: ContentLoader.otherFiles(
                in:
                    options.contentFolder))
        if options.strict, !issues.isEmpty { throw .render(.brokenLinks(issues)) }
        report.warnings += issues.map(\.description)
        do {
            try SiteWriter.write(SiteRenderer.render(pages, highlighter: highlighter), to: options.outputFolder)
        } catch {
            throw .render(error)
        }
        return report
    }

    /// Builds the views of every page, letting each decorator add badges and extra blocks.
    func pageViews(_ documents: [Document], mapped: [MappedCell], executions: [CellExecution]) -> [PageView] {
        var views: [String: [String: CellView]] = [:]
        for (cell, execution) in zip(mapped, executions) {
            let source =
                FileManager.default.contents(atPath: cell.scenario.sourcePath)
                .map { String(decoding: $0, as: UTF8.self) } ?? "// \(cell.scenario.sourcePath) could not be read\n"
            var view = CellView(
                cell: cell.cell, scenarioID: cell.id,
                swiftPath: Self.displayPath(
                    cell.scenario.sourcePath), swiftSource: source, run: execution.run, warnings: execution.warnings,
                extraHTML: execution.exploration.map { [ExplorationHTML.fragment($0, scenarioID: cell.id)] } ?? [])
            for decorator in decorators {
                let decoration = decorator.decorate(view)
                view.badges += decoration.badges
                view.extraHTML += decoration.extraHTML
            }
            views[cell.page, default: [:]][cell.cell.id] = view
        }
        return documents.map { PageView(document: $0, cells: views[$0.page] ?? [:]) }
    }

    /// Writes snapshots once both runs of every cell agree; otherwise writes none and reports every problem.
    func record(_ first: [CellExecution], _ second: [CellExecution], mapped: [MappedCell], store: SnapshotStore)
        throws(BuildError) -> Int
    {
        var errors: [VerifyError] = []
        var texts: [(String, String)] = []
        for (cell, (one, two)) in zip(mapped, zip(first, second)) {
            let expected = cell.cell.options.expect
            if one.run.result == nil, two.run.result == nil, !one.run.isUnexpectedFailure(expected: expected) {
                continue  // fails as its expect= option says and leaves no transcript: nothing to record
            }
            guard let resultOne = one.run.result, let resultTwo = two.run.result else {
                let reason = (one.run.result == nil ? one : two).run.failureReason ?? "failed"
                errors.append(.unrecordable(id: one.job.id, reason: reason))
                continue
            }
            let textOne = TranscriptFormat.encode(resultOne)
            let textTwo = TranscriptFormat.encode(resultTwo)
            guard textOne == textTwo else {
                errors.append(.notDeterministic(id: one.job.id, first: textOne, second: textTwo))
                continue
            }
            texts.append((one.job.id, textOne))
        }
        guard errors.isEmpty else { throw .verify(errors) }
        do {
            for (id, text) in texts { try store.write(text, for: id) }
        } catch {
            throw .verify([error])
        }
        return texts.count
    }

    /// `…/Sources/Scenarios/Tutorial/Daemon.swift` → `Sources/Scenarios/Tutorial/Daemon.swift`, so pages do not
    /// depend on where the checkout lives.
    public static func displayPath(_ path: String) -> String {
        if let range = path.range(of: "/Sources/") { return String(path[path.index(after: range.lowerBound)...]) }
        return (path as NSString).lastPathComponent
    }
}
