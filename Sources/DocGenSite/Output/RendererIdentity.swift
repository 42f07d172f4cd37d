import DocGenModel
import Foundation

#if canImport(Glibc)
    import Glibc
#endif

/// Changes whenever the code that renders pages may have changed: docgen's version and the running executable's
/// size, modification time and inode (every change to docgen relinks it). Part of every page's key (`PageInputs`).
package enum RendererIdentity {
    package static let current: String = {
        var status = stat()
        // Without it nothing says when docgen changed: a key no other process has, so no page is reused.
        guard stat("/proc/self/exe", &status) == 0 else { return "unknown executable \(UUID().uuidString)" }
        let modified = Int64(status.st_mtim.tv_sec) * 1_000_000_000 + Int64(status.st_mtim.tv_nsec)
        return "docgen \(DocGenVersion.string), executable \(status.st_size) \(modified) \(status.st_ino)"
    }()
}
