/// Reads a check's `examples:` — texts grouped by the outcome they must give:
///
/// ```yaml
/// examples:
///   fail: ["This Agreement renews automatically for successive one-year terms."]
///   pass: ["We never lock clients into auto-renewing contracts."]
///   unknown: ["Our office is in Denver."]
/// ```
///
/// An item may be a mapping with `text`, `value` (what a value check must read) and `client`
/// (a stack to judge platform moves against).
enum ExampleDecoder {
    static func examples(_ value: YAMLValue?) throws -> [CheckExample] {
        guard let value else { return [] }
        let groups = try value.mapping("examples", allowedKeys: Outcome.allCases.map(\.rawValue))
        return try groups.entries.flatMap { key, items in
            let outcome = Outcome(rawValue: key)!
            return try items.list("examples.\(key)").map { try example($0, expected: outcome) }
        }
    }

    private static func example(_ item: YAMLValue, expected: Outcome) throws -> CheckExample {
        if case .scalar = item.node {
            return CheckExample(text: try item.nonEmptyString("an example"), expected: expected, value: nil,
                                clientStack: nil, location: item.textLocation)
        }
        let entry = try item.mapping("an example", allowedKeys: ["text", "value", "client"])
        let text = try entry.required("text")
        var stack: [String: [String]]?
        if let client = entry["client"] {
            let areas = try client.mapping("an example's client stack", allowedKeys: client.areaKeys)
            stack = try Dictionary(uniqueKeysWithValues: areas.entries.map { area, platforms in
                (area, try platforms.stringList(area).map(\.text))
            })
        }
        return CheckExample(text: try text.nonEmptyString("text"), expected: expected,
                            value: try entry["value"]?.number("value"), clientStack: stack, location: text.textLocation)
    }
}

extension YAMLValue {
    /// The keys of a mapping whose keys are free (areas of a stack, checks of a profile's
    /// thresholds), so none is "unknown".
    var areaKeys: [String] {
        guard case .mapping(let mapping) = node else { return [] }
        return mapping.keys.compactMap(\.string)
    }
}
