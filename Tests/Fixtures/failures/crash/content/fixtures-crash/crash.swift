// Dies with a trap, like a Python process killed by a signal: docgen must report a crash, not hang or panic.
fatalError("the fixture crashes on purpose")
