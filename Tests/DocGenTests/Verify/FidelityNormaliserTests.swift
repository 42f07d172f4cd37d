import DocGenTestSupport
@testable import DocGenVerify
import Testing

@Suite("Fidelity normaliser")
struct FidelityNormaliserTests {
    @Test func masksLoggingTimestampsAndClockTimes() throws {
        let normaliser = try FidelityNormaliser()
        #expect(normaliser.normalise("2026-11-25 20:25:45,606 (0 ) Waiting") == "<datetime> (0 ) Waiting")
        #expect(normaliser.normalise("20:25:50: func : Finishing 1") == "<time>: func : Finishing 1")
    }

    @Test func masksAddressesAndIdentsButNotSmallNumbers() throws {
        let normaliser = try FidelityNormaliser()
        #expect(normaliser.normalise("<Thread at 0x7f3a9c0d1e20>") == "<Thread at <address>>")
        #expect(normaliser.normalise("ident 140234567890 native 8123") == "ident <id> native 8123")
        #expect(normaliser.normalise("value=1000 Thread-10") == "value=1000 Thread-10")
    }

    @Test func appliesCellMasksToTextAndThreadName() throws {
        let normaliser = try FidelityNormaliser(masks: [#"\d+$"#])
        let line = FidelityLine(stream: .stderr, thread: "Thread-1 (worker)", text: "(Thread-1 (worker)) value=38")
        #expect(
            normaliser.normalise(line)
                == FidelityLine(
                    stream: .stderr, thread: "Thread-1 (worker)", text: "(Thread-1 (worker)) value=<masked>"))
        let threads = try FidelityNormaliser(masks: [#"Thread-\d+"#])
        #expect(threads.normalise(line).thread == "<masked> (worker)")
    }

    @Test func rejectsAnInvalidMask() {
        #expect(throws: FidelityError.self) { try FidelityNormaliser(masks: ["(unclosed"]) }
    }
}

/// The normaliser searches a built-in pattern only in a text that has what the pattern needs (`TextTraits`): the
/// result is the same as searching every pattern in every text.
@Suite("Fidelity normaliser prefilter")
struct FidelityNormaliserPrefilterTests {
    /// Every built-in pattern applied to `text`, in order, with no prefilter.
    func everyPattern(_ text: String) throws -> String {
        var text = text
        for rule in FidelityNormaliser.builtInRules {
            text = text.replacing(try Regex(rule.pattern), with: rule.placeholder)
        }
        return text
    }

    @Test func givesWhatEveryPatternGives() throws {
        let normaliser = try FidelityNormaliser()
        let texts = [
            "", "plain words", "Thread-1 (worker)", "2026-11-25 20:25:45,606 (0 ) Waiting", "20:25:50: func",
            "<Thread at 0x7f3a9c0d1e20>", "ident 140234567890 native 8123", "value=1000 Thread-10", "a-b:c 0x",
            "12:34:56", "1234-56-78 12:34:56", "0X1F 0xg", "99999", "x 12345y", "١٢٣٤٥ Arabic-Indic digits",
            "٢٠٢٦-١١-٢٥ ٢٠:٢٥:٤٥", "é 12345 ü", "2026-11-25 20:25:45 and 0xdead and 123456",
        ]
        for text in texts {
            #expect(normaliser.normalise(text) == (try everyPattern(text)), "\(text)")
        }
    }

    @Test func readsWhatEachPatternNeeds() {
        let traits = TextTraits("at 0x1f, 12345-6:7")
        #expect(traits.digitRun == 5)
        #expect(traits.colon && traits.dash && traits.hexPrefix)
        let plain = TextTraits("no digits here")
        #expect(plain.digitRun == 0 && !plain.colon && !plain.dash && !plain.hexPrefix)
        let other = TextTraits("٣")
        #expect(other.digitRun == .max && other.colon && other.dash && other.hexPrefix, "non-ASCII: every pattern")
    }
}
