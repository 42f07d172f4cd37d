/// Python's `threading.BoundedSemaphore`: releasing past the initial value raises ValueError "Semaphore released too
/// many times".
public final class BoundedSemaphore: Semaphore, @unchecked Sendable {
    private let initialValue: Int

    public override init(_ value: Int = 1) throws {
        initialValue = value
        try super.init(value)
    }

    override class var kind: String { "BoundedSemaphore" }

    override func checkRelease(_ n: Int) throws {
        if value + n > initialValue { throw ValueError("Semaphore released too many times") }
    }
}
