import DocGenModel
import DocGenRun
import DocGenSite
import DocGenVerify

extension SiteBuilder {
    /// Builds the views of every page, letting each decorator add badges and blocks; a cell's view carries its
    /// exploration and, when `checks` has the cell, what CPython printed of its outcomes (`ExplorationDecorator`).
    /// A cell in `fragments.spliced` carries its kept rendering instead (no decorator sees it); one in
    /// `fragments.keys` the key its rendering is kept under.
    func pageViews(
        _ plan: Plan, executions: [CellExecution], checks: [String: ModelCheck] = [:],
        fragments: SplicedFragments = SplicedFragments(), contentFolder: String
    ) -> [PageView] {
        var views: [String: [String: CellView]] = [:]
        for (cell, execution) in zip(plan.cells, executions) {
            var view = CellView(
                cell: cell.cell, scenarioID: cell.id,
                swiftPath: Self.displayName(of: cell.scenario, contentFolder: contentFolder),
                swiftSource: cell.scenario.shownText, run: execution.run, warnings: execution.warnings,
                exploration: execution.exploration, modelCheck: checks[cell.id])
            if let fragment = fragments.spliced[cell.id] {
                view.fragment = fragment
                views[cell.page, default: [:]][cell.cell.id] = view
                continue
            }
            view.fragmentKey = fragments.keys[cell.id]
            for decorator in decorators {
                let decoration = decorator.decorate(view)
                view.badges += decoration.badges
                view.blocks += decoration.blocks
            }
            views[cell.page, default: [:]][cell.cell.id] = view
        }
        return plan.documents.map {
            PageView(document: $0, cells: views[$0.page] ?? [:], isKept: plan.kept.contains($0.page))
        }
    }
}
