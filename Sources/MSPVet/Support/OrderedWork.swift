import Foundation

/// Work spread over cores whose results come back in the order of its items, whatever order the
/// workers finish in: files scored, criteria files composed, checks read.
enum OrderedWork {
    /// One worker per core the process may use.
    static var defaultJobs: Int { max(1, ProcessInfo.processInfo.activeProcessorCount) }

    /// `transform` applied to every item, `jobs` at a time, the results in the items' order.
    /// Workers take the next item as they finish one, so a long document does not hold up the rest.
    static func map<Item: Sendable, Value: Sendable>(_ items: [Item], jobs: Int, _ transform: @escaping @Sendable (Item) -> Value) -> [Value] {
        guard jobs > 1, items.count > 1 else { return items.map(transform) }
        let results = Slots<Value>(count: items.count)
        let next = Counter()
        DispatchQueue.concurrentPerform(iterations: min(jobs, items.count)) { _ in
            while let index = next.take(below: items.count) {
                results.set(index, transform(items[index]))
            }
        }
        return results.values
    }

    /// The next item to take, handed out once each.
    final class Counter: @unchecked Sendable {
        private var value = 0
        private let lock = NSLock()

        func take(below limit: Int) -> Int? {
            lock.lock()
            defer { lock.unlock() }
            guard value < limit else { return nil }
            value += 1
            return value - 1
        }
    }

    /// One slot per item, each written once by the worker that took the item.
    final class Slots<Value>: @unchecked Sendable {
        private var storage: [Value?]
        private let lock = NSLock()

        init(count: Int) { storage = Array(repeating: nil, count: count) }

        func set(_ index: Int, _ value: Value) {
            lock.lock()
            storage[index] = value
            lock.unlock()
        }

        /// Read after every worker has returned, when each index has been taken once and written.
        var values: [Value] {
            lock.lock()
            defer { lock.unlock() }
            return storage.map { $0! }
        }
    }
}
