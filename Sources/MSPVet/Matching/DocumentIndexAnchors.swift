/// The index asked the matcher's questions: where a pattern's anchor words occur.
extension DocumentIndex {
    /// The sentences, ascending, holding a word of each of the pattern's anchor sets: where it
    /// can match, and nowhere else.
    ///
    /// The rarest set is merged into a list first and the others only asked about its sentences:
    /// merging every set's lists (a set such as "shall|will|may|must" names most sentences of a
    /// contract) cost more than the automaton that ran on the few sentences left.
    func sentences(whereCanMatch pattern: CompiledPattern) -> [Int] {
        var sets: [(lists: [[Int]], size: Int)] = []
        sets.reserveCapacity(pattern.anchors.count)
        for set in pattern.anchors.indices {
            var lists: [[Int]] = []
            lists.reserveCapacity(pattern.anchors[set].count)
            // A set that takes any token holds in every sentence.
            guard memo.collect(pattern.anchorKeys[set], find: { sentences(passing: pattern.anchors[set][$0]) }, into: &lists) else { continue }
            let size = lists.reduce(0) { $0 + $1.count }
            if size == 0 { return [] }
            sets.append((lists, size))
        }
        guard let rarest = sets.indices.min(by: { sets[$0].size < sets[$1].size }) else { return Array(0..<count) }
        var result = Self.union(sets[rarest].lists, sentenceCount: count)
        for (position, set) in sets.enumerated() where position != rarest && !result.isEmpty {
            // A binary search per list for each sentence left, or one pass over every list.
            if result.count * set.lists.count * 8 < set.size {
                result = result.filter { sentence in set.lists.contains { Self.holds($0, sentence) } }
            } else {
                result = Self.intersection(result, Self.union(set.lists, sentenceCount: count))
            }
        }
        return result
    }

    /// The sentences, ascending, in which some token passes `test`; nil when it takes any token.
    private func sentences(passing test: WordTest) -> [Int]? {
        switch test {
        case .literal(let word): postings[word] ?? []
        case .exact(let word): postings[Tokenizer.fold(word)] ?? []
        case .prefix(let start): Self.union(Array(postings(startingWith: start)), sentenceCount: count)
        case .number: numbers
        case .any: nil
        }
    }

    /// Whether the ascending `list` holds `sentence`.
    static func holds(_ list: [Int], _ sentence: Int) -> Bool {
        var low = 0
        var high = list.count
        while low < high {
            let middle = (low + high) / 2
            if list[middle] < sentence { low = middle + 1 } else { high = middle }
        }
        return low < list.count && list[low] == sentence
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
        if lists.count == 1 { return lists[0] }
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
