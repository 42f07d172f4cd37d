import Testing
@_spi(Harness) import Threading

/// The tutorial's programs, ported, under the default simulated schedule: the CPython order, on a virtual clock.
@Suite struct TutorialProgramTests {
    @Test func daemonThreadIsAbandonedWhenMainAndNonDaemonFinish() {
        let result = simulate {
            let daemon = def("daemon") {
                logging.info("Starting")
                for _ in 0..<10 {
                    logging.info(".")
                    time.sleep(1)
                }
                logging.info("Exiting")
            }
            let nonDaemon = def("non_daemon") {
                logging.info("Starting")
                time.sleep(2)
                logging.info("Exiting")
            }
            logging.basicConfig(level: .DEBUG, format: "(%(threadName)-10s) %(message)s")
            logging.info("Starting")
            let d = Thread(name: "daemon", target: daemon)
            d.daemon = true
            try d.start()
            let t = Thread(name: "non-daemon", target: nonDaemon)
            t.daemon = false
            try t.start()
            logging.info("Exiting")
        }
        #expect(result.outcome == .completed)
        #expect(
            result.lines(.stderr) == [
                "(MainThread) Starting", "(daemon    ) Starting", "(daemon    ) .", "(non-daemon) Starting",
                "(MainThread) Exiting", "(daemon    ) .", "(non-daemon) Exiting", "(daemon    ) .",
            ])
        // The virtual clock reached 2 s; no wall time was spent sleeping.
        #expect(result.events.last?.time == 2.0)
    }

    @Test func joinWaitsAndAsctimeUsesTheVirtualClock() {
        let result = simulate {
            let myFunc = def("my_func") { (id: Int) in
                logging.info("func : Starting \(id)")
                time.sleep(5)
                logging.info("func : Finishing \(id)")
            }
            logging.basicConfig(format: "%(asctime)s: %(message)s", level: .INFO, datefmt: "%H:%M:%S")
            logging.info("main : Create thread")
            let t = Thread(target: myFunc, args: 1)
            t.daemon = true
            logging.info("main : Starting thread")
            try t.start()
            logging.info("Waiting for my_func to finish its execution...")
            try t.join()
            logging.info("main : End")
        }
        #expect(
            result.lines(.stderr) == [
                "00:00:00: main : Create thread", "00:00:00: main : Starting thread", "00:00:00: func : Starting 1",
                "00:00:00: Waiting for my_func to finish its execution...", "00:00:05: func : Finishing 1",
                "00:00:05: main : End",
            ])
    }

    @Test func subclassOverridingRunIsNamedThreadN() {
        final class MyThread: Thread, @unchecked Sendable {
            override func run() throws { print("Called by threading.Thread.start()", current_thread().name) }
        }
        let result = simulate {
            let thread = MyThread()
            try thread.start()
            try thread.join()
        }
        #expect(result.lines() == ["Called by threading.Thread.start() Thread-1"])
    }

    @Test func timerFiresAfterItsInterval() {
        let result = simulate {
            let reset = def("reset") { logging.info("Reset") }
            logging.basicConfig(format: "[%(levelname)s]:(%(threadName)-10s): %(message)s", level: .INFO)
            logging.info("Test start")
            let t = Timer(interval: 1, function: reset)
            try t.start()
            for _ in 0..<3 {
                logging.info(".")
                time.sleep(1)
            }
        }
        #expect(
            result.lines(.stderr) == [
                "[INFO]:(MainThread): Test start", "[INFO]:(MainThread): .", "[INFO]:(Thread-1  ): Reset",
                "[INFO]:(MainThread): .", "[INFO]:(MainThread): .",
            ])
    }

    @Test func lockAndRLockTutorialPrintsLikePython() {
        let result = simulate {
            let test01 = def("test_01") { (lock: Lock) in
                try lock.release()
                print(lock.locked())
            }
            let lock = Lock()
            print(lock.acquire())
            let t = Thread(target: test01, args: lock)
            try t.start()
            try t.join()
            let rtest = def("test_01") { (lock: RLock) in
                do { try lock.release() } catch is RuntimeError { print("RLock can be released only by the owner!") }
            }
            let rlock = RLock()
            rlock.acquire()
            let t2 = Thread(target: rtest, args: rlock)
            try t2.start()
            try t2.join()
            print(t2.name)
        }
        #expect(result.lines() == ["True", "False", "RLock can be released only by the owner!", "Thread-2 (test_01)"])
    }

    @Test func semaphoreLimitsTheActivePool() {
        final class ActivePool: @unchecked Sendable {
            var active: [String] = []
            let lock = Lock()
            func makeActive(_ name: String) {
                lock.with {
                    active.append(name)
                    logging.debug("Running: %s", active)
                }
            }
            func makeInactive(_ name: String) {
                lock.with {
                    active.removeAll { $0 == name }
                    logging.debug("Running: %s", active)
                }
            }
        }
        let result = simulate {
            logging.basicConfig(level: .DEBUG, format: "%(asctime)s (%(threadName)-2s) %(message)s")
            let worker = def("worker") { (semaphore: Semaphore, pool: ActivePool) in
                logging.debug("Waiting to join the pool")
                semaphore.acquire()
                let name = current_thread().name
                pool.makeActive(name)
                time.sleep(0.1)
                pool.makeInactive(name)
                try semaphore.release()
            }
            let pool = ActivePool()
            let s = try Semaphore(2)
            for i in 0..<4 {
                try Thread(target: worker, name: String(i), args: s, pool).start()
            }
        }
        #expect(
            result.lines(.stderr) == [
                "2026-01-01 00:00:00,000 (0 ) Waiting to join the pool", "2026-01-01 00:00:00,000 (0 ) Running: ['0']",
                "2026-01-01 00:00:00,000 (1 ) Waiting to join the pool",
                "2026-01-01 00:00:00,000 (1 ) Running: ['0', '1']",
                "2026-01-01 00:00:00,000 (2 ) Waiting to join the pool",
                "2026-01-01 00:00:00,000 (3 ) Waiting to join the pool",
                "2026-01-01 00:00:00,100 (0 ) Running: ['1']", "2026-01-01 00:00:00,100 (1 ) Running: []",
                "2026-01-01 00:00:00,100 (2 ) Running: ['2']", "2026-01-01 00:00:00,100 (3 ) Running: ['2', '3']",
                "2026-01-01 00:00:00,200 (2 ) Running: ['3']", "2026-01-01 00:00:00,200 (3 ) Running: []",
            ])
    }

    @Test func conditionNotifyAllWakesConsumersInOrder() {
        let result = simulate {
            let consumer = def("consumer") { (condition: Condition) in
                condition.acquire()
                logging.info("Waiting for notification")
                try condition.wait()
                logging.info("Resource is available to consumer")
                try condition.release()
            }
            let producer = def("producer") { (condition: Condition) in
                condition.acquire()
                logging.info("Send notification and release resource")
                try condition.notify_all()
                try condition.release()
            }
            logging.basicConfig(format: "[%(levelname)s]:(%(threadName)-10s): %(message)s", level: .INFO)
            let condition = Condition()
            let c1 = Thread(name: "c1", target: consumer, args: condition)
            let c2 = Thread(name: "c2", target: consumer, args: condition)
            let p = Thread(name: "p", target: producer, args: condition)
            try c1.start()
            time.sleep(2)
            try c2.start()
            time.sleep(2)
            try p.start()
        }
        #expect(
            result.lines(.stderr) == [
                "[INFO]:(c1        ): Waiting for notification", "[INFO]:(c2        ): Waiting for notification",
                "[INFO]:(p         ): Send notification and release resource",
                "[INFO]:(c1        ): Resource is available to consumer",
                "[INFO]:(c2        ): Resource is available to consumer",
            ])
    }

    @Test func localValuesArePerThreadAndRandomIsSeeded() {
        let result = simulate(RunOptions(randomSeed: 42)) {
            logging.basicConfig(level: .DEBUG, format: "(%(threadName)-10s) %(message)s")
            let showValue = { (data: local) in
                if let value = data.value { logging.debug("value=%s", value) } else { logging.debug("No value yet") }
            }
            let worker = def("worker") { (data: local) in
                showValue(data)
                data.value = random.randint(1, 100)
                showValue(data)
            }
            let localData = local()
            showValue(localData)
            localData.value = 1000
            showValue(localData)
            for _ in 0..<2 { try Thread(target: worker, args: localData).start() }
        }
        // random.seed(42); randint(1, 100) twice gives 82 and 15 in CPython.
        #expect(
            result.lines(.stderr) == [
                "(MainThread) No value yet", "(MainThread) value=1000", "(Thread-1 (worker)) No value yet",
                "(Thread-1 (worker)) value=82", "(Thread-2 (worker)) No value yet", "(Thread-2 (worker)) value=15",
            ])
    }
}
