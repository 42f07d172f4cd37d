/// The single place where translated code's shared accesses are announced: every read and write of a global, a
/// closure cell, an attribute or a container element calls `PyAccess.read` or `PyAccess.write` first (before taking
/// `PyLock`), with the accessed object's search number.
///
/// Now: the access joins the running step's footprint, so an exhaustive search sees which steps conflict.
/// (`semantics`' "shared access is a scheduling point" function is wired here, and only here.)
enum PyAccess {
    /// A read of the object (or module slot) numbered `id`.
    @inline(__always) static func read(_ id: UInt) { access(id, isWrite: false) }

    /// A write of the object (or module slot) numbered `id`.
    @inline(__always) static func write(_ id: UInt) { access(id, isWrite: true) }

    /// A read of `object`'s state.
    @inline(__always) static func read(_ object: PyRef) { access(object.searchID, isWrite: false) }

    /// A write of `object`'s state.
    @inline(__always) static func write(_ object: PyRef) { access(object.searchID, isWrite: true) }

    /// The one function every shared access goes through.
    static func access(_ id: UInt, isWrite: Bool) {
        let number = id != 0 ? id : StepFootprint.unnumberedShared
        if isWrite {
            StepFootprint.noteCurrent(number)
        } else {
            StepFootprint.noteCurrent(read: number)
        }
    }
}
