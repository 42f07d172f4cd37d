import Threading

// `### RLock`: only the owner may release an RLock, and it is free only after as many releases as acquires.

let test_01 = def("test_01") { (lock: RLock) in
    do {
        try lock.release()
    } catch is RuntimeError {
        print("RLock can be released only by the owner!")
    }
}

let test_02 = def("test_02") { (lock: RLock) in
    let result = lock.acquire(blocking: false)
    if result {
        print("Locked by me")
    } else {
        print("Already locked by another thread")
    }
}

func main() throws {

    // ##############################################################################################
    // Test 01 : Another thread releases lock (not allowed for RLock as it has an owner)
    // ##############################################################################################
    print("@test_01")
    var lock = threading.RLock()
    lock.acquire()

    var test = threading.Thread(target: test_01, args: lock)
    try test.start()
    try test.join()

    // ##############################################################################################
    // Test 02 : Another thread tries to acquire the lock (blocking=False: returns False at once)
    // ##############################################################################################
    print("@test_02")
    lock = threading.RLock()
    lock.acquire()

    test = threading.Thread(target: test_02, args: lock)
    try test.start()
    try test.join()

    // ##############################################################################################
    // Test 03 : The owner acquires the lock several times
    // ##############################################################################################
    print("@test_03")
    lock = threading.RLock()

    // Lock several times
    lock.acquire()
    lock.acquire()
    lock.acquire()

    // First release (should still be locked)
    try lock.release()
    test = threading.Thread(target: test_02, args: lock)
    try test.start()
    try test.join()

    // Second release (should still be locked)
    try lock.release()
    test = threading.Thread(target: test_02, args: lock)
    try test.start()
    try test.join()

    // Third release (should be free)
    try lock.release()
    test = threading.Thread(target: test_02, args: lock)
    try test.start()
    try test.join()
}

try main()
