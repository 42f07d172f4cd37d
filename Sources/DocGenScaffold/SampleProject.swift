/// The sample page `docgen init` writes: one Python threading cell and its Swift scenario, which prints what the
/// Python prints under CPython (the test runs both).
enum SampleProject {
    /// The page, `content/<page>.md`.
    static let page = "threads"
    /// The cell's id: the slug of the heading above it.
    static let cell = "counting-with-a-lock"

    static let python = """
        import threading

        counter = 0
        lock = threading.Lock()


        def add(times):
            global counter
            for _ in range(times):
                with lock:
                    counter += 1


        threads = [threading.Thread(target=add, args=(1000,)) for _ in range(4)]
        for t in threads:
            t.start()
        for t in threads:
            t.join()
        print("threads:", [t.name for t in threads])
        print("counter:", counter)

        """

    static let markdown = """
        # Threads

        Every Python block of a page is a cell. docgen runs it through its Swift scenario, the file
        `content/\(page)/<cell>.swift` (`docgen new PAGE/CELL` writes a skeleton), and shows the output, tagged by
        thread, under both. `docgen check` fails when the output no longer matches the recorded snapshot.

        ## Counting with a lock

        Four threads add to one counter; the lock makes each `+= 1` whole, so no increment is lost.

        ```python
        \(python)```

        """

    static let scenario = """
        import Threading

        var counter = 0
        let lock = threading.Lock()

        let add = def("add") { (times: Int) in
            for _ in 0..<times {
                lock.with {
                    counter += 1
                }
            }
        }

        let threads = (0..<4).map { _ in threading.Thread(target: add, args: 1000) }
        for t in threads {
            try t.start()
        }
        for t in threads {
            try t.join()
        }
        print("threads:", threads.map(\\.name))
        print("counter:", counter)

        """

    static let gitignore = """
        # docgen's caches of compiled scenarios and transcripts, and the site it writes (`docgen build`).
        .docgen-cache/
        site/

        """
}
