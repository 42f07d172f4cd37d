import Foundation

/// A `docgen serve --port 0` started from the built binary in a temporary project: content, site, cache and
/// snapshots folders of its own, started with every signal at its default action (`DefaultSignalsProcess`). Stopped
/// with SIGTERM when the test is done.
package final class ServeProcess {
    package let work: String
    package let process: DefaultSignalsProcess
    package private(set) var port = 0

    package var content: String { work + "/content" }
    package var site: String { work + "/site" }
    package var stderrPath: String { work + "/serve.err" }

    /// Starts `docgen serve` on `content` (default: the temporary project's own `content/`) and waits until it
    /// listens and (with `waitForFirstBuild`) finished its first build.
    /// `sharedCompileCache`: compiled scenarios come from the tests' one cache (else from this project's own cache).
    package init(
        content: String? = nil, pages: [String: String] = [:], extra: [String] = [], waitForFirstBuild: Bool = true,
        sharedCompileCache: Bool = true, executable: String = DocgenBinary.path, descriptorLimit: Int? = nil
    ) throws {
        work = try TestSupport.temporaryFolder("serve")
        for (name, text) in pages { try TestSupport.write(text, to: work + "/content/" + name) }
        let arguments =
            [
                "serve", "--port", "0", "--content", content ?? work + "/content", "--out", work + "/site",
                "--cache", work + "/cache", "--snapshots", work + "/snapshots",
            ] + extra
        var environment = ProcessInfo.processInfo.environment
        environment["DOCGEN_COMPILE_CACHE"] = sharedCompileCache ? DocgenBinary.compileCache : nil
        _ = FileManager.default.createFile(atPath: work + "/serve.err", contents: nil)
        if let descriptorLimit {
            // The shell lowers the limit, then becomes docgen (same pid, so stopping it stops docgen).
            process = try DefaultSignalsProcess(
                executable: "/bin/sh",
                arguments: ["-c", "ulimit -n \(descriptorLimit) && exec \"$0\" \"$@\"", executable] + arguments,
                environment: environment, directory: work, standardError: work + "/serve.err")
        } else {
            process = try DefaultSignalsProcess(
                executable: executable, arguments: arguments, environment: environment, directory: work,
                standardError: work + "/serve.err")
        }
        guard let line = waitForStderr(containing: "serving ") else { throw Failure.didNotStart(stderr) }
        guard let range = line.range(of: "127.0.0.1:"),
            let port = Int(line[range.upperBound...].prefix(while: \.isNumber))
        else { throw Failure.didNotStart(stderr) }
        self.port = port
        guard !waitForFirstBuild || waitForBuilds(1) else { throw Failure.didNotStart(stderr) }
    }

    /// Waits until `count` builds have ended (a `built …` or an `error: …` line each).
    package func waitForBuilds(_ count: Int, timeout: Double = 60) -> Bool {
        let deadline = Date().addingTimeInterval(timeout)
        while Date() < deadline {
            let ended = stderr.split(separator: "\n").filter { $0.hasPrefix("built ") || $0.hasPrefix("error: ") }
            if ended.count >= count { return true }
            if !process.isRunning { return false }
            usleep(20_000)
        }
        return false
    }

    deinit {
        if process.isRunning {
            process.terminate()
            process.waitUntilExit()
        }
        try? FileManager.default.removeItem(atPath: work)
    }

    package enum Failure: Error { case didNotStart(String) }

    package var stderr: String { (try? TestSupport.read(stderrPath)) ?? "" }

    package var client: ServeClient { ServeClient(port: port) }

    /// The first stderr line containing `text` (waiting up to `timeout` seconds for it), or `nil`.
    @discardableResult
    package func waitForStderr(containing text: String, count: Int = 1, timeout: Double = 60) -> String? {
        let deadline = Date().addingTimeInterval(timeout)
        while Date() < deadline {
            let lines = stderr.split(separator: "\n").filter { $0.contains(text) }
            if lines.count >= count { return String(lines[count - 1]) }
            if !process.isRunning { return nil }
            usleep(20_000)
        }
        return nil
    }

    /// Sends `signal` and waits for the exit; the exit status, or `nil` after `timeout` seconds.
    package func stop(_ signal: Int32 = SIGTERM, timeout: Double = 10) -> Int32? {
        kill(process.processIdentifier, signal)
        let deadline = Date().addingTimeInterval(timeout)
        while process.isRunning, Date() < deadline { usleep(10_000) }
        return process.isRunning ? nil : process.terminationStatus
    }
}
