// Dies with a trap, like a Python process killed by a signal: docgen must report a crash, not hang or panic.
// Hand-written: translated Python cannot die by a signal (a raised exception is reported as such).
fatalError("the fixture crashes on purpose")
