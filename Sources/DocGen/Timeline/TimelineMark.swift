import Threading

/// One piece of output a thread wrote, at the time it wrote it.
struct TimelineMark: Equatable {
    /// 1 for the run's first output, 2 for the second, … across all threads.
    let number: Int
    let time: Double
    let stream: StdStream
    /// Exactly what was written (newline included).
    let text: String
}
