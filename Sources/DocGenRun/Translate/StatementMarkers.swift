/// The statement markers a translated scope starts its statements with, naming their Python line for tracebacks:
/// `try at(N); ` in a scope whose statements can leave an error waiting to be raised at the next statement (an
/// attribute assignment, which Swift routes through a setter that cannot throw, or a `finally` body, run from a
/// `defer`), `atLine(N); ` in every other scope. `atLine` cannot throw, and a call that cannot throw is much cheaper
/// to compile: about a tenth of a translated scenario's compile time was its throwing markers. An error kept in a
/// scope is raised by that scope's next marker or when its function returns, so other scopes need not look for it.
enum StatementMarkers {
    /// The marker that raises a waiting error first.
    static let raising = "try at("
    /// The marker that only names the line.
    static let plain = "atLine("

    /// The marker of the statement on line `line`.
    static func marker(line: Int, raising: Bool) -> String {
        (raising ? Self.raising : plain) + "\(line)); "
    }

    /// Whether the statements of one scope (a function's or the module's body: not its nested functions' or
    /// classes') can leave an error waiting: an assignment to an attribute anywhere in a target, or a `try` with a
    /// `finally`.
    static func scopeNeedsRaising(_ body: [PythonNode]) -> Bool {
        body.contains(where: leavesErrorWaiting)
    }

    private static func leavesErrorWaiting(_ node: PythonNode) -> Bool {
        switch node.type {
        case "FunctionDef", "AsyncFunctionDef", "ClassDef":
            // Their bodies are scopes of their own; what this scope evaluates of them is expressions.
            return node.nodes("decorator_list").contains(where: leavesErrorWaiting)
                || node.nodes("bases").contains(where: leavesErrorWaiting)
                || node.node("args").map(leavesErrorWaiting) ?? false
        case "Try", "TryStar":
            if !node.nodes("finalbody").isEmpty { return true }
        case "Assign":
            if node.nodes("targets").contains(where: assignsAttribute) { return true }
        case "AugAssign", "AnnAssign", "For", "AsyncFor", "comprehension":
            if node.node("target").map(assignsAttribute) ?? false { return true }
        case "withitem":
            if node.node("optional_vars").map(assignsAttribute) ?? false { return true }
        default:
            break
        }
        return node.fields.values.contains(where: valueLeavesErrorWaiting)
    }

    private static func valueLeavesErrorWaiting(_ value: PythonValue) -> Bool {
        switch value {
        case .node(let node): leavesErrorWaiting(node)
        case .list(let items): items.contains(where: valueLeavesErrorWaiting)
        case .string, .int, .none, .constant: false
        }
    }

    /// Whether assigning to `target` assigns an attribute (`x.a`, or one inside a tuple, list or starred target).
    private static func assignsAttribute(_ target: PythonNode) -> Bool {
        switch target.type {
        case "Attribute": true
        case "Tuple", "List": target.nodes("elts").contains(where: assignsAttribute)
        case "Starred": target.node("value").map(assignsAttribute) ?? false
        default: false
        }
    }
}
