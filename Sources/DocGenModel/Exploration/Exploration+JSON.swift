import Foundation
@_spi(Harness) import Threading

extension Exploration {
    /// The exploration as JSON, for handing it from a child process to the build (`docgen explore ID --json`): keys
    /// sorted, so equal explorations give equal bytes. Every event is kept for the `eventsForTop` most frequent groups
    /// only (the ones a page draws timelines of), when they have them; the others keep only their writes (what fidelity and the model check
    /// compare), compactly, since a program whose threads print at once can have thousands of distinct outputs.
    package func json(eventsForTop: Int = Self.groupsWithTimelines) throws -> Data {
        let groups = groups.enumerated().map { index, group in
            index < eventsForTop && group.hasTimeline
                ? ExplorationJSON.Group(group, events: group.events)
                : ExplorationJSON.Group(group, writesOf: group.events)
        }
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        let limits = search.map(ExplorationJSON.Limits.init)
        return try encoder.encode(
            ExplorationJSON(
                runs: runs, seed: seed, groups: groups, complete: isComplete, executions: runs, search: limits))
    }

    /// Reads what `json(eventsForTop:)` wrote.
    package init(json: Data) throws {
        let decoded = try JSONDecoder().decode(ExplorationJSON.self, from: json)
        self.init(
            runs: decoded.runs, seed: decoded.seed, groups: try decoded.groups.map { try $0.outputGroup() },
            search: decoded.search.map { $0.extent(complete: decoded.complete ?? false) })
    }
}

/// The JSON shape of an `Exploration`; Threading's types stay free of Codable.
struct ExplorationJSON: Codable {
    struct Group: Codable {
        var output: String
        var outcome: String
        var detail: String?
        var count: Int
        var schedule: String
        var firstRun: Int
        var events: [Event]
        /// Only the run's writes, when its other events were left out (absent in older JSON).
        var writes: [Write]?

        init(_ group: OutputGroup, events: [TraceEvent]) {
            output = group.output
            switch group.outcome {
            case .completed: outcome = "completed"
            case .deadlock(let report): (outcome, detail) = ("deadlock", report)
            case .uncaughtError(let message): (outcome, detail) = ("uncaughtError", message)
            case .stepLimitExceeded(let message): (outcome, detail) = ("stepLimitExceeded", message)
            }
            count = group.count
            schedule = group.schedule
            firstRun = group.firstRun
            self.events = events.map(Event.init)
        }

        init(_ group: OutputGroup, writesOf events: [TraceEvent]) {
            self.init(group, events: [])
            writes = events.compactMap(Write.init)
        }

        func outputGroup() throws -> OutputGroup {
            let runOutcome: RunOutcome
            switch (outcome, detail) {
            case ("completed", _): runOutcome = .completed
            case ("deadlock", let report?): runOutcome = .deadlock(report: report)
            case ("uncaughtError", let message?): runOutcome = .uncaughtError(message)
            case ("stepLimitExceeded", let message?): runOutcome = .stepLimitExceeded(message)
            default: throw ExplorationJSONError("unknown outcome '\(outcome)'")
            }
            return OutputGroup(
                output: output, outcome: runOutcome, count: count, schedule: schedule, firstRun: firstRun,
                events: try events.map { try $0.traceEvent() } + (writes ?? []).map(\.traceEvent),
                hasTimeline: writes == nil)
        }
    }

    /// One write of a run whose other events were left out: `[thread, name, stream, text]`.
    struct Write: Codable {
        var thread: Int
        var name: String
        var stream: StdStream
        var text: String

        init?(_ event: TraceEvent) {
            guard case .output(let stream, let text) = event.kind else { return nil }
            (thread, name, self.stream, self.text) = (event.threadIndex, event.threadName, stream, text)
        }

        init(from decoder: any Decoder) throws {
            var container = try decoder.unkeyedContainer()
            thread = try container.decode(Int.self)
            name = try container.decode(String.self)
            let streamName = try container.decode(String.self)
            guard let stream = StdStream(rawValue: streamName) else {
                throw ExplorationJSONError("unknown stream '\(streamName)'")
            }
            self.stream = stream
            text = try container.decode(String.self)
        }

        func encode(to encoder: any Encoder) throws {
            var container = encoder.unkeyedContainer()
            try container.encode(thread)
            try container.encode(name)
            try container.encode(stream.rawValue)
            try container.encode(text)
        }

        /// The write as an event; its time is unknown (0), which only a timeline would draw.
        var traceEvent: TraceEvent {
            TraceEvent(time: 0, threadIndex: thread, threadName: name, kind: .output(stream, text))
        }
    }

    struct Event: Codable {
        var time: Double
        var thread: Int
        var name: String
        var kind: String
        var stream: String?
        var text: String?

        init(_ event: TraceEvent) {
            time = event.time
            thread = event.threadIndex
            name = event.threadName
            switch event.kind {
            case .started: kind = "started"
            case .output(let written, let output): (kind, stream, text) = ("output", written.rawValue, output)
            case .blocked(let target): (kind, text) = ("blocked", target)
            case .woke: kind = "woke"
            case .exited: kind = "exited"
            }
        }

        func traceEvent() throws -> TraceEvent {
            let eventKind: TraceEvent.Kind
            switch (kind, stream.flatMap(StdStream.init(rawValue:)), text) {
            case ("started", _, _): eventKind = .started
            case ("output", let written?, let output?): eventKind = .output(written, output)
            case ("blocked", _, let target?): eventKind = .blocked(on: target)
            case ("woke", _, _): eventKind = .woke
            case ("exited", _, _): eventKind = .exited
            default: throw ExplorationJSONError("unknown event '\(kind)'")
            }
            return TraceEvent(time: time, threadIndex: thread, threadName: name, kind: eventKind)
        }
    }

    /// How an exhaustive search was limited (absent for sampled schedules).
    struct Limits: Codable {
        var preemptionBound: Int?
        var boundHit: Bool
        var budget: Int?
        /// The time budget the search stopped at (absent in older JSON).
        var secondsBudget: Double?
        var diverged: Bool
        /// Runs cut short as redundant (absent in older JSON).
        var cutShort: Int?
        /// The parts of a split search (absent for a search in one piece, and in older JSON).
        var parts: Int?

        init(_ extent: SearchExtent) {
            preemptionBound = extent.preemptionBound
            boundHit = extent.boundHit
            budget = extent.budget
            secondsBudget = extent.secondsBudget
            diverged = extent.diverged
            cutShort = extent.cutShort
            parts = extent.parts
        }

        func extent(complete: Bool) -> SearchExtent {
            SearchExtent(
                complete: complete, preemptionBound: preemptionBound, boundHit: boundHit, budget: budget,
                diverged: diverged, cutShort: cutShort ?? 0, secondsBudget: secondsBudget, parts: parts)
        }
    }

    var runs: Int
    var seed: UInt64
    var groups: [Group]
    /// True only for a complete exhaustive search: the groups are every possible output.
    var complete: Bool?
    /// How many executions the groups come from (the runs).
    var executions: Int?
    var search: Limits?
}

/// JSON that is not an exploration written by `Exploration.json(eventsForTop:)`.
struct ExplorationJSONError: Error, CustomStringConvertible {
    let description: String
    init(_ description: String) { self.description = "exploration JSON: " + description }
}
