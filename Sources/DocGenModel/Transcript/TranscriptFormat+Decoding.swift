@_spi(Harness) import Threading

extension TranscriptFormat {
    /// Reads a tagged transcript back into the run it describes.
    ///
    /// - Throws: `TranscriptError` naming the first line that does not follow the format.
    package static func decode(_ text: String) throws(TranscriptError) -> RunResult {
        var lines = Self.lines(of: text)
        if lines.last == "" { lines.removeLast() }
        func fail(_ index: Int, _ reason: String) -> TranscriptError {
            TranscriptError(line: index + 1, text: index < lines.count ? String(lines[index]) : "", reason: reason)
        }
        guard lines.first == Substring(header) else { throw fail(0, "expected '\(header)'") }
        guard lines.count > 1, lines[1].hasPrefix(schedulePrefix),
            let schedule = TranscriptEscaping.unescape(lines[1].dropFirst(schedulePrefix.count))
        else { throw fail(1, "expected '\(schedulePrefix)…'") }

        var events: [TraceEvent] = []
        var index = 2
        while index < lines.count, !lines[index].hasPrefix("=") {
            guard let event = decodeEvent(lines[index]) else { throw fail(index, "not an event line") }
            events.append(event)
            index += 1
        }
        guard index < lines.count else { throw fail(index, "missing the '= …' line that says how the run ended") }
        let outcome = try decodeOutcome(lines[index...], firstLine: index)
        return RunResult(events: events, outcome: outcome, schedule: schedule)
    }

    /// `text` split at each `"\n"` Character. A text without `"\r"` is split by bytes: a line feed not after a
    /// carriage return is always a Character of its own, so the lines are the same, found without walking every
    /// Character (a cost of every cached cell a build shows).
    private static func lines(of text: String) -> [Substring] {
        guard text.utf8.contains(UInt8(ascii: "\r")) else {
            return text.utf8.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false).map {
                Substring($0)
            }
        }
        return text.split(separator: "\n", omittingEmptySubsequences: false)
    }

    private static func decodeOutcome(_ lines: ArraySlice<Substring>, firstLine: Int) throws(TranscriptError)
        -> RunOutcome
    {
        let first = lines[lines.startIndex]
        let rest = lines.dropFirst()
        func fail(_ offset: Int, _ reason: String) -> TranscriptError {
            TranscriptError(
                line: firstLine + offset + 1, text: String(lines[lines.startIndex + offset]),
                reason: reason)
        }
        if first == "= deadlock" {
            var report: [String] = []
            for (offset, line) in rest.enumerated() {
                guard line.hasPrefix("  "), let text = TranscriptEscaping.unescape(line.dropFirst(2)) else {
                    throw fail(offset + 1, "deadlock report lines are indented two spaces")
                }
                report.append(text)
            }
            return .deadlock(report: report.joined(separator: "\n"))
        }
        guard rest.isEmpty else { throw fail(1, "nothing may follow the end line") }
        if first == "= completed" { return .completed }
        if first.hasPrefix("= error: "), let message = TranscriptEscaping.unescape(first.dropFirst(9)) {
            return .uncaughtError(message)
        }
        if first.hasPrefix("= step-limit: "), let message = TranscriptEscaping.unescape(first.dropFirst(14)) {
            return .stepLimitExceeded(message)
        }
        throw fail(0, "unknown end line")
    }

    /// Parses `<time> T<index> [<name>] <kind>`.
    static func decodeEvent(_ line: Substring) -> TraceEvent? {
        let parts = line.split(separator: " ", maxSplits: 2, omittingEmptySubsequences: false)
        guard parts.count == 3, let time = Double(parts[0]), time.isFinite, time >= 0, parts[1].hasPrefix("T"),
            let thread = Int(parts[1].dropFirst()), thread >= 0, parts[2].hasPrefix("[")
        else { return nil }
        let afterBracket = parts[2].dropFirst()
        guard let close = closingBracket(in: afterBracket),
            let name = TranscriptEscaping.unescape(afterBracket[..<close], extra: nameSpecials)
        else { return nil }
        var kindText = afterBracket[afterBracket.index(after: close)...]
        guard kindText.first == " " else { return nil }
        kindText = kindText.dropFirst()
        guard let kind = decodeKind(kindText) else { return nil }
        return TraceEvent(time: time, threadIndex: thread, threadName: name, kind: kind)
    }

    private static func decodeKind(_ text: Substring) -> TraceEvent.Kind? {
        switch text {
        case "start": return .started
        case "wake": return .woke
        case "exit": return .exited
        default: break
        }
        if text.hasPrefix("block: ") {
            return TranscriptEscaping.unescape(text.dropFirst(7)).map { .blocked(on: $0) }
        }
        for stream in [StdStream.stdout, .stderr] where text.hasPrefix(stream.rawValue + ":") {
            var payload = text.dropFirst(stream.rawValue.count + 1)
            if !payload.isEmpty {
                guard payload.first == " " else { return nil }
                payload = payload.dropFirst()
            }
            var newline = "\n"
            if payload.hasSuffix("c"), isOddRun(of: payload.dropLast()) {
                payload = payload.dropLast(2)
                newline = ""
            }
            return TranscriptEscaping.unescape(payload).map { .output(stream, $0 + newline) }
        }
        return nil
    }

    /// True when `text` ends with an odd number of backslashes (so the next character is escaped).
    private static func isOddRun(of text: Substring) -> Bool {
        text.reversed().prefix { $0 == "\\" }.count % 2 == 1
    }

    /// The index of the first `]` not escaped by a backslash.
    private static func closingBracket(in text: Substring) -> Substring.Index? {
        // Found by bytes when the text before the first `]` byte has no backslash (a thread name without one), and
        // that byte is a Character of its own: no Character before it is `\` or `]`, so the walk below ends there.
        if let bracket = text.utf8.firstIndex(where: { $0 == UInt8(ascii: "]") || $0 == UInt8(ascii: "\\") }),
            text.utf8[bracket] == UInt8(ascii: "]"), String.Index(bracket, within: text) != nil, text[bracket] == "]"
        {
            return bracket
        }
        var index = text.startIndex
        while index < text.endIndex {
            if text[index] == "\\" {
                index = text.index(after: index)
                if index < text.endIndex { index = text.index(after: index) }
                continue
            }
            if text[index] == "]" { return index }
            index = text.index(after: index)
        }
        return nil
    }
}
