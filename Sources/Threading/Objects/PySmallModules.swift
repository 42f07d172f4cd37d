/// The `time` module for translated code, on the run's clock (Threading's `time`).
enum PyTimeModule {
    static func make() -> PyObject { template.instantiate() }

    private static let template = PyModuleTemplate(name: "time") { module in
        // `time.sleep(secs)`, its one value run as it is (no array bound).
        let sleep = PyQuickBodies(one: { secs in
            // A float as it is; anything else as an integer (`__index__`), as CPython converts it.
            let seconds = if case .float(let value) = secs.storage { value } else { Double(try secs.asIndex()) }
            if seconds < 0 { throw PyError.make(py.ValueError, "sleep length must be non-negative") }
            try Threading.time.sleepOrUnwind(seconds)
            return .None
        })
        module.function("sleep", ["secs", "/"], bodies: sleep) { a in try sleep.one!(a[0]) }
        module.function("time") { _ in PyObject(Threading.time.time()) }
        module.function("time_ns") { _ in PyObject(Int(Threading.time.time_ns())) }
        module.function("monotonic") { _ in PyObject(Threading.time.monotonic()) }
        module.function("perf_counter") { _ in PyObject(Threading.time.perf_counter()) }
        module.function("ctime", ["secs=", "/"], defaults: [.None]) { a in
            PyObject(Threading.time.ctime(try a[0].asTimeout()))
        }
        module.function("strftime", ["format", "t=", "/"], defaults: [.None]) { a in
            PyObject(Threading.time.strftime(try a[0].asString(), try a[1].asTimeout()))
        }
    }
}

/// The `sys` module: `stdout`, `stderr`, `exit`, `version_info`-free basics.
enum PySysModule {
    static let stdout = PyObject(ref: PyStdStream(.stdout))
    static let stderr = PyObject(ref: PyStdStream(.stderr))

    /// `sys.argv` is a list the program may change: each import's own.
    static func make() -> PyObject { template.instantiate(fresh: ["argv": .list(["<cell>"])]) }

    private static let template = PyModuleTemplate(name: "sys") { module in
        module.set("stdout", stdout)
        module.set("stderr", stderr)
        module.set("__stdout__", stdout)
        module.set("__stderr__", stderr)
        module.function("exit", ["status=", "/"], defaults: [.None]) { a in
            let error = PyError.make(py.SystemExit, nil)
            if !a[0].isNone { error.value.exceptionState?.args = [a[0]] }
            throw error
        }
        module.set("maxsize", PyObject(Int.max))
        module.set("argv", .None)  // each import's own (`make`)
    }
}

/// The `os` module: `getpid`, `cpu_count`.
enum PyOSModule {
    static func make() -> PyObject { template.instantiate() }

    private static let template = PyModuleTemplate(name: "os") { module in
        module.function("getpid") { _ in PyObject(Threading.os.getpid()) }
        module.function("cpu_count") { _ in Threading.os.cpu_count().map { PyObject($0) } ?? .None }
    }
}
