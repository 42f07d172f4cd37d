import Foundation

/// One node of CPython's `ast` as `PythonASTScript` prints it: its type (`Assign`, `Name`, …), where it starts, and
/// its fields by their `ast` names.
struct PythonNode: Sendable {
    /// The `ast` class name: `FunctionDef`, `Call`, `Constant`, …
    var type: String
    /// The 1-based line within the cell where the node starts (0 for nodes without a position, like operators).
    var line: Int
    /// The 0-based column (in UTF-8 bytes, as `ast` counts) where it starts.
    var column: Int
    /// The line where it ends.
    var endLine: Int
    var fields: [String: PythonValue]

    /// The node in field `name`, or nil when the field is missing or `None`.
    func node(_ name: String) -> PythonNode? {
        if case .node(let node)? = fields[name] { return node }
        return nil
    }

    /// The nodes of list field `name` (empty when missing).
    func nodes(_ name: String) -> [PythonNode] {
        guard case .list(let items)? = fields[name] else { return [] }
        return items.compactMap { if case .node(let node) = $0 { node } else { nil } }
    }

    /// The items of list field `name`, `None` entries kept as nil (`Dict.keys` has them for `**mapping`).
    func optionalNodes(_ name: String) -> [PythonNode?] {
        guard case .list(let items)? = fields[name] else { return [] }
        return items.map { if case .node(let node) = $0 { node } else { nil } }
    }

    /// The string in field `name` (`Name.id`, `alias.name`, …).
    func string(_ name: String) -> String? {
        if case .string(let text)? = fields[name] { return text }
        return nil
    }

    /// The strings of list field `name` (`Global.names`).
    func strings(_ name: String) -> [String] {
        guard case .list(let items)? = fields[name] else { return [] }
        return items.compactMap { if case .string(let text) = $0 { text } else { nil } }
    }

    /// The integer in field `name` (`FormattedValue.conversion`, `ImportFrom.level`).
    func int(_ name: String) -> Int? {
        if case .int(let value)? = fields[name] { return value }
        return nil
    }

    /// The type name of the node in field `name` (operators: `Add`, `Lt`, `Load`, …).
    func kind(_ name: String) -> String? { node(name)?.type }
}

/// A field value of a `PythonNode`.
indirect enum PythonValue: Sendable {
    case node(PythonNode)
    case list([PythonValue])
    case string(String)
    case int(Int)
    case none
    /// A `Constant`'s value: `kind` is `int`, `float`, `str`, `bool`, `None` or another type name (`bytes`, …);
    /// `text` its `str` (ints), `repr` (floats) or the string itself.
    case constant(kind: String, text: String)

    /// Converts what `JSONSerialization` read from `PythonASTScript`'s output.
    init(json: Any) throws(PythonParseError) {
        switch json {
        case let object as [String: Any]:
            if let type = object["_"] as? String {
                var fields: [String: PythonValue] = [:]
                for (key, value) in object where key != "_" && key != "@" && !(type == "Constant" && key == "value") {
                    fields[key] = try PythonValue(json: value)
                }
                if type == "Constant", let value = object["value"] as? [String: Any], let kind = value["t"] as? String {
                    fields["value"] = .constant(kind: kind, text: value["v"] as? String ?? "")
                }
                let position = object["@"] as? [Int] ?? []
                self = .node(
                    PythonNode(
                        type: type, line: position.first ?? 0, column: position.count > 1 ? position[1] : 0,
                        endLine: position.count > 2 ? position[2] : (position.first ?? 0), fields: fields))
            } else {
                throw .malformedOutput("an object without a node type")
            }
        case let items as [Any]:
            self = .list(try items.map { item throws(PythonParseError) in try PythonValue(json: item) })
        case let text as String: self = .string(text)
        case let number as NSNumber: self = .int(number.intValue)
        case is NSNull: self = .none
        default: throw .malformedOutput("an unexpected JSON value")
        }
    }
}
