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
