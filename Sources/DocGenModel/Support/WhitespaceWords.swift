/// A text's words joined by single spaces, split wherever `Character.isWhitespace` is (a grapheme whose first scalar is
/// White_Space), exactly as `text.split(whereSeparator: \.isWhitespace).joined(separator: " ")` gives them, without
/// breaking the text into graphemes or looking up a property of every character: the search index and each prose
/// block's reader text are made this way on every build that renders a page.
///
/// Scalar by scalar, a White_Space scalar is a separator; that is what the graphemes give except where a grapheme
/// holds a White_Space scalar together with others: a space-like one (not a control) followed by a combining mark or
/// joiner, or preceded by a prepended mark. Such a neighbour is never ASCII and is a mark, a format character, a
/// modifier or an "other letter"; a text in which one touches a space-like scalar is split by graphemes instead.
package enum WhitespaceWords {
    /// `text`'s words joined by single spaces.
    package static func joined(_ text: String) -> String {
        if text.utf8.allSatisfy({ $0 < 0x80 }) { return asciiJoined(text) }
        let scalars = Array(text.unicodeScalars)
        var words = String.UnicodeScalarView()
        var gap = false
        for (index, scalar) in scalars.enumerated() {
            guard isWhitespace(scalar) else {
                if gap { words.append(" ") }
                gap = false
                words.append(scalar)
                continue
            }
            if !isControl(scalar),
                index > 0 && mayJoin(scalars[index - 1]) || index + 1 < scalars.count && mayJoin(scalars[index + 1])
            {
                return text.split(whereSeparator: \.isWhitespace).joined(separator: " ")
            }
            gap = !words.isEmpty
        }
        return String(words)
    }

    /// The ASCII text's words: its whitespace characters are tab, line feed, vertical tab, form feed, carriage return
    /// and space.
    private static func asciiJoined(_ text: String) -> String {
        var words: [UInt8] = []
        words.reserveCapacity(text.utf8.count)
        var gap = false
        for byte in text.utf8 {
            if (9...13).contains(byte) || byte == 32 {
                gap = !words.isEmpty
            } else {
                if gap { words.append(32) }
                gap = false
                words.append(byte)
            }
        }
        return String(decoding: words, as: UTF8.self)
    }

    /// Unicode's White_Space scalars.
    static func isWhitespace(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x09...0x0D, 0x20, 0x85, 0xA0, 0x1680, 0x2000...0x200A, 0x2028, 0x2029, 0x202F, 0x205F, 0x3000: true
        default: false
        }
    }

    /// White_Space scalars that always stand alone as a grapheme (Control, CR, LF).
    private static func isControl(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x09...0x0D, 0x85, 0x2028, 0x2029: true
        default: false
        }
    }

    /// A scalar that may share a grapheme with a space beside it (an Extend, ZWJ, SpacingMark or Prepend scalar is
    /// always of one of these categories).
    private static func mayJoin(_ scalar: Unicode.Scalar) -> Bool {
        guard !scalar.isASCII else { return false }
        switch scalar.properties.generalCategory {
        case .nonspacingMark, .spacingMark, .enclosingMark, .format, .modifierSymbol, .modifierLetter, .otherLetter,
            .unassigned, .privateUse, .surrogate:
            return true
        default:
            return false
        }
    }
}
