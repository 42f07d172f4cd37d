import Foundation
import Testing
@_spi(Harness) @_spi(Search) import Threading

/// Translated Python's reads and writes of globals, closure variables, attributes and container elements are shared
/// accesses (`PyAccess` → `SharedAccess`): places where another thread may run, as between two bytecodes in CPython,
/// which the exhaustive search explores. The programs are written as the translator writes them (TRANSLATION-CONTRACT).
@Suite struct PySharedAccessTests {
    /// ```python
    /// import threading
    /// count = 0
    /// def worker():
    ///     global count
    ///     for _ in range(3):
    ///         value = count
    ///         count = value + 1
    /// threads = [threading.Thread(target=worker), threading.Thread(target=worker)]
    /// for t in threads: t.start()
    /// for t in threads: t.join()
    /// print(count)
    /// ```
    static let lostUpdateOfAGlobal: @Sendable () throws -> Void = {
        let g = PyGlobals()
        g.threading = try py_import("threading")
        g.count = 0
        g.worker = def("worker", []) { _ in
            let it = try py.range(3).iterator()
            while try it.nextItem() != nil {
                let value = try g.count
                g.count = try value + 1
            }
            return PyObject.None
        }
        g.threads = PyObject.list([try g.threading.Thread(target: g.worker), try g.threading.Thread(target: g.worker)])
        let starts = try g.threads.iterator()
        while let t = try starts.nextItem() { try t.start() }
        let joins = try g.threads.iterator()
        while let t = try joins.nextItem() { try t.join() }
        try py.print(g.count)
    }

    /// Every output of a complete search of `program`, each with a schedule that gives it.
    private func outputs(_ program: @escaping @Sendable () throws -> Void) -> (found: [String: String], complete: Bool)
    {
        var found: [String: String] = [:]
        let summary = ExhaustiveSearch().run(program) { result, _ in
            let text = result.text(of: .stdout) + result.text(of: .stderr)
            if found[text] == nil { found[text] = result.schedule }
        }
        return (found, summary.complete)
    }

    @Test func aGlobalReadThenWrittenLosesUpdatesAsInCPython() {
        // CPython allows 2 to 6 at bytecode level (frontrun finds these five).
        let (found, complete) = outputs(Self.lostUpdateOfAGlobal)
        #expect(complete)
        #expect(Set(found.keys) == ["2\n", "3\n", "4\n", "5\n", "6\n"])
        for (output, schedule) in found {
            let replayed = runProgram(RunOptions(schedule: .replay(schedule)), main: Self.lostUpdateOfAGlobal)
            #expect(replayed.text(of: .stdout) == output, "schedule \(schedule)")
        }
    }

    @Test func theDefaultScheduleNeverSwitchesAtASharedAccess() {
        // As CPython's switch interval: each worker runs its three iterations before the other.
        let result = runProgram(main: Self.lostUpdateOfAGlobal)
        #expect(result.text(of: .stdout) == "6\n")
    }

    @Test(.enabled(if: python3IsInstalled())) func everyTotalCPythonPrintsIsInTheSearchedSet() throws {
        // CPython made to switch at random line boundaries (a trace function that sleeps 0 s, so the GIL is released)
        // loses updates too; every total it prints must be one the search found.
        let script = """
            import random, sys, threading, time
            def trial():
                global count
                count = 0
                def worker():
                    global count
                    for _ in range(3):
                        value = count
                        count = value + 1
                threads = [threading.Thread(target=worker) for _ in range(2)]
                for t in threads:
                    t.start()
                for t in threads:
                    t.join()
                return count
            def yielder(frame, event, arg):
                if event == "line" and random.random() < 0.5:
                    time.sleep(0)
                return yielder
            sys.setswitchinterval(1e-6)
            threading.settrace(yielder)
            seen = set()
            for seed in range(300):
                random.seed(seed)
                seen.add(trial())
            print(" ".join(str(total) for total in sorted(seen)))
            """
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3", "-c", script]
        let pipe = Pipe()
        process.standardOutput = pipe
        try process.run()
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        let cpython = String(decoding: data, as: UTF8.self).split(separator: " ").map {
            "\($0.trimmingCharacters(in: .whitespacesAndNewlines))\n"
        }
        #expect(cpython.count >= 2, "CPython lost no update in 300 trials: \(cpython)")
        let (found, _) = outputs(Self.lostUpdateOfAGlobal)
        #expect(
            Set(cpython).isSubset(of: Set(found.keys)),
            "CPython printed \(cpython), the search found \(found.keys.sorted())")
    }

    @Test func anAttributeOfASharedInstanceLosesUpdates() throws {
        // class Counter: def __init__(self): self.value = 0
        // def bump(counter): counter.value += 1     (two threads, then print(counter.value))
        let program: @Sendable () throws -> Void = {
            let g = PyGlobals()
            g.threading = try py_import("threading")
            g.Counter = try pyclass("Counter", bases: []) { Counter in
                Counter.__init__ = def("__init__", ["self"]) { a in
                    a[0].value = 0; return PyObject.None
                }
            }
            g.bump = def("bump", ["counter"]) { a in
                try a[0].setAttribute("value", try a[0].value + 1)
                return PyObject.None
            }
            g.counter = try g.Counter()
            let threads = [
                try g.threading.Thread(target: g.bump, args: PyObject.tuple([try g.counter])),
                try g.threading.Thread(target: g.bump, args: PyObject.tuple([try g.counter])),
            ]
            for t in threads { try t.start() }
            for t in threads { try t.join() }
            try py.print(try g.counter.value)
        }
        let (found, complete) = outputs(program)
        #expect(complete)
        #expect(Set(found.keys) == ["1\n", "2\n"])
    }

    @Test func aListElementAndAClosureVariableLoseUpdates() throws {
        // counts = [0]; total = 0 (a closure variable of main)
        // def work(): counts[0] += 1; nonlocal total; total += 1
        let program: @Sendable () throws -> Void = {
            let g = PyGlobals()
            g.threading = try py_import("threading")
            g.counts = PyObject.list([0])
            let total = PyCell(0, name: "total")
            g.work = def("work", []) { _ in
                let counts = try g.counts
                try counts.setItem(0, try counts.getItem(0) + 1)
                total.value = try total.value + 1
                return PyObject.None
            }
            let threads = [try g.threading.Thread(target: g.work), try g.threading.Thread(target: g.work)]
            for t in threads { try t.start() }
            for t in threads { try t.join() }
            try py.print(try g.counts.getItem(0), try total.value)
        }
        let (found, complete) = outputs(program)
        #expect(complete)
        #expect(Set(found.keys) == ["1 1\n", "1 2\n", "2 1\n", "2 2\n"])
    }

    @Test func threadsOnDifferentGlobalsDoNotMultiplySchedules() throws {
        // Each thread bumps its own global: nothing races, so one output, and the search is no larger than for the
        // same threads touching no global at all (accesses of different globals commute); on one global it is.
        enum Globals { case none, own, same }
        func program(_ globals: Globals) -> @Sendable () throws -> Void {
            {
                let g = PyGlobals()
                g.threading = try py_import("threading")
                g.a = 0
                g.b = 0
                g.bumpA = def("bumpA", []) { _ in
                    if globals != .none { g.a = try g.a + 1 }
                    return PyObject.None
                }
                g.bumpB = def("bumpB", []) { _ in
                    if globals == .own { g.b = try g.b + 1 }
                    if globals == .same { g.a = try g.a + 1 }
                    return PyObject.None
                }
                let threads = [try g.threading.Thread(target: g.bumpA), try g.threading.Thread(target: g.bumpB)]
                for t in threads { try t.start() }
                for t in threads { try t.join() }
                try py.print(g.a, g.b)
            }
        }
        expectOwnLocationsAddNoSchedules(own: program(.own), same: program(.same), idle: program(.none))
    }

    @Test func aThreadingLocalsAttributesAreNoSharedAccesses() throws {
        // ```python
        // data = threading.local()      # (or an instance of a plain class, shared by both threads)
        // def worker():
        //     data.value = 1
        //     data.value = data.value + 1
        // ```
        // Each thread has its own `data.value`: no other thread can reach it, so the search is as large as for threads
        // touching nothing; on a shared instance the same writes race.
        func program(local: Bool, writes: Bool = true) -> @Sendable () throws -> Void {
            {
                let g = PyGlobals()
                g.threading = try py_import("threading")
                g.Plain = try pyclass("Plain", bases: []) { _ in }
                g.data = local ? try g.threading.local() : try g.Plain()
                g.worker = def("worker", []) { _ in
                    let data = try g.data
                    guard writes else { return PyObject.None }
                    try data.setAttribute("value", 1)
                    try data.setAttribute("value", try data.value + 1)
                    return PyObject.None
                }
                let threads = [try g.threading.Thread(target: g.worker), try g.threading.Thread(target: g.worker)]
                for t in threads { try t.start() }
                for t in threads { try t.join() }
                try py.print("done")
            }
        }
        // The first run of a program makes the object layer's lazily built types and modules (shared accesses of
        // their own): run it once before the searches, so that they compare like with like whatever ran before.
        _ = runProgram(RunOptions(), main: program(local: true))
        let local = ExhaustiveSearch().run(program(local: true)) { _, _ in }
        let shared = ExhaustiveSearch().run(program(local: false)) { _, _ in }
        let none = ExhaustiveSearch().run(program(local: true, writes: false)) { _, _ in }
        #expect(local.complete && shared.complete && none.complete)
        #expect(local.executions == none.executions)
        #expect(shared.executions > local.executions)
    }

    @Test func threadsOnDifferentAttributesOfOneInstanceDoNotMultiplySchedules() throws {
        // ```python
        // box = Box()                       # one instance both threads reach
        // def set_a(): box.a = box.a + 1    # (set_b: box.b = box.b + 1, or box.a too)
        // ```
        // Each attribute is a location of its own: on different attributes nothing races, so the search is no larger
        // than for threads that only read `box`; on one attribute the update can be lost.
        enum Attributes { case none, own, same }
        func program(_ attributes: Attributes) -> @Sendable () throws -> Void {
            {
                let g = PyGlobals()
                g.threading = try py_import("threading")
                g.Box = try pyclass("Box", bases: []) { Box in
                    Box.__init__ = def("__init__", ["self"]) { a in
                        a[0].a = 0
                        a[0].b = 0
                        return PyObject.None
                    }
                }
                g.box = try g.Box()
                g.setA = def("setA", []) { _ in
                    let box = try g.box
                    if attributes != .none { try box.setAttribute("a", try box.a + 1) }
                    return PyObject.None
                }
                g.setB = def("setB", []) { _ in
                    let box = try g.box
                    if attributes == .own { try box.setAttribute("b", try box.b + 1) }
                    if attributes == .same { try box.setAttribute("a", try box.a + 1) }
                    return PyObject.None
                }
                let threads = [try g.threading.Thread(target: g.setA), try g.threading.Thread(target: g.setB)]
                for t in threads { try t.start() }
                for t in threads { try t.join() }
                try py.print(try g.box.a, try g.box.b)
            }
        }
        expectOwnLocationsAddNoSchedules(own: program(.own), same: program(.same), idle: program(.none))
    }

    @Test func readingDunderDictRacesWithAnyAttributeWrite() throws {
        // ```python
        // def add(): box.b = 1
        // def look(): print(sorted(box.__dict__))     # box has only `a` at first
        // ```
        // `__dict__` reads every attribute at once, so it does not commute with a write of another one.
        let program: @Sendable () throws -> Void = {
            let g = PyGlobals()
            g.threading = try py_import("threading")
            g.Box = try pyclass("Box", bases: []) { Box in
                Box.__init__ = def("__init__", ["self"]) { a in
                    a[0].a = 0
                    return PyObject.None
                }
            }
            g.box = try g.Box()
            g.add = def("add", []) { _ in
                try g.box.setAttribute("b", 1)
                return PyObject.None
            }
            g.look = def("look", []) { _ in
                try py.print(try py.sorted(try g.box.attribute("__dict__")))
                return PyObject.None
            }
            let threads = [try g.threading.Thread(target: g.add), try g.threading.Thread(target: g.look)]
            for t in threads { try t.start() }
            for t in threads { try t.join() }
        }
        let (found, complete) = outputs(program)
        #expect(complete)
        #expect(Set(found.keys) == ["['a']\n", "['a', 'b']\n"])
    }

    /// Two threads each bump one location and the program prints both: `own` bumps two different ones, `same` one
    /// location twice, `idle` only the first. A location of its own adds no schedules (`own` runs at most as many
    /// executions as `idle`, and prints only "1 1"); a shared one does (`same` prints "1 0" or "2 0", in more).
    private func expectOwnLocationsAddNoSchedules(
        own: @escaping @Sendable () throws -> Void, same: @escaping @Sendable () throws -> Void,
        idle: @escaping @Sendable () throws -> Void, sourceLocation: SourceLocation = #_sourceLocation
    ) {
        // Warm the object layer's lazily built types and modules first (see aThreadingLocalsAttributesAreNoShared-
        // Accesses): run first and cold, the `own` search paid for them (10 executions against 9).
        _ = runProgram(RunOptions(), main: own)
        var ownOutputs: Set<String> = []
        let ownSearch = ExhaustiveSearch().run(own) { result, _ in ownOutputs.insert(result.text(of: .stdout)) }
        var sameOutputs: Set<String> = []
        let sameSearch = ExhaustiveSearch().run(same) { result, _ in sameOutputs.insert(result.text(of: .stdout)) }
        let idleSearch = ExhaustiveSearch().run(idle) { _, _ in }
        #expect(ownSearch.complete && sameSearch.complete && idleSearch.complete, sourceLocation: sourceLocation)
        #expect(ownOutputs == ["1 1\n"], sourceLocation: sourceLocation)
        #expect(sameOutputs == ["1 0\n", "2 0\n"], sourceLocation: sourceLocation)
        #expect(ownSearch.executions <= idleSearch.executions, sourceLocation: sourceLocation)
        #expect(sameSearch.executions > ownSearch.executions, sourceLocation: sourceLocation)
    }
}
