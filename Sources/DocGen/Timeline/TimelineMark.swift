import Threading

/// One piece of output a thread wrote, at the time it wrote it.
struct TimelineMark: Equatable {
    let time: Double
    let stream: StdStream
    /// Exactly what was written (newline included).
    let text: String
}
