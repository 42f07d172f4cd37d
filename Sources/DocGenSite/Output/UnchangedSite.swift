import DocGenModel
import Foundation

/// What a build needs to know that building again would change nothing, kept beside the render manifest
/// (`<cache>/.sites/<key of the folder>.unchanged`): a key of everything the last build was made from (`inputs`, its
/// caller's: content, recordings, options, docgen itself) and one of its output folder as it left it (every file's
/// stamp and every folder, `OutputStamps`), with what it reported. When both keys are the same now and no
/// interrupted write left a folder beside the output, the next build reports the same and exits: nothing is parsed,
/// rendered or written.
///
/// Saved under the output's lock by the build that wrote the folder (`SiteDraft.install`), only when every page was
/// made from inputs alone (`PageInputs`: from the result cache, no failure, no warning of a cell); any other build of
/// the folder deletes it.
package struct UnchangedSite: Codable, Equatable, Sendable {
    /// Bumped when what the keys cover changes (2: the output's key is `OutputStamps`, made without a walk when saved).
    static let version = 2

    var version = UnchangedSite.version
    /// The key of what the build was made from.
    package var inputs: String
    /// The key of the output folder as the build left it (`OutputStamps`); empty until saved.
    var output = ""
    /// What the build reported: its pages, its cells and its warnings, in order.
    package var pages: Int
    package var cells: Int
    package var warnings: [String]

    /// A record of a build made from `inputs` that reported `pages`, `cells` and `warnings`.
    package init(inputs: String, pages: Int, cells: Int, warnings: [String]) {
        self.inputs = inputs
        self.pages = pages
        self.cells = cells
        self.warnings = warnings
    }

    /// Where the record of the output folder `out` (absolute) is kept in `folder`.
    static func path(for out: String, in folder: String) -> String {
        var key = CacheKey()
        key.combine(field: out)
        return folder + "/.sites/" + key.hex + ".unchanged"
    }

    /// The record of the last build of `output` when it was made from `inputs` and the output folder, and the folder
    /// holding it, are still as that build left them; nil when a build must run. Read without the output's lock: a
    /// build that changes the folder meanwhile makes the keys differ.
    package static func matching(_ inputs: String, output: String, in folder: String) -> UnchangedSite? {
        guard !output.isEmpty else { return nil }
        let out = URL(fileURLWithPath: output).standardizedFileURL.path
        guard let data = FileManager.default.contents(atPath: path(for: out, in: folder)),
            let record = try? JSONDecoder().decode(UnchangedSite.self, from: data),
            record.version == version, record.inputs == inputs, !record.output.isEmpty,
            !SiteSiblings(out: out).hasLeftovers, OutputStamps.key(walking: out) == record.output
        else { return nil }
        return record
    }

    /// Saves this record for the output folder `out`, which holds exactly the regular files `files` (site path →
    /// stamp as they are now, known to the build that left them there: the folder is not walked again) and the folders
    /// holding them, in `folder`; a record that cannot be written only costs the next build its shortcut.
    func save(for out: String, files: [String: RenderManifest.Stamp], in folder: String) {
        var record = self
        record.output = OutputStamps.key(files: files)
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        guard let data = try? encoder.encode(record) else { return Self.remove(for: out, in: folder) }
        let path = Self.path(for: out, in: folder)
        if (try? AtomicFile.write(data, to: path, durable: false)) == nil { Self.remove(for: out, in: folder) }
    }

    /// Deletes the record of `out` in `folder`, if any.
    static func remove(for out: String, in folder: String) {
        unlink(path(for: out, in: folder))
    }
}
