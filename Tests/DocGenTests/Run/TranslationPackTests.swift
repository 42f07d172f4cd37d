import DocGenModel
import DocGenTestSupport
import Foundation
import Synchronization
import Testing

@testable import DocGenRun

/// Translations are cached one file per page (`TranslationPack`), written without flushing them to disk: a page's
/// cells make one file, an edited cell alone is translated again, and a pack cut short or damaged anywhere gives only
/// entries that are whole.
@Suite struct TranslationPackTests {
    /// Counts the pieces of each stage a translator says it will do.
    final class Expected: BuildProgress {
        let counts = Mutex<[BuildStage: Int]>([:])
        func expect(_ count: Int, _ stage: BuildStage) { counts.withLock { $0[stage, default: 0] += count } }
        func finish(_ count: Int, _ stage: BuildStage) {}
    }

    func requests(page: String, sources: [String]) -> [Translator.Request] {
        sources.enumerated().map { index, source in
            Translator.Request(
                id: "\(page)/cell-\(index)", source: source, contentFile: "content/\(page).md",
                firstLine: 3 + 4 * index, scenarioFile: "content/\(page)/cell-\(index).swift")
        }
    }

    @Test func aPagesCellsAreCachedInOneFileAndAnEditedCellAloneIsTranslatedAgain() async throws {
        let cache = try TestSupport.temporaryFolder("translation-pack")
        let first = requests(page: "one", sources: ["print(1)\n", "print(2)\n", "print(3)\n"])
        let second = requests(page: "two", sources: ["x = 1\n", "print(x)\n"])
        let made = try await Translator(cacheDirectory: cache).translate(first + second).map { try $0.get() }
        let files = try FileManager.default.contentsOfDirectory(atPath: cache + "/translations")
            .filter { !$0.hasPrefix("python-") }
        #expect(files.count == 2, "\(files)")

        var edited = first
        edited[1].source = "print(20)\n"
        var translator = Translator(cacheDirectory: cache)
        let expected = Expected()
        translator.progress = expected
        let again = try await translator.translate(edited + second).map { try $0.get() }
        #expect(expected.counts.withLock { $0[.translating] } == 1)
        #expect(again[0] == made[0] && again[2...] == made[2...])
        #expect(again[1].compiledText.contains("print(20)"))

        // No python3: every translation can only come from the packs, the edited cell's new one included.
        let cached = try await Translator(cacheDirectory: cache, python: "no-such-python3").translate(edited + second)
            .map { try $0.get() }
        #expect(cached == again)
    }

    @Test func aPackCutShortOrDamagedAnywhereGivesOnlyWholeEntries() throws {
        var pack = TranslationPack()
        let texts = ["first entry\nof two lines", "", "third, the last"].map { Data($0.utf8) }
        for (index, text) in texts.enumerated() { pack.add(text, key: "key\(index)") }
        let whole = pack.data
        #expect(TranslationPack(whole) == pack)
        for length in 0..<whole.count {
            let cut = TranslationPack(whole.prefix(length))
            #expect(cut.entries.count < texts.count, "cut at \(length) of \(whole.count) bytes read whole")
            for (key, text) in cut.entries { #expect(pack.entries[key] == text, "cut at \(length): \(key) changed") }
        }
        for offset in 0..<whole.count {
            var damaged = whole
            damaged[offset] ^= 0x20
            for (key, text) in TranslationPack(damaged).entries {
                #expect(pack.entries[key] == text, "a byte changed at \(offset) changed \(key)")
            }
        }
    }
}
