import Foundation

#if FUZZING
    /// libFuzzer's entry (built with `-sanitize=fuzzer -DFUZZING`, see `make fuzz`): the target named by
    /// `DOCGEN_FUZZ_TARGET` (`options`, `transcript`, `markdown`).
    @_cdecl("LLVMFuzzerTestOneInput")
    package func fuzzOneInput(_ data: UnsafePointer<UInt8>?, _ size: Int) -> Int32 {
        let bytes = data.map { Array(UnsafeBufferPointer(start: $0, count: size)) } ?? []
        FuzzTarget.selected(bytes)
        return 0
    }

    /// libFuzzer's driver (linked by -sanitize=fuzzer), run from SwiftPM's renamed entry point: SwiftPM defines
    /// `main` as `DocGenFuzz_main`, so libFuzzer's own `main` is not linked.
    @_silgen_name("LLVMFuzzerRunDriver")
    func LLVMFuzzerRunDriver(
        _ argc: UnsafeMutablePointer<Int32>,
        _ argv: UnsafeMutablePointer<UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?>,
        _ callback: @convention(c) (UnsafePointer<UInt8>?, Int) -> Int32
    ) -> Int32

    @_cdecl("DocGenFuzz_main")
    package func fuzzMain(_ argc: Int32, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?) -> Int32 {
        var count = argc
        var vector = argv
        return LLVMFuzzerRunDriver(&count, &vector, fuzzOneInput)
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
