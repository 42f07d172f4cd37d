/// Pending virtual deadlines, earliest first; equal deadlines keep the order they were set in.
struct VirtualTimers {
    private struct Entry {
        let deadline: Double
        let sequence: Int
        let waiter: Waiter
    }

    private var entries: [Entry] = []
    private var nextSequence = 0

    mutating func insert(deadline: Double, waiter: Waiter) {
        let entry = Entry(deadline: deadline, sequence: nextSequence, waiter: waiter)
        nextSequence += 1
        // Binary search for the first entry that sorts after the new one.
        var low = 0
        var high = entries.count
        while low < high {
            let mid = (low + high) / 2
            if entries[mid].deadline <= deadline { low = mid + 1 } else { high = mid }
        }
        entries.insert(entry, at: low)
    }

    /// The earliest deadline whose waiter still waits (stale entries are dropped).
    mutating func earliestLiveDeadline() -> Double? {
        while let first = entries.first {
            if first.waiter.isWaiting { return first.deadline }
            entries.removeFirst()
        }
        return nil
    }

    /// Times out, in order, every still-waiting waiter whose deadline is at or before `now`, and appends its thread
    /// to `ready` (in place: most scheduling decisions expire a sleep or two, and a list of them cost an allocation).
    mutating func expire(upTo now: Double, into ready: inout ReadyQueue) {
        var count = 0
        for entry in entries {
            guard entry.deadline <= now else { break }
            count += 1
            if entry.waiter.tryTimeOut() { ready.append(entry.waiter.core) }
        }
        if count > 0 { entries.removeFirst(count) }
    }

    /// Removes, in order, every still-waiting waiter whose deadline is at or before `now`, without timing it out.
    mutating func takeDue(upTo now: Double) -> [Waiter] {
        var due: [Waiter] = []
        var count = 0
        for entry in entries {
            guard entry.deadline <= now else { break }
            count += 1
            if entry.waiter.isWaiting { due.append(entry.waiter) }
        }
        if count > 0 { entries.removeFirst(count) }
        return due
    }
}
