import Foundation

/// The target chosen by the `DOCGEN_FUZZ_TARGET` environment variable (a name of `ParserFuzzing.targets`).
enum FuzzTarget {
    static let selected: @Sendable ([UInt8]) -> Void = {
        let name = ProcessInfo.processInfo.environment["DOCGEN_FUZZ_TARGET"] ?? ""
        guard let target = ParserFuzzing.targets[name] else {
            let names = ParserFuzzing.targets.keys.sorted().joined(separator: ", ")
            FileHandle.standardError.write(Data("set DOCGEN_FUZZ_TARGET to one of \(names)\n".utf8))
            exit(2)
        }
        return target
    }()
}
