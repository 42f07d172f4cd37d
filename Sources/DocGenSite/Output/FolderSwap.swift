import CDocGenShims
import Foundation

/// Puts a finished folder at its final path in one step: the only file calling `renameat2` (C shims).
///
/// On Linux an existing folder is exchanged with the new one (`RENAME_EXCHANGE`), so the path always names a whole
/// folder, old or new. Where the file system cannot exchange (`EINVAL`, `ENOSYS`: other kernels, some network file
/// systems) the fallback is two renames — old folder to `backup`, new folder into place — which leaves a moment with
/// no folder at the path; `SiteWriter` restores the backup at the start of the next build if docgen died then.
enum FolderSwap {
    enum Outcome: Equatable {
        /// The new folder is in place and the old one is now at the new folder's former path.
        case exchanged
        /// The new folder is in place and the old one is at `backup`.
        case movedAside
        /// There was no old folder; the new one is in place.
        case installed
    }

    /// Moves `new` to `target`. When `target` exists it ends at `new`'s path (`.exchanged`) or, in the fallback, at
    /// `backup` (an empty folder docgen created, replaced by the rename).
    ///
    /// - Throws: the `errno` text when no rename worked; `target` is then as it was.
    static func install(_ new: String, at target: String, backup: () throws -> String) throws -> Outcome {
        if cdocgen_rename_noreplace(new, target) == 0 { return .installed }
        if errno != EEXIST, errno != EINVAL, errno != ENOSYS { throw failure("rename \(new)") }
        if errno != EEXIST, !FileManager.default.fileExists(atPath: target) {
            guard rename(new, target) == 0 else { throw failure("rename \(new)") }
            return .installed
        }
        if cdocgen_rename_exchange(new, target) == 0 { return .exchanged }
        guard errno == EINVAL || errno == ENOSYS else { throw failure("exchange \(new) and \(target)") }
        let aside = try backup()
        guard rename(target, aside) == 0 else { throw failure("rename \(target)") }
        guard rename(new, target) == 0 else {
            let error = failure("rename \(new)")
            _ = rename(aside, target)
            throw error
        }
        return .movedAside
    }

    private static func failure(_ what: String) -> NSError {
        let code = errno
        return NSError(
            domain: NSPOSIXErrorDomain, code: Int(code),
            userInfo: [NSLocalizedDescriptionKey: "\(what): \(String(cString: strerror(code)))"])
    }
}
