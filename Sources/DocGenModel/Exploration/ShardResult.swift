import Foundation

/// What one shard of a split exhaustive search found (`docgen explore ID --exhaustive --shard I/N`): the parts it
/// explored, how each went, and its distinct outputs with their counts and simplest schedules. The shards' results
/// merge (`ShardResult.merge`) into the exploration one process exploring every part gives, byte for byte.
package struct ShardResult: Sendable, Equatable {
    /// The settings every shard of one search must share.
    package struct Settings: Codable, Sendable, Equatable {
        /// The execution budget of the whole search (each of the P parts gets a P-th of it, at least 1).
        package var maxExecutions: Int?
        /// The time budget of each shard's process, in seconds.
        package var maxSeconds: Double?
        package var preemptionBound: Int?

        package init(maxExecutions: Int?, maxSeconds: Double?, preemptionBound: Int?) {
            self.maxExecutions = maxExecutions
            self.maxSeconds = maxSeconds
            self.preemptionBound = preemptionBound
        }
    }

    /// How the search of one part went.
    package struct Part: Codable, Sendable, Equatable {
        /// The part's position among the search's parts, from 0.
        package var part: Int
        /// The executions it counted (the classes the part owns: see Threading's `SearchPart`).
        package var executions: Int
        /// Its runs that were not counted (cut short as redundant, repeating a class, or another part's).
        package var notCounted: Int
        package var complete: Bool
        package var boundHit: Bool
        package var diverged: Bool
        /// It stopped at its share of the execution budget.
        package var executionBudgetHit: Bool
        /// The time budget stopped it, or left it unexplored.
        package var secondsBudgetHit: Bool

        package init(
            part: Int, executions: Int, notCounted: Int, complete: Bool, boundHit: Bool, diverged: Bool,
            executionBudgetHit: Bool, secondsBudgetHit: Bool
        ) {
            self.part = part
            self.executions = executions
            self.notCounted = notCounted
            self.complete = complete
            self.boundHit = boundHit
            self.diverged = diverged
            self.executionBudgetHit = executionBudgetHit
            self.secondsBudgetHit = secondsBudgetHit
        }
    }

    /// A distinct output with the preemptions of its representative schedule (the merge keeps the simplest).
    package struct Group: Sendable, Equatable {
        package var group: OutputGroup
        package var preemptions: Int

        package init(_ group: OutputGroup, preemptions: Int) {
            self.group = group
            self.preemptions = preemptions
        }
    }

    /// The cell explored.
    package var cell: String
    package var settings: Settings
    /// How many parts the search has, and a digest of them (`SearchParts.digest`): equal in every shard of it.
    package var parts: Int
    package var digest: String
    /// This shard, `index` of `count` (1-based): it explores the parts k with k mod count = index - 1.
    package var index: Int
    package var count: Int
    /// The parts explored, in order.
    package var explored: [Part]
    /// The distinct outputs (counts summed over the parts explored).
    package var groups: [Group]

    package init(
        cell: String, settings: Settings, parts: Int, digest: String, index: Int, count: Int, explored: [Part],
        groups: [Group]
    ) {
        self.cell = cell
        self.settings = settings
        self.parts = parts
        self.digest = digest
        self.index = index
        self.count = count
        self.explored = explored
        self.groups = groups
    }

    /// The first line of every shard file, so that another JSON file is told apart.
    static let format = "docgen shard 1"

    /// The result as JSON (keys sorted: equal results give equal bytes); groups keep their writes, not their events.
    package func json() throws -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        return try encoder.encode(
            ShardJSON(
                format: Self.format, cell: cell, settings: settings, parts: parts, digest: digest, shard: index,
                shards: count, explored: explored,
                groups: groups.map {
                    ShardJSON.Group(
                        group: ExplorationJSON.Group($0.group, writesOf: $0.group.events), preemptions: $0.preemptions)
                }))
    }

    /// Reads what `json()` wrote.
    ///
    /// - Throws: `ShardMergeError` when it is not a shard file.
    package init(json: Data, file: String) throws(ShardMergeError) {
        let decoded: ShardJSON
        do {
            decoded = try JSONDecoder().decode(ShardJSON.self, from: json)
        } catch {
            throw ShardMergeError("\(file) is not a shard file of docgen explore --shard")
        }
        guard decoded.format == Self.format else {
            throw ShardMergeError("\(file) is not a shard file of docgen explore --shard (format '\(decoded.format)')")
        }
        do {
            groups = try decoded.groups.map { Group(try $0.group.outputGroup(), preemptions: $0.preemptions) }
        } catch {
            throw ShardMergeError("\(file): \(error)")
        }
        cell = decoded.cell
        settings = decoded.settings
        parts = decoded.parts
        digest = decoded.digest
        index = decoded.shard
        count = decoded.shards
        explored = decoded.explored
    }
}

/// The JSON shape of a `ShardResult`.
private struct ShardJSON: Codable {
    struct Group: Codable {
        var group: ExplorationJSON.Group
        var preemptions: Int
    }

    var format: String
    var cell: String
    var settings: ShardResult.Settings
    var parts: Int
    var digest: String
    var shard: Int
    var shards: Int
    var explored: [ShardResult.Part]
    var groups: [Group]
}

/// Shard files that do not make up one search (`ShardResult.merge`): one line that names the file and the fix.
package struct ShardMergeError: Error, CustomStringConvertible {
    package let description: String
    package init(_ description: String) { self.description = description }
}
