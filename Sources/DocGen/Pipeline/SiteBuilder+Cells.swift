import DocGenModel
import DocGenRun
import DocGenSite
import DocGenVerify
import Foundation

extension SiteBuilder {
    /// Cells whose run failed other than their `expect=` option says, or did not fail although it says they should.
    static func failedCells(_ mapped: [MappedCell], _ executions: [CellExecution], files: [String: String])
        -> [FailedCell]
    {
        var failed: [FailedCell] = []
        for (cell, execution) in zip(mapped, executions) {
            let file = files[cell.page] ?? cell.page
            let expected = cell.cell.options.expect
            if let expected, execution.run.failureReason == nil {
                let reason =
                    "completed, but its option expect=\(expected.rawValue) says it should not; fix the "
                    + "scenario or remove the option"
                failed.append(FailedCell(file: file, line: cell.cell.line, id: cell.id, reason: reason))
            } else if execution.run.isUnexpectedFailure(expected: expected) {
                let reason = execution.run.failureReason ?? "failed"
                failed.append(FailedCell(file: file, line: cell.cell.line, id: cell.id, reason: reason))
            }
        }
        return failed
    }

    /// The executions' non-fatal warnings, each prefixed with the cell's file, line and id.
    static func executionWarnings(_ mapped: [MappedCell], _ executions: [CellExecution], files: [String: String])
        -> [String]
    {
        zip(mapped, executions).flatMap { cell, execution in
            execution.warnings.map { "\(files[cell.page] ?? cell.page):\(cell.cell.line): cell \(cell.id): \($0)" }
        }
    }

    /// Builds the views of every page, letting each decorator add badges and blocks; a cell's view carries its
    /// exploration and, when `checks` has the cell, what CPython printed of its outcomes (`ExplorationDecorator`).
    func pageViews(
        _ documents: [Document], mapped: [MappedCell], executions: [CellExecution], checks: [String: ModelCheck] = [:],
        contentFolder: String
    ) -> [PageView] {
        var views: [String: [String: CellView]] = [:]
        for (cell, execution) in zip(mapped, executions) {
            var view = CellView(
                cell: cell.cell, scenarioID: cell.id,
                swiftPath: Self.displayName(of: cell.scenario, contentFolder: contentFolder),
                swiftSource: cell.scenario.shownText, run: execution.run, warnings: execution.warnings,
                exploration: execution.exploration, modelCheck: checks[cell.id])
            for decorator in decorators {
                let decoration = decorator.decorate(view)
                view.badges += decoration.badges
                view.blocks += decoration.blocks
            }
            views[cell.page, default: [:]][cell.cell.id] = view
        }
        return documents.map { PageView(document: $0, cells: views[$0.page] ?? [:]) }
    }
}
