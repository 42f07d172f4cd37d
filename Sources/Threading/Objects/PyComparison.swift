/// Python's comparisons, truth and membership on `PyObject`.
extension PyObject {
    public static func == (lhs: PyObject, rhs: PyObject) throws -> PyObject { try richCompare(lhs, rhs, .equal) }
    public static func != (lhs: PyObject, rhs: PyObject) throws -> PyObject { try richCompare(lhs, rhs, .notEqual) }
    public static func < (lhs: PyObject, rhs: PyObject) throws -> PyObject { try richCompare(lhs, rhs, .less) }
    public static func <= (lhs: PyObject, rhs: PyObject) throws -> PyObject { try richCompare(lhs, rhs, .lessEqual) }
    public static func > (lhs: PyObject, rhs: PyObject) throws -> PyObject { try richCompare(lhs, rhs, .greater) }
    public static func >= (lhs: PyObject, rhs: PyObject) throws -> PyObject {
        try richCompare(lhs, rhs, .greaterEqual)
    }

    /// `a is b`: the same object (equal values for None, bools, ints, floats and strs, which CPython shares or
    /// interns in the programs the layer runs).
    public func `is`(_ other: PyObject) -> Bool {
        switch (storage, other.storage) {
        case (.none, .none): return true
        case (.bool(let a), .bool(let b)): return a == b
        case (.int(let a), .int(let b)): return a == b
        case (.float(let a), .float(let b)): return a == b
        case (.str(let a), .str(let b)): return a == b
        case (.ref(let a), .ref(let b)): return a === b
        default: return false
        }
    }

    /// `bool(x)`: `__bool__`, else `__len__`, else true.
    public var isTrue: Bool {
        get throws {
            switch storage {
            case .none: return false
            case .bool(let value): return value
            case .int(let value): return value != 0
            case .float(let value): return value != 0
            case .str(let text): return !text.isEmpty
            case .ref(let ref):
                switch ref {
                case let list as PyList: return list.count > 0
                case let tuple as PyTuple: return !tuple.items.isEmpty
                case let dict as PyDict: return dict.count > 0
                case let set as PySet: return set.count > 0
                case let range as PyRange: return range.count > 0
                case is PyType, is PyFunction, is PyBuiltin, is PyBoundMethod, is PyModule: return true
                default: break
                }
                if let method = dunder("__bool__") {
                    let result = try method.call([self])
                    guard case .bool(let value) = result.storage else {
                        throw PyError.make(py.TypeError, "__bool__ should return bool, returned \(result.typeName)")
                    }
                    return value
                }
                if dunder("__len__") != nil { return try length() > 0 }
                return true
            }
        }
    }
}

/// `item in container` (a Python bool; `.isTrue` in conditions).
public func contains(_ container: PyObject, _ item: PyObject) throws -> PyObject {
    PyObject(try isMember(item, of: container))
}

/// `item in container` as a Swift Bool.
func isMember(_ item: PyObject, of container: PyObject) throws -> Bool {
    switch container.storage {
    case .str(let text):
        guard case .str(let part) = item.storage else {
            throw PyError.make(py.TypeError, "'in <string>' requires string as left operand, not \(item.typeName)")
        }
        return part.isEmpty || text.contains(part)
    case .ref(let ref):
        switch ref {
        case let list as PyList: return try list.snapshot().contains { try $0.is(item) || pyEquals($0, item) }
        case let tuple as PyTuple: return try tuple.items.contains { try $0.is(item) || pyEquals($0, item) }
        case let dict as PyDict: return try dict.lookup(item) != nil
        case let set as PySet: return try set.contains(item)
        case let view as PyDictView:
            if view.kind == .keys { return try view.dict.lookup(item) != nil }
            return try view.snapshot().contains { try $0.is(item) || pyEquals($0, item) }
        case let range as PyRange:
            guard let value = item.intValue else { return false }
            return range.step > 0
                ? value >= range.start && value < range.stop && (value - range.start) % range.step == 0
                : value <= range.start && value > range.stop && (range.start - value) % -range.step == 0
        default: break
        }
    default: break
    }
    if let method = container.dunder("__contains__") { return try method.call([container, item]).isTrue }
    let iterator: PyObject
    do { iterator = try container.iterator() } catch let error as PyError where error.matches(py.TypeError) {
        throw PyError.make(py.TypeError, "argument of type '\(container.typeName)' is not iterable")
    }
    while let element = try iterator.nextItem() {
        if try element.is(item) || pyEquals(element, item) { return true }
    }
    return false
}

enum ComparisonOperator {
    case equal, notEqual, less, lessEqual, greater, greaterEqual

    var symbol: String {
        switch self {
        case .equal: return "=="
        case .notEqual: return "!="
        case .less: return "<"
        case .lessEqual: return "<="
        case .greater: return ">"
        case .greaterEqual: return ">="
        }
    }

    var dunder: String {
        switch self {
        case .equal: return "__eq__"
        case .notEqual: return "__ne__"
        case .less: return "__lt__"
        case .lessEqual: return "__le__"
        case .greater: return "__gt__"
        case .greaterEqual: return "__ge__"
        }
    }

    /// The operator with its operands swapped (`a < b` is `b > a`).
    var reflected: ComparisonOperator {
        switch self {
        case .equal: return .equal
        case .notEqual: return .notEqual
        case .less: return .greater
        case .lessEqual: return .greaterEqual
        case .greater: return .less
        case .greaterEqual: return .lessEqual
        }
    }
}

/// `a == b` as a Bool (containers compare their items with `is` first, as CPython).
func pyEquals(_ lhs: PyObject, _ rhs: PyObject) throws -> Bool {
    try richCompare(lhs, rhs, .equal).isTrue
}

/// `a < b` as a Bool.
func pyLess(_ lhs: PyObject, _ rhs: PyObject) throws -> Bool {
    try richCompare(lhs, rhs, .less).isTrue
}

/// Python's rich comparison: builtin types, then `lhs.__op__(rhs)`, then `rhs.__reflected__(lhs)`, then identity for
/// `==`/`!=`, else TypeError "'<' not supported between instances of 'A' and 'B'".
func richCompare(_ lhs: PyObject, _ rhs: PyObject, _ op: ComparisonOperator) throws -> PyObject {
    if let order = try builtinOrder(lhs, rhs, op) { return PyObject(order) }
    let reflectedFirst = rhs.pyType !== lhs.pyType && rhs.pyType.isSubtype(of: lhs.pyType)
    func attempt(_ object: PyObject, _ other: PyObject, _ op: ComparisonOperator) throws -> PyObject? {
        guard let method = object.dunder(op.dunder) else { return nil }
        let result = try method.call([object, other])
        return result.is(.NotImplemented) ? nil : result
    }
    if reflectedFirst, let result = try attempt(rhs, lhs, op.reflected) { return result }
    if let result = try attempt(lhs, rhs, op) { return result }
    if !reflectedFirst, let result = try attempt(rhs, lhs, op.reflected) { return result }
    switch op {
    case .equal: return PyObject(lhs.is(rhs))
    case .notEqual: return PyObject(!lhs.is(rhs))
    default:
        throw PyError.make(
            py.TypeError,
            "'\(op.symbol)' not supported between instances of '\(lhs.typeName)' and '\(rhs.typeName)'")
    }
}

/// Comparisons of builtin values (nil when the operands are not both builtin comparables).
private func builtinOrder(_ lhs: PyObject, _ rhs: PyObject, _ op: ComparisonOperator) throws -> Bool? {
    func decide<T: Comparable>(_ a: T, _ b: T) -> Bool {
        switch op {
        case .equal: return a == b
        case .notEqual: return a != b
        case .less: return a < b
        case .lessEqual: return a <= b
        case .greater: return a > b
        case .greaterEqual: return a >= b
        }
    }
    if let a = lhs.intValue, let b = rhs.intValue { return decide(a, b) }
    if let a = lhs.numericValue, let b = rhs.numericValue { return decide(a, b) }
    switch (lhs.storage, rhs.storage) {
    case (.none, .none): return op == .equal || op == .notEqual ? op == .equal : nil
    case (.str(let a), .str(let b)):
        let x = a.unicodeScalars.map(\.value)
        let y = b.unicodeScalars.map(\.value)
        let rank = x == y ? 0 : x.lexicographicallyPrecedes(y) ? -1 : 1
        return decide(rank, 0)
    default: break
    }
    switch (lhs.ref, rhs.ref) {
    case (let a as PyList, let b as PyList): return try sequenceOrder(a.snapshot(), b.snapshot(), op)
    case (let a as PyTuple, let b as PyTuple): return try sequenceOrder(a.items, b.items, op)
    case (let a as PyDict, let b as PyDict):
        guard op == .equal || op == .notEqual else { return nil }
        let left = a.snapshot()
        var equal = left.count == b.count
        if equal {
            for (key, value) in left {
                guard let other = try b.lookup(key), try value.is(other) || pyEquals(value, other) else {
                    equal = false
                    break
                }
            }
        }
        return op == .equal ? equal : !equal
    case (let a as PySet, let b as PySet):
        let aItems = a.snapshot()
        let bItems = b.snapshot()
        let aInB = try aItems.allSatisfy { try b.contains($0) }
        let bInA = try bItems.allSatisfy { try a.contains($0) }
        switch op {
        case .equal: return aInB && bInA
        case .notEqual: return !(aInB && bInA)
        case .lessEqual: return aInB
        case .less: return aInB && !bInA
        case .greaterEqual: return bInA
        case .greater: return bInA && !aInB
        }
    default: return nil
    }
}

/// Lexicographic comparison of sequences, items compared with `is` then `==`, the first difference decides.
private func sequenceOrder(_ a: [PyObject], _ b: [PyObject], _ op: ComparisonOperator) throws -> Bool {
    for (x, y) in zip(a, b) where !(x.is(y)) {
        if try pyEquals(x, y) { continue }
        switch op {
        case .equal: return false
        case .notEqual: return true
        default: return try richCompare(x, y, op).isTrue
        }
    }
    switch op {
    case .equal: return a.count == b.count
    case .notEqual: return a.count != b.count
    case .less: return a.count < b.count
    case .lessEqual: return a.count <= b.count
    case .greater: return a.count > b.count
    case .greaterEqual: return a.count >= b.count
    }
}
