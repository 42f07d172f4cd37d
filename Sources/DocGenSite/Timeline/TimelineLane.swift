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
