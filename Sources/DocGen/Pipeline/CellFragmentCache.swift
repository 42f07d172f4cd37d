import DocGenModel
import DocGenRun
import DocGenSite
import Foundation

/// Each cell's rendering as the last build made it (`CellFragment`), kept in the cache folder
/// (`<cache>/<page>/<cell>.fragment`) under a SHA-256 key (`CacheKey`) of everything it is rendered from:
///
/// - the renderer (`SiteBuilder.rendererIdentity`: docgen's version and executable, which every change to its renderer
///   relinks, and `formatVersion`), the decorators as configured, the recordings folder;
/// - the cell: its page and id, its Python source and options, its scenario's text (not the name the page shows for
///   the scenario: the fragment leaves its place empty, `CellFragment.html(swiftPath:)`, since a translation's name
///   holds the cell's line on the page, which prose added above the cell moves);
/// - what it showed: the digests of its transcript and exploration as the result cache holds them
///   (`CellExecution.transcriptDigest`, `.explorationDigest`), and the bytes of its file in each folder the build
///   reads a file per cell from (its CPython recording: the model check and the CPython badge).
///
/// Only a cell whose run and exploration are what the result cache holds, with no warning, gets a key. With the
/// fragment is kept what the build's model check concluded from the same inputs (nothing, or why it fails), so a cell
/// spliced from its fragment is checked as if its exploration had been decoded.
struct CellFragmentCache {
    /// Bumped when the stored format or what a fragment holds changes.
    static let formatVersion = "docgen cell fragment 1"

    let directory: String
    /// The part of every key that is not the cell's own.
    private let shared: String
    /// Folders holding a file per cell that rendering or checking the cell reads (`<folder>/<page>/<cell>.txt`).
    private let cellFileFolders: [String]

    init(directory: String, builder: SiteBuilder) {
        self.directory = directory
        var key = CacheKey()
        key.combine(field: Self.formatVersion)
        key.combine(field: builder.rendererIdentity)
        for decorator in builder.decorators { key.combine(field: String(reflecting: decorator)) }
        key.combine(field: "recordings \(builder.recordings)")
        shared = key.hex
        var folders = [builder.recordings]
        for decorator in builder.decorators { folders += decorator.cellFileFolders }
        var seen: Set<String> = []
        cellFileFolders = folders.filter { seen.insert($0).inserted }
    }

    /// The key of `cell`'s fragment when shown by `execution`; nil when its rendering must
    /// not be kept (not all of it comes from the result cache, or it has a warning).
    func key(_ cell: MappedCell, _ execution: CellExecution) -> String? {
        var missing = MissingFolders()
        return key(cell, execution, missing: &missing)
    }

    /// `key(_:_:)`, the cell's files in a folder of its page known to be missing (`missing`) not looked up each.
    func key(_ cell: MappedCell, _ execution: CellExecution, missing: inout MissingFolders) -> String? {
        guard execution.job.usesResultCache, execution.isInCache, execution.warnings.isEmpty,
            let transcript = execution.transcriptDigest
        else { return nil }
        // An exploration known only as a value (not as the cached text) cannot be named by its digest.
        if execution.explorationDigest == nil, execution.exploration != nil || execution.explorationJSON != nil {
            return nil
        }
        var key = CacheKey()
        key.combine(field: shared)
        key.combine(field: cell.page)
        key.combine(field: cell.id)
        key.combine(field: cell.cell.id)
        key.combine(field: cell.cell.source)
        key.combine(field: Self.text(of: cell.cell.options))
        key.combine(field: cell.scenario.shownText)
        key.combine(field: "transcript " + transcript)
        key.combine(field: "exploration " + (execution.explorationDigest ?? "none"))
        for folder in cellFileFolders {
            let none = missing.isMissing(ScenarioFiles.join(folder, cell.page))
            key.combine(
                field: none ? PageInputs.none : PageInputs.state(of: ScenarioFiles.join(folder, "\(cell.id).txt")))
        }
        return key.hex
    }

    /// The folders of `pages` that `key(_:_:missing:)` looks up, each looked up now: a copy answers every cell of
    /// those pages without looking up (or changing) anything.
    func missingFolders(pages: some Sequence<String>) -> MissingFolders {
        var missing = MissingFolders()
        for page in pages {
            for folder in cellFileFolders { _ = missing.isMissing(ScenarioFiles.join(folder, page)) }
        }
        return missing
    }

    /// `options` as the key holds them (`String(reflecting:)`, which reads every field through reflection): the
    /// options of most cells, the defaults, are reflected once.
    private static func text(of options: CellOptions) -> String {
        options == CellOptions() ? defaultOptionsText : String(reflecting: options)
    }

    private static let defaultOptionsText = String(reflecting: CellOptions())

    /// The fragment of cell `id` (`page/cell`) stored under `key`, with the model check's failure then (nil: none);
    /// nil when there is none, it was made under another key, or it cannot be read.
    func load(_ id: String, key: String) -> (fragment: CellFragment, checkFailure: String?)? {
        guard let data = FileManager.default.contents(atPath: path(id)) else { return nil }
        var reader = Reader(bytes: [UInt8](data))
        guard reader.line() == "\(Self.formatVersion) \(key)", let check = reader.line() else { return nil }
        var checkFailure: String?
        switch check {
        case "check none": checkFailure = nil
        case "check failed":
            guard let reason = reader.field() else { return nil }
            checkFailure = reason
        default: return nil
        }
        guard let before = reader.field(), let after = reader.field(), let count = reader.line().flatMap(Int.init)
        else { return nil }
        var files: [String: String] = [:]
        for _ in 0..<max(count, 0) {
            guard let path = reader.field(), let text = reader.field() else { return nil }
            files[path] = text
        }
        guard reader.isAtEnd else { return nil }
        return (CellFragment(pieces: [before, after], files: files), checkFailure)
    }

    /// Stores `fragment` of cell `id` under `key`, with the model check's failure (nil: none); a fragment that cannot
    /// be written is skipped (it is only a speed-up).
    func store(_ id: String, key: String, fragment: CellFragment, checkFailure: String?) {
        var text = "\(Self.formatVersion) \(key)\n"
        text += checkFailure.map { "check failed\n" + Self.field($0) } ?? "check none\n"
        guard fragment.isKeepable else { return }
        text += Self.field(fragment.pieces[0]) + Self.field(fragment.pieces[1])
        text += "\(fragment.files.count)\n"
        for path in fragment.files.keys.sorted() {
            text += Self.field(path) + Self.field(fragment.files[path]!)
        }
        // Not flushed to disk: `load` reads a fragment whole (its key line, every length, its end) and takes a damaged
        // one as missing, and cold builds write one per cell.
        try? AtomicFile.write(text, to: path(id), durable: false)
    }

    private func path(_ id: String) -> String {
        ScenarioFiles.join(directory, id + ".fragment")
    }

    /// A text of any bytes as a line with its UTF-8 length, the text and a line break.
    private static func field(_ text: String) -> String {
        "\(text.utf8.count)\n\(text)\n"
    }

    /// Reads what `store` wrote: lines, and fields of a known length.
    private struct Reader {
        let bytes: [UInt8]
        var offset = 0

        var isAtEnd: Bool { offset == bytes.count }

        /// The text up to the next line break, which is skipped.
        mutating func line() -> String? {
            guard let end = bytes[offset...].firstIndex(of: UInt8(ascii: "\n")) else { return nil }
            defer { offset = end + 1 }
            return String(decoding: bytes[offset..<end], as: UTF8.self)
        }

        /// A field written by `field`.
        mutating func field() -> String? {
            guard let count = line().flatMap(Int.init), count >= 0, offset + count < bytes.count,
                bytes[offset + count] == UInt8(ascii: "\n")
            else { return nil }
            defer { offset += count + 1 }
            return String(decoding: bytes[offset..<offset + count], as: UTF8.self)
        }
    }
}
