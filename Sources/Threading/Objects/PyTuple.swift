/// A Python tuple: immutable, so reading it is no shared access.
final class PyTuple: PyRef, @unchecked Sendable {
    let items: [PyObject]
    init(_ items: [PyObject]) { self.items = items }
    override var pyType: PyType { PyTypes.tuple }
    /// Immutable: never a shared access.
    override class var isNumbered: Bool { false }

    /// `()`: one object, as in CPython (`() is ()`), so an empty `*args` allocates nothing.
    static let empty = PyObject(ref: PyTuple([]))
}

extension PyTypes {
    static let tuple: PyType = {
        let type = PyType(builtin: "tuple", base: object)
        type.construct = { cls, args, _ in
            if args.isEmpty { return .tuple([]) }
            return .tuple(try args[0].items())
        }
        type.method("count", ["value"]) { a in
            var count = 0
            for item in try a[0].items() where try pyEquals(item, a[1]) { count += 1 }
            return PyObject(count)
        }
        type.method("index", ["value"]) { a in
            for (index, item) in try a[0].items().enumerated() where try pyEquals(item, a[1]) { return PyObject(index) }
            throw PyError.make(py.ValueError, "tuple.index(x): x not in tuple")
        }
        return type
    }()
}
