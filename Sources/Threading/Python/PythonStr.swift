/// A type that prints itself the Python way in `print`, `%s` and `%r`.
public protocol PythonStringConvertible {
    /// Python's `str(x)`.
    var pythonStr: String { get }
    /// Python's `repr(x)`.
    var pythonRepr: String { get }
}

extension PythonStringConvertible {
    public var pythonRepr: String { pythonStr }
}

/// Python's `str(x)` for Swift values: `True`/`False`, `None`, floats as `1.0`, lists/dicts/tuples with reprs inside.
public func str(_ value: Any) -> String { str(value, plain: nil) }

/// `str(value)`, with `plain` (the run's `World.plainTypes`) saving the conformance check of an `Int` or `String`.
func str(_ value: Any, plain: PlainTypes?) -> String {
    if let text = plainText(value, plain) { return text }
    switch value {
    case let value as PythonStringConvertible: return value.pythonStr
    case let value as String: return value
    case let value as Substring: return String(value)
    case let value as Character: return String(value)
    default: return repr(value)
    }
}

/// `str(x)` of an `Int` or a `String` (the values most printed and logged), found with one type comparison instead of
/// the chain of casts below; nil for any other value, or when the program made that type `PythonStringConvertible`
/// (`plain`, when given, says whether it did).
@inline(__always) private func plainText(_ value: Any, _ plain: PlainTypes?) -> String? {
    let type = type(of: value)
    if type == Int.self {
        let isPlain = plain?.int ?? !(Int.self is PythonStringConvertible.Type)
        return isPlain ? String(value as! Int) : nil
    }
    if type == String.self {
        let isPlain = plain?.string ?? !(String.self is PythonStringConvertible.Type)
        return isPlain ? (value as! String) : nil
    }
    return nil
}

/// Python's `repr(x)` for Swift values: strings in single quotes, containers recursively.
public func repr(_ value: Any) -> String {
    switch value {
    case let value as PythonStringConvertible: return value.pythonRepr
    case let value as String: return pythonQuoted(value)
    case let value as Substring: return pythonQuoted(String(value))
    case let value as Character: return pythonQuoted(String(value))
    case let value as Bool: return value ? "True" : "False"
    case let value as Double: return pythonFloat(value)
    case let value as Float: return pythonFloat(Double(value))
    case let value as any BinaryInteger: return String(describing: value)
    case let value as Thread: return value.description
    case is Void: return "None"  // what a Swift function returning nothing gives, where Python's gives None
    default: break
    }
    let mirror = Mirror(reflecting: value)
    switch mirror.displayStyle {
    case .optional:
        guard let child = mirror.children.first else { return "None" }
        return repr(child.value)
    case .collection:
        return "[" + mirror.children.map { repr($0.value) }.joined(separator: ", ") + "]"
    case .set:
        let items = mirror.children.map { repr($0.value) }
        return items.isEmpty ? "set()" : "{" + items.joined(separator: ", ") + "}"
    case .dictionary:
        let pairs = mirror.children.map { child -> String in
            let pair = Array(Mirror(reflecting: child.value).children)
            guard pair.count == 2 else { return repr(child.value) }
            return "\(repr(pair[0].value)): \(repr(pair[1].value))"
        }
        return "{" + pairs.joined(separator: ", ") + "}"
    case .tuple:
        let items = mirror.children.map { repr($0.value) }
        return items.count == 1 ? "(\(items[0]),)" : "(" + items.joined(separator: ", ") + ")"
    default:
        return String(describing: value)
    }
}

/// Python's float repr: `1.0`, `0.2`, `1e+16`, `inf`.
func pythonFloat(_ value: Double) -> String {
    if value.isNaN { return "nan" }
    if value.isInfinite { return value < 0 ? "-inf" : "inf" }
    var text = String(describing: value)
    if let e = text.firstIndex(of: "e") {
        // Swift: 1e-05 / 1e+16 already match Python; make sure the mantissa has no trailing ".0".
        var mantissa = String(text[..<e])
        if mantissa.hasSuffix(".0") { mantissa.removeLast(2) }
        var exponent = String(text[text.index(after: e)...])
        let sign = exponent.hasPrefix("-") ? "-" : "+"
        exponent = String(exponent.drop { $0 == "-" || $0 == "+" })
        if exponent.count < 2 { exponent = "0" + exponent }
        text = "\(mantissa)e\(sign)\(exponent)"
    }
    return text
}

/// A string in Python's repr quoting: single quotes unless the text contains one and no double quote.
func pythonQuoted(_ text: String) -> String {
    let quote: Character = text.contains("'") && !text.contains("\"") ? "\"" : "'"
    var result = String(quote)
    for char in text {
        switch char {
        case "\\": result += "\\\\"
        case "\n": result += "\\n"
        case "\t": result += "\\t"
        case "\r": result += "\\r"
        case quote: result += "\\\(quote)"
        default: result.append(char)
        }
    }
    result.append(quote)
    return result
}
