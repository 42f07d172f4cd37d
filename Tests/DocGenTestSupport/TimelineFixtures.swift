@_spi(Harness) import Threading

/// Hand-built event lists shaped like the tutorial's runs (test input, not expected output).
package enum TimelineFixtures {
    /// Main starts a daemon that prints, sleeps 2 s and would print again; main prints and returns at 1 s, so the
    /// daemon is abandoned blocked in its sleep.
    package static func daemon() -> [TraceEvent] {
        var run = TraceScript()
        run.name(1, "daemon")
        run.at(0, 0, .started)
        run.at(0, 1, .started)
        run.print(0, 1, "Starting\n", .stderr)
        run.at(0, 1, .blocked(on: "sleep 2.0"))
        run.at(0, 0, .blocked(on: "sleep 1.0"))
        run.at(1, 0, .woke)
        run.print(1, 0, "main done\n")
        run.at(1, 0, .exited)
        return run.events
    }

    /// Two threads take two locks in opposite order: each holds one and blocks on the other; main blocks joining.
    package static func deadlock() -> [TraceEvent] {
        var run = TraceScript()
        run.at(0, 0, .started)
        for thread in 1...2 {
            run.at(0, thread, .started)
            run.print(0, thread, "Thread-\(thread) took lock \(thread)\n")
            run.at(0, thread, .blocked(on: "sleep 0.1"))
        }
        run.at(0, 0, .blocked(on: "join Thread-1"))
        run.at(0.1, 1, .woke)
        run.at(0.1, 1, .blocked(on: "Lock#2"))
        run.at(0.1, 2, .woke)
        run.at(0.1, 2, .blocked(on: "Lock#1"))
        return run.events
    }

    /// The tutorial's queued threads: `workers` daemon workers take `items` items off a queue, log each and sleep
    /// 0.2 s; main joins the queue and returns, abandoning the workers blocked on `get`.
    package static func queuedThreads(workers: Int = 10, items: Int = 100) -> [TraceEvent] {
        var run = TraceScript()
        for worker in 1...workers { run.name(worker, "Thread-\(worker) (worker)") }
        run.at(0, 0, .started)
        for worker in 1...workers {
            run.at(0, worker, .started)
            run.at(0, worker, .blocked(on: "Queue#1.get"))
        }
        run.at(0, 0, .blocked(on: "Queue#1.join"))
        var time = 0.0
        for batch in stride(from: 0, to: items, by: workers) {
            for worker in 1...workers where batch + worker - 1 < items {
                run.at(time, worker, .woke)
                let name = "Thread-\(worker) (worker)".padding(toLength: 10, withPad: " ", startingAt: 0)
                run.print(time, worker, "[INFO]:(\(name)): \(batch + worker - 1)\n", .stderr)
                run.at(time, worker, .blocked(on: "sleep 0.2"))
            }
            time += 0.2
        }
        for worker in 1...workers {
            run.at(time, worker, .woke)
            run.at(time, worker, .blocked(on: "Queue#1.get"))
        }
        run.at(time, 0, .woke)
        return run.events
    }

    /// A run without sleeps, so virtual time never leaves 0: three threads interleave their prints, Thread-2 waits for
    /// a lock Thread-1 holds, main joins both.
    package static func instant() -> [TraceEvent] {
        var run = TraceScript()
        run.at(0, 0, .started)
        run.at(0, 1, .started)
        run.print(0, 1, "one: took the lock\n")
        run.at(0, 2, .started)
        run.at(0, 2, .blocked(on: "Lock#1"))
        run.print(0, 0, "main: started both\n")
        run.at(0, 0, .blocked(on: "join Thread-1"))
        run.print(0, 1, "one: releasing\n")
        run.at(0, 1, .exited)
        run.at(0, 2, .woke)
        run.at(0, 0, .woke)
        run.at(0, 0, .blocked(on: "join Thread-2"))
        run.print(0, 2, "two: got the lock\n")
        run.at(0, 2, .exited)
        run.at(0, 0, .woke)
        run.print(0, 0, "main: done\n")
        run.at(0, 0, .exited)
        return run.events
    }
}
