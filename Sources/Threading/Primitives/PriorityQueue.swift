/// Python's `queue.PriorityQueue`: the smallest item comes out first (a binary heap, ported from Python's `heapq`
/// so equal items come out in the same order as in CPython).
open class PriorityQueue<Element: Comparable>: Queue<Element>, @unchecked Sendable {
    private var heap: [Element] = []

    public override init(maxsize: Int = 0) { super.init(maxsize: maxsize) }

    open override func _qsize() -> Int { heap.count }

    open override func _put(_ item: Element) throws {
        heap.append(item)
        siftDown(start: 0, position: heap.count - 1)
    }

    open override func _get() throws -> Element {
        let last = heap.removeLast()
        guard !heap.isEmpty else { return last }
        let top = heap[0]
        heap[0] = last
        siftUp(0)
        return top
    }

    /// heapq._siftdown: moves the item at `position` up towards `start`.
    private func siftDown(start: Int, position: Int) {
        var position = position
        let item = heap[position]
        while position > start {
            let parent = (position - 1) >> 1
            if item < heap[parent] {
                heap[position] = heap[parent]
                position = parent
            } else {
                break
            }
        }
        heap[position] = item
    }

    /// heapq._siftup: moves the item at `position` down to a leaf, then back up into place.
    private func siftUp(_ position: Int) {
        var position = position
        let end = heap.count
        let start = position
        let item = heap[position]
        var child = 2 * position + 1
        while child < end {
            let right = child + 1
            if right < end && !(heap[child] < heap[right]) { child = right }
            heap[position] = heap[child]
            position = child
            child = 2 * position + 1
        }
        heap[position] = item
        siftDown(start: start, position: position)
    }
}
