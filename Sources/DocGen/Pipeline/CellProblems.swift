import DocGenModel
import DocGenRun

/// What went wrong with a build's cells, each located in its page's Markdown file: runs that failed other than their
/// `expect=` option says, and the runs' non-fatal warnings.
enum CellProblems {
    /// Cells whose run failed other than their `expect=` option says, or did not fail although it says they should.
    static func failures(_ mapped: [MappedCell], _ executions: [CellExecution], in plan: Plan) -> [FailedCell] {
        var failed: [FailedCell] = []
        for (cell, execution) in zip(mapped, executions) {
            let file = plan.sourcePath(of: cell.page)
            let expected = cell.cell.options.expect
            if let expected, execution.run.failureReason == nil {
                let reason =
                    "completed, but its option expect=\(expected.rawValue) says it should not; fix the "
                    + "scenario or remove the option"
                failed.append(FailedCell(file: file, line: cell.cell.line, id: cell.id, reason: reason))
            } else if execution.run.isUnexpectedFailure(expected: expected) {
                let reason = execution.run.failureReason ?? "failed"
                failed.append(
                    FailedCell(
                        file: file, line: cell.cell.line, id: cell.id, reason: reason,
                        reasonIsLocated: execution.run.failureIsLocated))
            }
        }
        return failed
    }

    /// The executions' non-fatal warnings, each prefixed with the cell's file, line and id.
    static func warnings(_ mapped: [MappedCell], _ executions: [CellExecution], in plan: Plan) -> [String] {
        zip(mapped, executions).flatMap { cell, execution in
            execution.warnings.map { "\(plan.sourcePath(of: cell.page)):\(cell.cell.line): cell \(cell.id): \($0)" }
        }
    }
}
