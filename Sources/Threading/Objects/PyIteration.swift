/// An iterator made in Swift (over a list, a dict, a range, `map`, `zip`…): `next` gives the following item, nil at
/// the end.
final class PyIterator: PyRef, @unchecked Sendable {
    let typeName: String
    /// The generator function's `__qualname__` its repr names (`Executor.map.<locals>.result_iterator`), if any.
    let qualifiedName: String?
    private let nextItem: () throws -> PyObject?

    init(_ typeName: String, qualifiedName: String? = nil, _ next: @escaping () throws -> PyObject?) {
        self.typeName = typeName
        self.qualifiedName = qualifiedName
        nextItem = next
    }

    override var pyType: PyType { PyTypes.iterator }

    func next() throws -> PyObject? { try nextItem() }
}

extension PyTypes {
    static let iterator: PyType = {
        let type = PyType(builtin: "iterator", base: object)
        type.method("__next__") { a in
            guard let item = try (a[0].ref as! PyIterator).next() else { throw PyError.make(py.StopIteration, nil) }
            return item
        }
        type.method("__iter__") { a in a[0] }
        type.method("__repr__") { a in
            let iterator = a[0].ref as! PyIterator
            let name = iterator.qualifiedName.map { " " + $0 } ?? ""
            return PyObject("<\(iterator.typeName) object\(name) at \(pythonAddress(of: iterator))>")
        }
        return type
    }()
}

extension PyObject {
    /// `iter(x)`: an iterator over the value (TypeError "'int' object is not iterable").
    public func iterator() throws -> PyObject {
        switch storage {
        case .str(let text):
            var scalars = text.unicodeScalars.makeIterator()
            return PyObject(ref: PyIterator("str_ascii_iterator") { scalars.next().map { PyObject(String($0)) } })
        case .ref(let ref):
            switch ref {
            case let list as PyList:
                var position = 0
                return PyObject(
                    ref: PyIterator("list_iterator") {
                        defer { position += 1 }
                        return list.item(at: position)
                    })
            case let tuple as PyTuple:
                var items = tuple.items.makeIterator()
                return PyObject(ref: PyIterator("tuple_iterator") { items.next() })
            case let dict as PyDict:
                return PyObject(ref: dictIterator(dict, "dict_keyiterator") { key, _ in key })
            case let view as PyDictView:
                let name =
                    view.kind == .keys
                    ? "dict_keyiterator" : view.kind == .values ? "dict_valueiterator" : "dict_itemiterator"
                return PyObject(ref: dictIterator(view.dict, name) { view.element($0, $1) })
            case let set as PySet:
                var items = set.snapshot().makeIterator()
                return PyObject(ref: PyIterator("set_iterator") { items.next() })
            case let range as PyRange:
                var current = range.start
                return PyObject(
                    ref: PyIterator("range_iterator") {
                        guard range.step > 0 ? current < range.stop : current > range.stop else { return nil }
                        defer { current += range.step }
                        return PyObject(current)
                    })
            case is PyIterator:
                return self
            default: break
            }
        default: break
        }
        if let method = dunder("__iter__") { return try method.call([self]) }
        if let getitem = dunder("__getitem__") {
            var position = 0
            let object = self
            return PyObject(
                ref: PyIterator("iterator") {
                    do {
                        defer { position += 1 }
                        return try getitem.call([object, PyObject(position)])
                    } catch let error as PyError where error.matches(py.IndexError) || error.matches(py.StopIteration) {
                        return nil
                    }
                })
        }
        throw PyError.make(py.TypeError, "'\(typeName)' object is not iterable")
    }

    /// `next(it)` for a `for` loop: the next item, nil when the iterator is exhausted (StopIteration).
    public func nextItem() throws -> PyObject? {
        if let iterator = ref as? PyIterator { return try iterator.next() }
        guard let method = dunder("__next__") else {
            throw PyError.make(py.TypeError, "'\(typeName)' object is not an iterator")
        }
        do {
            return try method.call([self])
        } catch let error as PyError where error.matches(py.StopIteration) {
            return nil
        }
    }

    /// All the items of an iterable, in iteration order.
    func items() throws -> [PyObject] {
        switch ref {
        case let list as PyList: return list.snapshot()
        case let tuple as PyTuple: return tuple.items
        case let set as PySet: return set.snapshot()
        case let dict as PyDict: return dict.snapshot().map(\.0)
        case let view as PyDictView: return view.snapshot()
        default: break
        }
        let iterator = try iterator()
        var items: [PyObject] = []
        while let item = try iterator.nextItem() { items.append(item) }
        return items
    }

    /// `first, *middle, last = value`: the `before` first items, a list of the rest but the `after` last ones, then
    /// those (ValueError "not enough values to unpack (expected at least 2, got 1)" as CPython).
    public func unpack(before: Int, after: Int) throws -> [PyObject] {
        if case .ref = storage {
        } else if case .str = storage {
        } else {
            throw PyError.make(py.TypeError, "cannot unpack non-iterable \(typeName) object")
        }
        let iterator: PyObject
        do { iterator = try self.iterator() } catch let error as PyError where error.matches(py.TypeError) {
            throw PyError.make(py.TypeError, "cannot unpack non-iterable \(typeName) object")
        }
        var items: [PyObject] = []
        while let item = try iterator.nextItem() { items.append(item) }
        guard items.count >= before + after else {
            throw PyError.make(
                py.ValueError, "not enough values to unpack (expected at least \(before + after), got \(items.count))")
        }
        let middle = PyObject.list(Array(items[before..<(items.count - after)]))
        return Array(items[..<before]) + [middle] + Array(items[(items.count - after)...])
    }

    /// `a, b = x`: exactly `count` items, with CPython's ValueError messages.
    public func unpack(_ count: Int) throws -> [PyObject] {
        if case .ref = storage {
        } else if case .str = storage {
        } else {
            throw PyError.make(py.TypeError, "cannot unpack non-iterable \(typeName) object")
        }
        let iterator: PyObject
        do { iterator = try self.iterator() } catch let error as PyError where error.matches(py.TypeError) {
            throw PyError.make(py.TypeError, "cannot unpack non-iterable \(typeName) object")
        }
        var items: [PyObject] = []
        while let item = try iterator.nextItem() {
            items.append(item)
            if items.count > count {
                if ref is PyList || ref is PyTuple || ref is PyDict || ref is PySet {
                    throw PyError.make(
                        py.ValueError, "too many values to unpack (expected \(count), got \(try length()))")
                }
                throw PyError.make(py.ValueError, "too many values to unpack (expected \(count))")
            }
        }
        if items.count < count {
            throw PyError.make(py.ValueError, "not enough values to unpack (expected \(count), got \(items.count))")
        }
        return items
    }

    /// `len(x)`.
    func length() throws -> Int {
        switch storage {
        case .str(let text): return text.unicodeScalars.count
        case .ref(let ref):
            switch ref {
            case let list as PyList: return list.count
            case let tuple as PyTuple: return tuple.items.count
            case let dict as PyDict: return dict.count
            case let view as PyDictView: return view.dict.count
            case let set as PySet: return set.count
            case let range as PyRange: return range.count
            default: break
            }
        default: break
        }
        guard let method = dunder("__len__") else {
            throw PyError.make(py.TypeError, "object of type '\(typeName)' has no len()")
        }
        let result = try method.call([self])
        guard case .int(let count) = result.storage else {
            throw PyError.make(py.TypeError, "'\(result.typeName)' object cannot be interpreted as an integer")
        }
        if count < 0 { throw PyError.make(py.ValueError, "__len__() should return >= 0") }
        return count
    }
}

private func dictIterator(_ dict: PyDict, _ name: String, _ element: @escaping (PyObject, PyObject) -> PyObject)
    -> PyIterator
{
    var position = 0
    var expected: Int?
    let size = dict.count
    return PyIterator(name) {
        guard let entry = dict.entry(at: position) else {
            if let expected, dict.version != expected {
                throw PyError.make(py.RuntimeError, "dictionary changed size during iteration")
            }
            return nil
        }
        if expected == nil { expected = entry.version }
        if entry.version != expected || (position == 0 && dict.count != size) {
            throw PyError.make(py.RuntimeError, "dictionary changed size during iteration")
        }
        position += 1
        return element(entry.key, entry.value)
    }
}

/// `range(start, stop, step)`.
final class PyRange: PyRef, @unchecked Sendable {
    let start: Int
    let stop: Int
    let step: Int

    init(start: Int, stop: Int, step: Int) {
        self.start = start
        self.stop = stop
        self.step = step
    }

    override var pyType: PyType { PyTypes.range }

    var count: Int {
        if step > 0 { return stop > start ? (stop - start + step - 1) / step : 0 }
        return start > stop ? (start - stop - step - 1) / -step : 0
    }

    func item(_ index: Int) -> Int? {
        let position = index < 0 ? count + index : index
        return position >= 0 && position < count ? start + position * step : nil
    }
}

extension PyTypes {
    static let range: PyType = {
        let type = PyType(builtin: "range", base: object)
        type.construct = { _, args, kwargs in
            if !kwargs.isEmpty { throw PyError.make(py.TypeError, "range() takes no keyword arguments") }
            let numbers = try args.map { try $0.asIndex() }
            switch numbers.count {
            case 1: return PyObject(ref: PyRange(start: 0, stop: numbers[0], step: 1))
            case 2: return PyObject(ref: PyRange(start: numbers[0], stop: numbers[1], step: 1))
            case 3:
                if numbers[2] == 0 { throw PyError.make(py.ValueError, "range() arg 3 must not be zero") }
                return PyObject(ref: PyRange(start: numbers[0], stop: numbers[1], step: numbers[2]))
            case 0: throw PyError.make(py.TypeError, "range expected at least 1 argument, got 0")
            default: throw PyError.make(py.TypeError, "range expected at most 3 arguments, got \(numbers.count)")
            }
        }
        type.method("__repr__") { a in
            let range = a[0].ref as! PyRange
            return PyObject(
                range.step == 1
                    ? "range(\(range.start), \(range.stop))" : "range(\(range.start), \(range.stop), \(range.step))")
        }
        return type
    }()
}
