/// A variable threads share without a lock (a Python global that several threads read and write): `@Shared var
/// count = 0`. Each read and each write is a `SharedAccess`: a place where another thread may run, as between two
/// bytecodes in CPython, and an access the exhaustive search sees. `count += 1` is a read, a scheduling point, then a
/// write, so updates can be lost as in CPython.
///
/// A variable that a primitive guards (read and written only under one lock or condition, or handed over through a
/// queue) needs nothing, the primitive orders its accesses. One that threads race on must be `@Shared`, or the search
/// may miss outputs (and call its count exact). On the default schedule an access is never a switch, so those runs
/// are as without `@Shared`.
///
/// The value lives in one cell that copies of the wrapper share (as a Python name refers to one object): a read
/// takes the value after its scheduling point, not before (a copy of the wrapper made before the point would hold a
/// value another thread then overwrites).
@propertyWrapper
public struct Shared<Value> {
    private let cell: SharedCell<Value>

    public init(wrappedValue: Value) {
        cell = SharedCell(wrappedValue)
    }

    public var wrappedValue: Value {
        get {
            SharedAccess.read(cell.location)
            return cell.value
        }
        nonmutating set {
            SharedAccess.write(cell.location)
            cell.value = newValue
        }
    }
}

/// The storage of one `@Shared` variable. Unchecked Sendable: the simulated runtime runs one thread at a time, and
/// in the real runtime a race on it is the program's, as on a Python global.
private final class SharedCell<Value>: @unchecked Sendable {
    var value: Value
    /// The variable in the search's footprints.
    let location = SharedLocation()

    init(_ value: Value) { self.value = value }
}
