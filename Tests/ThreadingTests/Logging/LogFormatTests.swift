import Testing
@_spi(Harness) import Threading

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

    /// A padded field counts characters; ASCII is counted by its bytes, except a carriage return, which with a line
    /// feed makes one character (as with anything else that is not ASCII).
    @Test(arguments: ["worker", "Thread-10 (worker)", "\r\n", "a\r\nb", "\r", "é", "e\u{301}x", "👍🏽 ok", "ünï"])
    func paddedFieldsCountCharactersWhateverTheText(name: String) {
        let result = simulate {
            logging.basicConfig(level: .INFO, format: "%(threadName)-8s|%(threadName)8s|%(message)s")
            let thread = Thread(name: name, target: def("log") { logging.info("x") })
            try thread.start()
            try thread.join()
        }
        let padding = String(repeating: " ", count: max(0, 8 - name.count))
        #expect(result.text(of: .stderr) == name + padding + "|" + padding + name + "|x\n")
    }

    /// A thread's records print their logger, level and name as they are at each record, whether or not the text
    /// around the message is the same as for its last record (kept then), and however the format is made.
    @Test func recordsOfOneThreadFollowItsLoggerLevelAndName() {
        let result = simulate {
            logging.basicConfig(
                level: .DEBUG, format: "%(levelname)s:%(name)s:(%(threadName)-6s) %(message)s|%(levelno)d")
            logging.info("a")
            logging.info("b")
            logging.warning("c")
            logging.getLogger("app").warning("d")
            current_thread().name = "Main"
            logging.warning("e")
            logging.basicConfig(format: "%(threadName)s %(message)s!", force: true)
            logging.warning("f")
            logging.basicConfig(format: "[%(message)5s]", force: true)
            logging.warning("g")
            logging.basicConfig(format: "%(relativeCreated)d %(message)s", force: true)
            time.sleep(1)
            logging.warning("h")
            logging.basicConfig(format: "%(threadName)s: %(message)s", force: true)
            logging.warning("h2")
            let other = Thread(name: "other", target: def("log") { logging.warning("i") })
            try other.start()
            try other.join()
            logging.warning("j")
        }
        #expect(
            result.lines(.stderr) == [
                "INFO:root:(MainThread) a|20", "INFO:root:(MainThread) b|20", "WARNING:root:(MainThread) c|30",
                "WARNING:app:(MainThread) d|30", "WARNING:root:(Main  ) e|30", "Main f!", "[    g]", "1000 h",
                "Main: h2", "other: i", "Main: j",
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
