@_spi(Harness) import Threading

extension TranscriptFormat {
    /// The environment variable in which docgen tells a cell's child the most bytes its transcript may have.
    package static let limitVariable = "DOCGEN_OUTPUT_LIMIT"

    /// The transcript of `result`; when that is over `limit` bytes and the run ended at the step limit, the transcript
    /// of its first events that fit (the outcome kept). A runaway loop's own events would otherwise fill the output
    /// limit before its step limit is reached, and a cell marked `expect=step-limit` would fail as "printed too much".
    package static func encode(_ result: RunResult, stepLimitedTo limit: Int?) -> String {
        let whole = encode(result)
        guard let limit, whole.utf8.count > limit, case .stepLimitExceeded = result.outcome else { return whole }
        var low = 0
        var high = result.events.count
        var fitting = result.events.prefix(0)
        while low < high {  // the longest prefix of events whose transcript fits
            let middle = (low + high + 1) / 2
            var shortened = result
            shortened.events = Array(result.events.prefix(middle))
            if encode(shortened).utf8.count <= limit {
                low = middle
                fitting = result.events.prefix(middle)
            } else {
                high = middle - 1
            }
        }
        var shortened = result
        shortened.events = Array(fitting)
        return encode(shortened)
    }
}
