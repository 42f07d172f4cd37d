/// A Python module: the program's globals (`PyGlobals`) or an imported module (`py_import("threading")`). Each
/// global name is its own shared location (the module's number with the name, `SharedAccess.access(_:member:…)`), so
/// threads that touch different globals do not conflict.
///
/// An imported module starts from its `PyModuleTemplate`, made once per process: its names keep the template's
/// positions and their values are copied (one array), so an import builds no functions and finding a name in it
/// takes no lock.
final class PyModule: PyRef, @unchecked Sendable {
    let name: String
    /// True for the program's own namespace: a missing name is looked up in builtins, then is a NameError.
    let isGlobals: Bool
    let source: PySource?
    /// What assigning some names does besides binding them (`threading.excepthook = hook` installs the hook).
    var onSet: [String: (PyObject) -> Void] = [:]
    /// The names an import binds, at fixed positions of `templateValues` (finding one needs no lock).
    private let template: PyModuleTemplate?
    /// The template's positions of its names (empty without a template).
    private let positions: [PyName: Int]
    /// The module's own lock, guarding its names' values (not `PyLock`): a run's modules are its own, so runs carried in
    /// parallel never take the same one, where every global read of theirs would take `PyLock`.
    private let lock = PySpinLock()
    /// The template's names' values now, by position; guarded by `lock`.
    private var templateValues: [PyObject]
    /// The other names' values, guarded by `lock`. A name once bound stays (`del` leaves it unbound).
    private var values: [PyName: PyObject] = [:]
    /// The other names in the order first bound, guarded by `lock`.
    private var order: [PyName] = []

    init(name: String, isGlobals: Bool = false, source: PySource? = nil) {
        self.name = name
        self.isGlobals = isGlobals
        self.source = source
        template = nil
        positions = [:]
        templateValues = []
        super.init()
        source?.belongs(to: self)
    }

    /// A module imported from `template`, with `fresh` values (made for this import) in place of the template's
    /// placeholders. Binds each name as the module's body does in CPython: one shared write per name, in order.
    init(template: PyModuleTemplate, fresh: [String: PyObject] = [:]) {
        name = template.name
        isGlobals = false
        source = nil
        self.template = template
        positions = template.positions
        var values = template.values
        for (name, value) in fresh { values[template.positions[PyName(name)]!] = value }
        templateValues = values
        super.init()
        for name in template.names { PyAccess.writeGlobal(name, of: self) }
    }

    override var pyType: PyType { PyTypes.module }

    /// A global's value (a shared read).
    func get(_ name: PyName) throws -> PyObject {
        if let position = positions[name] {
            PyAccess.readGlobal(name.text, of: self)
            let value = lock.withLock { templateValues[position] }
            if !value.isUnbound { return value }
        } else if lock.withLock({ values[name] != nil }) {
            PyAccess.readGlobal(name.text, of: self)
            let value = lock.withLock { values[name]! }
            if !value.isUnbound { return value }
        }
        if name == PyName.dunderDict {
            return try PyObject.dict(lock.withLock { namesAndValues.map { (PyObject($0.0), $0.1) } })
        }
        if isGlobals {
            if let builtin = py.builtinsByName[name] { return builtin }
            throw PyError.make(py.NameError, "name '\(name)' is not defined")
        }
        throw PyError.noAttribute(PyObject(ref: self), name.text, "module '\(self.name)' has no attribute '\(name)'")
    }

    /// Binds a global (a shared write).
    func set(_ name: String, _ value: PyObject) {
        // The old value is released after the lock: dropping its last reference may finalise it (an executor).
        withExtendedLifetime(replace(name, with: value)) {}
        onSet[name]?(value)
    }

    /// Unbinds every name of a program's namespace once the run that made it is over, releasing the values after
    /// the lock (as `delete` does): the functions and classes bound here capture the module, so it would never be
    /// freed otherwise.
    func unbindAll() {
        let old = lock.withLock { () -> [PyObject] in
            defer {
                values = [:]
                order = []
                onSet = [:]
            }
            return Array(values.values)
        }
        withExtendedLifetime(old) {}
        source?.forgetGlobals()
    }

    /// Every name with its value (unbound ones too), in the order first bound; called holding `lock`.
    private var namesAndValues: [(String, PyObject)] {
        Array(zip(template?.names ?? [], templateValues)) + order.map { ($0.text, values[$0]!) }
    }

    /// The names bound now, in the order first bound (`dir(module)` before sorting).
    var boundNames: [String] { lock.withLock { namesAndValues.filter { !$0.1.isUnbound }.map(\.0) } }

    /// `del name`: unbinds it, releasing its value (after the lock: dropping the last reference may finalise it, as
    /// CPython's reference counting does, e.g. an executor's workers end).
    func delete(_ name: String) throws {
        let missing =
            isGlobals
            ? PyError.make(py.NameError, "name '\(name)' is not defined")
            : PyError.make(py.AttributeError, "module '\(self.name)' has no attribute '\(name)'")
        let key = PyName(name)
        guard template?.positions[key] != nil || lock.withLock({ values[key] != nil }) else { throw missing }
        let old = replace(name, with: .unbound)
        if old.isUnbound { throw missing }
    }

    /// Binds `name` to `value` (a shared write), making its place first if it has none; returns the old value
    /// (`.unbound` for a new name), to be released after the lock.
    private func replace(_ name: String, with value: PyObject) -> PyObject {
        let key = PyName(name)
        if let position = template?.positions[key] {
            PyAccess.writeGlobal(name, of: self)
            return lock.withLock {
                defer { templateValues[position] = value }
                return templateValues[position]
            }
        }
        lock.withLock {
            if values[key] == nil {
                values[key] = .unbound
                order.append(key)
            }
        }
        PyAccess.writeGlobal(name, of: self)
        return lock.withLock { values.updateValue(value, forKey: key)! }
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
    var isUnbound: Bool {
        if case .ref(let ref) = storage { return ref is PyUnbound }
        return false
    }
}

private final class PyUnbound: PyRef, @unchecked Sendable {
    override class var isNumbered: Bool { false }
}

/// The program's module namespace, `__main__`: `let g = PyGlobals(file: "content/x.md", source: [12: "count = 0"])`.
/// Its reads (`try g.count`) and writes (`g.count = 0`) are shared accesses; a missing name is looked up in
/// builtins, then raises NameError. Creating it starts the `<module>` frame of the calling thread, named after `file`.
public func PyGlobals(file: String = "<cell>", source: [Int: String] = [:], name: String = "__main__") -> PyObject {
    programGlobals(
        PySource(file: file, lines: source, module: name, lineOffset: PyFrames.current.lineOffset), name: name)
}

/// The program's module namespace, as `PyGlobals(file:source:name:)`, with the program's lines given as one text
/// (line 1 first, lines joined by newlines): what translated scenarios pass, a constant rather than a table built on
/// every run.
public func PyGlobals(file: String = "<cell>", source: String, name: String = "__main__") -> PyObject {
    programGlobals(
        PySource(file: file, text: source, module: name, lineOffset: PyFrames.current.lineOffset), name: name)
}

/// The module of `source` named `name`, with the calling thread's `<module>` frame started.
private func programGlobals(_ source: PySource, name: String) -> PyObject {
    let module = PyModule(name: name, isGlobals: true, source: source)
    Context.world.adoptNamespace(module)
    module.set("__name__", PyObject(name))
    module.set("__file__", PyObject(source.file))
    let frames = PyFrames.current
    frames.push(PyFrame(name: "<module>", source: module.source))
    return PyObject(ref: module)
}
