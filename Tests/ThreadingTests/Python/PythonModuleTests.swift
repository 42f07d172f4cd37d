import Testing
@_spi(Harness) import Threading

/// `print`/`str`, `%` formatting, `time`, `random` and `logging`, against what python3 prints for the same calls.
@Suite struct PythonModuleTests {
    @Test func printUsesPythonStr() {
        let result = simulate {
            let optional: Int? = nil
            print([1, "a", optional as Any, true, 2.5] as [Any], 1e16, 1e-5, 0.1 + 0.2, 100.0, 1.5e300)
            print("a", "b", separator: "-", terminator: "!\n")
            print(["k": 1], ("x", 2), [(1)] as [Int])
            print("to stderr", file: .stderr)
        }
        #expect(
            result.lines() == [
                "[1, 'a', None, True, 2.5] 1e+16 1e-05 0.30000000000000004 100.0 1.5e+300", "a-b!",
                "{'k': 1} ('x', 2) [1]",
            ])
        #expect(result.lines(.stderr) == ["to stderr"])
    }

    @Test func percentFormattingMatchesPython() {
        let result = simulate {
            logging.basicConfig(level: .DEBUG, format: "%(message)s")
            logging.info(
                "%5.2f|%-5d|%r|%%|%x|%05d|%+d|%s|%.3s", 3.14159, 42, "hi", 255, 42, 7,
                [1, "a", Optional<Int>.none as Any, true, 2.5] as [Any], "abcdef")
        }
        #expect(result.lines(.stderr) == [" 3.14|42   |'hi'|%|ff|00042|+7|[1, 'a', None, True, 2.5]|abc"])
    }

    @Test func randomMatchesCPythonForTheSameSeed() {
        let result = simulate(RunOptions(randomSeed: 42)) {
            print(random.random(), random.randint(1, 1_000_000), random.choice([1, 2, 3, 4, 5]))
            var items = Array(0..<10)
            random.shuffle(&items)
            print(items, random.getrandbits(40), random.uniform(1, 2))
            random.seed((1 << 40) + 5)
            print(random.randint(0, 1000))
        }
        #expect(
            result.lines() == [
                "0.6394267984578837 26226 3", "[8, 1, 7, 6, 4, 0, 5, 2, 9, 3] 30201276659 1.0936952398615924", "516",
            ])
    }

    @Test func timeStartsAtTheVirtualEpochAndFormatsLikeStrftime() {
        let result = simulate {
            print(time.time(), time.ctime())
            time.sleep(86_400 * 45 + 3_600 * 13 + 61)
            print(time.strftime("%Y-%m-%d %H:%M:%S %a %b %j %p %I"), time.monotonic())
        }
        #expect(
            result.lines() == [
                "1767225600.0 Thu Jan  1 00:00:00 2026", "2026-02-15 13:01:01 Sun Feb 046 PM 01 3934861.0",
            ])
    }

    @Test func loggingConfiguresItselfOnFirstUseLikePython() {
        let result = simulate {
            logging.getLogger("app").warning("last resort %d", 1)
            logging.getLogger("app").info("not shown")
            logging.info("dropped")
            logging.warning("warned %d", 3)
            logging.basicConfig(level: .DEBUG, format: "%(message)s")
            logging.error("still default")
        }
        #expect(result.lines(.stderr) == ["last resort 1", "WARNING:root:warned 3", "ERROR:root:still default"])
    }

    @Test func loggingRecordAttributes() {
        let result = simulate {
            logging.basicConfig(
                level: .DEBUG,
                format: "%(asctime)s|%(levelname)-8s|%(name)s|%(levelno)d|%(relativeCreated)d|%(message)s")
            time.sleep(1.25)
            logging.getLogger("app").debug("x=%s y=%r", 1, "s")
            let quiet = logging.getLogger("quiet")
            quiet.setLevel(.ERROR)
            quiet.warning("hidden")
        }
        #expect(result.lines(.stderr) == ["2026-01-01 00:00:01,250|DEBUG   |app|10|1250|x=1 y='s'"])
    }

    @Test func echoStreamsEveryOutputInOrder() {
        let seen = Shared<[String]>([])
        let lock = LockBox()
        let result = runProgram(
            RunOptions(echo: { stream, text in lock.with { seen.value.append("\(stream):\(text)") } })
        ) {
            print("one")
            logging.warning("two")
            try Thread(target: def("w") { print("three") }).start()
        }
        #expect(lock.with { seen.value } == ["stdout:one\n", "stderr:WARNING:root:two\n", "stdout:three\n"])
        #expect(result.outcome == .completed)
    }
}

/// A mutex for test-side bookkeeping outside any run.
final class LockBox: @unchecked Sendable {
    private let lock = Lock()
    func with<R>(_ body: () throws -> R) rethrows -> R { try lock.with(body) }
}
