import Foundation
import Testing
@testable import MSPVet

/// Service levels recomputed from PSA exports. The sample exports (Samples/tickets, written by
/// make-tickets.py) hold the same eleven tickets in three PSAs' formats; the figures below are
/// worked out by hand from their local times in Los Angeles, business hours Monday to Friday
/// 08:00–18:00, Thanksgiving closed, hold time not stopping the clock, and the contract's
/// targets: P1 1 h / 4 h calendar, P2 2 h / 1 business day (600 min), P3 4 h / 3 business days,
/// P4 1 business day / 5 business days.
@Suite("Service levels from ticket exports")
struct TicketSLATests {
    static let exports = ["Samples/tickets/connectwise.csv", "Samples/tickets/autotask.json", "Samples/tickets/freshservice.csv"]

    static var calendar: ServiceCalendar { Repo.sampleClient.calendar! }

    static func report(_ export: String, calendar: ServiceCalendar = calendar) throws -> (SLAReport, TicketExport) {
        let read = try TicketExportReader(preset: nil, timeZone: calendar.timeZone, order: .monthFirst).read(path: Repo.path(export))
        let contract = try ProposalReader().read(path: Repo.path(ContractAuditTests.incumbent))
        let targets = ContractSLAReader.targets(in: contract, calendar: calendar)
        return (SLAReport(tickets: read.tickets, measurement: SLAMeasurement(calendar: calendar, targets: targets)), read)
    }

    @Test func theContractsServiceLevelTableSetsTheTargets() throws {
        let contract = try ProposalReader().read(path: Repo.path(ContractAuditTests.incumbent))
        let targets = ContractSLAReader.targets(in: contract, calendar: Self.calendar)
        #expect(targets.map(\.priority) == [1, 2, 3, 4])
        #expect(targets.map(\.responseMinutes) == [60, 120, 240, 600])
        #expect(targets.map(\.resolutionMinutes) == [240, 600, 1800, 3000])
        #expect(targets.map(\.responseClock) == [.calendar, .business, .business, .business])
        #expect(targets[0].source.hasSuffix("ridgeline-msa-2024.md:82"))
    }

    @Test(arguments: exports)
    func everyPresetGivesTheSameFiguresAsWorkedOutByHand(export: String) throws {
        let (report, read) = try Self.report(export)
        #expect(read.preset == ["connectwise.csv": "connectwise", "autotask.json": "autotask", "freshservice.csv": "freshservice"][URL(fileURLWithPath: export).lastPathComponent])
        #expect(read.tickets.count == 11)
        #expect(report.excluded == 1, "the merged ticket")
        #expect(report.unresolved == 1)
        let groups = Dictionary(uniqueKeysWithValues: report.priorities.map { ($0.priority ?? 0, $0) })
        #expect(report.priorities.map(\.priority) == [1, 2, 3, 4])

        // P1: responses 20, 90 (Saturday night) and 30 calendar minutes; 90 misses the hour.
        let p1 = try #require(groups[1])
        #expect(p1.tickets == 3)
        #expect((p1.response.withinTarget, p1.response.judged) == (2, 3))
        #expect(p1.response.medianCalendar == 30 && p1.response.p90Calendar == 90)
        #expect(p1.response.medianBusiness == 20 && p1.response.p90Business == 30)
        // Resolved in 180 and 270 minutes: 22:00 PST to 03:30 PDT is 4 h 30, the spring-forward
        // hour never happened. 270 misses the four hours.
        #expect((p1.resolution.withinTarget, p1.resolution.judged) == (1, 2))
        #expect(p1.resolution.medianCalendar == 180 && p1.resolution.p90Calendar == 270)

        // P2: Friday 17:00 → Monday 09:00 is 120 business minutes; Wednesday 17:30 → Friday 09:00
        // over Thanksgiving is 90; 45; 30. All within two business hours.
        let p2 = try #require(groups[2])
        #expect(p2.tickets == 4)
        #expect((p2.response.withinTarget, p2.response.judged) == (4, 4))
        #expect(p2.response.medianBusiness == 45 && p2.response.p90Business == 120)
        #expect(p2.response.medianCalendar == 45 && p2.response.p90Calendar == 3780)
        // Resolutions of 480, 390, 720 (the three hours on hold count) and 420 business minutes.
        #expect((p2.resolution.withinTarget, p2.resolution.judged) == (3, 4))
        #expect(p2.resolution.medianBusiness == 420 && p2.resolution.p90Business == 720)
        #expect(p2.resolution.medianCalendar == 1560 && p2.resolution.p90Calendar == 4140)

        // P3: Friday 16:00 → Monday 10:00 is 240 business minutes (met); 300 on a Monday misses.
        let p3 = try #require(groups[3])
        #expect((p3.response.withinTarget, p3.response.judged) == (1, 2))
        #expect(p3.response.medianBusiness == 240 && p3.response.p90Business == 300)
        #expect(p3.resolution.medianBusiness == 960 && p3.resolution.p90Business == 1200)

        // P4: Thursday 12:00 PDT → Monday 09:00 PST is 94 real hours across the fall-back change,
        // 1,020 business minutes.
        let p4 = try #require(groups[4])
        #expect(p4.response.medianCalendar == 5640 && p4.response.medianBusiness == 1020)
        #expect((p4.response.withinTarget, p4.response.judged) == (0, 1))
        #expect(p4.resolution.medianCalendar == 6120 && p4.resolution.medianBusiness == 1500)

        #expect(report.months.map { "\($0.priority ?? 0) \($0.month ?? "")" } == ["1 2026-03", "1 2026-11", "2 2026-03", "2 2026-11", "3 2026-11", "4 2026-10"])
    }

    /// The vendor took three hours on hold off a ticket although the contract never said hold
    /// stops the clock; and it measured another against a business-day target in calendar hours.
    @Test(arguments: exports)
    func theVendorsFlagsAreCheckedTicketByTicket(export: String) throws {
        let (report, _) = try Self.report(export)
        let found = report.disagreements.map { "\($0.ticket.ticket.id.suffix(4)) \($0.measure) vendor \($0.vendorMet) recomputed \($0.recomputedMet)" }
        #expect(found == ["1002 resolution vendor true recomputed false",
                          "1005 resolution vendor true recomputed false",
                          "1011 resolution vendor false recomputed true"])
        // Where the contract lets hold stop the clock, the vendor was right about 1005.
        var pausing = Self.calendar
        pausing.holdPausesClock = true
        let paused = try Self.report(export, calendar: pausing).0
        let ids = paused.disagreements.map { String($0.ticket.ticket.id.suffix(4)) }
        #expect(ids.contains("1005") == !export.hasSuffix("connectwise.csv"),
                "only the ConnectWise export carries minutesWaiting; the others give no hold time to take off")
    }

    @Test func theCSVHasARowPerPriorityAndPerPriorityAndMonth() throws {
        let (report, _) = try Self.report("Samples/tickets/connectwise.csv")
        let text = String(decoding: try SLACSVRenderer().render(report), as: UTF8.self)
        let lines = text.components(separatedBy: "\r\n")
        #expect(lines.first == SLACSVRenderer.columns.joined(separator: ","))
        #expect(lines[2] == "P2,,4,4,4,1.0000,45.00,120.00,45.00,3780.00,4,3,0.7500,420.00,720.00,1560.00,4140.00,")
        #expect(lines.count == 1 + 4 + 6 + 1 && lines.last == "")
    }

    @Test func businessMinutesFollowTheLocalClockAcrossDaylightSavingAndSkipHolidays() throws {
        let clock = BusinessClock(Self.calendar)
        let parser = TimestampParser(timeZone: Self.calendar.timeZone, order: .monthFirst)
        func minutes(_ from: String, _ to: String) -> Double {
            clock.businessMinutes(from: parser.date(from[...])!, to: parser.date(to[...])!)
        }
        // Friday 6 March to Monday 9 March 2026 (clocks spring forward on Sunday 8 March).
        #expect(minutes("2026-03-06 17:00", "2026-03-09 09:00") == 120)
        // A whole working week with Thanksgiving: four days of ten hours.
        #expect(minutes("2026-11-23 08:00", "2026-11-27 18:00") == 2400)
        // Monday 2 November, the day after clocks fall back: 08:00–18:00 is still ten hours.
        #expect(minutes("2026-11-02 00:00", "2026-11-03 00:00") == 600)
        #expect(minutes("2026-11-21 09:00", "2026-11-22 17:00") == 0, "a weekend")
        let night = parser.date("2026-03-07 22:00"[...])!, morning = parser.date("2026-03-08 03:30"[...])!
        #expect(morning.timeIntervalSince(night) == 270 * 60)
    }

    @Test func timestampsInEveryFormThePSAsWrite() throws {
        let parser = TimestampParser(timeZone: TimeZone(identifier: "America/Los_Angeles")!, order: nil)
        let utc = { (text: String) in parser.date(text[...])?.timeIntervalSince1970 }
        let expected = utc("2026-03-02T17:00:00Z")
        #expect(expected == 1_772_470_800)
        for text in ["2026-03-02T17:00:00.000Z", "2026-03-02T09:00:00-08:00", "2026-03-02T09:00:00-0800", "2026-03-02 09:00",
                     "2026-03-02T09:00:00"] {
            #expect(utc(text) == expected, "\(text)")
        }
        let american = TimestampParser(timeZone: parser.timeZone, order: .monthFirst)
        #expect(american.date("3/2/2026 9:00 AM"[...])?.timeIntervalSince1970 == expected)
        #expect(american.date("3/2/2026 9:00 p.m."[...])?.timeIntervalSince1970 == expected.map { $0 + 12 * 3600 })
        #expect(utc("13/03/2026 09:00") != nil, "the 13th cannot be a month")
        #expect(utc("03/02/2026 09:00") == nil, "ambiguous without a locale")
        #expect(TimestampParser(timeZone: parser.timeZone, order: .dayFirst).date("02/03/2026 09:00"[...])?.timeIntervalSince1970 == expected)
        for bad in ["yesterday", "2026-02-30 09:00", "2026-03-02 25:00", "2026-03-02T09:00:00+", "13:00 3/2/2026"] {
            #expect(utc(bad) == nil, "\(bad)")
        }
    }

    /// The ConnectWise export opened in a spreadsheet on Windows and saved again: as "CSV"
    /// (Windows-1252, a summary with a curly apostrophe), as "Unicode Text" (UTF-16 behind its
    /// mark, tabs between fields). Each gives the same tickets and figures as the original.
    @Test(arguments: ["Windows-1252", "UTF-16 tab-separated"])
    func anExportResavedOnWindowsReadsAsTheOriginal(saved: String) throws {
        let original = try String(contentsOfFile: Repo.path("Samples/tickets/connectwise.csv"), encoding: .utf8)
            .replacingOccurrences(of: "Ticket 1002, reported by the front desk", with: "Ticket 1002, the front desk\u{2019}s printer")
        let bytes: [UInt8]
        if saved == "Windows-1252" {
            bytes = [UInt8](try #require(original.data(using: .windowsCP1252)))
            #expect(bytes.contains(0x92))
        } else {
            // Tabs between fields; the quoted summaries hold commas, not tabs.
            let tabbed = original.split(separator: "\n").map { line in
                var inQuotes = false
                return String(line.map { character -> Character in
                    if character == "\"" { inQuotes.toggle() }
                    return character == "," && !inQuotes ? "\t" : character
                })
            }.joined(separator: "\n") + "\n"
            bytes = [0xFF, 0xFE] + tabbed.utf16.flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] }
        }
        let path = write(Data(bytes), to: "resaved.csv")
        let reader = TicketExportReader(preset: nil, timeZone: Self.calendar.timeZone, order: .monthFirst)
        let resaved = try reader.read(path: path)
        let reference = try reader.read(path: write(original, to: "reference.csv"))
        #expect(resaved.preset == "connectwise" && resaved.count == reference.count && reference.count == 11)
        #expect(resaved.tickets.map(\.id) == reference.tickets.map(\.id))
        #expect(resaved.tickets.map(\.created) == reference.tickets.map(\.created))
        #expect(resaved.tickets.map(\.resolved) == reference.tickets.map(\.resolved))
        let measurement = SLAMeasurement(calendar: Self.calendar, targets: [])
        let figures = SLAReport(tickets: resaved.tickets, measurement: measurement).priorities
        #expect(figures == SLAReport(tickets: reference.tickets, measurement: measurement).priorities && !figures.isEmpty)
        if saved == "Windows-1252" {
            #expect(resaved.warnings.map(\.description) == [
                "\(path):3:1: warning: is not UTF-8 (byte 0x92); read as Windows-1252, as a spreadsheet saves CSV on Windows",
            ])
        } else {
            #expect(resaved.warnings.isEmpty)
        }
    }

    @Test func badExportsNameTheFileRowAndColumn() throws {
        let folder = temporaryFolder()
        let reader = TicketExportReader(preset: nil, timeZone: Self.calendar.timeZone, order: .monthFirst)
        func failure(_ text: String, _ name: String = "export.csv") -> String {
            let path = write(text, to: name, in: folder)
            do { _ = try reader.read(path: path); return "no error" } catch { return "\(error)".replacingOccurrences(of: folder.path + "/", with: "") }
        }
        let header = "id,_info.dateEntered,dateResponded,dateResolved,priority/name,status/name\n"
        #expect(failure(header + "7,2026-03-02T17:00:00Z,,2026-03-01T17:00:00Z,P1,Closed\n")
                == "export.csv:2:4: error: row 1, column 'dateResolved': resolved (2026-03-01T17:00:00Z) before it was created (2026-03-02T17:00:00Z)")
        #expect(failure(header + "7,2026-03-02T17:00:00Z,,,P1,Closed\n8,March 2nd,,,P1,Closed\n").hasPrefix(
            "export.csv:3:2: error: row 2, column '_info.dateEntered': 'March 2nd' is not a timestamp; tried 2026-03-08T09:15:00Z"))
        #expect(failure(header + "7,2026-03-02T17:00:00Z,,,P1,Closed\n7,2026-03-02T18:00:00Z,,,P1,Closed\n")
                == "export.csv:3:1: error: row 2, column 'id': ticket '7' appears twice (first at row 1)")
        let unknown = failure("Number,Opened,Urgency\n1,2026-03-02,P1\n")
        #expect(unknown.hasPrefix("export.csv:1:1: error: no preset fits the header (tried connectwise, autotask, halopsa, freshservice, zendesk)"))
        #expect(unknown.hasSuffix("; name the columns with --columns MAP.yaml"))
        let strict = TicketExportReader(preset: ExportPreset.named("autotask"), timeZone: Self.calendar.timeZone, order: nil)
        let path = write(header + "7,2026-03-02T17:00:00Z,,,P1,Closed\n", to: "cw.csv", in: folder)
        #expect(throws: Diagnostic.self) { try strict.read(path: path) }
        do { _ = try strict.read(path: path) } catch {
            #expect("\(error)".contains("error: the header lacks what the autotask preset reads: created ('createDate' or 'create date')"))
        }
        // With --keep-going the bad rows are reported and the rest measured.
        let lenient = TicketExportReader(preset: nil, timeZone: Self.calendar.timeZone, order: .monthFirst, keepGoing: true)
        let mixed = write(header + "7,2026-03-02T17:00:00Z,,,P1,Closed\n8,soon,,,P1,Closed\n9,2026-03-02T18:00:00Z,,,P2,Closed\n", to: "mixed.csv", in: folder)
        let export = try lenient.read(path: mixed)
        #expect(export.tickets.map(\.id) == ["7", "9"])
        #expect(export.skipped.count == 1 && export.skipped[0].location.line == 3)
    }

    /// Zendesk's ticket metrics give durations, not times: the reply is placed at creation plus
    /// its calendar minutes and measured again on the client's own business hours.
    @Test func zendeskMetricsArePlacedBackOnTheCalendar() throws {
        let json = """
            {"ticket_metrics": [], "results": [
              {"ticket_id": 88, "created_at": "2026-11-20T23:00:00Z", "priority": "normal", "status": "solved", "reopens": 1,
               "reply_time_in_minutes": {"calendar": 3960, "business": 120},
               "full_resolution_time_in_minutes": {"calendar": 5520, "business": 900},
               "on_hold_time_in_minutes": {"calendar": 0, "business": 0}},
              {"ticket_id": 89, "created_at": "2026-11-23T16:00:00Z", "priority": "urgent", "status": "open", "reopens": 0,
               "reply_time_in_minutes": {"calendar": 20, "business": 20},
               "full_resolution_time_in_minutes": {"calendar": null, "business": null},
               "on_hold_time_in_minutes": {"calendar": 0, "business": 0}}
            ]}
            """
        let path = write(json, to: "zendesk.json")
        let read = try TicketExportReader(preset: nil, timeZone: Self.calendar.timeZone, order: nil).read(path: path)
        #expect(read.preset == "zendesk")
        let report = SLAReport(tickets: read.tickets, measurement: SLAMeasurement(calendar: Self.calendar, targets: []))
        // Friday 20 November 15:00 local, replied 66 hours later: Monday 09:00, 240 business minutes
        // on this calendar (Zendesk's own schedule said 120).
        let normal = try #require(report.priorities.first { $0.priority == 3 })
        #expect(normal.response.medianBusiness == 240 && normal.response.medianCalendar == 3960)
        #expect(normal.resolution.medianCalendar == 5520 && normal.reopenRate == 1)
        #expect(report.priorities.first { $0.priority == 1 }?.reopenRate == 0)
        #expect(report.unresolved == 1)
    }

    @Test func aColumnMapReadsAnyOtherPSA() throws {
        let folder = temporaryFolder()
        let map = write("""
            version: 1
            time-zone: America/Chicago
            columns:
              id: Number
              created: Opened
              resolved: [Solved, Closed At]
              priority: Urgency
              vendor-met: Met SLA
            """, to: "map.yaml", in: folder)
        let preset = try ColumnMapLoader.load(path: map)
        let export = write("Number;Opened;Solved;Urgency;Met SLA\n1;2026-03-02 09:00;2026-03-02 10:30;High;yes\n", to: "other.csv", in: folder)
        let read = try TicketExportReader(preset: preset, timeZone: TimeZone(identifier: "UTC")!, order: nil).read(path: export)
        #expect(read.tickets.count == 1)
        // 09:00 in Chicago (CST, UTC−6) is 15:00 UTC.
        #expect(read.tickets[0].created.timeIntervalSince1970 == 1_772_463_600)
        #expect(read.tickets[0].priority == 2 && read.tickets[0].vendorResolutionMet == true)
        let typo = write("version: 1\ncolumns:\n  id: Number\n  craeted: Opened\n", to: "typo.yaml", in: folder)
        #expect(throws: Diagnostic.self) { try ColumnMapLoader.load(path: typo) }
        do { _ = try ColumnMapLoader.load(path: typo) } catch {
            #expect("\(error)".hasSuffix("typo.yaml:4:3: error: unknown key 'craeted' in columns (did you mean 'created'?)"))
        }
    }

    @Test func aCalendarNamesEveryDayOfARangeAndReadsHolidaysFromAFile() throws {
        let folder = temporaryFolder()
        _ = write("BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\nDTSTART;VALUE=DATE:20261126\r\nEND:VEVENT\r\nBEGIN:VEVENT\r\nDTSTART:20261201T090000Z\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n",
              to: "holidays.ics", in: folder)
        let profile = write("""
            version: 1
            name: Test Dental
            calendar:
              time-zone: Europe/London
              hours:
                mon-thu: "08:00-17:00"
                fri: "08:00-13:00"
                sat: closed
              holidays-file: holidays.ics
              hold-pauses-clock: false
            sla-targets:
              P1: {response: 30, resolution: 240, clock: calendar}
              P3: {response: 240}
            """, to: "client.yaml", in: folder)
        let client = try ClientProfileLoader(catalogue: Repo.criteria.catalogue).load(path: profile).profile
        let calendar = try #require(client.calendar)
        #expect(calendar.timeZone.identifier == "Europe/London")
        #expect((1...4).allSatisfy { calendar.hours[$0] == [ServiceCalendar.Window(start: 480, end: 1020)] }, "mon-thu is four days")
        #expect(calendar.hours[5] == [ServiceCalendar.Window(start: 480, end: 780)])
        #expect(calendar.hours[6] == [] && calendar.hours[7] == nil)
        #expect(calendar.holidays == [CivilDate(iso: "2026-11-26")!], "the timed event is no holiday")
        #expect(!calendar.holdPausesClock)
        #expect(client.slaTargets.map(\.priority) == [1, 3])
        #expect(client.slaTargets[1].responseClock == .business, "business minutes by default when a calendar is given")
        let bad = write("version: 1\nname: X\ncalendar:\n  time-zone: Pacific Time\n", to: "bad.yaml", in: folder)
        #expect(throws: Diagnostic.self) { try ClientProfileLoader(catalogue: Repo.criteria.catalogue).load(path: bad) }
    }
}
