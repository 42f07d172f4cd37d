import DocGenModel
import Testing

/// `TerminalText.printable`: what could drive a terminal is escaped; tabs, newlines (unless asked) and printable
/// Unicode stay.
@Suite struct TerminalTextTests {
    @Test func controlCharactersAreEscapedAndTextIsKept() {
        #expect(TerminalText.printable("plain café\ttab\nline") == "plain café\ttab\nline")
        #expect(
            TerminalText.printable("a\u{1B}[2Jb\u{7}c\rd\u{7F}e\u{9B}f") == #"a\u{1B}[2Jb\u{7}c\u{D}d\u{7F}e\u{9B}f"#)
        #expect(TerminalText.printable("x\u{2028}y\u{2029}z") == #"x\u{2028}y\u{2029}z"#)
        #expect(TerminalText.printable("a\nb", keepsNewlines: false) == #"a\u{A}b"#)
    }
}
