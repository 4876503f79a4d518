/// Reads a prices file, for bids whose prices sit where mspvet cannot read them:
///
/// ```yaml
/// version: 1
/// prices:
///   summit-technology-group:
///     per-user-month: 149
///     one-time: 6000
///     hourly-rate: 175
///     escalation-percent: 3
///     source: Pricing table on page 6, an image in the PDF.
/// ```
public enum PricesLoader {
    /// The stated prices in the file at `path`, one per bid.
    public static func load(path: String) throws -> [StatedPrice] {
        let document = try YAMLDocument.load(path: path)
        let mapping = try document.root.mapping("a prices file", allowedKeys: ["version", "prices"])
        if let version = mapping["version"], try version.number("version") != 1 {
            throw Diagnostic(.invalidValue, at: version.location, "unsupported prices version; this mspvet reads version 1")
        }
        let prices = try mapping.required("prices")
        return try prices.mapping("prices", allowedKeys: prices.areaKeys).entries.map { bid, value in
            let entry = try value.mapping("prices.\(bid)", allowedKeys: ["per-user-month", "one-time", "hourly-rate", "escalation-percent", "source"])
            func amount(_ key: String) throws -> Double? {
                try entry[key]?.nonNegativeNumber("prices.\(bid).\(key)")
            }
            let stated = StatedPrice(bid: bid, perUserMonth: try amount("per-user-month"), oneTime: try amount("one-time"),
                                     hourlyRate: try amount("hourly-rate"), escalationPercent: try amount("escalation-percent"),
                                     source: try entry.required("source").nonEmptyString("prices.\(bid).source"), location: value.location)
            guard [stated.perUserMonth, stated.oneTime, stated.hourlyRate, stated.escalationPercent].contains(where: { $0 != nil }) else {
                throw Diagnostic(.missingKey, at: value.location, "prices.\(bid) states no price; give per-user-month, one-time, hourly-rate or escalation-percent")
            }
            return stated
        }
    }
}
