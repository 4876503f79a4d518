/// Whether a match is negated, and which word decided it: `mspvet explain` shows this so a user
/// can see *why* "We do not charge termination fees" counted in the client's favour.
public struct Negation: Sendable, Hashable {
    /// Where the cue sits relative to the matched words.
    public enum Direction: String, Sendable, Hashable {
        case before
        /// Inside the match, in a gap the pattern left open: "MFA is **not** required" for `mfa ~6 required`.
        case within
        case after
    }

    /// The cue that negates the match, as written, or nil when the match stands.
    public var cue: String?
    /// Where the cue sits, when there is one.
    public var direction: Direction?
    /// Tokens between the cue and the match.
    public var distance: Int?
    /// What ended the search for a cue before the window ran out (a terminator word or
    /// punctuation), or a pseudo-negation that was passed over.
    public var notes: [String]

    /// Whether a cue governs the match.
    public var isNegated: Bool { cue != nil }

    /// No cue governs the match.
    public static let none = Negation(cue: nil, direction: nil, distance: nil, notes: [])
}
