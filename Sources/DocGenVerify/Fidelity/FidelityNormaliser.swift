/// Replaces what legitimately differs between two runs of the same program — timestamps, memory addresses, thread
/// idents — with fixed placeholders, plus whatever a cell's own `mask` patterns match (random values, say).
package struct FidelityNormaliser {
    /// The cell's extra patterns; each match becomes `<masked>`.
    package let masks: [String]
    /// The masks, compiled.
    private let compiledMasks: [Regex<AnyRegexOutput>]
    /// The built-in rules, each compiled the first time a text needs it (compiling a pattern costs more than most
    /// searches, and most normalisers never need one).
    private let builtIn = BuiltInPatterns()

    /// - Throws: `FidelityError.badMask` when a mask is not a valid regular expression.
    package init(masks: [String] = []) throws(FidelityError) {
        self.masks = masks
        var compiled: [Regex<AnyRegexOutput>] = []
        for mask in masks {
            do {
                compiled.append(try Regex(mask))
            } catch {
                throw .badMask(mask, String(describing: error))
            }
        }
        self.compiledMasks = compiled
    }

    /// Patterns every cell gets, applied in this order: a logging `asctime` (`2026-11-25 20:25:45,606`), a clock time
    /// (`20:25:45`), a memory address (`0x7f3a…`), then any number of 5 digits or more (thread idents, native ids).
    /// `needs` is what a text must have for the pattern to match it (`TextTraits`): a text without it is not searched.
    static let builtInRules: [(pattern: String, placeholder: String, needs: @Sendable (TextTraits) -> Bool)] = [
        (#"\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}(,\d{3})?"#, "<datetime>", { $0.digitRun >= 4 && $0.dash && $0.colon }),
        (#"\b\d{2}:\d{2}:\d{2}(,\d{3})?\b"#, "<time>", { $0.digitRun >= 2 && $0.colon }),
        (#"0x[0-9a-fA-F]+"#, "<address>", { $0.hexPrefix }),
        (#"\b\d{5,}\b"#, "<id>", { $0.digitRun >= 5 }),
    ]

    /// `text` with every rule's matches replaced by its placeholder. A built-in rule is searched for only in a text
    /// that has what it needs (most output lines have no digits); a placeholder has no digit, colon or dash, so a
    /// replacement never makes a later rule match where the text before it could not.
    package func normalise(_ text: String) -> String {
        var text = text
        let traits = TextTraits(text)
        for (index, rule) in Self.builtInRules.enumerated() where rule.needs(traits) {
            text = text.replacing(builtIn.pattern(index), with: rule.placeholder)
        }
        for mask in compiledMasks {
            text = text.replacing(mask, with: "<masked>")
        }
        return text
    }

    /// `line` with its text and thread name normalised.
    package func normalise(_ line: FidelityLine) -> FidelityLine {
        FidelityLine(stream: line.stream, thread: normalise(line.thread), text: normalise(line.text))
    }

    /// A whole output normalised: locations taken out (`FidelityLocations`: warning paths and line numbers, the
    /// source lines echoed under them, traceback frames), then each line normalised.
    package func normalise(_ lines: [FidelityLine]) -> [FidelityLine] {
        FidelityLocations.strip(lines).map(normalise)
    }
}

/// What the built-in normalisation patterns look for, read in one pass over a text's bytes: the longest run of ASCII
/// digits, and whether it has a colon, a dash and `0x`. A text with any non-ASCII byte (`\\d` also matches other
/// scripts' digits) reports everything, so every pattern is searched in it.
struct TextTraits {
    var digitRun = 0
    var colon = false
    var dash = false
    var hexPrefix = false

    init(_ text: String) {
        var run = 0
        var previous: UInt8 = 0
        for byte in text.utf8 {
            if byte >= 0x80 {
                self = TextTraits(everything: ())
                return
            }
            if byte >= UInt8(ascii: "0"), byte <= UInt8(ascii: "9") {
                run += 1
                digitRun = max(digitRun, run)
            } else {
                run = 0
                switch byte {
                case UInt8(ascii: ":"): colon = true
                case UInt8(ascii: "-"): dash = true
                case UInt8(ascii: "x") where previous == UInt8(ascii: "0"): hexPrefix = true
                default: break
                }
            }
            previous = byte
        }
    }

    private init(everything: Void) {
        digitRun = .max
        colon = true
        dash = true
        hexPrefix = true
    }
}

/// The built-in normalisation patterns of one normaliser, compiled on first use.
private final class BuiltInPatterns {
    private var compiled: [Regex<AnyRegexOutput>?] = FidelityNormaliser.builtInRules.map { _ in nil }

    func pattern(_ index: Int) -> Regex<AnyRegexOutput> {
        if let pattern = compiled[index] { return pattern }
        let pattern = try! Regex(FidelityNormaliser.builtInRules[index].pattern)  // fixed, valid patterns
        compiled[index] = pattern
        return pattern
    }
}
