import DocGenModel
import Foundation
import Synchronization

/// What each cell cost to execute last time, in wall seconds, as shards read it to split the cells
/// (`<cache>/costs.txt`, one `SECONDS ID` line per cell, sorted by id). Each execution leaves its cost beside its
/// transcript (`<cache>/<page>/<cell>.cost`); only a build or check without `--shard` gathers those into the table,
/// so the shards of one CI run, which never write it, all split the cells the same way.
package enum CostTable {
    /// The table of `cacheDirectory`, empty when there is none.
    package static func read(cacheDirectory: String) -> [String: Double] {
        readTexts(cacheDirectory: cacheDirectory).mapValues(\.seconds)
    }

    /// The table of `cacheDirectory` with each cost's text as the table has it.
    private static func readTexts(cacheDirectory: String) -> [String: (seconds: Double, text: Substring)] {
        guard let data = FileManager.default.contents(atPath: path(cacheDirectory)) else { return [:] }
        var costs: [String: (seconds: Double, text: Substring)] = [:]
        for line in String(decoding: data, as: UTF8.self).split(separator: "\n") where !line.hasPrefix("#") {
            let fields = line.split(separator: " ", maxSplits: 1)
            guard fields.count == 2, let seconds = Double(fields[0]), seconds.isFinite, seconds >= 0 else { continue }
            costs[String(fields[1])] = (seconds, fields[0])
        }
        return costs
    }

    /// `seconds` as the table writes it (`%.3f`): `text` itself when it is written so already (digits, a point and
    /// three digits: the table's own lines), which spares formatting thousands of numbers again.
    static func formatted(_ seconds: Double, text: Substring) -> String {
        let utf8 = text.utf8
        let point = utf8.firstIndex(of: UInt8(ascii: "."))
        let digits = utf8.allSatisfy { $0 == UInt8(ascii: ".") || (UInt8(ascii: "0")...UInt8(ascii: "9")).contains($0) }
        // At most 13 digits: such a decimal text is the one its nearest Double formats back to.
        if digits, utf8.count <= 14, let point, point != utf8.startIndex,
            utf8.distance(from: point, to: utf8.endIndex) == 4,
            utf8.filter({ $0 == UInt8(ascii: ".") }).count == 1, utf8.first != UInt8(ascii: "0") || utf8.count == 5
        {
            return String(text)
        }
        return String(format: "%.3f", seconds)
    }

    /// Rewrites the table with the last cost of each cell in `ids` (the cells left out are dropped); a cache that
    /// cannot be written is skipped (the table only balances shards). A cell in `measured` (the costs of the cells
    /// this build executed, `Ledger`) takes that cost, and a cost file it has (left by an earlier shard) is deleted,
    /// being older. With `loaded`, only the cost files of the other cells loaded (the ones this build read from the
    /// cache) and of cells the table lacks are read; the others keep the table's cost: they belong to pages kept from
    /// the last build, and nothing of them ran since it gathered their costs (a cell re-run by a shard after its cache
    /// entry was deleted is read again by the next build that loads it). A loaded cell with no cost file keeps the
    /// table's cost too.
    package static func gather(
        _ ids: [String], loaded: Set<String>? = nil, measured: [String: Double] = [:], cacheDirectory: String
    ) {
        let table = loaded == nil && measured.isEmpty ? [:] : readTexts(cacheDirectory: cacheDirectory)
        var lines = ["# docgen cell costs 1: SECONDS ID, read by --shard"]
        for id in ids.sorted() {
            if let seconds = measured[id] {
                unlink(costPath(cacheDirectory, id: id))
                lines.append(String(format: "%.3f", seconds) + " " + id)
                continue
            }
            if loaded?.contains(id) == false, let cost = table[id] {
                lines.append(formatted(cost.seconds, text: cost.text) + " " + id)
                continue
            }
            // Most loaded cells have no cost file (a build keeps the costs it measures in memory): asked with one
            // `access` each, not by a failed read (Foundation's costs a few more system calls per cell).
            let file = costPath(cacheDirectory, id: id)
            if access(file, F_OK) == 0, let data = FileManager.default.contents(atPath: file),
                let seconds = Double(
                    String(decoding: data, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines))
            {
                lines.append(String(format: "%.3f", seconds) + " " + id)
            } else if let cost = table[id] {
                lines.append(formatted(cost.seconds, text: cost.text) + " " + id)
            }
        }
        let text = lines.joined(separator: "\n") + "\n"
        guard FileManager.default.contents(atPath: path(cacheDirectory)) != Data(text.utf8) else { return }
        try? FileManager.default.createDirectory(atPath: cacheDirectory, withIntermediateDirectories: true)
        try? Data(text.utf8).write(to: URL(fileURLWithPath: path(cacheDirectory)), options: .atomic)
    }

    /// The costs of the cells one execution ran, kept for the `gather` that follows it (a build or check of every
    /// cell) instead of a cost file per cell (`store`, which only shards need: their costs are gathered by a later
    /// build). On this machine's file system each new file costs a scan past the inodes of files deleted lately.
    package final class Ledger: Sendable {
        private let seconds = Mutex<[String: Double]>([:])

        package init() {}

        /// Keeps the cost of one execution of cell `id`.
        func record(_ cost: Double, id: String) {
            seconds.withLock { $0[id] = cost }
        }

        /// Each executed cell's cost, by id.
        package var costs: [String: Double] { seconds.withLock { $0 } }
    }

    /// Leaves the cost of one execution of cell `id`, not flushed to disk (a build writes one per cell executed, and
    /// a flush cost about 3 ms each on this machine's disk): after a power cut the file may be empty or cut short,
    /// which makes a cost that is missing or a little off, and a cost only balances shards.
    static func store(_ seconds: Double, id: String, cacheDirectory: String) {
        try? AtomicFile.write(
            String(format: "%.3f", seconds) + "\n", to: costPath(cacheDirectory, id: id), durable: false)
    }

    private static func path(_ cacheDirectory: String) -> String { cacheDirectory + "/costs.txt" }

    private static func costPath(_ cacheDirectory: String, id: String) -> String {
        cacheDirectory + "/" + id + ".cost"
    }
}
