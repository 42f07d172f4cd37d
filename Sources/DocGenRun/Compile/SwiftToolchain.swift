import Foundation

/// The Swift toolchain on PATH.
enum SwiftToolchain {
    /// The first executable named `name` on `PATH`.
    static func find(_ name: String) -> String? {
        let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin"
        for folder in path.split(separator: ":") where !folder.isEmpty {
            let candidate = folder + "/" + name
            if FileManager.default.isExecutableFile(atPath: candidate) { return candidate }
        }
        return nil
    }

    /// Identifies the compiler at `swiftc` without running it: the resolved driver and the `swift-frontend` beside
    /// it, by path, size and modification time.
    static func identity(of swiftc: String) -> String {
        let driver = URL(fileURLWithPath: swiftc).resolvingSymlinksInPath().path
        let frontend = (driver as NSString).deletingLastPathComponent + "/swift-frontend"
        return [driver, frontend].map { path in
            let attributes = (try? FileManager.default.attributesOfItem(atPath: path)) ?? [:]
            let size = (attributes[.size] as? NSNumber)?.int64Value ?? -1
            let modified = (attributes[.modificationDate] as? Date)?.timeIntervalSince1970 ?? 0
            return "\(path) \(size) \(modified)"
        }.joined(separator: "; ")
    }
}
