import DocGenTestSupport
import Foundation
import Testing

/// Each corpus case (`Tests/Fixtures/translation/<case>.py`) that translates is run twice — by python3, and by the
/// built docgen through its translation (`docgen run`) — and must print the same. A case whose first line is
/// `# corpus: translation only` prints what CPython's scheduling decides (it is compared as text only).
@Suite(.serialized) struct TranslationRunTests {
    static var cases: [String] {
        TranslationCorpusTests.cases.filter { name in
            let folder = TranslationCorpusTests.folder
            guard FileManager.default.fileExists(atPath: folder + "/" + name + ".swift"),
                let source = try? TestSupport.read(folder + "/" + name + ".py")
            else { return false }
            return !source.hasPrefix("# corpus: translation only")
        }
    }

    /// A docs project whose page `corpus.md` holds every case under a heading of its name.
    static let project: String = {
        let folder = (try? TestSupport.temporaryFolder("translation-runs")) ?? NSTemporaryDirectory()
        var page = "# Corpus\n"
        for name in cases {
            let source = (try? TestSupport.read(TranslationCorpusTests.folder + "/" + name + ".py")) ?? ""
            page += "\n## \(name)\n\n```python\n\(source)```\n"
        }
        try? TestSupport.write(page, to: folder + "/content/corpus.md")
        return folder
    }()

    static func python(_ name: String) throws -> String {
        try TestSupport.python3([TranslationCorpusTests.folder + "/" + name + ".py"])
    }

    @Test(arguments: cases) func printsWhatPython3Prints(_ name: String) throws {
        let expected = try Self.python(name)
        let run = try DocgenBinary.run(["run", "corpus/\(name)", "--content", "content"], in: Self.project)
        #expect(run.stderr == "", "docgen run corpus/\(name) wrote to stderr")
        #expect(run.stdout == expected, "corpus/\(name): the translation printed other than python3")
    }
}
