/// Replaces what legitimately differs between two runs of the same program — timestamps, memory addresses, thread
/// idents — with fixed placeholders, plus whatever a cell's own `mask` patterns match (random values, say).
package struct FidelityNormaliser {
    /// The cell's extra patterns; each match becomes `<masked>`.
    package let masks: [String]
    private let rules: [(pattern: Regex<AnyRegexOutput>, placeholder: String)]

    /// - Throws: `FidelityError.badMask` when a mask is not a valid regular expression.
    package init(masks: [String] = []) throws(FidelityError) {
        self.masks = masks
        var rules = Self.builtInRules.map { (pattern: try! Regex($0.pattern), placeholder: $0.placeholder) }
        for mask in masks {
            do {
                rules.append((try Regex(mask), "<masked>"))
            } catch {
                throw .badMask(mask, String(describing: error))
            }
        }
        self.rules = rules
    }

    /// Patterns every cell gets, applied in this order: a logging `asctime` (`2026-11-25 20:25:45,606`), a clock time
    /// (`20:25:45`), a memory address (`0x7f3a…`), then any number of 5 digits or more (thread idents, native ids).
    static let builtInRules: [(pattern: String, placeholder: String)] = [
        (#"\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}(,\d{3})?"#, "<datetime>"),
        (#"\b\d{2}:\d{2}:\d{2}(,\d{3})?\b"#, "<time>"),
        (#"0x[0-9a-fA-F]+"#, "<address>"),
        (#"\b\d{5,}\b"#, "<id>"),
    ]

    /// `text` with every rule's matches replaced by its placeholder.
    package func normalise(_ text: String) -> String {
        var text = text
        for rule in rules {
            text = text.replacing(rule.pattern, with: rule.placeholder)
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
