extension InternalLock {
    /// With this lock held: parks the calling thread on `queue` until it is woken (true) or `deadline` passes
    /// (false), and returns with the lock held again. A deadline already past returns false without parking.
    func park(on queue: WaitQueue, _ reason: BlockReason, deadline: Double?, runtime: any Runtime) -> Bool {
        if let deadline, runtime.now >= deadline { return false }
        let waiter = Waiter(core: Context.current, reason: reason)
        queue.append(waiter)
        unlock()
        let woken = runtime.park(waiter, deadline: deadline)
        lock()
        if !woken { queue.remove(waiter) }
        return woken
    }
}

extension Runtime {
    /// Unparks every claimed waiter, in order.
    func unpark(_ waiters: [Waiter]) {
        for waiter in waiters { unpark(waiter) }
    }
}
