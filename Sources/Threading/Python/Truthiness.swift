/// Python's `bool(x)` for a Swift value: false for `False`, `None` (nil, Void), zero numbers and empty strings or
/// collections; true otherwise.
func pythonTruth(_ value: Any) -> Bool {
    switch value {
    case let value as Bool: return value
    case let value as any BinaryInteger: return !isZero(value)
    case let value as Double: return value != 0
    case let value as Float: return value != 0
    case let value as String: return !value.isEmpty
    case let value as Substring: return !value.isEmpty
    case is Void: return false
    default: break
    }
    let mirror = Mirror(reflecting: value)
    switch mirror.displayStyle {
    case .optional:
        guard let child = mirror.children.first else { return false }
        return pythonTruth(child.value)
    case .collection, .dictionary, .set:
        return !mirror.children.isEmpty
    default:
        return true
    }
}

private func isZero<T: BinaryInteger>(_ value: T) -> Bool { value == 0 }
