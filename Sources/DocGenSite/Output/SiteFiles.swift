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

    /// Adds the file at `path` holding `text`.
    ///
    /// - Throws: `RenderError.unwritable` when the file cannot be stored.
    mutating func add(_ path: String, text: String) throws(RenderError)

    /// Keeps the files `page` was last written with, when they were made from `key` (`PageInputs`): true when it need
    /// not be rendered.
    mutating func reuse(page: String, key: String) -> Bool

    /// Notes that `page`, made from `key`, was rendered into `files`.
    mutating func rendered(page: String, key: String, files: [String])

    /// The search-index rows that can be copied from the last build's index rather than made again.
    func reusableIndexRows(_ keys: [String: String]) -> SearchIndexRows?

    /// Notes where each page's rows are in the search index (byte offset and length).
    mutating func recordIndexRows(_ rows: [String: [Int]])
}

extension SiteFiles {
    /// Nothing is kept from an earlier build: every page is rendered.
    package mutating func reuse(page: String, key: String) -> Bool { false }

    package mutating func rendered(page: String, key: String, files: [String]) {}

    package func reusableIndexRows(_ keys: [String: String]) -> SearchIndexRows? { nil }

    package mutating func recordIndexRows(_ rows: [String: [Int]]) {}

    /// Adds the file at `path` holding `text`.
    package mutating func add(_ path: String, text: String) throws(RenderError) {
        try add(path) { $0.write(text) }
    }

    /// Adds the file at `path` holding `bytes`.
    package mutating func add(_ path: String, bytes: [UInt8]) throws(RenderError) {
        try add(path) { stream in bytes.withUnsafeBytes { stream.write(bytes: $0) } }
    }
}
