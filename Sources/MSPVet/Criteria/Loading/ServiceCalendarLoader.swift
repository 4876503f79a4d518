import Foundation

/// Reads a client profile's `calendar:` and `sla-targets:`:
///
/// ```yaml
/// calendar:
///   time-zone: America/Los_Angeles
///   hours:
///     mon-fri: "08:00-18:00"      # a range of days, a day, or a list: mon, wed
///     sat: "09:00-12:00"
///   holidays: [2026-11-26, 2026-12-25]
///   holidays-file: holidays.ics   # all-day events of an iCalendar file, beside the profile
///   hold-pauses-clock: true
/// sla-targets:
///   P1: {response: 30, resolution: 240, clock: calendar}
///   P2: {response: 60, resolution: 480}   # business minutes when a calendar is given
/// ```
///
/// Every weekday a range names gets the hours: "mon-fri" is five days, not two. A day no key
/// names is closed.
enum ServiceCalendarLoader {
    static let dayNames = ["mon", "tue", "wed", "thu", "fri", "sat", "sun"]

    static func calendar(_ value: YAMLValue) throws -> ServiceCalendar {
        let mapping = try value.mapping("calendar", allowedKeys: ["time-zone", "hours", "holidays", "holidays-file", "hold-pauses-clock"])
        let zoneValue = try mapping.required("time-zone")
        let zoneName = try zoneValue.nonEmptyString("calendar.time-zone")
        guard let zone = TimeZone(identifier: zoneName) else {
            throw Diagnostic(.invalidValue, at: zoneValue.textLocation,
                             "'\(zoneName)' is not an IANA time zone; write one such as America/Los_Angeles or Europe/London")
        }
        var calendar = ServiceCalendar(timeZone: zone)
        if let hours = mapping["hours"] {
            calendar.hours = try Self.hours(hours)
        }
        if let holidays = mapping["holidays"] {
            for (text, item) in try holidays.stringList("calendar.holidays") {
                guard let day = CivilDate(iso: text) else {
                    throw Diagnostic(.invalidValue, at: item.textLocation, "calendar.holidays: '\(text)' is not a date written YYYY-MM-DD")
                }
                calendar.holidays.insert(day)
            }
        }
        if let file = mapping["holidays-file"] {
            let name = try file.nonEmptyString("calendar.holidays-file")
            let folder = URL(fileURLWithPath: value.path).deletingLastPathComponent()
            let path = name.hasPrefix("/") ? name : folder.appendingPathComponent(name).path
            guard let data = FileManager.default.contents(atPath: path) else {
                throw Diagnostic(.fileNotFound, at: file.textLocation, "calendar.holidays-file: no such file \(path)")
            }
            calendar.holidays.formUnion(HolidayCalendarFile.days(in: String(decoding: data, as: UTF8.self)))
        }
        calendar.holdPausesClock = try mapping["hold-pauses-clock"]?.bool("calendar.hold-pauses-clock") ?? true
        return calendar
    }

    private static func hours(_ value: YAMLValue) throws -> [Int: [ServiceCalendar.Window]] {
        let mapping = try value.mapping("calendar.hours", allowedKeys: value.areaKeys)
        var hours: [Int: [ServiceCalendar.Window]] = [:]
        for (key, ranges) in mapping.entries {
            let days = try Self.days(key, at: ranges.location)
            let windows: [ServiceCalendar.Window]
            if case .scalar = ranges.node, try ranges.string("calendar.hours.\(key)").lowercased() == "closed" {
                windows = []
            } else {
                let listed = try? ranges.stringList("calendar.hours.\(key)")
                let texts = try listed ?? [(ranges.string("calendar.hours.\(key)"), ranges)]
                windows = try texts.map { text, item in
                    guard let window = Self.window(text) else {
                        throw Diagnostic(.invalidValue, at: item.textLocation,
                                         "calendar.hours.\(key): '\(text)' is not a range of 24-hour times such as 08:00-18:00")
                    }
                    return window
                }
            }
            for day in days { hours[day, default: []] += windows }
        }
        return hours
    }

    /// "mon-fri" → 1…5, "sat" → 6, "mon, wed" → 1, 3.
    private static func days(_ key: String, at location: SourceLocation) throws -> [Int] {
        var days: [Int] = []
        for part in key.lowercased().split(separator: ",").map({ $0.trimmingCharacters(in: .whitespaces) }) {
            let ends = part.split(separator: "-").map { String($0.prefix(3)) }
            guard let first = ends.first.flatMap({ dayNames.firstIndex(of: $0) }),
                  let last = (ends.count == 2 ? dayNames.firstIndex(of: ends[1]) : first), ends.count <= 2, first <= last else {
                throw Diagnostic(.invalidValue, at: location,
                                 "calendar.hours: '\(key)' is not a day or range of days such as mon-fri, sat, or mon, wed")
            }
            days += (first...last).map { $0 + 1 }
        }
        return days
    }

    /// "08:00-18:00" → [480, 1080).
    static func window(_ text: String) -> ServiceCalendar.Window? {
        let ends = text.split(separator: "-").map { $0.trimmingCharacters(in: .whitespaces) }
        guard ends.count == 2, let start = minutes(ends[0]), let end = minutes(ends[1]), start < end else { return nil }
        return ServiceCalendar.Window(start: start, end: end)
    }

    private static func minutes(_ text: String) -> Int? {
        let parts = text.split(separator: ":")
        guard parts.count == 2, let hour = Int(parts[0]), let minute = Int(parts[1]),
              (0...24).contains(hour), (0..<60).contains(minute), hour * 60 + minute <= 1440 else { return nil }
        return hour * 60 + minute
    }

    static func targets(_ value: YAMLValue, defaultClock: SLATarget.Clock) throws -> [SLATarget] {
        let mapping = try value.mapping("sla-targets", allowedKeys: value.areaKeys)
        return try mapping.entries.map { key, entry in
            let upper = key.uppercased()
            guard upper.count == 2, upper.hasPrefix("P"), let priority = Int(upper.dropFirst()), (1...4).contains(priority) else {
                throw Diagnostic(.invalidValue, at: entry.location, "sla-targets: '\(key)' is not a priority; use P1, P2, P3 or P4")
            }
            let fields = try entry.mapping("sla-targets.\(key)", allowedKeys: ["response", "resolution", "clock", "response-clock", "resolution-clock"])
            func minutes(_ name: String) throws -> Double? {
                guard let field = fields[name] else { return nil }
                let figure = try field.number("sla-targets.\(key).\(name)")
                guard figure > 0 else {
                    throw Diagnostic(.invalidValue, at: field.location, "sla-targets.\(key).\(name) must be minutes greater than 0")
                }
                return figure
            }
            let clock = try fields["clock"]?.choice("sla-targets.\(key).clock", of: SLATarget.Clock.self) ?? defaultClock
            return SLATarget(priority: priority, responseMinutes: try minutes("response"), resolutionMinutes: try minutes("resolution"),
                             responseClock: try fields["response-clock"]?.choice("sla-targets.\(key).response-clock", of: SLATarget.Clock.self) ?? clock,
                             resolutionClock: try fields["resolution-clock"]?.choice("sla-targets.\(key).resolution-clock", of: SLATarget.Clock.self) ?? clock,
                             source: "\(entry.location.file):\(entry.location.line)")
        }.sorted { $0.priority < $1.priority }
    }
}

/// The all-day events of an iCalendar file, as days: a holiday calendar exported from any
/// calendar application. Timed events are not holidays and are skipped.
enum HolidayCalendarFile {
    static func days(in text: String) -> Set<CivilDate> {
        // Unfold continuation lines (RFC 5545 §3.1) before reading properties.
        let unfolded = text.replacingOccurrences(of: "\r\n ", with: "").replacingOccurrences(of: "\n ", with: "")
        var days = Set<CivilDate>()
        for line in unfolded.split(whereSeparator: \.isNewline) where line.hasPrefix("DTSTART") && line.contains("VALUE=DATE") && !line.contains("VALUE=DATE-TIME") {
            guard let value = line.split(separator: ":").last, value.count == 8 else { continue }
            let digits = String(value)
            if let day = CivilDate(iso: "\(digits.prefix(4))-\(digits.dropFirst(4).prefix(2))-\(digits.suffix(2))") { days.insert(day) }
        }
        return days
    }
}
