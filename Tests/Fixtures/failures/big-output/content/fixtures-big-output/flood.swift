import Threading

// Prints 20,000 lines of 100 bytes (2 MB): more than docgen's output limit of 1 MiB.
let filler = String(repeating: "x", count: 93)
for i in 0..<20_000 {
    let number = String(i)
    print(String(repeating: "0", count: 6 - number.count) + number + " " + filler)
}
