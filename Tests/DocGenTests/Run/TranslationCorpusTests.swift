@testable import DocGenRun
import DocGenTestSupport
import Foundation
import Testing

/// The translation corpus, `Tests/Fixtures/translation/`: each `<case>.py` with the Swift it translates to
/// (`<case>.swift`, written by the translator and reviewed) or the error it gives (`<case>.error`). With
/// `DOCGEN_RECORD_TRANSLATIONS=1` the expected files are rewritten from the translator and the test fails, so nothing
/// is recorded silently.
@Suite struct TranslationCorpusTests {
    static let folder = TestSupport.packageRoot + "/Tests/Fixtures/translation"
    static let recording = ProcessInfo.processInfo.environment["DOCGEN_RECORD_TRANSLATIONS"] == "1"

    static var cases: [String] {
        ((try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []).filter { $0.hasSuffix(".py") }
            .map { String($0.dropLast(3)) }.sorted()
    }

    /// Translates one case as the cell `corpus/<case>` of `content/corpus.md` whose Python starts on line 3.
    static func translate(_ name: String) async throws -> Result<Translation, TranslationError> {
        let source = try TestSupport.read(folder + "/" + name + ".py")
        let request = Translator.Request(
            id: "corpus/\(name)", source: source, contentFile: "content/corpus.md", firstLine: 3,
            scenarioFile: "content/corpus/\(name).swift")
        return try await Translator(cacheDirectory: nil).translate([request])[0]
    }

    @Test(arguments: cases) func translatesAsRecorded(_ name: String) async throws {
        let result = try await Self.translate(name)
        let (actual, file, other): (String, String, String) =
            switch result {
            case .success(let translation): (translation.text, name + ".swift", name + ".error")
            case .failure(let error): (error.description + "\n", name + ".error", name + ".swift")
            }
        let path = Self.folder + "/" + file
        if Self.recording {
            try TestSupport.write(actual, to: path)
            try? FileManager.default.removeItem(atPath: Self.folder + "/" + other)
            Issue.record("recorded \(file); unset DOCGEN_RECORD_TRANSLATIONS and run again")
            return
        }
        let expected = try? TestSupport.read(path)
        #expect(expected == actual, "\(file) differs; DOCGEN_RECORD_TRANSLATIONS=1 rewrites it (review the diff)")
    }

    /// What is compiled counts from the cell's first line (a build moves it to the page's lines); the hand-port text
    /// names the page's.
    @Test func theCompiledTextNamesTheCellsLines() async throws {
        guard case .success(let translation) = try await Self.translate("race-counter") else {
            Issue.record("race-counter did not translate")
            return
        }
        // `count = 0` is line 5 of the cell, so line 7 of the page.
        #expect(translation.compiledText.contains("#sourceLocation(file: \"content/corpus.md\", line: 5)\ntry at(5); "))
        #expect(translation.text.contains("\ntry at(7); g.count = 0"))
        #expect(!translation.text.contains("#sourceLocation"))
    }

    /// The page shows the translation without its plumbing: no table of the Python lines (the Python is beside it)
    /// and no `try at(N);` markers; every other line is the compiled one.
    @Test func theShownTextLeavesOutTheLineTableAndTheMarkers() async throws {
        guard case .success(let translation) = try await Self.translate("race-counter") else {
            Issue.record("race-counter did not translate")
            return
        }
        #expect(translation.text.contains("let pythonLines: [Int: String] = [3: "))
        #expect(translation.text.contains("try at(7); g.count = 0"))
        #expect(!translation.shownText.contains("pythonLines: [Int: String]"))
        #expect(!translation.shownText.contains("try at("))
        #expect(translation.shownText.contains("\ng.count = 0  // shared by the threads\n"))
        let kept = translation.text.split(separator: "\n").filter { !$0.hasPrefix("let pythonLines") }
        let shown = translation.shownText.split(separator: "\n").map(String.init)
        let unmarked = kept.map { line in
            let indent = line.prefix { $0 == " " }
            return String(indent) + Translation.withoutMarkers(String(line.dropFirst(indent.count)))
        }
        #expect(unmarked == shown)
        #expect(
            Translation.withoutMarkers("try at(9); while try !jobs.empty().isTrue {")
                == "while try !jobs.empty().isTrue {")
        #expect(Translation.withoutMarkers("try py.print(\"try at(1); \")") == "try py.print(\"try at(1); \")")
    }

    @Test func aSyntaxErrorNamesThePageLine() async throws {
        let request = Translator.Request(
            id: "p/c", source: "x = 1\ndef f(:\n", contentFile: "content/p.md", firstLine: 10,
            scenarioFile: "content/p/c.swift")
        let result = try await Translator(cacheDirectory: nil).translate([request])[0]
        guard case .failure(let error) = result else {
            Issue.record("translated invalid Python")
            return
        }
        #expect(error.description.hasPrefix("content/p.md:11: the Python of cell 'p/c' is not valid Python ("))
    }

    @Test func aMissingPythonIsOneLineSayingWhatToDo() async throws {
        let request = Translator.Request(
            id: "p/c", source: "x = 1\n", contentFile: "content/p.md", firstLine: 1, scenarioFile: "content/p/c.swift")
        await #expect(throws: PythonParseError.pythonMissing("no-such-python3")) {
            _ = try await Translator(cacheDirectory: nil, python: "no-such-python3").translate([request])
        }
        #expect(!PythonParseError.pythonMissing("python3").description.contains("\n"))
    }
}
