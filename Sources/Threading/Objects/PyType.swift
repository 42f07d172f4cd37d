/// A Python class: builtin (`int`, `list`, `ValueError`, `threading.Thread`) or made by `pyclass`. Its namespace holds
/// methods and class attributes; `mro` is Python's C3 method resolution order.
///
/// The class keeps the MRO without itself (`ancestors`): a class listing itself would hold itself, and every class a
/// run defines (with its methods and what they capture) would outlive the run.
final class PyType: PyRef, @unchecked Sendable {
    let name: String
    var qualname: String
    var module: String
    let bases: [PyType]
    /// The MRO after this class: its bases' linearisations merged.
    private(set) var ancestors: [PyType] = []
    /// The class namespace (`__dict__`); guarded by `PyLock`.
    let dict = PyAttributes()
    let isBuiltin: Bool
    /// `__new__` of a builtin class: makes the new object of `cls` (this class or a subclass) from the call's
    /// arguments. A class without one inherits its first base's.
    var construct: ((_ cls: PyType, _ args: [PyObject], _ kwargs: [(String, PyObject)]) throws -> PyObject)?

    init(name: String, module: String, bases: [PyType], isBuiltin: Bool) throws {
        self.name = name
        self.qualname = name
        self.module = module
        self.bases = bases
        self.isBuiltin = isBuiltin
        // A builtin class is the process's, made once on first use, maybe in a searched run: it takes no number.
        let watching = isBuiltin ? StepFootprint.suspend() : nil
        super.init()
        StepFootprint.resume(watching)
        ancestors = try PyType.merge(bases.map(\.mro) + [bases], className: name)
    }

    /// A builtin class (never fails: builtin hierarchies are linear or consistent).
    convenience init(builtin name: String, module: String = "builtins", base: PyType?) {
        try! self.init(name: name, module: module, bases: base.map { [$0] } ?? [], isBuiltin: true)
    }

    override var pyType: PyType { PyTypes.type }
    override var attributes: PyAttributes? { dict }

    /// The name a traceback or `repr` shows: `ValueError`, `queue.Full`, `__main__.Job` (`qualified(main: false)`
    /// leaves out `builtins.` and `__main__.`).
    func qualified(withMain: Bool) -> String {
        if module == "builtins" || (!withMain && module == "__main__") { return qualname }
        return module + "." + qualname
    }

    /// Python's method resolution order: this class, then its ancestors (a new array: hot paths use `alongMRO`).
    var mro: [PyType] { [self] + ancestors }

    /// The first non-nil `body(type)` for the types of the MRO in order.
    @inline(__always)
    func alongMRO<T>(_ body: (PyType) -> T?) -> T? {
        if let found = body(self) { return found }
        for type in ancestors { if let found = body(type) { return found } }
        return nil
    }

    /// Whether `self` is `other` or a subclass of it.
    func isSubtype(of other: PyType) -> Bool { self === other || ancestors.contains { $0 === other } }

    /// The attribute `name` found along the MRO (a shared read of each user class's namespace it looks in). A builtin
    /// class's namespace is filled before the class is published and never changed after (`setattr` on it raises), so
    /// it is read without `PyLock`.
    func lookup(_ name: PyName) -> PyObject? {
        alongMRO { type in
            if type.isBuiltin { return type.dict[name] }
            PyAccess.read(type)
            return PyLock.withLock { type.dict[name] }
        }
    }

    /// `lookup` of a name given as a `String`.
    @_disfavoredOverload
    func lookup(_ name: String) -> PyObject? { lookup(PyName(name)) }

    /// The first `construct` along the MRO (every class reaches `object`'s).
    var constructor: (PyType, [PyObject], [(String, PyObject)]) throws -> PyObject {
        alongMRO(\.construct) ?? PyTypes.object.construct!
    }

    /// C3 merge of the bases' linearisations; TypeError as CPython words it when none exists.
    private static func merge(_ sequences: [[PyType]], className: String) throws -> [PyType] {
        var sequences = sequences.filter { !$0.isEmpty }
        var result: [PyType] = []
        while !sequences.isEmpty {
            guard
                let head = sequences.lazy.map({ $0[0] }).first(where: { candidate in
                    !sequences.contains { $0.dropFirst().contains { $0 === candidate } }
                })
            else {
                let names = sequences.map { $0[0].name }
                throw PyError.make(
                    py.TypeError,
                    "Cannot create a consistent method resolution order (MRO) for bases "
                        + names.joined(separator: ", "))
            }
            result.append(head)
            sequences = sequences.map { $0.first === head ? Array($0.dropFirst()) : $0 }.filter { !$0.isEmpty }
        }
        return result
    }

    /// Adds a builtin method (bound to the instance when read through one): `body` gets `self` then the parameters;
    /// `bodies` may do the same for the calls it names without binding them (it must agree with `body`).
    func method(
        _ name: String, _ params: [String] = [], defaults: [PyObject] = [], bodies: PyQuickBodies = .none,
        _ body: @escaping ([PyObject]) throws -> PyObject
    ) {
        let signature = PySignature(["self"] + params, defaults: defaults)
        dict[name] = PyObject(
            ref: PyBuiltin(
                name: name, owner: self.name, signature: signature, isMethod: true, bodies: bodies, body: body))
    }

    /// Adds a builtin read-only attribute computed from the instance (a data descriptor, like a getset).
    func getter(_ name: String, _ body: @escaping (PyObject) throws -> PyObject) {
        dict[name] = PyObject(
            ref: PyProperty(
                getter: PyObject(
                    ref: PyBuiltin(
                        name: name, owner: self.name, signature: PySignature(["self"]), isMethod: false,
                        body: { try body($0[0]) })), setter: nil, builtinName: name, owner: self.name))
    }

    /// Adds a builtin read-write attribute.
    func property(
        _ name: String, get: @escaping (PyObject) throws -> PyObject, set: @escaping (PyObject, PyObject) throws -> Void
    ) {
        let getter = PyBuiltin(
            name: name, owner: self.name, signature: PySignature(["self"]), isMethod: false, body: { try get($0[0]) })
        let setter = PyBuiltin(
            name: name, owner: self.name, signature: PySignature(["self", "value"]), isMethod: false,
            body: {
                try set($0[0], $0[1])
                return .None
            })
        dict[name] = PyObject(
            ref: PyProperty(
                getter: PyObject(ref: getter), setter: PyObject(ref: setter), builtinName: name, owner: self.name))
    }
}

extension PyObject {
    /// The value's class, `type(x)`.
    var pyType: PyType {
        switch storage {
        case .none: return PyTypes.NoneType
        case .bool: return PyTypes.bool
        case .int: return PyTypes.int
        case .float: return PyTypes.float
        case .str: return PyTypes.str
        case .ref(let ref): return ref.pyType
        }
    }

    /// The class name CPython's messages use (`'int'`, `'Job'`).
    var typeName: String { pyType.name }

    /// The class, if this value is one.
    var asType: PyType? { ref as? PyType }
}
