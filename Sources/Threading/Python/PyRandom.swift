/// CPython's `random` generator: MT19937 seeded the way `random.seed(int)` seeds it, so the same seed gives the same
/// numbers as CPython (`randint`, `random`, `choice`, `shuffle`, `uniform`, `getrandbits`). Not thread-safe: the
/// `random` facade serialises access.
struct PyRandom {
    private var state = [UInt32](repeating: 0, count: 624)
    private var index = 625

    init(seed: UInt64) { self.seed(seed) }

    mutating func seed(_ seed: UInt64) {
        var key: [UInt32] = []
        var n = seed
        repeat {
            key.append(UInt32(truncatingIfNeeded: n))
            n >>= 32
        } while n > 0
        initByArray(key)
    }

    private mutating func initGenrand(_ s: UInt32) {
        state[0] = s
        for i in 1..<624 {
            state[i] = 1_812_433_253 &* (state[i - 1] ^ (state[i - 1] >> 30)) &+ UInt32(i)
        }
        index = 624
    }

    private mutating func initByArray(_ key: [UInt32]) {
        initGenrand(19_650_218)
        var i = 1
        var j = 0
        for _ in 0..<max(624, key.count) {
            state[i] = (state[i] ^ ((state[i - 1] ^ (state[i - 1] >> 30)) &* 1_664_525)) &+ key[j] &+ UInt32(j)
            i += 1
            j += 1
            if i >= 624 {
                state[0] = state[623]
                i = 1
            }
            if j >= key.count { j = 0 }
        }
        for _ in 0..<623 {
            state[i] = (state[i] ^ ((state[i - 1] ^ (state[i - 1] >> 30)) &* 1_566_083_941)) &- UInt32(i)
            i += 1
            if i >= 624 {
                state[0] = state[623]
                i = 1
            }
        }
        state[0] = 0x8000_0000
    }

    mutating func genrandUInt32() -> UInt32 {
        if index >= 624 { twist() }
        var y = state[index]
        index += 1
        y ^= y >> 11
        y ^= (y << 7) & 0x9D2C_5680
        y ^= (y << 15) & 0xEFC6_0000
        y ^= y >> 18
        return y
    }

    private mutating func twist() {
        for k in 0..<624 {
            let y = (state[k] & 0x8000_0000) | (state[(k + 1) % 624] & 0x7FFF_FFFF)
            state[k] = state[(k + 397) % 624] ^ (y >> 1) ^ ((y & 1) == 0 ? 0 : 0x9908_B0DF)
        }
        index = 0
    }

    /// `random.random()`: a float in [0, 1) with 53 random bits.
    mutating func random() -> Double {
        let a = Double(genrandUInt32() >> 5)
        let b = Double(genrandUInt32() >> 6)
        return (a * 67_108_864.0 + b) * (1.0 / 9_007_199_254_740_992.0)
    }

    /// `random.getrandbits(k)` for 0 < k <= 64.
    mutating func getrandbits(_ k: Int) -> UInt64 {
        if k <= 32 { return UInt64(genrandUInt32() >> UInt32(32 - k)) }
        let low = UInt64(genrandUInt32())
        let high = UInt64(genrandUInt32() >> UInt32(64 - k))
        return low | (high << 32)
    }

    /// CPython's `_randbelow_with_getrandbits(n)`: uniform in [0, n).
    mutating func randbelow(_ n: Int) -> Int {
        guard n > 0 else { return 0 }
        let k = Int.bitWidth - n.leadingZeroBitCount
        var r = getrandbits(k)
        while r >= UInt64(n) { r = getrandbits(k) }
        return Int(r)
    }
}
