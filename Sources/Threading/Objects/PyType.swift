/// A Python class: builtin (`int`, `list`, `ValueError`, `threading.Thread`) or made by `pyclass`. Its namespace holds
/// methods and class attributes; `mro` is Python's C3 method resolution order.
final class PyType: PyRef, @unchecked Sendable {
    let name: String
    var qualname: String
    var module: String
    let bases: [PyType]
    private(set) var mro: [PyType] = []
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
        super.init()
        mro = try [self] + PyType.merge(bases.map(\.mro) + [bases], className: name)
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

    /// Whether `self` is `other` or a subclass of it.
    func isSubtype(of other: PyType) -> Bool { self === other || mro.contains { $0 === other } }

    /// The attribute `name` found along the MRO (a shared read of each user class's namespace it looks in). A builtin
    /// class's namespace is filled before the class is published and never changed after (`setattr` on it raises), so
    /// it is read without `PyLock`.
    func lookup(_ name: PyName) -> PyObject? {
        for type in mro {
            if type.isBuiltin {
                if let value = type.dict[name] { return value }
                continue
            }
            PyAccess.read(type)
            if let value = PyLock.withLock({ type.dict[name] }) { return value }
        }
        return nil
    }

    /// `lookup` of a name given as a `String`.
    @_disfavoredOverload
    func lookup(_ name: String) -> PyObject? { lookup(PyName(name)) }

    /// The first `construct` along the MRO (every class reaches `object`'s).
    var constructor: (PyType, [PyObject], [(String, PyObject)]) throws -> PyObject {
        for type in mro { if let construct = type.construct { return construct } }
        return PyTypes.object.construct!
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

    /// Adds a builtin method (bound to the instance when read through one): `body` gets `self` then the parameters.
    func method(
        _ name: String, _ params: [String] = [], defaults: [PyObject] = [],
        _ body: @escaping ([PyObject]) throws -> PyObject
    ) {
        let signature = PySignature(["self"] + params, defaults: defaults)
        dict[name] = PyObject(
            ref: PyBuiltin(name: name, owner: self.name, signature: signature, isMethod: true, body: body))
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
