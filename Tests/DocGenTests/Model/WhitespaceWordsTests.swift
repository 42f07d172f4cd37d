@testable import DocGenModel
import DocGenTestSupport
import Testing

/// `WhitespaceWords.joined` gives exactly what splitting at `Character.isWhitespace` gives, graphemes and all: on
/// ASCII, on prose with dashes and non-breaking spaces, and where a space shares a grapheme with a combining mark or a
/// prepended mark; and on many strings drawn from such scalars.
@Suite struct WhitespaceWordsTests {
    static func byGraphemes(_ text: String) -> String {
        text.split(whereSeparator: \.isWhitespace).joined(separator: " ")
    }

    @Test(arguments: [
        "", " ", "plain words\tand\ttabs\r\nand lines\n", "  leading and trailing  ", "a\u{0B}b\u{0C}c",
        "em — dash, non\u{A0}breaking, thin\u{2009}space, ideographic\u{3000}space", "line\u{2028}separator\u{85}next",
        "a \u{301}combining mark after a space", "a\u{A0}\u{301}after a no-break space", "prepend \u{600} before",
        "\u{600} prepend at the start", "thai \u{E33} sara am", "katakana \u{FF9E} mark", "emoji \u{1F44D}\u{1F3FB} ok",
        "zwj \u{200D} alone", "日本語 の 文", "\u{301} leading mark", "tab\t\u{301}mark",
    ])
    func theSameWordsAsGraphemesGive(_ text: String) {
        #expect(WhitespaceWords.joined(text) == Self.byGraphemes(text))
    }

    @Test func theSameWordsOnStringsDrawnFromAwkwardScalars() {
        let pool: [Unicode.Scalar] = [
            "a", "b", " ", "\t", "\n", "\r", "\u{0B}", "\u{85}", "\u{A0}", "\u{301}", "\u{600}", "\u{2014}", "\u{3000}",
            "\u{200D}", "\u{1F44D}", "\u{1F3FB}", "\u{E33}", "\u{FF9E}", "\u{2028}", "\u{2009}", "é", "日",
        ]
        var seed: UInt64 = 0x5EED
        for _ in 0..<3000 {
            var text = String.UnicodeScalarView()
            seed = seed &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            for _ in 0..<Int(seed >> 60) + 1 {
                seed = seed &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
                text.append(pool[Int(seed >> 33) % pool.count])
            }
            let string = String(text)
            #expect(WhitespaceWords.joined(string) == Self.byGraphemes(string), "\(Array(string.unicodeScalars))")
        }
    }
}
