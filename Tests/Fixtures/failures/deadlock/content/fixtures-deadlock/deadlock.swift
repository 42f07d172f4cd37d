import Threading

// Acquires a non-reentrant lock twice: the simulated runtime must report a deadlock.
let lock = Lock()
lock.acquire()
lock.acquire()
