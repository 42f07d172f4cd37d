/// How a Python name of one scope is held in the generated Swift, decided from its scope's bindings and uses.
enum NameStorage: Equatable {
    /// A module global others reach: `g.name` (every access a shared access).
    case global
    /// A Swift `let` written where the name is bound (bound once, before any nested scope uses it).
    case constant
    /// A Swift `var` declared where the name is first bound.
    case variable
    /// A loop, `with` or `except` variable used only inside its block: bound by that block's Swift header.
    case blockScoped
    /// A Swift `var` declared at the top of the scope (bound in several blocks, or used before its binding).
    case hoisted
    /// A local a nested function reaches: `PyCell`, declared at the top of the function.
    case cell
    /// A parameter: a Swift `let` (or `var` when rebound) taken from the arguments.
    case parameter
    /// A name bound in a class body: an attribute of the class object.
    case classAttribute
}

/// Python builtins the object layer provides as `py.<name>`.
enum PythonBuiltins {
    static let names: Set<String> = [
        "print", "len", "range", "str", "repr", "int", "float", "bool", "list", "tuple", "dict", "set", "sorted",
        "enumerate", "zip", "min", "max", "sum", "abs", "isinstance", "issubclass", "hasattr", "getattr", "setattr",
        "delattr", "id", "object", "iter", "next", "any", "all", "round", "type", "hash", "format", "map", "filter",
        "reversed", "divmod", "ord", "chr", "callable", "super", "BaseException", "Exception", "ValueError",
        "TypeError", "KeyError", "IndexError", "ZeroDivisionError", "AttributeError", "NameError", "RuntimeError",
        "TimeoutError", "StopIteration", "AssertionError", "NotImplementedError", "LookupError", "ArithmeticError",
        "OverflowError", "KeyboardInterrupt", "SystemExit", "OSError", "UnboundLocalError", "RecursionError",
        "ConnectionError", "BrokenPipeError", "ConnectionAbortedError", "ConnectionRefusedError",
        "ConnectionResetError", "FileNotFoundError", "FileExistsError", "PermissionError", "InterruptedError",
        "BlockingIOError", "EOFError", "MemoryError", "BufferError", "UnicodeError",
    ]
}

/// Swift spellings of Python identifiers.
enum SwiftIdentifier {
    /// Swift keywords a Python name may be; such names are written in backticks.
    static let keywords: Set<String> = [
        "associatedtype", "class", "deinit", "enum", "extension", "fileprivate", "func", "import", "init", "inout",
        "internal", "let", "open", "operator", "private", "precedencegroup", "protocol", "public", "rethrows",
        "static", "struct", "subscript", "typealias", "var", "break", "case", "catch", "continue", "default", "defer",
        "do", "else", "fallthrough", "for", "guard", "if", "in", "repeat", "return", "throw", "switch", "where",
        "while", "Any", "as", "await", "false", "is", "nil", "self", "Self", "super", "throws", "true", "try",
        "Type", "Protocol", "some", "any",
    ]
    /// Names the generated code uses itself; a Python name equal to one gets a trailing `_`.
    static let reserved: Set<String> = [
        "g", "py", "arguments", "raised", "pythonLines", "PyObject", "PyError", "PyCell", "PyWith", "at", "atLine",
    ]

    /// `name` as a Swift local: backticked when it is a keyword, `_`-suffixed when the generated code uses it.
    static func local(_ name: String) -> String {
        if reserved.contains(name) { return name + "_" }
        return keywords.contains(name) ? "`\(name)`" : name
    }

    /// Whether `name` can follow a `.` as a dynamic member (otherwise `attribute("name")` is written).
    static func isMember(_ name: String) -> Bool {
        !["self", "Type", "Protocol", "init", "deinit", "subscript", "dynamicType"].contains(name)
            && !objectMembers.contains(name)
    }

    /// Swift members of `PyObject` itself: a Python attribute of that name must go through `attribute("name")`.
    static let objectMembers: Set<String> = [
        "isTrue", "call", "iterator", "nextItem", "unpack", "is", "getItem", "setItem", "delItem", "attribute",
        "setAttribute", "deleteAttribute", "inplaceAdd", "description", "hashValue", "enter", "exit", "method",
    ]

    /// `text` as a Swift string literal.
    static func stringLiteral(_ text: String) -> String {
        var result = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\\": result += "\\\\"
            case "\"": result += "\\\""
            case "\n": result += "\\n"
            case "\r": result += "\\r"
            case "\t": result += "\\t"
            case "\0": result += "\\0"
            default:
                if scalar.value < 0x20 || scalar.value == 0x7F {
                    result += "\\u{\(String(scalar.value, radix: 16))}"
                } else {
                    result.unicodeScalars.append(scalar)
                }
            }
        }
        return result + "\""
    }
}
