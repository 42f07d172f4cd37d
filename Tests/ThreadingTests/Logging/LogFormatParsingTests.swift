import Testing
@_spi(Harness) @testable import Threading

/// What parsing a `basicConfig` format once gives the records that use it: one object shared by every record of
/// every run, and whether a record must find its site (file, line, function) at all.
@Suite struct LogFormatParsingTests {
    @Test func aFormatTextIsParsedOnceAndShared() {
        let text = "%(threadName)s says %(message)s (\(#function))"
        #expect(LogFormat.parsed(text) === LogFormat.parsed(text))
        #expect(LogFormat.parsed(text).text == text)
        #expect(LogFormat.parsed(text).aroundMessage != nil)
    }

    @Test(arguments: [
        ("%(levelname)s:%(name)s:%(message)s", false),
        ("[%(levelname)s]:(%(threadName)-10s): %(message)s", false),
        ("%(asctime)s %(created)f %(msecs)d %(thread)d %(process)d %(message)s", false),
        ("%(funcName)s: %(message)s", true), ("%(message)s at %(lineno)d", true), ("%(filename)s %(message)s", true),
        ("%(module)s %(message)s", true), ("%(pathname)s", true), ("%%(lineno)d %(message)s", false),
    ])
    func aFormatReadsTheSiteOnlyWhenItPrintsIt(format: String, readsSite: Bool) {
        #expect(LogFormat.parsed(format).readsSite == readsSite)
    }

    /// A format that prints the site gets the caller's; one that does not prints the same records without it.
    @Test func recordsPrintTheirFunctionAndLineOnlyWhereTheFormatSaysSo() {
        let result = simulate {
            logging.basicConfig(level: .INFO, format: "%(message)s")
            logging.info("plain")
            logging.basicConfig(format: "%(funcName)s:%(lineno)d:%(message)s", force: true)
            logging.info("sited", line: 7, function: "work")
        }
        #expect(result.lines(.stderr) == ["plain", "work:7:sited"])
    }
}
