import Foundation

/// A number for every distinct word test any compiled pattern makes, the same for the whole run,
/// so a document can keep what it found for a test in an array rather than hash the test's word
/// each time one of the hundreds of patterns that share it asks again.
enum WordTestNumbers {
    /// The test's number, given on first sight.
    static func number(of test: WordTest) -> Int {
        registry.number(of: test)
    }

    private static let registry = Registry()

    /// Patterns are compiled on all cores while the criteria load, hence the lock.
    private final class Registry: @unchecked Sendable {
        private var numbers: [WordTest: Int] = [:]
        private let lock = NSLock()

        func number(of test: WordTest) -> Int {
            lock.lock()
            defer { lock.unlock() }
            if let number = numbers[test] { return number }
            numbers[test] = numbers.count
            return numbers.count - 1
        }
    }
}
