/// A Python set (or frozenset). Reads and writes are shared accesses of the set, under `PyLock`. Iteration follows
/// insertion order, except that a set of ints iterates as CPython's does for small ones (ascending by value modulo
/// the table size; see `cpythonOrder`).
final class PySet: PyRef, @unchecked Sendable {
    private var members: [PyKey] = []
    private var index: [PyKey: Int] = [:]
    let frozen: Bool

    init(frozen: Bool = false) { self.frozen = frozen }

    override var pyType: PyType { frozen ? PyTypes.frozenset : PyTypes.set }

    func insert(_ item: PyObject) throws {
        let key = try PyKey(item)
        PyAccess.write(self)
        PyLock.withLock {
            if index[key] == nil {
                index[key] = members.count
                members.append(key)
            }
        }
    }

    func contains(_ item: PyObject) throws -> Bool {
        let key = try PyKey(item)
        PyAccess.read(self)
        return PyLock.withLock { index[key] != nil }
    }

    /// Removes `item`; false when it was not there.
    @discardableResult func remove(_ item: PyObject) throws -> Bool {
        let key = try PyKey(item)
        PyAccess.write(self)
        return PyLock.withLock {
            guard let position = index.removeValue(forKey: key) else { return false }
            members.remove(at: position)
            for later in position..<members.count { index[members[later]] = later }
            return true
        }
    }

    /// The members now, in iteration order (a shared read).
    func snapshot() -> [PyObject] {
        PyAccess.read(self)
        let items = PyLock.withLock { members.map(\.object) }
        return PySet.cpythonOrder(items)
    }

    var count: Int {
        PyAccess.read(self)
        return PyLock.withLock { members.count }
    }

    func removeAll() {
        PyAccess.write(self)
        PyLock.withLock {
            members.removeAll()
            index.removeAll()
        }
    }

    /// CPython's iteration order for a set whose members are all non-negative ints smaller than its table (8 slots,
    /// growing ×4 while more than 3/5 full): by value. Other sets keep insertion order (CPython's order for strs
    /// changes from run to run anyway).
    static func cpythonOrder(_ items: [PyObject]) -> [PyObject] {
        var table = 8
        while items.count * 5 >= table * 3 { table *= 4 }
        var values: [Int] = []
        for item in items {
            guard case .int(let value) = item.storage, value >= 0, value < table else { return items }
            values.append(value)
        }
        return values.sorted().map { PyObject($0) }
    }
}

extension PyTypes {
    static let set = makeSetType("set", frozen: false)
    static let frozenset = makeSetType("frozenset", frozen: true)

    private static func makeSetType(_ name: String, frozen: Bool) -> PyType {
        let type = PyType(builtin: name, base: object)
        type.construct = { _, args, _ in
            let set = PySet(frozen: frozen)
            if let source = args.first { for item in try source.items() { try set.insert(item) } }
            return PyObject(ref: set)
        }
        type.method("copy") { a in
            let copy = PySet(frozen: frozen)
            for item in try a[0].asSet().snapshot() { try copy.insert(item) }
            return PyObject(ref: copy)
        }
        type.method("union", ["*others"]) { a in try setCombine(a[0], try a[1].items(), keep: .union) }
        type.method("intersection", ["*others"]) { a in try setCombine(a[0], try a[1].items(), keep: .intersection) }
        type.method("difference", ["*others"]) { a in try setCombine(a[0], try a[1].items(), keep: .difference) }
        type.method("issubset", ["other"]) { a in
            let other = try a[1].items()
            let otherSet = PySet()
            for item in other { try otherSet.insert(item) }
            return PyObject(try a[0].asSet().snapshot().allSatisfy { try otherSet.contains($0) })
        }
        type.method("issuperset", ["other"]) { a in
            let set = try a[0].asSet()
            return PyObject(try a[1].items().allSatisfy { try set.contains($0) })
        }
        if frozen { return type }
        type.method("add", ["element"]) { a in
            try a[0].asSet().insert(a[1])
            return .None
        }
        type.method("update", ["*others"]) { a in
            let set = try a[0].asSet()
            for other in try a[1].items() { for item in try other.items() { try set.insert(item) } }
            return .None
        }
        type.method("remove", ["element"]) { a in
            if try !a[0].asSet().remove(a[1]) { throw PyError(keyError: a[1]) }
            return .None
        }
        type.method("discard", ["element"]) { a in
            try a[0].asSet().remove(a[1])
            return .None
        }
        type.method("pop") { a in
            let set = try a[0].asSet()
            guard let first = set.snapshot().first else {
                throw PyError.make(py.KeyError, "pop from an empty set")
            }
            try set.remove(first)
            return first
        }
        type.method("clear") { a in
            try a[0].asSet().removeAll()
            return .None
        }
        return type
    }
}

enum SetCombination { case union, intersection, difference }

/// `a | b`, `a & b`, `a - b` (and the methods of the same meaning): a new set of `set`'s kind.
func setCombine(_ set: PyObject, _ others: [PyObject], keep: SetCombination) throws -> PyObject {
    let base = try set.asSet()
    let result = PySet(frozen: base.frozen)
    switch keep {
    case .union:
        for item in base.snapshot() { try result.insert(item) }
        for other in others { for item in try other.items() { try result.insert(item) } }
    case .intersection, .difference:
        var otherSets: [PySet] = []
        for other in others {
            let made = PySet()
            for item in try other.items() { try made.insert(item) }
            otherSets.append(made)
        }
        for item in base.snapshot() {
            let inAll = try otherSets.allSatisfy { try $0.contains(item) }
            let inAny = try otherSets.contains { try $0.contains(item) }
            if keep == .intersection ? inAll : !inAny { try result.insert(item) }
        }
    }
    return PyObject(ref: result)
}

extension PyObject {
    func asSet() throws -> PySet {
        guard let set = ref as? PySet else {
            throw PyError.make(py.TypeError, "descriptor requires a 'set' object but received a '\(typeName)'")
        }
        return set
    }
}
