/// Runs `main` once for each index in `range`, run `index` with `options(index)`, and passes each result to `receive`
/// in index order, on the calling thread: the same results as `runProgram(options(index), main: main)` for each
/// index, but the simulated runs follow one another on one pooled carrier thread while the caller only watches (no
/// hand-off between OS threads per run). A run that stalls (no scheduling point for its `stallTimeout`) ends as
/// `runProgram` ends it; the runs after it go on on another carrier.
@_spi(Harness) public func runPrograms(
    _ range: Range<Int>, options: @escaping @Sendable (Int) -> RunOptions, main: @escaping @Sendable () throws -> Void,
    receive: (Int, RunResult) -> Void
) {
    guard !range.isEmpty else { return }
    runPrograms(taking: RunIndices(range).take, options: options, main: main, receive: receive)
}

/// Runs `main` once for each index `take` gives, until it gives `nil`, as `runPrograms(_:options:main:receive:)`
/// does for a range's indices; `receive` gets the results in the order `take` gave their indices. Several callers
/// sharing one `take` (`RunIndices`) keep their carriers busy until every index is taken, whichever are slowed.
///
/// `take` is called on the carrier's thread, one call at a time for this batch.
@_spi(Harness) public func runPrograms(
    taking take: @escaping @Sendable () -> Int?, options: @escaping @Sendable (Int) -> RunOptions,
    main: @escaping @Sendable () throws -> Void, receive: (Int, RunResult) -> Void
) {
    RunBatch.run(taking: take, options: options, main: main, receive: receive)
}
