import Threading

// The main thread raises, as Python's `raise RuntimeError(…)`.
throw RuntimeError("release unlocked lock")
