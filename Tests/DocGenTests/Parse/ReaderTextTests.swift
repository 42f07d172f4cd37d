@testable import DocGenParse
import DocGenTestSupport
import Testing

/// A page's reader text (what the search index holds) has its words joined by single spaces; ASCII text is collapsed
/// byte by byte, with the same result as splitting at every whitespace `Character`.
@Suite struct ReaderTextTests {
    func bySplitting(_ text: String) -> String {
        text.split(whereSeparator: \.isWhitespace).joined(separator: " ")
    }

    @Test func everyASCIICharacterBetweenWordsIsTreatedAsCharacterDoes() {
        for byte in UInt8(0)..<0x80 {
            let character = String(decoding: [byte], as: UTF8.self)
            for text in ["a\(character)b", "\(character)a\(character)\(character)b\(character)", character] {
                #expect(CmarkConverter.collapsingWhitespace(text) == bySplitting(text), "byte \(byte)")
            }
        }
    }

    @Test func textsWithAndWithoutOtherCharactersCollapseAlike() {
        for text in [
            "", "  ", "one", " one  two\tthree\r\nfour\n", "a\u{A0}b", "caf\u{E9} \u{2028} na\u{EF}ve",
            "x \u{301}y", "\r\n\r\nend",
        ] {
            #expect(CmarkConverter.collapsingWhitespace(text) == bySplitting(text), "\(text.debugDescription)")
        }
    }
}
