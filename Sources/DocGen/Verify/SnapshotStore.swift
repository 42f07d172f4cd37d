import Foundation

/// Committed tagged transcripts, one file per cell: `<root>/<page>/<cell>.txt`.
public struct SnapshotStore: Sendable {
    public var root: String

    public init(root: String = "Tests/Snapshots") {
        self.root = root
    }

    /// The snapshot file of the cell `"<page>/<cell>"`.
    public func path(for id: String) -> String { root + "/" + id + ".txt" }

    /// The stored transcript, or `nil` when there is none.
    public func read(_ id: String) -> String? {
        FileManager.default.contents(atPath: path(for: id)).map { String(decoding: $0, as: UTF8.self) }
    }

    /// Ids of the snapshots stored for `page` (`"<page>/<cell>"`), sorted.
    public func ids(ofPage page: String) -> [String] {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: root + "/" + page)) ?? []
        return names.filter { $0.hasSuffix(".txt") }.map { page + "/" + $0.dropLast(4) }.sorted()
    }

    /// Writes (atomically) the snapshot of `id`, creating its page folder.
    public func write(_ text: String, for id: String) throws(VerifyError) {
        let url = URL(fileURLWithPath: path(for: id))
        do {
            try FileManager.default.createDirectory(
                at: url.deletingLastPathComponent(),
                withIntermediateDirectories: true)
            try Data(text.utf8).write(to: url, options: .atomic)
        } catch {
            throw .unwritable(path: url.path, reason: error.localizedDescription)
        }
    }
}
