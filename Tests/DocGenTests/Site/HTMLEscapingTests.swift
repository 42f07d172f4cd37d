@testable import DocGenSite
import Testing

/// Every character `HTMLEscaping` must change is changed, whether or not the rest of the text needs escaping (text
/// with nothing to escape is returned without being rebuilt).
@Suite struct HTMLEscapingTests {
    /// What one scalar becomes, by the rule the escaper documents.
    private func expected(_ scalar: Unicode.Scalar) -> String {
        switch scalar {
        case "&": "&amp;"
        case "<": "&lt;"
        case ">": "&gt;"
        case "\"": "&quot;"
        case "'": "&#39;"
        case "\t", "\n", "\r": String(scalar)
        default:
            scalar.value < 0x20 || (0x7F...0x9F).contains(scalar.value) || scalar.value == 0xFFFE
                || scalar.value == 0xFFFF ? "\u{FFFD}" : String(scalar)
        }
    }

    @Test func eachScalarAloneAndAmongPlainTextBecomesWhatTheRuleSays() {
        var scalars = (0..<0x200).compactMap(Unicode.Scalar.init)
        scalars += [0xFFFD, 0xFFFE, 0xFFFF, 0xFEFF, 0x4E2D, 0x1F600].compactMap(Unicode.Scalar.init)
        for scalar in scalars {
            let alone = String(scalar)
            #expect(HTMLEscaping.escape(alone) == expected(scalar), "U+\(String(scalar.value, radix: 16))")
            #expect(
                HTMLEscaping.escape("plain " + alone + " text") == "plain " + expected(scalar) + " text",
                "U+\(String(scalar.value, radix: 16)) among plain text")
        }
    }

    @Test func textWithNothingToEscapeComesBackAsItIs() {
        let text = "worker-1: step 0 — done ✓ 中文 😀\n\tindented\r\n"
        #expect(HTMLEscaping.escape(text) == text)
    }
}
