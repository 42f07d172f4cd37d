import DocGenTestSupport
@_spi(Harness) @testable import DocGenVerify
import Testing
@_spi(Harness) import Threading

/// Locations (warning paths and line numbers, echoed source lines, traceback frames) never reach compared text.
@Suite struct FidelityLocationsTests {
    private func err(_ thread: String, _ text: String) -> FidelityLine {
        FidelityLine(stream: .stderr, thread: thread, text: text)
    }

    @Test func aWarningKeepsItsCategoryAndMessageOnly() throws {
        let python = [
            err("MainThread", "/tmp/docgen-fidelity-1/x.py:7: DeprecationWarning: isSet() is deprecated, use is_set()"),
            err("MainThread", "  print(e.isSet())"),
            err("MainThread", "  not the echoed line: only one is dropped"),
        ]
        let swift = [
            err("MainThread", "Scenarios/X.swift:12: DeprecationWarning: isSet() is deprecated, use is_set()"),
            err("MainThread", "  print(e.isSet())   // the Swift line"),
            err("MainThread", "  not the echoed line: only one is dropped"),
        ]
        let normaliser = try FidelityNormaliser()
        #expect(normaliser.normalise(python) == normaliser.normalise(swift))
        #expect(
            normaliser.normalise(python) == [
                err("MainThread", "<file>:<line>: DeprecationWarning: isSet() is deprecated, use is_set()"),
                err("MainThread", "  not the echoed line: only one is dropped"),
            ])
        // Without its echoed source line (the source could not be read) it still compares equal.
        #expect(normaliser.normalise([swift[0]]) == normaliser.normalise(Array(python.prefix(2))))
    }

    @Test func tracebackFramesAreDroppedPerThreadEvenWhenInterleaved() throws {
        let python = [
            err("Thread-1 (work)", "Exception in thread Thread-1 (work):"),
            err("Thread-1 (work)", "Traceback (most recent call last):"),
            err("Thread-1 (work)", "  File \"/usr/lib/python3.11/threading.py\", line 1045, in _bootstrap_inner"),
            err("MainThread", "main goes on"),
            err("Thread-1 (work)", "    self.run()"),
            err("Thread-1 (work)", "  File \"/tmp/docgen-fidelity-1/x.py\", line 3, in work"),
            err("Thread-1 (work)", "    raise ValueError(\"no\")"),
            err("Thread-1 (work)", "ValueError: no"),
            err("Thread-1 (work)", "  indented output after the error line stays"),
        ]
        let swift = [
            err("Thread-1 (work)", "Exception in thread Thread-1 (work):"),
            err("Thread-1 (work)", "Traceback (most recent call last):"),
            err("MainThread", "main goes on"),
            err("Thread-1 (work)", "ValueError: no"),
            err("Thread-1 (work)", "  indented output after the error line stays"),
        ]
        let normaliser = try FidelityNormaliser()
        #expect(normaliser.normalise(python) == swift)
        #expect(normaliser.normalise(swift) == swift)
    }

    @Test func stdoutIsNeverTouched() throws {
        let lines = [
            FidelityLine(stream: .stdout, thread: "MainThread", text: "Traceback (most recent call last):"),
            FidelityLine(stream: .stdout, thread: "MainThread", text: "  x.py:1: DeprecationWarning: printed"),
        ]
        #expect(try FidelityNormaliser().normalise(lines) == lines)
    }
}

/// A cell using CPython's deprecated aliases and its Swift port compare equal, warnings included, with no mask.
@Suite(.enabled(if: pythonIsInstalled())) struct DeprecationWarningFidelityTests {
    @Test func deprecatedAliasesMatchCPythonWithoutAMask() async throws {
        let python = """
            import threading

            def worker():
                for _ in range(3):
                    threading.currentThread()
                print(threading.currentThread().getName())

            t = threading.Thread(target=worker)
            t.setDaemon(False)
            t.start()
            t.join()
            e = threading.Event()
            print(e.isSet(), threading.activeCount(), t.isDaemon())

            """
        let swift = runProgram(RunOptions()) {
            let worker = def("worker") {
                for _ in 0..<3 { _ = threading.currentThread() }
                print(threading.currentThread().getName())
            }
            let t = threading.Thread(target: worker)
            try t.setDaemon(false)
            try t.start()
            try t.join()
            let e = threading.Event()
            print(e.isSet(), threading.activeCount(), t.isDaemon())
        }
        let runner = try PythonCellRunner()
        defer { runner.removeFiles() }
        let normaliser = try FidelityNormaliser()
        let cpython = normaliser.normalise(try await runner.run(cell: "tests/deprecated", source: python))
        let ours = normaliser.normalise(swift.fidelityLines)
        #expect(cpython.filter { $0.stream == .stderr }.count == 7)  // seven call sites
        let verdict = FidelityVerdict.compare(python: [cpython], swift: ours, mode: .perThread)
        #expect(verdict.passed, "\(verdict.difference)\nCPython: \(cpython)\nSwift: \(ours)")
    }
}
