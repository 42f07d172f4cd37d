import FlyingSocks
import Foundation

/// Why the preview server could not start.
package enum ServeError: Error, CustomStringConvertible {
    case socket(String)
    case listen(port: Int, any Error)

    package var description: String {
        switch self {
        case .socket(let reason): "cannot serve the site: \(reason); try another --port"
        case .listen(let port, let error):
            if case SocketError.failed(_, let code, _) = error, code == EADDRINUSE {
                "port \(port) on 127.0.0.1 is already in use; stop the program using it or pass --port N (0: any free port)"
            } else if case SocketError.failed(_, let code, _) = error, code == EACCES {
                "port \(port) on 127.0.0.1 needs more privileges; pass --port 1024 or higher (0: any free port)"
            } else {
                "cannot listen on 127.0.0.1:\(port): \(error.localizedDescription); try another --port"
            }
        }
    }
}
