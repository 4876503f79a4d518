/// The index asked the matcher's questions: where a pattern's anchor words occur.
extension DocumentIndex {
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
            case .exact(let word): lists.append(postings[Tokenizer.fold(word)] ?? [])
            case .prefix(let start): lists += words(startingWith: start).map { postings[$0] ?? [] }
            case .number: lists.append(numbers)
            case .any: return Array(0..<count)
            }
        }
        if lists.count == 1 { return lists[0] }
        return Array(Set(lists.joined())).sorted()
    }
}
