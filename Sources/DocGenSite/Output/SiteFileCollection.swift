/// Site files kept in memory (site path → bytes): what `SiteRenderer.render` returns, for tests and small sites.
struct SiteFileCollection: SiteFiles {
    private(set) var files: [String: [UInt8]] = [:]

    var paths: Set<String> { Set(files.keys) }

    mutating func add(_ path: String, _ produce: (inout SiteFileStream) -> Void) throws(RenderError) {
        var bytes: [UInt8] = []
        var stream = SiteFileStream { bytes.append(contentsOf: $0) }
        produce(&stream)
        stream.finish()
        files[path] = bytes
    }
}
