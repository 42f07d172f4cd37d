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

    /// `random.randrange(start, stop, step)` for a step other than 1 (CPython: `start + step * _randbelow(n)`, n the
    /// number of values); nil for an empty range or a zero step.
    public static func randrange(_ start: Int, _ stop: Int, step: Int) -> Int? {
        guard step != 0 else { return nil }
        let width = stop - start
        let n = step > 0 ? floorDivide(width + step - 1, step) : floorDivide(width + step + 1, step)
        guard n > 0 else { return nil }
        return with { start + step * $0.randbelow(n) }
    }

    private static func floorDivide(_ a: Int, _ b: Int) -> Int {
        let quotient = a / b
        return (a % b != 0 && (a < 0) != (b < 0)) ? quotient - 1 : quotient
    }

    /// `random.sample(population, k)`: k distinct positions' items, chosen as CPython 3.11 chooses them (a pool for
    /// small populations, else rejection of repeated positions); nil when k is negative or larger than the population.
    public static func sample<T>(_ population: [T], _ k: Int) -> [T]? {
        let n = population.count
        guard k >= 0, k <= n else { return nil }
        var setSize = 21
        if k > 5 {
            // 4 ** ceil(log(k * 3, 4))
            var power = 1
            while power < k * 3 { power *= 4 }
            setSize += power
        }
        return with { generator in
            var result: [T] = []
            result.reserveCapacity(k)
            if n <= setSize {
                var pool = population
                for i in 0..<k {
                    let j = generator.randbelow(n - i)
                    result.append(pool[j])
                    pool[j] = pool[n - i - 1]
                }
            } else {
                var selected = Set<Int>()
                for _ in 0..<k {
                    var j = generator.randbelow(n)
                    while selected.contains(j) { j = generator.randbelow(n) }
                    selected.insert(j)
                    result.append(population[j])
                }
            }
            return result
        }
    }

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
