import DocGenTestSupport
import Foundation
import Testing

/// The pipeline's targets import only the stages before them (docs/content/architecture.md): every `import` line of every
/// source file under `Sources/<target>/` must name a module `ModuleLayering.allowed[target]` lists, or one of the
/// toolchain's own (`ModuleLayering.system`).
@Suite struct ModuleLayeringTests {
    @Test func everyTargetImportsOnlyTheStagesBeforeIt() throws {
        let violations = try ModuleLayering.violations(sources: TestSupport.packageRoot + "/Sources")
        #expect(violations.isEmpty, "\(violations.joined(separator: "\n"))")
    }

    @Test func everyPipelineTargetHasARule() throws {
        let folders = try FileManager.default.contentsOfDirectory(atPath: TestSupport.packageRoot + "/Sources")
            .filter { $0.hasPrefix("DocGen") && $0 != "DocGenFuzz" }
        #expect(Set(folders) == Set(ModuleLayering.allowed.keys))
    }

    /// The check itself: a stage importing a later one, or a second cmark-gfm importer, is reported.
    @Test func anImportAgainstTheDirectionIsReported() throws {
        let root = try TestSupport.temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: root) }
        try TestSupport.write("import DocGenModel\nimport DocGenSite\n\nlet x = 1\n", to: root + "/DocGenRun/A.swift")
        try TestSupport.write("@testable import CCmarkGFM\n", to: root + "/DocGenSite/Page/B.swift")
        try TestSupport.write(
            "import Foundation\nimport DocGenParse\n\nlet sample = \"\"\"\n    import threading\n    \"\"\"\n",
            to: root + "/DocGenScaffold/C.swift")
        let violations = try ModuleLayering.violations(sources: root)
        #expect(
            violations == [
                "DocGenRun/A.swift:2: DocGenRun may not import DocGenSite",
                "DocGenSite/Page/B.swift:1: DocGenSite may not import CCmarkGFM",
            ])
    }
}

/// The allowed imports of each pipeline target, and the check that reads the sources' `import` lines.
enum ModuleLayering {
    /// Modules any target may import: the standard library's and the platform's.
    static let system: Set<String> = ["Foundation", "Dispatch", "Synchronization", "Glibc", "Darwin"]

    static let model: Set<String> = ["DocGenModel", "Threading"]
    static let beforeRun = model.union(["DocGenParse"])
    static let beforeExplore = beforeRun.union(["DocGenRun"])
    static let beforeVerify = beforeExplore.union(["DocGenExplore"])
    static let beforeSite = beforeVerify.union(["DocGenVerify"])

    /// For each target, the project and package modules it may import. Model ← Parse ← Run ← Explore ← Verify ← Site
    /// ← Serve; Scaffold uses Parse and Run; the facade `DocGen` uses them all.
    static let allowed: [String: Set<String>] = [
        "DocGenModel": ["Threading", "CDocGenShims", "Crypto"],
        "DocGenParse": ["DocGenModel", "CCmarkGFM"],
        "DocGenRun": beforeRun.union(["Subprocess", "CDocGenShims"]),
        "DocGenExplore": beforeExplore.union(["OrderedCollections"]),
        "DocGenVerify": beforeVerify.union(["Subprocess"]),
        "DocGenSite": beforeSite.union(["CDocGenShims"]),
        "DocGenServe": beforeSite.union(["DocGenSite", "FlyingFox", "FlyingSocks"]),
        "DocGenScaffold": beforeExplore,
        "DocGen": beforeSite.union(["DocGenSite", "DocGenServe", "DocGenScaffold"]),
    ]

    /// `<file>:<line>: <target> may not import <module>` for every import line that breaks the rules, in path order.
    static func violations(sources: String) throws -> [String] {
        var found: [String] = []
        for target in allowed.keys.sorted() {
            let folder = sources + "/" + target
            guard let files = FileManager.default.enumerator(atPath: folder)?.allObjects as? [String] else { continue }
            for file in files.filter({ $0.hasSuffix(".swift") }).sorted() {
                let text = try String(contentsOfFile: folder + "/" + file, encoding: .utf8)
                for (index, line) in header(text).enumerated() {
                    guard let module = importedModule(line) else { continue }
                    if !system.contains(module), allowed[target]?.contains(module) != true {
                        found.append("\(target)/\(file):\(index + 1): \(target) may not import \(module)")
                    }
                }
            }
        }
        return found
    }

    /// A file's lines up to its first declaration: where its imports are (an `import` in a string literal further
    /// down, such as a Python sample's, is not one).
    static func header(_ text: String) -> [Substring] {
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        let end = lines.firstIndex { line in
            let trimmed = line.drop { $0 == " " }
            return
                !(trimmed.isEmpty || trimmed.hasPrefix("//") || trimmed.hasPrefix("#") || importedModule(line) != nil)
        }
        return Array(lines[..<(end ?? lines.endIndex)])
    }

    /// The module an `import` line names (`import X`, `@testable import X`, `@_spi(S) import X`,
    /// `import struct X.Y`), or nil for any other line.
    static func importedModule(_ line: Substring) -> String? {
        var words = line.split(separator: " ").filter { !$0.hasPrefix("@") }
        guard words.first == "import" else { return nil }
        words.removeFirst()
        let kinds: Set<Substring> = ["struct", "class", "enum", "protocol", "func", "var", "let", "typealias"]
        if let kind = words.first, kinds.contains(kind) { words.removeFirst() }
        return words.first.map { String($0.split(separator: ".")[0]) }
    }
}
