import ArgumentParser
import DocGen
import DocGenModel

/// Command-line numbers read with `NumberSyntax` (digits only, range-checked), as `@Option(transform:)` functions, so
/// `--timeout inf`, `--timeout 1e17` or `--jobs 0` are usage errors instead of values that crash later.
enum NumberArgument {
    /// Most cells run at once.
    static let maxJobs: UInt64 = 256

    static func seconds(_ text: String) throws -> Double {
        guard let value = NumberSyntax.seconds(text) else { throw ValidationError(NumberSyntax.secondsForm) }
        return value
    }

    static func jobs(_ text: String) throws -> Int {
        guard let value = NumberSyntax.wholeNumber(text, in: 1...maxJobs) else {
            throw ValidationError(NumberSyntax.wholeNumberForm(1...maxJobs))
        }
        return Int(value)
    }

    /// `--shard I/N`: share I of N, 1 ≤ I ≤ N.
    static func shard(_ text: String) throws -> Shard {
        guard let shard = Shard(parsing: text) else {
            throw ValidationError("'\(text)' is not a shard: write I/N with whole numbers 1 ≤ I ≤ N ≤ 10000, e.g. 2/3")
        }
        return shard
    }

    /// A port on 127.0.0.1 for `docgen serve` (0 picks a free one).
    static func port(_ text: String) throws -> Int {
        guard let value = NumberSyntax.port(text) else {
            throw ValidationError(NumberSyntax.wholeNumberForm(0...65_535))
        }
        return value
    }
}
