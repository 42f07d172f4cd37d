/// Cuts a large page into pieces cmark-gfm can parse one after another with the same result as parsing it whole, so
/// its tree (several times the text's size) is only ever built for one piece. A cut is made only before an ATX
/// heading at column 0 (`# …` … `###### …`) that follows a blank line outside a fenced code block or a multi-line HTML
/// block (`<!--`, `<pre`, `<script`, `<style`, `<textarea`, `<?`, `<!X`): such a heading always starts a new
/// top-level block and nothing before it continues after it. Only fences and HTML blocks starting at column 0 are
/// followed (those are always top-level); a page where one starts 1–3 spaces in (maybe top-level, maybe in a list),
/// with a lone CR (a line ending this scanner does not follow), or with what may be a link reference definition
/// (`]:` on a line: `[x]: url` applies to the whole page), is never cut. Nor is a page where a fence-like line follows,
/// with no blank line between, a line that may start an HTML block ending at a blank line (`<p`, `<div`, `</x`, …):
/// inside such a block cmark-gfm reads no fence, so the scanner's fence count could be off by one from there on.
enum MarkdownSegments {
    /// Pieces smaller than this are not cut further (each parser has a fixed cost).
    static let minimumSize = 1 << 20

    /// The pieces of `bytes`, each as its byte range and the 1-based line it starts on.
    static func split(_ bytes: UnsafeBufferPointer<UInt8>, minimumSize: Int = minimumSize)
        -> [(range: Range<Int>, firstLine: Int)]
    {
        // A lone CR also ends a line for cmark-gfm; this scanner splits at LF only, so such a page is not cut.
        for index in bytes.indices where bytes[index] == 13 && (index + 1 == bytes.count || bytes[index + 1] != 10) {
            return [(0..<bytes.count, 1)]
        }
        var pieces: [(range: Range<Int>, firstLine: Int)] = []
        var pieceStart = 0
        var pieceLine = 1
        var line = 1
        var start = 0
        var previousBlank = true
        var fence: (byte: UInt8, length: Int)?
        var htmlEnd: [UInt8]?
        var maybeHTMLUntilBlank = false
        while start < bytes.count {
            var end = start
            while end < bytes.count, bytes[end] != UInt8(ascii: "\n") { end += 1 }
            let text = bytes[start..<end]
            if fence == nil, htmlEnd == nil, mayDefineReference(text) { return [(0..<bytes.count, 1)] }
            let indent = text.first == UInt8(ascii: " ") ? indentation(text) : 0
            let rest = text.dropFirst(indent)
            if (1...3).contains(indent), opensFence(rest) != nil || opensHTMLBlock(rest) != nil {
                return [(0..<bytes.count, 1)]  // maybe top-level, maybe in a list: not followed, so no cut
            }
            let outsideBlocks = fence == nil && htmlEnd == nil
            if let open = fence {
                if closesFence(text, open) { fence = nil }
            } else if let marker = htmlEnd {
                if contains(text, marker) { htmlEnd = nil }
            } else if let open = opensFence(text) {
                // A fence, or a line of an HTML block: not followed, so no cut.
                if maybeHTMLUntilBlank { return [(0..<bytes.count, 1)] }
                fence = open
            } else if let marker = opensHTMLBlock(text), !contains(text.dropFirst(2), marker) {
                htmlEnd = marker
            } else if previousBlank, isHeading(text), start - pieceStart >= minimumSize {
                pieces.append((pieceStart..<start, pieceLine))
                pieceStart = start
                pieceLine = line
            }
            previousBlank =
                text.isEmpty || text.allSatisfy { $0 == UInt8(ascii: " ") || $0 == UInt8(ascii: "\t") || $0 == 13 }
            if previousBlank {
                maybeHTMLUntilBlank = false
            } else if outsideBlocks, indent <= 3, mayOpenHTMLBlockEndingAtBlank(rest) {
                maybeHTMLUntilBlank = true
            }
            start = end + 1
            line += 1
        }
        pieces.append((pieceStart..<bytes.count, pieceLine))
        return pieces
    }

    private static func indentation(_ text: Slice<UnsafeBufferPointer<UInt8>>) -> Int {
        text.prefix { $0 == UInt8(ascii: " ") }.count
    }

    private static func isHeading(_ text: Slice<UnsafeBufferPointer<UInt8>>) -> Bool {
        let hashes = text.prefix { $0 == UInt8(ascii: "#") }.count
        guard (1...6).contains(hashes) else { return false }
        let after = text.dropFirst(hashes).first
        return after == nil || after == UInt8(ascii: " ") || after == UInt8(ascii: "\t") || after == 13
    }

    /// A fence opening at the start of `text`: its character and length.
    private static func opensFence(_ text: Slice<UnsafeBufferPointer<UInt8>>) -> (byte: UInt8, length: Int)? {
        guard let byte = text.first, byte == UInt8(ascii: "`") || byte == UInt8(ascii: "~") else { return nil }
        let length = text.prefix { $0 == byte }.count
        guard length >= 3 else { return nil }
        // A backtick fence's info string may not hold a backtick.
        return byte == UInt8(ascii: "`") && text.dropFirst(length).contains(byte) ? nil : (byte, length)
    }

    private static func closesFence(_ text: Slice<UnsafeBufferPointer<UInt8>>, _ open: (byte: UInt8, length: Int))
        -> Bool
    {
        let indent = indentation(text)
        guard indent <= 3 else { return false }
        let rest = text.dropFirst(indent)
        let length = rest.prefix { $0 == open.byte }.count
        return length >= open.length
            && rest.dropFirst(length).allSatisfy { $0 == UInt8(ascii: " ") || $0 == UInt8(ascii: "\t") || $0 == 13 }
    }

    /// The text that ends an HTML block which may span blank lines, when `text` starts one (at its first byte).
    private static func opensHTMLBlock(_ text: Slice<UnsafeBufferPointer<UInt8>>) -> [UInt8]? {
        guard text.first == UInt8(ascii: "<") else { return nil }
        let rest = text.prefix(12).map { $0 >= 65 && $0 <= 90 ? $0 | 0x20 : $0 }  // ASCII letters lowercased
        func starts(_ prefix: String) -> Bool { rest.starts(with: Array(prefix.utf8)) }
        if starts("<!--") { return Array("-->".utf8) }
        if starts("<![cdata[") { return Array("]]>".utf8) }
        if starts("<?") { return Array("?>".utf8) }
        if starts("<!") { return Array(">".utf8) }
        for tag in ["pre", "script", "style", "textarea"] where starts("<" + tag) {
            return Array("</\(tag)>".utf8)
        }
        return nil
    }

    /// Whether `text` may start an HTML block that ends at a blank line (CommonMark's kinds 6 and 7: `<` or `</` and a
    /// letter), over-approximated: whether cmark-gfm reads one there also depends on the tag and on what came before.
    private static func mayOpenHTMLBlockEndingAtBlank(_ text: Slice<UnsafeBufferPointer<UInt8>>) -> Bool {
        guard text.first == UInt8(ascii: "<") else { return false }
        var name = text.dropFirst()
        if name.first == UInt8(ascii: "/") { name = name.dropFirst() }
        guard let letter = name.first else { return false }
        return (65...90).contains(letter) || (97...122).contains(letter)
    }

    /// `]:` anywhere on the line: maybe a link reference definition, also inside a list or quote.
    private static func mayDefineReference(_ text: Slice<UnsafeBufferPointer<UInt8>>) -> Bool {
        var index = text.startIndex
        while index + 1 < text.endIndex {
            if text[index] == UInt8(ascii: "]"), text[index + 1] == UInt8(ascii: ":") { return true }
            index += 1
        }
        return false
    }

    /// Whether `marker` occurs in `text`, comparing ASCII letters without case.
    private static func contains(_ text: Slice<UnsafeBufferPointer<UInt8>>, _ marker: [UInt8]) -> Bool {
        let lowered = text.map { $0 >= 65 && $0 <= 90 ? $0 | 0x20 : $0 }
        guard lowered.count >= marker.count else { return false }
        return (0...(lowered.count - marker.count)).contains {
            lowered[$0..<$0 + marker.count].elementsEqual(marker)
        }
    }
}
