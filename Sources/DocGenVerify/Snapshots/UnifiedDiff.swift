/// A line diff in unified format (`--- a`, `+++ b`, `@@ -l,n +l,n @@` hunks with 3 lines of context), bounded for
/// any input: the lines both sides share at their start and end are set aside first (linear); the rest is diffed
/// with the standard library's `CollectionDifference` (Myers) only while it is at most `maxDiffedLines` lines a side,
/// beyond which it is shown as replaced whole; at most `maxShownLines` rows are printed, each cut at
/// `maxLineLength` characters. Control characters in lines are shown escaped (`\u{1B}`, `\r`), never sent to the
/// terminal, and a difference in line endings alone (CRLF against LF) is named.
package enum UnifiedDiff {
    /// Most changed lines a side handed to Myers' algorithm (whose cost grows with their product).
    static let maxDiffedLines = 2_000
    /// Most diff rows printed.
    static let maxShownLines = 400
    /// Longest line printed, in characters.
    static let maxLineLength = 500

    package static func diff(old: String, new: String, oldName: String, newName: String, context: Int = 3) -> String {
        let oldLines = lines(old)
        let newLines = lines(new)
        guard oldLines != newLines else { return "" }
        let rows = self.rows(oldLines, newLines)
        var output = "--- \(oldName)\n+++ \(newName)\n"
        if let note = lineEndingNote(old: old, new: new, oldName: oldName, newName: newName) { output += note }
        let changes = rows.indices.filter { rows[$0].tag != " " }
        var groups: [[Int]] = []
        for change in changes {
            if let last = groups.last?.last, change - last <= 2 * context {
                groups[groups.count - 1].append(change)
            } else {
                groups.append([change])
            }
        }
        var shown = 0
        for group in groups {
            let hunk = rows[max(0, group.first! - context)..<min(rows.count, group.last! + context + 1)]
            let oldCount = hunk.filter { $0.tag != "+" }.count
            let newCount = hunk.filter { $0.tag != "-" }.count
            let oldStart = oldCount == 0 ? hunk.first!.old : hunk.first!.old + 1
            let newStart = newCount == 0 ? hunk.first!.new : hunk.first!.new + 1
            output += "@@ -\(oldStart),\(oldCount) +\(newStart),\(newCount) @@\n"
            for row in hunk {
                guard shown < maxShownLines else {
                    let left = changes.count - changes.prefix { $0 < row.index }.count
                    return output + "… diff cut at \(maxShownLines) lines (\(left) more changed lines)\n"
                }
                output += "\(row.tag)\(printable(row.text))\n"
                shown += 1
            }
        }
        return output
    }

    private typealias Row = (tag: Character, text: Substring, old: Int, new: Int, index: Int)

    /// Both sides walked together: shared lines (" "), removed ("-") and inserted ("+"), with their indices.
    private static func rows(_ oldLines: [Substring], _ newLines: [Substring]) -> [Row] {
        var prefix = 0
        while prefix < oldLines.count, prefix < newLines.count, oldLines[prefix] == newLines[prefix] { prefix += 1 }
        var suffix = 0
        while suffix < oldLines.count - prefix, suffix < newLines.count - prefix,
            oldLines[oldLines.count - 1 - suffix] == newLines[newLines.count - 1 - suffix]
        {
            suffix += 1
        }
        let oldMiddle = oldLines[prefix..<(oldLines.count - suffix)]
        let newMiddle = newLines[prefix..<(newLines.count - suffix)]
        var removed = Set<Int>()
        var inserted = Set<Int>()
        if oldMiddle.count <= maxDiffedLines, newMiddle.count <= maxDiffedLines {
            for change in Array(newMiddle).difference(from: Array(oldMiddle)) {
                switch change {
                case .remove(let offset, _, _): removed.insert(prefix + offset)
                case .insert(let offset, _, _): inserted.insert(prefix + offset)
                }
            }
        } else {
            removed = Set(oldMiddle.indices)
            inserted = Set(newMiddle.indices)
        }
        var rows: [Row] = []
        var oldIndex = 0
        var newIndex = 0
        while oldIndex < oldLines.count || newIndex < newLines.count {
            if oldIndex < oldLines.count, removed.contains(oldIndex) {
                rows.append(("-", oldLines[oldIndex], oldIndex, newIndex, rows.count))
                oldIndex += 1
            } else if newIndex < newLines.count, inserted.contains(newIndex) {
                rows.append(("+", newLines[newIndex], oldIndex, newIndex, rows.count))
                newIndex += 1
            } else {
                rows.append((" ", oldLines[oldIndex], oldIndex, newIndex, rows.count))
                oldIndex += 1
                newIndex += 1
            }
        }
        return rows
    }

    /// Says so when one side ends its lines with CRLF and the other does not.
    private static func lineEndingNote(old: String, new: String, oldName: String, newName: String) -> String? {
        let oldCRLF = old.utf8.contains(13) && old.contains("\r\n")
        let newCRLF = new.utf8.contains(13) && new.contains("\r\n")
        guard oldCRLF != newCRLF else { return nil }
        let (crlf, lf) = oldCRLF ? (oldName, newName) : (newName, oldName)
        return "(\(crlf) has CRLF line endings (shown as \\r), \(lf) has LF)\n"
    }

    /// `line` with control characters escaped and cut at `maxLineLength` characters.
    private static func printable(_ line: Substring) -> String {
        var text = ""
        var count = 0
        for scalar in line.unicodeScalars {
            guard count < maxLineLength else {
                return text + "… (\(line.unicodeScalars.count - count) more characters)"
            }
            switch scalar {
            case "\t": text += "\t"
            case "\r": text += "\\r"
            case _
            where scalar.properties.generalCategory == .control || scalar.value == 0x2028
                || scalar.value == 0x2029:
                text += "\\u{" + String(scalar.value, radix: 16, uppercase: true) + "}"
            default: text.unicodeScalars.append(scalar)
            }
            count += 1
        }
        return text
    }

    /// The lines of `text`, split at every `\n` (a `\r` before it stays on its line: `"\r\n"` is one Character,
    /// which a split on Characters would not cut).
    private static func lines(_ text: String) -> [Substring] {
        var lines = text.unicodeScalars.split(separator: "\n", omittingEmptySubsequences: false).map(Substring.init)
        if lines.last == "" { lines.removeLast() }
        return lines
    }
}
