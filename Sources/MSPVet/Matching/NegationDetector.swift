/// Decides whether a match in a sentence is negated, NegEx-style: a cue within a few tokens
/// before (or a post-cue just after) the match, never across a terminator word ("but"),
/// a semicolon or a dash, and never past the sentence.
struct NegationDetector: Sendable {
    var lexicon: NegationLexicon

    init(lexicon: NegationLexicon = .standard) {
        self.lexicon = lexicon
    }

    /// `patternWords` are the pattern's own tests: a token one of them accepts is part of the
    /// phrase ("terminate **without** cause"), not a cue, even inside the match.
    func negation(of match: Range<Int>, in tokens: [Token], patternWords: [WordTest] = []) -> Negation {
        var notes: [String] = []
        if let found = lookWithin(match, in: tokens, patternWords: patternWords) { return found }
        if let found = lookBefore(match, in: tokens, notes: &notes) { return found }
        if let found = lookAfter(match, in: tokens, notes: &notes) { return found }
        return Negation(cue: nil, direction: nil, distance: nil, notes: notes)
    }

    private func lookWithin(_ match: Range<Int>, in tokens: [Token], patternWords: [WordTest]) -> Negation? {
        guard match.count > 2 else { return nil }
        for index in (match.lowerBound + 1)..<(match.upperBound - 1) {
            let token = tokens[index]
            guard lexicon.isPreCue(token), !Self.isPatternWord(token, patternWords),
                  lexicon.pseudoNegation(at: index, in: tokens) == nil,
                  !deniesOnlyACost(at: index, in: tokens, before: match.upperBound, patternWords: patternWords) else { continue }
            return Negation(cue: token.original, direction: .within, distance: index - match.lowerBound, notes: [])
        }
        return nil
    }

    /// Whether the cue at `index` only denies a cost named right after it, with none of the
    /// pattern's words between: "terminated **without** the payment of any penalty by either
    /// party" denies the penalty; "terminate without paying the **remaining** fees" denies what
    /// the pattern reads, so the cue counts there.
    private func deniesOnlyACost(at index: Int, in tokens: [Token], before end: Int, patternWords: [WordTest]) -> Bool {
        guard lexicon.gapCostCues.contains(tokens[index].text) else { return false }
        for next in (index + 1)..<min(end, index + 1 + lexicon.gapCostReach) {
            let token = tokens[next]
            if Self.isPatternWord(token, patternWords) { return false }
            if lexicon.gapCostNouns.contains(token.text) { return true }
        }
        return false
    }

    /// Whether one of the pattern's own word tests (not a gap) accepts `token`.
    private static func isPatternWord(_ token: Token, _ patternWords: [WordTest]) -> Bool {
        patternWords.contains { $0 != .any && $0.accepts(token) }
    }

    private func lookBefore(_ match: Range<Int>, in tokens: [Token], notes: inout [String]) -> Negation? {
        var boundary = match.lowerBound
        while boundary > 0, match.lowerBound - boundary < max(lexicon.preWindow, lexicon.correlativeWindow) {
            let beyondWindow = match.lowerBound - boundary >= lexicon.preWindow
            if let mark = tokens[boundary].breakBefore {
                notes.append("scope before the match ends at '\(mark.rawValue)'")
                return nil
            }
            let index = boundary - 1
            let token = tokens[index]
            if lexicon.terminators.contains(token.text) {
                notes.append("scope before the match ends at '\(token.original)'")
                return nil
            }
            if beyondWindow {
                if token.text == "neither" || (token.text == "nor" && hasNeither(before: index, in: tokens)) {
                    return Negation(cue: token.original, direction: .before, distance: match.lowerBound - index - 1, notes: notes)
                }
            } else if let pseudo = lexicon.pseudoNegation(at: index, in: tokens) {
                notes.append("'\(pseudo.joined(separator: " "))' is not a negation")
            } else if lexicon.isPreCue(token) {
                return Negation(cue: token.original, direction: .before, distance: match.lowerBound - index - 1, notes: notes)
            }
            boundary = index
        }
        return nil
    }

    /// Whether "neither" opens the clause that holds the "nor" at `index`.
    private func hasNeither(before index: Int, in tokens: [Token]) -> Bool {
        var position = index
        while position > 0, index - position < lexicon.correlativeWindow, tokens[position].breakBefore == nil {
            position -= 1
            if tokens[position].text == "neither" { return true }
        }
        return false
    }

    private func lookAfter(_ match: Range<Int>, in tokens: [Token], notes: inout [String]) -> Negation? {
        var index = match.upperBound
        if index < tokens.count, lexicon.adjacentPostCues.contains(tokens[index].text),
           lexicon.pseudoNegation(at: index, in: tokens) == nil {
            return Negation(cue: tokens[index].original, direction: .after, distance: 0, notes: notes)
        }
        while index < tokens.count, index - match.upperBound < lexicon.postWindow {
            let token = tokens[index]
            if let mark = token.breakBefore, mark != .colon {
                notes.append("scope after the match ends at '\(mark.rawValue)'")
                return nil
            }
            if lexicon.terminators.contains(token.text) {
                notes.append("scope after the match ends at '\(token.original)'")
                return nil
            }
            if lexicon.pseudoNegation(at: index, in: tokens) != nil { return nil }
            if let cue = lexicon.postCue(at: index, in: tokens) {
                let written = tokens[index..<index + cue.count].map(\.original).joined(separator: " ")
                return Negation(cue: written, direction: .after, distance: index - match.upperBound, notes: notes)
            }
            index += 1
        }
        return nil
    }
}
