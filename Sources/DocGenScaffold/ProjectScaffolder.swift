import DocGenRun
import Foundation

/// Writes a new docs project (`docgen init DIR`): a sample page of Markdown and Python in `content/`, a `.gitignore`
/// and a GitHub Actions workflow running `docgen check` and `docgen fidelity`. Snapshots and CPython recordings are
/// not written: `docgen build --record` and `docgen fidelity --record` make them by running the cells.
package enum ProjectScaffolder {
    /// Creates the project in `folder` (made if missing) and returns the paths written, relative to it.
    /// `docgenRepository` is the git URL the workflow installs docgen from (`nil`: a repository variable).
    ///
    /// - Throws: `ScaffoldError.folderNotEmpty` when `folder` is a file or a folder with anything in it
    ///   (nothing is written then), `.cannotWrite` when a file cannot be created.
    package static func create(at folder: String, docgenRepository: String? = nil) throws(ScaffoldError) -> [String] {
        let manager = FileManager.default
        var isFolder: ObjCBool = false
        if manager.fileExists(atPath: folder, isDirectory: &isFolder) {
            let entries = isFolder.boolValue ? (try? manager.contentsOfDirectory(atPath: folder)) : nil
            guard entries?.isEmpty == true else { throw .folderNotEmpty(path: folder) }
        }
        let page = SampleProject.page
        let files: [(path: String, text: String)] = [
            ("content/\(page).md", SampleProject.markdown),
            (".gitignore", SampleProject.gitignore),
            (".github/workflows/docs.yml", CIWorkflow.text(repository: docgenRepository)),
        ]
        for file in files {
            try ProjectFiles.create(ScenarioFiles.join(folder, file.path), text: file.text)
        }
        return files.map(\.path)
    }
}
