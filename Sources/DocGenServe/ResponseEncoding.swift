import FlyingFox
import Foundation

/// The bytes of a response's status line and header fields (the body follows: `Content-Length` bytes, or chunks
/// when its length is unknown, as for the live-reload event stream).
enum ResponseEncoding {
    static func head(of response: HTTPResponse, keepAlive: Bool) -> Data {
        var lines = ["HTTP/1.1 \(response.statusCode.code) \(response.statusCode.phrase)"]
        var headers = response.headers
        headers[.connection] = keepAlive ? "keep-alive" : "close"
        if case .httpBody(let body) = response.payload {
            if headers[.contentLength] == nil {
                if let count = body.count {
                    headers[.contentLength] = String(count)
                } else {
                    headers[.transferEncoding] = "chunked"
                }
            }
        }
        for (name, value) in headers.sorted(by: { $0.key.rawValue < $1.key.rawValue }) {
            lines.append("\(name.rawValue): \(value)")
        }
        return Data((lines.joined(separator: "\r\n") + "\r\n\r\n").utf8)
    }

    /// One chunk of a chunked body (an empty `bytes` is the last chunk).
    static func chunk(_ bytes: Data) -> Data {
        var data = Data((String(bytes.count, radix: 16) + "\r\n").utf8)
        data.append(bytes)
        data.append(contentsOf: Array("\r\n".utf8))
        return data
    }
}
