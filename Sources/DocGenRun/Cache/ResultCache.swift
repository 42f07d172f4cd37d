import DocGenModel
import Foundation
@_spi(Harness) import Threading

/// Cached transcripts, one file per cell (`<dir>/<page>/<cell>.txt`), whose first line is the key the transcript was
/// made under. A key is a SHA-256 (`CacheKey`) of what decides the output: the Swift source docgen generates for the
/// scenario (which names its file and first line, as its crash and error messages do), the cell's options (schedule
/// seed, timeout), the default timeout and output limit, the Threading runtime docgen runs it with, and docgen's
/// version. Entries are written to a temporary file and renamed into place, so a reader never sees half of one. So an unchanged rebuild executes
/// nothing, editing one scenario runs that cell alone, and rebuilding docgen itself runs nothing again.
struct ResultCache: Sendable {
    var directory: String
    /// Identifies the runtime the cells run with (`RuntimeToolkit.identity`).
    var runtimeIdentity: String

    /// The limits a cell without its own options runs under (`timeout 30 output 1048576`).
    var defaults: String

    init(directory: String, runtimeIdentity: String, defaults: String = "") {
        self.directory = directory
        self.runtimeIdentity = runtimeIdentity
        self.defaults = defaults
    }

    /// The key for `job`.
    func key(for job: CellJob) -> String {
        var hash = CacheKey()
        hash.combine(field: "docgen \(DocGenVersion.string)")
        hash.combine(field: runtimeIdentity)
        hash.combine(field: "runtime simulated")
        hash.combine(field: defaults)
        hash.combine(field: job.seed.map { "seed \($0)" } ?? "schedule default")
        hash.combine(field: job.timeout.map { "timeout \($0)" } ?? "timeout default")
        hash.combine(field: job.id)
        hash.combine(field: ScenarioWrapper.source(for: job.scenario))
        if let failure = job.scenario.translationFailure { hash.combine(field: failure) }
        return hash.hex
    }

    func lookup(_ job: CellJob, key: String) -> RunResult? {
        guard let text = read(path(for: job), header: "# key \(key)\n") else { return nil }
        return try? TranscriptFormat.decode(text)
    }

    /// Stores `result` under `key`; a cache that cannot be written is skipped silently (it is only a speed-up).
    /// True when it was stored.
    @discardableResult
    func store(_ result: RunResult, for job: CellJob, key: String) -> Bool {
        write("# key \(key)\n" + TranscriptFormat.encode(result), to: path(for: job))
    }

    /// Other text cached beside the transcript (`<dir>/<page>/<cell>.<kind>`), e.g. an exploration's JSON.
    func lookupText(_ job: CellJob, key: String, kind: String) -> String? {
        read(path(for: job, kind: kind), header: "<!-- key \(key) -->\n")
    }

    /// True when it was stored.
    @discardableResult
    func storeText(_ text: String, for job: CellJob, key: String, kind: String) -> Bool {
        write("<!-- key \(key) -->\n" + text, to: path(for: job, kind: kind))
    }

    /// The file's text after `header`, or `nil` when it is missing or was made under another key.
    private func read(_ path: String, header: String) -> String? {
        guard let data = FileManager.default.contents(atPath: path) else { return nil }
        let text = String(decoding: data, as: UTF8.self)
        return text.hasPrefix(header) ? String(text.dropFirst(header.count)) : nil
    }

    private func write(_ text: String, to path: String) -> Bool {
        (try? AtomicFile.write(text, to: path)) != nil
    }

    private func path(for job: CellJob, kind: String = "txt") -> String {
        directory + "/" + job.id + "." + kind
    }
}
