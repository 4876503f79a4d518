import Foundation

/// The sentences a document's index found for each word test it was asked about: a test such as
/// "shall" or "terminat*" is shared by hundreds of patterns, and looking its word up again for
/// each (hashing it, or searching the vocabulary for a prefix and merging its words' lists) was
/// most of finding where patterns can match.
///
/// Tests are known by a `Key` their pattern computes once, when compiled: a hash of the test
/// with the test itself, which a look-up compares, so two tests never share an entry.
final class PostingMemo: @unchecked Sendable {
    /// A word test as the index knows it: what kind of test, its word, and a hash of the two.
    struct Key: Sendable, Hashable {
        let hash: UInt64
        let kind: UInt8
        let word: String

        init(kind: UInt8, word: String) {
            self.kind = kind
            self.word = word
            // The word hashed as the document's word table hashes words, the kind mixed in.
            hash = WordTable.hash(word) ^ (UInt64(kind) &* 0x9E37_79B9_7F4A_7C15)
        }
    }

    private var table = Table()
    // A document is scored on one thread; the lock only keeps a shared index sound.
    private let lock = NSLock()

    /// Appends to `lists` the sentences of the test with each of `keys`, finding with `find(i)`
    /// those not asked about before (nil for a test that takes any token); false, and `lists`
    /// left partly filled, when one of the tests takes any token.
    func collect(_ keys: [Key], find: (Int) -> [Int]?, into lists: inout [[Int]]) -> Bool {
        lock.lock()
        defer { lock.unlock() }
        // The table is taken out for the walk and put back: each access to a class's stored
        // property is checked for exclusivity at run time, a local value's is not.
        var table = Table(empty: ())
        swap(&table, &self.table)
        defer { swap(&table, &self.table) }
        for (position, key) in keys.enumerated() {
            guard let sentences = table.sentences(for: key, find: { find(position) }) else { return false }
            lists.append(sentences)
        }
        return true
    }

    /// An open-addressing table of the tests asked about.
    private struct Table {
        /// The tests in the order first asked, and what was found for each (nil when the test
        /// takes any token).
        private var keys: [Key] = []
        private var found: [[Int]?] = []
        /// Slot + 1 of the test in each bucket; 0 is empty. A power of two long, at most half
        /// full: the criteria make a few thousand distinct tests.
        private var buckets: [Int32]

        init() {
            buckets = [Int32](repeating: 0, count: 4096)
        }

        /// A placeholder that holds nothing, while the real table is out.
        init(empty: Void) {
            buckets = []
        }

        /// The sentences of the test with `key`, found with `find` the first time; nil when the
        /// test takes any token.
        mutating func sentences(for key: Key, find: () -> [Int]?) -> [Int]? {
            let mask = buckets.count - 1
            var bucket = Int(truncatingIfNeeded: key.hash) & mask
            while buckets[bucket] != 0 {
                let slot = Int(buckets[bucket]) - 1
                if keys[slot] == key { return found[slot] }
                bucket = (bucket + 1) & mask
            }
            let sentences = find()
            keys.append(key)
            found.append(sentences)
            buckets[bucket] = Int32(keys.count)
            if keys.count * 2 > buckets.count { grow() }
            return sentences
        }

        private mutating func grow() {
            buckets = [Int32](repeating: 0, count: buckets.count * 2)
            let mask = buckets.count - 1
            for (slot, key) in keys.enumerated() {
                var bucket = Int(truncatingIfNeeded: key.hash) & mask
                while buckets[bucket] != 0 { bucket = (bucket + 1) & mask }
                buckets[bucket] = Int32(slot + 1)
            }
        }
    }
}
