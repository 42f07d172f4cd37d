/// One attribute of an `HTMLNode` element: ` name="value"` with the value escaped, or ` name` alone.
package struct HTMLAttribute: Sendable, Equatable {
    package var name: String
    /// `nil` for a boolean attribute written without a value (`hidden`, `download`).
    package var value: String?

    package init(_ name: String, _ value: String?) {
        self.name = name
        self.value = value
    }

    /// The attributes of a literal, in its order.
    static func list(_ pairs: KeyValuePairs<String, String?>) -> [HTMLAttribute] {
        pairs.map { HTMLAttribute($0.key, $0.value) }
    }

    func write(to out: inout some TextOutputStream) {
        out.write(" " + name)
        if let value { out.write("=\"" + HTMLEscaping.escape(value) + "\"") }
    }
}
