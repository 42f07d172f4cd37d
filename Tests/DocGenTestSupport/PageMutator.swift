import DocGenModel
@testable import Threading

/// Mutations of a Markdown page for the fuzz pass, from a seeded generator (the same seed gives the same pages).
package enum PageMutator {
    /// Threading's SplitMix64 (small, seedable, good enough to pick mutations) with a bounded pick.
    package struct Random {
        private var generator: SplitMix64
        package init(seed: UInt64) { generator = SplitMix64(seed: seed) }
        package mutating func next() -> UInt64 { generator.next() }
        package mutating func below(_ bound: Int) -> Int { bound <= 0 ? 0 : Int(next() % UInt64(bound)) }
    }

    package static let splices: [String] = [
        "<!-- docgen: = -->\n", "<!-- docgen: timeout=inf -->\n", "<!-- docgen: timeout=1e308 seed=0x10 -->\n",
        "<!-- docgen: mask=\"value \\d+\" -->\n", "<!-- docgen: mask=\"open -->\n", "<!-- docgen: skip skip -->\n",
        "<!-- docgen: explore=99999999999999999999 -->\n", "<!-- docgen:\ntimeout=1\n=\n-->\n", "<!-- docgen: ",
        "```python\n", "```\n", "~~~~\n", "    indented = 1\n", "\n# Heading\n\n", "\n## Daemon threads\n\n", "#",
        "<!--\n", "-->\n", "<pre>\n", "[x]: https://example.org\n", "![img](logo.png)", "[link](../x.md#y)",
        "- item\n\n  ```\n", "> quote\n", "| a | b |\n|---|---|\n", "\r\n", "\u{301}", "\\", "`", "*", "_",
    ]

    /// `page` with 1 to 8 random mutations.
    package static func mutate(_ page: [UInt8], _ random: inout Random) -> [UInt8] {
        var bytes = page
        for _ in 0...random.below(8) {
            let at = random.below(bytes.count + 1)
            switch random.below(9) {
            case 0: bytes.insert(UInt8(truncatingIfNeeded: random.next()), at: at)
            case 1: if at < bytes.count { bytes.remove(at: at) }
            case 2, 3: bytes.insert(contentsOf: Array(splices[random.below(splices.count)].utf8), at: at)
            case 4: bytes.insert(0, at: at)
            case 5:
                bytes.insert(
                    contentsOf: [[0xFF], [0xC0, 0x80], [0xE2, 0x82], [0xED, 0xA0, 0x80]][random.below(4)], at: at)
            case 6: bytes = Array(bytes.prefix(at))
            case 7:
                let length = random.below(400)
                let start = random.below(max(1, bytes.count - length))
                bytes.insert(contentsOf: bytes[start..<min(bytes.count, start + length)], at: min(at, bytes.count))
            default:
                for _ in 0..<random.below(20) where !bytes.isEmpty {
                    bytes[random.below(bytes.count)] = UInt8(truncatingIfNeeded: random.next())
                }
            }
        }
        return bytes
    }
}
