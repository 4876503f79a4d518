/// Which sentences hold which words, built once per document, so a pattern is run only on the
/// sentences that contain one of the words it can start with — instead of every pattern testing
/// every token of every sentence.
struct DocumentIndex: Sendable {
    /// Folded token text → the sentences holding it, ascending.
    private(set) var postings: [String: [Int]] = [:]
    /// Token as written → the sentences holding it, for case-sensitive words (`=Teams`).
    private(set) var originals: [String: [Int]] = [:]
    private(set) var numbers: [Int] = []
    private(set) var count: Int
    /// The folded words in UTF-8 byte order, so the words with a prefix are one contiguous run
    /// found by binary search, not a scan of the whole vocabulary per prefix.
    private var vocabulary: [String] = []

    init(sentences: [Sentence]) {
        count = sentences.count
        for (index, sentence) in sentences.enumerated() {
            for token in sentence.tokens {
                Self.add(index, to: &postings[token.text, default: []])
                Self.add(index, to: &originals[token.original, default: []])
                if token.kind == .number, numbers.last != index { numbers.append(index) }
            }
        }
        vocabulary = postings.keys.sorted { $0.utf8.lexicographicallyPrecedes($1.utf8) }
    }

    /// The vocabulary words that start with `start` (compared byte by byte, as word tests do).
    func words(startingWith start: String) -> ArraySlice<String> {
        var low = 0
        var high = vocabulary.count
        while low < high {
            let middle = (low + high) / 2
            if vocabulary[middle].utf8.lexicographicallyPrecedes(start.utf8) { low = middle + 1 } else { high = middle }
        }
        var end = low
        while end < vocabulary.count, vocabulary[end].utf8.starts(with: start.utf8) { end += 1 }
        return vocabulary[low..<end]
    }

    private static func add(_ index: Int, to list: inout [Int]) {
        if list.last != index { list.append(index) }
    }
}
