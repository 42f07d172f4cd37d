import Foundation
import ProcessCapture

/// Runs the built `docgen` executable (it sits beside the test binary in `.build/<config>/`).
package enum DocgenBinary {
    /// What a docgen run printed and how it ended.
    package typealias Output = CapturedProcess.Output

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
        var env = ProcessInfo.processInfo.environment
        env["CI"] = nil
        env["DOCGEN_COMPILE_CACHE"] = compileCache
        for (key, value) in environment { env[key] = value }
        return try CapturedProcess.run(path, arguments, in: directory ?? TestSupport.packageRoot, environment: env)
    }
}
