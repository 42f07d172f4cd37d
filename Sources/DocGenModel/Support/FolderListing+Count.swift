import Synchronization

/// How many times folders were walked, counted only for the folders someone asked about (`countWalks(of:)`): a test
/// tells how many times a build listed its output folder.
extension FolderListing {
    /// Walks so far of each counted folder, by the path given to `walk`.
    private static let counted = Mutex<[String: Int]>([:])

    /// Counts the walks of `folder` (as given to `walk`) from now on, from zero.
    package static func countWalks(of folder: String) {
        counted.withLock { $0[folder] = 0 }
    }

    /// The walks of `folder` since `countWalks(of:)`; nil when it is not counted.
    package static func walks(of folder: String) -> Int? {
        counted.withLock { $0[folder] }
    }

    /// Notes a walk of `folder`.
    static func noteWalk(of folder: String) {
        counted.withLock { counts in
            if let count = counts[folder] { counts[folder] = count + 1 }
        }
    }
}
