/// How robust a ranking is to its weights. The total is a weighted mean, so for each category the
/// weight at which the leader would change is exact: with the other weights fixed, the leader's
/// margin over a rival is a straight line in that weight, zero at one point. Also: the ranking
/// with each category left out, and the share of random weightings near the chosen one (each
/// weight scaled by 0.5–1.5, seeded, so the figure is the same every run) under which the leader
/// stays first.
public struct WeightSensitivity: Sendable {
    /// Where changing one category's weight changes the leader.
    public struct Threshold: Sendable, Hashable {
        /// The category ("price" for the price weight).
        public var category: String
        /// Its share of the total now.
        public var share: Double
        /// The share below which another bid leads, and which one; nil when none does.
        public var below: (share: Double, leader: String)?
        /// The share above which another bid leads, and which one.
        public var above: (share: Double, leader: String)?

        public static func == (a: Threshold, b: Threshold) -> Bool {
            a.category == b.category && a.share == b.share && a.below?.share == b.below?.share && a.below?.leader == b.below?.leader
                && a.above?.share == b.above?.share && a.above?.leader == b.above?.leader
        }

        public func hash(into hasher: inout Hasher) { hasher.combine(category) }
    }

    /// The bid first under the chosen weights.
    public var leader: String
    /// Per category, where the leader changes.
    public var thresholds: [Threshold]
    /// Per category, the order of the bids with that category left out.
    public var leaveOneOut: [(category: String, order: [String])]
    /// The share of random nearby weightings under which the leader stays first.
    public var robustness: Double
    /// How many random weightings were tried.
    public static let samples = 2000

    /// Analyses bids given as per-dimension scores (0–1) under `weights` (shares adding up to 1).
    ///
    /// - Parameters:
    ///   - bids: Each bid's name and its score in every dimension of `weights`.
    ///   - weights: Dimension → share of the total.
    public init?(bids: [(name: String, scores: [String: Double])], weights: [(String, Double)]) {
        guard bids.count >= 1 else { return nil }
        func total(_ scores: [String: Double], _ weights: [(String, Double)]) -> Double {
            let sum = weights.reduce(0) { $0 + $1.1 }
            return sum == 0 ? 0 : weights.reduce(0) { $0 + $1.1 * (scores[$1.0] ?? 0) } / sum
        }
        func order(_ weights: [(String, Double)]) -> [String] {
            bids.map { ($0.name, total($0.scores, weights)) }.sorted { ($0.1, $1.0) > ($1.1, $0.0) }.map(\.0)
        }
        let first = order(weights)[0]
        leader = first
        let leaderScores = bids.first { $0.name == first }!.scores
        thresholds = weights.map { dimension, weight in
            let rest = 1 - weight
            var below: (Double, String)?
            var above: (Double, String)?
            for rival in bids where rival.name != first {
                let difference = { (name: String) in (leaderScores[name] ?? 0) - (rival.scores[name] ?? 0) }
                let others = weights.filter { $0.0 != dimension }.reduce(0) { $0 + $1.1 * difference($1.0) }
                let own = difference(dimension)
                guard own != 0 else { continue }
                let crossing = -others / own
                guard crossing >= 0 else { continue }
                // As a share of the total once this weight is the crossing value.
                let share = crossing / (crossing + rest)
                if own > 0 && (crossing < weight) && (share > (below?.0 ?? -1)) { below = (share, rival.name) }
                if own < 0 && (crossing > weight) && (share < (above?.0 ?? 2)) { above = (share, rival.name) }
            }
            return Threshold(category: dimension, share: weight, below: below.map { ($0.0, $0.1) }, above: above.map { ($0.0, $0.1) })
        }
        leaveOneOut = weights.map { dimension, _ in (dimension, order(weights.filter { $0.0 != dimension })) }
        var generator = SplitMix64(seed: 0x6D73_7076_6574)
        var kept = 0
        for _ in 0..<Self.samples {
            let varied = weights.map { ($0.0, $0.1 * (0.5 + generator.nextUnit())) }
            if order(varied)[0] == first { kept += 1 }
        }
        robustness = Double(kept) / Double(Self.samples)
    }

    /// The sentences a client reads: "northstar leads unless security weighs under 4% (then …)".
    public var sentences: [String] {
        var sentences: [String] = []
        for threshold in thresholds {
            var parts: [String] = []
            if let below = threshold.below { parts.append("\(threshold.category) weighs under \(below.share.percentOneDecimal) (then \(below.leader) leads)") }
            if let above = threshold.above { parts.append("over \(above.share.percentOneDecimal) (then \(above.leader) leads)") }
            guard !parts.isEmpty else { continue }
            let lead = threshold.above != nil && threshold.below == nil ? "\(threshold.category) weighs " : ""
            sentences.append("\(leader) leads unless \(lead)\(parts.joined(separator: " or ")); it weighs \(threshold.share.percentOneDecimal) now.")
        }
        let steady = thresholds.filter { $0.below == nil && $0.above == nil }.map(\.category)
        if !steady.isEmpty {
            sentences.append("No weight of \(steady.joined(separator: ", ")) alone changes the leader.")
        }
        sentences.append("\(leader) stays first under \(robustness.percent) of \(Self.samples) random weightings with each weight between half and one and a half times its own.")
        return sentences
    }
}

/// A small, fast, seeded generator (SplitMix64): the same figures every run and on every machine.
struct SplitMix64 {
    private var state: UInt64

    init(seed: UInt64) { state = seed }

    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    /// A value in [0, 1).
    mutating func nextUnit() -> Double {
        Double(next() >> 11) / Double(1 << 53)
    }
}

extension Double {
    /// "31.2%".
    var percentOneDecimal: String { "\((self * 100).oneDecimal)%" }
}
