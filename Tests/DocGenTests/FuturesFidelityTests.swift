import Testing
import Threading

@testable import DocGen

/// Thread-pool programs and their Swift ports print what python3 prints (compared as the fidelity check does).
@Suite(.enabled(if: pythonIsInstalled())) struct FuturesFidelityTests {
    @Test func aPoolOfWorkersWithAsCompleted() async throws {
        let python = """
            import concurrent.futures, threading, time

            def work(n):
                time.sleep(0.1 * (3 - n))
                print(threading.current_thread().name, "did", n)
                return n * n

            with concurrent.futures.ThreadPoolExecutor(max_workers=3) as executor:
                futures = [executor.submit(work, n) for n in range(3)]
                for future in concurrent.futures.as_completed(futures):
                    print("result", future.result())
            print(repr(futures[0]).split(" at ")[0], futures[0].done())

            """
        try await expectSameOutputAsCPython(python: python) {
            let work = { (n: Int) -> Int in
                time.sleep(0.1 * Double(3 - n))
                print(threading.current_thread().name, "did", n)
                return n * n
            }
            var futures: [Future<Int>] = []
            try concurrent.futures.ThreadPoolExecutor(max_workers: 3).with { executor in
                futures = try (0..<3).map { n in try executor.submit(work, n) }
                for future in concurrent.futures.as_completed(futures) { print("result", try future.result()) }
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
