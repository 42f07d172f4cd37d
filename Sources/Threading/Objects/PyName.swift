/// An attribute or global name as the object layer finds it: its text, with a hash worked out once, when the name is
/// made. Translated code writes each name as a literal (`try stream.callMethod("get")`, `try logging.info(item)`), which
/// makes a `PyName` without hashing a `String`; every table the name is then looked up in (a class's namespace, an
/// instance's `__dict__`, a module's globals) uses that hash instead of hashing the text again.
public struct PyName: Hashable, Sendable, ExpressibleByStringLiteral, CustomStringConvertible {
    /// The name as Python spells it.
    public let text: String
    /// FNV-1a of the UTF-8 bytes, mixed so that its low bits (a table's bucket) depend on every byte.
    let hash: Int

    /// The name `text`.
    public init(_ text: String) {
        self.text = text
        // The bytes as one buffer where the string has one (always for the short names translated code reads):
        // a plain loop, where stepping through `text.utf8` checks the string's form at every byte.
        hash = Self.mixed(text.utf8.withContiguousStorageIfAvailable(Self.fnv1a) ?? Self.fnv1a(text.utf8))
    }

    /// The hash of a name from its FNV-1a: mixed so that its low bits (a table's bucket) depend on every byte.
    @inline(__always)
    private static func mixed(_ fnv: UInt64) -> Int {
        var value = fnv
        value ^= value >> 33
        value &*= 0xff51_afd7_ed55_8ccd
        value ^= value >> 33
        return Int(bitPattern: UInt(value))
    }

    /// FNV-1a of `bytes`.
    @inline(__always)
    private static func fnv1a<Bytes: Sequence<UInt8>>(_ bytes: Bytes) -> UInt64 {
        var value: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in bytes {
            value ^= UInt64(byte)
            value &*= 0x0000_0100_0000_01b3
        }
        return value
    }

    /// A name written as a literal: `x.method.get` passes `"get"` here, as the literal's bytes (the unoptimised
    /// scenario code makes no `String` of it first): hashed where they are, then copied into `text`.
    public init(stringLiteral value: StaticString) {
        guard value.hasPointerRepresentation else {
            self.init(value.description)
            return
        }
        let bytes = UnsafeBufferPointer(start: value.utf8Start, count: value.utf8CodeUnitCount)
        self.init(text: String(decoding: bytes, as: UTF8.self), hash: Self.mixed(Self.fnv1a(bytes)))
    }

    private init(text: String, hash: Int) {
        self.text = text
        self.hash = hash
    }

    public var description: String { text }

    public static func == (lhs: PyName, rhs: PyName) -> Bool { lhs.hash == rhs.hash && lhs.text == rhs.text }

    public func hash(into hasher: inout Hasher) { hasher.combine(hash) }

    /// What `Dictionary` and `Set` place the name by: the stored hash with the table's seed, where the default
    /// (feeding `hash(into:)` to a new `Hasher`) would hash it a second time on every lookup. Equal names give equal
    /// values for every seed, as `Hashable` requires.
    public func _rawHashValue(seed: Int) -> Int { hash ^ seed }
}
