import DocGenModel
import Foundation
import Synchronization
import Testing

@testable import DocGen
import DocGenTestSupport

/// The terminal's progress meter: a line of its own for each stage once its work is done, in the build's order, and a
/// redrawn line with the counts and the time left of the stages at work.
@Suite struct ProgressMeterTests {
    final class Screen: Sendable {
        let text = Mutex("")
        func write(_ piece: String) { text.withLock { $0 += piece } }
        /// What stays on the terminal: each redraw (`\r` and erase to the end of the line) wipes the line drawn.
        var lines: [String] {
            text.withLock { text in
                var lines: [String] = []
                var current = ""
                var rest = Substring(text)
                while let first = rest.first {
                    if rest.hasPrefix("\r\u{1B}[K") {
                        current = ""
                        rest = rest.dropFirst(4)
                        continue
                    }
                    if first == "\n" {
                        lines.append(current)
                        current = ""
                    } else {
                        current.append(first)
                    }
                    rest = rest.dropFirst()
                }
                if !current.isEmpty { lines.append(current) }
                return lines
            }
        }
    }

    @Test func eachStageGetsALineOfItsOwnOnceDoneInTheBuildsOrder() {
        let screen = Screen()
        let meter = ProgressMeter(write: screen.write)
        meter.expect(2, .translating)
        meter.finish(2, .translating)
        meter.expect(3, .compiling)
        meter.finish(1, .compiling)
        meter.finish(2, .compiling)
        meter.expect(3, .running)
        meter.finish(1, .running)
        meter.expect(1, .exploring)
        meter.finish(1, .exploring)
        meter.finish(2, .running)
        meter.end()
        let lines = screen.lines
        #expect(lines.count == 4, "\(lines)")
        #expect(lines.first?.hasPrefix("translated 2 cells in ") == true)
        #expect(lines.dropFirst().first?.hasPrefix("compiled 3 scenarios in ") == true)
        #expect(lines.dropFirst(2).first?.hasPrefix("ran 3 cells in ") == true)
        #expect(lines.last?.hasPrefix("explored 1 cell in ") == true)
    }

    @Test func theLineAtWorkShowsCountsAndTheTimeLeft() {
        #expect(
            ProgressMeter.activeLine(.compiling, done: 1, expected: 3, seconds: 1)
                == "compiling 1/3 scenarios, 1.0 s, about 2.0 s left")
        #expect(ProgressMeter.activeLine(.running, done: 0, expected: 1, seconds: 0.3) == "running 0/1 cell, 0.3 s")
        #expect(
            ProgressMeter.activeLine(.exploring, done: 2, expected: 40, seconds: 2)
                == "exploring 2/40 cells, 2.0 s, about 38 s left")
    }

    @Test func aStageWithNothingToDoShowsNothing() {
        let screen = Screen()
        let meter = ProgressMeter(write: screen.write)
        meter.expect(0, .translating)
        meter.expect(0, .compiling)
        meter.end()
        #expect(screen.text.withLock { $0 } == "")
    }
}
