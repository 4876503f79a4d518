import Foundation

/// The sentences a document's index found for each word test it was asked about, by the test's
/// number (given by the matcher, which owns the tests): a test such as "shall" or "terminat*" is shared by hundreds of
/// patterns, and looking its word up again for each (hashing it, or searching the vocabulary for
/// a prefix and merging its words' lists) was most of finding where patterns can match.
final class PostingMemo: @unchecked Sendable {
    /// Per test number: nil until asked; `.some(nil)` when the test takes any token.
    private var entries: [[Int]??] = []
    // A document is scored on one thread; the lock only keeps a shared index sound.
    private let lock = NSLock()

    /// Appends to `lists` the sentences of the test numbered `numbers[i]` for each `i`, finding
    /// with `find(i)` those not asked about before (nil for a test that takes any token); false,
    /// and `lists` left partly filled, when one of the tests takes any token.
    func collect(_ numbers: [Int], find: (Int) -> [Int]?, into lists: inout [[Int]]) -> Bool {
        lock.lock()
        defer { lock.unlock() }
        if let highest = numbers.max(), highest >= entries.count {
            // Room for the numbers given since, in one step rather than one per new number.
            entries += Array(repeating: nil, count: max(highest + 1, 2 * entries.count) - entries.count)
        }
        // One access to the storage for the whole walk, not one per test.
        return entries.withUnsafeMutableBufferPointer { entries in
            for (position, number) in numbers.enumerated() {
                let sentences: [Int]?
                if let known = entries[number] {
                    sentences = known
                } else {
                    sentences = find(position)
                    entries[number] = .some(sentences)
                }
                guard let sentences else { return false }
                lists.append(sentences)
            }
            return true
        }
    }
}
