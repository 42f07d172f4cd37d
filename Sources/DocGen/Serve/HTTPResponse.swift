import Foundation

/// One HTTP/1.0 response of the preview server: status, content type and body.
struct HTTPResponse: Equatable {
    var status: String
    var contentType: String
    var body: [UInt8]
    /// `HEAD` answers with the headers only.
    var includesBody = true

    static let contentTypes = [
        "html": "text/html; charset=utf-8", "css": "text/css; charset=utf-8",
        "js": "text/javascript; charset=utf-8", "svg": "image/svg+xml", "png": "image/png",
        "txt": "text/plain; charset=utf-8", "json": "application/json",
    ]

    /// The answer to `GET /path HTTP/1.1` (or HEAD) for files under `root`.
    static func answer(requestLine: String, root: String) -> HTTPResponse {
        let parts = requestLine.split(separator: " ")
        guard parts.count >= 2, parts[0] == "GET" || parts[0] == "HEAD" else {
            return text("405 Method Not Allowed", "only GET and HEAD are served\n")
        }
        guard let relative = sitePath(String(parts[1])) else { return text("404 Not Found", "not found\n") }
        var path = root + "/" + relative
        var isFolder: ObjCBool = false
        if FileManager.default.fileExists(atPath: path, isDirectory: &isFolder), isFolder.boolValue {
            path += "/index.html"
        }
        guard let data = FileManager.default.contents(atPath: path) else { return text("404 Not Found", "not found\n") }
        let type = contentTypes[(path as NSString).pathExtension.lowercased()] ?? "application/octet-stream"
        return HTTPResponse(status: "200 OK", contentType: type, body: Array(data), includesBody: parts[0] == "GET")
    }

    /// The file path inside the site for a request target (`/a%20b.html?x` → `a b.html`), or `nil` when it would
    /// leave the site (`..`).
    static func sitePath(_ target: String) -> String? {
        let path = target.prefix { $0 != "?" && $0 != "#" }
        guard let decoded = String(path).removingPercentEncoding else { return nil }
        let segments = decoded.split(separator: "/").filter { $0 != "." }
        guard !segments.contains("..") else { return nil }
        return segments.joined(separator: "/")
    }

    private static func text(_ status: String, _ message: String) -> HTTPResponse {
        HTTPResponse(status: status, contentType: "text/plain; charset=utf-8", body: Array(message.utf8))
    }

    var bytes: [UInt8] {
        let head =
            "HTTP/1.0 \(status)\r\nContent-Type: \(contentType)\r\nContent-Length: \(body.count)\r\n"
            + "Cache-Control: no-store\r\nConnection: close\r\n\r\n"
        return Array(head.utf8) + (includesBody ? body : [])
    }
}
