import DocGenTestSupport
import Testing
import Threading

/// Thread-pool programs and their Swift ports print what python3 prints (compared as the fidelity check does).
@Suite(.enabled(if: pythonIsInstalled())) struct FuturesFidelityTests {
    /// The workers finish last-submitted first, each once the main thread printed the result of the one before it
    /// (Events, not sleeps: on a loaded machine CPython's sleeps of 0.1, 0.2 and 0.3 s could wake out of order and its
    /// prints interleave otherwise). Which pool thread takes which task still varies in CPython (a worker started
    /// first may reach the queue last on a loaded machine: `0_1 did 2` instead of `0_2 did 2`), so CPython's outputs
    /// are expected among the Swift program's possible outputs, not equal to one live run.
    @Test func aPoolOfWorkersWithAsCompleted() async throws {
        let python = """
            import concurrent.futures, threading

            printed = [threading.Event() for _ in range(3)]  # printed[n]: the result of work(n) was printed

            def work(n):
                if n < 2:
                    printed[n + 1].wait()
                print(threading.current_thread().name, "did", n)
                return n * n

            with concurrent.futures.ThreadPoolExecutor(max_workers=3) as executor:
                futures = [executor.submit(work, n) for n in range(3)]
                for future in concurrent.futures.as_completed(futures):
                    print("result", future.result())
                    printed[futures.index(future)].set()
            print(repr(futures[0]).split(" at ")[0], futures[0].done())

            """
        try await expectCPythonOutputsArePossible(python: python) {
            let printed = [threading.Event(), threading.Event(), threading.Event()]
            let work = { (n: Int) -> Int in
                if n < 2 {
                    printed[n + 1].wait()
                }
                print(threading.current_thread().name, "did", n)
                return n * n
            }
            var futures: [Future<Int>] = []
            try concurrent.futures.ThreadPoolExecutor(max_workers: 3).with { executor in
                futures = try (0..<3).map { n in try executor.submit(work, n) }
                for future in concurrent.futures.as_completed(futures) {
                    print("result", try future.result())
                    printed[futures.firstIndex { $0 === future }!].set()
                }
            }
            print(String(describing: futures[0]).split(separator: " at ")[0], futures[0].done())
        }
    }

    @Test func mapWithLoggingAndAnErrorInATask() async throws {
        let python = """
            import concurrent.futures, logging, time

            def thread_function(name):
                logging.info("Thread %s: starting", name)
                time.sleep(0.2)
                logging.info("Thread %s: finishing", name)

            def fails(n):
                raise ValueError(f"bad {n}")

            logging.basicConfig(format="%(threadName)s: %(message)s", level=logging.INFO)
            with concurrent.futures.ThreadPoolExecutor(max_workers=3) as executor:
                executor.map(thread_function, range(3))
            pool = concurrent.futures.ThreadPoolExecutor()
            try:
                pool.submit(fails, 7).result()
            except ValueError as error:
                print("caught", error)
            print(pool._max_workers)

            """
        try await expectSameOutputAsCPython(python: python, mode: .perThread) {
            let thread_function = def("thread_function") { (name: Int) in
                logging.info("Thread %s: starting", name)
                time.sleep(0.2)
                logging.info("Thread %s: finishing", name)
            }
            let fails = { (n: Int) throws -> Void in throw ValueError("bad \(n)") }
            logging.basicConfig(format: "%(threadName)s: %(message)s", level: logging.INFO)
            try concurrent.futures.ThreadPoolExecutor(max_workers: 3).with { executor in
                _ = try executor.map(thread_function, 0..<3)
            }
            let pool = try concurrent.futures.ThreadPoolExecutor()
            do {
                try pool.submit(fails, 7).result()
            } catch let error as ValueError {
                print("caught", error)
            }
            print(pool._max_workers)
        }
    }
}
