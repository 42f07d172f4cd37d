/// The per-run state of each Python module that keeps one, as a world holds it: every module's state is its own type
/// with its own lock, and the world knows none of their insides. (`time` keeps none: its clock is the runtime's;
/// `threading`'s hooks and threads are the world's own.)
struct PythonModules: Sendable {
    /// `logging`: the root logger's handler and the loggers' levels.
    let logging = LoggingState()
    /// `warnings`: the warnings already shown (once per call site).
    let warnings = WarningRegistry()
    /// `id()`: the addresses of objects shown in reprs.
    let addresses = ObjectAddresses()
    /// `concurrent.futures`: the executor counter and the interpreter-exit hook's workers.
    let futures = FuturesState()
    /// `random`: the generator.
    let random: RandomState

    /// The states of a new run, in a fixed order (an exhaustive search names their locks by creation order).
    init(randomSeed: UInt64) {
        random = RandomState(seed: randomSeed)
    }
}
