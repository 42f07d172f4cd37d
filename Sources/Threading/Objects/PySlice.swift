/// `start:stop:step`.
final class PySlice: PyRef, @unchecked Sendable {
    let start: PyObject
    let stop: PyObject
    let step: PyObject

    init(start: PyObject, stop: PyObject, step: PyObject) {
        self.start = start
        self.stop = stop
        self.step = step
    }

    override var pyType: PyType { PyTypes.slice }

    /// The positions it selects in a sequence of `count` items, as `slice.indices` computes them.
    func positions(count: Int) throws -> [Int] {
        let step = self.step.isNone ? 1 : try self.step.asIndex()
        if step == 0 { throw PyError.make(py.ValueError, "slice step cannot be zero") }
        func clamp(_ value: PyObject, _ fallback: Int) throws -> Int {
            if value.isNone { return fallback }
            var index = try value.asIndex()
            if index < 0 { index += count }
            if step > 0 { return min(max(index, 0), count) }
            return min(max(index, -1), count - 1)
        }
        let lower = try clamp(start, step > 0 ? 0 : count - 1)
        let upper = try clamp(stop, step > 0 ? count : -1)
        return Array(stride(from: lower, to: upper, by: step))
    }
}

extension PyTypes {
    static let slice: PyType = {
        let type = PyType(builtin: "slice", base: object)
        type.construct = { _, args, _ in
            switch args.count {
            case 1: return .slice(.None, args[0], .None)
            case 2: return .slice(args[0], args[1], .None)
            case 3: return .slice(args[0], args[1], args[2])
            default: throw PyError.make(py.TypeError, "slice expected at least 1 argument, got \(args.count)")
            }
        }
        type.method("__repr__") { a in
            let slice = a[0].ref as! PySlice
            return PyObject("slice(\(try pyRepr(slice.start)), \(try pyRepr(slice.stop)), \(try pyRepr(slice.step)))")
        }
        return type
    }()
}

extension PyObject {
    /// The value as an index (an int or a bool; TypeError otherwise, as CPython words it for slices).
    func asIndex() throws -> Int {
        switch storage {
        case .int(let value): return value
        case .bool(let value): return value ? 1 : 0
        default:
            if let method = dunder("__index__") { return try method.call([self]).asIndex() }
            throw PyError.make(py.TypeError, "'\(typeName)' object cannot be interpreted as an integer")
        }
    }

    /// The value as an int (bools are ints).
    func asInt() throws -> Int { try asIndex() }

    /// The text of a str (TypeError otherwise).
    func asString() throws -> String {
        guard case .str(let text) = storage else {
            throw PyError.make(py.TypeError, "expected str, got \(typeName)")
        }
        return text
    }

    /// The value of a number as a Double (TypeError otherwise).
    func asDouble() throws -> Double {
        if let value = numericValue { return value }
        if let method = dunder("__float__") { return try method.call([self]).asDouble() }
        throw PyError.make(py.TypeError, "must be real number, not \(typeName)")
    }
}
