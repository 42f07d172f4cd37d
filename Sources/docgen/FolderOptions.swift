import ArgumentParser
import DocGenModel
import Foundation

/// Checks of the folders a command is given, made before anything is read or written: an empty path (an unset
/// shell variable) would otherwise mean the file system's root to the code that appends `/compiled` to it, and a
/// folder inside another one docgen replaces or fills (`--snapshots site/snaps`) would be deleted or polluted.
enum FolderOptions {
    /// A folder option's name and value, e.g. `("--cache", ".docgen-cache")`.
    typealias Named = (option: String, path: String)

    /// Throws a usage error (exit status 2) when a path is empty or the root folder.
    static func requireNamed(_ folders: [Named]) throws {
        for folder in folders {
            guard !folder.path.isEmpty else {
                throw ValidationError("\(folder.option) must name a folder, not an empty string")
            }
            guard absolute(folder.path) != "/" else {
                throw ValidationError("\(folder.option) must not be the root folder /")
            }
            if let link = danglingLink(on: folder.path) {
                let what =
                    ContentFileLink.leadsToALoop(link.path)
                    ? "which leads back to itself (a loop of links)" : "which does not exist"
                throw ValidationError(
                    "\(folder.option) \(quoted(folder.path)) goes through \(quoted(link.path)), a symbolic link to "
                        + "\(quoted(link.target)), \(what); fix or delete the link")
            }
        }
    }

    /// The first symbolic link on `path` (itself or a folder above it) whose target does not exist: nothing could be
    /// written through it, and the file system's own message ("a file with the same name already exists") says not why.
    static func danglingLink(on path: String) -> (path: String, target: String)? {
        var prefix = path.hasPrefix("/") ? "" : "."
        for component in path.split(separator: "/") {
            prefix += "/" + component
            guard let target = try? FileManager.default.destinationOfSymbolicLink(atPath: prefix) else { continue }
            if !FileManager.default.fileExists(atPath: prefix) {
                return (path.hasPrefix("/") ? prefix : String(prefix.dropFirst(2)), target)
            }
        }
        return nil
    }

    /// Throws a usage error when two of `folders` are the same folder or one is inside the other.
    static func requireApart(_ folders: [Named]) throws {
        let resolved = folders.map { ($0, absolute($0.path)) }
        for (index, (first, firstPath)) in resolved.enumerated() {
            for (second, secondPath) in resolved[(index + 1)...] {
                if firstPath == secondPath {
                    throw ValidationError(
                        "\(first.option) \(quoted(first.path)) and \(second.option) \(quoted(second.path)) are the "
                            + "same folder; give them different folders")
                }
                if let (inner, outer) = nesting(first, firstPath, second, secondPath) {
                    throw ValidationError(
                        "\(inner.option) \(quoted(inner.path)) is inside \(outer.option) \(quoted(outer.path)); give "
                            + "folders that do not contain each other")
                }
            }
        }
    }

    /// The inner and outer folder when one of the two contains the other.
    private static func nesting(_ first: Named, _ firstPath: String, _ second: Named, _ secondPath: String)
        -> (inner: Named, outer: Named)?
    {
        if secondPath.hasPrefix(firstPath == "/" ? "/" : firstPath + "/") { return (second, first) }
        if firstPath.hasPrefix(secondPath == "/" ? "/" : secondPath + "/") { return (first, second) }
        return nil
    }

    /// `path` made absolute, `.` and `..` removed and the symbolic links of its existing part followed, so that
    /// `site/..` and a link to the project are seen for what they are.
    static func absolute(_ path: String) -> String {
        let standard = URL(fileURLWithPath: path).standardizedFileURL.path
        var existing = standard
        var rest: [String] = []
        while existing != "/", !FileManager.default.fileExists(atPath: existing) {
            rest.insert((existing as NSString).lastPathComponent, at: 0)
            existing = (existing as NSString).deletingLastPathComponent
        }
        let real = existing.withCString { pointer -> String in
            guard let resolved = realpath(pointer, nil) else { return existing }
            defer { free(resolved) }
            return String(cString: resolved)
        }
        return rest.reduce(real) { $0 == "/" ? "/" + $1 : $0 + "/" + $1 }
    }

    private static func quoted(_ path: String) -> String { "'" + path + "'" }
}
