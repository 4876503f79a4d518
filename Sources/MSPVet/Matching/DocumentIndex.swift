/// Which sentences hold which words, built once per document, so a pattern is run only on the
/// sentences that contain one of the words it can start with — instead of every pattern testing
/// every token of every sentence.
public struct DocumentIndex: Sendable {
    /// Folded token text → the sentences holding it, ascending.
    private var postings: [String: [Int]] = [:]
    /// Token as written → the sentences holding it, for case-sensitive words (`=Teams`).
    private var originals: [String: [Int]] = [:]
    private var numbers: [Int] = []
    private var count: Int
    /// The folded words in UTF-8 byte order, so the words with a prefix are one contiguous run
    /// found by binary search, not a scan of the whole vocabulary per prefix.
    private var vocabulary: [String] = []

    public init(sentences: [Sentence]) {
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

    /// The vocabulary words that start with `start` (compared byte by byte, as `WordTest` does).
    private func words(startingWith start: String) -> ArraySlice<String> {
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

    /// The sentences, ascending, holding a word of every set: where a pattern with these anchors
    /// can match, and nowhere else.
    func sentences(holdingAll anchors: [[WordTest]]) -> [Int] {
        guard var result = anchors.first.map(sentences(passingAnyOf:)) else { return [] }
        for anchor in anchors.dropFirst() where !result.isEmpty {
            let other = Set(sentences(passingAnyOf: anchor))
            result = result.filter(other.contains)
        }
        return result
    }

    /// The sentences, ascending, in which some token passes one of `tests`.
    func sentences(passingAnyOf tests: [WordTest]) -> [Int] {
        var lists: [[Int]] = []
        for test in tests {
            switch test {
            case .literal(let word): lists.append(postings[word] ?? [])
            case .exact(let word): lists.append(originals[word] ?? [])
            case .prefix(let start): lists += words(startingWith: start).map { postings[$0] ?? [] }
            case .number: lists.append(numbers)
            case .any: return Array(0..<count)
            }
        }
        if lists.count == 1 { return lists[0] }
        return Array(Set(lists.joined())).sorted()
    }
}
