/// Whether `Int` and `String` values print as themselves under `str()`: true unless the program made the type
/// `PythonStringConvertible`. A world looks it up once per run; the conformance check costs more than `str(5)` itself.
struct PlainTypes: Sendable {
    let int: Bool
    let string: Bool

    /// As the types conform now (a program's conformances are loaded before it runs).
    static var now: PlainTypes {
        PlainTypes(
            int: !(Int.self is PythonStringConvertible.Type), string: !(String.self is PythonStringConvertible.Type))
    }
}
