@testable import DocGenSite
import DocGenTestSupport
import Testing

@Suite struct TimelineAxisTests {
    @Test(arguments: [0.0, 0.003, 0.3, 1, 2, 2.0000001, 7.5, 35, 600])
    func ticksAreNiceStepsThatCoverTheRun(lastTime: Double) {
        let axis = TimeAxis(lastTime: lastTime, left: 100, right: 700)
        var mantissa = axis.step
        while mantissa >= 10 { mantissa /= 10 }
        while mantissa < 1 { mantissa *= 10 }
        #expect([1.0, 2, 5].contains { abs($0 - mantissa) < 1e-9 }, "step \(axis.step)")
        #expect(axis.end >= lastTime)
        #expect(axis.end < max(lastTime, 1e-9) + axis.step + 1e-9 || lastTime == 0)
        #expect((3...10).contains(axis.ticks.count))
        #expect(axis.ticks.first?.label == "0")
        #expect(axis.x(0) == 100)
        #expect(axis.x(axis.end) == 700)
        for tick in axis.ticks {
            #expect(!tick.label.contains("e"), "no exponent: \(tick.label)")
            #expect(abs((Double(tick.label) ?? .nan) - tick.seconds) < 1e-12, "exact: \(tick.label)")
            #expect(tick.label.count <= 6, "no rounding noise: \(tick.label)")
        }
    }

    @Test func labelsHaveOnlyTheDigitsTheStepNeeds() {
        #expect(TimeAxis(lastTime: 2, left: 0, right: 600).ticks.map(\.label) == ["0", "0.5", "1", "1.5", "2"])
        #expect(
            TimeAxis(lastTime: 0.7, left: 0, right: 600).ticks.map(\.label) == [
                "0", "0.1", "0.2", "0.3", "0.4", "0.5", "0.6", "0.7",
            ])
        #expect(
            TimeAxis(lastTime: 35, left: 0, right: 600).ticks.map(\.label) == [
                "0", "5", "10", "15", "20", "25", "30", "35",
            ])
    }

    @Test func decimalTextIsLocaleFreeAndTrimmed() {
        #expect(DecimalText.format(0.1 + 0.2, decimals: 6) == "0.3")
        #expect(DecimalText.format(-1.25, decimals: 2) == "-1.25")
        #expect(DecimalText.format(-0.001, decimals: 2) == "0")
        #expect(DecimalText.format(12, decimals: 2) == "12")
        #expect(DecimalText.format(0.05, decimals: 2) == "0.05")
    }
}

@Suite struct TimelineWaitKindTests {
    @Test func blockedTargetsAsTheRuntimeNamesThem() {
        let kinds = [
            "sleep 0.2", "timer 1.0", "join Thread-1 (worker)", "Queue#1.get", "LifoQueue#2.put",
            "PriorityQueue#1.join",
            "Condition#1", "Semaphore#3", "BoundedSemaphore#1", "Barrier#1", "Event#2", "Lock#1", "RLock#4", "whatever",
        ].map { WaitKind(blockedOn: $0) }
        #expect(
            kinds == [
                .sleep, .timer, .join, .queue, .queue, .queue, .condition, .semaphore, .semaphore, .barrier, .event,
                .lock,
                .lock, .other,
            ])
    }
}
