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
        asciiSlug(text) ?? unicodeSlug(text)
    }

    /// `slug(text)` for any text: normalized to NFC and lowercased, then kept character by character.
    static func unicodeSlug(_ text: String) -> String {
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

    /// `slug(text)` for text of ASCII characters alone (nil for any other), without Foundation's normalization, which
    /// leaves ASCII as it is and cost more than the rest of parsing a heading: the same rule, byte by byte.
    static func asciiSlug(_ text: String) -> String? {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(text.utf8.count)
        for byte in text.utf8 {
            switch byte {
            case UInt8(ascii: " "): bytes.append(UInt8(ascii: "-"))
            case UInt8(ascii: "A")...UInt8(ascii: "Z"): bytes.append(byte + 32)
            case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "-"),
                UInt8(ascii: "_"):
                bytes.append(byte)
            case 0x80...: return nil
            default: continue
            }
        }
        return String(decoding: bytes, as: UTF8.self)
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
