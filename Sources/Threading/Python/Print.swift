/// Python's `print`: writes, as CPython's `builtin_print` does, each item's `str()` with the separator before every
/// item but the first, then the terminator — each a write of its own, recorded as output of the calling thread, and
/// each a place where another thread may run (as in CPython, where another thread's output can land between the
/// pieces of one line: `worker-1: priorityworker-2: priority 3 2`). Shadows Swift's `print` in files that import
/// `Threading`.
public func print(_ items: Any..., separator: String = " ", terminator: String = "\n") {
    let plain = Context.world.plainTypes
    pythonPrint(count: items.count, separator: separator, terminator: terminator, to: .stdout) {
        str(items[$0], plain: plain)
    }
}

/// Python's `print(..., file=sys.stderr)`: the same, to the given stream.
public func print(_ items: Any..., separator: String = " ", terminator: String = "\n", file: StdStream) {
    let plain = Context.world.plainTypes
    pythonPrint(count: items.count, separator: separator, terminator: terminator, to: file) {
        str(items[$0], plain: plain)
    }
}

/// CPython's `print` for callers that make each item's text themselves (a `__str__` may run code or raise):
/// `item(i)` is called for items 0 to `count - 1` in order, each after the separator before it was written. The
/// separator (before every item but the first), each item's text and the terminator are each a write and a place
/// where another thread may run; empty pieces write nothing. If `item` throws, what was written stays written.
///
/// A schedule that never switches between these writes (the default one, like CPython's switch interval, switches
/// only at blocking calls or after many steps) gets the line as one write, so its runs and traces are unchanged.
public func pythonPrint(
    count: Int, separator: String, terminator: String, to stream: StdStream, item: (Int) throws -> String
) rethrows {
    let world = Context.world
    if world.runtime.control.preemptsBetweenOperations {
        for index in 0..<count {
            if index > 0, !separator.isEmpty { world.write(separator, to: stream) }
            let text = try item(index)
            if !text.isEmpty { world.write(text, to: stream) }
        }
        if !terminator.isEmpty { world.write(terminator, to: stream) }
        return
    }
    var line = ""
    do {
        for index in 0..<count {
            if index > 0 { line += separator }
            line += try item(index)
        }
    } catch {
        if !line.isEmpty { world.write(line, to: stream) }
        throw error
    }
    world.write(line + terminator, to: stream)
}
