import DocGenTestSupport
import Foundation
import Testing

@testable import DocGenRun

/// Cells run in shared cell workers (`docgen-cell worker`): consecutive cells share a process, and a cell that crashes,
/// aborts, calls `exit()` or hangs fails alone, with the message its own process gave, while the cells after it run in
/// a new worker; an exploration in a worker gives what it gives in a fresh process. End to end on the built binary, one
/// cell at a time (`--jobs 1`), so every cell goes to the same worker while it lives.
@Suite(.serialized) struct CellWorkerEndToEndTests {
    let project: String

    init() throws {
        project = try TestSupport.temporaryFolder("workers")
    }

    /// A cell whose hand-written scenario runs `swift` (after printing nothing else), with cell options `options`.
    func cell(_ name: String, _ swift: String, options: String = "") -> String {
        """
        ## \(name)

        \(options.isEmpty ? "" : "<!-- docgen: \(options) -->")
        ```python
        print("\(name)")
        ```

        ```swift
        import Foundation
        \(swift)
        ```

        """
    }

    /// A cell that prints the pid of the process it runs in.
    func pidCell(_ name: String) -> String {
        cell(name, #"print("\#(name) ran in pid=\(getpid())")"#)
    }

    /// The pid each cell named in `names` printed, read from the page the build wrote.
    func pids(_ names: [String]) throws -> [String: String] {
        let html = try TestSupport.read(project + "/site/page.html")
        var found: [String: String] = [:]
        for name in names {
            // The first mention is in the Swift pane, `pid=\(getpid())`; the output's has digits.
            for piece in html.components(separatedBy: "\(name) ran in pid=").dropFirst() {
                let digits = piece.prefix { $0.isNumber }
                if !digits.isEmpty { found[name] = String(digits) }
            }
        }
        return found
    }

    @Test func aCellThatCrashesAbortsExitsOrHangsFailsAloneAndTheCellsAroundItRun() throws {
        let page =
            "# Page\n\n"
            + [
                pidCell("first"), pidCell("second"),
                cell("crash", #"print("about to crash")"# + "\nfatalError(\"the worker's cell fell\")"),
                pidCell("third"),
                cell("aborts", "abort()"),
                pidCell("fourth"),
                cell("exits", "exit(3)"),
                pidCell("fifth"),
                cell("hangs", "while true { sleep(1) }", options: "timeout=2"),
                pidCell("sixth"),
            ].joined(separator: "\n")
        try TestSupport.write(page, to: project + "/content/page.md")
        let build = try DocgenBinary.run(["build", "--jobs", "1", "--allow-errors"], in: project)
        #expect(build.status == 0, "\(build.stderr)")
        #expect(build.stderr.contains("Fatal error: the worker's cell fell"), "\(build.stderr)")
        #expect(build.stderr.contains("crashed (signal 6"), "\(build.stderr)")
        #expect(build.stderr.contains("exited with status 3"), "\(build.stderr)")
        #expect(build.stderr.contains("timed out after 2 s"), "\(build.stderr)")
        #expect(build.stderr.contains(#"before it the scenario printed 1 line(s): "about to crash""#))
        for name in ["crash", "aborts", "exits", "hangs"] {
            #expect(build.stderr.contains("cell page/\(name) "), "\(name) is not named: \(build.stderr)")
        }
        for name in ["first", "second", "third", "fourth", "fifth", "sixth"] {
            #expect(!build.stderr.contains("cell page/\(name) "), "\(name) failed: \(build.stderr)")
        }
        let ran = try pids(["first", "second", "third", "fourth", "fifth", "sixth"])
        #expect(ran.count == 6, "\(ran)")
        // Two cells in a row share their worker; each failure that ended it leaves the next cell a new one.
        #expect(ran["first"] == ran["second"])
        #expect(Set(["second", "third", "fourth", "fifth", "sixth"].compactMap { ran[$0] }).count == 5, "\(ran)")
        #expect(!ran.values.contains(String(getpid())))
    }

    /// A worker's cells write to the same two files, the worker's (`<pid>.out`): not two new files per request, each
    /// a scan of the inode bitmap on ext4 when many files were deleted lately. Each cell prints the name of the file
    /// its standard output goes to; a cell printing nothing after one that printed shows nothing of it.
    @Test func aWorkersCellsWriteToTheWorkersOwnFiles() throws {
        let names = #"""
            let out = (try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/fd/1")) ?? "?"
            print("ran in pid=\(getpid()) writing=" + (out as NSString).lastPathComponent)
            """#
        let page =
            "# Page\n\n"
            + [
                cell("one", names, options: "explore=none"), cell("two", names, options: "explore=none"),
                cell("quiet", "", options: "explore=none"), cell("three", names, options: "explore=none"),
            ].joined(separator: "\n")
        try TestSupport.write(page, to: project + "/content/page.md")
        let build = try DocgenBinary.run(["build", "--jobs", "1"], in: project)
        #expect(build.status == 0, "\(build.stderr)")
        let html = try TestSupport.read(project + "/site/page.html")
        let written = html.components(separatedBy: "ran in pid=").dropFirst().compactMap { piece -> String? in
            let pid = piece.prefix { $0.isNumber }
            guard !pid.isEmpty, piece.dropFirst(pid.count).hasPrefix(" writing=") else { return nil }
            return pid + " " + piece.dropFirst(pid.count + 9).prefix { $0 != "<" && $0 != "\n" }
        }
        #expect(written.count == 3, "one line for each cell that printed, none for the quiet one: \(written)")
        for line in written {
            let fields = line.split(separator: " ")
            #expect(fields.count == 2 && fields[1] == fields[0] + ".out", "\(line)")
        }
        #expect(Set(written).count == 1, "the cells ran in one worker writing to one file: \(written)")
    }

    /// A Python cell under heading `name`, with cell options `options`.
    func pythonCell(_ name: String, _ python: String, options: String = "") -> String {
        "## \(name)\n\n" + (options.isEmpty ? "" : "<!-- docgen: \(options) -->\n") + "```python\n\(python)\n```\n"
    }

    /// Two threads and a bounded queue (the tutorial's Full and Empty): while objects Threading makes on first use took
    /// search numbers, its exhaustive search took 26 executions in a fresh process and 25 after another run (now 25).
    static let queueProgram = """
        import threading
        import queue
        import time


        def slow_consumer(q):
            time.sleep(0.2)
            print("consumer: got", q.get())


        q = queue.Queue(maxsize=2)
        q.put("a")
        q.put("b")
        try:
            q.put("c", timeout=0.1)
        except queue.Full:
            print("put(timeout=0.1): queue.Full")
        t = threading.Thread(target=slow_consumer, args=(q,))
        t.start()
        q.put("c", timeout=1)
        print("put(timeout=1): done")
        t.join()
        print("got", q.get(), "and", q.get())
        """

    @Test func anExplorationInAWorkerThatRanOtherCellsEqualsOneInAFreshProcess() throws {
        // One worker (`--jobs 1`) runs the cells above the queue cell, then its default run, then its exhaustive search.
        let before = [
            pythonCell("hello", #"print("hello")"#),
            pythonCell(
                "class-and-thread",
                """
                import threading


                class Box:
                    def __init__(self):
                        self.items = []


                box = Box()
                t = threading.Thread(target=box.items.append, args=(1,))
                t.start()
                t.join()
                print(box.items, NotImplemented)
                """, options: "explore=none"),
        ]
        let page = "# Page\n\n" + (before + [pythonCell("queue", Self.queueProgram)]).joined(separator: "\n")
        try TestSupport.write(page, to: project + "/content/page.md")
        let build = try DocgenBinary.run(["build", "--jobs", "1"], in: project)
        #expect(build.status == 0, "\(build.stderr)")
        let html = try TestSupport.read(project + "/site/page.html")

        // The same search in a process of its own.
        let fresh = try DocgenBinary.run(
            ["explore", "page/queue", "--exhaustive", "--max-executions", "1000", "--json"], in: project)
        #expect(fresh.status == 0, "\(fresh.stderr)")
        let search = try #require(
            try JSONSerialization.jsonObject(with: Data(fresh.stdout.utf8)) as? [String: Any])
        let executions = try #require(search["executions"] as? Int)
        let groups = try #require(search["groups"] as? [[String: Any]])
        let freshRows = groups.compactMap { group -> String? in
            guard let count = group["count"] as? Int, let schedule = group["schedule"] as? String else { return nil }
            return "(\(count)) \(schedule)"
        }
        #expect(freshRows.count == groups.count && groups.count > 1, "\(fresh.stdout)")

        // The page's outcome table: each output's count and replay schedule.
        let row = try Regex(
            #"\((\d+)\)(?:<span[^>]*>[^<]*</span>)?</td>(?:<td>[^<]*</td>)?<td><code class="dg-command">docgen run page/queue --schedule (c[0-9.]*)</code>"#
        )
        let pageRows = html.matches(of: row).map { "(\($0.output[1].substring ?? "")) \($0.output[2].substring ?? "")" }
        #expect(pageRows.sorted() == freshRows.sorted())
        #expect(html.contains(" \(executions) executions"), "the page's count is not the fresh search's \(executions)")
    }

    @Test func aWorkerRequestAndReplyReadBackAsWritten() throws {
        let request = CellWorkerRequest(
            arguments: ["run", "page/cell", "--tagged", "--library", "/cache/\(String(repeating: "a", count: 64)).so"],
            environment: ["DOCGEN_OUTPUT_LIMIT": "1048576", "DOCGEN_LINE_OFFSET": "12"],
            standardOutput: "/tmp/out\nwith a newline", standardError: "/tmp/1.err")
        let line = request.line
        #expect(line.last == UInt8(ascii: "\n"))
        #expect(line.dropLast().allSatisfy { $0 != UInt8(ascii: "\n") }, "a request must be one line")
        #expect(CellWorkerRequest(line: Array(line.dropLast())) == request)
        #expect(CellWorkerRequest(line: Array("not json".utf8)) == nil)
        for reply in [CellWorkerReply(status: 0, last: false), CellWorkerReply(status: 1, last: true)] {
            #expect(CellWorkerReply(line: Array(reply.line.dropLast())) == reply)
        }
        #expect(CellWorkerReply(line: Array("0 more".utf8)) == nil)
    }
}
