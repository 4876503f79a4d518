/// The words that negate a match, the phrases that only look like negation, and the words that
/// end a negation's reach — after NegEx (Chapman et al.), tuned to contract and proposal English.
struct NegationLexicon: Sendable {
    /// Negate what follows within the window: "We do **not** charge…", "**No** onboarding fee".
    var preCues: Set<String>
    /// Words ending so negate like `not`: don't, won't, isn't…
    var contractionSuffix = "n't"
    /// Negate what precedes: "Early termination fee: **waived**", "Auto-renewal: **none**".
    var postCues: [[String]]
    /// Post-cues that count only right after the match: "Auto-renewal: No".
    var adjacentPostCues: Set<String>
    /// Look like negation but are not: "**not only** monitoring but…", "**no later than** 30 days".
    var pseudoNegations: [[String]]
    /// Cues that, inside a gap of a match, may deny only a cost they name.
    var gapCostCues: Set<String> = ["without", "no"]
    /// What those cues may deny inside a gap without denying the match: "may be terminated
    /// **without** the payment of any **penalty** by either party on notice" is a right to leave,
    /// stated. Before a match the cue still counts ("without penalty or termination fee").
    var gapCostNouns: Set<String> = ["penalty", "penalties", "charge", "charges", "fee", "fees",
                                     "liability", "cost", "costs", "payment", "payments"]
    /// How many tokens after the cue such a noun may stand ("without the payment of any penalty").
    var gapCostReach = 5
    /// End the scope: "no fee applies, **but** the agreement renews automatically".
    var terminators: Set<String>
    /// How many tokens before a match a pre-cue may stand.
    var preWindow: Int
    /// How many tokens after a match a post-cue may stand.
    var postWindow: Int
    /// How many tokens before a match "neither", or the "nor" of "neither … nor", may stand: they
    /// negate the whole predicate after the subject they open ("neither party nor its affiliates
    /// shall have any liability for liquidated damages"), which runs longer than a plain "not".
    var correlativeWindow = 14

    static let standard = NegationLexicon(
        preCues: ["not", "no", "never", "without", "cannot", "nor", "neither", "none", "nothing",
                  "waive", "waives", "waived", "eliminate", "eliminates", "eliminated"],
        postCues: [["none"], ["waived"], ["excluded"], ["eliminated"], ["not", "applicable"], ["not", "included"],
                   ["not", "charged"], ["not", "apply"], ["does", "not", "apply"], ["do", "not", "apply"], ["never"]],
        adjacentPostCues: ["no"],
        pseudoNegations: [["not", "only"], ["not", "just"], ["not", "limited", "to"], ["no", "doubt"],
                          ["without", "limitation"], ["without", "cause"], ["no", "later", "than"], ["not", "later", "than"],
                          ["no", "less", "than"], ["not", "less", "than"], ["no", "fewer", "than"],
                          ["no", "more", "than"], ["not", "more", "than"], ["not", "to", "exceed"],
                          ["no", "matter"], ["without", "prior"], ["not", "necessarily"],
                          // "renews automatically without notice" is the renewal itself, not its denial.
                          ["without", "notice"], ["without", "notification"], ["without", "any", "notification"],
                          ["without", "further", "notice"], ["without", "any", "further", "notice"], ["without", "any", "action"],
                          // "for any or no reason" is every reason.
                          ["no", "reason"]],
        terminators: ["but", "however", "except", "although", "though", "unless", "whereas", "yet",
                      "nevertheless", "nonetheless", "otherwise"],
        preWindow: 6,
        postWindow: 3
    )

    func isPreCue(_ token: Token) -> Bool {
        preCues.contains(token.text) || (token.text.count > contractionSuffix.count && token.text.hasSuffix(contractionSuffix))
    }

    /// The pseudo-negation that starts at `index`, if any.
    func pseudoNegation(at index: Int, in tokens: [Token]) -> [String]? {
        pseudoNegations.first { phrase in Self.phrase(phrase, startsAt: index, in: tokens) }
    }

    func postCue(at index: Int, in tokens: [Token]) -> [String]? {
        postCues.first { phrase in Self.phrase(phrase, startsAt: index, in: tokens) }
    }

    static func phrase(_ phrase: [String], startsAt index: Int, in tokens: [Token]) -> Bool {
        guard index + phrase.count <= tokens.count else { return false }
        return phrase.indices.allSatisfy { tokens[index + $0].text == phrase[$0] }
    }
}
