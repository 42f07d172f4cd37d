/// A Python module: the program's globals (`PyGlobals`) or an imported module (`py_import("threading")`). Each
/// global name is its own shared variable (its own number under exhaustive search), so threads that touch different
/// globals do not conflict.
final class PyModule: PyRef, @unchecked Sendable {
    let name: String
    /// True for the program's own namespace: a missing name is looked up in builtins, then is a NameError.
    let isGlobals: Bool
    let source: PySource?
    private var slots: [String: Slot] = [:]
    /// What assigning some names does besides binding them (`threading.excepthook = hook` installs the hook).
    var onSet: [String: (PyObject) -> Void] = [:]
    private var order: [String] = []

    private final class Slot {
        var value: PyObject
        let id = StepFootprint.newObjectID()
        init(_ value: PyObject) { self.value = value }
    }

    init(name: String, isGlobals: Bool = false, source: PySource? = nil) {
        self.name = name
        self.isGlobals = isGlobals
        self.source = source
        super.init()
        source?.belongs(to: self)
    }

    override var pyType: PyType { PyTypes.module }

    /// A global's value (a shared read).
    func get(_ name: String) throws -> PyObject {
        if let slot = PyLock.withLock({ slots[name] }) {
            PyAccess.read(slot.id)
            let value = PyLock.withLock { slot.value }
            if !value.isUnbound { return value }
        }
        if name == "__dict__" {
            return try PyObject.dict(PyLock.withLock { order.map { (PyObject($0), slots[$0]!.value) } })
        }
        if isGlobals {
            if let builtin = py.builtinsByName[name] { return builtin }
            throw PyError.make(py.NameError, "name '\(name)' is not defined")
        }
        throw PyError.noAttribute(PyObject(ref: self), name, "module '\(self.name)' has no attribute '\(name)'")
    }

    /// Binds a global (a shared write).
    func set(_ name: String, _ value: PyObject) {
        let slot = PyLock.withLock { () -> Slot in
            if let slot = slots[name] { return slot }
            let slot = Slot(.unbound)
            slots[name] = slot
            order.append(name)
            return slot
        }
        PyAccess.write(slot.id)
        // The old value is released after `PyLock`: dropping its last reference may finalise it (an executor).
        let old = PyLock.withLock { () -> PyObject in
            defer { slot.value = value }
            return slot.value
        }
        withExtendedLifetime(old) {}
        onSet[name]?(value)
    }

    /// The names bound now, in the order first bound (`dir(module)` before sorting).
    var boundNames: [String] { PyLock.withLock { order.filter { !slots[$0]!.value.isUnbound } } }

    /// `del name`: unbinds it, releasing its value (after `PyLock`: dropping the last reference may finalise it, as
    /// CPython's reference counting does, e.g. an executor's workers end).
    func delete(_ name: String) throws {
        let missing =
            isGlobals
            ? PyError.make(py.NameError, "name '\(name)' is not defined")
            : PyError.make(py.AttributeError, "module '\(self.name)' has no attribute '\(name)'")
        guard let slot = PyLock.withLock({ slots[name] }) else { throw missing }
        PyAccess.write(slot.id)
        let old = PyLock.withLock { () -> PyObject in
            defer { slot.value = .unbound }
            return slot.value
        }
        if old.isUnbound { throw missing }
    }
}

extension PyTypes {
    static let module: PyType = {
        let type = PyType(builtin: "module", base: object)
        type.method("__repr__") { a in
            let module = a[0].ref as! PyModule
            return PyObject(module.isGlobals ? "<module '\(module.name)'>" : "<module '\(module.name)' (built-in)>")
        }
        return type
    }()
}

extension PyObject {
    /// A slot's value after `del` (never visible to Python code).
    static let unbound = PyObject(ref: PyUnbound())
    var isUnbound: Bool { ref is PyUnbound }
}

private final class PyUnbound: PyRef, @unchecked Sendable {}

/// The program's module namespace, `__main__`: `let g = PyGlobals(file: "content/x.md", source: [12: "count = 0"])`.
/// Its reads (`try g.count`) and writes (`g.count = 0`) are shared accesses; a missing name is looked up in
/// builtins, then raises NameError. Creating it starts the `<module>` frame of the calling thread, named after `file`.
public func PyGlobals(file: String = "<cell>", source: [Int: String] = [:], name: String = "__main__") -> PyObject {
    let module = PyModule(name: name, isGlobals: true, source: PySource(file: file, lines: source, module: name))
    module.set("__name__", PyObject(name))
    module.set("__file__", PyObject(file))
    let frames = PyFrames.current
    frames.push(PyFrame(name: "<module>", source: module.source))
    return PyObject(ref: module)
}
