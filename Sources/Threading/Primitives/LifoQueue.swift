/// Python's `queue.LifoQueue`: the most recently added item comes out first.
open class LifoQueue<Element>: Queue<Element>, @unchecked Sendable {
    private var stack: [Element] = []

    public override init(maxsize: Int = 0) { super.init(maxsize: maxsize) }

    open override func _qsize() -> Int { stack.count }
    open override func _put(_ item: Element) throws { stack.append(item) }
    open override func _get() throws -> Element { stack.removeLast() }
}
