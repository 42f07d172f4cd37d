import Threading

/// A run's events regrouped for drawing: one lane per thread, in the order the threads first appear, and the time the
/// run ended.
struct TimelineModel: Equatable {
    let lanes: [TimelineLane]
    /// The time of the last event (0 for an empty run).
    let endTime: Double
    let outcome: RunOutcome?

    init(events: [TraceEvent], outcome: RunOutcome?) {
        var builders: [LaneBuilder] = []
        var laneOfThread: [Int: Int] = [:]
        var endTime = 0.0
        var outputs = 0
        for event in events {
            if case .output = event.kind { outputs += 1 }
            endTime = max(endTime, event.time)
            let lane: Int
            if let known = laneOfThread[event.threadIndex] {
                lane = known
            } else {
                lane = builders.count
                laneOfThread[event.threadIndex] = lane
                builders.append(LaneBuilder(threadIndex: event.threadIndex, start: event.time))
            }
            builders[lane].apply(event, outputNumber: outputs)
        }
        self.lanes = builders.map { $0.finish(at: endTime, outcome: outcome) }
        self.endTime = endTime
        self.outcome = outcome
    }
}

/// Accumulates one thread's events into segments and marks.
private struct LaneBuilder {
    let threadIndex: Int
    var name = ""
    var segments: [TimelineSegment] = []
    var marks: [TimelineMark] = []
    /// The segment in progress: when it began and in what state; nil once the thread exited.
    var open: (start: Double, state: TimelineSegment.State)?

    init(threadIndex: Int, start: Double) {
        self.threadIndex = threadIndex
        self.open = (start, .running)
    }

    /// Adds `event`; `outputNumber` is the number of outputs in the run so far, this one included.
    mutating func apply(_ event: TraceEvent, outputNumber: Int) {
        name = event.threadName
        switch event.kind {
        case .started:
            break
        case .output(let stream, let text):
            marks.append(TimelineMark(number: outputNumber, time: event.time, stream: stream, text: text))
        case .blocked(let target):
            switchState(to: .blocked(target: target), at: event.time)
        case .woke:
            switchState(to: .running, at: event.time)
        case .exited:
            close(at: event.time)
            open = nil
        }
    }

    private mutating func switchState(to state: TimelineSegment.State, at time: Double) {
        close(at: time)
        open = (time, state)
    }

    private mutating func close(at time: Double) {
        guard let open else { return }
        segments.append(TimelineSegment(start: open.start, end: max(time, open.start), state: open.state))
    }

    func finish(at endTime: Double, outcome: RunOutcome?) -> TimelineLane {
        var finished = self
        var ending = LaneEnding.finished
        if let open {
            finished.close(at: endTime)
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
