import Foundation

#if canImport(Glibc)
    import Glibc
#endif

/// `docgen-cell`, the small executable that runs a build's cells (`CellChildRequest`), found beside docgen: in a SwiftPM
/// build folder next to the docgen binary, installed in `PREFIX/lib/docgen/` (see `make install`). Without it docgen
/// runs its cells itself, as `docgen run`/`docgen explore`: the same output, each process slower to start.
package enum CellExecutable {
    package static let name = "docgen-cell"

    /// The cell executable for the docgen binary at `executable`, or `nil` when there is none or, in a build folder,
    /// it is older than one of the object files it is linked from (only docgen was rebuilt since: it would run cells
    /// with another runtime than the one their scenarios are compiled against).
    package static func locate(beside executable: String) -> String? {
        let folder = (executable as NSString).deletingLastPathComponent
        let built = folder + "/" + name
        if let linked = modified(built) {
            return isNewer(linked, thanObjectsIn: folder) ? built : nil
        }
        let installed = (folder as NSString).deletingLastPathComponent + "/lib/docgen/" + name
        return FileManager.default.isExecutableFile(atPath: installed) ? installed : nil
    }

    /// The folders (in a build folder) of the targets `docgen-cell` is made of that a build of docgen alone rebuilds.
    static let targets = ["Threading", "DocGenModel", "DocGenParse", "DocGenRun", "DocGenExplore", "docgen_cell"]

    /// True when `time` is no earlier than every object file of `targets` and Threading's module in `folder`.
    private static func isNewer(_ time: ModificationTime, thanObjectsIn folder: String) -> Bool {
        let manager = FileManager.default
        var paths = [folder + "/Modules/Threading.swiftmodule"]
        for target in targets {
            let objects = folder + "/" + target + ".build"
            let names = (try? manager.contentsOfDirectory(atPath: objects)) ?? []
            paths += names.filter { $0.hasSuffix(".o") }.map { objects + "/" + $0 }
        }
        return paths.allSatisfy { path in modified(path).map { $0 <= time } ?? true }
    }

    /// A file's modification time, to the nanosecond.
    private struct ModificationTime: Comparable {
        var seconds: Int
        var nanoseconds: Int

        static func < (left: Self, right: Self) -> Bool {
            (left.seconds, left.nanoseconds) < (right.seconds, right.nanoseconds)
        }
    }

    /// Read with `stat` (Foundation's file attributes cost every command a few milliseconds on 300 object files).
    private static func modified(_ path: String) -> ModificationTime? {
        var status = stat()
        guard stat(path, &status) == 0 else { return nil }
        return ModificationTime(seconds: Int(status.st_mtim.tv_sec), nanoseconds: Int(status.st_mtim.tv_nsec))
    }
}
