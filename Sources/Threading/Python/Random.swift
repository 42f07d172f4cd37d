/// Python's `random` module, seeded per run (`RunOptions.randomSeed`), producing CPython's numbers for a seed.
public enum random {
    private static func with<R>(_ body: (inout PyRandom) -> R) -> R {
        let world = Context.world
        world.schedulingPoint()
        return world.modules.random.with(body)
    }

    /// `random.seed(n)`.
    public static func seed(_ n: Int) { with { $0.seed(UInt64(n.magnitude)) } }

    /// `random.random()`: a float in [0, 1).
    public static func random() -> Double { with { $0.random() } }

    /// `random.randint(a, b)`: an integer in [a, b].
    public static func randint(_ a: Int, _ b: Int) -> Int { with { a + $0.randbelow(b - a + 1) } }

    /// `random.randrange(start, stop)`: an integer in [start, stop).
    public static func randrange(_ start: Int, _ stop: Int) -> Int { with { start + $0.randbelow(stop - start) } }

    /// `random.randrange(stop)`.
    public static func randrange(_ stop: Int) -> Int { randrange(0, stop) }

    /// `random.uniform(a, b)`.
    public static func uniform(_ a: Double, _ b: Double) -> Double { with { a + (b - a) * $0.random() } }

    /// `random.choice(seq)`.
    public static func choice<C: Collection>(_ items: C) -> C.Element where C.Index == Int {
        let offset = with { $0.randbelow(items.count) }
        return items[items.startIndex + offset]
    }

    /// `random.shuffle(x)`, in place.
    public static func shuffle<T>(_ items: inout [T]) {
        guard items.count > 1 else { return }
        let swaps = with { generator in
            stride(from: items.count - 1, to: 0, by: -1).map { ($0, generator.randbelow($0 + 1)) }
        }
        for (i, j) in swaps { items.swapAt(i, j) }
    }

    /// `random.getrandbits(k)`, 0 < k <= 64.
    public static func getrandbits(_ k: Int) -> UInt64 { with { $0.getrandbits(k) } }
}
