import Foundation
import Testing

@testable import DocGen

#if canImport(Glibc)
    import Glibc
#endif

@Suite struct ServeTests {
    @Test func requestTargetsMapToFilesInsideTheSiteOnly() {
        #expect(HTTPResponse.sitePath("/") == "")
        #expect(HTTPResponse.sitePath("/assets/docgen.css?v=1#x") == "assets/docgen.css")
        #expect(HTTPResponse.sitePath("/a%20b.html") == "a b.html")
        #expect(HTTPResponse.sitePath("/./index.html") == "index.html")
        #expect(HTTPResponse.sitePath("/../etc/passwd") == nil)
        #expect(HTTPResponse.sitePath("/%2e%2e/%2e%2e/etc/passwd") == nil)
    }

    @Test func answersFilesWithTheirTypeAndRefusesTheRest() throws {
        let root = try TestSupport.temporaryFolder()
        try TestSupport.write("<p>hi</p>", to: root + "/index.html")
        try TestSupport.write("p{}", to: root + "/assets/docgen.css")
        let index = HTTPResponse.answer(requestLine: "GET / HTTP/1.1", root: root)
        #expect(index.status == "200 OK")
        #expect(index.contentType == "text/html; charset=utf-8")
        #expect(index.body == Array("<p>hi</p>".utf8))
        #expect(
            HTTPResponse.answer(requestLine: "GET /assets/docgen.css HTTP/1.1", root: root).contentType
                == "text/css; charset=utf-8")
        #expect(HTTPResponse.answer(requestLine: "GET /missing.html HTTP/1.1", root: root).status == "404 Not Found")
        #expect(HTTPResponse.answer(requestLine: "POST / HTTP/1.1", root: root).status == "405 Method Not Allowed")
        let head = HTTPResponse.answer(requestLine: "HEAD / HTTP/1.1", root: root)
        #expect(
            String(decoding: head.bytes, as: UTF8.self).hasSuffix(
                "Content-Length: 9\r\nCache-Control: no-store\r\n"
                    + "Connection: close\r\n\r\n"))
    }

    @Test func servesOverARealSocket() throws {
        let root = try TestSupport.temporaryFolder()
        try TestSupport.write("<h1>Pages</h1>", to: root + "/index.html")
        let server = try StaticFileServer(root: root, port: 0)
        #expect(server.port > 0)
        Thread.detachNewThread { server.serveForever() }
        let response = try Self.get("/index.html", port: server.port)
        #expect(response.hasPrefix("HTTP/1.0 200 OK\r\n"))
        #expect(response.hasSuffix("\r\n\r\n<h1>Pages</h1>"))
        #expect(try Self.get("/../index.html", port: server.port).hasPrefix("HTTP/1.0 404 Not Found\r\n"))
    }

    @Test func theWatcherNoticesAnEditedFile() throws {
        let folder = try TestSupport.temporaryFolder()
        try TestSupport.write("one", to: folder + "/page.md")
        let watcher = ChangeWatcher(paths: [folder])
        let before = watcher.fingerprint()
        #expect(watcher.fingerprint() == before)
        try TestSupport.write("one and more", to: folder + "/page.md")
        #expect(watcher.fingerprint() != before)
        try TestSupport.write("new", to: folder + "/other.md")
        #expect(watcher.fingerprint().count == 2)
    }

    /// A minimal HTTP client: sends `GET path` to 127.0.0.1:`port` and returns everything it answers.
    static func get(_ path: String, port: Int) throws -> String {
        let descriptor = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        defer { close(descriptor) }
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_port = in_port_t(UInt16(port).bigEndian)
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        let connected = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) {
                connect(descriptor, $0, socklen_t(MemoryLayout<sockaddr_in>.size))
            }
        }
        try #require(connected == 0)
        let request = Array("GET \(path) HTTP/1.0\r\n\r\n".utf8)
        _ = request.withUnsafeBytes { write(descriptor, $0.baseAddress, $0.count) }
        var answer: [UInt8] = []
        var buffer = [UInt8](repeating: 0, count: 4096)
        while true {
            let count = read(descriptor, &buffer, buffer.count)
            guard count > 0 else { break }
            answer += buffer[..<count]
        }
        return String(decoding: answer, as: UTF8.self)
    }
}
