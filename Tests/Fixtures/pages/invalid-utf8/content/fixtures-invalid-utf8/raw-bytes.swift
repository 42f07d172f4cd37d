import Glibc

// Writes bytes that are not UTF-8 straight to file descriptor 1, bypassing Threading's `print`.
// Hand-written: translated Python writes only through Threading (no os.write).
let bytes: [UInt8] = [0x63, 0x61, 0x66, 0xE9, 0x20, 0xFF, 0x0A]  // "caf\xe9 \xff\n"
_ = bytes.withUnsafeBytes { write(1, $0.baseAddress, $0.count) }
