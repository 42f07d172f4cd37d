/// Every mapping problem of a build, reported together.
public struct MapFailure: Error, Equatable, CustomStringConvertible {
    public var errors: [MapError]

    public init(errors: [MapError]) { self.errors = errors }

    public var description: String { errors.map(\.description).joined(separator: "\n") }
}
