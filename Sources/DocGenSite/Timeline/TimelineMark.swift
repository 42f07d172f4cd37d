import Threading

/// One piece of output a thread wrote, at the moment it wrote it.
struct TimelineMark: Equatable {
    /// 1 for the run's first output, 2 for the second, … across all threads.
    let number: Int
    let moment: TimelineMoment
    let stream: StdStream
    /// Exactly what was written (newline included).
    let text: String
}
