import Foundation

/// What a cell's child process is asked to do, read back from exactly the arguments `ChildCommand` builds with a
/// compiled library: `run ID --tagged [--seed N] --library L`, `explore ID --runs N --json [--seed N] --library L` or
/// `explore ID --exhaustive --max-executions N --max-seconds 0 --show N --json --library L`.
///
/// A build starts two such processes per cell, and reading their arguments with ArgumentParser (its command tree,
/// reflection and protocol-conformance lookups) was a sixth of each process's time; `docgen` reads these shapes with
/// this instead. Any other argument list (another order, an option more or less, a value ArgumentParser would refuse)
/// is no request, and goes through ArgumentParser as before, with its messages.
package enum CellChildRequest: Equatable, Sendable {
    /// `docgen run ID --tagged [--seed N] --library L`: one run, its tagged transcript on stdout.
    case run(id: String, seed: UInt64?, library: String)
    /// `docgen explore ID --runs N --json [--seed N] --library L`: N schedules' distinct outputs as JSON.
    case explore(id: String, runs: Int, seed: UInt64?, library: String)
    /// `docgen explore ID --exhaustive --max-executions N --max-seconds 0 --show S --json --library L`: every
    /// distinct output (up to N executions, no time limit) as JSON, the S most frequent with their events.
    case exhaustive(id: String, maxExecutions: Int, show: Int, library: String)

    /// The request `arguments` (the command line without the executable) make, or `nil` when they are not exactly one
    /// of `ChildCommand`'s shapes with valid values.
    package init?(arguments: [String]) {
        var rest = arguments[...]
        guard let command = rest.popFirst(), let id = rest.popFirst(), Self.isValue(id),
            let library = Self.library(at: &rest)
        else { return nil }
        switch command {
        case "run":
            var seed: UInt64?
            guard rest.popFirst() == "--tagged", Self.takeSeed(from: &rest, into: &seed), rest.isEmpty else {
                return nil
            }
            self = .run(id: id, seed: seed, library: library)
        case "explore" where rest.first == "--exhaustive":
            rest.removeFirst()
            guard rest.popFirst() == "--max-executions", let budget = rest.popFirst().flatMap({ Int($0) }),
                budget >= 1, rest.popFirst() == "--max-seconds", rest.popFirst() == "0", rest.popFirst() == "--show",
                let show = rest.popFirst().flatMap({ Int($0) }), show >= 0, rest.popFirst() == "--json", rest.isEmpty
            else { return nil }
            self = .exhaustive(id: id, maxExecutions: budget, show: show, library: library)
        case "explore":
            var seed: UInt64?
            guard Self.takeSeed(from: &rest, into: &seed), rest.popFirst() == "--runs",
                let runs = rest.popFirst().flatMap({ Int($0) }), runs >= 1, rest.popFirst() == "--json", rest.isEmpty
            else { return nil }
            self = .explore(id: id, runs: runs, seed: seed, library: library)
        default:
            return nil
        }
    }

    /// The environment variable giving the child the page line of its scenario's line 1, minus one
    /// (`ScenarioSource.lineOffset`): its runs name page lines (`PyPageLines`).
    package static let lineOffsetVariable = "DOCGEN_LINE_OFFSET"

    /// The line a child prints last on stderr when what it printed names a Python line (so it depends on where the
    /// cell is on its page).
    package static let pageLinesShownLine = "docgen-cell: the output names page lines"

    /// The line offset this process was given (0 without one).
    package static var givenLineOffset: Int {
        ProcessInfo.processInfo.environment[lineOffsetVariable].flatMap { Int($0) } ?? 0
    }

    /// True when a child's stderr ends with `pageLinesShownLine`.
    package static func showedPageLines(_ standardError: [UInt8]) -> Bool {
        standardError.suffix(marker.count).elementsEqual(marker)
    }

    private static let marker = Array((pageLinesShownLine + "\n").utf8)

    /// The compiled scenario the request runs.
    package var library: String {
        switch self {
        case .run(_, _, let library), .explore(_, _, _, let library), .exhaustive(_, _, _, let library): library
        }
    }

    /// The arguments that make this request (`ChildCommand`'s, without its prefix).
    package var arguments: [String] {
        switch self {
        case .run(let id, let seed, let library):
            Self.runArguments(id: id, seed: seed) + Self.libraryArguments(library)
        case .explore(let id, let runs, let seed, let library):
            Self.exploreArguments(id: id, runs: runs, seed: seed) + Self.libraryArguments(library)
        case .exhaustive(let id, let maxExecutions, let show, let library):
            Self.exhaustiveArguments(id: id, maxExecutions: maxExecutions, show: show) + Self.libraryArguments(library)
        }
    }

    /// `run ID --tagged [--seed N]`: a run's arguments before `--library L`.
    package static func runArguments(id: String, seed: UInt64?) -> [String] {
        ["run", id, "--tagged"] + seedArguments(seed)
    }

    /// `explore ID --runs N --json [--seed N]`: a sampled exploration's arguments before `--library L`.
    package static func exploreArguments(id: String, runs: Int, seed: UInt64?) -> [String] {
        ["explore", id, "--runs", String(runs), "--json"] + seedArguments(seed)
    }

    /// `explore ID --exhaustive --max-executions N --max-seconds 0 --show S --json`: an exhaustive search's arguments
    /// before `--library L`.
    package static func exhaustiveArguments(id: String, maxExecutions: Int, show: Int) -> [String] {
        [
            "explore", id, "--exhaustive", "--max-executions", String(maxExecutions), "--max-seconds", "0",
            "--show", String(show), "--json",
        ]
    }

    /// `--library L`, or nothing without a library (the child then compiles the cell itself).
    package static func libraryArguments(_ library: String?) -> [String] {
        library.map { ["--library", $0] } ?? []
    }

    private static func seedArguments(_ seed: UInt64?) -> [String] {
        seed.map { ["--seed", String($0)] } ?? []
    }

    /// Takes `--library L` from the end of `rest`.
    private static func library(at rest: inout ArraySlice<String>) -> String? {
        guard rest.count >= 2, rest[rest.endIndex - 2] == "--library", let library = rest.last, isValue(library)
        else { return nil }
        rest.removeLast(2)
        return library
    }

    /// Takes `--seed N` from the end of `rest` into `seed` when it is there; false when it is there without a seed.
    private static func takeSeed(from rest: inout ArraySlice<String>, into seed: inout UInt64?) -> Bool {
        guard rest.count >= 2, rest[rest.endIndex - 2] == "--seed" else { return true }
        seed = rest.last.flatMap { UInt64($0) }
        rest.removeLast(2)
        return seed != nil
    }

    /// A value ArgumentParser would take as one (not empty, not an option's name).
    private static func isValue(_ text: String) -> Bool {
        !text.isEmpty && !text.hasPrefix("-")
    }
}
