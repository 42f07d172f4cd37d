/// Runs async work over a list, at most `jobs` at a time, keeping the list's order in the result (cells in the
/// Execute stage, Python runs in Fidelity). `finished` sees each output as it completes, one at a time.
package enum ParallelMap {
    package static func map<Input: Sendable, Output: Sendable>(
        _ inputs: [Input], jobs: Int, finished: ((Output) -> Void)? = nil,
        _ transform: @escaping @Sendable (Input) async -> Output
    ) async -> [Output] {
        var results = [Output?](repeating: nil, count: inputs.count)
        await withTaskGroup(of: (Int, Output).self) { group in
            var next = 0
            while next < inputs.count, next < max(1, jobs) {
                let index = next
                group.addTask { (index, await transform(inputs[index])) }
                next += 1
            }
            while let (index, output) = await group.next() {
                results[index] = output
                finished?(output)
                if next < inputs.count {
                    let index = next
                    group.addTask { (index, await transform(inputs[index])) }
                    next += 1
                }
            }
        }
        return results.map { $0! }
    }
}
