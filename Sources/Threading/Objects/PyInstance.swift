/// An instance of a class made by `pyclass`, or of a builtin class with instance attributes (an exception, a thread):
/// its class, its `__dict__`, and the state its builtin base keeps (`native`).
class PyInstance: PyRef, @unchecked Sendable {
    let cls: PyType
    let dict = PyAttributes()
    /// The builtin base's state: an exception's arguments, the Threading primitive a `Lock` or `Thread` wraps.
    var native: AnyObject?

    init(cls: PyType, native: AnyObject? = nil) {
        self.cls = cls
        self.native = native
    }

    override var pyType: PyType { cls }
    override var attributes: PyAttributes? { dict }
}

extension PyObject {
    /// The builtin state of an instance, as `T` (nil when it is something else).
    func native<T: AnyObject>(_ type: T.Type) -> T? {
        guard case .ref(let ref) = storage, let instance = ref as? PyInstance else { return nil }
        return instance.native as? T
    }
}
