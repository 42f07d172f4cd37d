/// Python's `threading.Barrier`: `parties` threads wait until all have arrived, then all go on together (ported
/// from CPython's state machine: filling, draining, resetting, broken).
public final class Barrier: @unchecked Sendable {
    private enum Phase: Equatable { case filling, draining, resetting, broken }

    let label: String
    private let condition: Condition
    private let action: (() throws -> Void)?
    private let defaultTimeout: Double?
    /// The number of threads required to pass.
    public let parties: Int
    private var phase = Phase.filling
    private var count = 0

    /// ValueError "parties must be >= 1" for fewer than one party. `action` runs once per round, in the last thread
    /// to arrive, before any returns; `timeout` is the default for `wait`.
    public init(_ parties: Int, action: (() throws -> Void)? = nil, timeout: Double? = nil) throws {
        if parties < 1 { throw ValueError("parties must be >= 1") }
        let world = Context.world
        label = world.label("Barrier")
        condition = Condition(label: label, lock: Lock(label: "\(label).lock"))
        self.action = action
        self.defaultTimeout = timeout
        self.parties = parties
    }

    public convenience init(parties: Int, action: (() throws -> Void)? = nil, timeout: Double? = nil) throws {
        try self.init(parties, action: action, timeout: timeout)
    }

    /// Waits for the other parties; returns this thread's arrival index (0 … parties-1). BrokenBarrierError if the
    /// barrier is (or gets) broken, reset, or the wait times out.
    @discardableResult public func wait(timeout: Double? = nil) throws -> Int {
        let timeout = timeout ?? defaultTimeout
        return try condition.with {
            try enter()
            let index = count
            count += 1
            defer {
                count -= 1
                exit()
            }
            if index + 1 == parties {
                try release()
            } else {
                try waitForRelease(timeout: timeout)
            }
            return index
        }
    }

    /// Wakes the waiting parties with BrokenBarrierError and makes the barrier usable again.
    public func reset() {
        condition.with {
            if count > 0 {
                if phase == .filling || phase == .broken { phase = .resetting }
            } else {
                phase = .filling
            }
            try? condition.notify_all()
        }
    }

    /// Breaks the barrier: current and future `wait`s raise BrokenBarrierError until `reset()`.
    public func abort() {
        condition.with { breakBarrier() }
    }

    /// The number of threads waiting now.
    public var n_waiting: Int { condition.with { phase == .filling ? count : 0 } }

    /// Whether the barrier is broken.
    public var broken: Bool { condition.with { phase == .broken } }

    // MARK: CPython's helpers (condition held)

    private func enter() throws {
        while phase == .draining || phase == .resetting { try condition.wait() }
        if phase == .broken { throw BrokenBarrierError() }
    }

    private func release() throws {
        do {
            try action?()
            phase = .draining
            try condition.notify_all()
        } catch {
            breakBarrier()
            throw error
        }
    }

    private func waitForRelease(timeout: Double?) throws {
        if try !condition.wait_for(timeout: timeout, { phase != .filling }) {
            breakBarrier()
            throw BrokenBarrierError()
        }
        if phase == .broken || phase == .resetting { throw BrokenBarrierError() }
    }

    private func exit() {
        if count == 0 && (phase == .resetting || phase == .draining) {
            phase = .filling
            try? condition.notify_all()
        }
    }

    private func breakBarrier() {
        phase = .broken
        try? condition.notify_all()
    }
}
