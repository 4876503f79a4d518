/// The deadlines and renewal dates of contracts as an iCalendar file (RFC 5545) any calendar
/// imports: all-day events (`DTSTART;VALUE=DATE`, `DTEND` the day after), reminders 90, 30 and 7
/// days before, and the quoted clause in the description.
///
/// A `UID` is made of the contract's name, what the event is and the date of the term end it
/// protects, so exporting again gives the same UIDs and a calendar updates its events instead of
/// adding copies; a new term brings new events. `DTSTAMP` is the as-of day at midnight UTC rather
/// than the clock, so the same inputs give the same file.
public struct CalendarFile: Sendable {
    /// The file's text, lines ending in CRLF and folded at 75 octets.
    public let text: String

    /// The events of `contracts`, stamped with `stamp` so the same inputs give the same file.
    public init(_ contracts: [ContractDates], stamp: CivilDate) {
        var lines = ["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//mspvet//mspvet \(MSPVetVersion.current)//EN",
                     "CALSCALE:GREGORIAN", "METHOD:PUBLISH"]
        for contract in contracts {
            for event in Self.events(of: contract) {
                lines += event.lines(stamp: stamp)
            }
        }
        lines.append("END:VCALENDAR")
        text = lines.map(Self.folded).joined(separator: "\r\n") + "\r\n"
    }

    struct Event {
        var uid: String
        var date: CivilDate
        var summary: String
        var description: String

        func lines(stamp: CivilDate) -> [String] {
            var lines = ["BEGIN:VEVENT", "UID:\(uid)", "DTSTAMP:\(stamp.basic)T000000Z",
                         "DTSTART;VALUE=DATE:\(date.basic)", "DTEND;VALUE=DATE:\(date.adding(days: 1).basic)",
                         "SUMMARY:\(CalendarFile.escaped(summary))", "DESCRIPTION:\(CalendarFile.escaped(description))",
                         "TRANSP:TRANSPARENT"]
            for days in [90, 30, 7] {
                lines += ["BEGIN:VALARM", "ACTION:DISPLAY", "TRIGGER:-P\(days)D",
                          "DESCRIPTION:\(CalendarFile.escaped("In \(days) days: \(summary)"))", "END:VALARM"]
            }
            return lines + ["END:VEVENT"]
        }
    }

    static func events(of contract: ContractDates) -> [Event] {
        let (terms, schedule) = (contract.terms, contract.schedule)
        let name = Self.name(of: terms.file)
        let slug = Self.slug(name)
        func quote(_ term: StatedTerm<some Any>?) -> String {
            guard let source = term?.source else { return "" }
            return "\n\n\"\(source.text)\" (\(source.citation))"
        }
        var events: [Event] = []
        if let deadline = schedule.deadline {
            let protects = deadline.term.end.basic
            if let earliest = deadline.earliest {
                events.append(Event(uid: "\(slug)-notice-opens-\(protects)@mspvet", date: earliest,
                                    summary: "Notice window opens: \(name)",
                                    description: "Notice of non-renewal given before today does not count; the last day is \(deadline.latest.long)." + quote(terms.noticeMaximum)))
            }
            events.append(Event(uid: "\(slug)-notice-deadline-\(protects)@mspvet", date: deadline.latest,
                                summary: "Last day to give notice: \(name)",
                                description: "Give notice today at the latest, or the contract renews on \(deadline.term.renewsOn.long)." + quote(terms.noticeMinimum)))
            events.append(Event(uid: "\(slug)-renewal-\(protects)@mspvet", date: deadline.term.renewsOn,
                                summary: "Renews unless notice was given: \(name)",
                                description: "The contract renews today unless notice was given by \(deadline.latest.long)." + quote(terms.renewal)))
        }
        if case .deadlinePassed(let renews) = schedule.state, let current = schedule.current, renews != schedule.deadline?.term.renewsOn {
            events.append(Event(uid: "\(slug)-renewal-\(current.end.basic)@mspvet", date: renews,
                                summary: "Renews (the notice deadline has passed): \(name)",
                                description: "The notice deadline for this renewal has passed." + quote(terms.renewal)))
        }
        if case .fixedTerm(let ends) = schedule.state {
            events.append(Event(uid: "\(slug)-ends-\(ends.basic)@mspvet", date: ends,
                                summary: "Contract ends: \(name)",
                                description: "The last day of the contract; it does not renew by itself." + quote(terms.initialTermMonths)))
        }
        return events.sorted { ($0.date, $0.uid) < ($1.date, $1.uid) }
    }

    /// The file name without folder or extension: how a person names the contract.
    static func name(of path: String) -> String {
        let file = path.split(separator: "/").last.map(String.init) ?? path
        guard let dot = file.lastIndex(of: "."), dot != file.startIndex else { return file }
        return String(file[..<dot])
    }

    static func slug(_ name: String) -> String {
        var slug = ""
        for scalar in name.lowercased().unicodeScalars {
            if scalar.isASCII && (scalar.properties.isAlphabetic || ("0"..."9").contains(scalar)) {
                slug.unicodeScalars.append(scalar)
            } else if !slug.hasSuffix("-") {
                slug += "-"
            }
        }
        return slug.trimmingCharacters(in: ["-"])
    }

    /// TEXT values escape backslash, semicolon, comma and newline (RFC 5545 §3.3.11).
    static func escaped(_ text: String) -> String {
        var out = ""
        for character in text {
            switch character {
            case "\\": out += "\\\\"
            case ";": out += "\\;"
            case ",": out += "\\,"
            case "\n", "\r\n": out += "\\n"
            case "\r": continue
            default: out.append(character)
            }
        }
        return out
    }

    /// Lines longer than 75 octets continue on the next line after a space (§3.1), never inside a
    /// character's UTF-8 bytes.
    static func folded(_ line: String) -> String {
        var out = ""
        var octets = 0
        for character in line {
            let size = String(character).utf8.count
            if octets + size > 75 {
                out += "\r\n "
                octets = 1
            }
            out.append(character)
            octets += size
        }
        return out
    }
}

private extension String {
    func trimmingCharacters(in set: Set<Character>) -> String {
        var text = Substring(self)
        while let first = text.first, set.contains(first) { text = text.dropFirst() }
        while let last = text.last, set.contains(last) { text = text.dropLast() }
        return String(text)
    }
}
