import DocGenTestSupport
import Foundation
import Testing

#if canImport(Glibc)
    import Glibc
#endif

/// `docgen serve` as a user runs it: the built binary on a temporary content folder and a free port, spoken to
/// over HTTP.
@Suite struct ServeEndToEndTests {
    static let page = "# Guide\n\nSome text about threads.\n"

    @Test func anIdleConnectionDoesNotBlockASecondClient() throws {
        let serve = try ServeProcess(pages: ["guide.md": Self.page])
        let idle = try serve.client.connect()
        defer { close(idle) }
        let halfSent = try serve.client.connect()
        defer { close(halfSent) }
        ServeClient.send("GET /guide.html HTT", on: halfSent)
        let started = Date()
        let response = try serve.client.request("/guide.html")
        #expect(response.status == 200)
        #expect(response.body.contains("Some text about threads."))
        #expect(Date().timeIntervalSince(started) < 5)
    }

    @Test func onlyFilesInsideTheSiteAreServed() throws {
        let serve = try ServeProcess(pages: ["guide.md": Self.page])
        try TestSupport.write("top secret", to: serve.work + "/secret.txt")
        try FileManager.default.createSymbolicLink(
            atPath: serve.site + "/leak.txt", withDestinationPath: serve.work + "/secret.txt")
        try FileManager.default.createSymbolicLink(atPath: serve.site + "/up", withDestinationPath: serve.work)
        for target in [
            "/../secret.txt", "/%2e%2e/secret.txt", "/assets/%2E%2E/%2e%2e/secret.txt", "/leak.txt", "/up/secret.txt",
            "/..%2fsecret.txt",
        ] {
            let response = try serve.client.request(target)
            #expect(response.status == 403, "\(target)")
            #expect(!response.body.contains("top secret"), "\(target)")
        }
        for absolute in ["//etc/passwd", "/" + serve.work + "/secret.txt", "http://evil.example/etc/passwd"] {
            let response = try serve.client.request(absolute)
            #expect(response.status == 404, "\(absolute)")
            #expect(!response.body.contains("top secret") && !response.body.contains("root:"), "\(absolute)")
        }
    }

    @Test func requestsForOtherHostsAreRefused() throws {
        let serve = try ServeProcess(pages: ["guide.md": Self.page])
        for host in ["evil.example", "evil.example:\(serve.port)", "localhost.evil.example", "127.0.0.1.nip.io"] {
            let response = try serve.client.request("/guide.html", host: host)
            #expect(response.status == 403, "\(host)")
            #expect(!response.body.contains("Some text"), "\(host)")
        }
        #expect(try serve.client.request("/guide.html", host: nil).status == 403)
        for host in [
            "localhost", "localhost:\(serve.port)", "127.0.0.1", "127.0.0.1:\(serve.port)", "[::1]:\(serve.port)",
        ] {
            let response = try serve.client.request("/guide.html", host: host)
            #expect(response.status == 200, "\(host)")
            #expect(response.body.contains("Some text about threads."), "\(host)")
        }
    }

    @Test func filesHaveTheirTypesHeadHasNoBodyAndMissingPagesGetA404Page() throws {
        let serve = try ServeProcess(pages: ["guide.md": Self.page])
        let get = try serve.client.request("/guide.html")
        #expect(get.headers["content-type"] == "text/html; charset=utf-8")
        let head = try serve.client.request("/guide.html", method: "HEAD")
        #expect(head.status == 200)
        #expect(head.body.isEmpty)
        #expect(head.headers["content-length"] == String(get.body.utf8.count))
        #expect(try serve.client.request("/assets/docgen.css").headers["content-type"] == "text/css; charset=utf-8")
        #expect(try serve.client.request("/").body.contains("guide.html"))
        let missing = try serve.client.request("/nope.html")
        #expect(missing.status == 404)
        #expect(missing.headers["content-type"] == "text/html; charset=utf-8")
        #expect(missing.body.contains("Not found") && missing.body.contains("data-docgen-live"))
        #expect(try serve.client.request("/guide.html", method: "POST").status == 405)
    }

    @Test func servedPagesHaveTheReloadScriptButTheSiteFolderIsWhatBuildWrites() throws {
        let serve = try ServeProcess(pages: [
            "guide.md": Self.page, "more.md": "# More\n\nSee [the guide](guide.md).\n",
        ])
        #expect(try serve.client.request("/guide.html").body.contains("<script data-docgen-live>"))
        #expect(try serve.client.request("/").body.contains("<script data-docgen-live>"))
        let built = serve.work + "/built"
        let build = try DocgenBinary.run([
            "build", "--allow-errors", "--content", serve.content, "--out", built, "--cache", serve.work + "/cache2",
            "--snapshots", serve.work + "/snapshots",
        ])
        #expect(build.status == 0, "\(build.stderr)")
        let served = try Self.files(serve.site)
        #expect(served.keys.contains("guide.html"))
        #expect(served == (try Self.files(built)))
        #expect(!served.values.contains { String(decoding: $0, as: UTF8.self).contains("docgen-live") })
    }

    @Test func aContentChangeSendsAReloadEventWithANewId() throws {
        let serve = try ServeProcess(pages: ["guide.md": Self.page])
        let events = try EventStreamClient(port: serve.port)
        let hello = try #require(events.waitFor("hello"))
        try TestSupport.write(Self.page + "\nA new paragraph.\n", to: serve.content + "/guide.md")
        let reload = try #require(events.waitFor("reload"), "stderr: \(serve.stderr)")
        #expect(reload.id != nil && reload.id != hello.data)
        #expect(reload.data == reload.id)
        #expect(try serve.client.request("/guide.html").body.contains("A new paragraph."))
        #expect(try serve.client.request("/guide.html").body.contains("var build = \"\(reload.data)\";"))
        // A scenario file beside the content is watched too.
        try TestSupport.write("print(\"hi\")\n", to: serve.content + "/guide/notes.swift")
        let second = try #require(events.waitFor("reload", after: 2))
        #expect(second.id != reload.id)
    }

    @Test func aFailedBuildShowsOnThePageAndTheNextGoodBuildClearsIt() throws {
        let serve = try ServeProcess(pages: ["guide.md": Self.page])
        let events = try EventStreamClient(port: serve.port)
        _ = try #require(events.waitFor("hello"))
        try TestSupport.write(
            Self.page + "\n<!-- docgen: bogus=<b>1</b> -->\n```python\nprint(1)\n```\n", to: serve.content + "/guide.md"
        )
        _ = try #require(events.waitFor("reload"), "stderr: \(serve.stderr)")
        let broken = try serve.client.request("/guide.html").body
        #expect(broken.contains("id=\"docgen-live-problem\""))
        #expect(broken.contains("guide.md:5: bad docgen option &#39;bogus=&lt;b&gt;1&lt;/b&gt;&#39;"))
        #expect(broken.contains("Some text about threads."))  // the previous site is still served
        #expect(!(try TestSupport.read(serve.site + "/guide.html")).contains("docgen-live"))
        try TestSupport.write(Self.page + "\nFixed.\n", to: serve.content + "/guide.md")
        _ = try #require(events.waitFor("reload", after: 2), "stderr: \(serve.stderr)")
        let fixed = try serve.client.request("/guide.html").body
        #expect(!fixed.contains("docgen-live-problem"))
        #expect(fixed.contains("Fixed."))
    }

    @Test func aScenarioThatDoesNotCompileShowsOnThePageUntilItIsFixed() throws {
        let page = "# Guide\n\n## Hello\n\n```python\nprint(\"hello\")\n```\n"
        let serve = try ServeProcess(
            pages: ["guide.md": page, "guide/hello.swift": "import Threading\n\nprint(\"hello\")\n"])
        #expect(serve.stderr.contains("1 cell(s)"), "\(serve.stderr)")
        let events = try EventStreamClient(port: serve.port)
        _ = try #require(events.waitFor("hello"))
        try TestSupport.write(
            "import Threading\n\nlet x: Int = \"<nope>\"\nprint(x)\n", to: serve.content + "/guide/hello.swift")
        _ = try #require(events.waitFor("reload", timeout: 120), "stderr: \(serve.stderr)")
        let broken = try serve.client.request("/guide.html").body
        #expect(broken.contains("id=\"docgen-live-problem\""))
        #expect(broken.contains("content/guide/hello.swift:3:"), "\(broken.suffix(2000))")
        #expect(broken.contains("&lt;nope&gt;") && !broken.contains("\"<nope>\""))
        try TestSupport.write("import Threading\n\nprint(\"hello, fixed\")\n", to: serve.content + "/guide/hello.swift")
        // The write is not atomic: a build may catch the file empty, then the next one (its change seen) the fix.
        var fixed = ""
        for after in 2..<6 {
            _ = try #require(events.waitFor("reload", after: after, timeout: 120), "stderr: \(serve.stderr)")
            fixed = try serve.client.request("/guide.html").body
            if fixed.contains("hello, fixed") { break }
        }
        #expect(!fixed.contains("docgen-live-problem"))
        #expect(fixed.contains("hello, fixed"))
        #expect(serve.stderr.contains("1 executed"))
    }

    @Test func failedCellsShowAsErrorCellsAndInTheBanner() throws {
        let serve = try ServeProcess(content: TestSupport.fixture("crash"))
        let page = try serve.client.request("/fixtures-crash.html").body
        #expect(page.contains("id=\"docgen-live-problem\""))
        #expect(page.contains("1 cell(s) failed; they show as error cells."))
        #expect(page.contains("cell fixtures-crash/crash crashed"))
        #expect(!(try TestSupport.read(serve.site + "/fixtures-crash.html")).contains("docgen-live"))
    }

    @Test func thePortIsValidated() throws {
        for port in ["99999", "65536", "-1", "abc", "80x"] {
            let output = try DocgenBinary.run(["serve", "--port", port, "--content", "/nonexistent"])
            #expect(output.status == 2, "\(port): \(output.stderr)")
            #expect(output.stderr.split(separator: "\n").count == 1, "\(port): \(output.stderr)")
            #expect(output.stderr.hasPrefix("error: --port must be a number from 1 to 65535"), "\(port)")
        }
    }

    @Test func aPortInUseIsAOneLineError() throws {
        let serve = try ServeProcess(pages: ["guide.md": Self.page])
        let work = try TestSupport.temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: work) }
        let output = try DocgenBinary.run([
            "serve", "--port", String(serve.port), "--content", serve.content, "--out", work + "/site",
        ])
        #expect(output.status == 1)
        #expect(
            output.stderr == "error: port \(serve.port) on 127.0.0.1 is already in use; stop the program using it "
                + "or pass --port N (0: any free port)\n")
    }

    @Test(arguments: [SIGTERM, SIGINT, SIGHUP])
    func aSignalStopsTheBuildsCellsAndReleasesThePort(signal: Int32) throws {
        // The fixture's cell never ends (killed after its own timeout=2): the first build is still running it (or
        // compiling its scenario: swiftc and its swift-frontend are descendants too).
        let serve = try ServeProcess(
            content: TestSupport.fixture("timeout"), extra: ["--timeout", "30"],
            waitForFirstBuild: false, sharedCompileCache: false)
        let events = try EventStreamClient(port: serve.port)
        var children: [Int32] = []
        let deadline = Date().addingTimeInterval(10)
        while children.isEmpty, Date() < deadline {
            children = Self.descendants(of: serve.process.processIdentifier)
            usleep(20_000)
        }
        try #require(!children.isEmpty, "no cell was running")
        #expect(serve.stop(signal, timeout: 3) == 0)
        usleep(100_000)
        for child in children { #expect(!Self.isAlive(child), "process \(child) outlived docgen serve") }
        #expect(throws: ServeClient.Failure.self) { try serve.client.connect() }
        #expect(events.waitFor("reload", timeout: 1) == nil)  // the interrupted build published nothing
    }

    @Test func aSignalWithClientsConnectedStopsAtOnce() throws {
        let serve = try ServeProcess(pages: ["guide.md": Self.page])
        let events = try EventStreamClient(port: serve.port)
        _ = try #require(events.waitFor("hello"))
        let idle = try serve.client.connect()
        defer { close(idle) }
        let started = Date()
        #expect(serve.stop(SIGTERM, timeout: 5) == 0)
        #expect(Date().timeIntervalSince(started) < 2)
        #expect(serve.stderr.contains("stopping (SIGTERM)"))
    }

    /// Whether `pid` runs (a zombie, dead but not yet reaped by init, does not).
    static func isAlive(_ pid: Int32) -> Bool {
        guard let stat = try? String(contentsOfFile: "/proc/\(pid)/stat", encoding: .utf8),
            let close = stat.lastIndex(of: ")")
        else { return false }
        return stat[stat.index(after: close)...].split(separator: " ").first != "Z"
    }

    /// Process ids below `pid`: its children, theirs, and so on (from /proc).
    static func descendants(of pid: Int32) -> [Int32] {
        let entries = (try? FileManager.default.contentsOfDirectory(atPath: "/proc")) ?? []
        var parents: [Int32: Int32] = [:]
        for entry in entries {
            guard let child = Int32(entry),
                let stat = try? String(contentsOfFile: "/proc/\(entry)/stat", encoding: .utf8),
                let close = stat.lastIndex(of: ")")
            else { continue }
            let fields = stat[stat.index(after: close)...].split(separator: " ")
            if fields.count > 1, fields[0] != "Z", let parent = Int32(fields[1]) { parents[child] = parent }
        }
        var found: [Int32] = []
        var frontier = [pid]
        while let parent = frontier.popLast() {
            let children = parents.filter { $0.value == parent }.map(\.key)
            found += children
            frontier += children
        }
        return found
    }

    /// Every file of a folder, by relative path.
    static func files(_ folder: String) throws -> [String: Data] {
        var result: [String: Data] = [:]
        let enumerator = try #require(FileManager.default.enumerator(atPath: folder))
        while let path = enumerator.nextObject() as? String {
            var isFolder: ObjCBool = false
            _ = FileManager.default.fileExists(atPath: folder + "/" + path, isDirectory: &isFolder)
            if !isFolder.boolValue { result[path] = FileManager.default.contents(atPath: folder + "/" + path) }
        }
        return result
    }
}
