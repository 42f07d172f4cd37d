import Foundation
#if canImport(Glibc)
    import Glibc
#endif

/// Shared helpers for DocGen tests: temporary folders and the built `docgen` binary.
package enum TestSupport {
    /// A fresh empty folder under the system temp directory.
    package static func temporaryFolder(_ name: String = #function) throws -> String {
        let safe = name.filter { $0.isLetter || $0.isNumber }
        let path = NSTemporaryDirectory() + "docgen-tests-\(safe)-\(UUID().uuidString)"
        try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        return path
    }

    /// What the `python3` on `PATH` prints on standard output when run with `arguments`.
    package static func python3(_ arguments: [String]) throws -> String {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3"] + arguments
        let pipe = Pipe()
        process.standardOutput = pipe
        try process.run()
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return String(decoding: data, as: UTF8.self)
    }

    package static func write(_ text: String, to path: String) throws {
        try FileManager.default.createDirectory(
            atPath: (path as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
        try Data(text.utf8).write(to: URL(fileURLWithPath: path))
    }

    /// Writes an executable script (a stand-in for a tool) through a descriptor closed on exec: a process another
    /// test starts meanwhile must not inherit it open for writing, or running the script fails with "Text file busy"
    /// (ETXTBSY) for as long as that process lives.
    package static func writeExecutable(_ text: String, to path: String) throws {
        try FileManager.default.createDirectory(
            atPath: (path as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
        let descriptor = open(path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o755)
        guard descriptor >= 0 else { throw CocoaError(.fileWriteUnknown, userInfo: [NSFilePathErrorKey: path]) }
        defer { close(descriptor) }
        let bytes = Array(text.utf8)
        guard bytes.withUnsafeBytes({ Glibc.write(descriptor, $0.baseAddress, $0.count) }) == bytes.count,
            fchmod(descriptor, 0o755) == 0
        else { throw CocoaError(.fileWriteUnknown, userInfo: [NSFilePathErrorKey: path]) }
    }

    package static func read(_ path: String) throws -> String {
        try String(contentsOfFile: path, encoding: .utf8)
    }

    /// The content folder of the fixture case `name`, `Tests/Fixtures/<feature>/<name>/content`, whichever feature
    /// holds it; for a name no feature has, `Tests/Fixtures/<name>` (which does not exist).
    package static func fixture(_ name: String) -> String {
        fixtureCases().first { $0.name == name }.map { $0.folder + "/content" } ?? packageRoot + "/Tests/Fixtures/"
            + name
    }

    /// Every fixture case: a folder `Tests/Fixtures/<feature>/<name>/` with a `content/` docs project (and, when
    /// recorded, `expected/`), by feature and name.
    package static func fixtureCases() -> [(feature: String, name: String, folder: String)] {
        let root = packageRoot + "/Tests/Fixtures"
        let manager = FileManager.default
        var cases: [(feature: String, name: String, folder: String)] = []
        for feature in ((try? manager.contentsOfDirectory(atPath: root)) ?? []).sorted() {
            for name in ((try? manager.contentsOfDirectory(atPath: root + "/" + feature)) ?? []).sorted()
            where manager.fileExists(atPath: "\(root)/\(feature)/\(name)/content") {
                cases.append((feature, name, "\(root)/\(feature)/\(name)"))
            }
        }
        return cases
    }

    /// The package root (this file is `<root>/Tests/DocGenTests/TestSupport.swift`).
    package static let packageRoot: String = {
        var url = URL(fileURLWithPath: #filePath)
        for _ in 0..<3 { url.deleteLastPathComponent() }
        return url.path
    }()
}
