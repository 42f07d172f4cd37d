/// Python's `threading.local`: attributes whose values are separate in each thread.
///
///     let data = local()
///     data.value = 1000              // only this thread sees it
///     if let value = data.value { … } else { /* this thread never set it */ }
///     let value = try data.getattr("value")     // AttributeError if unset, like Python
@dynamicMemberLookup
public final class local: @unchecked Sendable {
    public init() {}

    /// This thread's value of the attribute `name` (nil if it never set it); assigning nil deletes it.
    public subscript(dynamicMember name: String) -> Any? {
        get { Context.current.locals[ObjectIdentifier(self)]?[name] }
        set { Context.current.locals[ObjectIdentifier(self), default: [:]][name] = newValue }
    }

    /// Python's attribute read: AttributeError "'_thread._local' object has no attribute 'name'" if unset here.
    public func getattr(_ name: String) throws -> Any {
        guard let value = self[dynamicMember: name] else {
            throw AttributeError("'_thread._local' object has no attribute '\(name)'")
        }
        return value
    }

    /// Python's `hasattr(data, name)` for this thread.
    public func hasattr(_ name: String) -> Bool { self[dynamicMember: name] != nil }
}
