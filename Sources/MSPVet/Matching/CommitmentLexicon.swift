/// The words that turn a stated strength into less than a commitment: an offer ("MFA is
/// **available**"), an aim ("we **aim to** respond within 15 minutes"), or a disclaimer of the
/// whole promise ("response times are **targets, not guarantees**").
struct CommitmentLexicon: Sendable {
    /// Something the client may have, not something done: "available", "optional", "on request".
    var offers: [[String]]
    /// An effort or a target rather than a promise: "aim to", "best efforts", "typically".
    var hedges: [[String]]
    /// Said of a check's subject anywhere in a document, these withdraw every promise about it.
    var disclaimers: [[String]]

    static let standard = CommitmentLexicon(
        offers: [["available"], ["optional"], ["optionally"], ["can", "be", "enabled"], ["can", "be", "turned", "on"],
                 ["on", "request"], ["upon", "request"], ["if", "requested"], ["at", "additional", "cost"],
                 ["for", "an", "additional", "fee"], ["add", "on"], ["recommend"], ["recommended"], ["encourage"]],
        hedges: [["aim", "to"], ["aims", "to"], ["strive"], ["strives"], ["endeavour"], ["endeavor"], ["endeavours"],
                 ["endeavors"], ["best", "effort"], ["best", "efforts"], ["reasonable", "efforts"], ["target"], ["targets"],
                 ["targeted"], ["where", "possible"], ["when", "possible"], ["whenever", "possible"], ["typically"],
                 ["usually"], ["generally"], ["try", "to"], ["tries", "to"]],
        disclaimers: [["not", "guaranteed"], ["no", "guarantee"], ["not", "a", "guarantee"], ["not", "guarantees"],
                      ["non", "binding"], ["not", "binding"], ["for", "guidance", "only"], ["not", "commitments"],
                      ["not", "a", "commitment"]]
    )

    /// How far past a match a qualifier still governs it: "MFA is available", "response target".
    /// Farther on it qualifies something else ("Response: 15 minutes, Resolution target: 4 hours").
    static let reachAfter = 2

    /// The offer or hedge governing `range` of `tokens`, as written: before it in its clause
    /// (clauses end at a semicolon), inside it, or right after it; nil when the clause commits.
    func qualifier(around range: Range<Int>, in tokens: [Token]) -> String? {
        var start = range.lowerBound
        while start > 0, tokens[start].breakBefore != .semicolon { start -= 1 }
        var end = range.upperBound
        while end < min(tokens.count, range.upperBound + Self.reachAfter), tokens[end].breakBefore != .semicolon { end += 1 }
        return first(of: offers + hedges, in: tokens, within: start..<end)
    }

    /// The disclaimer a sentence holds, if any.
    func disclaimer(in tokens: [Token]) -> String? {
        first(of: disclaimers, in: tokens, within: tokens.indices)
    }

    private func first(of phrases: [[String]], in tokens: [Token], within bounds: Range<Int>) -> String? {
        for index in bounds {
            for phrase in phrases where index + phrase.count <= bounds.upperBound
                && NegationLexicon.phrase(phrase, startsAt: index, in: tokens) {
                return phrase.joined(separator: " ")
            }
        }
        return nil
    }
}
