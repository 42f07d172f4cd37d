import Foundation
@_spi(Harness) import Threading

/// The tagged transcript: one text line per event, used for snapshots, for the page and between a child and docgen.
///
///     # docgen transcript 1
///     # schedule: default
///     0.000 T0 [MainThread] start
///     0.000 T0 [MainThread] stderr: (MainThread) Starting
///     1.000 T1 [daemon] block: sleep 1.0
///     1.000 T1 [daemon] wake
///     2.000 T0 [MainThread] stdout: no newline here\c
///     2.000 T0 [MainThread] exit
///     = completed
///
/// Times are seconds with three decimals. Output text is escaped (`TranscriptEscaping`); its trailing newline is
/// implied, and text that does not end with one ends with `\c`. Thread names escape `]`. The last line says how the
/// run ended: `= completed`, `= deadlock` (then the report, each line indented two spaces), `= error: Type: message`
/// or `= step-limit: message`.
package enum TranscriptFormat {
    package static let header = "# docgen transcript 1"
    static let schedulePrefix = "# schedule: "
    static let nameSpecials: Set<Character> = ["]"]

    /// The tagged text of `result`, ending with a newline.
    package static func encode(_ result: RunResult) -> String {
        var lines = [header, schedulePrefix + TranscriptEscaping.escape(result.schedule)]
        for event in result.events { lines.append(encode(event)) }
        switch result.outcome {
        case .completed:
            lines.append("= completed")
        case .deadlock(let report):
            lines.append("= deadlock")
            for line in report.split(separator: "\n", omittingEmptySubsequences: false) where !line.isEmpty {
                lines.append("  " + TranscriptEscaping.escape(String(line)))
            }
        case .uncaughtError(let message):
            lines.append("= error: " + TranscriptEscaping.escape(message))
        case .stepLimitExceeded(let message):
            lines.append("= step-limit: " + TranscriptEscaping.escape(message))
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// One event's line (no newline).
    package static func encode(_ event: TraceEvent) -> String {
        let stamp =
            String(format: "%.3f", event.time) + " T\(event.threadIndex) ["
            + TranscriptEscaping.escape(event.threadName, extra: nameSpecials) + "] "
        switch event.kind {
        case .started: return stamp + "start"
        case .woke: return stamp + "wake"
        case .exited: return stamp + "exit"
        case .blocked(let on): return stamp + "block: " + TranscriptEscaping.escape(on)
        case .output(let stream, let text):
            var payload: String
            if text.hasSuffix("\n") {
                payload = TranscriptEscaping.escape(String(text.dropLast()))
            } else {
                payload = TranscriptEscaping.escape(text) + "\\c"
            }
            if !payload.isEmpty { payload = " " + payload }
            return stamp + stream.rawValue + ":" + payload
        }
    }

    /// Exactly what the program printed, both streams interleaved in order.
    package static func untagged(_ result: RunResult) -> String {
        // Sized first: an exploration joins every run's writes (a hundred log lines grow a string eight times).
        var length = 0
        for event in result.events {
            if case .output(_, let piece) = event.kind { length += piece.utf8.count }
        }
        var text = ""
        text.reserveCapacity(length)
        for event in result.events {
            if case .output(_, let piece) = event.kind { text += piece }
        }
        return text
    }
}
