/// An instance of `threading.local` (or a subclass): its attributes are separate in each thread. A subclass's
/// `__init__` runs again, with the constructor's arguments, the first time another thread uses the object, as in
/// CPython.
final class PyLocalInstance: PyInstance, @unchecked Sendable {
    /// The constructor's arguments, for the `__init__` of each further thread.
    var initArguments: ([PyObject], [(String, PyObject)])?

    override var hasThreadLocalAttributes: Bool { true }

    override var attributes: PyAttributes? {
        let core = Context.current
        let key = ObjectIdentifier(self)
        if let dict = core.locals[key]?[""] as? PyAttributes { return dict }
        let dict = PyAttributes()
        core.locals[key, default: [:]][""] = dict
        if let (args, kwargs) = initArguments, let initialiser = cls.userOverride("__init__") {
            _ = try? initialiser.call([PyObject(ref: self)] + args, kwargs: kwargs)
        }
        return dict
    }
}

extension PyType {
    /// Whether instances are thread-local (the class is `threading.local` or derives from it).
    var makesLocal: Bool { isSubtype(of: PyThreadingTypes.local) }
}
