/// Thresholds that grade a number: at or better than `pass` passes, worse than `fail` fails, and
/// in between is partial, scored by where it falls.
struct ValueGrading: Sendable {
    enum Direction: Sendable {
        /// Shorter terms, less notice, faster response, lower prices.
        case lowerIsBetter
        case higherIsBetter
    }

    var direction: Direction
    var pass: Double
    var fail: Double
    /// The criteria's thresholds when a client profile replaced them, so a reader can see both.
    var criteria: (pass: Double, fail: Double)?

    func grade(_ value: Double) -> (Outcome, Double) {
        switch direction {
        case .lowerIsBetter:
            if value <= pass { return (.pass, 1) }
            if value > fail { return (.fail, 0) }
            return (.partial, fail == pass ? 0.5 : 1 - (value - pass) / (fail - pass))
        case .higherIsBetter:
            if value >= pass { return (.pass, 1) }
            if value < fail { return (.fail, 0) }
            return (.partial, fail == pass ? 0.5 : (value - fail) / (pass - fail))
        }
    }

    var summary: String {
        let origin = criteria.map { " (the client profile's; the criteria say \(Self.summary(direction, pass: $0.pass, fail: $0.fail)))" } ?? ""
        return Self.summary(direction, pass: pass, fail: fail) + origin
    }

    private static func summary(_ direction: Direction, pass: Double, fail: Double) -> String {
        switch direction {
        case .lowerIsBetter: "pass at most \(pass.compact), fail above \(fail.compact)"
        case .higherIsBetter: "pass at least \(pass.compact), fail below \(fail.compact)"
        }
    }
}

/// What a value check's figure counts, which written units convert to it, and how a reader
/// writes it.
public enum ValueUnit: String, Sendable, CaseIterable {
    case months, days, hours, minutes, dollars, percent, count

    /// A figure as a reader writes it: "36 months", "$189", "15 min", "4 h"; "not stated" for nil.
    public func format(_ value: Double?) -> String {
        guard let value else { return "not stated" }
        switch self {
        case .dollars: return "$" + value.compact
        case .minutes: return value >= 60 && value.truncatingRemainder(dividingBy: 60) == 0 ? "\((value / 60).compact) h" : "\(value.compact) min"
        case .months: return value == 1 ? "month-to-month" : "\(value.compact) months"
        case .hours: return "\(value.compact) h"
        case .percent: return "\(value.compact)%"
        case .days, .count: return "\(value.compact) \(rawValue)"
        }
    }

    /// How many of this unit one written unit is; nil when it does not convert.
    func factor(for unit: Quantity.Unit) -> Double? {
        switch (self, unit) {
        case (.months, .month): 1
        case (.months, .year): 12
        case (.days, .day): 1
        case (.days, .week): 7
        case (.days, .month): 30
        case (.days, .year): 365
        case (.hours, .hour): 1
        case (.hours, .day): 24
        case (.hours, .minute): 1.0 / 60
        case (.minutes, .minute): 1
        case (.minutes, .hour): 60
        case (.minutes, .day): 1440
        case (.dollars, .dollar): 1
        case (.percent, .percent): 1
        case (.count, .count): 1
        default: nil
        }
    }
}
