/// Python's printf-style `%` formatting: `"value=%s" % (val,)` and `"%(threadName)-10s" % record`.
///
/// Supports `%s %r %d %i %f %e %g %x %X %o %c %%`, flags `-+ 0#`, width, precision, and `%(name)` keys.
enum PercentFormat {
    /// Formats `format` with positional `args`. Extra or missing arguments are reported inside the text rather than
    /// raised (logging prints its own error in that case).
    static func format(_ format: String, _ args: [Any]) -> String {
        var index = 0
        return render(format) { key in
            if key != nil { return nil }
            defer { index += 1 }
            return index < args.count ? args[index] : nil
        }
    }

    /// Formats `format` with `%(key)` lookups in `values`.
    static func format(_ format: String, mapping values: [String: Any]) -> String {
        render(format) { key in key.flatMap { values[$0] } }
    }

    private static func render(_ format: String, next: (String?) -> Any?) -> String {
        var out = ""
        let chars = Array(format)
        var i = 0
        while i < chars.count {
            let c = chars[i]
            i += 1
            guard c == "%", i < chars.count else {
                out.append(c)
                continue
            }
            if chars[i] == "%" {
                out.append("%")
                i += 1
                continue
            }
            var key: String?
            if chars[i] == "(" {
                guard let close = chars[i...].firstIndex(of: ")") else {
                    out.append(contentsOf: String(chars[(i - 1)...]))
                    break
                }
                key = String(chars[(i + 1)..<close])
                i = close + 1
            }
            var flags = Set<Character>()
            while i < chars.count, "-+ 0#".contains(chars[i]) {
                flags.insert(chars[i])
                i += 1
            }
            var width = 0
            while i < chars.count, let digit = chars[i].wholeNumberValue {
                width = width * 10 + digit
                i += 1
            }
            var precision: Int?
            if i < chars.count, chars[i] == "." {
                i += 1
                var p = 0
                while i < chars.count, let digit = chars[i].wholeNumberValue {
                    p = p * 10 + digit
                    i += 1
                }
                precision = p
            }
            guard i < chars.count else { break }
            let conversion = chars[i]
            i += 1
            let value = next(key)
            var text = convert(value, conversion, flags: flags, precision: precision)
            if text.count < width {
                let padding = width - text.count
                if flags.contains("-") {
                    text += String(repeating: " ", count: padding)
                } else if flags.contains("0") && "dixXofeEgG".contains(conversion) {
                    let signLength = text.hasPrefix("-") || text.hasPrefix("+") ? 1 : 0
                    text.insert(
                        contentsOf: String(repeating: "0", count: padding),
                        at: text.index(
                            text.startIndex,
                            offsetBy: signLength))
                } else {
                    text = String(repeating: " ", count: padding) + text
                }
            }
            out += text
        }
        return out
    }

    private static func convert(_ value: Any?, _ conversion: Character, flags: Set<Character>, precision: Int?)
        -> String
    {
        guard let value else { return "%\(conversion)" }
        switch conversion {
        case "s":
            let text = str(value)
            return precision.map { String(text.prefix($0)) } ?? text
        case "r", "a":
            return repr(value)
        case "d", "i", "u":
            guard let number = integer(value) else { return str(value) }
            return sign(number >= 0, flags) + String(number.magnitude)
        case "x", "X", "o":
            guard let number = integer(value) else { return str(value) }
            let radix = conversion == "o" ? 8 : 16
            var digits = String(number.magnitude, radix: radix, uppercase: conversion == "X")
            if flags.contains("#") { digits = (conversion == "o" ? "0o" : conversion == "x" ? "0x" : "0X") + digits }
            return sign(number >= 0, flags) + digits
        case "f", "F":
            guard let number = double(value) else { return str(value) }
            return sign(number >= 0, flags) + fixed(abs(number), precision ?? 6)
        case "e", "E", "g", "G":
            guard let number = double(value) else { return str(value) }
            return sign(number >= 0, flags) + pythonFloat(abs(number))
        case "c":
            if let number = integer(value), let scalar = Unicode.Scalar(UInt32(number)) { return String(scalar) }
            return str(value)
        default:
            return str(value)
        }
    }

    private static func sign(_ positive: Bool, _ flags: Set<Character>) -> String {
        if !positive { return "-" }
        if flags.contains("+") { return "+" }
        if flags.contains(" ") { return " " }
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
