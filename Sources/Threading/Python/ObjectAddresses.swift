/// What Python's `id(x)` gives objects in one run, for reprs such as `<Future at 0x7f00001000 state=pending>`: the
/// object's address in the real runtime; in the simulated runtime a made-up address per object, in the order first
/// asked, so reprs are the same on every run. One lock.
final class ObjectAddresses: @unchecked Sendable {
    private let lock = InternalLock()
    private var assigned: [ObjectIdentifier: UInt] = [:]

    /// The first made-up address; later ones follow 0x40 apart, like small heap objects.
    static let base: UInt = 0x7f00_0000_1000

    /// `object`'s address: its real one, or with `madeUp` the next made-up one the first time it is asked for.
    func address(of object: AnyObject, madeUp: Bool) -> UInt {
        guard madeUp else { return UInt(bitPattern: Unmanaged.passUnretained(object).toOpaque()) }
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
    let address = world.modules.addresses.address(of: object, madeUp: world.runtime.madeUpAddresses)
    return "0x" + String(address, radix: 16)
}
