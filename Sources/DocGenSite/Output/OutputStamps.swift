import DocGenModel
import Foundation

/// The key of an output folder by its entries' stamps (`UnchangedSite`): every file's site path, device, inode, size and
/// modification time (`RenderManifest.Stamp`), every folder's path, and anything else there by its type; in the order
/// a walk of the folder meets them (`FolderListing`). Any file written, replaced, added or removed changes it.
///
/// Made in two ways that give the same key for the same folder: by walking the folder (`key(walking:)`, a build that
/// may change nothing), or from the stamps the build that wrote the folder already has of every file it left there
/// (`key(files:)`, with no walk: their folders are the ones that hold them, as a site docgen wrote has no other).
enum OutputStamps {
    /// Bumped when what the key covers changes.
    static let version = "output stamps 1"

    /// The key of the folder `out` as it is now, walked; nil when it is missing or cannot be read whole.
    static func key(walking out: String) -> String? {
        var key = CacheKey()
        key.combine(field: version)
        let whole = FolderListing.walk(out) { entry in
            if entry.isFolder {
                combineFolder(entry.path, into: &key)
            } else if entry.isFile {
                combineFile(entry.path, RenderManifest.Stamp(entry.status), into: &key)
            } else {
                key.combine(field: entry.path)
                key.combine(field: "other \(entry.status.st_mode) \(entry.status.st_ino)")
            }
            return true
        }
        return whole ? key.hex : nil
    }

    /// The key of a folder that holds exactly the regular files `files` (site path → stamp) and the folders that hold
    /// them.
    static func key(files: [String: RenderManifest.Stamp]) -> String {
        var folders: Set<String> = []
        for path in files.keys {
            var end = path.utf8.endIndex
            while let slash = path.utf8[..<end].lastIndex(of: UInt8(ascii: "/")) {
                guard folders.insert(String(path[..<slash])).inserted else { break }
                end = slash
            }
        }
        var key = CacheKey()
        key.combine(field: version)
        for path in walkOrdered(Array(files.keys) + folders) {
            if let stamp = files[path] {
                combineFile(path, stamp, into: &key)
            } else {
                combineFolder(path, into: &key)
            }
        }
        return key.hex
    }

    /// `paths` in the order a walk meets them: names are compared by their bytes within each folder, and a folder comes
    /// before what it holds. That is the order of their bytes with each `/` made 0, below every byte a name can have.
    static func walkOrdered(_ paths: [String]) -> [String] {
        let sortable = paths.map { path in
            (bytes: path.utf8.map { $0 == UInt8(ascii: "/") ? 0 : $0 }, path: path)
        }
        return sortable.sorted { a, b in
            let common = min(a.bytes.count, b.bytes.count)
            let order =
                common == 0
                ? 0
                : a.bytes.withUnsafeBufferPointer { x in
                    b.bytes.withUnsafeBufferPointer { y in memcmp(x.baseAddress!, y.baseAddress!, common) }
                }
            return order != 0 ? order < 0 : a.bytes.count < b.bytes.count
        }.map(\.path)
    }

    private static func combineFolder(_ path: String, into key: inout CacheKey) {
        key.combine(field: path)
        key.combine(field: "folder")
    }

    private static func combineFile(_ path: String, _ stamp: RenderManifest.Stamp, into key: inout CacheKey) {
        key.combine(field: path)
        key.combine(field: "file")
        let numbers: [UInt64] = [
            stamp.device, stamp.inode, UInt64(stamp.size), UInt64(bitPattern: stamp.modified),
        ]
        numbers.withUnsafeBytes { key.combine(bytes: Array($0)) }
    }
}
