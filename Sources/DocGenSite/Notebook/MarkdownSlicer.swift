/// Cuts a page's Markdown into the prose between its code cells, for the notebook's Markdown cells: each cell's code
/// block (fenced or indented, from the cell's line), its `<!-- docgen: … -->` options and a fenced `swift` block right
/// after it (the cell's scenario) are left out, and so is the page's `<!-- docgen-page: … -->` comment.
enum MarkdownSlicer {
    /// The prose before each cell (`cellLines`: each cell's 1-based first line, in order), then the prose after the
    /// last one: `cellLines.count + 1` pieces, blank-trimmed, possibly empty.
    static func prose(_ markdown: String, cellLines: [Int]) -> [String] {
        proseRuns(markdown, cellLines: cellLines).map { $0.joined(separator: "\n") }
    }

    /// As `prose`, each piece as its runs of consecutive lines (slices of `markdown`, not copies), to be joined by
    /// newlines: a piece is cut into runs where option comments were left out. A blank piece has no runs.
    static func proseRuns(_ markdown: String, cellLines: [Int]) -> [[Substring]] {
        let lines = MarkdownLines(markdown)
        var pieces: [[Substring]] = []
        var next = 0
        for start in cellLines {
            let first = min(max(start - 1, next), lines.count)
            pieces.append(clean(lines, next..<first))
            next = min(blockEnd(lines, from: first) + 1, lines.count)
            next = skipScenario(lines, from: next)
        }
        pieces.append(clean(lines, min(next, lines.count)..<lines.count))
        return pieces
    }

    /// The last line of the code block starting at `start`.
    private static func blockEnd(_ lines: MarkdownLines, from start: Int) -> Int {
        guard start < lines.count else { return lines.count - 1 }
        if let fence = fence(lines[start]) {
            var index = start + 1
            while index < lines.count {
                let trimmed = lines[index].drop { $0 == " " }
                if trimmed.hasPrefix(fence), trimmed.allSatisfy({ $0 == fence.first || $0 == " " }) { return index }
                index += 1
            }
            return lines.count - 1
        }
        var end = start
        var index = start + 1
        while index < lines.count,
            lines[index].hasPrefix("    ") || lines[index].hasPrefix("\t")
                || lines[index].allSatisfy({ $0 == " " })
        {
            if !lines[index].allSatisfy({ $0 == " " }) { end = index }
            index += 1
        }
        return end
    }

    /// The opening fence of a fenced code block (``` or ~~~, three or more), nil for any other line.
    private static func fence(_ line: Substring) -> String? {
        let trimmed = line.drop { $0 == " " }
        guard let mark = trimmed.first, mark == "`" || mark == "~" else { return nil }
        let run = trimmed.prefix { $0 == mark }
        return run.count >= 3 ? String(run) : nil
    }

    /// Past a fenced `swift` block that follows (blank lines aside) the cell ending before `start`.
    private static func skipScenario(_ lines: MarkdownLines, from start: Int) -> Int {
        var index = start
        while index < lines.count, lines[index].allSatisfy({ $0 == " " }) { index += 1 }
        guard index < lines.count, let fence = fence(lines[index]),
            lines[index].drop(while: { $0 == " " }).dropFirst(fence.count).drop(while: { $0 == " " }).hasPrefix("swift")
        else { return start }
        return min(blockEnd(lines, from: index) + 1, lines.count)
    }

    /// The lines `range` without `docgen:` option comments and blank lines at either end, as runs of consecutive lines
    /// (first and last line of each, so no list of every line is kept).
    private static func clean(_ lines: MarkdownLines, _ range: Range<Int>) -> [Substring] {
        var runs: [(first: Int, last: Int)] = []
        var inOptions = false
        var lastNonBlank = -1
        for number in range {
            let line = lines[number]
            let trimmed = line.drop(while: { $0 == " " })
            if !inOptions,
                trimmed.hasPrefix("<!-- docgen:") || trimmed.hasPrefix("<!--docgen:")
                    || trimmed.hasPrefix("<!-- docgen-page:") || trimmed.hasPrefix("<!--docgen-page:")
            {
                inOptions = true
            }
            if inOptions {
                if line.contains("-->") { inOptions = false }
                continue
            }
            let blank = line.allSatisfy { $0 == " " }
            if runs.isEmpty, blank { continue }  // blank lines before the first text
            if let last = runs.last, last.last == number - 1 {
                runs[runs.count - 1].last = number
            } else {
                runs.append((number, number))
            }
            if !blank { lastNonBlank = number }
        }
        while let last = runs.last, last.first > lastNonBlank { runs.removeLast() }
        if let last = runs.last, last.last > lastNonBlank { runs[runs.count - 1].last = lastNonBlank }
        return runs.map { lines.span($0.first, $0.last) }
    }
}
