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
        let detail = lastLine(of: errorText)
        switch output.termination {
        case .signaled(let signal):
            return Reading(run: .failed(.crashed(signal: signal, detail: detail)), warnings: warnings)
        case .exited(let status) where status != 0:
            return Reading(run: .failed(.exited(status: status, detail: detail)), warnings: warnings)
        case .exited:
            break
        }
        let marker = TranscriptFormat.header + "\n"
        guard text.hasPrefix(marker) else {
            guard !output.standardOutput.isEmpty else {
                return Reading(run: .failed(.malformedTranscript("no output at all")), warnings: warnings)
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

    private static func lastLine(of text: String) -> String {
        let line = text.split(separator: "\n").last(where: { !$0.allSatisfy(\.isWhitespace) }) ?? ""
        return TranscriptEscaping.escape(String(line.prefix(200)))
    }
}
