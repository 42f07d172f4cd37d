import Foundation

/// The absolute path of the running `docgen` binary, used to start cells as `docgen run ID --tagged`.
enum SelfExecutable {
    static var path: String {
        if let resolved = try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe") {
            return resolved
        }
        return URL(fileURLWithPath: CommandLine.arguments[0]).standardizedFileURL.path
    }
}
