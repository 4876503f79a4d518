import Foundation
import Testing
@testable import MSPVet

extension Tag {
    /// Tests that run a program outside the package (Chromium, Python, `script`): slower, and
    /// skipped — shown as skipped — where the program is missing. `make test` installs them all.
    @Tag static var externalTool: Self
}

/// The programs these tests need, looked for once.
enum ExternalTools {
    static let chromium = ["/usr/bin/chromium", "/usr/bin/chromium-browser"].first(where: FileManager.default.isExecutableFile)
    static let script = FileManager.default.isExecutableFile(atPath: "/usr/bin/script") ? "/usr/bin/script" : nil
    /// Python with the `jsonschema` package.
    static let pythonWithJSONSchema = (try? python("import jsonschema").status) == 0
    static let pythonWithOpenpyxl = (try? python("import openpyxl").status) == 0
    /// Python with the `icalendar` package, a full RFC 5545 parser.
    static let pythonWithICalendar = (try? python("import icalendar").status) == 0

    /// Runs a Python script with arguments; its standard output and exit status.
    static func python(_ script: String, _ arguments: [String] = []) throws -> (status: Int32, output: String) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3", "-c", script] + arguments
        let output = Pipe()
        process.standardOutput = output
        process.standardError = FileHandle.nullDevice
        try process.run()
        let text = String(decoding: output.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        return (process.terminationStatus, text)
    }

    /// The schema violations of a JSON file, one per line; empty when it validates.
    static func schemaViolations(_ json: String, schema: String) throws -> (status: Int32, output: String) {
        try python("""
            import json, sys
            import jsonschema
            schema = json.load(open(sys.argv[1]))
            jsonschema.Draft202012Validator.check_schema(schema)
            errors = sorted(jsonschema.Draft202012Validator(schema).iter_errors(json.load(open(sys.argv[2]))), key=str)
            for error in errors:
                print(list(error.absolute_path), error.message)
            sys.exit(1 if errors else 0)
            """, [Repo.path(schema), json])
    }

    static var inCI: Bool { ProcessInfo.processInfo.environment["CI"] == "true" }
}

@Suite("External tools", .tags(.externalTool))
struct ExternalToolTests {
    /// CI installs every tool, so there a missing one is a failure, not a skip.
    @Test(.enabled(if: ExternalTools.inCI, "only CI promises every tool"))
    func continuousIntegrationHasEveryTool() {
        #expect(ExternalTools.chromium != nil, "Chromium is required in CI (make test-deps installs it)")
        #expect(ExternalTools.script != nil, "script (util-linux) is required in CI")
        #expect(ExternalTools.pythonWithJSONSchema, "python3-jsonschema is required in CI")
        #expect(ExternalTools.pythonWithICalendar, "python3-icalendar is required in CI")
        #expect(ExternalTools.pythonWithOpenpyxl, "python3-openpyxl is required in CI")
    }

    /// The workbook is read back by openpyxl, as a spreadsheet user's tools would: three sheets,
    /// each with a frozen header and a filter, and a quote starting with `=` stored as text.
    @Test(.enabled(if: ExternalTools.pythonWithOpenpyxl, "python3 with openpyxl is not installed (make test-deps)"))
    func theWorkbookOpensWithFrozenHeadersFiltersAndFormulasAsText() throws {
        let folder = temporaryFolder()
        let trap = write("=HYPERLINK(\"http://example.invalid\",\"x\") This agreement renews automatically.\n", to: "trap.md", in: folder)
        let workbook = folder.appendingPathComponent("bids.xlsx").path
        let run = try CLI.run(["report", "--format", "xlsx", "--out", workbook] + CLITests.samples + [trap])
        #expect(run.status == 0, "\(run.stderr)")
        let read = try ExternalTools.python("""
            import sys
            import openpyxl
            book = openpyxl.load_workbook(sys.argv[1])
            print(",".join(book.sheetnames))
            for sheet in book.worksheets:
                print(sheet.title, sheet.freeze_panes, sheet.auto_filter.ref, sheet.max_row, sheet.max_column)
            summary = book["Summary"]
            print("summary", [c.value for c in summary[1]][:3], [c.value for c in summary[2]][:3])
            for row in book["Evidence"].iter_rows(min_row=2):
                if isinstance(row[4].value, str) and row[4].value.startswith("="):
                    print("formula-looking", row[4].data_type, row[0].value, row[1].value)
            matrix = book["Matrix"]
            print("matrix", matrix["A2"].value, matrix["B2"].value)
            """, [workbook])
        #expect(read.status == 0, "\(read.output)")
        let lines = read.output.split(separator: "\n").map(String.init)
        #expect(lines.first == "Summary,Matrix,Evidence")
        #expect(lines.contains("Summary A2 A1:N9 9 14"))
        #expect(lines.contains { $0.hasPrefix("Matrix A2 A1:I") } && lines.contains { $0.hasPrefix("Evidence A2 A1:G") })
        #expect(lines.contains("summary ['Rank', 'Bid', 'Total'] [1, 'northstar-advisory', 87.7]"))
        #expect(lines.contains("formula-looking s trap lock-in.auto-renewal"))
        #expect(lines.contains { $0.hasPrefix("matrix Automatic renewal") })
    }

    /// `script` gives the command a terminal, so the colour rules can be seen as a user sees them.
    @Test(.enabled(if: ExternalTools.script != nil, "script (util-linux) is not installed, so no terminal can be simulated"))
    func colourOnlyOnATerminalAndNeverWithNoColor() throws {
        let command = ([CLI.executable.path, "score"] + CLITests.samples).joined(separator: " ")
        let coloured = try CLI.run(["-qec", command, "/dev/null"], viaScript: true)
        #expect(coloured.stdout.contains("\u{1B}[1m"))
        let plain = try CLI.run(["-qec", command, "/dev/null"], viaScript: true, environment: ["NO_COLOR": "1"])
        #expect(plain.stdout.contains("northstar-advisory"))
        #expect(!plain.stdout.contains("\u{1B}["))
    }

    /// A review's keys (blind, rfp with costs and sensitivity, the overrides and a check's
    /// override) are held to the same schema.
    @Test(.enabled(if: ExternalTools.pythonWithJSONSchema, "python3 with jsonschema is not installed (make test-deps)"))
    func aReviewsJSONValidatesAgainstTheCommittedSchema() throws {
        let (report, _) = try BlindReviewTests.blindReport()
        let text = String(decoding: try JSONRenderer().render(report, options: RenderOptions()), as: UTF8.self)
        #expect(text.contains("\"override\" : {") && text.contains("\"sensitivity\" : {") && text.contains("\"blind\" : true"))
        let result = try ExternalTools.schemaViolations(write(text, to: "review.json"), schema: "Schemas/score.schema.json")
        #expect(result.status == 0, "schema violations:\n\(result.output)")
    }

    /// The progress line shows only to a person watching a long run: on a terminal (a pseudo-
    /// terminal from `script`), and never with --quiet or NO_COLOR, nor when standard error is not
    /// a terminal. Twenty CUAD contracts one at a time take well over the half second it waits.
    @Test(.enabled(if: ExternalTools.script != nil && FileManager.default.fileExists(atPath: AccuracyMeasurementTests.cuad),
                   "script (util-linux) or the CUAD corpus is missing"))
    func progressOnlyOnATerminalAndNeverWhenQuiet() throws {
        let folder = Repo.path("../shared/data/cuad/dev")
        let files = try FileManager.default.contentsOfDirectory(atPath: folder).filter { $0.hasSuffix(".txt") }.sorted().prefix(20)
            .map { "'" + folder + "/" + $0 + "'" }
        let command = ([CLI.executable.path, "score", "--jobs", "1"] + files).joined(separator: " ") + " > /dev/null"
        let watched = try CLI.run(["-qec", command, "/dev/null"], viaScript: true)
        #expect(watched.stdout.contains("scored ") && watched.stdout.contains("/20 files") && watched.stdout.contains(" MB/s"))
        #expect(watched.stdout.contains("\r\u{1B}[K"))
        let quiet = try CLI.run(["-qec", command.replacingOccurrences(of: " score ", with: " score --quiet "), "/dev/null"], viaScript: true)
        #expect(!quiet.stdout.contains("scored "))
        let noColor = try CLI.run(["-qec", command, "/dev/null"], viaScript: true, environment: ["NO_COLOR": "1"])
        #expect(!noColor.stdout.contains("scored "))
        let piped = try CLI.run(["score", "--jobs", "1"] + files.prefix(3).map { String($0.dropFirst().dropLast()) })
        #expect(!piped.stderr.contains("scored ") && !piped.stdout.contains("scored "))
    }

    /// Validation uses Python's `jsonschema` (a complete Draft 2020-12 validator) rather than a
    /// partial one written here.
    @Test(.enabled(if: ExternalTools.pythonWithJSONSchema, "python3 with jsonschema is not installed (make test-deps)"))
    func theJSONValidatesAgainstTheCommittedSchema() throws {
        let report = ClientReport(ranking: Golden.sampleRanking, criteria: Repo.criteria, client: Repo.sampleClient)
        let json = write(String(decoding: try JSONRenderer().render(report, options: RenderOptions()), as: UTF8.self), to: "scores.json")
        let result = try ExternalTools.schemaViolations(json, schema: "Schemas/score.schema.json")
        #expect(result.status == 0, "schema violations:\n\(result.output)")
    }

    @Test(.enabled(if: ExternalTools.pythonWithJSONSchema, "python3 with jsonschema is not installed (make test-deps)"))
    func theDatesJSONValidatesAgainstItsSchema() throws {
        let run = try CLI.run(["dates", "--format", "json", "--as-of", "2026-11-23", "--client", "Samples/client.yaml",
                               ContractAuditTests.incumbent, ContractAuditTests.draft, "Samples/proposals/northstar-advisory.md"])
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stdout.contains("\"state\" : \"in-notice-window\""))
        let result = try ExternalTools.schemaViolations(write(run.stdout, to: "dates.json"), schema: "Schemas/dates.schema.json")
        #expect(result.status == 0, "schema violations:\n\(result.output)")
    }

    @Test(.enabled(if: ExternalTools.pythonWithJSONSchema, "python3 with jsonschema is not installed (make test-deps)"))
    func theTicketsJSONValidatesAgainstItsSchema() throws {
        let run = try CLI.run(["tickets", "--format", "json", "--client", "Samples/client.yaml", "--contract", ContractAuditTests.incumbent]
                              + TicketSLATests.exports)
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stdout.contains("\"preset\" : \"freshservice\""))
        let result = try ExternalTools.schemaViolations(write(run.stdout, to: "tickets.json"), schema: "Schemas/tickets.schema.json")
        #expect(result.status == 0, "schema violations:\n\(result.output)")
    }

    /// The calendar file read by a real RFC 5545 parser, as a calendar application would, and
    /// exported again on another day with the same UIDs.
    @Test(.enabled(if: ExternalTools.pythonWithICalendar, "python3 with icalendar is not installed (make test-deps)"))
    func theCalendarFileParsesAndKeepsItsUIDs() throws {
        let folder = temporaryFolder()
        func export(asOf: String, to name: String) throws -> String {
            let path = folder.path + "/" + name
            let run = try CLI.run(["dates", "--as-of", asOf, "--client", "Samples/client.yaml", "--ics", path, ContractAuditTests.incumbent])
            #expect(run.status == 0, "\(run.stderr)")
            #expect(run.stderr.contains("wrote \(path)"))
            return path
        }
        let script = """
            import sys, icalendar
            calendar = icalendar.Calendar.from_ical(open(sys.argv[1], 'rb').read())
            for event in calendar.walk('VEVENT'):
                alarms = ','.join(str(alarm['TRIGGER'].dt.days) for alarm in event.walk('VALARM'))
                print(event['UID'], event['DTSTART'].dt.isoformat(), event['DTEND'].dt.isoformat(), alarms,
                      'ninety (90) days' in str(event['DESCRIPTION']))
            """
        let first = try ExternalTools.python(script, [try export(asOf: "2026-11-23", to: "first.ics")])
        #expect(first.status == 0)
        #expect(first.output == """
            ridgeline-msa-2024-notice-deadline-20270228@mspvet 2026-11-30 2026-12-01 -90,-30,-7 True
            ridgeline-msa-2024-renewal-20270228@mspvet 2027-03-01 2027-03-02 -90,-30,-7 True

            """)
        let again = try ExternalTools.python(script, [try export(asOf: "2026-11-26", to: "again.ics")])
        #expect(again.output == first.output, "the same deadline exported on another day is the same events")
    }

    /// Renders the report as a browser would.
    @Test(.enabled(if: ExternalTools.chromium != nil, "Chromium is not installed (apt-get install chromium)"))
    func chromiumRendersTheReportAsAPage() throws {
        let chromium = try #require(ExternalTools.chromium)
        let folder = temporaryFolder()
        let page = write(HTMLReportRenderer().render(try Golden.sampleReport()), to: "report.html", in: folder)
        let blank = write("<!DOCTYPE html><html><body></body></html>", to: "blank.html", in: folder)
        func screenshot(_ html: String, _ png: String) throws -> Int {
            let process = Process()
            process.executableURL = URL(fileURLWithPath: chromium)
            process.arguments = ["--headless", "--no-sandbox", "--disable-gpu", "--hide-scrollbars", "--screenshot=\(png)",
                                 "--window-size=1280,2000", "file://\(html)"]
            process.standardOutput = FileHandle.nullDevice
            process.standardError = FileHandle.nullDevice
            try process.run()
            process.waitUntilExit()
            let data = try Data(contentsOf: URL(fileURLWithPath: png))
            #expect(data.starts(with: [0x89, 0x50, 0x4E, 0x47]), "a PNG")
            return data.count
        }
        let empty = try screenshot(blank, folder.path + "/blank.png")
        let rendered = try screenshot(page, folder.path + "/report.png")
        // Text, tables and bars compress far worse than a white page.
        #expect(rendered > empty * 5, "report screenshot \(rendered) bytes vs blank \(empty)")
    }
}
