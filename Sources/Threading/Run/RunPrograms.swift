/// Runs `main` once for each index in `range`, run `index` with `options(index)`, and passes each result to `receive`
/// in index order, on the calling thread: the same results as `runProgram(options(index), main: main)` for each
/// index, but the simulated runs follow one another on one pooled carrier thread while the caller only watches (no
/// hand-off between OS threads per run). A run that stalls (no scheduling point for its `stallTimeout`) ends as
/// `runProgram` ends it; the runs after it go on on another carrier.
@_spi(Harness) public func runPrograms(
    _ range: Range<Int>, options: @escaping @Sendable (Int) -> RunOptions, main: @escaping @Sendable () throws -> Void,
    receive: (Int, RunResult) -> Void
) {
    RunBatch.run(range, options: options, main: main, receive: receive)
}
