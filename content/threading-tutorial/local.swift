import Threading

// `### local`: each thread sees only the value it stored itself.

logging.basicConfig(
    level: logging.DEBUG,
    format: "(%(threadName)-10s) %(message)s"
)

func show_value(_ data: local) throws {
    do {
        let val = try data.getattr("value")
        logging.debug("value=%s", val)
    } catch is AttributeError {
        logging.debug("No value yet")
    }
}

let worker = def("worker") { (data: local) in
    // Show local data for this thread before and after change
    try show_value(data)
    data.value = random.randint(1, 100)
    try show_value(data)
}

// Define local data for each thread
let local_data = threading.local()

// Show value in main thread before and after change
try show_value(local_data)
local_data.value = 1000
try show_value(local_data)

for _ in 0..<2 {
    let t = threading.Thread(target: worker, args: local_data)
    try t.start()
}
