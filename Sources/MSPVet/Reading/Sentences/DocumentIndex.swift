/// Which sentences hold which words, built once per document, so a pattern is run only on the
/// sentences that contain one of the words it can start with — instead of every pattern testing
/// every token of every sentence.
struct DocumentIndex: Sendable {
    /// Folded token text → the sentences holding it, ascending. A case-sensitive word (`=Teams`)
    /// is looked up folded: the sentences holding "teams" hold every "Teams", and the pattern then
    /// tests the case. A second table of words as written cost a hash of every token.
    private(set) var postings: [String: [Int]] = [:]
    private(set) var numbers: [Int] = []
    private(set) var count: Int
    /// The folded words in UTF-8 byte order, so the words with a prefix are one contiguous run
    /// found by binary search, not a scan of the whole vocabulary per prefix.
    private var vocabulary: [String] = []
    /// Each vocabulary word's sentences, in the vocabulary's order: a prefix's words give their
    /// sentences without hashing each word again.
    private var vocabularyPostings: [[Int]] = []
    /// What each word test was found to accept, kept for the next pattern that asks.
    let memo = PostingMemo()

    init(sentences: [Sentence]) {
        count = sentences.count
        // Every token is looked up once; a word once per document. The `String` hash (SipHash,
        // over a copy of the bytes) was most of building the index.
        var words = WordTable()
        // Each token's slot, then each slot's sentence count, so every list is made at its size
        // once: lists grown by appending were copied at each doubling, a seventh of building.
        var slots: [Int32] = []
        var sentenceCounts: [Int32] = []
        var lastSentence: [Int32] = []
        for (index, sentence) in sentences.enumerated() {
            let tokens = sentence.tokens
            for position in tokens.indices {
                let slot = words.slot(of: tokens[position].text)
                if slot == sentenceCounts.count {
                    sentenceCounts.append(0)
                    lastSentence.append(-1)
                }
                if lastSentence[slot] != Int32(truncatingIfNeeded: index) {
                    lastSentence[slot] = Int32(truncatingIfNeeded: index)
                    sentenceCounts[slot] += 1
                }
                slots.append(Int32(truncatingIfNeeded: slot))
                if tokens[position].kind == .number, numbers.last != index { numbers.append(index) }
            }
        }
        var lists = sentenceCounts.map { count -> [Int] in
            var list: [Int] = []
            list.reserveCapacity(Int(count))
            return list
        }
        var next = 0
        for (index, sentence) in sentences.enumerated() {
            for _ in sentence.tokens.indices {
                Self.add(index, to: &lists[Int(slots[next])])
                next += 1
            }
        }
        // The table tells words apart by their bytes; the dictionary by Unicode equivalence, as
        // it always has: two spellings of one word ("é" as one scalar or two) share its sentences.
        postings = Dictionary(zip(words.words, lists), uniquingKeysWith: { [count] in Self.union([$0, $1], sentenceCount: count) })
        if postings.count == words.words.count {
            // No two spellings met: the table's words are the keys, its lists their sentences.
            let order = Self.sortedByBytes(words.words)
            vocabulary = order.map { words.words[$0] }
            vocabularyPostings = order.map { lists[$0] }
        } else {
            let keys = Array(postings.keys)
            vocabulary = Self.sortedByBytes(keys).map { keys[$0] }
            vocabularyPostings = vocabulary.map { postings[$0] ?? [] }
        }
    }

    /// The words' positions in `precedes` order, most of them told apart by their first eight
    /// bytes read as one integer: comparing strings byte by byte was most of building the index.
    private static func sortedByBytes(_ words: [String]) -> [Int] {
        let keys = words.map { word -> UInt64 in
            var key: UInt64 = 0
            var shift: UInt64 = 56
            for byte in word.utf8.prefix(8) {
                key |= UInt64(byte) << shift
                shift &-= 8
            }
            return key
        }
        // Words hold no NUL byte, so a shorter word's zero padding sorts it first, as `precedes` does.
        return words.indices.sorted { keys[$0] != keys[$1] ? keys[$0] < keys[$1] : precedes(words[$0], words[$1]) }
    }

    /// The vocabulary words that start with `start` (compared byte by byte, as word tests do).
    func words(startingWith start: String) -> ArraySlice<String> {
        vocabulary[positions(startingWith: start)]
    }

    /// The sentences of each vocabulary word that starts with `start`.
    func postings(startingWith start: String) -> ArraySlice<[Int]> {
        vocabularyPostings[positions(startingWith: start)]
    }

    /// Where the words starting with `start` lie in the vocabulary.
    private func positions(startingWith start: String) -> Range<Int> {
        var low = 0
        var high = vocabulary.count
        while low < high {
            let middle = (low + high) / 2
            if Self.precedes(vocabulary[middle], start) { low = middle + 1 } else { high = middle }
        }
        var end = low
        while end < vocabulary.count, Self.hasPrefix(vocabulary[end], start) { end += 1 }
        return low..<end
    }

    /// UTF-8 byte order, compared over the strings' contiguous bytes: the generic sequence
    /// comparison stepped through each byte of each word several times over per sort.
    static func precedes(_ left: String, _ right: String) -> Bool {
        var (left, right) = (left, right)
        return left.withUTF8 { a in
            right.withUTF8 { b in
                for index in 0..<min(a.count, b.count) where a[index] != b[index] { return a[index] < b[index] }
                return a.count < b.count
            }
        }
    }

    static func hasPrefix(_ word: String, _ start: String) -> Bool {
        var (word, start) = (word, start)
        return word.withUTF8 { a in
            start.withUTF8 { b in a.count >= b.count && !(0..<b.count).contains { a[$0] != b[$0] } }
        }
    }

    private static func add(_ index: Int, to list: inout [Int]) {
        if list.last != index { list.append(index) }
    }
}
