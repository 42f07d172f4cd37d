import DocGenModel
import Foundation

/// The cached translations of one page's cells, in one file of the translations' cache
/// (`<cache>/translations/page-<hash of the page>.pack`): each entry is one cell's translation under the key of what
/// decides it (`Translator`), so an edited cell is translated again and its page's other cells are read from the pack.
/// One file per page, not per cell: a build translating 5,000 cells created 5,000 files, and on this machine's file
/// system (ext4 skips the inodes of recently deleted files, so each new file is found by a scan) creating them took
/// most of the 5 s its translating took.
///
/// A pack is written whole to a temporary file renamed over the last one (a reader sees one pack or the other), without
/// flushing it to disk first: after a power cut it may be empty, cut short or hold blocks never written, so each entry
/// is framed by a header giving its key and length and a trailer giving its key and a hash of its bytes, and reading
/// stops at the first entry that is not whole (it and those after it read as missing and are translated again).
struct TranslationPack: Equatable {
    /// Each entry's text (what `Translator` stores for a cell) by its key.
    private(set) var entries: [String: Data] = [:]

    /// The pack of `page` (its content file, as the content folder was given) in `folder`.
    static func path(folder: String, page: String) -> String {
        var hash = FNV1a64()
        hash.combine(field: Translator.version)
        hash.combine(field: page)
        return ScenarioFiles.join(folder, "page-" + hash.hex + ".pack")
    }

    init() {}

    /// The entries of the pack at `path` that are whole (none when there is no such file).
    init(contentsOf path: String) {
        self.init(FileManager.default.contents(atPath: path) ?? Data())
    }

    /// The whole entries of a pack's bytes, up to the first that is not.
    init(_ data: Data) {
        var rest = data[...]
        while !rest.isEmpty, let entry = Self.entry(at: &rest) {
            entries[entry.key] = entry.text
        }
    }

    /// Adds (or replaces) the entry `key`.
    mutating func add(_ text: Data, key: String) {
        entries[key] = text
    }

    /// The pack's bytes: its entries in the order of their keys (the same entries make the same bytes).
    var data: Data {
        var data = Data()
        for key in entries.keys.sorted() {
            let text = entries[key]!
            data.append(contentsOf: Self.header(key: key, length: text.count).utf8)
            data.append(text)
            data.append(contentsOf: Self.trailer(key: key, text: text).utf8)
        }
        return data
    }

    /// Writes the pack to `path` (see the type's note); a cache that cannot be written is skipped (it is only a
    /// speed-up).
    func write(to path: String) {
        try? AtomicFile.write(data, to: path, durable: false)
    }

    private static let headerMark = "#docgen-translation "
    private static let trailerMark = "\n#docgen-translation-end "

    private static func header(key: String, length: Int) -> String {
        headerMark + key + " \(length)\n"
    }

    private static func trailer(key: String, text: some Sequence<UInt8>) -> String {
        var hash = FNV1a64()
        hash.combine(text)
        return trailerMark + key + " " + hash.hex + "\n"
    }

    /// The entry `rest` starts with, when it is whole (`rest` then starts after it).
    private static func entry(at rest: inout Data.SubSequence) -> (key: String, text: Data)? {
        guard let newline = rest.firstIndex(of: UInt8(ascii: "\n")) else { return nil }
        let header = String(decoding: rest[..<newline], as: UTF8.self)
        guard header.hasPrefix(headerMark) else { return nil }
        let fields = header.dropFirst(headerMark.count).split(separator: " ")
        guard fields.count == 2, let length = Int(fields[1]), length >= 0 else { return nil }
        let key = String(fields[0])
        let start = newline + 1
        guard rest.endIndex - start >= length else { return nil }
        let text = Data(rest[start..<start + length])
        let trailer = trailer(key: key, text: text).utf8
        guard rest.endIndex - (start + length) >= trailer.count,
            rest[(start + length)...].prefix(trailer.count).elementsEqual(trailer)
        else { return nil }
        rest = rest[(start + length + trailer.count)...]
        return (key, text)
    }
}
