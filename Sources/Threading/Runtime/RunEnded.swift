/// Thrown into a thread its run left blocked, to unwind its frames once the run is over (a daemon sleeping or waiting
/// on a queue when the main thread ends): so that what those frames hold (the run's world, its objects and the
/// program's closures) is released instead of kept for the life of the process, which an exhaustive search of
/// thousands of runs in one process would feel. It is not a Python exception: translated code's `except` clauses do
/// not catch it, a `with` block's `__exit__` sees no exception, and nobody reports it (the run is over, as CPython
/// kills its daemons at exit without running anything of theirs).
struct RunEnded: Error {}
