import DocGenModel
import Foundation

/// Translates cells' Python into Swift scenarios: CPython's `ast` parses them (`PythonParser`, one python3 process
/// for all cells not in the cache; a version manager's shim is run only until the interpreter it picks is known,
/// `PythonInterpreter`), `PythonScopeBuilder` finds each scope's names, `SwiftEmitter` writes the Swift.
/// Translations are cached by the Python source, the cell, its page and the translator's version, not by the line the
/// cell starts on (the compiled Swift counts lines from the cell's first line), so prose added above it changes none.
package struct Translator: Sendable {
    /// Changes whenever the emitted Swift for some Python changes, so cached translations are redone.
    package static let version = "translate-12"

    /// One cell to translate.
    package struct Request: Sendable {
        package var id: String
        package var source: String
        /// The Markdown page, as the content folder was given (`content/x.md`).
        package var contentFile: String
        /// The page's line of the cell's first Python line.
        package var firstLine: Int
        /// Where a hand port would go (`content/x/cell.swift`), for the error message.
        package var scenarioFile: String

        package init(id: String, source: String, contentFile: String, firstLine: Int, scenarioFile: String) {
            self.id = id
            self.source = source
            self.contentFile = contentFile
            self.firstLine = firstLine
            self.scenarioFile = scenarioFile
        }
    }

    /// Where translations are cached (`<cache>/translations/`); nil: none.
    package var cacheDirectory: String?
    package var python: String
    /// The environment `python` is looked up in (its `PATH`) and a shim's choice is keyed by (`PythonInterpreter`).
    package var environment = ProcessInfo.processInfo.environment
    /// Told how many cells are translated (those not in the cache) and as each is done.
    package var progress: (any BuildProgress)?

    package init(cacheDirectory: String?, python: String = "python3") {
        self.cacheDirectory = cacheDirectory.map { ScenarioFiles.join($0, "translations") }
        self.python = python
    }

    /// Each request's translation or error, in order. The translations of a page's cells are cached together
    /// (`TranslationPack`); a page with a cell translated now has its pack written again, holding the translations of
    /// the page's cells asked for now (a caller asks for every cell of a page at once).
    ///
    /// - Throws: `PythonParseError` when python3 is missing or fails (no cell could be translated).
    package func translate(_ requests: [Request]) async throws(PythonParseError) -> [Result<
        Translation, TranslationError
    >] {
        var packs: [String: TranslationPack] = [:]  // by page
        if let cacheDirectory {
            for page in Set(requests.map(\.contentFile)) {
                packs[page] = TranslationPack(contentsOf: TranslationPack.path(folder: cacheDirectory, page: page))
            }
        }
        var results: [Result<Translation, TranslationError>?] = requests.map { request in
            packs[request.contentFile].flatMap { cached(request, in: $0) }
        }
        let missing = requests.indices.filter { results[$0] == nil }
        progress?.expect(missing.count, .translating)
        guard !missing.isEmpty else { return results.map { $0! } }
        let interpreter = PythonInterpreter.resolve(
            python, cacheDirectory: cacheDirectory, environment: environment,
            directory: FileManager.default.currentDirectoryPath)
        let parsed = try await PythonParser.parse(missing.map { requests[$0].source }, python: interpreter.command)
        if let executable = parsed.executable { interpreter.record(executable) }
        for (index, module) in zip(missing, parsed.modules) {
            results[index] = Self.translate(requests[index], module)
            progress?.finish(1, .translating)
        }
        store(
            results.map { $0! }, for: requests, pages: Set(missing.map { requests[$0].contentFile }), packs: packs)
        return results.map { $0! }
    }

    /// The translation of one parsed cell.
    static func translate(_ request: Request, _ parsed: Result<PythonModule, PythonSyntaxError>)
        -> Result<Translation, TranslationError>
    {
        let failure = { (line: Int, problem: TranslationError.Problem) in
            TranslationError(
                contentFile: request.contentFile, line: request.firstLine + max(line, 1) - 1, id: request.id,
                scenarioFile: request.scenarioFile, problem: problem)
        }
        switch parsed {
        case .failure(let syntax): return .failure(failure(syntax.line, .syntax(syntax.message)))
        case .success(let module):
            do {
                let lines = try SwiftEmitter.emit(
                    module, source: request.source, file: request.contentFile, firstLine: request.firstLine)
                return .success(
                    Translation(
                        lines: lines, file: request.contentFile, firstLine: request.firstLine, source: request.source))
            } catch {
                return .failure(failure(error.line, .unsupported(error.construct)))
            }
        }
    }

    // MARK: Cache

    private func key(_ request: Request) -> String {
        var hash = FNV1a64()
        for field in [
            Self.version, request.id, request.contentFile, request.scenarioFile, request.source,
        ] {
            hash.combine(field: field)
        }
        return hash.hex
    }

    private static let separator = "\n#docgen-translation-compiled\n"

    /// The entry of `request` in its page's pack, when it has one.
    private func cached(_ request: Request, in pack: TranslationPack) -> Result<Translation, TranslationError>? {
        guard let data = pack.entries[key(request)] else { return nil }
        // Cut at the separators by bytes (much faster than `components(separatedBy:)` on the text).
        let separator = Data(Self.separator.utf8)
        var parts: [String] = []
        var rest = data[...]
        while let found = rest.range(of: separator) {
            parts.append(String(decoding: rest[..<found.lowerBound], as: UTF8.self))
            rest = rest[found.upperBound...]
        }
        parts.append(String(decoding: rest, as: UTF8.self))
        guard parts.count == 4, let stored = Int(parts[3]) else { return nil }
        // Cached for any line of the page: the hand-port text names the page's lines, renumbered here.
        let text = Translation.renumbered(
            parts[0], by: request.firstLine - stored, source: request.source, firstLine: request.firstLine)
        return .success(Translation(text: text, shownText: parts[1], compiledText: parts[2]))
    }

    /// Writes the pack of each of `pages` again (unless it holds the same entries) with the translations of its cells
    /// among `requests` (`results`, in the same order): an entry still in its old pack (`packs`) as it was, a new one
    /// made from its translation. Errors are not kept (cheap to redo, and they carry structure).
    private func store(
        _ results: [Result<Translation, TranslationError>], for requests: [Request], pages: Set<String>,
        packs: [String: TranslationPack]
    ) {
        guard let cacheDirectory else { return }
        var written: [String: TranslationPack] = [:]
        for (request, result) in zip(requests, results) where pages.contains(request.contentFile) {
            guard case .success(let translation) = result else { continue }
            let key = key(request)
            let text =
                packs[request.contentFile]?.entries[key]
                ?? Data(
                    [translation.text, translation.shownText, translation.compiledText, String(request.firstLine)]
                        .joined(separator: Self.separator).utf8)
            written[request.contentFile, default: TranslationPack()].add(text, key: key)
        }
        for page in pages.sorted() {
            let pack = written[page] ?? TranslationPack()
            // Unchanged when only cells that do not translate were translated again.
            if pack != packs[page] { pack.write(to: TranslationPack.path(folder: cacheDirectory, page: page)) }
        }
    }
}
