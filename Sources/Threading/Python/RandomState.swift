/// One run's `random` module: its generator, seeded with the run's seed (`RunOptions.randomSeed`) when first used
/// (most programs never call `random`). One lock.
final class RandomState: @unchecked Sendable {
    private let lock = InternalLock()
    private let seed: UInt64
    private var generator: PyRandom?

    init(seed: UInt64) { self.seed = seed }

    /// Runs `body` on the generator, under the lock.
    func with<R>(_ body: (inout PyRandom) -> R) -> R {
        lock.withLock {
            if generator == nil { generator = PyRandom(seed: seed) }
            return body(&generator!)
        }
    }
}
