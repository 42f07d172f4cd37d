import Foundation

/// Turns heading text into GitHub-style anchors and keeps them unique: the second `Example` becomes `example-2`.
struct Slugger {
    private var used: Set<String> = []
    /// The last suffix handed out per base slug, so the hundredth `Example` does not try `-2` … `-99` again.
    private var lastNumber: [String: Int] = [:]

    /// GitHub's rule: lowercase; keep letters, digits, spaces, `-` and `_`; spaces become `-`. In Unicode NFC, as page
    /// names are: a heading saved decomposed (`e` + U+0301) by another editor keeps its anchor and its cell's id, which
    /// names the cell's files.
    static func slug(_ text: String) -> String {
        var slug = ""
        for character in text.precomposedStringWithCanonicalMapping.lowercased() {
            if character == " " {
                slug.append("-")
            } else if character.isLetter || character.isNumber || character == "-" || character == "_" {
                slug.append(character)
            }
        }
        return slug
    }

    /// The slug of `text` (made shorter by `shorten`), suffixed `-2`, `-3`, … when already handed out; `fallback` when
    /// the slug is empty.
    mutating func unique(_ text: String, fallback: String, shorten: (String) -> String = { $0 }) -> String {
        var base = shorten(Self.slug(text))
        if base.isEmpty { base = fallback }
        var number = lastNumber[base] ?? 1
        var candidate = number == 1 ? base : "\(base)-\(number)"
        while used.contains(candidate) {
            number += 1
            candidate = "\(base)-\(number)"
        }
        used.insert(candidate)
        lastNumber[base] = number
        return candidate
    }

    /// Hands out `slug` exactly as given; `false` when it was already handed out.
    mutating func claim(_ slug: String) -> Bool {
        used.insert(slug).inserted
    }
}
