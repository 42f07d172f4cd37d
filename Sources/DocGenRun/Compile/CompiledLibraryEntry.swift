import DocGenModel
import Foundation

/// A compiled library in the compile cache: the symbolic link `<key>.so` naming `lib-<SHA-256>.so`, the library
/// whose bytes have that digest. The link is made in one rename, after the library is whole, so a reader finds no
/// entry or a whole one; the digest in the name lets it tell a library damaged since (a full disk, a truncated copy
/// of the cache) from a good one.
enum CompiledLibraryEntry {
    enum Lookup: Equatable {
        /// The library's bytes checked: the link names a whole library.
        case valid
        /// The entry exists but its library is missing or damaged: why.
        case damaged(String)
        case missing
    }

    /// The entry at `link`.
    static func read(_ link: String) -> Lookup {
        var info = stat()
        guard lstat(link, &info) == 0 else { return .missing }
        guard let target = try? FileManager.default.destinationOfSymbolicLink(atPath: link),
            let digest = digest(inName: target)
        else {
            unlink(link)
            return .damaged("not an entry docgen wrote")
        }
        let folder = (link as NSString).deletingLastPathComponent
        let library = folder + "/" + target
        guard let bytes = FileManager.default.contents(atPath: library) else {
            unlink(link)
            return .damaged("\(target) is missing")
        }
        guard CacheKey.digest(of: bytes) == digest else {
            unlink(link)
            unlink(library)
            return .damaged("\(target) has \(bytes.count) bytes that do not match its checksum")
        }
        return .valid
    }

    /// Moves the finished library `temporary` into the cache beside `links` (one entry per scenario it holds) and
    /// points each link at it.
    static func install(_ temporary: String, as links: [String]) throws(AtomicFileError) {
        guard let first = links.first else { return }
        guard let bytes = FileManager.default.contents(atPath: temporary) else {
            throw AtomicFileError(path: temporary, reason: "swiftc wrote no library")
        }
        let folder = (first as NSString).deletingLastPathComponent
        let name = "lib-" + CacheKey.digest(of: bytes) + ".so"
        let library = folder + "/" + name
        // Same name, same bytes: replacing a library another build installed meanwhile changes nothing it reads.
        guard rename(temporary, library) == 0 else {
            throw AtomicFileError(path: library, reason: String(cString: strerror(errno)))
        }
        for link in links {
            let temporaryLink = link + ".link-\(getpid())-\(UUID().uuidString)"
            guard symlink(name, temporaryLink) == 0 else {
                throw AtomicFileError(path: link, reason: String(cString: strerror(errno)))
            }
            guard rename(temporaryLink, link) == 0 else {
                let reason = String(cString: strerror(errno))
                unlink(temporaryLink)
                throw AtomicFileError(path: link, reason: reason)
            }
        }
    }

    /// The 64 hex digits of `lib-<digest>.so`, or `nil` for another name.
    private static func digest(inName name: String) -> String? {
        guard name.hasPrefix("lib-"), name.hasSuffix(".so"), !name.contains("/") else { return nil }
        let digest = String(name.dropFirst(4).dropLast(3))
        guard digest.count == 64, digest.allSatisfy({ $0.isHexDigit && !$0.isUppercase }) else { return nil }
        return digest
    }
}
