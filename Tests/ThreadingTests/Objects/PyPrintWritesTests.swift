import Testing
@_spi(Harness) @_spi(Search) import Threading

/// Translated code's `print` (`py.print`) writes what CPython's `builtin_print` writes: each separator, each object's
/// `str()` and the end, each a write of its own.
@Suite struct PyPrintWritesTests {
    /// ```python
    /// import threading
    /// def worker(name, priority):
    ///     print(name + ": priority", priority)
    /// threads = [threading.Thread(target=worker, args=("worker-1", 3)), threading.Thread(target=worker, args=("worker-2", 2))]
    /// for t in threads: t.start()
    /// for t in threads: t.join()
    /// ```
    private static let twoWorkers: @Sendable () throws -> Void = {
        let g = PyGlobals()
        g.threading = try py_import("threading")
        g.worker = def("worker", ["name", "priority"]) { a in
            try py.print(try a[0] + ": priority", a[1])
            return PyObject.None
        }
        let threads = [
            try g.threading.Thread(target: g.worker, args: PyObject.tuple(["worker-1", 3])),
            try g.threading.Thread(target: g.worker, args: PyObject.tuple(["worker-2", 2])),
        ]
        for t in threads { try t.start() }
        for t in threads { try t.join() }
    }

    @Test func twoThreadsPrintingGiveEveryMixOfTheirWrites() {
        var found: Set<String> = []
        let summary = ExhaustiveSearch().run(Self.twoWorkers) { result, _ in found.insert(result.text(of: .stdout)) }
        #expect(summary.complete)
        #expect(
            found
                == PrintWritesTests.interleavings(
                    ["worker-1: priority", " ", "3", "\n"], ["worker-2: priority", " ", "2", "\n"]))
        // The line a terminal shows in about half of CPython's runs of the tutorial's several-consumers cell.
        #expect(found.contains("worker-1: priorityworker-2: priority 3 2\n\n"))
    }

    @Test func theDefaultScheduleWritesEachLineWhole() {
        let result = runProgram(main: Self.twoWorkers)
        #expect(result.text(of: .stdout) == "worker-1: priority 3\nworker-2: priority 2\n")
        let writes = result.events.filter { if case .output = $0.kind { true } else { false } }
        #expect(writes.count == 2)
    }

    @Test(.enabled(if: python3IsInstalled())) func anObjectWhoseStrRaisesLeavesWhatWasWrittenAsInCPython() throws {
        try expectSameAsCPython(
            """
            class Bad:
                def __str__(self):
                    raise ValueError("no str")
            try:
                print("a", Bad(), "c", sep="-")
            except ValueError as e:
                print("raised:", e)
            """
        ) { src in
            let g = PyGlobals(file: src.file, source: src.lines)
            g.Bad = try pyclass("Bad", bases: []) { Bad in
                Bad.__str__ = def("__str__", ["self"]) { _ in throw try PyError(try py.ValueError("no str")) }
            }
            do {
                try py.print("a", try g.Bad(), "c", sep: "-")
            } catch let e as PyError where e.matches(py.ValueError) {
                try py.print("raised:", e.value)
            }
        }
    }
}
