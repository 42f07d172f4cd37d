/// JSON strings written straight into a site file, escaped byte for byte as Foundation's `JSONEncoder` escapes them
/// (with `.withoutEscapingSlashes`): `"` and `\` with a backslash, `\b \t \n \f \r`, other control characters as
/// `\u00xx`; everything else, non-ASCII included, as it is. So a file written in pieces has the bytes the encoder gives.
enum JSONText {
    /// Writes `text` as a JSON string, quotes included.
    static func writeString(_ text: Substring, to out: inout SiteFileStream) {
        out.write(byte: UInt8(ascii: "\""))
        writeEscaped(text, to: &out)
        out.write(byte: UInt8(ascii: "\""))
    }

    /// Writes `text` as a JSON string, quotes included.
    static func writeString(_ text: String, to out: inout SiteFileStream) {
        writeString(text[...], to: &out)
    }

    /// Writes the inside of a JSON string holding `text` (no quotes), so one string can be written in pieces.
    static func writeEscaped(_ text: Substring, to out: inout SiteFileStream) {
        let written: Bool? = text.utf8.withContiguousStorageIfAvailable {
            writeEscaped(bytes: $0, to: &out)
            return true
        }
        if written == nil { writeEscaped(String(text)[...], to: &out) }
    }

    private static let hex = Array("0123456789abcdef".utf8)

    private static func writeEscaped(bytes: UnsafeBufferPointer<UInt8>, to out: inout SiteFileStream) {
        var plain = 0  // start of the bytes not yet written that need no escape
        for index in bytes.indices {
            let byte = bytes[index]
            guard byte < 0x20 || byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "\\") else { continue }
            out.write(bytes: UnsafeRawBufferPointer(UnsafeBufferPointer(rebasing: bytes[plain..<index])))
            plain = index + 1
            out.write(byte: UInt8(ascii: "\\"))
            switch byte {
            case UInt8(ascii: "\""), UInt8(ascii: "\\"): out.write(byte: byte)
            case 0x08: out.write(byte: UInt8(ascii: "b"))
            case 0x09: out.write(byte: UInt8(ascii: "t"))
            case 0x0A: out.write(byte: UInt8(ascii: "n"))
            case 0x0C: out.write(byte: UInt8(ascii: "f"))
            case 0x0D: out.write(byte: UInt8(ascii: "r"))
            default:
                out.write("u00")
                out.write(byte: hex[Int(byte >> 4)])
                out.write(byte: hex[Int(byte & 0xF)])
            }
        }
        out.write(bytes: UnsafeRawBufferPointer(UnsafeBufferPointer(rebasing: bytes[plain...])))
    }
}
