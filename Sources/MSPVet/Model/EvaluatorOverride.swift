/// One evaluator's change to an automatic verdict, with who, when and why: a reference call
/// confirmed a term the proposal left out, or a clause mspvet read one way reads another in context.
public struct EvaluatorOverride: Sendable, Hashable {
    /// Who made it, as their file names them.
    public var evaluator: String
    /// The day it was made.
    public var date: CivilDate
    /// The bid, as reports name it (its file name without folder and extension).
    public var bid: String
    /// The check overridden.
    public var check: CheckID
    /// The outcome the evaluator records; nil when only a figure is given (it is graded as the
    /// check grades a figure it reads).
    public var outcome: Outcome?
    /// The figure the evaluator records, for a check that reads one.
    public var value: Double?
    /// Why, in the evaluator's words.
    public var note: String
    /// Whether it comes from the panel's consensus file rather than one evaluator's.
    public var consensus: Bool
    /// Where the file states it.
    public var location: SourceLocation

    /// An override of `check` for `bid`.
    public init(evaluator: String, date: CivilDate, bid: String, check: CheckID, outcome: Outcome?, value: Double?,
                note: String, consensus: Bool = false, location: SourceLocation) {
        self.evaluator = evaluator
        self.date = date
        self.bid = bid
        self.check = check
        self.outcome = outcome
        self.value = value
        self.note = note
        self.consensus = consensus
        self.location = location
    }
}
