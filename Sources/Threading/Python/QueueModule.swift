/// Python's `queue` module as a namespace: `queue.Queue<Int>()`, `catch is queue.Empty`.
public enum queue {
    public typealias Queue = Threading.Queue
    public typealias LifoQueue = Threading.LifoQueue
    public typealias PriorityQueue = Threading.PriorityQueue
    public typealias Empty = Threading.Empty
    public typealias Full = Threading.Full
    public typealias ShutDown = Threading.ShutDown
}
