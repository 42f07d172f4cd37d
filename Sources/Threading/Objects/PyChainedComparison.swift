/// Python's chained comparison `a < b <= c` (`a < b and b <= c`, each operand evaluated once): each link is an
/// operator (`<`, `<=`, `>`, `>=`, `==`, `!=`, `in`, `not in`, `is`, `is not`) and its right operand, evaluated only
/// when the comparisons before it held. The value is the first false comparison's result, else the last one's.
public func chainedComparison(_ first: PyObject, _ links: (String, () throws -> PyObject)...) throws -> PyObject {
    var left = first
    var result = PyObject(true)
    for (name, operand) in links {
        let right = try operand()
        switch name {
        case "==": result = try left == right
        case "!=": result = try left != right
        case "<": result = try left < right
        case "<=": result = try left <= right
        case ">": result = try left > right
        case ">=": result = try left >= right
        case "in": result = try contains(right, left)
        case "not in": result = PyObject(!(try contains(right, left).isTrue))
        case "is": result = PyObject(left.is(right))
        case "is not": result = PyObject(!left.is(right))
        default: throw PyError.make(py.ValueError, "unknown comparison operator \(name)")
        }
        if !(try result.isTrue) { return result }
        left = right
    }
    return result
}
