@testable import DocGenParse
import DocGenTestSupport
import Testing

/// A heading of ASCII characters alone is slugged byte by byte (`Slugger.asciiSlug`), without Foundation's
/// normalization: the same slug as the rule for any text gives, for every ASCII character and mixes of them.
@Suite struct SluggerASCIITests {
    @Test func everyASCIICharacterGivesTheSlugOfTheUnicodeRule() {
        for byte in UInt8(0)..<128 {
            let text = "a" + String(UnicodeScalar(byte)) + "Z"
            #expect(Slugger.asciiSlug(text) == Slugger.unicodeSlug(text), "byte \(byte)")
        }
    }

    @Test func headingsOfASCIIGiveTheSlugOfTheUnicodeRule() {
        for text in ["Queued Threads & Co-operation", "`Lock` objects", "start()", "  Two  spaces_ and-DASHES 42 ", ""]
        {
            #expect(Slugger.asciiSlug(text) == Slugger.unicodeSlug(text), "\(text)")
        }
    }

    @Test func textWithAnyOtherCharacterIsLeftToTheUnicodeRule() {
        #expect(Slugger.asciiSlug("Café") == nil)
        #expect(Slugger.slug("Cafe\u{301} Crème") == "café-crème")
    }
}
