import DocGen
import Scenarios

/// The scenario catalog as DocGen sees it: ids and source files only.
enum ScenarioReferences {
    static var all: [ScenarioReference] {
        ScenarioCatalog.all.map { ScenarioReference(id: $0.id, sourcePath: $0.sourcePath) }
    }
}
