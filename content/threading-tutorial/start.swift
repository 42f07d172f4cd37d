import Threading

// `#### start()`: the new thread prints the number it was given.

let my_func = def("my_func") { (number: Int) in

    print("func : Starting \(number)")
    time.sleep(5)
    print("func : Finishing \(number)")
}

let t = threading.Thread(target: my_func, args: 1)
try t.start()
