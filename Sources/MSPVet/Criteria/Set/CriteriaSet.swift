/// Everything proposals are scored against: categories of checks and the platform catalogue.
///
/// Shares and the check index are computed once, when the set is made: every proposal, table
/// column and report row reads them, and recomputing them per check made a large set quadratic.
public struct CriteriaSet: Sendable {
    /// The categories, heaviest first.
    public let categories: [Category]
    /// The platforms stack-bias checks recognise.
    public let catalogue: PlatformCatalogue
    /// The files the set was read from, in order.
    public let sources: [String]
    /// Check ids in an order where every check comes after the checks its condition reads.
    public let evaluationOrder: [CheckID]
    /// Each category's share of the total; the shares add up to 1.
    public let categoryShares: [String: Double]
    /// Each check's share of its own category; the shares of one category add up to 1.
    public let checkShares: [CheckID: Double]
    /// Each check's share of the total: its category's share times its share of the category.
    public let effectiveWeights: [CheckID: Double]
    private let positions: [CheckID: (category: Int, check: Int)]

    /// A set from loaded categories; shares and the index are computed here, once.
    public init(categories: [Category], catalogue: PlatformCatalogue, sources: [String], evaluationOrder: [CheckID]) {
        self.categories = categories
        self.catalogue = catalogue
        self.sources = sources
        self.evaluationOrder = evaluationOrder
        let categoryShareList = Self.shares(of: categories.map(\.weight))
        var categoryShares: [String: Double] = [:]
        var checkShares: [CheckID: Double] = [:]
        var effectiveWeights: [CheckID: Double] = [:]
        var positions: [CheckID: (Int, Int)] = [:]
        for (categoryIndex, category) in categories.enumerated() {
            categoryShares[category.id] = categoryShareList[categoryIndex]
            for (checkIndex, share) in Self.shares(of: category.checks.map(\.weight)).enumerated() {
                let id = category.checks[checkIndex].id
                checkShares[id] = share
                effectiveWeights[id] = categoryShareList[categoryIndex] * share
                positions[id] = (categoryIndex, checkIndex)
            }
        }
        self.categoryShares = categoryShares
        self.checkShares = checkShares
        self.effectiveWeights = effectiveWeights
        self.positions = positions
    }

    /// Every check, in criteria order.
    public var allChecks: [Check] { categories.flatMap(\.checks) }

    /// The check with `id`, or nil.
    public func check(_ id: CheckID) -> Check? {
        positions[id].map { categories[$0.category].checks[$0.check] }
    }

    /// The id of the check a misspelt id most likely means.
    public func closestCheckID(to text: String) -> String? {
        Suggestion.closest(to: text, among: allChecks.map(\.id.description))
    }

    /// Weights as fractions of their sum. Each weight is first divided by the largest, so a sum of
    /// weights near `Double.greatestFiniteMagnitude` cannot overflow to infinity and weights near
    /// the smallest subnormal cannot underflow to zero: the shares depend only on the ratios.
    static func shares(of weights: [Double]) -> [Double] {
        guard let largest = weights.max(), largest > 0, largest.isFinite else {
            return weights.map { _ in weights.isEmpty ? 0 : 1 / Double(weights.count) }
        }
        let scaled = weights.map { $0 / largest }
        let total = scaled.reduce(0, +)
        return scaled.map { $0 / total }
    }
}
