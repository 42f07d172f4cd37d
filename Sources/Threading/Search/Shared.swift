/// A variable threads share without a lock (a Python global that several threads read and write), declared so that an
/// exhaustive search sees its reads and writes: `@Shared var count = 0`.
///
/// The search reorders steps of different threads when they touch nothing in common; it sees the primitives and the
/// output, but not a plain variable. A variable that a primitive guards (read and written only under one lock or
/// condition, or handed over through a queue) needs nothing, the primitive orders its accesses. One that threads
/// race on must be `@Shared`, or the search may miss outputs (and call its count exact). Outside a search it is a plain
/// stored value; an access is never a scheduling point, so runs are unchanged.
@propertyWrapper
public struct Shared<Value> {
    private var value: Value
    /// The variable's name in footprints: its creation number within the searched run.
    private let searchID: UInt

    public init(wrappedValue: Value) {
        value = wrappedValue
        let id = StepFootprint.newObjectID()
        searchID = id != 0 ? id : StepFootprint.unnumberedShared
    }

    public var wrappedValue: Value {
        get {
            StepFootprint.noteCurrent(read: searchID)
            return value
        }
        set {
            StepFootprint.noteCurrent(searchID)
            value = newValue
        }
    }
}
