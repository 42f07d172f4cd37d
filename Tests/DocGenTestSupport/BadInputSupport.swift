import Foundation
import ProcessCapture
import Testing

/// Helpers for end-to-end bad-input tests: a content folder written on the fly, and the checks every bad input must
/// pass (exit status 1 or 2, one `error:` line naming what was wrong, no signal, no backtrace).
package enum BadInputSupport {
    /// A temporary content folder holding `pages` (file name → Markdown or raw bytes).
    package static func content(_ pages: [String: [UInt8]]) throws -> String {
        try content(pages.map { ($0.key, $0.value) })
    }

    /// The same from a list, for names a dictionary would merge (Swift's `==` treats NFC and NFD as one string).
    package static func content(_ pages: [(String, [UInt8])]) throws -> String {
        let folder = try TestSupport.temporaryFolder("badinput")
        try FileManager.default.createDirectory(atPath: folder + "/content", withIntermediateDirectories: true)
        for (name, bytes) in pages {
            let path = folder + "/content/" + name
            try FileManager.default.createDirectory(
                atPath: (path as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
            try Data(bytes).write(to: URL(fileURLWithPath: path))
        }
        return folder + "/content"
    }

    /// Every file under `folder` (relative path → bytes); `nil` when the folder does not exist.
    package static func files(in folder: String) -> [String: Data]? {
        guard let enumerator = FileManager.default.enumerator(atPath: folder) else { return nil }
        var result: [String: Data] = [:]
        while let path = enumerator.nextObject() as? String {
            var isFolder: ObjCBool = false
            _ = FileManager.default.fileExists(atPath: folder + "/" + path, isDirectory: &isFolder)
            if !isFolder.boolValue { result[path] = FileManager.default.contents(atPath: folder + "/" + path) }
        }
        return result
    }

    /// The site (relative path → bytes) the built docgen writes from `content` and the recordings in `recordings` into
    /// an empty folder beside them in `work`, with an empty cache: what any rebuild must write from the same inputs.
    package static func siteFromScratch(
        content: String, recordings: String, in work: String, extra: [String] = []
    ) throws -> [String: Data]? {
        let fresh = work + "/fresh-\(UUID().uuidString)"
        let built = try DocgenBinary.run(
            ["build", "--content", content, "--out", fresh, "--cache", fresh + "-cache", "--recordings", recordings]
                + extra)
        #expect(built.status == 0, "\(built.stderr)")
        return files(in: fresh)
    }

    /// Names in `folder` that docgen makes beside an output folder (lock, temporary and backup folders).
    package static func docgenSiblings(in folder: String) throws -> [String] {
        try FileManager.default.contentsOfDirectory(atPath: folder).filter { $0.contains(".docgen-") }
    }

    /// What a run under a deadline left: status, output, and whether it was killed by a signal or for taking too
    /// long.
    package typealias TimedOutput = CapturedProcess.Output

    /// Runs `docgen arguments…`, killing it after `timeout` seconds.
    package static func run(_ arguments: [String], timeout: Double) throws -> TimedOutput {
        try CapturedProcess.run(
            DocgenBinary.path, arguments, environment: ProcessInfo.processInfo.environment, timeout: timeout)
    }

    /// Starts `docgen arguments…` without waiting (output discarded).
    package static func start(_ arguments: [String]) throws -> DefaultSignalsProcess {
        var environment = ProcessInfo.processInfo.environment
        environment["DOCGEN_COMPILE_CACHE"] = DocgenBinary.compileCache
        return try DefaultSignalsProcess(executable: DocgenBinary.path, arguments: arguments, environment: environment)
    }

    /// A page with one Python cell under `## X`, preceded by `<!-- docgen: options -->`.
    package static func page(options: String) -> [UInt8] {
        Array("# T\n\n## X\n\n<!-- docgen: \(options) -->\n```python\nprint(1)\n```\n".utf8)
    }

    /// Checks `output` is a clean failure: status 1 or 2, stderr exactly one line `error: …` containing `message`.
    package static func expectCleanError(
        _ output: DocgenBinary.Output, _ message: String, sourceLocation: SourceLocation = #_sourceLocation
    ) {
        #expect(!output.signaled, "killed by signal \(output.status)", sourceLocation: sourceLocation)
        #expect(output.status == 1 || output.status == 2, "status \(output.status)", sourceLocation: sourceLocation)
        let lines = output.stderr.split(separator: "\n")
        #expect(lines.count == 1, "stderr was: \(output.stderr)", sourceLocation: sourceLocation)
        #expect(
            lines.first?.hasPrefix("error: ") == true, "stderr was: \(output.stderr)", sourceLocation: sourceLocation)
        #expect(output.stderr.contains(message), "stderr was: \(output.stderr)", sourceLocation: sourceLocation)
        #expect(!output.stderr.contains("Fatal error"), sourceLocation: sourceLocation)
    }
}
