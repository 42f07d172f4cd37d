#if canImport(Glibc)
    import Glibc
#endif

/// The search-index rows of the pages whose key is unchanged, read from the output folder's current index instead of
/// made again (`SearchIndex.add`): the index file, open, and each such page's byte range in it (`RenderManifest`).
package final class SearchIndexRows {
    private let descriptor: Int32
    private let ranges: [String: (offset: Int, length: Int)]

    /// Takes ownership of `descriptor` (closed when this is dropped).
    init(descriptor: Int32, ranges: [String: (offset: Int, length: Int)]) {
        self.descriptor = descriptor
        self.ranges = ranges
    }

    deinit { close(descriptor) }

    /// Writes the rows of `page` to `out`; false (nothing written) when they are not known or cannot be read.
    func copy(_ page: String, to out: inout SiteFileStream) -> Bool {
        guard let range = ranges[page] else { return false }
        var bytes = [UInt8](repeating: 0, count: range.length)
        var done = 0
        while done < range.length {
            let got = bytes.withUnsafeMutableBytes {
                pread(descriptor, $0.baseAddress! + done, range.length - done, off_t(range.offset + done))
            }
            if got < 0, errno == EINTR { continue }
            guard got > 0 else { return false }
            done += got
        }
        bytes.withUnsafeBytes { out.write(bytes: $0) }
        return true
    }
}
