/// Takes out of an output what says *where* in the source something happened, which can never agree between a
/// Python cell and its Swift port (nor between the fidelity wrapper's temporary file and the cell as written):
///
/// - a warning's `path:line: Category: message` becomes `<file>:<line>: Category: message`, and the source line
///   Python echoes under it (indented two spaces) is dropped;
/// - the frame lines of a traceback (every indented line after `Traceback (most recent call last):`) are dropped,
///   keeping the header and the final `Type: message` line.
///
/// Each thread's stderr is followed on its own, since other threads' lines may come in between.
struct FidelityLocations {
    private struct Source: Hashable {
        var stream: String
        var thread: String
    }

    private enum Expecting {
        case warningSource
        case frames
    }

    static let tracebackHeader = "Traceback (most recent call last):"
    /// `path:line: Category: message`, as `warnings` prints a warning's first line.
    private static var warning:
        Regex<(Substring, path: Substring, line: Substring, category: Substring, message: Substring)>
    {
        #/^(?<path>.+):(?<line>\d+): (?<category>[A-Za-z]*Warning): (?<message>.*)$/#
    }

    /// `lines` without locations, in the same order. Only a line holding `Warning: ` (which the pattern needs) is
    /// matched against the warning pattern, compiled when the first such line comes.
    static func strip(_ lines: [FidelityLine]) -> [FidelityLine] {
        lazy var warning = Self.warning
        var expecting: [Source: Expecting] = [:]
        var kept: [FidelityLine] = []
        for line in lines {
            guard line.stream == .stderr else {
                kept.append(line)
                continue
            }
            let source = Source(stream: line.stream.rawValue, thread: line.thread)
            let indented = line.text.hasPrefix(" ")
            switch expecting.removeValue(forKey: source) {
            case .warningSource? where line.text.hasPrefix("  "):
                continue
            case .frames? where indented:
                expecting[source] = .frames
                continue
            default:
                break
            }
            if line.text == tracebackHeader {
                expecting[source] = .frames
                kept.append(line)
            } else if line.text.contains("Warning: "), let match = line.text.wholeMatch(of: warning) {
                expecting[source] = .warningSource
                kept.append(
                    FidelityLine(
                        stream: line.stream, thread: line.thread,
                        text: "<file>:<line>: \(match.category): \(match.message)"))
            } else {
                kept.append(line)
            }
        }
        return kept
    }
}
