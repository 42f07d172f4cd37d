@testable import DocGenRun
import DocGenTestSupport
import Foundation
import Testing

/// A version manager's `python3` shim is run until the interpreter it picks is known; then that interpreter parses
/// cells directly, until the shim, or a variable or version file it decides by, changes.
@Suite struct PythonInterpreterTests {
    /// The interpreter the `python3` on this process's `PATH` runs (its `sys.executable`).
    static func realPython() throws -> String {
        try TestSupport.python3(["-c", "import sys; sys.stdout.write(sys.executable)"])
    }

    /// Writes `tools/python3`, a shim (a script) that notes each run in `log` and runs `real`.
    static func writeShim(_ tools: String, log: String, real: String, note: String) throws {
        try TestSupport.writeExecutable(
            "#!/bin/sh\n# \(note)\necho run >> \(log)\nexec \(real) \"$@\"\n", to: tools + "/python3")
    }

    @Test func aShimRunsUntilItsChoiceIsKnownAndAgainOnceItChanged() async throws {
        let folder = try TestSupport.temporaryFolder()
        let tools = folder + "/tools"
        let log = folder + "/shim-runs"
        let real = try Self.realPython()
        try Self.writeShim(tools, log: log, real: real, note: "first")
        var translator = Translator(cacheDirectory: folder + "/cache")
        translator.environment = ["PATH": tools + ":/usr/bin:/bin", "HOME": folder]
        func translate(_ number: Int) async throws {
            let request = Translator.Request(
                id: "page/cell-\(number)", source: "print(\(number))\n", contentFile: "content/page.md", firstLine: 3,
                scenarioFile: "content/page/cell-\(number).swift")
            let result = try await translator.translate([request])[0]
            #expect((try? result.get()) != nil)
        }
        func shimRuns() -> Int { ((try? TestSupport.read(log)) ?? "").split(separator: "\n").count }

        try await translate(1)
        #expect(shimRuns() == 1)
        try await translate(2)
        #expect(shimRuns() == 1, "the interpreter the shim picked did not run directly")
        try Self.writeShim(tools, log: log, real: real, note: "second: another python3 on PATH")
        try await translate(3)
        #expect(shimRuns() == 2, "the changed python3 on PATH was not run")
        try await translate(4)
        #expect(shimRuns() == 2)
    }

    @Test func whatAShimDecidesByIsPartOfTheKey() throws {
        let folder = try TestSupport.temporaryFolder()
        let tools = folder + "/shims"
        let work = folder + "/project/docs"
        try FileManager.default.createDirectory(atPath: work, withIntermediateDirectories: true)
        let real = try Self.realPython()
        try Self.writeShim(tools, log: folder + "/log", real: real, note: "shim")
        let environment = ["PATH": tools, "HOME": folder]
        func resolve(_ environment: [String: String]) -> PythonInterpreter {
            PythonInterpreter.resolve(
                "python3", cacheDirectory: folder + "/cache", environment: environment, directory: work)
        }
        let shim = tools + "/python3"
        let first = resolve(environment)
        #expect(first.command == shim && first.cacheFile != nil)
        first.record(real)
        #expect(resolve(environment) == PythonInterpreter(command: real))
        // pyenv shell, pyenv local (in a folder above the working one), pyenv global (beside the shims' folder).
        #expect(resolve(environment.merging(["PYENV_VERSION": "3.13.0"]) { $1 }).command == shim)
        try TestSupport.write("3.12.1\n", to: folder + "/project/.python-version")
        #expect(resolve(environment).command == shim)
        resolve(environment).record(real)
        #expect(resolve(environment).command == real)
        try TestSupport.write("3.10.13\n", to: folder + "/version")
        #expect(resolve(environment).command == shim)
        // A python3 that is a program runs as it is, and nothing is kept for it.
        let programs = folder + "/programs"
        try FileManager.default.createDirectory(atPath: programs, withIntermediateDirectories: true)
        try FileManager.default.createSymbolicLink(atPath: programs + "/python3", withDestinationPath: real)
        #expect(resolve(["PATH": programs]) == PythonInterpreter(command: programs + "/python3"))
        // Not on PATH: the name as given, whose run says python3 is missing.
        #expect(resolve(["PATH": folder + "/nothing"]) == PythonInterpreter(command: "python3"))
    }
}
