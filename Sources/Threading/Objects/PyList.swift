/// A Python list. Every read or write of its items is a shared access of the list (`PyAccess`), under `PyLock`.
final class PyList: PyRef, @unchecked Sendable {
    private var items: [PyObject]

    init(_ items: [PyObject]) { self.items = items }

    override var pyType: PyType { PyTypes.list }

    /// The items now (a shared read).
    func snapshot() -> [PyObject] {
        PyAccess.read(self)
        return PyLock.withLock { items }
    }

    var count: Int {
        PyAccess.read(self)
        return PyLock.withLock { items.count }
    }

    /// Reads the item at `index` (nil past the end), a shared read.
    func item(at index: Int) -> PyObject? {
        PyAccess.read(self)
        return PyLock.withLock { index >= 0 && index < items.count ? items[index] : nil }
    }

    /// Changes the items (a shared write).
    func mutate<R>(_ body: (inout [PyObject]) throws -> R) rethrows -> R {
        PyAccess.write(self)
        return try PyLock.withLock { try body(&items) }
    }
}

extension PyTypes {
    static let list: PyType = {
        let type = PyType(builtin: "list", base: object)
        type.construct = { _, args, _ in
            .list(args.isEmpty ? [] : try args[0].items())
        }
        type.method("append", ["object"]) { a in
            try a[0].asList().mutate { $0.append(a[1]) }
            return .None
        }
        type.method("extend", ["iterable"]) { a in
            let items = try a[1].items()
            try a[0].asList().mutate { $0.append(contentsOf: items) }
            return .None
        }
        type.method("insert", ["index", "object"]) { a in
            let index = try a[1].asInt()
            try a[0].asList().mutate { items in
                let position = index < 0 ? max(0, items.count + index) : min(index, items.count)
                items.insert(a[2], at: position)
            }
            return .None
        }
        type.method("pop", ["index="], defaults: [-1]) { a in
            let index = try a[1].asInt()
            return try a[0].asList().mutate { items in
                if items.isEmpty { throw PyError.make(py.IndexError, "pop from empty list") }
                let position = index < 0 ? items.count + index : index
                guard position >= 0, position < items.count else {
                    throw PyError.make(py.IndexError, "pop index out of range")
                }
                return items.remove(at: position)
            }
        }
        type.method("remove", ["value"]) { a in
            let list = try a[0].asList()
            for (index, item) in list.snapshot().enumerated() where try pyEquals(item, a[1]) {
                list.mutate { items in if index < items.count { items.remove(at: index) } }
                return .None
            }
            throw PyError.make(py.ValueError, "list.remove(x): x not in list")
        }
        type.method("index", ["value"]) { a in
            for (index, item) in try a[0].asList().snapshot().enumerated() where try pyEquals(item, a[1]) {
                return PyObject(index)
            }
            throw PyError.make(py.ValueError, "\(try pyRepr(a[1])) is not in list")
        }
        type.method("count", ["value"]) { a in
            var count = 0
            for item in try a[0].asList().snapshot() where try pyEquals(item, a[1]) { count += 1 }
            return PyObject(count)
        }
        type.method("clear") { a in
            try a[0].asList().mutate { $0.removeAll() }
            return .None
        }
        type.method("copy") { a in .list(try a[0].asList().snapshot()) }
        type.method("reverse") { a in
            try a[0].asList().mutate { $0.reverse() }
            return .None
        }
        type.method("sort", ["*", "key=", "reverse="], defaults: [.None, false]) { a in
            let list = try a[0].asList()
            let sorted = try pySorted(list.snapshot(), key: a[1], reverse: try a[2].isTrue)
            list.mutate { $0 = sorted }
            return .None
        }
        return type
    }()
}

extension PyObject {
    func asList() throws -> PyList {
        guard let list = ref as? PyList else {
            throw PyError.make(py.TypeError, "descriptor requires a 'list' object but received a '\(typeName)'")
        }
        return list
    }
}

/// Python's stable sort (`sorted`, `list.sort`): by `key` (None: the items), `<` comparisons, reversed on request.
func pySorted(_ items: [PyObject], key: PyObject, reverse: Bool) throws -> [PyObject] {
    let keys = key.isNone ? items : try items.map { try key.call([$0]) }
    var order = Array(items.indices)
    // Merge sort: stable, and its comparisons may throw (Swift's sort cannot).
    func lessThan(_ i: Int, _ j: Int) throws -> Bool {
        reverse ? try pyLess(keys[j], keys[i]) : try pyLess(keys[i], keys[j])
    }
    func sort(_ range: Range<Int>) throws {
        guard range.count > 1 else { return }
        let middle = range.lowerBound + range.count / 2
        try sort(range.lowerBound..<middle)
        try sort(middle..<range.upperBound)
        var merged: [Int] = []
        merged.reserveCapacity(range.count)
        var left = range.lowerBound
        var right = middle
        while left < middle, right < range.upperBound {
            if try lessThan(order[right], order[left]) {
                merged.append(order[right])
                right += 1
            } else {
                merged.append(order[left])
                left += 1
            }
        }
        merged.append(contentsOf: order[left..<middle])
        merged.append(contentsOf: order[right..<range.upperBound])
        order.replaceSubrange(range, with: merged)
    }
    try sort(order.indices)
    return order.map { items[$0] }
}
