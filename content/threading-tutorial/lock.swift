import Threading

// `### Lock`: any thread may release a Lock; a non-blocking acquire of a held Lock returns False.

let test_01 = def("test_01") { (lock: Lock) in
    try lock.release()
    print(lock.locked())
}

let test_02 = def("test_02") { (lock: Lock) in
    let result = lock.acquire(false)
    print(result)
}

func main() throws {

    // ##############################################################################################
    // Test 01 : Another thread releases lock
    // ##############################################################################################
    print("@test_01 : Another thread releases the lock")
    var lock = threading.Lock()
    var result = lock.acquire()
    print(result)

    var test = threading.Thread(target: test_01, args: lock)
    try test.start()
    try test.join()

    // ##############################################################################################
    // Test 02 : Another thread tries a non-blocking acquire (it returns False at once)
    // ##############################################################################################
    print("@test_02 : Another thread tries to acquire the lock")
    lock = threading.Lock()
    result = lock.acquire()
    print(result)

    test = threading.Thread(target: test_02, args: lock)
    try test.start()
    try test.join()
}

try main()
