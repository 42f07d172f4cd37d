import DocGenModel
import Foundation
import Threading

/// Turns a child's exit status and bytes into a `CellRun`, decoding invalid UTF-8 lossily (with a warning).
enum ChildOutputReader {
    struct Reading: Equatable {
        var run: CellRun
        var warnings: [String]
    }

    static func read(_ output: ChildOutput) -> Reading {
        var warnings: [String] = []
        let text = decode(output.standardOutput, stream: "stdout", warnings: &warnings)
        let errorText = decode(output.standardError, stream: "stderr", warnings: &warnings)
        switch output.termination {
        case .signaled(let signal):
            return Reading(run: .failed(.crashed(signal: signal, detail: detail(of: errorText))), warnings: warnings)
        case .exited(let status) where status != 0:
            return Reading(run: .failed(.exited(status: status, detail: detail(of: errorText))), warnings: warnings)
        case .exited:
            break
        }
        let marker = TranscriptFormat.header + "\n"
        guard text.hasPrefix(marker) else {
            guard !output.standardOutput.isEmpty else {
                // The scenario ended the process itself (`exit(0)`) before docgen could write the transcript.
                let printed = printedLines(errorText[...])
                return Reading(
                    run: .failed(
                        .exited(
                            status: 0,
                            detail: "the scenario called exit() before it finished"
                                + (printed.isEmpty ? "" : "; it printed " + printed))),
                    warnings: warnings)
            }
            let stray = strayBytes(before: Array(("\n" + marker).utf8), in: output.standardOutput)
            let preview = TranscriptEscaping.escape(String(String(decoding: stray, as: UTF8.self).prefix(60)))
            return Reading(
                run: .failed(.untaggedOutput(byteCount: stray.count, preview: preview)),
                warnings: warnings)
        }
        do {
            return Reading(run: .finished(try TranscriptFormat.decode(text)), warnings: warnings)
        } catch {
            return Reading(run: .failed(.malformedTranscript(error.description)), warnings: warnings)
        }
    }

    /// The bytes before `marker` (all of them when it is missing), keeping the newline that ends them.
    private static func strayBytes(before marker: [UInt8], in bytes: [UInt8]) -> ArraySlice<UInt8> {
        guard bytes.count >= marker.count else { return bytes[...] }
        for start in 0...(bytes.count - marker.count) where bytes[start..<start + marker.count].elementsEqual(marker) {
            return bytes[..<(start + 1)]
        }
        return bytes[...]
    }

    private static func decode(_ bytes: [UInt8], stream: String, warnings: inout [String]) -> String {
        let text = String(decoding: bytes, as: UTF8.self)
        if text.utf8.count != bytes.count || !text.utf8.elementsEqual(bytes) {
            warnings.append("\(stream) was not valid UTF-8; invalid bytes shown as U+FFFD")
        }
        return text
    }

    /// Why a child failed, from its stderr (where a cell's child also echoes what the scenario prints): the Swift
    /// runtime's `Fatal error: …` line (or `Precondition failed`, `Assertion failed`) with the last lines the scenario
    /// printed before it; without such a line, the last line.
    static func detail(of text: String) -> String {
        let lines = text.split(separator: "\n")
        let fatal = lines.lastIndex { line in
            ["Fatal error", "Precondition failed", "Assertion failed"].contains { line.contains($0 + ":") }
        }
        guard let fatal else {
            let line = lines.last(where: { !$0.allSatisfy(\.isWhitespace) }) ?? ""
            return TranscriptEscaping.escape(String(line.prefix(200)))
        }
        var message = TranscriptEscaping.escape(String(lines[fatal].prefix(300)))
        let printed = printedLines(lines[..<fatal].joined(separator: "\n")[...])
        if !printed.isEmpty { message += "; before it the scenario printed " + printed }
        return message
    }

    /// The last few lines of `text` (what the scenario printed), quoted and escaped, with how many there were.
    private static func printedLines(_ text: Substring) -> String {
        let lines = text.split(separator: "\n").filter { !$0.allSatisfy(\.isWhitespace) }
        guard !lines.isEmpty else { return "" }
        let shown = lines.suffix(3).map { "\"" + TranscriptEscaping.escape(String($0.prefix(120))) + "\"" }
        let more = lines.count > 3 ? "… " : ""
        return "\(lines.count) line(s): " + more + shown.joined(separator: " / ")
    }
}
