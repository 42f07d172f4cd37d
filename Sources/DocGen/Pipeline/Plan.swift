import DocGenModel
import DocGenParse
import DocGenRun

/// A content folder read and mapped: its documents, each cell with the scenario it runs (found or translated), and
/// the lookups every later stage needs. Made once per command; building, checking, recording, sharding and loading a
/// program all start from one.
package struct Plan: Sendable {
    /// The pages, in the content folder's order.
    package let documents: [Document]
    /// Every cell of every page but the kept ones, in page order, with its scenario.
    package let cells: [MappedCell]
    /// Pages kept as the last build made them (`PageInputs`): their cells are not mapped.
    package let kept: Set<String>
    /// Each page's Markdown file, by page name.
    package let sourcePaths: [String: String]

    package init(documents: [Document], cells: [MappedCell], kept: Set<String> = []) {
        self.documents = documents
        self.cells = cells
        self.kept = kept
        sourcePaths = Dictionary(documents.map { ($0.page, $0.sourcePath) }, uniquingKeysWith: { first, _ in first })
    }

    /// Parses `contentFolder` and finds each cell's scenario (beside its page, or inline); a cell with neither gets
    /// its Python's translation, cached in `cacheDirectory` (not cached without one). `progress` is told about the
    /// translations. `keep` names, from the parsed pages, those kept as the last build made them: their cells are not
    /// mapped (nor translated).
    ///
    /// - Throws: `BuildError.content` when a page cannot be read, `.map` when a cell has no usable scenario.
    package static func make(
        contentFolder: String, cacheDirectory: String?, progress: (any BuildProgress)? = nil,
        keep: ([Document]) -> Set<String> = { _ in [] }
    ) async throws(BuildError) -> Plan {
        let documents: [Document]
        do { documents = try ContentLoader.load(contentFolder) } catch { throw .content(error) }
        let kept = keep(documents)
        do {
            var translator = Translator(cacheDirectory: cacheDirectory)
            translator.progress = progress
            let cells = try await CellMapper.map(
                documents, contentFolder: contentFolder, translator: translator, skipping: kept)
            return Plan(documents: documents, cells: cells, kept: kept)
        } catch {
            throw .map(error)
        }
    }

    /// The cell `id` (`page/cell`), if the content has it.
    package func cell(_ id: String) -> MappedCell? {
        cells.first { $0.id == id }
    }

    /// The Markdown file of `page`, or the page's name when the plan has no such page.
    package func sourcePath(of page: String) -> String {
        sourcePaths[page] ?? page
    }
}
