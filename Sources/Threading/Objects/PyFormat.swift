/// `format(value, spec)`: Python's format-specification mini-language for ints, floats and strs (`>10`, `.2f`,
/// `,d`, `08.3f`, `x`, `%`), `__format__` of other objects (an empty spec is `str(value)`).
func pyFormat(_ value: PyObject, _ spec: String) throws -> String {
    switch value.storage {
    case .int, .bool, .float, .str:
        if spec.isEmpty { return try pyStr(value) }
        return try FormatSpec(spec).apply(to: value)
    default:
        if value.pyType.userOverride("__format__") != nil {
            let result = try value.callSpecial("__format__", [PyObject(spec)])
            return try result.asString()
        }
        if spec.isEmpty { return try pyStr(value) }
        throw PyError.make(py.TypeError, "unsupported format string passed to \(value.typeName).__format__")
    }
}

/// A parsed `[[fill]align][sign][#][0][width][,|_][.precision][type]`.
struct FormatSpec {
    var fill: Character = " "
    var align: Character?
    var sign: Character = "-"
    var alternate = false
    var width = 0
    var grouping: Character?
    var precision: Int?
    var type: Character?

    init(_ text: String) throws {
        var chars = Array(text)[...]
        func isAlign(_ c: Character?) -> Bool { c == "<" || c == ">" || c == "^" || c == "=" }
        if chars.count >= 2, isAlign(chars[chars.startIndex + 1]) {
            fill = chars.removeFirst()
            align = chars.removeFirst()
        } else if isAlign(chars.first) {
            align = chars.removeFirst()
        }
        if let c = chars.first, c == "+" || c == "-" || c == " " { sign = chars.removeFirst() }
        if chars.first == "#" {
            alternate = true
            chars.removeFirst()
        }
        if chars.first == "0" {
            if align == nil {
                fill = "0"
                align = "="
            }
            chars.removeFirst()
        }
        var digits = ""
        while let c = chars.first, c.isASCII, c.isNumber { digits.append(chars.removeFirst()) }
        width = Int(digits) ?? 0
        if let c = chars.first, c == "," || c == "_" { grouping = chars.removeFirst() }
        if chars.first == "." {
            chars.removeFirst()
            var places = ""
            while let c = chars.first, c.isASCII, c.isNumber { places.append(chars.removeFirst()) }
            guard let number = Int(places) else {
                throw PyError.make(py.ValueError, "Format specifier missing precision")
            }
            precision = number
        }
        if let c = chars.first {
            type = c
            chars.removeFirst()
        }
        if !chars.isEmpty { throw PyError.make(py.ValueError, "Invalid format specifier '\(text)' for object of type") }
    }

    func apply(to value: PyObject) throws -> String {
        switch value.storage {
        case .str(let text):
            guard type == nil || type == "s" else {
                throw PyError.make(py.ValueError, "Unknown format code '\(type!)' for object of type 'str'")
            }
            if align == "=" {
                throw PyError.make(py.ValueError, "'=' alignment not allowed in string format specifier")
            }
            let cut = precision.map { String(String.UnicodeScalarView(text.unicodeScalars.prefix($0))) } ?? text
            return pad(cut, defaultAlign: "<")
        case .int, .bool:
            let number = try value.asInt()
            switch type {
            case nil, "d", "n": return pad(signed(number < 0, group(String(number.magnitude))), numeric: true)
            case "x", "X", "o", "b":
                let radix = type == "o" ? 8 : type == "b" ? 2 : 16
                var digits = String(number.magnitude, radix: radix, uppercase: type == "X")
                if alternate { digits = "0" + String(type!) + digits }
                return pad(signed(number < 0, digits), numeric: true)
            case "c":
                return pad(String(Unicode.Scalar(UInt32(clamping: number)) ?? " "), defaultAlign: "<")
            case "e", "E", "f", "F", "g", "G", "%":
                return try formatFloat(Double(number))
            default:
                throw PyError.make(py.ValueError, "Unknown format code '\(type!)' for object of type 'int'")
            }
        case .float(let number):
            return try formatFloat(number)
        default:
            return try pyStr(value)
        }
    }

    private func formatFloat(_ number: Double) throws -> String {
        var body: String
        let magnitude = Swift.abs(number)
        switch type {
        case "f", "F":
            body = Foundationless.format("%.\(precision ?? 6)f", magnitude)
        case "e", "E":
            body = Foundationless.format("%.\(precision ?? 6)e", magnitude)
        case "g", "G":
            body = Foundationless.format("%\(alternate ? "#" : "").\(precision ?? 6)g", magnitude)
        case "%":
            body = Foundationless.format("%.\(precision ?? 6)f", magnitude * 100) + "%"
        case nil:
            if let precision {
                body = Foundationless.format("%.\(Swift.max(precision, 1))g", magnitude)
                if !body.contains(".") && !body.contains("e") && magnitude.isFinite { body += ".0" }
            } else {
                body = pythonFloat(magnitude)
            }
        default:
            throw PyError.make(py.ValueError, "Unknown format code '\(type!)' for object of type 'float'")
        }
        if type == "E" || type == "G" || type == "F" { body = body.uppercased() }
        if grouping != nil {
            let end = body.firstIndex { !$0.isNumber } ?? body.endIndex
            body = group(String(body[..<end])) + body[end...]
        }
        let negative = number.sign == .minus && !number.isNaN
        return pad(signed(negative, body), numeric: true)
    }

    private func group(_ digits: String) -> String {
        guard let separator = grouping else { return digits }
        var out = ""
        for (index, digit) in digits.enumerated() {
            if index > 0 && (digits.count - index) % 3 == 0 { out.append(separator) }
            out.append(digit)
        }
        return out
    }

    private func signed(_ negative: Bool, _ body: String) -> String {
        if negative { return "-" + body }
        if sign == "+" { return "+" + body }
        if sign == " " { return " " + body }
        return body
    }

    private func pad(_ text: String, numeric: Bool = false, defaultAlign: Character = ">") -> String {
        let length = text.unicodeScalars.count
        guard width > length else { return text }
        let padding = width - length
        let fillText = { (count: Int) in String(repeating: String(fill), count: count) }
        switch align ?? (numeric ? ">" : defaultAlign) {
        case "<": return text + fillText(padding)
        case "^": return fillText(padding / 2) + text + fillText(padding - padding / 2)
        case "=":
            if let first = text.first, first == "-" || first == "+" || first == " " {
                return String(first) + fillText(padding) + text.dropFirst()
            }
            return fillText(padding) + text
        default: return fillText(padding) + text
        }
    }
}

/// `format % args`: printf-style formatting with CPython's errors ("not enough arguments for format string", "not
/// all arguments converted during string formatting", "%d format: a real number is required, not str").
func percentFormat(_ format: String, _ args: PyObject) throws -> String {
    let template = PercentTemplate(format)
    let mapping =
        args.ref is PyDict || (args.dunder("__getitem__") != nil && !(args.ref is PyTuple) && !args.isSequence)
    let values: [PyObject] = (args.ref as? PyTuple)?.items ?? [args]
    var index = 0
    var out = ""
    var usedKey = false
    for piece in template.pieces {
        switch piece {
        case .literal(let text): out += text
        case .spec(let spec):
            let value: PyObject
            if let key = spec.key {
                guard mapping else { throw PyError.make(py.TypeError, "format requires a mapping") }
                usedKey = true
                value = try args.getItem(PyObject(key))
            } else {
                guard index < values.count else {
                    throw PyError.make(py.TypeError, "not enough arguments for format string")
                }
                value = values[index]
                index += 1
            }
            PercentFormat.appendPadded(try percentConvert(value, spec), spec, to: &out)
        }
    }
    if !usedKey && index < values.count && !(mapping && index == 0) {
        throw PyError.make(py.TypeError, "not all arguments converted during string formatting")
    }
    return out
}

private func percentConvert(_ value: PyObject, _ spec: PercentTemplate.Spec) throws -> String {
    func sign(_ negative: Bool) -> String { negative ? "-" : spec.plus ? "+" : spec.space ? " " : "" }
    switch spec.conversion {
    case "s":
        let text = try pyStr(value)
        return spec.precision.map { String(String.UnicodeScalarView(text.unicodeScalars.prefix($0))) } ?? text
    case "r", "a": return try pyRepr(value)
    case "d", "i", "u", "x", "X", "o":
        let number: Int
        if let int = value.intValue {
            number = int
        } else if case .float(let double) = value.storage,
            spec.conversion == "d" || spec.conversion == "i" || spec.conversion == "u"
        {
            number = Int(double.rounded(.towardZero))
        } else {
            let what =
                spec.conversion == "d" || spec.conversion == "i" || spec.conversion == "u"
                ? "a real number" : "an integer"
            throw PyError.make(py.TypeError, "%\(spec.conversion) format: \(what) is required, not \(value.typeName)")
        }
        var digits: String
        switch spec.conversion {
        case "x", "X", "o":
            digits = String(number.magnitude, radix: spec.conversion == "o" ? 8 : 16, uppercase: spec.conversion == "X")
            if spec.alternate { digits = (spec.conversion == "o" ? "0o" : "0\(spec.conversion)") + digits }
        default: digits = String(number.magnitude)
        }
        if let precision = spec.precision, digits.count < precision {
            digits = String(repeating: "0", count: precision - digits.count) + digits
        }
        return sign(number < 0) + digits
    case "f", "F", "e", "E", "g", "G":
        guard let number = value.numericValue else {
            throw PyError.make(py.TypeError, "must be real number, not \(value.typeName)")
        }
        let flags = spec.alternate ? "#" : ""
        let body = Foundationless.format("%\(flags).\(spec.precision ?? 6)\(spec.conversion)", Swift.abs(number))
        return sign(number.sign == .minus && !number.isNaN) + body
    case "c":
        if case .str(let text) = value.storage, text.unicodeScalars.count == 1 { return text }
        if let number = value.intValue, let scalar = Unicode.Scalar(UInt32(clamping: number)) { return String(scalar) }
        throw PyError.make(py.TypeError, "%c requires int or char")
    default:
        throw PyError.make(
            py.ValueError,
            "unsupported format character '\(spec.conversion)' (0x\(String(spec.conversion.unicodeScalars.first!.value, radix: 16)))"
        )
    }
}

/// `template.format(*args, **kwargs)`: `{}`, `{0}`, `{name}`, `{x.attr}`, `{x[0]}`, `!r`/`!s`, `:spec` (with nested
/// `{}` in the spec), `{{`/`}}`.
func strFormat(_ template: String, _ args: [PyObject], _ kwargs: [(String, PyObject)]) throws -> String {
    var out = ""
    var chars = Array(template)[...]
    var automatic = 0
    var usedManual = false
    var usedAutomatic = false
    func resolve(_ field: String) throws -> PyObject {
        var rest = field[...]
        var head = ""
        while let c = rest.first, c != "." && c != "[" { head.append(rest.removeFirst()) }
        var object: PyObject
        if head.isEmpty {
            if usedManual {
                throw PyError.make(
                    py.ValueError, "cannot switch from manual field specification to automatic field numbering")
            }
            guard automatic < args.count else {
                throw PyError.make(
                    py.IndexError, "Replacement index \(automatic) out of range for positional args tuple")
            }
            object = args[automatic]
            automatic += 1
            usedAutomatic = true
        } else if let index = Int(head) {
            if usedAutomatic {
                throw PyError.make(
                    py.ValueError, "cannot switch from automatic field numbering to manual field specification")
            }
            usedManual = true
            guard index < args.count else {
                throw PyError.make(py.IndexError, "Replacement index \(index) out of range for positional args tuple")
            }
            object = args[index]
        } else {
            guard let value = kwargs.first(where: { $0.0 == head })?.1 else { throw PyError(keyError: PyObject(head)) }
            object = value
        }
        while let c = rest.first {
            rest.removeFirst()
            if c == "." {
                var name = ""
                while let c = rest.first, c != "." && c != "[" { name.append(rest.removeFirst()) }
                object = try object.attribute(name)
            } else {
                var key = ""
                while let c = rest.first, c != "]" { key.append(rest.removeFirst()) }
                rest = rest.dropFirst()
                object = try object.getItem(Int(key).map { PyObject($0) } ?? PyObject(key))
            }
        }
        return object
    }
    while let c = chars.popFirst() {
        if c == "{" {
            if chars.first == "{" {
                chars.removeFirst()
                out.append("{")
                continue
            }
            var field = ""
            var depth = 1
            while let d = chars.popFirst() {
                if d == "{" { depth += 1 }
                if d == "}" {
                    depth -= 1
                    if depth == 0 { break }
                }
                field.append(d)
            }
            if depth != 0 { throw PyError.make(py.ValueError, "expected '}' before end of string") }
            var name = field
            var spec = ""
            var conversion: Character?
            if let colon = field.firstIndex(of: ":") {
                name = String(field[..<colon])
                spec = String(field[field.index(after: colon)...])
            }
            if let bang = name.firstIndex(of: "!") {
                conversion = name[name.index(after: bang)...].first
                name = String(name[..<bang])
            }
            if spec.contains("{") { spec = try strFormat(spec, args, kwargs) }
            var value = try resolve(name)
            if conversion == "r" || conversion == "a" { value = PyObject(try pyRepr(value)) }
            if conversion == "s" { value = PyObject(try pyStr(value)) }
            out += try pyFormat(value, spec)
        } else if c == "}" {
            guard chars.first == "}" else {
                throw PyError.make(py.ValueError, "Single '}' encountered in format string")
            }
            chars.removeFirst()
            out.append("}")
        } else {
            out.append(c)
        }
    }
    return out
}

extension PyObject {
    /// An f-string from its pieces: `PyObject.fstring(["a", try py.format(x, ".2f")])` (each piece a str).
    public static func fstring(_ pieces: [PyObject]) throws -> PyObject {
        var text = ""
        for piece in pieces { text += try pyStr(piece) }
        return PyObject(text)
    }
}
