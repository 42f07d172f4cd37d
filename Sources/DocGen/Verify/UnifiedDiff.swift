/// A line diff in unified format (`--- a`, `+++ b`, `@@ -l,n +l,n @@` hunks with 3 lines of context), computed with
/// the standard library's `CollectionDifference`.
public enum UnifiedDiff {
    public static func diff(old: String, new: String, oldName: String, newName: String, context: Int = 3) -> String {
        let oldLines = lines(old)
        let newLines = lines(new)
        let difference = newLines.difference(from: oldLines)
        guard !difference.isEmpty else { return "" }
        var removed = Set<Int>()
        var inserted = Set<Int>()
        for change in difference {
            switch change {
            case .remove(let offset, _, _): removed.insert(offset)
            case .insert(let offset, _, _): inserted.insert(offset)
            }
        }
        // Walk both sides together, producing (tag, text, oldIndex, newIndex) rows.
        var rows: [(tag: Character, text: String, old: Int, new: Int)] = []
        var oldIndex = 0
        var newIndex = 0
        while oldIndex < oldLines.count || newIndex < newLines.count {
            if oldIndex < oldLines.count, removed.contains(oldIndex) {
                rows.append(("-", oldLines[oldIndex], oldIndex, newIndex))
                oldIndex += 1
            } else if newIndex < newLines.count, inserted.contains(newIndex) {
                rows.append(("+", newLines[newIndex], oldIndex, newIndex))
                newIndex += 1
            } else {
                rows.append((" ", oldLines[oldIndex], oldIndex, newIndex))
                oldIndex += 1
                newIndex += 1
            }
        }
        var output = "--- \(oldName)\n+++ \(newName)\n"
        let changes = rows.indices.filter { rows[$0].tag != " " }
        var groups: [[Int]] = []
        for change in changes {
            if let last = groups.last?.last, change - last <= 2 * context {
                groups[groups.count - 1].append(change)
            } else {
                groups.append([change])
            }
        }
        for group in groups {
            let hunk = rows[max(0, group.first! - context)..<min(rows.count, group.last! + context + 1)]
            let oldCount = hunk.filter { $0.tag != "+" }.count
            let newCount = hunk.filter { $0.tag != "-" }.count
            let oldStart = oldCount == 0 ? hunk.first!.old : hunk.first!.old + 1
            let newStart = newCount == 0 ? hunk.first!.new : hunk.first!.new + 1
            output += "@@ -\(oldStart),\(oldCount) +\(newStart),\(newCount) @@\n"
            for row in hunk { output += "\(row.tag)\(row.text)\n" }
        }
        return output
    }

    private static func lines(_ text: String) -> [String] {
        var lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        if lines.last == "" { lines.removeLast() }
        return lines
    }
}
