/// The words that make a clause wait on an event: "**If** the launch has not occurred by June,
/// either party may terminate", "either party may terminate on notice **upon the occurrence of**
/// any of the following". A right stated so is a remedy for that event, not a right held at will.
///
/// A condition that is only the holder's wish ("if Client **wishes** to end this agreement, it
/// may do so on 60 days' notice") waits on nothing, so it does not count.
enum ConditionLexicon {
    /// What opens a conditional clause, at its start or after the statement it governs ("where"
    /// and "should" only at the start: after a statement they are as often "the site where" and
    /// "notice should be in writing").
    static let openers: [[String]] = [
        ["if"], ["in", "the", "event"], ["in", "case"], ["should"], ["where"], ["upon", "the", "occurrence"],
        ["on", "the", "occurrence"], ["following", "the", "occurrence"], ["as", "follows"],
        // An event named before: "…shall give notice of the assignment, and in such event the
        // other party may terminate".
        ["in", "such", "event"], ["in", "that", "event"], ["in", "such", "case"], ["in", "that", "case"],
        // "…may terminate on written notice in any of the following events: (a)…"
        ["in", "any", "of", "the", "following"], ["in", "the", "following"],
    ]

    /// Words that make a condition the holder's own choice.
    static let volition: Set<String> = [
        "wish", "wishes", "elect", "elects", "desire", "desires", "choose", "chooses", "decide", "decides", "intend",
        "intends", "want", "wants",
    ]

    /// Before "if", these make it no condition of the statement: "even if", "as if", "provided
    /// that if" (a proviso about what follows the statement).
    static let notConditioning: Set<String> = ["even", "as", "that"]
    static let onlyLeading: Set<[String]> = [["where"], ["should"]]

    /// Words that may stand before a leading condition without changing it: "**Additionally**, in
    /// the event that either party…, the other party may terminate".
    static let leadingFillers: Set<String> = ["additionally", "also", "further", "furthermore", "moreover", "and", "but"]

    /// How far after a statement a trailing condition still governs it.
    static let reachAfter = 8
    /// How many words of a volitional condition are searched for the wish.
    static let volitionReach = 6

    /// The condition governing `range` of `tokens`, as written; nil when the clause holding it
    /// states it outright. A clause ends at a semicolon or colon; list labels at its start
    /// ("7.3", "(b)", "(iv)") are skipped. A condition may open the clause, stand later in it
    /// before the statement, inside the words a pattern spans ("either party may terminate this
    /// agreement **in the event** the other party … files a notice") or just after it.
    ///
    /// In a lead read with one of its items (`announcingLead` tokens of lead), "as follows" or "the
    /// following" in the lead only announces the item, whose own words then decide.
    static func condition(governing range: Range<Int>, in tokens: [Token], announcingLead: Int = 0) -> String? {
        var start = range.lowerBound
        while start > 0, !isClauseBreak(tokens[start].breakBefore) { start -= 1 }
        var opening = start
        while opening < range.lowerBound, tokens[opening].isListLabel || leadingFillers.contains(tokens[opening].text) { opening += 1 }
        if opening < range.lowerBound, let phrase = opener(at: opening, in: tokens), !isVolitional(after: opening + phrase.count, in: tokens),
           !announcesItems(phrase, at: opening, in: tokens, announcingLead: announcingLead) {
            return phrase.joined(separator: " ")
        }
        // A condition set off later in the clause, before the statement ("In addition to the
        // foregoing, if either party determines …, such party may terminate"; a run-in heading,
        // "10.2 Termination of this Agreement 10.2.1 If it is apparent …"), or just after it.
        // The colon after a lead is no break for a match that runs from the lead into its item.
        var index = opening + 1
        while index < min(tokens.count, range.upperBound + reachAfter), index == announcingLead || !isClauseBreak(tokens[index].breakBefore) {
            if index != range.lowerBound, let phrase = opener(within: index, in: tokens, announcingLead: announcingLead) {
                return phrase.joined(separator: " ")
            }
            index += 1
        }
        return nil
    }

    /// Openers that announce a list rather than an event.
    static let announcing: Set<[String]> = [["as", "follows"], ["in", "any", "of", "the", "following"], ["in", "the", "following"]]

    /// An opener at `index` inside a clause rather than at its start: not one that only leads
    /// ("where", "should"), not after "even", "as" or "that", not a wish, and not the lead's
    /// announcement of its items.
    private static func opener(within index: Int, in tokens: [Token], announcingLead: Int) -> [String]? {
        guard let phrase = opener(at: index, in: tokens), !onlyLeading.contains(phrase), !notConditioning.contains(tokens[index - 1].text),
              !isVolitional(after: index + phrase.count, in: tokens),
              !announcesItems(phrase, at: index, in: tokens, announcingLead: announcingLead) else { return nil }
        return phrase
    }

    /// Whether the opener at `index` is the lead's announcement of its items: "as follows", or an
    /// event that is "any of the following" ("upon the occurrence of any of the following:"), so
    /// the item read with the lead names the event and decides.
    private static func announcesItems(_ phrase: [String], at index: Int, in tokens: [Token], announcingLead: Int) -> Bool {
        guard index < announcingLead else { return false }
        if announcing.contains(phrase) { return true }
        let after = index + phrase.count
        return tokens[after..<min(announcingLead, after + announcedReach)].contains { $0.text == "following" }
    }

    /// How far after an opener in a lead "the following" may stand and still be what it waits on.
    static let announcedReach = 5

    private static func opener(at index: Int, in tokens: [Token]) -> [String]? {
        openers.first { NegationLexicon.phrase($0, startsAt: index, in: tokens) }
    }

    private static func isVolitional(after index: Int, in tokens: [Token]) -> Bool {
        tokens[min(index, tokens.count)..<min(tokens.count, index + volitionReach)].contains { volition.contains($0.text) }
    }

    private static func isClauseBreak(_ mark: Token.Break?) -> Bool {
        mark == .semicolon || mark == .colon
    }
}
