@testable import DocGen
import Testing

/// `LiveLoop.pause(afterPollTaking:interval:)`: serve polls a small project's files every `interval`, and a large one's
/// (whose poll takes long) so that polling keeps to 2 % of a core. An idle serve over 20,000 files took 14 % of a core
/// polling every 0.5 s.
@Suite struct LiveLoopPacingTests {
    @Test func aQuickPollKeepsTheInterval() {
        #expect(LiveLoop.pause(afterPollTaking: .milliseconds(2), interval: .milliseconds(500)) == .milliseconds(500))
    }

    @Test func aSlowPollIsFollowedByAPauseFiftyTimesItsLength() {
        #expect(
            LiveLoop.pause(afterPollTaking: .milliseconds(70), interval: .milliseconds(500)) == .milliseconds(3_500))
        #expect(LiveLoop.pause(afterPollTaking: .seconds(1), interval: .milliseconds(500)) == .seconds(50))
    }
}
