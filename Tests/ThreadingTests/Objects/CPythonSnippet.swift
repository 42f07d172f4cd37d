import Foundation
import Testing
@_spi(Harness) import Threading

/// A Python snippet's file (the path tracebacks name) and its lines by number, for `PyGlobals(file:source:)`.
struct SnippetSource: Sendable {
    let file: String
    let lines: [Int: String]

    /// The module namespace a translation of the snippet starts with.
    func globals() -> PyObject { PyGlobals(file: file, source: lines) }
}

/// True when python3 is on PATH (the comparisons need it).
func python3IsInstalled() -> Bool {
    (ProcessInfo.processInfo.environment["PATH"] ?? "").split(separator: ":").contains {
        FileManager.default.isExecutableFile(atPath: "\($0)/python3")
    }
}

/// Runs `python` with python3 (as a file named `snippet.py` in a fresh folder) and `swift` (a hand translation of it,
/// given that file's name and lines) on the simulated runtime's default schedule, and expects the same stdout and
/// the same stderr.
func expectSameAsCPython(
    _ python: String, sourceLocation: SourceLocation = #_sourceLocation,
    _ swift: @escaping @Sendable (SnippetSource) throws -> Void
) throws {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("docgen-objects-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: folder) }
    let file = folder.appendingPathComponent("snippet.py")
    try python.write(to: file, atomically: true, encoding: .utf8)
    let process = Process()
    process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
    process.arguments = ["python3", file.path]
    var environment = ProcessInfo.processInfo.environment
    environment["PYTHONHASHSEED"] = "0"
    environment["PYTHONIOENCODING"] = "utf-8"
    process.environment = environment
    let stdout = Pipe()
    let stderr = Pipe()
    process.standardOutput = stdout
    process.standardError = stderr
    try process.run()
    let outData = stdout.fileHandleForReading.readDataToEndOfFile()
    let errData = stderr.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    let cpythonOut = String(decoding: outData, as: UTF8.self)
    let cpythonErr = String(decoding: errData, as: UTF8.self)
    var lines: [Int: String] = [:]
    for (index, line) in python.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
        lines[index + 1] = String(line)
    }
    let source = SnippetSource(file: file.path, lines: lines)
    let result = runProgram(RunOptions()) { try swift(source) }
    #expect(result.text(of: .stdout) == cpythonOut, "stdout differs from CPython's", sourceLocation: sourceLocation)
    #expect(
        result.text(of: .stderr) == withoutLibraryFramesAndCarets(cpythonErr, snippet: file.path),
        "stderr differs from CPython's", sourceLocation: sourceLocation)
}

/// CPython's stderr without what the object layer cannot print: frames of CPython's own library files (threading.py's
/// `_bootstrap_inner` and `run`) and 3.11's caret lines under a source line (`~~~~^^^^`).
func withoutLibraryFramesAndCarets(_ stderr: String, snippet: String) -> String {
    var lines: [Substring] = []
    var skippingFrame = false
    for line in stderr.split(separator: "\n", omittingEmptySubsequences: false) {
        if line.hasPrefix("  File \"") {
            skippingFrame = !line.hasPrefix("  File \"\(snippet)\"")
            if skippingFrame { continue }
        } else if line.hasPrefix("    ") && skippingFrame {
            continue
        } else {
            skippingFrame = false
        }
        if !line.isEmpty && line.allSatisfy({ $0 == " " || $0 == "~" || $0 == "^" }) { continue }
        lines.append(line)
    }
    return lines.joined(separator: "\n")
}
