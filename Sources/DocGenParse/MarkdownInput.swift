import Foundation

/// A content file's bytes on their way to cmark-gfm, handed over so the parser can drop them as soon as it has
/// read them (before building the tree): a large page is then never held twice. Checked by `MarkdownBytes` first.
package final class MarkdownInput {
    private var bytes: Data?

    package init(_ bytes: Data) {
        self.bytes = bytes
    }

    /// Calls `read` with the bytes, then lets them go; later calls see an empty buffer.
    func consume(_ read: (UnsafeRawBufferPointer) -> Void) {
        (bytes ?? Data()).withUnsafeBytes(read)
        bytes = nil
    }
}
