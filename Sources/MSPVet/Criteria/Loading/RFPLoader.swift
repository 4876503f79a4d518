/// Reads an RFP file:
///
/// ```yaml
/// version: 1
/// seats: 62
/// scenarios: {two new clinics: 80}
/// horizon-months: 36
/// budget: {cap: 480000, floor: 300000}   # totals over the horizon: price scores 0 at the cap, 1 at the floor
/// price-weight: 0.25
/// assumptions: {out-of-scope-hours-per-month: 10, unknown-hourly-rate: 200, uncapped-escalation-percent: 5}
/// unknown-must-have: clarify              # or fail
/// must-haves:
///   - check: stack-bias.platform-migration
///     require: not-fail                   # pass | partial | fail | not-fail | {at-most: N} | {at-least: N}
///     reason: The clinics keep Google Workspace and Chromebooks.
/// weights: {security: 2}                  # category weights for this RFP
/// override-rule: consensus                # evaluators disagreeing: the consensus file wins (or median)
/// ```
///
/// Check ids and category names are checked against the criteria, each error located.
public struct RFPLoader {
    /// The criteria the must-haves and weights name.
    public var criteria: CriteriaSet

    /// A loader checking against `criteria`.
    public init(criteria: CriteriaSet) {
        self.criteria = criteria
    }

    /// Loads the RFP at `path`.
    public func load(path: String) throws -> RFP {
        let document = try YAMLDocument.load(path: path)
        let mapping = try document.root.mapping("an RFP", allowedKeys: ["version", "seats", "scenarios", "horizon-months", "budget",
                                                                       "price-weight", "assumptions", "unknown-must-have", "must-haves", "weights",
                                                                       "override-rule"])
        if let version = mapping["version"], try version.number("version") != 1 {
            throw Diagnostic(.invalidValue, at: version.location, "unsupported RFP version; this mspvet reads version 1")
        }
        func count(_ value: YAMLValue, _ what: String) throws -> Int {
            let figure = try value.number(what)
            guard figure >= 1, figure.rounded() == figure, figure < 1_000_000 else {
                throw Diagnostic(.invalidValue, at: value.location, "\(what) must be a whole number of 1 or more, found \(figure.compact)")
            }
            return Int(figure)
        }
        let seats = try count(mapping.required("seats"), "seats")
        var scenarios: [(String, Int)] = []
        if let value = mapping["scenarios"] {
            for (name, entry) in try value.mapping("scenarios", allowedKeys: value.areaKeys).entries {
                scenarios.append((name, try count(entry, "scenarios.\(name)")))
            }
        }
        let budget = try mapping.required("budget").mapping("budget", allowedKeys: ["cap", "floor"])
        let cap = try budget.required("cap").nonNegativeNumber("budget.cap")
        let floor = try budget["floor"].map { try $0.nonNegativeNumber("budget.floor") } ?? 0
        guard floor < cap else {
            throw Diagnostic(.invalidValue, at: budget.location, "budget.floor (\(floor.compact)) must be below budget.cap (\(cap.compact))")
        }
        let priceWeightValue = mapping["price-weight"]
        let priceWeight = try priceWeightValue.map { try $0.number("price-weight") } ?? 0.25
        guard (0..<1).contains(priceWeight) else {
            throw Diagnostic(.invalidValue, at: priceWeightValue?.location ?? mapping.location, "price-weight must be a share from 0 up to 1, found \(priceWeight.compact)")
        }
        var hours = 0.0, rate = 0.0, escalation = 5.0
        if let value = mapping["assumptions"] {
            let assumptions = try value.mapping("assumptions", allowedKeys: ["out-of-scope-hours-per-month", "unknown-hourly-rate", "uncapped-escalation-percent"])
            escalation = try assumptions["uncapped-escalation-percent"].map { try $0.nonNegativeNumber("assumptions.uncapped-escalation-percent") } ?? 5
            hours = try assumptions["out-of-scope-hours-per-month"].map { try $0.nonNegativeNumber("assumptions.out-of-scope-hours-per-month") } ?? 0
            rate = try assumptions["unknown-hourly-rate"].map { try $0.nonNegativeNumber("assumptions.unknown-hourly-rate") } ?? 0
        }
        let unknown = try mapping["unknown-must-have"]?.choice("unknown-must-have", of: RFP.UnknownRule.self) ?? .clarify
        var mustHaves: [MustHave] = []
        if let list = mapping["must-haves"] {
            for item in try list.list("must-haves") {
                mustHaves.append(try mustHave(item))
            }
        }
        var weights: [String: Double] = [:]
        if let value = mapping["weights"] {
            for (name, entry) in try value.mapping("weights", allowedKeys: criteria.categories.map(\.id)).entries {
                let weight = try entry.number("weights.\(name)")
                guard weight > 0, weight.isFinite else {
                    throw Diagnostic(.invalidWeight, at: entry.location, "weights.\(name) must be greater than 0, found \(weight.compact)")
                }
                weights[name] = weight
            }
        }
        var rfp = RFP(seats: seats, scenarios: scenarios, horizonMonths: try count(mapping.required("horizon-months"), "horizon-months"),
                   budgetCap: cap, priceFloor: floor, priceWeight: priceWeight, outOfScopeHoursPerMonth: hours, unknownHourlyRate: rate,
                   mustHaves: mustHaves, unknownMustHave: unknown, weights: weights, path: path)
        rfp.uncappedEscalationPercent = escalation
        rfp.overrideRule = try mapping["override-rule"]?.choice("override-rule", of: OverrideRule.self) ?? .median
        return rfp
    }

    private func mustHave(_ item: YAMLValue) throws -> MustHave {
        let entry = try item.mapping("a must-have", allowedKeys: ["check", "require", "reason"])
        let checkValue = try entry.required("check")
        let written = try checkValue.nonEmptyString("check")
        guard let id = CheckID(written), criteria.check(id) != nil else {
            throw Diagnostic(.unknownReference, at: checkValue.textLocation,
                             "no check '\(written)' in the criteria\(Suggestion.hint(for: written, among: criteria.allChecks.map(\.id.description)))")
        }
        let requirement = try entry.required("require")
        let bar: MustHave.Bar
        if case .scalar = requirement.node {
            let word = try requirement.string("require")
            switch word {
            case "not-fail": bar = .notFail
            case let other:
                guard let outcome = Outcome(rawValue: other), outcome != .unknown else {
                    throw Diagnostic(.invalidValue, at: requirement.textLocation,
                                     "require must be pass, partial, fail, not-fail, {at-most: N} or {at-least: N}, found '\(word)'")
                }
                bar = .outcome(outcome)
            }
        } else {
            let bound = try requirement.mapping("require", allowedKeys: ["at-most", "at-least"])
            guard bound.entries.count == 1, let (key, value) = bound.entries.first else {
                throw Diagnostic(.invalidValue, at: requirement.location, "require takes one of at-most or at-least")
            }
            guard criteria.check(id)?.valueUnit != nil else {
                throw Diagnostic(.invalidValue, at: requirement.location, "\(id) reads no figure; require an outcome (pass, not-fail) instead")
            }
            let figure = try value.number("require.\(key)")
            bar = key == "at-most" ? .atMost(figure) : .atLeast(figure)
        }
        let reason = try entry.required("reason").nonEmptyString("reason")
        return MustHave(check: id, bar: bar, reason: reason, location: entry.location)
    }
}
