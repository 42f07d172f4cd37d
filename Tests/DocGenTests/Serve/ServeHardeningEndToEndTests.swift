import DocGenTestSupport
import Foundation
import Testing

#if canImport(Glibc)
    import Glibc
#endif

/// The preview server cannot be stopped from outside: it keeps answering when clients take every descriptor it may
/// open (with `ulimit -n` lowered), disconnects idle and slow clients, refuses oversized request lines and headers
/// quickly (414, 431), answers 405 to methods other than `GET` and `HEAD` as spelled, and re-runs the cells when docgen
/// is reinstalled under it. Bounded loops against 127.0.0.1 only.
@Suite(.serialized) struct ServeHardeningEndToEndTests {
    static let page = ["page.md": "# Page\n\nWords.\n"]

    /// Opens `count` connections that send nothing (stopping early if the backlog is full) and returns them.
    func idleConnections(_ count: Int, port: Int) -> [Int32] {
        (0..<count).compactMap { _ in try? ServeClient(port: port).connect(timeout: 2) }
    }

    /// True when `GET /` is answered 200 within `seconds`.
    func answers(_ server: ServeProcess, within seconds: Double) -> Bool {
        let deadline = Date().addingTimeInterval(seconds)
        while Date() < deadline {
            if let response = try? server.client.request("/"), response.status == 200 { return true }
            usleep(100_000)
        }
        return false
    }

    @Test func manyIdleConnectionsUnderALowDescriptorLimitDoNotStopTheServer() throws {
        let server = try ServeProcess(pages: Self.page, descriptorLimit: 64)
        #expect(answers(server, within: 5))
        for _ in 0..<2 {
            let idle = idleConnections(300, port: server.port)
            #expect(idle.count > 64)
            #expect(answers(server, within: 5), "\(server.stderr)")
            idle.forEach { close($0) }
        }
        #expect(answers(server, within: 5), "\(server.stderr)")
        #expect(server.process.isRunning)
    }

    /// 40 event streams held against a server that may hold 4 connections (ulimit 64): every one of 20 requests in a
    /// row is answered at its first try. (The server used to evict as soon as its table was full, so the connection
    /// it had just accepted was closed before it read its request, unless its task happened to run first.)
    @Test func clientsHoldingEventStreamsCannotLockOthersOut() throws {
        let server = try ServeProcess(pages: Self.page, descriptorLimit: 64)
        var streams: [Int32] = []
        for _ in 0..<40 {
            guard let descriptor = try? server.client.connect(timeout: 2) else { continue }
            ServeClient.send("GET /__docgen/events HTTP/1.1\r\nHost: localhost\r\n\r\n", on: descriptor)
            streams.append(descriptor)
        }
        defer { streams.forEach { close($0) } }
        #expect(streams.count == 40)
        var statuses: [Int] = []
        for _ in 0..<20 { statuses.append((try? server.client.request("/").status) ?? 0) }
        #expect(statuses == Array(repeating: 200, count: 20), "\(server.stderr)")
    }

    /// Clients that make accepting fail again and again (rounds of 300 idle connections at ulimit 64: about 20 runs of
    /// failures in two seconds) get at most one "accepting a connection failed" line per ten seconds, not one per run.
    @Test func acceptFailuresAreSaidAtMostOncePerTenSeconds() throws {
        let server = try ServeProcess(pages: Self.page, descriptorLimit: 64)
        let start = Date()
        for _ in 0..<4 {
            let idle = idleConnections(300, port: server.port)
            #expect(answers(server, within: 5), "\(server.stderr)")
            idle.forEach { close($0) }
            usleep(200_000)
        }
        let seconds = Date().timeIntervalSince(start)
        let failed = server.stderr.split(separator: "\n").filter { $0.contains("accepting a connection failed") }
        #expect(!failed.isEmpty, "accepting never failed: \(server.stderr)")
        #expect(failed.count <= Int(seconds / 10) + 1, "\(failed.count) lines in \(Int(seconds)) s:\n\(server.stderr)")
    }

    @Test func slowClientsAreDisconnectedAfterTheHeadTimeout() throws {
        let server = try ServeProcess(pages: Self.page)
        let slow = (0..<40).compactMap { _ in try? server.client.connect(timeout: 20) }
        #expect(slow.count == 40)
        let start = Date()
        // A byte a second, never a whole head: each must be closed by the server (read gives 0) by about 10 s.
        var open = Set(slow)
        while !open.isEmpty, Date().timeIntervalSince(start) < 16 {
            for descriptor in open { _ = Glibc.send(descriptor, "X", 1, Int32(MSG_NOSIGNAL)) }
            sleep(1)
            for descriptor in open {
                var pollEntry = pollfd(fd: descriptor, events: Int16(POLLIN), revents: 0)
                if poll(&pollEntry, 1, 0) > 0 {
                    var byte: UInt8 = 0
                    if read(descriptor, &byte, 1) <= 0 { open.remove(descriptor) }
                }
            }
        }
        slow.forEach { close($0) }
        #expect(open.isEmpty, "\(open.count) slow connections still open after 16 s")
        #expect(answers(server, within: 5))
    }

    @Test func oversizedRequestLinesAndHeadersAreRefusedQuickly() throws {
        let server = try ServeProcess(pages: Self.page)
        let start = Date()
        let line = try rawRequest(
            server, "GET /" + String(repeating: "a", count: 300_000) + " HTTP/1.1\r\nHost: localhost\r\n\r\n")
        #expect(line.hasPrefix("HTTP/1.1 414 "), "\(line.prefix(80))")
        let header = try rawRequest(
            server, "GET / HTTP/1.1\r\nHost: localhost\r\nX: " + String(repeating: "b", count: 300_000) + "\r\n\r\n")
        #expect(header.hasPrefix("HTTP/1.1 431 "), "\(header.prefix(80))")
        let many = try rawRequest(
            server,
            "GET / HTTP/1.1\r\nHost: localhost\r\n" + String(repeating: "X-A: b\r\n", count: 5_000) + "\r\n")
        #expect(many.hasPrefix("HTTP/1.1 431 "), "\(many.prefix(80))")
        #expect(Date().timeIntervalSince(start) < 5)
        #expect(answers(server, within: 2))
    }

    @Test func methodsOtherThanGETAndHEADAsSpelledGet405() throws {
        let server = try ServeProcess(pages: Self.page)
        for method in ["FOO", "get", "Head", "POST", "DELETE", "BREW"] {
            let response = try server.client.request("/", method: method)
            #expect(response.status == 405, "\(method)")
            #expect(response.headers["allow"] == "GET, HEAD", "\(method)")
        }
        #expect(try server.client.request("/", method: "GET").status == 200)
        #expect(try server.client.request("/", method: "HEAD").status == 200)
    }

    @Test func aReinstalledDocgenReRunsTheCells() throws {
        let prefix = try TestSupport.temporaryFolder("serve-install")
        try install(into: prefix)
        let server = try ServeProcess(
            pages: [
                "page.md": "# Page\n\n## Cell\n\n```python\nprint(1)\n```\n\n```swift\nprint(1)\n```\n"
            ], sharedCompileCache: false, executable: prefix + "/bin/docgen")
        #expect(server.stderr.contains("1 executed"), "\(server.stderr)")
        // A new runtime installed under the running server (the binary replaced, as scripts/install.sh does).
        try TestSupport.write("a-new-runtime\n", to: prefix + "/lib/docgen/runtime-id")
        try install(binaryOnlyInto: prefix)
        #expect(server.waitForBuilds(2), "\(server.stderr)")
        let second = server.stderr.split(separator: "\n").filter { $0.hasPrefix("built ") }.last ?? ""
        #expect(second.contains("1 executed"), "\(server.stderr)")
        // The new binary runs the cell: the server's own file is gone (`/proc/self/exe` reads `… (deleted)`).
        #expect(!server.stderr.contains("could not be started"), "\(server.stderr)")
        #expect(!server.stderr.contains("(deleted)"), "\(server.stderr)")
    }

    private func install(into prefix: String) throws {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: TestSupport.packageRoot + "/scripts/install.sh")
        process.arguments = [(DocgenBinary.path as NSString).deletingLastPathComponent, prefix]
        process.currentDirectoryURL = URL(fileURLWithPath: TestSupport.packageRoot)
        process.standardOutput = FileHandle.nullDevice
        try process.run()
        process.waitUntilExit()
        try #require(process.terminationStatus == 0)
    }

    private func install(binaryOnlyInto prefix: String) throws {
        try FileManager.default.copyItem(atPath: DocgenBinary.path, toPath: prefix + "/bin/.docgen.new")
        _ = rename(prefix + "/bin/.docgen.new", prefix + "/bin/docgen")
    }

    /// Sends `text` on a new connection and returns the start of the answer ("" when the server closed at once).
    private func rawRequest(_ server: ServeProcess, _ text: String) throws -> String {
        let descriptor = try server.client.connect(timeout: 5)
        defer { close(descriptor) }
        let bytes = Array(text.utf8)
        var sent = 0
        while sent < bytes.count {
            let count = bytes[sent...].withUnsafeBytes {
                Glibc.send(descriptor, $0.baseAddress, $0.count, Int32(MSG_NOSIGNAL))
            }
            if count <= 0 { break }  // the server answered and closed before reading it all
            sent += count
        }
        var buffer = [UInt8](repeating: 0, count: 4096)
        let count = read(descriptor, &buffer, buffer.count)
        return count > 0 ? String(decoding: buffer[..<count], as: UTF8.self) : ""
    }
}
