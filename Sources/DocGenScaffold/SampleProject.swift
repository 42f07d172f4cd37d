/// The sample page `docgen init` writes: one Python threading cell, of Python only (docgen runs its translation,
/// which prints what the Python prints under CPython: the installed-docgen test runs both).
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

        Every Python block of a page is a cell. docgen translates its Python into a Swift scenario, runs it, and
        shows the output under the cell, tagged by thread. `docgen check` fails when the output no longer matches
        the recorded snapshot, `docgen fidelity` when it is not one CPython prints. To port a cell by hand,
        `docgen new PAGE/CELL` writes its translation to `content/\(page)/<cell>.swift`, which then wins.

        ## Counting with a lock

        Four threads add to one counter; the lock makes each `+= 1` whole, so no increment is lost.

        ```python
        \(python)```

        """

    static let gitignore = """
        # docgen's caches of compiled scenarios and transcripts, and the site it writes (`docgen build`).
        .docgen-cache/
        site/

        """
}
