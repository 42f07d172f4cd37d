extension PyObject {
    /// `x[key]`.
    public subscript(_ key: PyObject) -> PyObject {
        get throws { try getItem(key) }
    }

    /// `x[key]`, with CPython's IndexError/KeyError/TypeError messages.
    public func getItem(_ key: PyObject) throws -> PyObject {
        switch storage {
        case .str(let text):
            let scalars = Array(text.unicodeScalars)
            if let slice = key.ref as? PySlice {
                return PyObject(
                    String(String.UnicodeScalarView(try slice.positions(count: scalars.count).map { scalars[$0] })))
            }
            let index = try sequenceIndex(key, count: scalars.count, kind: "string")
            return PyObject(String(scalars[index]))
        case .ref(let ref):
            switch ref {
            case let list as PyList:
                let items = list.snapshot()
                if let slice = key.ref as? PySlice {
                    return .list(try slice.positions(count: items.count).map { items[$0] })
                }
                return items[try sequenceIndex(key, count: items.count, kind: "list")]
            case let tuple as PyTuple:
                if let slice = key.ref as? PySlice {
                    return .tuple(try slice.positions(count: tuple.items.count).map { tuple.items[$0] })
                }
                return tuple.items[try sequenceIndex(key, count: tuple.items.count, kind: "tuple")]
            case let dict as PyDict:
                if let value = try dict.lookup(key) { return value }
                if let missing = dunder("__missing__") { return try missing.call([self, key]) }
                throw PyError(keyError: key)
            case let range as PyRange:
                guard let value = range.item(try key.asIndex()) else {
                    throw PyError.make(py.IndexError, "range object index out of range")
                }
                return PyObject(value)
            default: break
            }
        default: break
        }
        if let method = dunder("__getitem__") { return try method.call([self, key]) }
        if let type = asType, let method = type.lookup("__class_getitem__") { return try method.call([key]) }
        throw PyError.make(py.TypeError, "'\(typeName)' object is not subscriptable")
    }

    /// `x[key] = value`.
    public func setItem(_ key: PyObject, _ value: PyObject) throws {
        switch ref {
        case let list as PyList:
            if key.ref is PySlice {
                throw PyError.make(py.NotImplementedError, "slice assignment is not supported by docgen's lists")
            }
            let index = try key.asSequenceIndex(kind: "list")
            try list.mutate { items in
                let position = index < 0 ? items.count + index : index
                guard position >= 0, position < items.count else {
                    throw PyError.make(py.IndexError, "list assignment index out of range")
                }
                items[position] = value
            }
        case let dict as PyDict:
            try dict.store(key, value)
        default:
            if let method = dunder("__setitem__") {
                _ = try method.call([self, key, value])
                return
            }
            throw PyError.make(py.TypeError, "'\(typeName)' object does not support item assignment")
        }
    }

    /// `del x[key]`.
    public func delItem(_ key: PyObject) throws {
        switch ref {
        case let list as PyList:
            let index = try key.asSequenceIndex(kind: "list")
            try list.mutate { items in
                let position = index < 0 ? items.count + index : index
                guard position >= 0, position < items.count else {
                    throw PyError.make(py.IndexError, "list assignment index out of range")
                }
                items.remove(at: position)
            }
        case let dict as PyDict:
            if try dict.remove(key) == nil { throw PyError(keyError: key) }
        default:
            if let method = dunder("__delitem__") {
                _ = try method.call([self, key])
                return
            }
            throw PyError.make(py.TypeError, "'\(typeName)' object does not support item deletion")
        }
    }

    private func asSequenceIndex(kind: String) throws -> Int {
        switch storage {
        case .int, .bool: return try asIndex()
        default:
            if dunder("__index__") != nil { return try asIndex() }
            throw PyError.make(py.TypeError, "\(kind) indices must be integers or slices, not \(typeName)")
        }
    }
}

/// The position `key` names in a sequence of `count` items, or IndexError "list index out of range".
private func sequenceIndex(_ key: PyObject, count: Int, kind: String) throws -> Int {
    let index: Int
    switch key.storage {
    case .int, .bool: index = try key.asIndex()
    default:
        if key.dunder("__index__") != nil {
            index = try key.asIndex()
        } else {
            throw PyError.make(py.TypeError, "\(kind) indices must be integers or slices, not \(key.typeName)")
        }
    }
    let position = index < 0 ? count + index : index
    guard position >= 0, position < count else { throw PyError.make(py.IndexError, "\(kind) index out of range") }
    return position
}
