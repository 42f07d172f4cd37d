import DocGenModel
import DocGenTestSupport
import Foundation
import Testing

/// FNV-1a 64 keys caches on disk: its value must not depend on how the bytes are held (contiguous buffers take a
/// faster path than other sequences).
@Suite struct FNV1a64Tests {
    func hex(_ bytes: some Sequence<UInt8>) -> String {
        var hash = FNV1a64()
        hash.combine(bytes)
        return hash.hex
    }

    @Test(arguments: [("", "cbf29ce484222325"), ("a", "af63dc4c8601ec8c"), ("foobar", "85944171f73967e8")])
    func publishedValuesWhateverHoldsTheBytes(text: String, expected: String) {
        let bytes = Array(text.utf8)
        #expect(hex(bytes) == expected)
        #expect(hex(Data(bytes)) == expected)
        #expect(hex(Data(bytes)[...]) == expected)
        #expect(hex(text.utf8) == expected)
        #expect(hex(bytes.lazy.map { $0 }) == expected)  // not contiguous: byte by byte
    }

    @Test func combiningInPiecesIsCombiningTheWhole() {
        var pieces = FNV1a64()
        pieces.combine(Data("foo".utf8))
        pieces.combine(Array("bar".utf8))
        #expect(pieces.hex == "85944171f73967e8")
    }
}
