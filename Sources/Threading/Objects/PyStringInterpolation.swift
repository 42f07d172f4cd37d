/// f-strings: `try PyObject("worker \(n) done")` is `f"worker {n} done"`; `\(repr: x)` is `{x!r}`, `\(x, format:
/// ">3")` is `{x:>3}`.
extension PyObject: ExpressibleByStringInterpolation {
    public struct StringInterpolation: StringInterpolationProtocol {
        var text = ""

        public init(literalCapacity: Int, interpolationCount: Int) { text.reserveCapacity(literalCapacity) }

        public mutating func appendLiteral(_ literal: String) { text += literal }

        /// `{x}`: `format(x, "")`, which is `str(x)` for builtin values.
        public mutating func appendInterpolation(_ value: PyObject) throws { text += try pyFormat(value, "") }

        /// Swift text (the layer's own messages).
        mutating func appendInterpolation(_ value: String) { text += value }

        /// A Swift int (the layer's own messages).
        mutating func appendInterpolation(_ value: Int) { text += String(value) }

        /// `{x!r}`.
        public mutating func appendInterpolation(repr value: PyObject) throws { text += try pyRepr(value) }

        /// `{x!s}`.
        public mutating func appendInterpolation(str value: PyObject) throws { text += try pyStr(value) }

        /// `{x:spec}`.
        public mutating func appendInterpolation(_ value: PyObject, format spec: String) throws {
            text += try pyFormat(value, spec)
        }

        /// `{x!r:spec}`.
        public mutating func appendInterpolation(repr value: PyObject, format spec: String) throws {
            text += try pyFormat(PyObject(try pyRepr(value)), spec)
        }
    }

    public init(stringInterpolation: StringInterpolation) { storage = .str(stringInterpolation.text) }
}
