import Foundation
import Testing

/// `swiftc -typecheck` of a port's source against the Threading module these tests were built with, as docgen
/// compiles a cell's scenario: what a scenario may write, and what must fail to compile.
enum SwiftTypecheck {
    /// The build folder holding `Modules/Threading.swiftmodule` (the test binary sits inside it).
    private static var buildFolder: URL? {
        let binary =
            (try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe"))
            ?? CommandLine.arguments[0]
        var folder = URL(fileURLWithPath: binary).deletingLastPathComponent()
        while folder.path != "/" {
            if FileManager.default.fileExists(atPath: folder.path + "/Modules/Threading.swiftmodule") { return folder }
            folder.deleteLastPathComponent()
        }
        return nil
    }

    /// Type-checks `source` as the file `port.swift`; returns swiftc's exit status and diagnostics.
    static func run(_ source: String) throws -> (status: Int32, output: String) {
        let build = try #require(buildFolder, "no Modules/Threading.swiftmodule above the test binary")
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("spelling-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appendingPathComponent("port.swift")
        try Data(source.utf8).write(to: file)
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = [
            "swiftc", "-typecheck", "-I", build.path + "/Modules",
            "-Xcc", "-fmodule-map-file=" + build.path + "/CThreadingShims.build/module.modulemap", file.path,
        ]
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardError = pipe
        try process.run()
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (process.terminationStatus, String(decoding: data, as: UTF8.self))
    }
}
