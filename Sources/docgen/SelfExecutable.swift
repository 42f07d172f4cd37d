import Foundation

/// The absolute path of the `docgen` binary, used to start cells as `docgen run ID --tagged`: the path it was started
/// from, resolved once. A docgen reinstalled under a running `serve` (the binary replaced by a rename, as
/// `make install` does) is then the one that runs the cells, with the runtime the new scenarios are compiled against;
/// the running process's own file is gone (`/proc/self/exe` reads `… (deleted)`) and could not be started.
enum SelfExecutable {
    static let path: String = {
        if let resolved = try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe") {
            let deleted = " (deleted)"
            return resolved.hasSuffix(deleted) ? String(resolved.dropLast(deleted.count)) : resolved
        }
        return URL(fileURLWithPath: CommandLine.arguments[0]).standardizedFileURL.path
    }()
}
