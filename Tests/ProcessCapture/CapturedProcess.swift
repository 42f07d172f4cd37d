import Foundation

/// Runs a child process to its end and keeps what it printed: the one process runner of the test programs (the
/// DocGen tests and the installed-docgen test, which runs outside the checkout and so links Foundation only).
/// Output goes through temporary files rather than pipes, so a child that prints more than a pipe holds never blocks.
package enum CapturedProcess {
    /// What a finished child printed and how it ended.
    package struct Output: Sendable {
        package var status: Int32
        package var stdout: String
        package var stderr: String
        /// True when the child died from a signal (then `status` is the signal's number).
        package var signaled = false
        /// True when it was still running at its deadline and was killed (SIGKILL).
        package var timedOut = false

        package var succeeded: Bool { status == 0 && !signaled }
    }

    /// Runs `executable` with `arguments` in `directory` (nil: this process's), with `environment` as its whole
    /// environment, and waits for it; after `timeout` seconds (nil: no limit) it is killed and `timedOut` set.
    package static func run(
        _ executable: String, _ arguments: [String], in directory: String? = nil, environment: [String: String],
        timeout: Double? = nil
    ) throws -> Output {
        let scratch = FileManager.default.temporaryDirectory.appendingPathComponent("captured-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: scratch, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: scratch) }
        let outURL = scratch.appendingPathComponent("out")
        let errURL = scratch.appendingPathComponent("err")
        try Data().write(to: outURL)
        try Data().write(to: errURL)
        let out = try FileHandle(forWritingTo: outURL)
        let err = try FileHandle(forWritingTo: errURL)

        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = arguments
        if let directory { process.currentDirectoryURL = URL(fileURLWithPath: directory) }
        process.environment = environment
        process.standardOutput = out
        process.standardError = err
        try process.run()
        var timedOut = false
        if let timeout {
            let deadline = Date().addingTimeInterval(timeout)
            while process.isRunning, Date() < deadline { usleep(20_000) }
            timedOut = process.isRunning
            if timedOut { kill(process.processIdentifier, SIGKILL) }
        }
        process.waitUntilExit()
        try out.close()
        try err.close()
        let read = { (url: URL) in String(decoding: (try? Data(contentsOf: url)) ?? Data(), as: UTF8.self) }
        return Output(
            status: process.terminationStatus, stdout: read(outURL), stderr: read(errURL),
            signaled: process.terminationReason == .uncaughtSignal, timedOut: timedOut)
    }
}
