import DocGenTestSupport
import Foundation
import Testing

/// A docs project whose pages hold Python only, built end to end by the built docgen: cells run on their
/// translation, record, check; what cannot be translated fails that cell with the page's line and the way on.
@Suite struct TranslationEndToEndTests {
    let work: String

    init() throws {
        work = try TestSupport.temporaryFolder("translation-e2e")
    }

    @Test func aPageOfPythonOnlyBuildsRecordsAndChecks() throws {
        let page = """
            # Threads

            ## Two workers

            ```python
            import threading

            def worker(n):
                print("worker", n, "done")  # one line each

            threads = [threading.Thread(target=worker, args=(i,)) for i in range(2)]
            for t in threads:
                t.start()
            for t in threads:
                t.join()
            ```

            """
        try TestSupport.write(page, to: work + "/content/threads.md")
        let build = try DocgenBinary.run(["build"], in: work)
        #expect(build.status == 0, "\(build.stderr)")
        let html = try TestSupport.read(work + "/site/threads.html")
        #expect(html.contains("worker 0 done") && html.contains("worker 1 done"))
        #expect(html.contains("Swift · content/threads.md:6 (translated)"), "the page shows the translation")
        #expect(html.contains("py_import(<span class=\"s\">&quot;threading&quot;</span>)"))
        let list = try DocgenBinary.run(["list"], in: work)
        #expect(
            list.stdout.contains("  two-workers  content/threads.md:6 (translated)  translated  completed"),
            "\(list.stdout)")
        let record = try DocgenBinary.run(["build", "--record"], in: work)
        #expect(record.status == 0 && record.stderr.contains("1 snapshot(s) recorded"), "\(record.stderr)")
        let snapshot = try TestSupport.read(work + "/Tests/Snapshots/threads/two-workers.txt")
        #expect(snapshot.contains("stdout: worker 0 done"))
        let check = try DocgenBinary.run(["check"], in: work)
        #expect(check.status == 0, "\(check.stderr)")
        let rebuild = try DocgenBinary.run(["build"], in: work)
        #expect(rebuild.stderr.contains("0 executed, 0 compiled"), "an unchanged rebuild translates from its cache")
    }

    @Test func whatCannotBeTranslatedFailsTheCellNamingTheLineAndTheWayOn() throws {
        let page = "# Gen\n\n## Numbers\n\n```python\ndef numbers():\n    yield 1\n\nprint(list(numbers()))\n```\n"
        try TestSupport.write(page, to: work + "/content/gen.md")
        let build = try DocgenBinary.run(["build"], in: work)
        #expect(build.status == 1)
        // One line saying what happened (nothing was compiled): the page's line, the construct, the way on.
        let line =
            "content/gen.md:7: cannot translate 'yield' (generators): write content/gen/numbers.swift by hand; "
            + "docgen new gen/numbers starts it"
        #expect(build.stderr.hasPrefix("error: " + line + "\n"), "\(build.stderr)")
        #expect(!build.stderr.contains("compile"), "\(build.stderr)")
        #expect(!build.stderr.contains("Fatal error"))
        let check = try DocgenBinary.run(["check"], in: work)
        #expect(check.status == 1 && check.stderr.contains("gen/numbers: " + line + "\n"), "\(check.stderr)")
        #expect(!check.stderr.contains("compile"), "\(check.stderr)")
        // `docgen run` of that cell says why too (it printed nothing and exited 0 before).
        let run = try DocgenBinary.run(["run", "gen/numbers"], in: work)
        #expect(run.status == 1 && run.stdout.isEmpty)
        #expect(run.stderr.contains("content/gen.md:7: cannot translate 'yield' (generators)"), "\(run.stderr)")
    }

    @Test func docgenNewStartsAHandPortFromTheTranslation() throws {
        try TestSupport.write("# P\n\n## Hi\n\n```python\nprint('hi')\n```\n", to: work + "/content/p.md")
        let new = try DocgenBinary.run(["new", "p/hi"], in: work)
        #expect(new.stdout == "content/p/hi.swift\n", "\(new.stderr)")
        let port = try TestSupport.read(work + "/content/p/hi.swift")
        #expect(port.contains("try py.print(\"hi\")") && port.contains("hand-written"))
        let run = try DocgenBinary.run(["run", "p/hi"], in: work)
        #expect(run.stdout == "hi\n", "\(run.stderr)")
        let list = try DocgenBinary.run(["list"], in: work)
        #expect(list.stdout.contains("  hi  content/p/hi.swift  hand-written"), "\(list.stdout)")
    }
}
