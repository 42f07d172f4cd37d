import Foundation

/// Reads and parses every `*.md` file of a content folder, in file-name order.
public enum ContentLoader {
    /// Every page of `folder`, parsed.
    ///
    /// - Throws: `BuildError.contentMissing` when the folder does not exist, `.parse` with every file's error.
    public static func load(_ folder: String) throws(BuildError) -> [Document] {
        var isFolder: ObjCBool = false
        guard FileManager.default.fileExists(atPath: folder, isDirectory: &isFolder), isFolder.boolValue else {
            throw .contentMissing(path: folder)
        }
        let names: [String]
        do {
            names = try FileManager.default.contentsOfDirectory(atPath: folder).filter { $0.hasSuffix(".md") }.sorted()
        } catch {
            throw .parse([.unreadable(file: folder, reason: error.localizedDescription)])
        }
        var documents: [Document] = []
        var errors: [ParseError] = []
        for name in names {
            let path = folder.hasSuffix("/") ? folder + name : folder + "/" + name
            guard let data = FileManager.default.contents(atPath: path) else {
                errors.append(.unreadable(file: path, reason: "permission denied or not a file"))
                continue
            }
            do {
                let text = String(decoding: data, as: UTF8.self)
                documents.append(try DocumentParser.parse(text, page: String(name.dropLast(3)), sourcePath: path))
            } catch {
                errors.append(error)
            }
        }
        guard errors.isEmpty else { throw .parse(errors) }
        return documents
    }

    /// Every file under `folder` other than Markdown (targets for relative links), as paths relative to it.
    static func otherFiles(in folder: String) -> Set<String> {
        guard let enumerator = FileManager.default.enumerator(atPath: folder) else { return [] }
        var files: Set<String> = []
        while let path = enumerator.nextObject() as? String {
            if !path.hasSuffix(".md") { files.insert(path) }
        }
        return files
    }
}
