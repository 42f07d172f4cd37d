@testable import DocGenServe
import DocGenTestSupport
import Foundation
import Testing

/// The preview server's parts, in process: Host check, path confinement, content types, the injected script and
/// banner, the live-reload hub and the change watcher.
@Suite struct ServeTests {
    @Test func onlyLoopbackHostsAreAllowed() {
        for host in ["localhost", "localhost:8000", "127.0.0.1", "127.0.0.1:1", "[::1]", "[::1]:8000", "LOCALHOST:80"] {
            #expect(LoopbackHost.isAllowed(host), "\(host)")
        }
        for host in [
            nil, "", "evil.com", "localhost.evil.com", "evil.com:8000", "127.0.0.2", "127.0.0.1.nip.io", "[::2]:80",
            "localhost:", "localhost:80x", "localhost:123456", "0.0.0.0",
        ] {
            #expect(!LoopbackHost.isAllowed(host), "\(host ?? "nil")")
        }
    }

    @Test func requestTargetsResolveToFilesInsideTheSiteOnly() throws {
        let work = try TestSupport.temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: work) }
        let root = work + "/site"
        try TestSupport.write("<p>hi</p>", to: root + "/index.html")
        try TestSupport.write("p{}", to: root + "/assets/docgen.css")
        try TestSupport.write("<p>guide</p>", to: root + "/guide/index.html")
        try TestSupport.write("secret", to: work + "/secret.txt")
        try FileManager.default.createSymbolicLink(
            atPath: root + "/leak.txt", withDestinationPath: work + "/secret.txt")
        try FileManager.default.createSymbolicLink(atPath: root + "/up", withDestinationPath: work)
        try FileManager.default.createSymbolicLink(atPath: root + "/same.css", withDestinationPath: "assets/docgen.css")
        let real = try #require(realpath(root, nil).map { String(cString: $0) })

        #expect(SiteFile.resolve(target: "/", root: root) == .file(real + "/index.html"))
        #expect(SiteFile.resolve(target: "/assets/docgen.css", root: root) == .file(real + "/assets/docgen.css"))
        #expect(SiteFile.resolve(target: "/./assets//docgen.css", root: root) == .file(real + "/assets/docgen.css"))
        #expect(SiteFile.resolve(target: "/same.css", root: root) == .file(real + "/assets/docgen.css"))
        #expect(SiteFile.resolve(target: "/guide/", root: root) == .file(real + "/guide/index.html"))
        #expect(SiteFile.resolve(target: "/guide", root: root) == .folder(location: "/guide/"))
        #expect(SiteFile.resolve(target: "//guide", root: root) == .folder(location: "/guide/"))
        #expect(SiteFile.resolve(target: "/missing.html", root: root) == .notFound)
        for escape in [
            "/../secret.txt", "/%2e%2e/secret.txt", "/%2E%2E/secret.txt", "/assets/../../secret.txt", "/leak.txt",
            "/up/secret.txt", "/up", "/..%2fsecret.txt", "/a%00b", "/..\\secret.txt",
        ] {
            #expect(SiteFile.resolve(target: escape, root: root) == .forbidden, "\(escape)")
        }
    }

    @Test func contentTypesFollowTheExtension() {
        #expect(ContentType.of("/s/index.html") == "text/html; charset=utf-8")
        #expect(ContentType.of("/s/assets/docgen.css") == "text/css; charset=utf-8")
        #expect(ContentType.of("/s/assets/docgen.js") == "text/javascript; charset=utf-8")
        #expect(ContentType.of("/s/logo.PNG") == "image/png")
        #expect(ContentType.of("/s/t.svg") == "image/svg+xml")
        #expect(ContentType.of("/s.d/README") == "application/octet-stream")
    }

    @Test func theScriptGoesBeforeTheLastBodyEndAndTheBannerIsEscaped() {
        let html = "<html><body><p>x</p></body></html>"
        let plain = LiveReloadInjection.inject(into: html, buildID: "s-3", problem: nil)
        #expect(plain.hasPrefix("<html><body><p>x</p><script data-docgen-live>"))
        #expect(plain.hasSuffix("</script>\n</body></html>"))
        #expect(plain.contains("var build = \"s-3\";"))
        #expect(plain.contains("new EventSource(\"/__docgen/events\")"))
        #expect(plain.contains("sessionStorage.setItem(place"), "the scroll position is kept before a reload")
        #expect(plain.contains("mark.getBoundingClientRect().top"), "and the reloaded page puts the same text there")
        #expect(!plain.contains("docgen-live-problem"))
        let problem = BuildProblem(title: "the last build failed", detail: "a.md:2: bad option '<b>x</b>' & more")
        let flagged = LiveReloadInjection.inject(into: html, buildID: "s-4", problem: problem)
        #expect(flagged.contains("a.md:2: bad option &#39;&lt;b&gt;x&lt;/b&gt;&#39; &amp; more</pre></div>"))
        #expect(!flagged.contains("<b>x"))
        #expect(LiveReloadInjection.inject(into: "no body", buildID: "s", problem: nil).hasPrefix("no body<script"))
    }

    @Test func theHubTellsEachClientItsBuildThenEveryReload() async {
        let hub = LiveReloadHub(session: "t")
        #expect(hub.buildID == "t-0")
        var events = hub.subscribe().makeAsyncIterator()
        #expect(hub.clientCount == 1)
        #expect(await events.next() == Array("retry: 500\nevent: hello\ndata: t-0\n\n".utf8))
        hub.published(problem: BuildProblem(title: "failed", detail: "x"))
        #expect(await events.next() == Array("id: t-1\nevent: reload\ndata: t-1\n\n".utf8))
        #expect(hub.problem?.detail == "x")
        hub.published(problem: nil)
        #expect(await events.next() == Array("id: t-2\nevent: reload\ndata: t-2\n\n".utf8))
        #expect(hub.problem == nil)
        hub.finish()
        #expect(await events.next() == nil)
        #expect(hub.clientCount == 0)
        var late = hub.subscribe().makeAsyncIterator()
        #expect(await late.next() == nil)
    }

    @Test func theWatcherNoticesChangesAtAnyDepthButNotHiddenFiles() throws {
        let folder = try TestSupport.temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        try TestSupport.write("one", to: folder + "/page.md")
        try TestSupport.write("let x = 1", to: folder + "/page/cell.swift")
        let watcher = ChangeWatcher(paths: [folder, folder + "/missing"])
        let before = watcher.fingerprint()
        #expect(before.count == 2)
        #expect(watcher.fingerprint() == before)
        try TestSupport.write("let x = 22", to: folder + "/page/cell.swift")
        let edited = watcher.fingerprint()
        #expect(edited != before)
        try TestSupport.write("swap", to: folder + "/page/.cell.swift.swp")
        try TestSupport.write("backup", to: folder + "/page.md~")
        try TestSupport.write("x", to: folder + "/.git/index")
        #expect(watcher.fingerprint() == edited)
        try TestSupport.write("new", to: folder + "/deep/er/other.md")
        #expect(watcher.fingerprint().count == 3)
    }

    @Test func folderEventsReportChangesAlsoInFoldersMadeAfterTheStart() throws {
        let folder = try TestSupport.temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        try TestSupport.write("one", to: folder + "/page.md")
        let events = try #require(FolderEvents(folders: [folder]))
        defer { events.stop() }
        // Quiet when nothing is written. Not "no event at all in the first 100 ms": Foundation opens page.md without
        // O_CLOEXEC, so a child another test forks meanwhile can hold a copy and close it after the watch starts,
        // which is a real IN_CLOSE_WRITE (seen once in 30 runs of the suite's spawning tests, three at a time).
        #expect(Self.settles(events))
        try TestSupport.write("one, two", to: folder + "/page.md")
        #expect(Self.eventually { events.takeChange() })
        // One write is several inotify events, possibly read in more than one batch: once they stop, so does the flag.
        #expect(Self.settles(events))
        try FileManager.default.createDirectory(atPath: folder + "/page", withIntermediateDirectories: true)
        #expect(Self.eventually { events.takeChange() })
        #expect(Self.settles(events))
        try TestSupport.write("let x = 1", to: folder + "/page/cell.swift")
        #expect(Self.eventually { events.takeChange() })
    }

    /// Whether `events` reports no change for 200 ms in a row within 30 s (each report is taken, so the flag resets).
    /// The bound is generous because a loaded machine (the whole suite, other builds) can starve the reading thread;
    /// an idle one settles in the first 200 ms.
    static func settles(_ events: FolderEvents) -> Bool {
        for _ in 0..<150 {
            _ = events.takeChange()
            usleep(200_000)
            if !events.takeChange() { return true }
        }
        return false
    }

    /// Whether `condition` holds within 30 s (checked every 10 ms; it returns as soon as it holds, so the generous
    /// bound only matters on a starved machine).
    static func eventually(_ condition: () -> Bool) -> Bool {
        for _ in 0..<3000 {
            if condition() { return true }
            usleep(10_000)
        }
        return false
    }
}
