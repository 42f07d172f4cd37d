import Testing
import Threading

/// Record formats parsed once per `basicConfig` print each attribute as Python's `format % record.__dict__` does.
@Suite struct LogFormatTests {
    @Test func everyPaddedAndConvertedAttributeMatchesPython() {
        let result = simulate {
            logging.basicConfig(
                level: .DEBUG,
                format: "%(threadName)-12s|%(levelno)03d|%(name)8s|%(message).4s|%(levelname)-8s|%(process)d|"
                    + "%(processName)s|%(thread)x|%(created)f|%(msecs)05.1f|%(relativeCreated).0f|%(message)r|%%|%(name)s"
            )
            time.sleep(1.5)
            logging.getLogger("app").warning("warned %d", 3)
        }
        // python3: f % dict(threadName="MainThread", levelno=30, name="app", message="warned 3", …, created=1767225601.5)
        #expect(
            result.lines(.stderr) == [
                "MainThread  |030|     app|warn|WARNING |4242|MainProcess|1|1767225601.500000|500.0|1500|'warned 3'|%|app"
            ])
    }

    @Test func aFormatSetAgainWithForceIsParsedAgain() {
        let result = simulate {
            logging.basicConfig(level: .INFO, format: "[%(levelname)s] %(message)s")
            logging.info("first")
            logging.basicConfig(format: "%(name)s: %(message)s", level: .INFO, force: true)
            logging.info("second")
        }
        #expect(result.lines(.stderr) == ["[INFO] first", "root: second"])
    }
}
