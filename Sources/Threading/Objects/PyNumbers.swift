extension PyTypes {
    static let int: PyType = {
        let type = PyType(builtin: "int", base: object)
        type.construct = { _, args, kwargs in
            let base = args.count > 1 ? args[1] : kwargs.first { $0.0 == "base" }?.1
            guard let value = args.first else { return PyObject(0) }
            return try toInt(value, base: base)
        }
        type.method("bit_length") { a in
            let value = try a[0].asInt()
            return PyObject(Int.bitWidth - value.magnitude.leadingZeroBitCount)
        }
        type.method("__format__", ["format_spec"]) { a in PyObject(try pyFormat(a[0], try a[1].asString())) }
        return type
    }()

    static let bool: PyType = {
        let type = PyType(builtin: "bool", base: int)
        type.construct = { _, args, _ in PyObject(try args.first?.isTrue ?? false) }
        return type
    }()

    static let float: PyType = {
        let type = PyType(builtin: "float", base: object)
        type.construct = { _, args, _ in
            guard let value = args.first else { return PyObject(0.0) }
            switch value.storage {
            case .float: return value
            case .int, .bool: return PyObject(try value.asDouble())
            case .str(let text):
                let trimmed = text.trimmingWhitespace().lowercased().replacingOccurrences("_", "")
                switch trimmed {
                case "inf", "+inf", "infinity", "+infinity": return PyObject(Double.infinity)
                case "-inf", "-infinity": return PyObject(-Double.infinity)
                case "nan", "+nan", "-nan": return PyObject(Double.nan)
                default: break
                }
                if let number = Double(trimmed), !trimmed.isEmpty { return PyObject(number) }
                throw PyError.make(py.ValueError, "could not convert string to float: \(pythonQuoted(text))")
            default:
                if value.dunder("__float__") != nil { return try value.callSpecial("__float__", []) }
                throw PyError.make(
                    py.TypeError, "float() argument must be a string or a real number, not '\(value.typeName)'")
            }
        }
        type.method("is_integer") { a in
            let value = try a[0].asDouble()
            return PyObject(value.isFinite && value == value.rounded(.towardZero))
        }
        type.method("__format__", ["format_spec"]) { a in PyObject(try pyFormat(a[0], try a[1].asString())) }
        return type
    }()
}

/// `int(x)` / `int(text, base)`.
private func toInt(_ value: PyObject, base: PyObject?) throws -> PyObject {
    switch value.storage {
    case .int: return value
    case .bool(let flag): return PyObject(flag ? 1 : 0)
    case .float(let number):
        guard number.isFinite else {
            throw PyError.make(
                number.isNaN ? py.ValueError : py.OverflowError,
                number.isNaN ? "cannot convert float NaN to integer" : "cannot convert float infinity to integer")
        }
        guard let exact = Int(exactly: number.rounded(.towardZero)) else {
            throw PyError.make(py.OverflowError, "int too large for docgen's 64-bit Python ints")
        }
        return PyObject(exact)
    case .str(let text):
        let radix = try base.map { try $0.asInt() } ?? 10
        var digits = text.trimmingWhitespace().replacingOccurrences("_", "")
        var negative = false
        if digits.hasPrefix("-") || digits.hasPrefix("+") {
            negative = digits.hasPrefix("-")
            digits.removeFirst()
        }
        let lowered = digits.lowercased()
        if radix == 16, lowered.hasPrefix("0x") { digits.removeFirst(2) }
        if radix == 8, lowered.hasPrefix("0o") { digits.removeFirst(2) }
        if radix == 2, lowered.hasPrefix("0b") { digits.removeFirst(2) }
        guard !digits.isEmpty, let number = Int(digits, radix: radix) else {
            throw PyError.make(py.ValueError, "invalid literal for int() with base \(radix): \(pythonQuoted(text))")
        }
        return PyObject(negative ? -number : number)
    default:
        if value.dunder("__int__") != nil { return try value.callSpecial("__int__", []) }
        if value.dunder("__index__") != nil { return try value.callSpecial("__index__", []) }
        throw PyError.make(
            py.TypeError,
            "int() argument must be a string, a bytes-like object or a real number, not '\(value.typeName)'")
    }
}

extension String {
    /// The text with every `target` replaced (Threading does not import Foundation).
    func replacingOccurrences(_ target: String, _ replacement: String) -> String {
        guard !target.isEmpty else { return self }
        return components(separatedBy: target).joined(separator: replacement)
    }

    /// The pieces between occurrences of `separator` (code point exact, as Python's `split`).
    func components(separatedBy separator: String) -> [String] {
        let text = Array(unicodeScalars)
        let pattern = Array(separator.unicodeScalars)
        guard !pattern.isEmpty, text.count >= pattern.count else { return [self] }
        var pieces: [String] = []
        var start = 0
        var index = 0
        while index <= text.count - pattern.count {
            if Array(text[index..<index + pattern.count]) == pattern {
                pieces.append(String(String.UnicodeScalarView(text[start..<index])))
                index += pattern.count
                start = index
            } else {
                index += 1
            }
        }
        pieces.append(String(String.UnicodeScalarView(text[start...])))
        return pieces
    }
}
