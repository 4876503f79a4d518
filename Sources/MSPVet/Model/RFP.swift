/// A request for proposals as the comparison reads it: the seats and horizon costs are worked out
/// over, the budget price is scored against, the must-haves, and the assumptions every cost rests
/// on where a bid is silent.
public struct RFP: Sendable {
    /// What a must-have a bid does not address counts as.
    public enum UnknownRule: String, Sendable, Hashable, CaseIterable {
        /// Excluded, as a fail would be.
        case fail
        /// Ranked, but listed as needing clarification before award.
        case clarify
    }

    /// The client's users, which a per-user price is multiplied by.
    public var seats: Int
    /// Other seat counts to cost ("two new clinics": 80), by name.
    public var scenarios: [(name: String, seats: Int)]
    /// Months the cost runs over.
    public var horizonMonths: Int
    /// The total over the horizon at which price scores 0.
    public var budgetCap: Double
    /// The total over the horizon at or under which price scores 1.
    public var priceFloor: Double
    /// Price's share of the ranked total (0–1); quality has the rest.
    public var priceWeight: Double
    /// Out-of-scope hours a month, multiplied by a bid's hourly rate.
    public var outOfScopeHoursPerMonth: Double
    /// The hourly rate assumed for a bid that states none.
    public var unknownHourlyRate: Double
    /// The yearly rise assumed for a bid that may raise prices without a cap, in percent.
    public var uncappedEscalationPercent: Double = 5
    /// The requirements a bid must meet to be ranked.
    public var mustHaves: [MustHave]
    /// What a must-have a bid leaves unaddressed counts as.
    public var unknownMustHave: UnknownRule
    /// How evaluators' overrides of one verdict are combined when they disagree.
    public var overrideRule: OverrideRule = .median
    /// Category weights that replace the criteria's for this RFP.
    public var weights: [String: Double]
    /// The file it was read from.
    public var path: String

    /// An RFP; see ``RFPLoader`` for the file.
    public init(seats: Int, scenarios: [(name: String, seats: Int)] = [], horizonMonths: Int, budgetCap: Double, priceFloor: Double,
                priceWeight: Double, outOfScopeHoursPerMonth: Double = 0, unknownHourlyRate: Double = 0, mustHaves: [MustHave] = [],
                unknownMustHave: UnknownRule = .clarify, weights: [String: Double] = [:], path: String = "rfp.yaml") {
        self.seats = seats
        self.scenarios = scenarios
        self.horizonMonths = horizonMonths
        self.budgetCap = budgetCap
        self.priceFloor = priceFloor
        self.priceWeight = priceWeight
        self.outOfScopeHoursPerMonth = outOfScopeHoursPerMonth
        self.unknownHourlyRate = unknownHourlyRate
        self.mustHaves = mustHaves
        self.unknownMustHave = unknownMustHave
        self.weights = weights
        self.path = path
    }
}
