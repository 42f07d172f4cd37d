import DocGen
import Foundation

#if FUZZING
    /// libFuzzer's entry (built with `-sanitize=fuzzer -DFUZZING`, see `make fuzz`): the target named by
    /// `DOCGEN_FUZZ_TARGET` (`options`, `transcript`, `markdown`).
    @_cdecl("LLVMFuzzerTestOneInput")
    public func fuzzOneInput(_ data: UnsafePointer<UInt8>?, _ size: Int) -> Int32 {
        let bytes = data.map { Array(UnsafeBufferPointer(start: $0, count: size)) } ?? []
        FuzzTarget.selected(bytes)
        return 0
    }
#else
    /// Without libFuzzer: replays the files given as arguments through every target (to reproduce a crash).
    @main struct Replay {
        static func main() {
            for path in CommandLine.arguments.dropFirst() {
                guard let data = FileManager.default.contents(atPath: path) else { continue }
                for (_, target) in ParserFuzzing.targets.sorted(by: { $0.key < $1.key }) { target(Array(data)) }
            }
        }
    }
#endif
