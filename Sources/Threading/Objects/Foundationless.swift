#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// The C math and formatting the object layer needs (Threading does not import Foundation).
enum Foundationless {
    static func pow(_ base: Double, _ exponent: Double) -> Double {
        #if canImport(Glibc)
            Glibc.pow(base, exponent)
        #else
            Darwin.pow(base, exponent)
        #endif
    }

    /// C's `printf` of one double with `format` (`%.2f`, `%e`, `%g`: correctly rounded, as CPython's).
    static func format(_ format: String, _ value: Double) -> String {
        var buffer = [CChar](repeating: 0, count: 512)
        _ = withVaList([value]) { vsnprintf(&buffer, buffer.count, format, $0) }
        return String(decoding: buffer.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
    }

}
