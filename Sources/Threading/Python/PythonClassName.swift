/// Python's `type(x).__name__` for a Swift value: `int`, `str`, `float`, `bool`, `NoneType` (nil or Void), `list`,
/// `dict`, `set`, `tuple`; for an error its exception class (`ValueError`, `BrokenBarrierError`); otherwise the
/// Swift type's name; for a translated program's object, its Python class (`float`, `Job`).
func pythonClassName(of value: Any) -> String {
    switch value {
    case let object as PyObject: return object.typeName
    case let error as any Error:
        return String(pythonTypeName(error).split(separator: ".").last ?? "")
    case is Bool: return "bool"
    case is any BinaryInteger: return "int"
    case is Double, is Float: return "float"
    case is String, is Substring, is Character: return "str"
    case is Void: return "NoneType"
    default: break
    }
    let mirror = Mirror(reflecting: value)
    switch mirror.displayStyle {
    case .optional:
        guard let child = mirror.children.first else { return "NoneType" }
        return pythonClassName(of: child.value)
    case .collection: return "list"
    case .dictionary: return "dict"
    case .set: return "set"
    case .tuple: return "tuple"
    default: return String(describing: type(of: value))
    }
}
