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
        #expect(translation.compiledText.contains("#sourceLocation(file: \"content/corpus.md\", line: 5)\natLine(5); "))
        #expect(translation.text.contains("\natLine(7); g.count = 0"))
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
        #expect(translation.text.contains("atLine(7); g.count = 0"))
        #expect(!translation.shownText.contains("pythonLines: [Int: String]"))
        #expect(!translation.shownText.contains("try at(") && !translation.shownText.contains("atLine("))
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
        #expect(Translation.withoutMarkers("atLine(12); try q.put(1)") == "try q.put(1)")
    }

    /// A scope whose statements can leave an error waiting (an attribute assignment, a `finally`) has markers that
    /// raise it; every other scope's markers cannot throw. Python names equal to the markers' are renamed.
    @Test func onlyScopesThatCanLeaveAnErrorWaitingHaveRaisingMarkers() async throws {
        guard case .success(let translation) = try await Self.translate("statement-markers") else {
            Issue.record("statement-markers did not translate")
            return
        }
        let lines = translation.text.split(separator: "\n").map { $0.trimmingCharacters(in: .whitespaces) }
        func marker(of statement: String) -> String? {
            lines.first { $0.hasSuffix(statement) }.map { String($0.dropLast(statement.count)) }
        }
        #expect(marker(of: "box.value = 2") == "try at(11); ")  // the assignment's scope
        #expect(marker(of: "try py.print(\"not reached\")") == "try at(12); ")
        #expect(marker(of: "try py.print(\"not reached either\")") == "try at(20); ")  // after a finally
        #expect(marker(of: "return try at_ + atLine_") == "atLine(24); ")
        #expect(marker(of: "let at_: PyObject = 1") == "atLine(35); ")  // the module
        // A class body.
        #expect(marker(of: "Frozen.value = try g.property(def(\"value\", [\"self\"]) { arguments in") == "try at(6); ")
    }

    @Test func theCompiledTextGivesThePythonLinesAsOneConstantString() async throws {
        guard case .success(let translation) = try await Self.translate("race-counter") else {
            Issue.record("race-counter did not translate")
            return
        }
        let source = try TestSupport.read(Self.folder + "/race-counter.py")
        let compiled = translation.compiledText.split(separator: "\n").map(String.init)
        let table = try #require(compiled.first { $0.hasPrefix("let pythonLines") })
        // Every line of the cell, blank ones too, so that line N of the string is the cell's line N.
        #expect(table == "let pythonLines = " + SwiftIdentifier.stringLiteral(source))
        #expect(!translation.compiledText.contains("[Int: String]"))
        #expect(compiled.contains { $0.hasSuffix("PyGlobals(file: \"content/corpus.md\", source: pythonLines)") })
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
