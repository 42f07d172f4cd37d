@_spi(Harness) import Threading
import Threading

/// A run's events regrouped for drawing: one lane per thread, in the order the threads first appear, and the moment
/// the run ended.
struct TimelineModel: Equatable {
    let lanes: [TimelineLane]
    /// The moment of the last event (time 0, step 0 for an empty run).
    let end: TimelineMoment
    let outcome: RunOutcome?

    init(events: [TraceEvent], outcome: RunOutcome?) {
        var builders: [LaneBuilder] = []
        var laneOfThread: [Int: Int] = [:]
        var endTime = 0.0
        var outputs = 0
        for (step, event) in events.enumerated() {
            endTime = max(endTime, event.time)
            if case .output = event.kind { outputs += 1 }
            let moment = TimelineMoment(time: event.time, step: step)
            let lane: Int
            if let known = laneOfThread[event.threadIndex] {
                lane = known
            } else {
                lane = builders.count
                laneOfThread[event.threadIndex] = lane
                builders.append(LaneBuilder(threadIndex: event.threadIndex, start: moment))
            }
            builders[lane].apply(event, at: moment, outputNumber: outputs)
        }
        let end = TimelineMoment(time: endTime, step: max(events.count - 1, 0))
        self.lanes = builders.map { $0.finish(at: end, outcome: outcome) }
        self.end = end
        self.outcome = outcome
    }

    /// Whether some thread is still alive when the run ends (and is drawn going on past it).
    var hasUnfinishedThreads: Bool { lanes.contains { $0.ending != .finished } }
}

/// Accumulates one thread's events into segments and marks.
private struct LaneBuilder {
    let threadIndex: Int
    var name = ""
    var segments: [TimelineSegment] = []
    var marks: [TimelineMark] = []
    /// The segment in progress: when it began and in what state; nil once the thread exited.
    var open: (start: TimelineMoment, state: TimelineSegment.State)?

    init(threadIndex: Int, start: TimelineMoment) {
        self.threadIndex = threadIndex
        self.open = (start, .running)
    }

    /// Adds `event`, which happened at `moment`; `outputNumber` counts the run's outputs so far, this one included.
    mutating func apply(_ event: TraceEvent, at moment: TimelineMoment, outputNumber: Int) {
        name = event.threadName
        switch event.kind {
        case .started:
            break
        case .output(let stream, let text):
            marks.append(TimelineMark(number: outputNumber, moment: moment, stream: stream, text: text))
        case .blocked(let target):
            switchState(to: .blocked(target: target), at: moment)
        case .woke:
            switchState(to: .running, at: moment)
        case .exited:
            close(at: moment)
            open = nil
        }
    }

    private mutating func switchState(to state: TimelineSegment.State, at moment: TimelineMoment) {
        close(at: moment)
        open = (moment, state)
    }

    private mutating func close(at moment: TimelineMoment) {
        guard let open else { return }
        segments.append(TimelineSegment(start: open.start, end: max(moment, open.start), state: open.state))
    }

    func finish(at end: TimelineMoment, outcome: RunOutcome?) -> TimelineLane {
        var finished = self
        var ending = LaneEnding.finished
        if let open {
            finished.close(at: end)
            ending = Self.ending(threadIndex: threadIndex, state: open.state, outcome: outcome)
        }
        return TimelineLane(
            threadIndex: threadIndex, name: name, segments: finished.segments, marks: marks, ending: ending)
    }

    /// Why a thread that never exited stops at the end of the run.
    private static func ending(threadIndex: Int, state: TimelineSegment.State, outcome: RunOutcome?) -> LaneEnding {
        switch outcome {
        case .completed?:
            // The main thread's run ends when the program does; any other live thread was a daemon left behind.
            threadIndex == 0 && state == .running ? .finished : .abandoned
        case .deadlock?:
            if case .blocked = state { .deadlocked } else { .stopped }
        case .uncaughtError?, .stepLimitExceeded?, nil:
            .stopped
        }
    }
}

/// Everything the timeline draws for one thread: its life as segments, its outputs, and how it ends.
struct TimelineLane: Equatable {
    let threadIndex: Int
    /// The thread's latest name in the run.
    let name: String
    /// Contiguous, in time order, from the thread's first event to its exit or the end of the run.
    let segments: [TimelineSegment]
    let marks: [TimelineMark]
    let ending: LaneEnding
}

/// A stretch of one thread's life: running (alive and not blocked) or blocked on something.
struct TimelineSegment: Equatable {
    enum State: Equatable {
        case running
        /// Blocked; `target` is the text of `TraceEvent.Kind.blocked(on:)`.
        case blocked(target: String)
    }

    let start: TimelineMoment
    let end: TimelineMoment
    let state: State

    /// Whether `moment` falls within this segment (ends included).
    func contains(_ moment: TimelineMoment) -> Bool { start <= moment && moment <= end }
}

/// One piece of output a thread wrote, at the moment it wrote it.
struct TimelineMark: Equatable {
    /// 1 for the run's first output, 2 for the second, … across all threads.
    let number: Int
    let moment: TimelineMoment
    let stream: StdStream
    /// Exactly what was written (newline included).
    let text: String
}

/// When something happened in a run: its (virtual) time, and its position among all the run's events, which orders
/// things that happened at the same instant.
struct TimelineMoment: Equatable, Comparable {
    let time: Double
    /// The index of the event in the run's event list.
    let step: Int

    static func < (lhs: TimelineMoment, rhs: TimelineMoment) -> Bool { lhs.step < rhs.step }
}
