/// Why the preview server could not start.
public enum ServeError: Error, Equatable, CustomStringConvertible {
    case socket(String)

    public var description: String {
        switch self {
        case .socket(let reason): "cannot serve the site: \(reason); try another --port"
        }
    }
}
