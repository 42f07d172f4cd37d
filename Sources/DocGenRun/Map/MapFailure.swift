/// Every mapping problem of a build, reported together.
package struct MapFailure: Error, Equatable, CustomStringConvertible {
    package var errors: [MapError]

    package init(errors: [MapError]) { self.errors = errors }

    package var description: String { errors.map(\.description).joined(separator: "\n") }
}
