@_spi(Harness) import Threading

extension ShardResult {
    /// The exploration the shards make up together: each output's counts summed, its representative the schedule
    /// with the fewest preemptions (then the least replay string), the outputs by count (then by that schedule's
    /// preemptions and string). It does not depend on how the parts were shared out, on the order of `shards`, or
    /// on how many cores explored them. Complete only when every part was explored and complete.
    ///
    /// - Throws: `ShardMergeError` when the shards are not of one search of `cell` (another cell, settings or
    ///   program), or some of its parts are missing or explored twice. `files` name the shards in messages.
    package static func merge(_ shards: [ShardResult], files: [String], cell: String) throws(ShardMergeError)
        -> Exploration
    {
        guard let first = shards.first else { throw ShardMergeError("no shard files to merge") }
        for (shard, file) in zip(shards, files) {
            guard shard.cell == cell else {
                throw ShardMergeError("\(file) explored \(shard.cell), not \(cell)")
            }
            guard shard.settings == first.settings else {
                throw ShardMergeError(
                    "\(file) was explored with other settings than \(files[0]) (--max-executions, --max-seconds, "
                        + "--preemption-bound must be the same in every shard)")
            }
            guard shard.parts == first.parts, shard.digest == first.digest else {
                throw ShardMergeError("\(file) split another program than \(files[0]) (its parts differ)")
            }
            guard shard.count == first.count else {
                throw ShardMergeError(
                    "\(file) is shard \(shard.index)/\(shard.count), \(files[0]) \(first.index)/\(first.count): "
                        + "merge the shards of one split")
            }
        }
        var seen = Array(repeating: false, count: first.parts)
        for (shard, file) in zip(shards, files) {
            for part in shard.explored {
                guard seen.indices.contains(part.part), !seen[part.part] else {
                    throw ShardMergeError("\(file) explores part \(part.part + 1) again: merge each shard once")
                }
                seen[part.part] = true
            }
        }
        let indices = Set(shards.map(\.index))
        if let missing = (1...first.count).first(where: { !indices.contains($0) }) {
            throw ShardMergeError(
                "shard \(missing)/\(first.count) is missing: merge the files of all \(first.count) shards")
        }
        if let missing = seen.firstIndex(of: false) {
            throw ShardMergeError("part \(missing + 1) of \(first.parts) was explored by no shard")
        }
        return exploration(of: shards)
    }

    /// The shards' groups and extents put together (`merge`, without its checks).
    private static func exploration(of shards: [ShardResult]) -> Exploration {
        let parts = shards.flatMap(\.explored)
        let groups = mergedGroups(shards.flatMap(\.groups)).enumerated().map { rank, ranked in
            OutputGroup(ranked.group, count: ranked.group.count, firstRun: rank)
        }
        let settings = shards[0].settings
        let extent = SearchExtent(
            complete: parts.count == shards[0].parts && parts.allSatisfy(\.complete),
            preemptionBound: settings.preemptionBound, boundHit: parts.contains(where: \.boundHit),
            budget: parts.contains(where: \.executionBudgetHit) ? settings.maxExecutions : nil,
            diverged: parts.contains(where: \.diverged), cutShort: parts.reduce(0) { $0 + $1.notCounted },
            secondsBudget: parts.contains(where: \.secondsBudgetHit) ? settings.maxSeconds : nil,
            parts: shards[0].parts)
        return Exploration(runs: parts.reduce(0) { $0 + $1.executions }, seed: 0, groups: groups, search: extent)
    }

    /// Groups with equal output and outcome made one: counts summed, the representative the one with the fewest
    /// preemptions, then the least schedule string; ordered by count (highest first), then by those. The same for
    /// the same groups in any order.
    package static func mergedGroups(_ groups: [Group]) -> [Group] {
        var merged: [GroupKey: Group] = [:]
        for ranked in groups {
            let key = GroupKey(output: ranked.group.output, outcome: ranked.group.outcome)
            guard let existing = merged[key] else {
                merged[key] = ranked
                continue
            }
            let count = existing.group.count + ranked.group.count
            let simplest = existing.isSimpler(than: ranked) ? existing : ranked
            merged[key] = Group(
                OutputGroup(simplest.group, count: count, firstRun: 0), preemptions: simplest.preemptions)
        }
        return merged.values.sorted { left, right in
            if left.group.count != right.group.count { return left.group.count > right.group.count }
            if left.isSimpler(than: right) != right.isSimpler(than: left) { return left.isSimpler(than: right) }
            return left.group.output < right.group.output
        }
    }

    private struct GroupKey: Hashable {
        let output: String
        let outcome: RunOutcome
    }
}

extension ShardResult.Group {
    /// Fewer preemptions, or as many and a lesser schedule string.
    fileprivate func isSimpler(than other: ShardResult.Group) -> Bool {
        (preemptions, group.schedule) < (other.preemptions, other.group.schedule)
    }
}
