/// Python's printf-style `%` formatting: `"value=%s" % (val,)` and `"%(threadName)-10s" % record`.
///
/// Supports `%s %r %d %i %f %e %g %x %X %o %c %%`, flags `-+ 0#`, width, precision, and `%(name)` keys.
enum PercentFormat {
    /// Formats `format` with positional `args`. Extra or missing arguments are reported inside the text rather than
    /// raised (logging prints its own error in that case).
    static func format(_ format: String, _ args: [Any]) -> String {
        var index = 0
        return render(PercentTemplate(format)) { key in
            if key != nil { return nil }
            defer { index += 1 }
            return index < args.count ? args[index] : nil
        }
    }

    /// Formats `format` with `%(key)` lookups in `values`.
    static func format(_ format: String, mapping values: [String: Any]) -> String {
        render(PercentTemplate(format)) { key in key.flatMap { values[$0] } }
    }

    /// Formats an already parsed `template`, asking `next` for each specifier's value (by its key, nil if positional).
    static func render(_ template: PercentTemplate, next: (String?) -> Any?) -> String {
        var out = ""
        for piece in template.pieces {
            switch piece {
            case .literal(let text): out += text
            case .spec(let spec): appendPadded(convert(next(spec.key), spec), spec, to: &out)
            }
        }
        return out
    }

    /// `%s` of a Python `str` value (what `convert` gives for a `String` under `s`), without boxing it.
    static func appendString(_ text: String, _ spec: PercentTemplate.Spec, to out: inout String) {
        guard spec.conversion == "s" else {
            appendPadded(convert(text, spec), spec, to: &out)
            return
        }
        if let precision = spec.precision {
            appendPadded(String(text.prefix(precision)), spec, to: &out)
        } else {
            appendPadded(text, spec, to: &out)
        }
    }

    /// `text.count`, read off the UTF-8 bytes when each is a character of its own (ASCII other than a carriage
    /// return, which pairs with a line feed), as in a record's `%(threadName)-10s`: counting characters walks grapheme
    /// boundaries, and logging pads a field of every record.
    static func characterCount(_ text: String) -> Int {
        for byte in text.utf8 where byte >= 0x80 || byte == 0x0D { return text.count }
        return text.utf8.count
    }

    /// Appends `text` padded to the specifier's width: blanks after it (`-`), zeros after its sign (`0`, numeric),
    /// else blanks before it.
    static func appendPadded(_ text: String, _ spec: PercentTemplate.Spec, to out: inout String) {
        guard spec.width > 0 else {
            out += text
            return
        }
        let length = characterCount(text)
        guard length < spec.width else {
            out += text
            return
        }
        let padding = spec.width - length
        if spec.leftAlign {
            out += text
            out += String(repeating: " ", count: padding)
        } else if spec.zeroPad {
            var padded = text
            let signLength = text.hasPrefix("-") || text.hasPrefix("+") ? 1 : 0
            padded.insert(
                contentsOf: String(repeating: "0", count: padding),
                at: padded.index(padded.startIndex, offsetBy: signLength))
            out += padded
        } else {
            out += String(repeating: " ", count: padding)
            out += text
        }
    }

    static func convert(_ value: Any?, _ spec: PercentTemplate.Spec) -> String {
        let conversion = spec.conversion
        let precision = spec.precision
        guard let value else { return "%\(conversion)" }
        switch conversion {
        case "s":
            let text = str(value)
            return precision.map { String(text.prefix($0)) } ?? text
        case "r", "a":
            return repr(value)
        case "d", "i", "u":
            guard let number = integer(value) else { return str(value) }
            return sign(number >= 0, spec) + String(number.magnitude)
        case "x", "X", "o":
            guard let number = integer(value) else { return str(value) }
            let radix = conversion == "o" ? 8 : 16
            var digits = String(number.magnitude, radix: radix, uppercase: conversion == "X")
            if spec.alternate { digits = (conversion == "o" ? "0o" : conversion == "x" ? "0x" : "0X") + digits }
            return sign(number >= 0, spec) + digits
        case "f", "F":
            guard let number = double(value) else { return str(value) }
            return sign(number >= 0, spec) + fixed(abs(number), precision ?? 6)
        case "e", "E", "g", "G":
            guard let number = double(value) else { return str(value) }
            return sign(number >= 0, spec) + pythonFloat(abs(number))
        case "c":
            if let number = integer(value), let scalar = Unicode.Scalar(UInt32(number)) { return String(scalar) }
            return str(value)
        default:
            return str(value)
        }
    }

    private static func sign(_ positive: Bool, _ spec: PercentTemplate.Spec) -> String {
        if !positive { return "-" }
        if spec.plus { return "+" }
        if spec.space { return " " }
        return ""
    }

    private static func integer(_ value: Any) -> Int? {
        switch value {
        case let v as Int: return v
        case let v as any BinaryInteger: return Int(v)
        case let v as Double: return Int(v)
        case let v as Bool: return v ? 1 : 0
        default: return nil
        }
    }

    private static func double(_ value: Any) -> Double? {
        switch value {
        case let v as Double: return v
        case let v as Float: return Double(v)
        case let v as any BinaryInteger: return Double(Int(v))
        default: return nil
        }
    }

    /// `value` with `digits` decimals, rounded half to even on the exact binary value like C's printf.
    static func fixed(_ value: Double, _ digits: Int) -> String {
        var scaled = (value * pow10(digits)).rounded(.toNearestOrEven)
        if scaled > 9.0e18 { scaled = 9.0e18 }
        let whole = Int64(scaled)
        let divisor = Int64(pow10(digits))
        let integerPart = whole / divisor
        let fraction = whole % divisor
        guard digits > 0 else { return String(integerPart) }
        let fractionText = String(fraction)
        return "\(integerPart)." + String(repeating: "0", count: digits - fractionText.count) + fractionText
    }

    private static func pow10(_ n: Int) -> Double {
        var result = 1.0
        for _ in 0..<n { result *= 10 }
        return result
    }
}
