import Subprocess

/// Runs a small CPython program that prints one number (operations per second); nil when python3 is missing.
func python(_ source: String) async -> Double? {
    do {
        let result = try await run(.name("python3"), arguments: ["-c", source], output: .string(limit: 4_096))
        guard result.terminationStatus.isSuccess else { return nil }
        return Double(result.standardOutput.filter { !$0.isWhitespace })
    } catch {
        return nil
    }
}

enum PythonPrograms {
    static func contendedLock(_ n: Int) -> String {
        """
        import threading, time
        N = \(n)
        lock = threading.Lock()
        def f():
            for _ in range(N):
                lock.acquire()
                lock.release()
        ts = [threading.Thread(target=f) for _ in range(2)]
        t0 = time.perf_counter()
        for t in ts: t.start()
        for t in ts: t.join()
        print(2 * N / (time.perf_counter() - t0))
        """
    }

    static func queue(_ n: Int) -> String {
        """
        import threading, time, queue
        N = \(n)
        q = queue.Queue()
        def consumer():
            for _ in range(N):
                q.get()
        c = threading.Thread(target=consumer)
        t0 = time.perf_counter()
        c.start()
        for i in range(N):
            q.put(i)
        c.join()
        print(N / (time.perf_counter() - t0))
        """
    }
}
