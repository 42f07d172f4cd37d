import CThreadingShims

/// Pins the calling thread to the first allowed CPU, as a simulated run pins its threads.
func cthreadingPin() -> Bool {
    var cpus = [Int32](repeating: 0, count: 64)
    let count = cthreading_allowed_cpus(&cpus, 64)
    return count > 0 && cthreading_pin_to_cpu(cpus[0]) == 0
}
