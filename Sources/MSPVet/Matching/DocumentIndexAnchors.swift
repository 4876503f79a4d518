/// The index asked the matcher's questions: where a pattern's anchor words occur.
extension DocumentIndex {
    /// The sentences, ascending, holding a word of every set: where a pattern with these anchors
    /// can match, and nowhere else.
    func sentences(holdingAll anchors: [[WordTest]]) -> [Int] {
        guard var result = anchors.first.map(sentences(passingAnyOf:)) else { return [] }
        for anchor in anchors.dropFirst() where !result.isEmpty {
            result = Self.intersection(result, sentences(passingAnyOf: anchor))
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
            case .prefix(let start): lists += postings(startingWith: start)
            case .number: lists.append(numbers)
            case .any: return Array(0..<count)
            }
        }
        if lists.count == 1 { return lists[0] }
        return Self.union(lists, sentenceCount: count)
    }

    /// Sentence lists are ascending, so they are joined and met by walking them side by side:
    /// hashing every sentence number into a set and sorting again was a tenth of matching.
    static func intersection(_ left: [Int], _ right: [Int]) -> [Int] {
        var result: [Int] = []
        var (i, j) = (0, 0)
        while i < left.count, j < right.count {
            if left[i] < right[j] {
                i += 1
            } else if right[j] < left[i] {
                j += 1
            } else {
                result.append(left[i])
                i += 1
                j += 1
            }
        }
        return result
    }

    /// The ascending lists merged into one, each sentence once: a few lists pairwise, many (a
    /// short wildcard's words) marked in one pass over a flag per sentence.
    static func union(_ lists: [[Int]], sentenceCount: Int) -> [Int] {
        if lists.count > 16 {
            var marked = [Bool](repeating: false, count: sentenceCount)
            for list in lists {
                for sentence in list { marked[sentence] = true }
            }
            return marked.indices.filter { marked[$0] }
        }
        var merged = lists.first ?? []
        for list in lists.dropFirst() where !list.isEmpty {
            var result: [Int] = []
            result.reserveCapacity(merged.count + list.count)
            var (i, j) = (0, 0)
            while i < merged.count || j < list.count {
                let next: Int
                if j == list.count || (i < merged.count && merged[i] < list[j]) {
                    next = merged[i]
                    i += 1
                } else if i == merged.count || list[j] < merged[i] {
                    next = list[j]
                    j += 1
                } else {
                    next = merged[i]
                    i += 1
                    j += 1
                }
                result.append(next)
            }
            merged = result
        }
        return merged
    }
}
