/// A Python iterator whose `__next__` may raise: what `executor.map(…)` and `as_completed(…, timeout:)` return.
/// Swift's `for … in` cannot throw, so iterate with `while let`:
///
///     let results = try executor.map(square, [1, 2, 3])
///     while let value = try results.next() { print(value) }
///
/// Once `next()` has thrown, or returned nil, or `close()` was called, the iterator is finished (like a generator
/// that raised): `next()` returns nil.
public final class ResultIterator<Element>: @unchecked Sendable {
    private var step: (() throws -> Element?)?
    private var onClose: (() -> Void)?

    /// `next` gives each element (nil at the end); `close` releases what is left (Python's `finally`).
    init(next: @escaping () throws -> Element?, close: @escaping () -> Void) {
        step = next
        onClose = close
    }

    /// Python's `next(iterator)`: the next element, nil when there are no more (StopIteration).
    public func next() throws -> Element? {
        guard let step else { return nil }
        do {
            if let element = try step() { return element }
            close()
            return nil
        } catch {
            close()
            throw error
        }
    }

    /// Python's `list(iterator)`: every remaining element.
    public func list() throws -> [Element] {
        var elements: [Element] = []
        while let element = try next() { elements.append(element) }
        return elements
    }

    /// Python's `iterator.close()`: stops early (`map` cancels the calls not yet started).
    public func close() {
        let finish = onClose
        step = nil
        onClose = nil
        finish?()
    }
}
