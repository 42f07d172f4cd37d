import DocGenModel
import Foundation

/// Committed tagged transcripts, one file per cell: `<root>/<page>/<cell>.txt`.
package struct SnapshotStore: Sendable {
    package var root: String

    package init(root: String = "Tests/Snapshots") {
        self.root = root
    }

    /// The snapshot file of the cell `"<page>/<cell>"`.
    package func path(for id: String) -> String { root + "/" + id + ".txt" }

    /// The stored transcript, or `nil` when there is none.
    package func read(_ id: String) -> String? {
        FileManager.default.contents(atPath: path(for: id)).map { String(decoding: $0, as: UTF8.self) }
    }

    /// Ids of the snapshots stored for `page` (`"<page>/<cell>"`), sorted.
    package func ids(ofPage page: String) -> [String] {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: root + "/" + page)) ?? []
        return names.filter { $0.hasSuffix(".txt") }.map { page + "/" + $0.dropLast(4) }.sorted()
    }

    /// Ids of every snapshot stored (`"<page>/<cell>"`, pages in sub-folders included), sorted.
    package func allIDs() -> [String] {
        guard let walker = FileManager.default.enumerator(atPath: root) else { return [] }
        var ids: [String] = []
        while let relative = walker.nextObject() as? String {
            let name = (relative as NSString).lastPathComponent
            guard relative.hasSuffix(".txt"), !name.hasPrefix("."), relative.contains("/") else { continue }
            ids.append(String(relative.dropLast(4)))
        }
        return ids.sorted()
    }

    /// Temporary files an interrupted write left among the snapshots (`AtomicFile.leftovers`).
    package func leftovers() -> [String] { AtomicFile.leftovers(in: root) }

    /// Writes the snapshot of `id`, creating its page folder: a temporary file renamed into place, so a killed
    /// `build --record` leaves each snapshot whole, old or new.
    package func write(_ text: String, for id: String) throws(VerifyError) {
        do {
            try AtomicFile.write(text, to: path(for: id))
        } catch {
            throw .unwritable(path: error.path, reason: error.reason)
        }
    }
}
