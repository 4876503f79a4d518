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

    public init(sentences: [Sentence]) {
        count = sentences.count
        for (index, sentence) in sentences.enumerated() {
            for token in sentence.tokens {
                Self.add(index, to: &postings[token.text, default: []])
                Self.add(index, to: &originals[token.original, default: []])
                if token.kind == .number, numbers.last != index { numbers.append(index) }
            }
        }
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
            case .prefix(let start): lists += postings.lazy.filter { $0.key.hasPrefix(start) }.map(\.value)
            case .number: lists.append(numbers)
            case .any: return Array(0..<count)
            }
        }
        if lists.count == 1 { return lists[0] }
        return Array(Set(lists.joined())).sorted()
    }
}
