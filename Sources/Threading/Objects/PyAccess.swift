/// The single place where translated code's shared accesses are announced: every read and write of a global, a
/// closure cell, an attribute or a container element calls `PyAccess.read` or `PyAccess.write` first (before taking
/// `PyLock`), with the accessed object's search number.
///
/// Each is a `SharedAccess`: a place where another thread may run on a preempting schedule (as between two bytecodes
/// in CPython: `count += 1` on a global is a read, a switch point, then a write, so updates can be lost), and an
/// access in the running step's footprint, so an exhaustive search sees which steps conflict. The default schedule
/// does not switch there. Never called holding `PyLock`.
enum PyAccess {
    /// A read of the object (or module slot) numbered `id`.
    @inline(__always) static func read(_ id: UInt) { access(id, isWrite: false) }

    /// A write of the object (or module slot) numbered `id`.
    @inline(__always) static func write(_ id: UInt) { access(id, isWrite: true) }

    /// A read of `object`'s state.
    @inline(__always) static func read(_ object: PyRef) { access(object.searchID, isWrite: false) }

    /// A write of `object`'s state.
    @inline(__always) static func write(_ object: PyRef) { access(object.searchID, isWrite: true) }

    /// A read of the instance attribute `name` of `object`: none for a `threading.local`, whose attributes are the
    /// calling thread's own (no other thread can reach them, so no other thread may run there). Each attribute is a
    /// location of its own, so reading one commutes with writing another.
    @inline(__always) static func readAttribute(_ name: String, of object: PyRef) {
        if !object.hasThreadLocalAttributes { SharedAccess.access(object.searchID, member: name, isWrite: false) }
    }

    /// A write (set or delete) of the instance attribute `name` of `object` (none for a `threading.local`): of that
    /// attribute, and a read of the whole `__dict__`, so that it conflicts with `readAllAttributes(of:)`.
    @inline(__always) static func writeAttribute(_ name: String, of object: PyRef) {
        if !object.hasThreadLocalAttributes {
            SharedAccess.access(object.searchID, member: name, isWrite: true, readingWhole: true)
        }
    }

    /// A read of the global `name` of `module` (an attribute of an imported module): a location of its own.
    @inline(__always) static func readGlobal(_ name: String, of module: PyModule) {
        SharedAccess.access(module.searchID, member: name, isWrite: false)
    }

    /// A write (bind or `del`) of the global `name` of `module`.
    @inline(__always) static func writeGlobal(_ name: String, of module: PyModule) {
        SharedAccess.access(module.searchID, member: name, isWrite: true)
    }

    /// A read of all of `object`'s instance attributes at once (`__dict__`, the names an AttributeError suggests
    /// from): noted as a write of the whole, so that it conflicts with every attribute's write.
    @inline(__always) static func readAllAttributes(of object: PyRef) {
        if !object.hasThreadLocalAttributes { write(object) }
    }

    /// The one function every shared access of translated code goes through.
    @inline(__always) static func access(_ id: UInt, isWrite: Bool) {
        SharedAccess.access(id != 0 ? id : StepFootprint.unnumberedShared, isWrite: isWrite)
    }
}
