import DocGenModel
import DocGenRun
import DocGenSite

/// The cells of a build whose kept rendering (`CellFragmentCache`) is spliced into their page, and the keys under
/// which the others' renderings are kept for the next build.
struct SplicedFragments {
    /// Where renderings are kept; nil without a cache folder.
    var cache: CellFragmentCache?
    /// The kept rendering of each spliced cell, by cell id.
    var spliced: [String: CellFragment] = [:]
    /// The model check's failure kept with a spliced cell's rendering, by cell id.
    var checkFailures: [String: String] = [:]
    /// The key of each cell rendered now whose rendering is to be kept, by cell id.
    var keys: [String: String] = [:]
}

extension SiteBuilder {
    /// Looks up each cell's kept rendering under the key of its inputs; a cell without one has its exploration, left
    /// undecoded by `CellExecutor.execute(deferring:)`, decoded in `executions` (a cell whose cached exploration does
    /// not decode is executed again, as without deferring).
    func spliceFragments(
        _ mapped: [MappedCell], _ executions: inout [CellExecution], progress: (any BuildProgress)?
    ) async -> SplicedFragments {
        var fragments = SplicedFragments(
            cache: executor.settings.cacheDirectory.map { CellFragmentCache(directory: $0, builder: self) })
        var again: [Int] = []
        // Each cell's key and kept rendering, made and read on every core (a rebuild of thousands of cached cells
        // spends much of its time here), then used in order.
        let found: [(key: String, kept: (fragment: CellFragment, checkFailure: String?)?)?]
        if let cache = fragments.cache {
            let missing = cache.missingFolders(pages: Set(mapped.map(\.page)))
            let cells = Array(zip(mapped, executions))
            found = await ParallelChunks.map(cells, jobs: executor.settings.jobs) { cell, execution in
                var known = missing  // every folder looked up already: never written, never copied
                return cache.key(cell, execution, missing: &known).map { key in (key, cache.load(cell.id, key: key)) }
            }
        } else {
            found = Array(repeating: nil, count: mapped.count)
        }
        for (index, cell) in mapped.enumerated() {
            if let (key, kept) = found[index] {
                if let kept {
                    fragments.spliced[cell.id] = kept.fragment
                    fragments.checkFailures[cell.id] = kept.checkFailure
                    executions[index].explorationJSON = nil  // never decoded: not held through the render
                    continue
                }
                fragments.keys[cell.id] = key
            }
            if let decoded = executions[index].decodingExploration() {
                executions[index] = decoded
            } else {
                again.append(index)
                fragments.keys[cell.id] = nil
            }
        }
        if !again.isEmpty {
            let redone = await executor.execute(again.map { executions[$0].job }, progress: progress)
            for (index, execution) in zip(again, redone) { executions[index] = execution }
        }
        return fragments
    }
}
