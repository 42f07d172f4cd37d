import Dispatch
import Testing
@testable import Threading

/// The object layer's quick paths find what its general ones find: a module's attribute read straight from its
/// globals, a plain queue's methods called on the queue itself, an empty instance dict skipped without `PyLock`, and
/// `PyLock` and a module's own lock (spin locks) still let one thread in at a time.
@Suite(.enabled(if: python3IsInstalled())) struct PyHotPathTests {
    @Test func aModulesAttributesAreItsGlobalsAsInCPython() throws {
        try expectSameAsCPython(
            """
            import time
            import queue
            print(time.__class__.__name__, type(time.sleep).__name__)
            try:
                time.nope
            except AttributeError as e:
                print(e)
            time.sleep = lambda secs: print("rebound", secs)
            time.sleep(2)
            print(queue.LifoQueue.__name__, "sleep" in time.__dict__)
            """
        ) { src in
            _ = src.globals()
            let time = try py_import("time")
            let queue = try py_import("queue")
            try py.print(time.__class__.__name__, py.type(time.sleep).__name__)
            do { _ = try time.nope } catch let e as PyError where e.matches(py.AttributeError) { try py.print(e.value) }
            time.sleep = def("<lambda>", ["secs"]) { a in try py.print("rebound", a[0]) }
            try time.sleep(2)
            try py.print(queue.LifoQueue.__name__, contains(time.__dict__, "sleep"))
        }
    }

    @Test func plainAndPriorityQueuesKeepTheirOrders() throws {
        try expectSameAsCPython(
            """
            import queue
            for q in [queue.Queue(), queue.LifoQueue(), queue.PriorityQueue(), queue.SimpleQueue()]:
                for item in [2, 3, 1]:
                    q.put(item)
                print(type(q).__name__, q.get(), q.get(), q.get(block=False))
                try:
                    q.get(timeout=0)
                except queue.Empty:
                    print("empty")
            """
        ) { src in
            _ = src.globals()
            let queue = try py_import("queue")
            let empty = try queue.Empty
            for q in [try queue.Queue(), try queue.LifoQueue(), try queue.PriorityQueue(), try queue.SimpleQueue()] {
                for item in [2, 3, 1] { try q.method.put(PyObject(item)) }
                try py.print(py.type(q).__name__, q.method.get(), q.method.get(), q.get(block: false))
                do { _ = try q.get(timeout: 0) } catch let e as PyError where e.matches(empty) { try py.print("empty") }
            }
        }
    }

    @Test func contendingThreadsTakePyLockOneAtATime() {
        final class Counter: @unchecked Sendable { var value = 0 }
        let counter = Counter()
        let (threads, rounds) = (4, 20_000)
        DispatchQueue.concurrentPerform(iterations: threads) { _ in
            for _ in 0..<rounds { PyLock.withLock { counter.value += 1 } }
        }
        #expect(counter.value == threads * rounds)
    }

    @Test func contendingThreadsBindAModulesGlobalsUnderItsOwnLock() {
        let module = PyModule(name: "shared")
        let (threads, rounds) = (4, 2_000)
        DispatchQueue.concurrentPerform(iterations: threads) { thread in
            for round in 0..<rounds {
                let name = "g\(thread)_\(round)"
                module.set(name, PyObject(round))
                _ = try? module.get(PyName(name))
            }
        }
        #expect(module.boundNames.count == threads * rounds)
        #expect((try? module.get("g3_1999").asInt()) == 1_999)
    }

    @Test func anAttributeDictionaryKnowsWithoutTheLockWhetherItHasNames() {
        let attributes = PyAttributes()
        #expect(!attributes.hasNames)
        attributes["a"] = 1
        attributes["b"] = 2
        #expect(attributes.hasNames)
        attributes["a"] = nil
        #expect(attributes.hasNames)
        attributes["b"] = nil
        #expect(!attributes.hasNames)
        attributes["c"] = 3
        _ = attributes.removeAll()
        #expect(!attributes.hasNames)
    }
}
