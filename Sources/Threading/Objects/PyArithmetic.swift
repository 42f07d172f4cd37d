infix operator ** : PyPowerPrecedence
precedencegroup PyPowerPrecedence {
    higherThan: MultiplicationPrecedence
    associativity: right
}

/// Python's binary operators on `PyObject`: numbers (ints overflow into OverflowError: the layer's ints are 64-bit),
/// str/list/tuple concatenation and repetition, `%` formatting, set algebra, then the operands' dunders
/// (`__add__`, then the right operand's `__radd__`), else CPython's TypeError.
extension PyObject {
    public static func + (lhs: PyObject, rhs: PyObject) throws -> PyObject { try binary(lhs, rhs, .add) }
    public static func - (lhs: PyObject, rhs: PyObject) throws -> PyObject { try binary(lhs, rhs, .subtract) }
    public static func * (lhs: PyObject, rhs: PyObject) throws -> PyObject { try binary(lhs, rhs, .multiply) }
    public static func / (lhs: PyObject, rhs: PyObject) throws -> PyObject { try binary(lhs, rhs, .trueDivide) }
    public static func % (lhs: PyObject, rhs: PyObject) throws -> PyObject { try binary(lhs, rhs, .modulo) }
    public static func ** (lhs: PyObject, rhs: PyObject) throws -> PyObject { try binary(lhs, rhs, .power) }
    public static func << (lhs: PyObject, rhs: PyObject) throws -> PyObject { try binary(lhs, rhs, .leftShift) }
    public static func >> (lhs: PyObject, rhs: PyObject) throws -> PyObject { try binary(lhs, rhs, .rightShift) }
    public static func & (lhs: PyObject, rhs: PyObject) throws -> PyObject { try binary(lhs, rhs, .and) }
    public static func | (lhs: PyObject, rhs: PyObject) throws -> PyObject { try binary(lhs, rhs, .or) }
    public static func ^ (lhs: PyObject, rhs: PyObject) throws -> PyObject { try binary(lhs, rhs, .xor) }

    /// `-x`.
    public static prefix func - (operand: PyObject) throws -> PyObject {
        switch operand.storage {
        case .int(let value):
            guard value != .min else { throw overflow() }
            return PyObject(-value)
        case .bool(let value): return PyObject(value ? -1 : 0)
        case .float(let value): return PyObject(-value)
        default: return try unary(operand, "__neg__", "-")
        }
    }

    /// `+x`.
    public static prefix func + (operand: PyObject) throws -> PyObject {
        switch operand.storage {
        case .int, .float: return operand
        case .bool(let value): return PyObject(value ? 1 : 0)
        default: return try unary(operand, "__pos__", "+")
        }
    }

    /// `~x`.
    public static prefix func ~ (operand: PyObject) throws -> PyObject {
        switch operand.storage {
        case .int(let value): return PyObject(~value)
        case .bool(let value): return PyObject(~(value ? 1 : 0))
        default: return try unary(operand, "__invert__", "~")
        }
    }

    /// `x += y`: `__iadd__` where the left operand has one (lists extend in place), else `x + y`.
    public func inplaceAdd(_ other: PyObject) throws -> PyObject {
        if let list = ref as? PyList {
            let items = try other.items()
            list.mutate { $0.append(contentsOf: items) }
            return self
        }
        if let method = dunder("__iadd__") {
            let result = try method.call([self, other])
            if !result.is(.NotImplemented) { return result }
        }
        return try self + other
    }

    private static func unary(_ operand: PyObject, _ dunder: String, _ symbol: String) throws -> PyObject {
        if let method = operand.dunder(dunder) { return try method.call([operand]) }
        throw PyError.make(py.TypeError, "bad operand type for unary \(symbol): '\(operand.typeName)'")
    }
}

/// `a // b`.
public func floorDiv(_ lhs: PyObject, _ rhs: PyObject) throws -> PyObject { try binary(lhs, rhs, .floorDivide) }

/// `a ** b`.
public func pow(_ lhs: PyObject, _ rhs: PyObject) throws -> PyObject { try binary(lhs, rhs, .power) }

enum BinaryOperator: String {
    case add = "+", subtract = "-", multiply = "*", trueDivide = "/", floorDivide = "//", modulo = "%"
    case power = "**", leftShift = "<<", rightShift = ">>", and = "&", or = "|", xor = "^"

    var dunder: String {
        switch self {
        case .add: return "add"
        case .subtract: return "sub"
        case .multiply: return "mul"
        case .trueDivide: return "truediv"
        case .floorDivide: return "floordiv"
        case .modulo: return "mod"
        case .power: return "pow"
        case .leftShift: return "lshift"
        case .rightShift: return "rshift"
        case .and: return "and"
        case .or: return "or"
        case .xor: return "xor"
        }
    }
}

private func overflow() -> PyError {
    PyError.make(py.OverflowError, "int too large for docgen's 64-bit Python ints")
}

/// `lhs op rhs`.
func binary(_ lhs: PyObject, _ rhs: PyObject, _ op: BinaryOperator) throws -> PyObject {
    if let result = try builtinBinary(lhs, rhs, op) { return result }
    if let method = lhs.dunder("__\(op.dunder)__") {
        let result = try method.call([lhs, rhs])
        if !result.is(.NotImplemented) { return result }
    }
    if lhs.pyType !== rhs.pyType, let method = rhs.dunder("__r\(op.dunder)__") {
        let result = try method.call([rhs, lhs])
        if !result.is(.NotImplemented) { return result }
    }
    if op == .add, case .str = lhs.storage {
        throw PyError.make(py.TypeError, "can only concatenate str (not \"\(rhs.typeName)\") to str")
    }
    if op == .add, lhs.ref is PyList || lhs.ref is PyTuple {
        throw PyError.make(
            py.TypeError, "can only concatenate \(lhs.typeName) (not \"\(rhs.typeName)\") to \(lhs.typeName)")
    }
    if op == .multiply, lhs.isSequence || rhs.isSequence {
        let other = lhs.isSequence ? rhs : lhs
        throw PyError.make(py.TypeError, "can't multiply sequence by non-int of type '\(other.typeName)'")
    }
    let symbol = op == .power ? "** or pow()" : op.rawValue
    throw PyError.make(
        py.TypeError, "unsupported operand type(s) for \(symbol): '\(lhs.typeName)' and '\(rhs.typeName)'")
}

extension PyObject {
    var isSequence: Bool {
        if case .str = storage { return true }
        return ref is PyList || ref is PyTuple
    }

    /// An int operand (bools count), nil for anything else.
    var intValue: Int? {
        switch storage {
        case .int(let value): return value
        case .bool(let value): return value ? 1 : 0
        default: return nil
        }
    }
}

/// The operators of builtin types; nil when they do not apply (the dunders get their turn).
private func builtinBinary(_ lhs: PyObject, _ rhs: PyObject, _ op: BinaryOperator) throws -> PyObject? {
    if let a = lhs.intValue, let b = rhs.intValue {
        if case .bool(let x) = lhs.storage, case .bool(let y) = rhs.storage {
            switch op {
            case .and: return PyObject(x && y)
            case .or: return PyObject(x || y)
            case .xor: return PyObject(x != y)
            default: break
            }
        }
        return try intBinary(a, b, op)
    }
    if let a = lhs.numericValue, let b = rhs.numericValue {
        return try floatBinary(a, b, op)
    }
    switch (lhs.storage, rhs.storage) {
    case (.str(let a), .str(let b)) where op == .add: return PyObject(a + b)
    case (.str(let a), _) where op == .multiply && rhs.intValue != nil:
        return PyObject(String(repeating: a, count: max(0, rhs.intValue!)))
    case (_, .str(let b)) where op == .multiply && lhs.intValue != nil:
        return PyObject(String(repeating: b, count: max(0, lhs.intValue!)))
    case (.str(let format), _) where op == .modulo: return PyObject(try percentFormat(format, rhs))
    default: break
    }
    switch (lhs.ref, rhs.ref) {
    case (let a as PyList, let b as PyList) where op == .add: return .list(a.snapshot() + b.snapshot())
    case (let a as PyTuple, let b as PyTuple) where op == .add: return .tuple(a.items + b.items)
    case (let a as PySet, is PySet):
        switch op {
        case .or: return try setCombine(lhs, [rhs], keep: .union)
        case .and: return try setCombine(lhs, [rhs], keep: .intersection)
        case .subtract: return try setCombine(lhs, [rhs], keep: .difference)
        case .xor:
            let left = try setCombine(lhs, [rhs], keep: .difference)
            let right = try setCombine(rhs, [lhs], keep: .difference)
            _ = a
            return try setCombine(left, [right], keep: .union)
        default: break
        }
    case (let a as PyDict, let b as PyDict) where op == .or:
        return try PyObject.dict(a.snapshot() + b.snapshot())
    default: break
    }
    if op == .multiply, let count = rhs.intValue ?? lhs.intValue {
        let sequence = rhs.intValue != nil ? lhs : rhs
        if let list = sequence.ref as? PyList {
            let items = list.snapshot()
            return .list(Array((0..<max(0, count)).map { _ in items }.joined()))
        }
        if let tuple = sequence.ref as? PyTuple {
            return .tuple(Array((0..<max(0, count)).map { _ in tuple.items }.joined()))
        }
    }
    return nil
}

private func intBinary(_ a: Int, _ b: Int, _ op: BinaryOperator) throws -> PyObject {
    func checked(_ result: (partialValue: Int, overflow: Bool)) throws -> PyObject {
        if result.overflow { throw overflow() }
        return PyObject(result.partialValue)
    }
    switch op {
    case .add: return try checked(a.addingReportingOverflow(b))
    case .subtract: return try checked(a.subtractingReportingOverflow(b))
    case .multiply: return try checked(a.multipliedReportingOverflow(by: b))
    case .trueDivide:
        if b == 0 { throw PyError.make(py.ZeroDivisionError, "division by zero") }
        return PyObject(Double(a) / Double(b))
    case .floorDivide:
        if b == 0 { throw PyError.make(py.ZeroDivisionError, "integer division or modulo by zero") }
        if a == .min && b == -1 { throw overflow() }
        let quotient = a / b
        return PyObject((a % b != 0) && ((a < 0) != (b < 0)) ? quotient - 1 : quotient)
    case .modulo:
        if b == 0 { throw PyError.make(py.ZeroDivisionError, "integer modulo by zero") }
        if b == -1 { return PyObject(0) }
        let remainder = a % b
        return PyObject(remainder != 0 && ((remainder < 0) != (b < 0)) ? remainder + b : remainder)
    case .power:
        if b < 0 {
            if a == 0 { throw PyError.make(py.ZeroDivisionError, "0.0 cannot be raised to a negative power") }
            return PyObject(Foundationless.pow(Double(a), Double(b)))
        }
        var result = 1
        var base = a
        var exponent = b
        while exponent > 0 {
            if exponent & 1 == 1 {
                let (product, overflowed) = result.multipliedReportingOverflow(by: base)
                if overflowed { throw overflow() }
                result = product
            }
            exponent >>= 1
            if exponent > 0 {
                let (square, overflowed) = base.multipliedReportingOverflow(by: base)
                if overflowed { throw overflow() }
                base = square
            }
        }
        return PyObject(result)
    case .leftShift:
        if b < 0 { throw PyError.make(py.ValueError, "negative shift count") }
        if b >= 63 || (a != 0 && (a << b) >> b != a) { if a == 0 { return PyObject(0) } else { throw overflow() } }
        return PyObject(a << b)
    case .rightShift:
        if b < 0 { throw PyError.make(py.ValueError, "negative shift count") }
        return PyObject(a >> min(b, 63))
    case .and: return PyObject(a & b)
    case .or: return PyObject(a | b)
    case .xor: return PyObject(a ^ b)
    }
}

private func floatBinary(_ a: Double, _ b: Double, _ op: BinaryOperator) throws -> PyObject? {
    switch op {
    case .add: return PyObject(a + b)
    case .subtract: return PyObject(a - b)
    case .multiply: return PyObject(a * b)
    case .trueDivide:
        if b == 0 { throw PyError.make(py.ZeroDivisionError, "float division by zero") }
        return PyObject(a / b)
    case .floorDivide:
        if b == 0 { throw PyError.make(py.ZeroDivisionError, "float floor division by zero") }
        return PyObject((a / b).rounded(.down))
    case .modulo:
        if b == 0 { throw PyError.make(py.ZeroDivisionError, "float modulo") }
        let remainder = a.truncatingRemainder(dividingBy: b)
        return PyObject(remainder != 0 && ((remainder < 0) != (b < 0)) ? remainder + b : remainder)
    case .power:
        if a == 0 && b < 0 { throw PyError.make(py.ZeroDivisionError, "0.0 cannot be raised to a negative power") }
        return PyObject(Foundationless.pow(a, b))
    default: return nil
    }
}
