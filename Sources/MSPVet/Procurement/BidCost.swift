import Foundation

/// What a bid costs over an RFP's horizon, line by line, each line traced to the sentence it was
/// read from or to the RFP assumption it rests on.
public struct BidCost: Sendable {
    /// One line of the total.
    public struct Line: Sendable, Hashable {
        /// "Per-user fees: 62 seats × $168 × 36 months".
        public var label: String
        /// Dollars over the horizon.
        public var amount: Double
        /// The sentence the figure was read from.
        public var source: Evidence?
        /// The RFP assumption it rests on, when the bid states no figure.
        public var assumption: String?
    }

    /// The bid's name.
    public var bid: String
    /// The seats costed.
    public var seats: Int
    /// The lines, in the order they add up.
    public var lines: [Line]
    /// The total over the horizon.
    public var total: Double { lines.reduce(0) { $0 + $1.amount } }

    /// The cost of `proposal` for `seats` over `rfp`'s horizon, or nil when it states no per-user price.
    ///
    /// Per-user fees rise by the bid's yearly increase from the second year on (a rise the bid
    /// leaves open is costed at the RFP's `uncapped` assumption); an onboarding fee is read from the
    /// sentence that names it; out-of-scope work is the RFP's hours a month at the bid's hourly
    /// rate, or at the RFP's assumed rate when the bid states none.
    public init?(_ proposal: ProposalScore, seats: Int, rfp: RFP, stated: StatedPrice? = nil) {
        let price = proposal.result(for: Self.perUserPrice)
        guard let perUser = stated?.perUserMonth ?? price?.value else { return nil }
        bid = proposal.name
        self.seats = seats
        let months = rfp.horizonMonths
        // A figure from the prices file replaces the one read, and cites the file instead.
        let statedSource = stated.map { "stated in \($0.citation)" }
        var lines = [Line(label: "Per-user fees: \(seats) seats × $\(perUser.compact) × \(months) months",
                          amount: Double(seats) * perUser * Double(months),
                          source: stated?.perUserMonth == nil ? price?.decidingEvidence : nil,
                          assumption: stated?.perUserMonth == nil ? nil : statedSource)]
        let escalation = proposal.result(for: Self.escalation)
        let percent: Double?
        var escalationAssumption: String?
        if let statedPercent = stated?.escalationPercent {
            percent = statedPercent
            escalationAssumption = statedSource
        } else if let escalation, escalation.outcome != .pass, escalation.outcome != .unknown {
            percent = escalation.value ?? rfp.uncappedEscalationPercent
            if escalation.value == nil {
                escalationAssumption = "an increase the bid leaves open is costed at \(rfp.uncappedEscalationPercent.compact)% a year (RFP)"
            }
        } else {
            percent = nil
        }
        if let percent {
            let monthly = Double(seats) * perUser
            var extra = 0.0
            for month in 0..<months {
                let factor: Double = pow(1 + percent / 100, Double(month / 12))
                extra += monthly * (factor - 1)
            }
            if extra > 0 {
                lines.append(Line(label: "Yearly increases of \(percent.compact)% from the second year", amount: extra,
                                  source: stated?.escalationPercent == nil ? escalation?.decidingEvidence ?? escalation?.evidence.first : nil,
                                  assumption: escalationAssumption))
            }
        }
        if let fee = stated?.oneTime {
            if fee > 0 { lines.append(Line(label: "One-time fee", amount: fee, source: nil, assumption: statedSource)) }
        } else if let (fee, source) = Self.dollars(in: proposal.result(for: Self.hiddenFees), near: ["onboarding", "setup", "set-up", "one-time", "transition"]) {
            lines.append(Line(label: "One-time fee", amount: fee, source: source))
        }
        if rfp.outOfScopeHoursPerMonth > 0 {
            let hours = rfp.outOfScopeHoursPerMonth * Double(months)
            let perMonth = "\(rfp.outOfScopeHoursPerMonth.compact) hours a month (RFP)"
            if let rate = stated?.hourlyRate {
                lines.append(Line(label: "Out-of-scope work: \(hours.compact) h × $\(rate.compact)", amount: hours * rate, source: nil,
                                  assumption: "\(perMonth); rate \(statedSource ?? "")"))
            } else if let (rate, source) = Self.dollars(in: proposal.result(for: Self.outOfScope), near: ["hour", "hourly", "hr"]) {
                lines.append(Line(label: "Out-of-scope work: \(hours.compact) h × $\(rate.compact)", amount: hours * rate, source: source,
                                  assumption: perMonth))
            } else {
                lines.append(Line(label: "Out-of-scope work: \(hours.compact) h × $\(rfp.unknownHourlyRate.compact)", amount: hours * rfp.unknownHourlyRate,
                                  source: nil, assumption: "no hourly rate stated: \(rfp.unknownHourlyRate.compact) an hour assumed, \(perMonth)"))
            }
        }
        self.lines = lines
    }

    static let perUserPrice = CheckID(category: "pricing", check: "per-user-price")
    static let escalation = CheckID(category: "lock-in", check: "price-escalation")
    static let hiddenFees = CheckID(category: "pricing", check: "hidden-fees")
    static let outOfScope = CheckID(category: "pricing", check: "out-of-scope-rates")

    /// The first dollar figure in a sentence of `result`'s evidence that also names one of `words`.
    private static func dollars(in result: CheckResult?, near words: [String]) -> (Double, Evidence)? {
        guard let result, result.outcome != .unknown else { return nil }
        for evidence in result.evidence where !evidence.negated {
            let tokens = Tokenizer.tokenize(evidence.text)
            guard tokens.contains(where: { token in words.contains { token.text.hasPrefix($0) } }) else { continue }
            if let figure = QuantityReader.quantities(in: tokens).first(where: { $0.unit == .dollar }) {
                return (figure.value, evidence)
            }
        }
        return nil
    }
}
