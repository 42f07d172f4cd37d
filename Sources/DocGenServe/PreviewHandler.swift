import DocGenSite
import FlyingFox
import Foundation

/// Answers the preview server's requests: files of the site folder (GET and HEAD; HTML pages get the live-reload
/// script, and the latest build's problem as a banner), the live-reload event stream, and refusals — a Host other
/// than the loopback names (403), a path leaving the site (403), a method other than `GET` and `HEAD`, spelled so
/// (405), anything else (404 page).
struct PreviewHandler: HTTPHandler {
    let root: String
    let hub: LiveReloadHub

    /// The response to a request head read by `PreviewConnection` (method names are case-sensitive: `get` is not
    /// `GET`).
    func respond(to head: RequestHead) async -> HTTPResponse {
        guard LoopbackHost.isAllowed(head.field("Host")) else {
            return text(.forbidden, "docgen serve answers only Host: localhost, 127.0.0.1 or [::1] (with any port)\n")
        }
        guard head.method == "GET" || head.method == "HEAD" else { return methodNotAllowed() }
        let parts = head.target.split(separator: "?", maxSplits: 1, omittingEmptySubsequences: false)
        var headers = HTTPHeaders()
        for field in head.fields { headers.addValue(field.value, for: HTTPHeader(field.name)) }
        let request = HTTPRequest(
            method: HTTPMethod(rawValue: head.method), version: HTTPVersion(rawValue: head.version),
            target: HTTPRequest.Target(path: String(parts[0]), query: parts.count > 1 ? String(parts[1]) : ""),
            headers: headers, body: HTTPBodySequence())
        return (try? await handleRequest(request)) ?? text(.internalServerError, "internal error\n")
    }

    private func methodNotAllowed() -> HTTPResponse {
        var response = text(.methodNotAllowed, "only GET and HEAD are served\n")
        response.headers[HTTPHeader("Allow")] = "GET, HEAD"
        return response
    }

    func handleRequest(_ request: HTTPRequest) async throws -> HTTPResponse {
        guard LoopbackHost.isAllowed(request.headers[.host]) else {
            return text(.forbidden, "docgen serve answers only Host: localhost, 127.0.0.1 or [::1] (with any port)\n")
        }
        guard request.method == .GET || request.method == .HEAD else { return methodNotAllowed() }
        let path = request.target.path()
        if path == LiveReloadInjection.eventsPath { return events(head: request.method == .HEAD) }
        let response: HTTPResponse =
            switch SiteFile.resolve(target: path, root: root) {
            case .forbidden: text(.forbidden, "forbidden: only files inside the site folder are served\n")
            case .notFound: page(.notFound, notFoundPage(path), type: "text/html; charset=utf-8")
            case .folder(let location):
                HTTPResponse(
                    statusCode: .movedPermanently,
                    headers: HTTPHeaders([.location: location, .cacheControl: "no-store"]))
            case .file(let file): self.file(file)
            }
        return request.method == .HEAD ? headersOnly(response) : response
    }

    private func file(_ path: String) -> HTTPResponse {
        guard let data = FileManager.default.contents(atPath: path) else {
            return page(.notFound, notFoundPage(path), type: "text/html; charset=utf-8")
        }
        let type = ContentType.of(path)
        guard type.hasPrefix("text/html") else { return page(.ok, data, type: type) }
        let html = LiveReloadInjection.inject(
            into: String(decoding: data, as: UTF8.self), buildID: hub.buildID, problem: hub.problem)
        return page(.ok, Data(html.utf8), type: type)
    }

    private func events(head: Bool) -> HTTPResponse {
        let headers: HTTPHeaders = [
            .contentType: "text/event-stream; charset=utf-8", .cacheControl: "no-store",
            HTTPHeader("X-Accel-Buffering"): "no",
        ]
        guard !head else { return HTTPResponse(statusCode: .ok, headers: headers) }
        return HTTPResponse(
            statusCode: .ok, headers: headers, body: HTTPBodySequence(from: EventStreamBody(events: hub.subscribe())))
    }

    private func notFoundPage(_ path: String) -> Data {
        let html = HTMLNode.group([
            .doctype, .newline,
            .tag(
                "html", ["lang": "en"],
                .tag("head", [:], .void("meta", ["charset": "utf-8"]), .tag("title", [:], .text("Not found"))),
                .newline,
                .tag(
                    "body", [:], .tag("h1", [:], .text("Not found")),
                    .tag(
                        "p", [:], .text(path + " is not in the site. "),
                        .tag("a", ["href": "/"], .text("Back to the index")), .text(".")),
                    .newline)),
            .newline,
        ]).html
        return Data(LiveReloadInjection.inject(into: html, buildID: hub.buildID, problem: hub.problem).utf8)
    }

    private func page(_ status: HTTPStatusCode, _ body: Data, type: String) -> HTTPResponse {
        HTTPResponse(
            statusCode: status,
            headers: [.contentType: type, .cacheControl: "no-store", HTTPHeader("X-Content-Type-Options"): "nosniff"],
            body: body)
    }

    private func text(_ status: HTTPStatusCode, _ message: String) -> HTTPResponse {
        page(status, Data(message.utf8), type: "text/plain; charset=utf-8")
    }

    /// The same status and headers (Content-Length included) without the body.
    private func headersOnly(_ response: HTTPResponse) -> HTTPResponse {
        guard case .httpBody(let body) = response.payload, let count = body.count else { return response }
        var headers = response.headers
        headers[.contentLength] = String(count)
        return HTTPResponse(statusCode: response.statusCode, headers: headers)
    }
}
