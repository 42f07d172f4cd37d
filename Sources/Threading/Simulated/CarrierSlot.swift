import CThreadingShims

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// What a carrier working for a batch knows on its own OS thread: the batch, and its own context to carry runs from.
final class CarrierSlot: @unchecked Sendable {
    let batch: RunBatch
    let base: OpaquePointer
    let generation: Int

    init(batch: RunBatch, base: OpaquePointer, generation: Int) {
        self.batch = batch
        self.base = base
        self.generation = generation
    }

    private static let key: pthread_key_t = {
        var key = pthread_key_t()
        pthread_key_create(&key, nil)
        return key
    }()

    static func enter(_ slot: CarrierSlot) {
        pthread_setspecific(key, Unmanaged.passRetained(slot).toOpaque())
    }

    static func leave() {
        if let raw = pthread_getspecific(key) { Unmanaged<CarrierSlot>.fromOpaque(raw).release() }
        pthread_setspecific(key, nil)
    }

    /// The calling carrier's slot, when it works for a batch and is not inside a run (a program's own nested
    /// `runProgram` is handed to a carrier of its own).
    static var current: CarrierSlot? {
        guard cthreading_current_core() == nil, let raw = pthread_getspecific(key) else { return nil }
        return Unmanaged<CarrierSlot>.fromOpaque(raw).takeUnretainedValue()
    }

    /// Tells the batch that `runtime` is carried here now.
    func carrying(_ runtime: SimulatedRuntime) { batch.carrying(runtime, generation: generation) }
}
