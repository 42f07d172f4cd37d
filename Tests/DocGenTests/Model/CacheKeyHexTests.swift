import DocGenModel
import DocGenTestSupport
import Testing

/// Keys and checksums are written as 64 lowercase hex digits, two a byte, a byte below 16 with its leading zero: the
/// names cache entries and compiled libraries already have.
@Suite struct CacheKeyHexTests {
    @Test func aDigestIsTheStandardSHA256InLowercaseHex() {
        // FIPS 180-2's test vectors: the second has bytes below 16 (its leading zero must stay).
        #expect(
            CacheKey.digest(of: Array("abc".utf8))
                == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad")
        #expect(
            CacheKey.digest(of: Array("".utf8))
                == "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855")
    }

    @Test func aKeyIsTheDigestOfItsLengthFramedFields() {
        var key = CacheKey()
        key.combine(field: "abc")
        key.combine(field: "é")
        let framed: [UInt8] =
            [3, 0, 0, 0, 0, 0, 0, 0] + Array("abc".utf8) + [2, 0, 0, 0, 0, 0, 0, 0] + Array("é".utf8)
        #expect(key.hex == CacheKey.digest(of: framed))
    }
}
