/// A client's own line for a value check, set in its profile: "notice of more than 30 days is
/// not a pass for us", "a cap below 12 months' fees fails". Applied to the criteria with
/// ``CriteriaSet/applying(_:)``, so nobody copies the criteria files to change a number.
public struct ThresholdOverride: Sendable, Hashable {
    /// The threshold keys of a value check, as criteria files write them.
    public enum Key: String, Sendable, Hashable, CaseIterable {
        case passAtMost = "pass-at-most"
        case failAbove = "fail-above"
        case passAtLeast = "pass-at-least"
        case failBelow = "fail-below"
    }

    /// The check as the profile names it: `lock-in.notice-period`, or `notice-period` when no
    /// other category has a check of that id.
    public var check: String
    /// The thresholds the profile sets; the others keep the criteria's values.
    public var values: [Key: Double]
    /// Where the profile names the check.
    public var location: SourceLocation

    /// An override of `check`'s thresholds, named at `location` of the profile.
    public init(check: String, values: [Key: Double], location: SourceLocation) {
        self.check = check
        self.values = values
        self.location = location
    }
}
