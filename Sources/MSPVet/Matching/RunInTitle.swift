/// A match that is only the title a clause opens with, run in before its text: "Termination
/// Charges - AT&T shall not be liable for any termination charges…", "14.2 Termination for
/// Convenience – this agreement may not be terminated at any time for convenience." The title
/// names the topic; the clause's own words say whether it applies, so when they deny it, the
/// title is no evidence that it does.
enum RunInTitle {
    /// Whether `range` of `tokens` lies in the title the sentence opens with: every word from the
    /// start to the match's end, after any clause number or list label, capitalised or a minor
    /// word such as "for" or "of" ("Early **Termination Fees**"), and more of the sentence after.
    static func isTitle(_ range: Range<Int>, in tokens: [Token]) -> Bool {
        guard !range.isEmpty, range.upperBound < tokens.count else { return false }
        let start = tokens[..<range.upperBound].firstIndex { !$0.isListLabel } ?? range.upperBound
        guard start < range.upperBound, isCapitalised(tokens[start]) else { return false }
        return tokens[start..<range.upperBound].allSatisfy { token in
            token.kind != .word || isCapitalised(token) || ClauseHeading.minorWords.contains(token.text)
        }
    }

    /// Unnegated matches in `hits` that are run-in titles of a sentence whose text, later on,
    /// denies them (`denials`: a negated match of the same list, or a match of its opposite):
    /// their positions in `hits`.
    static func overruled(_ hits: [PatternHit], denials: [PatternHit], in document: ProposalDocument) -> Set<Int> {
        let firstDenial = Dictionary(denials.map { ($0.sentenceIndex, $0.range.lowerBound) }, uniquingKeysWith: min)
        guard !firstDenial.isEmpty else { return [] }
        var overruled: Set<Int> = []
        for (position, hit) in hits.enumerated() where !hit.negation.isNegated {
            guard let denial = firstDenial[hit.sentenceIndex], hit.range.upperBound <= denial,
                  isTitle(hit.range, in: document.sentences[hit.sentenceIndex].tokens) else { continue }
            overruled.insert(position)
        }
        return overruled
    }

    private static func isCapitalised(_ token: Token) -> Bool {
        token.original.utf8.first?.isASCIIUppercase == true
    }
}
