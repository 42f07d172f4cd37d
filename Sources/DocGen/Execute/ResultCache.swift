import Foundation
import Threading

/// Cached transcripts, one file per cell (`<dir>/<page>/<cell>.txt`), whose first line is the key the transcript was
/// made under. A key covers the scenario's source, the docgen version and binary, the runtime and the schedule, so an
/// unchanged rebuild executes nothing and any change runs the cell again.
struct ResultCache: Sendable {
    var directory: String
    /// Identifies the docgen build doing the runs (version, and size and modification time of the child binary).
    var buildIdentity: String

    init(directory: String, executable: String) {
        self.directory = directory
        var identity = "docgen \(DocGenVersion.string)"
        if let attributes = try? FileManager.default.attributesOfItem(atPath: executable) {
            let size = (attributes[.size] as? NSNumber)?.int64Value ?? -1
            let modified = (attributes[.modificationDate] as? Date)?.timeIntervalSince1970 ?? 0
            identity += " binary \(size) \(modified)"
        }
        buildIdentity = identity
    }

    /// The key for `job`, or `nil` when its source file cannot be read (then it is never cached).
    func key(for job: CellJob) -> String? {
        guard let source = FileManager.default.contents(atPath: job.sourcePath) else { return nil }
        var hash = FNV1a64()
        hash.combine(field: buildIdentity)
        hash.combine(field: "runtime simulated")
        hash.combine(field: job.seed.map { "seed \($0)" } ?? "schedule default")
        hash.combine(field: job.id)
        hash.combine(source)
        return hash.hex
    }

    func lookup(_ job: CellJob, key: String) -> RunResult? {
        guard let text = read(path(for: job), header: "# key \(key)\n") else { return nil }
        return try? TranscriptFormat.decode(text)
    }

    /// Stores `result` under `key`; a cache that cannot be written is skipped silently (it is only a speed-up).
    func store(_ result: RunResult, for job: CellJob, key: String) {
        write("# key \(key)\n" + TranscriptFormat.encode(result), to: path(for: job))
    }

    /// Other text cached beside the transcript (`<dir>/<page>/<cell>.<kind>`), e.g. an exploration's JSON.
    func lookupText(_ job: CellJob, key: String, kind: String) -> String? {
        read(path(for: job, kind: kind), header: "<!-- key \(key) -->\n")
    }

    func storeText(_ text: String, for job: CellJob, key: String, kind: String) {
        write("<!-- key \(key) -->\n" + text, to: path(for: job, kind: kind))
    }

    /// The file's text after `header`, or `nil` when it is missing or was made under another key.
    private func read(_ path: String, header: String) -> String? {
        guard let data = FileManager.default.contents(atPath: path) else { return nil }
        let text = String(decoding: data, as: UTF8.self)
        return text.hasPrefix(header) ? String(text.dropFirst(header.count)) : nil
    }

    private func write(_ text: String, to path: String) {
        try? FileManager.default.createDirectory(
            atPath: (path as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
        try? Data(text.utf8).write(to: URL(fileURLWithPath: path), options: .atomic)
    }

    private func path(for job: CellJob, kind: String = "txt") -> String {
        directory + "/" + job.id + "." + kind
    }
}
