import FlyingFox

/// The request line and header fields of one HTTP/1.x request, read by the preview server itself rather than by
/// FlyingFox's `HTTPServer`: that one has no size limits, reads a line by searching its whole buffer again for every
/// byte (100 KB of header took 9 s of CPU), uppercases method names (`get` was served) and answers methods it does
/// not route with 404. Here every byte is looked at a bounded number of times, the sizes are capped and the method is
/// taken as written (method names are case-sensitive).
struct RequestHead: Sendable, Equatable {
    /// Longest request line answered (longer: 414).
    static let maxRequestLine = 8 * 1024
    /// Most bytes of header fields answered (more: 431).
    static let maxHeaderBytes = 16 * 1024
    /// Most header fields answered (more: 431).
    static let maxHeaderFields = 100

    var method: String
    var target: String
    var version: String
    /// The fields in order, names as sent.
    var fields: [(name: String, value: String)]

    static func == (lhs: RequestHead, rhs: RequestHead) -> Bool {
        lhs.method == rhs.method && lhs.target == rhs.target && lhs.version == rhs.version
            && lhs.fields.map(\.name) == rhs.fields.map(\.name) && lhs.fields.map(\.value) == rhs.fields.map(\.value)
    }

    /// Why a head cannot be answered normally: the status to answer with, then the connection is closed.
    enum Refusal: Error, Equatable {
        case badRequest(String)
        case uriTooLong
        case headerTooLarge

        var status: HTTPStatusCode {
            switch self {
            case .badRequest: .badRequest
            case .uriTooLong: HTTPStatusCode(414, phrase: "URI Too Long")
            case .headerTooLarge: HTTPStatusCode(431, phrase: "Request Header Fields Too Large")
            }
        }

        var message: String {
            switch self {
            case .badRequest(let why): "bad request: \(why)\n"
            case .uriTooLong: "the request line is longer than \(RequestHead.maxRequestLine) bytes\n"
            case .headerTooLarge:
                "the header fields are larger than \(RequestHead.maxHeaderBytes) bytes or more than "
                    + "\(RequestHead.maxHeaderFields)\n"
            }
        }
    }

    /// Where a request head ends in `bytes` (the index after its blank line), once enough bytes have arrived;
    /// `scanned` is how far earlier calls looked, so each byte is examined once. Throws as soon as the line or the
    /// fields are too long, without waiting for their end.
    static func end(in bytes: [UInt8], scanned: inout Int) throws(Refusal) -> Int? {
        var index = max(0, scanned)
        while index < bytes.count {
            if bytes[index] == UInt8(ascii: "\n") {
                // A blank line: "\n\n" or "\r\n\r\n" (also "\n\r\n"), after the request line.
                if index >= 1, bytes[index - 1] == UInt8(ascii: "\n") { return index + 1 }
                if index >= 2, bytes[index - 1] == UInt8(ascii: "\r"), bytes[index - 2] == UInt8(ascii: "\n") {
                    return index + 1
                }
            }
            index += 1
        }
        scanned = index
        let lineEnd = bytes.firstIndex(of: UInt8(ascii: "\n")) ?? bytes.count
        if lineEnd > maxRequestLine { throw .uriTooLong }
        if bytes.count - lineEnd > maxHeaderBytes { throw .headerTooLarge }
        return nil
    }

    /// Parses a complete head (up to and including its blank line).
    static func parse(_ bytes: ArraySlice<UInt8>) throws(Refusal) -> RequestHead {
        var lines = bytes.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false).map { line in
            line.last == UInt8(ascii: "\r") ? line.dropLast() : line
        }
        while lines.last?.isEmpty == true { lines.removeLast() }
        guard let first = lines.first else { throw .badRequest("no request line") }
        guard first.count <= maxRequestLine else { throw .uriTooLong }
        guard let requestLine = String(validating: first, as: UTF8.self) else {
            throw .badRequest("the request line is not UTF-8")
        }
        let parts = requestLine.split(separator: " ", omittingEmptySubsequences: false)
        guard parts.count == 3, !parts[0].isEmpty, !parts[1].isEmpty else {
            throw .badRequest("the request line is not METHOD TARGET HTTP/1.1")
        }
        guard parts[0].utf8.allSatisfy(isTokenByte) else { throw .badRequest("the method is not a token") }
        guard parts[2] == "HTTP/1.1" || parts[2] == "HTTP/1.0" else {
            throw .badRequest("only HTTP/1.0 and HTTP/1.1 are served")
        }
        let fieldLines = lines.dropFirst()
        guard fieldLines.count <= maxHeaderFields else { throw .headerTooLarge }
        guard fieldLines.reduce(0, { $0 + $1.count + 2 }) <= maxHeaderBytes else { throw .headerTooLarge }
        var fields: [(name: String, value: String)] = []
        for line in fieldLines {
            guard let colon = line.firstIndex(of: UInt8(ascii: ":")), colon > line.startIndex else {
                throw .badRequest("a header line has no name")
            }
            let name = line[line.startIndex..<colon]
            guard name.allSatisfy(isTokenByte) else { throw .badRequest("a header name is not a token") }
            let value = line[(colon + 1)...].drop { $0 == 0x20 || $0 == 0x09 }
            let trimmed = value.reversed().drop { $0 == 0x20 || $0 == 0x09 }.reversed()
            fields.append((String(decoding: name, as: UTF8.self), String(decoding: trimmed, as: UTF8.self)))
        }
        return RequestHead(
            method: String(parts[0]), target: String(parts[1]), version: String(parts[2]), fields: fields)
    }

    /// The value of the first field named `name` (case-insensitive), if any.
    func field(_ name: String) -> String? {
        fields.first { $0.name.lowercased() == name.lowercased() }?.value
    }

    /// True when the client asked to keep the connection for another request.
    var keepsAlive: Bool {
        let connection = field("Connection")?.lowercased() ?? ""
        return version == "HTTP/1.1" ? !connection.contains("close") : connection.contains("keep-alive")
    }

    /// True when a body follows the head (which this server does not read: it answers and closes).
    var hasBody: Bool {
        if field("Transfer-Encoding") != nil { return true }
        if let length = field("Content-Length") { return length != "0" }
        return false
    }

    /// RFC 9110's token characters.
    private static func isTokenByte(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"),
            UInt8(ascii: "0")...UInt8(ascii: "9"):
            true
        default: "!#$%&'*+-.^_`|~".utf8.contains(byte)
        }
    }
}
