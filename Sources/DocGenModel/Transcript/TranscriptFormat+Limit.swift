@_spi(Harness) import Threading

extension TranscriptFormat {
    /// The environment variable in which docgen tells a cell's child the most bytes its transcript may have.
    package static let limitVariable = "DOCGEN_OUTPUT_LIMIT"

    /// The fewest bytes one event takes in a transcript, its newline included: `0.000 T0 [] wake`.
    package static let shortestEventLineBytes = 17

    /// How many events a run needs to keep at most for a transcript of `limit` bytes: any more than this make a
    /// transcript longer than `limit` (every event line has at least `shortestEventLineBytes`), so the events past it
    /// can never be shown, and a run that recorded them is over the limit all the same.
    package static func eventLimit(forBytes limit: Int) -> Int {
        max(0, limit) / shortestEventLineBytes + 1
    }

    /// The transcript of `result`; when that is over `limit` bytes and the run ended at the step limit, the transcript
    /// of its first events that fit (the outcome kept). A runaway loop's own events would otherwise fill the output
    /// limit before its step limit is reached, and a cell marked `expect=step-limit` would fail as "printed too much".
    /// Encodes each event at most twice, and none past the first that does not fit.
    package static func encode(_ result: RunResult, stepLimitedTo limit: Int?) -> String {
        guard let limit, case .stepLimitExceeded = result.outcome else { return encode(result) }
        var fitted = result
        fitted.events = []
        var room = limit - encode(fitted).utf8.count  // after the header, schedule and outcome lines
        var count = 0
        for event in result.events {
            let bytes = encode(event).utf8.count + 1
            if bytes > room { break }
            room -= bytes
            count += 1
        }
        fitted.events = Array(result.events.prefix(count))
        return encode(fitted)
    }
}
