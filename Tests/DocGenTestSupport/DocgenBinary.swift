import Foundation

/// Runs the built `docgen` executable (it sits beside the test binary in `.build/<config>/`).
package enum DocgenBinary {
    package struct Output {
        package var status: Int32
        package var stdout: String
        package var stderr: String
        /// True when docgen died from a signal (then `status` is the signal's number).
        package var signaled = false
    }

    package static var path: String {
        let testBinary =
            (try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe"))
            ?? CommandLine.arguments[0]
        var folder = URL(fileURLWithPath: testBinary).deletingLastPathComponent()
        while folder.path != "/", !FileManager.default.fileExists(atPath: folder.path + "/docgen") {
            folder.deleteLastPathComponent()
        }
        return folder.path + "/docgen"
    }

    /// One compile cache for every test's docgen (scenarios compile once per test run, not once per test).
    package static let compileCache = TestSupport.packageRoot + "/.build/docgen-tests-compile-cache"

    /// Runs `docgen arguments…` in the package root (or `directory`) and waits for it.
    package static func run(_ arguments: [String], environment: [String: String] = [:], in directory: String? = nil)
        throws
        -> Output
    {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: path)
        process.arguments = arguments
        process.currentDirectoryURL = URL(fileURLWithPath: directory ?? TestSupport.packageRoot)
        var env = ProcessInfo.processInfo.environment
        env["CI"] = nil
        env["DOCGEN_COMPILE_CACHE"] = compileCache
        for (key, value) in environment { env[key] = value }
        process.environment = env
        let folder = try TestSupport.temporaryFolder("docgen-output")
        defer { try? FileManager.default.removeItem(atPath: folder) }
        try Data().write(to: URL(fileURLWithPath: folder + "/out"))
        try Data().write(to: URL(fileURLWithPath: folder + "/err"))
        let out = try FileHandle(forWritingTo: URL(fileURLWithPath: folder + "/out"))
        let err = try FileHandle(forWritingTo: URL(fileURLWithPath: folder + "/err"))
        process.standardOutput = out
        process.standardError = err
        try process.run()
        process.waitUntilExit()
        try out.close()
        try err.close()
        return Output(
            status: process.terminationStatus,
            stdout: String(
                decoding: FileManager.default.contents(atPath: folder + "/out") ?? Data(),
                as: UTF8.self),
            stderr: String(
                decoding: FileManager.default.contents(atPath: folder + "/err") ?? Data(),
                as: UTF8.self),
            signaled: process.terminationReason == .uncaughtSignal)
    }
}
