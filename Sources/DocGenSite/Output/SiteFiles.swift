/// Where the render stage puts a site: one file at a time, each file's text appended in pieces, so neither a large
/// file nor the whole site has to be held in memory (`SiteDraft` writes each piece to disk; `SiteFileCollection`
/// keeps the files, for tests).
package protocol SiteFiles {
    /// Site paths added so far.
    var paths: Set<String> { get }

    /// Adds the file at `path` (inside the site, `/`-separated) holding the text `produce` writes to the stream.
    ///
    /// - Throws: `RenderError.unwritable` when the file cannot be stored.
    mutating func add(_ path: String, _ produce: (inout SiteFileStream) -> Void) throws(RenderError)
}

extension SiteFiles {
    /// Adds the file at `path` holding `text`.
    package mutating func add(_ path: String, text: String) throws(RenderError) {
        try add(path) { $0.write(text) }
    }

    /// Adds the file at `path` holding `bytes`.
    package mutating func add(_ path: String, bytes: [UInt8]) throws(RenderError) {
        try add(path) { stream in bytes.withUnsafeBytes { stream.write(bytes: $0) } }
    }
}
