/// Python's `concurrent` package as a namespace, for ports that keep the module prefix:
/// `concurrent.futures.ThreadPoolExecutor(max_workers: 3)`, `concurrent.futures.as_completed(fs)`,
/// `concurrent.futures.wait(fs, return_when: concurrent.futures.FIRST_COMPLETED)`.
public enum concurrent {
    /// Python's `concurrent.futures`.
    public enum futures {
        public typealias ThreadPoolExecutor = Threading.ThreadPoolExecutor
        public typealias Future<T> = Threading.Future<T>
        public typealias CancelledError = Threading.CancelledError
        public typealias TimeoutError = Threading.TimeoutError
        public typealias InvalidStateError = Threading.InvalidStateError
        public typealias BrokenThreadPool = Threading.BrokenThreadPool

        public static let FIRST_COMPLETED = ReturnWhen.FIRST_COMPLETED
        public static let FIRST_EXCEPTION = ReturnWhen.FIRST_EXCEPTION
        public static let ALL_COMPLETED = ReturnWhen.ALL_COMPLETED

        /// `concurrent.futures.as_completed(fs)`; see `Threading.as_completed`.
        public static func as_completed<F: AnyFuture>(_ futures: some Sequence<F>) -> AsCompleted<F> {
            Threading.as_completed(futures)
        }

        /// `concurrent.futures.as_completed(fs, timeout)`; see `Threading.as_completed(_:timeout:)`.
        public static func as_completed<F: AnyFuture>(_ futures: some Sequence<F>, timeout: Double?)
            -> ResultIterator<F>
        {
            Threading.as_completed(futures, timeout: timeout)
        }
    }
}
