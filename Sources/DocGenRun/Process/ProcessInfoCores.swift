import Foundation

/// The machine's active processor count (Foundation kept out of the settings type).
enum ProcessInfoCores {
    static var count: Int { ProcessInfo.processInfo.activeProcessorCount }
}
