import Testing

@_spi(Harness) @_spi(Search) @testable import Threading

/// The search runs about one execution per Mazurkiewicz class: every schedule of a small program is enumerated
/// without reduction and grouped by class (runs that only reorder commuting steps), then the reduced search must reach
/// every one of those classes, in barely more executions than there are classes.
@Suite struct ExecutionsPerClassTests {
    private struct Count {
        let classes: Int
        let executions: Int
        let reachedEveryClass: Bool
    }

    private func count(_ program: @escaping @Sendable () throws -> Void) -> Count {
        var all = ExhaustiveSearch()
        all.reduces = false
        var classes: Set<String> = []
        let full = all.run(program) { _, _, key in classes.insert(key()) }
        #expect(full.complete)
        var reached: Set<String> = []
        let reduced = ExhaustiveSearch().run(program) { _, _, key in reached.insert(key()) }
        #expect(reduced.complete)
        return Count(classes: classes.count, executions: reduced.executions, reachedEveryClass: reached == classes)
    }

    /// Small programs of every kind of step the search reorders (also split by `SplitSearchTests`).
    static let programs: [(String, @Sendable () throws -> Void)] = [
        (
            "two threads on their own locks",
            {
                let f = def("f") { (own: Lock) in
                    for _ in 0..<2 { own.with {} }
                }
                for _ in 0..<2 { try Thread(target: f, args: Lock()).start() }
            }
        ),
        (
            "two threads printing two lines",
            {
                let f = def("f") { (tag: String) in
                    print("\(tag)1")
                    print("\(tag)2")
                }
                try Thread(target: f, args: "a").start()
                try Thread(target: f, args: "b").start()
            }
        ),
        (
            "a lock around both prints",
            {
                let lock = Lock()
                let f = def("f") { (tag: String) in
                    lock.with {
                        print("\(tag)1")
                        print("\(tag)2")
                    }
                }
                try Thread(target: f, args: "a").start()
                try Thread(target: f, args: "b").start()
            }
        ),
        ("a racy increment each", racyIncrements(1)),
        (
            "an event hand-off",
            {
                let event = Event()
                let waiter = Thread {
                    event.wait()
                    print("after")
                }
                try waiter.start()
                print("before")
                event.set()
                try waiter.join()
            }
        ),
        (
            "a time-out due with a sleep",
            {
                let event = Event()
                let setter = Thread {
                    time.sleep(1)
                    event.set()
                }
                try setter.start()
                print(event.wait(timeout: 1))
                try setter.join()
            }
        ),
        (
            "a queue between a producer and a consumer",
            {
                let queue = Queue<Int>()
                let consumer = Thread {
                    for _ in 0..<2 { print(try queue.get()) }
                }
                try consumer.start()
                for item in 1...2 { try queue.put(item) }
            }
        ),
        (
            "a daemon worker the run leaves behind",
            {
                let work = Queue<Int>()
                let worker = Thread(
                    target: {
                        while true { print("got", try work.get()) }
                    }, daemon: true)
                try worker.start()
                try work.put(1)
                try work.put(2)
                print("main done")
            }
        ),
    ]

    /// Two threads each doing `k` unlocked increments of a shared counter (a read, then a write: each a scheduling
    /// point), then the total.
    static func racyIncrements(_ k: Int) -> @Sendable () throws -> Void {
        {
            @Threading.Shared var count = 0
            let f = def("f") {
                for _ in 0..<k {
                    let value = count
                    count = value + 1
                }
            }
            let threads = [Thread(target: f), Thread(target: f)]
            for t in threads { try t.start() }
            for t in threads { try t.join() }
            print(count)
        }
    }

    @Test func aboutOneExecutionPerClass() {
        var classes = 0
        var executions = 0
        for (name, program) in Self.programs {
            let counted = count(program)
            #expect(counted.reachedEveryClass, "\(name): a class was not reached")
            #expect(counted.executions >= counted.classes, "\(name)")
            classes += counted.classes
            executions += counted.executions
            print("executions per class: \(name): \(counted.executions) / \(counted.classes)")
        }
        #expect(Double(executions) <= 1.2 * Double(classes), "\(executions) executions for \(classes) classes")
    }

    @Test func racyIncrementsTakeOneExecutionPerClass() {
        // Every schedule of two increments each is 16,503 runs (40 s): one increment each is counted whole, two are
        // checked for no class run twice.
        let counted = count(Self.racyIncrements(1))
        #expect(counted.reachedEveryClass)
        #expect(counted.executions == counted.classes, "\(counted.executions) / \(counted.classes)")
        var keys = Set<String>()
        let summary = ExhaustiveSearch().run(Self.racyIncrements(2)) { _, _, key in keys.insert(key()) }
        #expect(summary.complete)
        #expect(summary.executions == keys.count, "\(summary.executions) executions of \(keys.count) classes")
    }

    @Test func aLostUpdateIsEveryTotalInOneExecutionPerClass() {
        // Two threads doing `value = count; count = value + 1` three times each: CPython can print 2 to 6.
        var keys = Set<String>()
        var outputs = Set<String>()
        let summary = ExhaustiveSearch().run(Self.racyIncrements(3)) { result, _, key in
            keys.insert(key())
            outputs.insert(result.text(of: .stdout))
        }
        #expect(outputs == ["2\n", "3\n", "4\n", "5\n", "6\n"])
        #expect(summary.complete)
        #expect(summary.executions == keys.count, "\(summary.executions) executions of \(keys.count) classes")
        print("executions per class: a lost update, three increments each: \(summary.executions) / \(keys.count)")
    }

    @Test func stepsOfIndependentThreadsAddNoExecutions() {
        // Four threads each taking its own lock: however many times they take it, the search runs as many
        // executions (only their start, end and joins are ordered against each other).
        func executions(iterations: Int) -> Int {
            let program: @Sendable () throws -> Void = {
                let f = def("f") { (own: Lock) in
                    for _ in 0..<iterations { own.with {} }
                }
                let threads = (0..<4).map { _ in Thread(target: f, args: Lock()) }
                for t in threads { try t.start() }
                for t in threads { try t.join() }
            }
            let summary = ExhaustiveSearch().run(program) { _, _ in }
            #expect(summary.complete)
            return summary.executions
        }
        #expect(executions(iterations: 5) == executions(iterations: 1))
    }
}
