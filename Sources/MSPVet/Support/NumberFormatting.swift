import Foundation

// How numbers are written wherever mspvet shows one: messages, traces, tables and reports.

extension Int {
    /// Digits in groups of three ("1,000,000"), as limits are written in messages and the README.
    var grouped: String {
        let digits = String(magnitude)
        var result = ""
        for (offset, digit) in digits.enumerated() {
            if offset > 0, (digits.count - offset) % 3 == 0 { result.append(",") }
            result.append(digit)
        }
        return self < 0 ? "-" + result : result
    }
}

extension Double {
    /// 36 rather than 36.0; 1.5 stays 1.5.
    var compact: String {
        rounded() == self && abs(self) < 1e15 ? String(Int(self)) : String(self)
    }

    /// Fixed decimals, as CSV and tables align them.
    func formatted(places: Int) -> String {
        String(format: "%.\(places)f", self)
    }

    /// Rounded to `places` decimals, so JSON carries what a reader can compare.
    func rounded(places: Int) -> Double {
        let scale = pow(10, Double(places))
        return (self * scale).rounded() / scale
    }

    /// Scores are compared as shown (one decimal), so two bids that print the same tie visibly.
    var roundedForDisplay: Double { (self * 10).rounded() / 10 }

    /// A 0–1 share as a whole percentage: "35%".
    var percent: String { "\(Int((self * 100).rounded()))%" }

    /// One decimal, as totals are shown: "71.4".
    var oneDecimal: String { formatted(places: 1) }
}
