import DocGenModel
import Foundation
@_spi(Harness) import Threading

/// Cached transcripts, one file per cell (`<dir>/<page>/<cell>.txt`), whose first line is the key the transcript was
/// made under. A key is a SHA-256 (`CacheKey`) of what decides the output: the Swift source docgen generates for the
/// scenario (which names its file, and the first line of a scenario that is not a translation, as its crash and error
/// messages do; a translation counts its lines from the cell's first line, so prose added above the cell keeps its
/// entry), the cell's options (schedule
/// seed, timeout), the default timeout and output limit, the Threading runtime docgen runs it with, and docgen's
/// version. An output that names a Python line (a traceback, a warning, a log record's `lineno`) holds the page's line,
/// so its entry is kept for the cell's `lineOffset` only (its first line says `lines N`). Entries are written to a
/// temporary file and renamed into place, so a reader never sees half of one. They are not flushed to disk first (a
/// build writes two per cell, and a flush cost about a millisecond each): after a power cut an entry may be empty or
/// cut short, so each ends with a line naming its key again (`trailer`), and one without it reads as missing. So an
/// unchanged rebuild executes nothing, editing one scenario runs that cell alone, and rebuilding docgen itself runs
/// nothing again.
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
        ScenarioWrapper.combine(sourceOf: job.scenario, into: &hash)
        if let failure = job.scenario.translationFailure { hash.combine(field: failure) }
        return hash.hex
    }

    func lookup(_ job: CellJob, key: String) -> RunResult? {
        lookupWithText(job, key: key)?.result
    }

    /// The cached run of `job` under `key`, with the transcript's text it was decoded from.
    func lookupWithText(_ job: CellJob, key: String) -> (result: RunResult, text: String)? {
        let headers = Self.keys(key, job: job).map { (header: "# key \($0)\n", key: $0) }
        guard let text = read(path(for: job), headers: headers), let result = try? TranscriptFormat.decode(text)
        else { return nil }
        return (result, text)
    }

    /// Stores `result` under `key` (for the cell's place on its page only when `showsPageLines`: its output names a
    /// page line); a cache that cannot be written is skipped silently (it is only a speed-up). True when it was
    /// stored.
    @discardableResult
    func store(_ result: RunResult, for job: CellJob, key: String, showsPageLines: Bool) -> Bool {
        store(text: TranscriptFormat.encode(result), for: job, key: key, showsPageLines: showsPageLines)
    }

    /// Stores a transcript's text (`TranscriptFormat.encode`) as `store(_:for:key:showsPageLines:)` does.
    @discardableResult
    func store(text: String, for job: CellJob, key: String, showsPageLines: Bool) -> Bool {
        let stored = Self.keys(key, job: job)[showsPageLines ? 1 : 0]
        return write("# key \(stored)\n" + text + Self.trailer(stored), to: path(for: job))
    }

    /// Other text cached beside the transcript (`<dir>/<page>/<cell>.<kind>`), e.g. an exploration's JSON.
    func lookupText(_ job: CellJob, key: String, kind: String) -> String? {
        read(
            path(for: job, kind: kind),
            headers: Self.keys(key, job: job).map { (header: "<!-- key \($0) -->\n", key: $0) })
    }

    /// True when it was stored; `showsPageLines` as for `store`.
    @discardableResult
    func storeText(_ text: String, for job: CellJob, key: String, kind: String, showsPageLines: Bool) -> Bool {
        let stored = Self.keys(key, job: job)[showsPageLines ? 1 : 0]
        return write("<!-- key \(stored) -->\n" + text + Self.trailer(stored), to: path(for: job, kind: kind))
    }

    /// The line that ends an entry stored under `key` (after its text and a newline): an entry cut short has none.
    private static func trailer(_ key: String) -> String {
        "\n# end of the entry for key \(key)\n"
    }

    /// What an entry made under `key` is stored as: `key` for any place of the cell on its page, then `key lines N`
    /// for its place now (N its `lineOffset`), for an output that names a page line.
    private static func keys(_ key: String, job: CellJob) -> [String] {
        [key, "\(key) lines \(job.scenario.lineOffset)"]
    }

    /// The file's text between the first of `headers` it starts with and the trailer of that header's key, or `nil`
    /// when it is missing, was made under another key or was cut short.
    private func read(_ path: String, headers: [(header: String, key: String)]) -> String? {
        guard let data = FileManager.default.contents(atPath: path) else { return nil }
        let text = String(decoding: data, as: UTF8.self)
        guard let found = headers.first(where: { text.hasPrefix($0.header) }) else { return nil }
        let trailer = Self.trailer(found.key)
        guard text.utf8.count >= found.header.utf8.count + trailer.utf8.count, text.hasSuffix(trailer) else {
            return nil
        }
        // Cut by bytes: both ends are ASCII lines, so this is the same text as cutting by characters, without
        // walking every character of the entry to find them.
        return String(Substring(text.utf8.dropFirst(found.header.utf8.count).dropLast(trailer.utf8.count)))
    }

    /// Written without flushing it to disk first (see the type's note).
    private func write(_ text: String, to path: String) -> Bool {
        (try? AtomicFile.write(text, to: path, durable: false)) != nil
    }

    private func path(for job: CellJob, kind: String = "txt") -> String {
        directory + "/" + job.id + "." + kind
    }
}
