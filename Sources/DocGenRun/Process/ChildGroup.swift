import Foundation
import Subprocess

/// How docgen starts its child processes (cells, explorations, swiftc, python3): each in a process group of its own,
/// so the child and whatever it starts in turn — swiftc's swift-frontend, a cell's own subprocess — end together: on
/// a timeout or a cancelled build (swift-subprocess's teardown signals the group), when the child exits
/// (`endLeftovers`), and when docgen is stopped by a signal (`ChildReaper.killChildren`).
package enum ChildGroup {
    /// A new process group led by the child; teardown kills the group, then the child itself (should the group not
    /// have been made, the child is still killed).
    package static var platformOptions: PlatformOptions {
        var options = PlatformOptions()
        options.processGroupID = 0
        options.teardownSequence = [
            .send(signal: .kill, toProcessGroup: true, allowedDurationToNextStep: .zero),
            .send(signal: .kill, toProcessGroup: false, allowedDurationToNextStep: .milliseconds(100)),
        ]
        return options
    }

    /// Kills what is left in the group of `child`, which has exited: processes it started and did not wait for. (The
    /// group's id cannot have been reused while such a process is in it; with none left this finds nothing.)
    package static func endLeftovers(of child: pid_t) {
        kill(-child, SIGKILL)
    }
}
