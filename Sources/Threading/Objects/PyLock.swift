/// The one lock guarding the mutable state of every Python object (lists, dicts, sets, attribute dictionaries, class
/// namespaces, cells): held only for the few instructions of one container operation, never across user code, a
/// scheduling point or a park. The real runtime runs threads in parallel; the simulated one never contends for it.
enum PyLock {
    private static let lock = InternalLock(tracked: false)

    @inline(__always) static func withLock<R>(_ body: () throws -> R) rethrows -> R {
        try lock.withLock(body)
    }
}
