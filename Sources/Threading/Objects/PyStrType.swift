extension PyTypes {
    /// `str` and its common methods (code-point exact, as CPython's).
    static let str: PyType = {
        let type = PyType(builtin: "str", base: object)
        type.construct = { _, args, _ in
            guard let value = args.first else { return PyObject("") }
            return PyObject(try pyStr(value))
        }
        func text(_ object: PyObject) throws -> String { try object.asStringArgument("descriptor") }
        func scalars(_ object: PyObject) throws -> [Unicode.Scalar] { Array(try text(object).unicodeScalars) }
        func make(_ scalars: some Sequence<Unicode.Scalar>) -> PyObject {
            PyObject(String(String.UnicodeScalarView(scalars)))
        }
        type.method("join", ["iterable", "/"]) { a in
            let separator = try text(a[0])
            var pieces: [String] = []
            for (index, item) in try a[1].items().enumerated() {
                guard case .str(let piece) = item.storage else {
                    throw PyError.make(
                        py.TypeError, "sequence item \(index): expected str instance, \(item.typeName) found")
                }
                pieces.append(piece)
            }
            return PyObject(pieces.joined(separator: separator))
        }
        type.method("split", ["sep=", "maxsplit="], defaults: [.None, -1]) { a in
            .list(try split(try text(a[0]), a[1], maxsplit: try a[2].asInt()).map { PyObject($0) })
        }
        type.method("rsplit", ["sep=", "maxsplit="], defaults: [.None, -1]) { a in
            let maxsplit = try a[2].asInt()
            if maxsplit < 0 { return .list(try split(try text(a[0]), a[1], maxsplit: -1).map { PyObject($0) }) }
            let reversedText = String(String.UnicodeScalarView(try scalars(a[0]).reversed()))
            let separator = a[1].isNone ? PyObject.None : make(try scalars(a[1]).reversed())
            let pieces = try split(reversedText, separator, maxsplit: maxsplit)
            return .list(pieces.reversed().map { make($0.unicodeScalars.reversed()) })
        }
        type.method("splitlines", ["keepends="], defaults: [false]) { a in
            var lines = try text(a[0]).components(separatedBy: "\n")
            if lines.last == "" { lines.removeLast() }
            let keep = try a[1].isTrue
            return .list(
                lines.enumerated().map { index, line in
                    PyObject(keep && index < lines.count - 1 ? line + "\n" : line)
                })
        }
        for (name, ends) in [("strip", (true, true)), ("lstrip", (true, false)), ("rstrip", (false, true))] {
            type.method(name, ["chars="], defaults: [.None]) { a in
                var items = try scalars(a[0])[...]
                let strip: (Unicode.Scalar) -> Bool
                if a[1].isNone {
                    strip = { $0.properties.isWhitespace }
                } else {
                    let set = Set(try scalars(a[1]))
                    strip = { set.contains($0) }
                }
                if ends.0 { while let first = items.first, strip(first) { items.removeFirst() } }
                if ends.1 { while let last = items.last, strip(last) { items.removeLast() } }
                return make(items)
            }
        }
        type.method("upper") { a in PyObject(try text(a[0]).uppercased()) }
        type.method("lower") { a in PyObject(try text(a[0]).lowercased()) }
        type.method("capitalize") { a in
            let value = try text(a[0])
            return PyObject(value.prefix(1).uppercased() + value.dropFirst().lowercased())
        }
        type.method("title") { a in
            var out = ""
            var previousIsLetter = false
            for character in try text(a[0]) {
                out += previousIsLetter ? character.lowercased() : character.uppercased()
                previousIsLetter = character.isLetter
            }
            return PyObject(out)
        }
        type.method("swapcase") { a in
            PyObject(
                String(try text(a[0]).map { $0.isUppercase ? Character($0.lowercased()) : Character($0.uppercased()) }))
        }
        type.method("replace", ["old", "new", "count="], defaults: [-1]) { a in
            let pieces = try text(a[0]).components(separatedBy: try text(a[1]))
            let count = try a[3].asInt()
            let replacement = try text(a[2])
            if count < 0 || count >= pieces.count - 1 { return PyObject(pieces.joined(separator: replacement)) }
            let old = try text(a[1])
            return PyObject(
                pieces[...count].joined(separator: replacement) + old + pieces[(count + 1)...].joined(separator: old))
        }
        for (name, atStart) in [("startswith", true), ("endswith", false)] {
            type.method(name, ["prefix"]) { a in
                let value = try text(a[0])
                let candidates = (a[1].ref as? PyTuple)?.items ?? [a[1]]
                for candidate in candidates {
                    guard case .str(let affix) = candidate.storage else {
                        throw PyError.make(
                            py.TypeError,
                            "\(name) first arg must be str or a tuple of str, not \(candidate.typeName)")
                    }
                    let a = Array(value.unicodeScalars)
                    let b = Array(affix.unicodeScalars)
                    if b.count <= a.count, (atStart ? Array(a.prefix(b.count)) : Array(a.suffix(b.count))) == b {
                        return true
                    }
                }
                return false
            }
        }
        type.method("find", ["sub"]) { a in PyObject(try find(try scalars(a[0]), try scalars(a[1]), last: false) ?? -1)
        }
        type.method("rfind", ["sub"]) { a in PyObject(try find(try scalars(a[0]), try scalars(a[1]), last: true) ?? -1)
        }
        type.method("index", ["sub"]) { a in
            guard let position = try find(try scalars(a[0]), try scalars(a[1]), last: false) else {
                throw PyError.make(py.ValueError, "substring not found")
            }
            return PyObject(position)
        }
        type.method("count", ["sub"]) { a in
            let value = try text(a[0])
            let part = try text(a[1])
            if part.isEmpty { return PyObject(value.unicodeScalars.count + 1) }
            return PyObject(value.components(separatedBy: part).count - 1)
        }
        for (name, side) in [("center", 0), ("ljust", 1), ("rjust", 2)] {
            type.method(name, ["width", "fillchar="], defaults: [" "]) { a in
                let value = try text(a[0])
                let width = try a[1].asInt()
                let fill = try text(a[2])
                let padding = max(0, width - value.unicodeScalars.count)
                switch side {
                case 1: return PyObject(value + String(repeating: fill, count: padding))
                case 2: return PyObject(String(repeating: fill, count: padding) + value)
                default:
                    let left = padding / 2 + (padding & width & 1)
                    return PyObject(
                        String(repeating: fill, count: left) + value + String(repeating: fill, count: padding - left))
                }
            }
        }
        type.method("zfill", ["width"]) { a in
            var value = try text(a[0])
            let padding = max(0, try a[1].asInt() - value.unicodeScalars.count)
            var sign = ""
            if value.hasPrefix("-") || value.hasPrefix("+") { sign = String(value.removeFirst()) }
            return PyObject(sign + String(repeating: "0", count: padding) + value)
        }
        for (name, test) in [
            ("isdigit", { (s: Unicode.Scalar) in s.properties.numericType != nil }),
            ("isdecimal", { (s: Unicode.Scalar) in s.properties.numericType == .decimal }),
            ("isnumeric", { (s: Unicode.Scalar) in s.properties.numericType != nil }),
            ("isalpha", { (s: Unicode.Scalar) in s.properties.isAlphabetic }),
            ("isalnum", { (s: Unicode.Scalar) in s.properties.isAlphabetic || s.properties.numericType != nil }),
            ("isspace", { (s: Unicode.Scalar) in s.properties.isWhitespace }),
        ] {
            type.method(name) { a in
                let items = try scalars(a[0])
                return PyObject(!items.isEmpty && items.allSatisfy(test))
            }
        }
        type.method("isupper") { a in
            let value = try text(a[0])
            return PyObject(value.contains { $0.isUppercase } && !value.contains { $0.isLowercase })
        }
        type.method("islower") { a in
            let value = try text(a[0])
            return PyObject(value.contains { $0.isLowercase } && !value.contains { $0.isUppercase })
        }
        type.method("partition", ["sep"]) { a in
            let value = try text(a[0])
            let separator = try text(a[1])
            let pieces = value.components(separatedBy: separator)
            if pieces.count == 1 { return .tuple([PyObject(value), "", ""]) }
            return .tuple([
                PyObject(pieces[0]), PyObject(separator), PyObject(pieces[1...].joined(separator: separator)),
            ])
        }
        type.method("rpartition", ["sep"]) { a in
            let value = try text(a[0])
            let separator = try text(a[1])
            let pieces = value.components(separatedBy: separator)
            if pieces.count == 1 { return .tuple(["", "", PyObject(value)]) }
            return .tuple([
                PyObject(pieces.dropLast().joined(separator: separator)), PyObject(separator), PyObject(pieces.last!),
            ])
        }
        type.method("format", ["*args", "**kwargs"]) { a in
            let kwargs = try a[2].asDict().snapshot().map { (try $0.0.asString(), $0.1) }
            return PyObject(try strFormat(try text(a[0]), try a[1].items(), kwargs))
        }
        type.method("__format__", ["format_spec"]) { a in PyObject(try pyFormat(a[0], try a[1].asString())) }
        type.method("encode", ["encoding=", "errors="], defaults: ["utf-8", "strict"]) { a in a[0] }
        return type
    }()
}

/// `str.split(sep, maxsplit)`: on runs of whitespace when `sep` is None.
private func split(_ text: String, _ separator: PyObject, maxsplit: Int) throws -> [String] {
    if case .str(let sep) = separator.storage {
        if sep.isEmpty { throw PyError.make(py.ValueError, "empty separator") }
        let pieces = text.components(separatedBy: sep)
        if maxsplit < 0 || maxsplit >= pieces.count - 1 { return pieces }
        return Array(pieces[..<maxsplit]) + [pieces[maxsplit...].joined(separator: sep)]
    }
    guard separator.isNone else {
        throw PyError.make(py.TypeError, "must be str or None, not \(separator.typeName)")
    }
    var pieces: [String] = []
    var current = String.UnicodeScalarView()
    var scalars = Array(text.unicodeScalars)[...]
    while let first = scalars.first, first.properties.isWhitespace { scalars.removeFirst() }
    while let scalar = scalars.first {
        if scalar.properties.isWhitespace {
            pieces.append(String(current))
            current = String.UnicodeScalarView()
            while let next = scalars.first, next.properties.isWhitespace { scalars.removeFirst() }
            if maxsplit >= 0 && pieces.count == maxsplit {
                if !scalars.isEmpty { pieces.append(String(String.UnicodeScalarView(scalars))) }
                return pieces
            }
        } else {
            current.append(scalar)
            scalars.removeFirst()
        }
    }
    if !current.isEmpty { pieces.append(String(current)) }
    return pieces
}

private func find(_ text: [Unicode.Scalar], _ part: [Unicode.Scalar], last: Bool) throws -> Int? {
    guard part.count <= text.count else { return nil }
    let starts = Array(0...(text.count - part.count))
    for start in last ? starts.reversed() : starts where Array(text[start..<start + part.count]) == part {
        return start
    }
    return nil
}
