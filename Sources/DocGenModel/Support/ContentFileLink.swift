import Foundation

/// What a page or scenario file that is a symbolic link points at, when docgen must not read it: nothing (a dangling
/// link) or a file outside the content folder. Such files are not read, as linked files outside the content folder
/// are not copied: a page or scenario is published on the site, so one linked from elsewhere (`~/.ssh/…`) would be.
package enum ContentFileLink: Equatable {
    case dangling(target: String)
    /// A link that leads back to itself through links (`a.md` → `b.md` → `a.md`): nothing can be read through it.
    case loop(target: String)
    case outside(resolved: String)

    /// The problem with `path`, a file of `contentFolder`, or `nil` when it is no link or a link that stays inside.
    package static func problem(_ path: String, contentFolder: String) -> ContentFileLink? {
        var info = stat()
        guard lstat(path, &info) == 0 else { return nil }
        let target = (try? FileManager.default.destinationOfSymbolicLink(atPath: path))
        // A link anywhere on the way counts too: the resolved path must stay inside the resolved content folder.
        let resolved = URL(fileURLWithPath: path).resolvingSymlinksInPath().standardizedFileURL.path
        if !FileManager.default.fileExists(atPath: resolved) {
            return leadsToALoop(path) ? .loop(target: target ?? resolved) : .dangling(target: target ?? resolved)
        }
        let root = URL(fileURLWithPath: contentFolder).resolvingSymlinksInPath().standardizedFileURL.path
        guard resolved == root || resolved.hasPrefix(root == "/" ? "/" : root + "/") else {
            return .outside(resolved: resolved)
        }
        return nil
    }

    /// Whether following the links on `path` never ends (the system gives up: ELOOP).
    package static func leadsToALoop(_ path: String) -> Bool {
        var info = stat()
        return stat(path, &info) != 0 && errno == ELOOP
    }

    /// The end of a message about `path`: what is wrong and what to do.
    package func explanation(kind: String) -> String {
        switch self {
        case .dangling(let target):
            "is a symbolic link to \(target), which does not exist; fix or delete the link"
        case .loop(let target):
            "is a symbolic link to \(target), which leads back to itself (a loop of links); fix or delete the link"
        case .outside(let resolved):
            "is a symbolic link to \(resolved), outside the content folder, so the \(kind) is not read (it would be "
                + "published); copy the file into the content folder"
        }
    }
}
