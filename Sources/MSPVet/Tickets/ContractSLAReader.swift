/// Reads the response and resolution targets per priority from a contract's service-level table
/// or sentences ("Priority 1 | 2 hours | 8 hours", "P2 tickets: response within 4 business hours"):
/// each figure belongs to the priority its row names and to the nearest "response" or
/// "resolution" word before it. A figure in business hours or days is on the business clock; a
/// business day is as long as the calendar's Monday.
public enum ContractSLAReader {
    /// The targets `document` states, most urgent first; empty when it states none.
    public static func targets(in document: ProposalDocument, calendar: ServiceCalendar) -> [SLATarget] {
        let businessDay = Double(calendar.hours[1]?.reduce(0) { $0 + $1.end - $1.start } ?? 480)
        var found: [Int: SLATarget] = [:]
        for sentence in document.sentences {
            let tokens = sentence.tokens
            let measures = tokens.indices.compactMap { index -> (Int, Bool)? in
                let word = tokens[index].text
                if word.hasPrefix("respon") || word.hasPrefix("acknowledg") { return (index, true) }
                if word.hasPrefix("resol") || word.hasPrefix("restor") || word == "fix" { return (index, false) }
                return nil
            }
            guard !measures.isEmpty else { continue }
            for quantity in QuantityReader.quantities(in: tokens) {
                guard let priority = PriorityLabel.priority(in: tokens, near: quantity.range.lowerBound),
                      let measure = measures.last(where: { $0.0 < quantity.range.lowerBound }) else { continue }
                let business = tokens[quantity.range].contains { $0.text == "business" || $0.text == "working" }
                let minutes: Double
                switch quantity.unit {
                case .minute: minutes = quantity.value
                case .hour: minutes = quantity.value * 60
                case .day: minutes = quantity.value * (business ? businessDay : 1440)
                default: continue
                }
                var target = found[priority] ?? SLATarget(priority: priority, responseMinutes: nil, resolutionMinutes: nil,
                                                          responseClock: .calendar, resolutionClock: .calendar,
                                                          source: "\(document.path):\(sentence.line)")
                // The first figure stated for a measure and priority is the promise; later ones
                // (a credit table, an escalation step) restate or qualify it.
                if measure.1, target.responseMinutes == nil {
                    target.responseMinutes = minutes
                    target.responseClock = business ? .business : .calendar
                } else if !measure.1, target.resolutionMinutes == nil {
                    target.resolutionMinutes = minutes
                    target.resolutionClock = business ? .business : .calendar
                }
                found[priority] = target
            }
        }
        return found.values.sorted { $0.priority < $1.priority }
    }
}
