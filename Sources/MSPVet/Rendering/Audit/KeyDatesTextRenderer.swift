/// `mspvet dates` for a terminal: per contract the state in words, each key term with the quoted
/// sentence it came from (or "not stated"), and the terms on the calendar.
public struct KeyDatesTextRenderer: Sendable {
    public init() {}

    /// The contracts' dates as text for a terminal.
    public func render(_ contracts: [ContractDates]) -> String {
        var out = ""
        for (index, contract) in contracts.enumerated() {
            if index > 0 { out += "\n" }
            let schedule = contract.schedule
            out += "\(ControlCharacters.escaped(contract.terms.file)) — as of \(schedule.asOf.long)\n"
            out += "  State: \(schedule.state.name.replacingOccurrences(of: "-", with: " "))\n"
            out += "  \(schedule.summary)\n"
            if !schedule.missing.isEmpty, schedule.state.name != "not-enough-terms" {
                out += "  Not stated: \(schedule.missing.joined(separator: ", ")).\n"
            }
            out += "\n  Key terms\n"
            for row in KeyTermRow.rows(contract.terms) {
                out += "    \(row.label.padding(toLength: 26, withPad: " ", startingAt: 0))\(row.value)\n"
                if let note = row.note { out += "      (\(note))\n" }
                if let source = row.source {
                    out += "      \"\(ControlCharacters.escaped(source.text))\" (\(source.citation))\n"
                }
            }
            if !contract.terms.ambiguousDates.isEmpty {
                out += "  Dates read neither way: \(contract.terms.ambiguousDates.joined(separator: ", ")) — set `locale` in the client profile (en-US or en-GB).\n"
            }
            if !schedule.terms.isEmpty {
                out += "\n  Terms\n"
                for term in schedule.terms {
                    let marker = term == schedule.current ? "  ← now" : ""
                    out += "    \(term.name.padding(toLength: 18, withPad: " ", startingAt: 0))\(term.start.iso) to \(term.end.iso)\(marker)\n"
                }
            }
            if let deadline = schedule.deadline, let left = schedule.daysLeft {
                out += "\n  Next notice deadline: \(deadline.latest.iso) (\(left) day\(left == 1 ? "" : "s") left)"
                if let earliest = deadline.earliest { out += ", not before \(earliest.iso)" }
                out += "; stops the renewal on \(deadline.term.renewsOn.iso)\n"
            }
        }
        return out
    }
}
