/// What Python's `id(x)` gives objects in one run, for reprs such as `<Future at 0x7f00001000 state=pending>`: the
/// object's address in the real runtime; in the simulated runtime a made-up address per object, in the order first
/// asked, so reprs are the same on every run. One lock.
final class ObjectAddresses: @unchecked Sendable {
    private let lock = InternalLock()
    private var assigned: [ObjectIdentifier: UInt] = [:]

    /// The first made-up address; later ones follow 0x40 apart, like small heap objects.
    static let base: UInt = 0x7f00_0000_1000

    func address(of object: AnyObject, simulated: Bool) -> UInt {
        guard simulated else { return UInt(bitPattern: Unmanaged.passUnretained(object).toOpaque()) }
        return lock.withLock {
            let key = ObjectIdentifier(object)
            if let known = assigned[key] { return known }
            let address = Self.base + UInt(assigned.count) * 0x40
            assigned[key] = address
            return address
        }
    }
}

/// Python's `id(object)` as `0x…` text (what `%#x` prints), in the calling thread's run.
func pythonAddress(of object: AnyObject) -> String {
    let world = Context.world
    let address = world.addresses.address(of: object, simulated: world.runtime is SimulatedRuntime)
    return "0x" + String(address, radix: 16)
}
