/// The Host header check of the preview server: only the loopback names are answered, so a page on another site
/// cannot reach the preview through a DNS name rebound to 127.0.0.1.
enum LoopbackHost {
    static let names: Set<String> = ["localhost", "127.0.0.1", "[::1]"]

    /// Whether `host` (a Host header value: `localhost`, `127.0.0.1:8000`, `[::1]:8000`) names this machine.
    /// A missing header is refused.
    static func isAllowed(_ host: String?) -> Bool {
        guard let host = host?.lowercased() else { return false }
        var name = Substring(host)
        if let colon = host.lastIndex(of: ":"), !host.hasSuffix("]") {
            let port = host[host.index(after: colon)...]
            guard !port.isEmpty, port.count <= 5, port.allSatisfy(\.isASCII), port.allSatisfy(\.isNumber) else {
                return false
            }
            name = host[..<colon]
        }
        return names.contains(String(name))
    }
}
