/// The camelCase aliases CPython still has, deprecated since Python 3.10 (`currentThread()`, `getName()`, …). Ports
/// of old tutorials keep working, and each call prints CPython's DeprecationWarning on stderr once per call site
/// (`DocgenScenario/lock.swift:12: DeprecationWarning: currentThread() is deprecated, use current_thread() instead`
/// for a cell's scenario `content/<page>/lock.swift`, which docgen compiles as module `DocgenScenario`; then the
/// call's source line). The trailing `fileID`/`filePath`/`line` arguments name the call site; leave them out.

/// Python's deprecated `threading.currentThread()`; use `current_thread()`.
public func currentThread(fileID: String = #fileID, filePath: String = #filePath, line: Int = #line) -> Thread {
    warnDeprecated(
        "currentThread() is deprecated, use current_thread() instead", fileID: fileID, filePath: filePath, line: line)
    return current_thread()
}

/// Python's deprecated `threading.activeCount()`; use `active_count()`.
public func activeCount(fileID: String = #fileID, filePath: String = #filePath, line: Int = #line) -> Int {
    warnDeprecated(
        "activeCount() is deprecated, use active_count() instead", fileID: fileID, filePath: filePath, line: line)
    return active_count()
}

extension threading {
    /// Python's deprecated `threading.currentThread()`; use `current_thread()`.
    public static func currentThread(fileID: String = #fileID, filePath: String = #filePath, line: Int = #line)
        -> Thread
    {
        Threading.currentThread(fileID: fileID, filePath: filePath, line: line)
    }

    /// Python's deprecated `threading.activeCount()`; use `active_count()`.
    public static func activeCount(fileID: String = #fileID, filePath: String = #filePath, line: Int = #line) -> Int {
        Threading.activeCount(fileID: fileID, filePath: filePath, line: line)
    }
}

extension Thread {
    /// Python's deprecated `getName()`; use `name`.
    public func getName(fileID: String = #fileID, filePath: String = #filePath, line: Int = #line) -> String {
        warnDeprecated(
            "getName() is deprecated, get the name attribute instead", fileID: fileID, filePath: filePath, line: line)
        return name
    }

    /// Python's deprecated `setName()`; use `name = …`.
    public func setName(_ name: String, fileID: String = #fileID, filePath: String = #filePath, line: Int = #line) {
        warnDeprecated(
            "setName() is deprecated, set the name attribute instead", fileID: fileID, filePath: filePath, line: line)
        self.name = name
    }

    /// Python's deprecated `isDaemon()`; use `daemon`.
    public func isDaemon(fileID: String = #fileID, filePath: String = #filePath, line: Int = #line) -> Bool {
        warnDeprecated(
            "isDaemon() is deprecated, get the daemon attribute instead", fileID: fileID, filePath: filePath,
            line: line)
        return daemon
    }

    /// Python's deprecated `setDaemon()`; use `daemon = …`. RuntimeError "cannot set daemon status of active
    /// thread" once the thread has started (after the warning, as in CPython).
    public func setDaemon(
        _ daemonic: Bool, fileID: String = #fileID, filePath: String = #filePath, line: Int = #line
    ) throws {
        warnDeprecated(
            "setDaemon() is deprecated, set the daemon attribute instead", fileID: fileID, filePath: filePath,
            line: line)
        try setDaemonFlag(daemonic)
    }
}

extension Condition {
    /// Python's deprecated `notifyAll()`; use `notify_all()`.
    public func notifyAll(fileID: String = #fileID, filePath: String = #filePath, line: Int = #line) throws {
        warnDeprecated(
            "notifyAll() is deprecated, use notify_all() instead", fileID: fileID, filePath: filePath, line: line)
        try notify_all()
    }
}

extension Event {
    /// Python's deprecated `isSet()`; use `is_set()`.
    public func isSet(fileID: String = #fileID, filePath: String = #filePath, line: Int = #line) -> Bool {
        warnDeprecated("isSet() is deprecated, use is_set() instead", fileID: fileID, filePath: filePath, line: line)
        return is_set()
    }
}
