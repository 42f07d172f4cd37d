/// `import name`: the module object for one of the modules translated code may use (threading, queue, time,
/// logging, random, concurrent.futures, functools, itertools, dataclasses, sys, os); ModuleNotFoundError as CPython words it
/// for any other. Each call makes a fresh module object (module state lives in the run, not in the object) from
/// the module's `PyModuleTemplate`, made once per process.
public func py_import(_ name: String) throws -> PyObject {
    switch name {
    case "threading": return PyThreadingModule.make()
    case "queue": return PyQueueModule.make()
    case "time": return PyTimeModule.make()
    case "sys": return PySysModule.make()
    case "os": return PyOSModule.make()
    case "dataclasses": return PyDataclassesModule.make()
    case "logging": return PyLoggingModule.make()
    case "concurrent.futures": return PyFuturesModule.make()
    case "concurrent":
        let module = PyModule(name: "concurrent")
        module.set("futures", PyFuturesModule.make())
        return PyObject(ref: module)
    case "random": return PyRandomModule.make()
    case "functools": return PyFunctoolsModule.make()
    case "itertools": return PyItertoolsModule.make()
    default:
        throw PyError.make(py.ModuleNotFoundError, "No module named '\(name)'")
    }
}
