/// Reads and writes of state threads share without a lock (a Python global, a closure variable, an attribute, a
/// container element), made what they are in CPython: a place where another thread may run (as between any two
/// bytecodes), and an access the exhaustive search sees, so that it explores the orders of racing accesses.
///
/// Call `read(_:)` just before reading the state and `write(_:)` just before writing it; `x += 1` is a read, then a
/// write. Each is a scheduling point of the simulated runtime's preempting schedules (searched, replayed, random,
/// PCT); the default schedule, like CPython's switch interval, does not switch there, so its runs are unchanged.
/// Outside any run, and in the real runtime, both cost a thread-local load.
public enum SharedAccess {
    /// Another thread may run here; then the calling thread reads `location`.
    @inline(__always)
    public static func read(_ location: SharedLocation) { access(location.raw, isWrite: false) }

    /// Another thread may run here; then the calling thread writes `location`.
    @inline(__always)
    public static func write(_ location: SharedLocation) { access(location.raw, isWrite: true) }

    /// The one function every shared access goes through (`@Shared`, and the Python object layer's `PyAccess` with
    /// its objects' search numbers): the scheduling point, then the access in the running step's footprint. Never
    /// call it holding a lock (`PyLock`, `InternalLock`): another thread may run here.
    @inline(__always)
    static func access(_ raw: UInt, isWrite: Bool) {
        guard Context.withBound({ $0.world.betweenOperations() }) != nil else { return }
        if isWrite {
            StepFootprint.noteCurrent(raw)
        } else {
            StepFootprint.noteCurrent(read: raw)
        }
    }
}

extension SharedAccess {
    /// A shared access of the member `member` of the location numbered `raw` (an attribute of an object): the
    /// scheduling point, then the member's location (`SharedLocation.member`) in the running step's footprint, and
    /// with `readingWhole` a read of `raw` itself. The member's number is worked out only when a search watches.
    @inline(__always)
    static func access(_ raw: UInt, member: String, isWrite: Bool, readingWhole: Bool = false) {
        guard Context.withBound({ $0.world.betweenOperations() }) != nil else { return }
        guard let footprint = StepFootprint.current else { return }
        let whole = raw != 0 ? raw : StepFootprint.unnumberedShared
        let location = SharedLocation.memberNumber(of: whole, member)
        if isWrite { footprint.noteWrite(location) } else { footprint.noteRead(location) }
        if readingWhole { footprint.noteRead(whole) }
    }
}

/// What a shared access touches, as the search's footprints name it: two accesses conflict when they name the same
/// location and one of them writes. Two locations may share a number (a hash of member names); that only makes the
/// search treat their accesses as ordered, never miss an order.
public struct SharedLocation: Hashable, Sendable {
    /// The number in footprints.
    public let raw: UInt

    /// A new location: numbered in creation order within a searched run (so numbers agree between its executions);
    /// every location made outside a searched run shares one number.
    public init() {
        let id = StepFootprint.newObjectID()
        raw = id != 0 ? id : StepFootprint.unnumberedShared
    }

    /// The location `member` of this one (an attribute or a global of a namespace, a key of a dict), numbered by a
    /// fixed hash of both, so the same in every run and every process.
    public func member(_ member: String) -> SharedLocation {
        SharedLocation(raw: Self.memberNumber(of: raw, member))
    }

    /// The number of location `raw`'s member `member`: a fixed hash of both, with the member bit set.
    static func memberNumber(of raw: UInt, _ member: String) -> UInt {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325 ^ UInt64(raw)
        for byte in member.utf8 {
            hash ^= UInt64(byte)
            hash &*= 0x0000_0100_0000_01b3
        }
        return UInt(hash) | memberBit
    }

    /// Member locations have the top bit set, so they never collide with a created location or a reserved token.
    private static let memberBit: UInt = 1 << (UInt.bitWidth - 1)

    private init(raw: UInt) { self.raw = raw }
}
