/// A Python dict: insertion-ordered keys. Reads and writes are shared accesses of the dict, under `PyLock`.
final class PyDict: PyRef, @unchecked Sendable {
    private var keys: [PyKey] = []
    private var values: [PyObject] = []
    private var index: [PyKey: Int] = [:]
    /// Bumped by every insertion or removal, so iterators notice "dictionary changed size during iteration".
    private(set) var version = 0

    override var pyType: PyType { PyTypes.dict }

    /// `d[key] = value`.
    func store(_ key: PyObject, _ value: PyObject) throws {
        let key = try PyKey(key)
        PyAccess.write(self)
        PyLock.withLock {
            if let position = index[key] {
                values[position] = value
            } else {
                index[key] = keys.count
                keys.append(key)
                values.append(value)
                version += 1
            }
        }
    }

    /// `d.get(key)`: nil when missing.
    func lookup(_ key: PyObject) throws -> PyObject? {
        let key = try PyKey(key)
        PyAccess.read(self)
        return PyLock.withLock { index[key].map { values[$0] } }
    }

    /// Removes `key`, giving its value (nil when missing).
    func remove(_ key: PyObject) throws -> PyObject? {
        let key = try PyKey(key)
        PyAccess.write(self)
        return PyLock.withLock {
            guard let position = index.removeValue(forKey: key) else { return nil }
            keys.remove(at: position)
            let value = values.remove(at: position)
            for later in position..<keys.count { index[keys[later]] = later }
            version += 1
            return value
        }
    }

    /// The pairs now, in order (a shared read).
    func snapshot() -> [(PyObject, PyObject)] {
        PyAccess.read(self)
        return PyLock.withLock { zip(keys.map(\.object), values).map { ($0, $1) } }
    }

    var count: Int {
        PyAccess.read(self)
        return PyLock.withLock { keys.count }
    }

    /// The pair at `position` and the version, for iterators (nil past the end).
    func entry(at position: Int) -> (key: PyObject, value: PyObject, version: Int)? {
        PyAccess.read(self)
        return PyLock.withLock { position < keys.count ? (keys[position].object, values[position], version) : nil }
    }

    func removeAll() {
        PyAccess.write(self)
        PyLock.withLock {
            keys.removeAll()
            values.removeAll()
            index.removeAll()
            version += 1
        }
    }

    /// Removes and gives the last pair (nil when empty).
    func popLast() -> (PyObject, PyObject)? {
        PyAccess.write(self)
        return PyLock.withLock {
            guard let key = keys.popLast() else { return nil }
            index[key] = nil
            version += 1
            return (key.object, values.removeLast())
        }
    }
}

extension PyTypes {
    static let dict: PyType = {
        let type = PyType(builtin: "dict", base: object)
        type.construct = { _, args, kwargs in
            let dict = PyDict()
            if let source = args.first { try update(dict, from: source) }
            for (name, value) in kwargs { try dict.store(PyObject(name), value) }
            return PyObject(ref: dict)
        }
        type.method("get", ["key", "default="], defaults: [.None]) { a in
            try a[0].asDict().lookup(a[1]) ?? a[2]
        }
        type.method("keys") { a in PyObject(ref: PyDictView(try a[0].asDict(), kind: .keys)) }
        type.method("values") { a in PyObject(ref: PyDictView(try a[0].asDict(), kind: .values)) }
        type.method("items") { a in PyObject(ref: PyDictView(try a[0].asDict(), kind: .items)) }
        type.method("pop", ["key", "default="], defaults: [.unbound]) { a in
            if let value = try a[0].asDict().remove(a[1]) { return value }
            if !a[2].isUnbound { return a[2] }
            throw PyError(keyError: a[1])
        }
        type.method("popitem") { a in
            guard let (key, value) = try a[0].asDict().popLast() else {
                throw PyError.make(py.KeyError, "popitem(): dictionary is empty")
            }
            return .tuple([key, value])
        }
        type.method("setdefault", ["key", "default="], defaults: [.None]) { a in
            let dict = try a[0].asDict()
            if let value = try dict.lookup(a[1]) { return value }
            try dict.store(a[1], a[2])
            return a[2]
        }
        type.method("update", ["other=", "**kwargs"], defaults: [.None]) { a in
            let dict = try a[0].asDict()
            if !a[1].isNone { try update(dict, from: a[1]) }
            for (key, value) in try a[2].asDict().snapshot() { try dict.store(key, value) }
            return .None
        }
        type.method("clear") { a in
            try a[0].asDict().removeAll()
            return .None
        }
        type.method("copy") { a in try PyObject.dict(try a[0].asDict().snapshot()) }
        return type
    }()

    /// `dict.update(source)`: another dict's pairs, or an iterable of pairs.
    static func update(_ dict: PyDict, from source: PyObject) throws {
        if let other = source.ref as? PyDict {
            for (key, value) in other.snapshot() { try dict.store(key, value) }
            return
        }
        for item in try source.items() {
            let pair = try item.unpack(2)
            try dict.store(pair[0], pair[1])
        }
    }
}

extension PyError {
    /// `KeyError(key)`.
    init(keyError key: PyObject) {
        self = PyError.make(py.KeyError, nil)
        value.exceptionState?.args = [key]
    }
}

extension PyObject {
    func asDict() throws -> PyDict {
        guard let dict = ref as? PyDict else {
            throw PyError.make(py.TypeError, "descriptor requires a 'dict' object but received a '\(typeName)'")
        }
        return dict
    }
}

/// `d.keys()`, `d.values()`, `d.items()`: live views of a dict.
final class PyDictView: PyRef, @unchecked Sendable {
    enum Kind { case keys, values, items }
    let dict: PyDict
    let kind: Kind

    init(_ dict: PyDict, kind: Kind) {
        self.dict = dict
        self.kind = kind
    }

    override var pyType: PyType {
        switch kind {
        case .keys: return PyTypes.dictKeys
        case .values: return PyTypes.dictValues
        case .items: return PyTypes.dictItems
        }
    }

    func element(_ key: PyObject, _ value: PyObject) -> PyObject {
        switch kind {
        case .keys: return key
        case .values: return value
        case .items: return .tuple([key, value])
        }
    }

    func snapshot() -> [PyObject] { dict.snapshot().map { element($0, $1) } }
}

extension PyTypes {
    static let dictKeys = dictView("dict_keys")
    static let dictValues = dictView("dict_values")
    static let dictItems = dictView("dict_items")

    private static func dictView(_ name: String) -> PyType {
        let type = PyType(builtin: name, base: object)
        type.method("__repr__") { a in
            let view = a[0].ref as! PyDictView
            return PyObject("\(name)([" + (try view.snapshot().map(pyRepr).joined(separator: ", ")) + "])")
        }
        return type
    }
}
