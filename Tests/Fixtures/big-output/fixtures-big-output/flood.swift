import Threading

// Prints 100,000 lines of 100 bytes (10 MB): more than docgen's output limit.
let filler = String(repeating: "x", count: 93)
for i in 0..<100_000 {
    let number = String(i)
    print(String(repeating: "0", count: 6 - number.count) + number + " " + filler)
}
