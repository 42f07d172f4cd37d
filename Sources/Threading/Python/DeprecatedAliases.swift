/// The camelCase aliases CPython still has, deprecated since Python 3.10 (`currentThread()`, `getName()`, …).
/// Ports that copy an old tutorial keep working.

/// Python's deprecated `threading.currentThread()`; use `current_thread()`.
public func currentThread() -> Thread { current_thread() }

/// Python's deprecated `threading.activeCount()`; use `active_count()`.
public func activeCount() -> Int { active_count() }

extension threading {
    /// Python's deprecated `threading.currentThread()`; use `current_thread()`.
    public static func currentThread() -> Thread { Threading.current_thread() }
    /// Python's deprecated `threading.activeCount()`; use `active_count()`.
    public static func activeCount() -> Int { Threading.active_count() }
}

extension Thread {
    /// Python's deprecated `getName()`; use `name`.
    public func getName() -> String { name }
    /// Python's deprecated `setName()`; use `name = …`.
    public func setName(_ name: String) { self.name = name }
    /// Python's deprecated `isDaemon()`; use `daemon`.
    public func isDaemon() -> Bool { daemon }
}

extension Condition {
    /// Python's deprecated `notifyAll()`; use `notify_all()`.
    public func notifyAll() throws { try notify_all() }
}

extension Event {
    /// Python's deprecated `isSet()`; use `is_set()`.
    public func isSet() -> Bool { is_set() }
}
