/// The one way a primitive or a Python module function reaches a scheduling point: `schedulingPoint()` first in every
/// operation. Inline it costs a load and a branch (`RunControl`): the runtime is called only when it sees every
/// operation (the simulation counts and may switch there) or the run has ended (the real runtime stops abandoned
/// threads there).
///
/// A world has one (`World.schedulingPoint`); a primitive on a hot path keeps a copy, so that reaching it loads no
/// world.
struct SchedulingPoint: Sendable {
    let control: RunControl
    let runtime: any Runtime

    init(_ runtime: any Runtime) {
        self.runtime = runtime
        control = runtime.control
    }

    @inline(__always) func callAsFunction() { Self.reach(control, runtime) }

    /// The same, from the two parts: for a generic primitive (`Queue`), whose unspecialised code would copy (retain
    /// and release) a stored `SchedulingPoint` at every operation.
    @inline(__always) static func reach(_ control: RunControl, _ runtime: any Runtime) {
        if control.seesEveryOperation || control.hasEnded { runtime.reachSchedulingPoint() }
    }

    /// A place between the steps of one operation (a shared variable's read or write, one of `print`'s writes) where
    /// CPython may switch threads: reached only when the schedule preempts there (`RunControl.preemptsBetweenOperations`)
    /// or the run has ended, so the default schedule's runs are the same with or without it. From the two parts, as
    /// `reach`, so that a caller holding the world borrowed copies no `SchedulingPoint` (`World.betweenOperations`).
    @inline(__always) static func betweenOperations(_ control: RunControl, _ runtime: any Runtime) {
        if control.preemptsBetweenOperations || control.hasEnded { runtime.reachSchedulingPoint() }
    }
}
