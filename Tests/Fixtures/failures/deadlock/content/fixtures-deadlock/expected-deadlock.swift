import Threading

// The same, on a cell marked expect=deadlock.
let lock = Lock()
lock.acquire()
lock.acquire()
