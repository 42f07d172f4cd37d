/// A dict key or set member: the object with its Python hash, compared as Python compares keys (`1 == 1.0 == True`,
/// tuples item by item, other objects by identity unless their class is a dataclass or defines `__eq__`/`__hash__`
/// natively). The hash is computed when the key is made, outside `PyLock`.
struct PyKey: Hashable, @unchecked Sendable {
    let object: PyObject
    let hashValueForPython: Int
    /// What equality compares: the object, with dataclass instances replaced by their class and fields (computed
    /// here, outside `PyLock`, since it reads attributes).
    private let form: PyObject

    init(_ object: PyObject) throws {
        self.object = object
        hashValueForPython = try pyHash(object)
        form = try keyForm(object)
    }

    func hash(into hasher: inout Hasher) { hasher.combine(hashValueForPython) }

    static func == (lhs: PyKey, rhs: PyKey) -> Bool {
        lhs.hashValueForPython == rhs.hashValueForPython && keysEqual(lhs.form, rhs.form)
    }
}

/// Python's `hash(x)`: TypeError "unhashable type: 'list'" for mutable containers.
func pyHash(_ object: PyObject) throws -> Int {
    switch object.storage {
    case .none: return 0x5f3b_a1c9
    case .bool(let value): return value ? 1 : 0
    case .int(let value): return value == -1 ? -2 : value
    case .float(let value):
        if let exact = Int(exactly: value) { return exact == -1 ? -2 : exact }
        return value.hashValue
    case .str(let text): return text.hashValue
    case .ref(let ref):
        switch ref {
        case let tuple as PyTuple:
            var hasher = Hasher()
            for item in tuple.items { hasher.combine(try pyHash(item)) }
            return hasher.finalize()
        case let set as PySet where set.frozen:
            var total = 0
            for item in set.snapshot() { total ^= try pyHash(item) }
            return total
        case is PyList, is PyDict, is PySet:
            throw PyError.make(py.TypeError, "unhashable type: '\(object.typeName)'")
        case let method as PyBoundMethod:
            var hasher = Hasher()
            hasher.combine(method.receiver.ref.map(ObjectIdentifier.init))
            if method.receiver.ref == nil { hasher.combine(try pyHash(method.receiver)) }
            hasher.combine(method.function.ref.map(ObjectIdentifier.init))
            return hasher.finalize()
        default:
            if let method = object.pyType.userOverride("__hash__") {
                if method.isNone { throw PyError.make(py.TypeError, "unhashable type: '\(object.typeName)'") }
                let result = try method.call([object])
                guard case .int(let value) = result.storage else {
                    throw PyError.make(py.TypeError, "__hash__ method should return an integer")
                }
                return value
            }
            if let fields = try dataclassKey(object) { return try pyHash(fields) }
            if object.pyType.userOverride("__eq__") != nil {
                throw PyError.make(py.TypeError, "unhashable type: '\(object.typeName)'")
            }
            return ObjectIdentifier(ref).hashValue
        }
    }
}

/// The form of a key that `keysEqual` compares: tuples item by item, a dataclass instance as a tuple of its class and
/// its fields.
private func keyForm(_ object: PyObject) throws -> PyObject {
    if let tuple = object.ref as? PyTuple { return .tuple(try tuple.items.map(keyForm)) }
    if let method = object.ref as? PyBoundMethod { return method.keyForm }
    if let fields = try dataclassKey(object) {
        return .tuple([PyObject(ref: object.pyType)] + (try fields.items().map(keyForm)))
    }
    return object
}

/// Key equality, never running Python code (it runs under `PyLock`): numbers and strs by value, tuples by items,
/// dataclass instances by their fields, anything else by identity.
private func keysEqual(_ lhs: PyObject, _ rhs: PyObject) -> Bool {
    switch (lhs.storage, rhs.storage) {
    case (.none, .none): return true
    case (.str(let a), .str(let b)): return a == b
    case (.ref(let a), .ref(let b)):
        if a === b { return true }
        if let a = a as? PyTuple, let b = b as? PyTuple {
            return a.items.count == b.items.count && zip(a.items, b.items).allSatisfy { keysEqual($0, $1) }
        }
        return false
    default:
        if let a = lhs.numericValue, let b = rhs.numericValue { return a == b }
        return false
    }
}

extension PyObject {
    /// The value of a bool, int or float as a Double, for mixed comparisons (nil for anything else).
    var numericValue: Double? {
        switch storage {
        case .bool(let value): return value ? 1 : 0
        case .int(let value): return Double(value)
        case .float(let value): return value
        default: return nil
        }
    }
}
