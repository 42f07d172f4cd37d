import CDocGenShims

/// Memory the process has freed, handed back to the system: under glibc, freed small blocks otherwise stay resident
/// (and count in the peak memory of a build) even when later large allocations cannot reuse them.
package enum FreedMemory {
    /// Returns freed heap pages to the system (glibc `malloc_trim`; nothing elsewhere). Cheap: call between stages.
    package static func release() {
        cdocgen_release_free_memory()
    }
}
