/// Python 3.13's `Queue.shutdown(immediate=False)` and `queue.ShutDown` for translated code, on Threading's
/// `Queue.shutdown(immediate:)` (CPython's `Lib/queue.py` semantics: later `put`s raise `ShutDown`, as do `put`s
/// blocked on a full queue; `get`s hand out what is left, then raise `ShutDown`; `immediate` drops the items still
/// queued, counting them as done, so `join()` waits only for the items already handed out). `SimpleQueue` has none.
protocol ShutdownableQueue: AnyObject {
    func shutdown(immediate: Bool)
}

extension Queue: ShutdownableQueue {}

extension PyQueueModule {
    /// Adds `shutdown(immediate=False)` to a queue type.
    static func addShutdown(to type: PyType) {
        type.method("shutdown", ["immediate="], defaults: [false]) { a in
            let box = try a[0].wrapped(PyQueueBox.self, for: "shutdown")
            guard let queue = box.queue as? ShutdownableQueue else {
                throw PyError.noAttribute(a[0], "shutdown", "'\(a[0].typeName)' object has no attribute 'shutdown'")
            }
            queue.shutdown(immediate: try a[1].isTrue)
            return .None
        }
    }

    /// `queue.ShutDown`, the exception `put` and `get` raise on a shut-down queue.
    static func addShutDown(to module: PyModuleTemplate) {
        module.set("ShutDown", PyObject(ref: PyTypes.QueueShutDown))
    }
}
