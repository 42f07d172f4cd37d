/// How a `RenderManifest` is kept on disk: lines of tab-separated fields, read and written without a general-purpose
/// coder (a site of 5,000 cells has a manifest of over 5,000 stamps, which JSON coding took tens of milliseconds to
/// read and write). A tab, a newline or a backslash in a name is written as `\t`, `\n` or `\\`.
///
/// ```
/// docgen render manifest 3
/// output	/abs/site
/// page	<name>	<key>	<index offset>	<index length>     (`-` for both when the page has no rows)
/// file	<site path>                                       (a file of the page above)
/// stamp	<site path>	<device>	<inode>	<size>	<modified>	<digest>   (`-` when the file was not added whole)
/// ```
extension RenderManifest {
    private static let header = "docgen render manifest \(version)"

    /// The manifest as bytes: its pages sorted by name, then its stamps sorted by path.
    func text() -> [UInt8] {
        var out: [UInt8] = []
        out.reserveCapacity(64 * (stamps.count + pages.count + 4))
        func line(_ fields: [String]) {
            for (index, field) in fields.enumerated() {
                if index > 0 { out.append(9) }
                Self.escape(field, into: &out)
            }
            out.append(10)
        }
        line([Self.header])
        line(["output", output])
        for name in pages.keys.sorted() {
            let page = pages[name]!
            let rows = page.indexRows.map { $0.map(String.init) } ?? []
            line(["page", name, page.key] + (rows.count == 2 ? rows : ["-", "-"]))
            for file in page.files { line(["file", file]) }
        }
        for path in stamps.keys.sorted() {
            let stamp = stamps[path]!
            line([
                "stamp", path, "\(stamp.device)", "\(stamp.inode)", "\(stamp.size)", "\(stamp.modified)",
                digests[path] ?? "-",
            ])
        }
        return out
    }

    /// The manifest `bytes` hold (`text()`); nil when they are not one of this version.
    init?(text bytes: [UInt8]) {
        var lines = bytes.split(separator: 10, omittingEmptySubsequences: true)[...]
        guard let first = lines.popFirst(), Self.fields(first) == [Self.header],
            let second = lines.popFirst(), let output = Self.fields(second), output.count == 2, output[0] == "output"
        else { return nil }
        self.init(output: output[1])
        var page: String?
        for line in lines {
            guard let fields = Self.fields(line), let kind = fields.first else { return nil }
            switch (kind, fields.count) {
            case ("page", 5):
                var rows: [Int]?
                if fields[3] != "-" || fields[4] != "-" {
                    guard let offset = Int(fields[3]), let length = Int(fields[4]) else { return nil }
                    rows = [offset, length]
                }
                pages[fields[1]] = Page(key: fields[2], files: [], indexRows: rows)
                page = fields[1]
            case ("file", 2):
                guard let page else { return nil }
                pages[page]!.files.append(fields[1])
            case ("stamp", 7):
                guard let device = UInt64(fields[2]), let inode = UInt64(fields[3]), let size = Int(fields[4]),
                    let modified = Int64(fields[5])
                else { return nil }
                stamps[fields[1]] = Stamp(device: device, inode: inode, size: size, modified: modified)
                if fields[6] != "-" { digests[fields[1]] = fields[6] }
            default:
                return nil
            }
        }
    }

    private static func escape(_ text: String, into out: inout [UInt8]) {
        for byte in text.utf8 {
            switch byte {
            case 9: out += [92, UInt8(ascii: "t")]
            case 10: out += [92, UInt8(ascii: "n")]
            case 92: out += [92, 92]
            default: out.append(byte)
            }
        }
    }

    /// The fields of one line, unescaped; nil when an escape is not one `escape` writes.
    private static func fields(_ line: ArraySlice<UInt8>) -> [String]? {
        var fields: [String] = []
        var field: [UInt8] = []
        var escaped = false
        for byte in line {
            if escaped {
                switch byte {
                case UInt8(ascii: "t"): field.append(9)
                case UInt8(ascii: "n"): field.append(10)
                case 92: field.append(92)
                default: return nil
                }
                escaped = false
            } else if byte == 92 {
                escaped = true
            } else if byte == 9 {
                fields.append(String(decoding: field, as: UTF8.self))
                field.removeAll(keepingCapacity: true)
            } else {
                field.append(byte)
            }
        }
        guard !escaped else { return nil }
        fields.append(String(decoding: field, as: UTF8.self))
        return fields
    }
}
