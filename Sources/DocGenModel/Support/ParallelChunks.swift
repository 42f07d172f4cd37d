/// Runs cheap synchronous work over a long list on several cores: the list is cut into a few contiguous chunks (more
/// than `jobs`, so a core slowed by the rest of the machine takes fewer of them), each mapped in a task of its own,
/// at most `jobs` at a time (`ParallelMap`), and the outputs keep the list's order. For work of a few microseconds an
/// item (a cell's cache key and cached entry), where a task per item would cost more than the item.
package enum ParallelChunks {
    /// Chunks per job: enough to even out cores of unequal speed, few enough that each is worth a task.
    static let chunksPerJob = 4
    /// Lists shorter than this are mapped where they are.
    static let smallest = 64

    /// `inputs.map(transform)`, the work shared by at most `jobs` tasks.
    package static func map<Input: Sendable, Output: Sendable>(
        _ inputs: [Input], jobs: Int, _ transform: @escaping @Sendable (Input) -> Output
    ) async -> [Output] {
        guard jobs > 1, inputs.count >= smallest else { return inputs.map(transform) }
        let chunks = min(jobs * chunksPerJob, inputs.count)
        let bounds = (0...chunks).map { $0 * inputs.count / chunks }
        let ranges = (0..<chunks).map { bounds[$0]..<bounds[$0 + 1] }
        let mapped = await ParallelMap.map(ranges, jobs: jobs) { range in inputs[range].map(transform) }
        return Array(mapped.joined())
    }
}
