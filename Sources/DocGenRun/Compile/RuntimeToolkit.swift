import DocGenModel
import Foundation

#if canImport(Glibc)
    import Glibc
#endif

/// What compiling a scenario against docgen's own `Threading` needs, found beside the docgen executable:
///
/// - in a SwiftPM build folder (`.build/debug/docgen`): `Modules/` (Threading's and its dependencies' Swift modules)
///   and `CThreadingShims.build/module.modulemap`;
/// - installed (`PREFIX/bin/docgen`, see `make install`): `PREFIX/lib/docgen/Modules/`,
///   `PREFIX/lib/docgen/CThreadingShims/module.modulemap` and `PREFIX/lib/docgen/runtime-id`.
///
/// Compiled scenarios leave Threading's symbols undefined; the docgen executable that loads them exports its own.
package struct RuntimeToolkit: Sendable, Equatable {
    /// Folder of `Threading.swiftmodule` (passed as `-I`).
    package var moduleFolder: String
    /// The clang module map of `CThreadingShims`, which Threading imports.
    package var moduleMap: String
    /// Changes whenever the Threading runtime docgen runs cells with changes (it is part of every cache key).
    package var identity: String

    package init(moduleFolder: String, moduleMap: String, identity: String) {
        self.moduleFolder = moduleFolder
        self.moduleMap = moduleMap
        self.identity = identity
    }

    /// The toolkit of the docgen executable at `executable`, or `nil` when neither layout is there.
    package static func locate(executable: String) -> RuntimeToolkit? {
        let folder = (executable as NSString).deletingLastPathComponent
        let manager = FileManager.default
        let built = folder + "/Modules"
        if manager.fileExists(atPath: built + "/Threading.swiftmodule") {
            let map = folder + "/CThreadingShims.build/module.modulemap"
            return RuntimeToolkit(moduleFolder: built, moduleMap: map, identity: buildIdentity(folder))
        }
        let installed = (folder as NSString).deletingLastPathComponent + "/lib/docgen"
        if manager.fileExists(atPath: installed + "/Modules/Threading.swiftmodule"),
            let id = manager.contents(atPath: installed + "/runtime-id")
        {
            return RuntimeToolkit(
                moduleFolder: installed + "/Modules", moduleMap: installed + "/CThreadingShims/module.modulemap",
                identity: "installed " + String(decoding: id, as: UTF8.self).trimmingWhitespace())
        }
        return nil
    }

    /// In a build folder: the name, size and modification time of Threading's module and object files (reading
    /// their bytes would cost a no-change rebuild more than the rest of it). They change only when Threading is
    /// rebuilt, unlike the docgen binary, which every change to docgen relinks.
    /// Read with `stat` (Foundation's file attributes cost every command a few milliseconds on 160 object files).
    private static func buildIdentity(_ folder: String) -> String {
        let objects = folder + "/Threading.build"
        let names = ((try? FileManager.default.contentsOfDirectory(atPath: objects)) ?? []).filter {
            $0.hasSuffix(".o")
        }.sorted()
        var hash = FNV1a64()
        for path in [folder + "/Modules/Threading.swiftmodule"] + names.map({ objects + "/" + $0 }) {
            var status = stat()
            let found = stat(path, &status) == 0
            let size = found ? Int64(status.st_size) : -1
            let modified = found ? "\(status.st_mtim.tv_sec).\(status.st_mtim.tv_nsec)" : "0"
            hash.combine(field: "\((path as NSString).lastPathComponent) \(size) \(modified)")
        }
        return "build " + hash.hex
    }
}
