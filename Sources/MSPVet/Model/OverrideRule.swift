/// How evaluators' overrides of one verdict are combined when they disagree.
public enum OverrideRule: String, Sendable, Hashable, CaseIterable {
    /// The panel's consensus file decides where it speaks; elsewhere the median.
    case consensus
    /// The median outcome (the lower of two middle ones: the more cautious) and the median figure.
    case median
}
