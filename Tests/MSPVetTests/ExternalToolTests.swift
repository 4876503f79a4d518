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
    static let pythonWithJSONSchema: Bool = {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3", "-c", "import jsonschema"]
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        do { try process.run() } catch { return false }
        process.waitUntilExit()
        return process.terminationStatus == 0
    }()

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

    /// Validation uses Python's `jsonschema` (a complete Draft 2020-12 validator) rather than a
    /// partial one written here.
    @Test(.enabled(if: ExternalTools.pythonWithJSONSchema, "python3 with jsonschema is not installed (make test-deps)"))
    func theJSONValidatesAgainstTheCommittedSchema() throws {
        let report = ClientReport(ranking: Golden.sampleRanking, criteria: Repo.criteria, client: Repo.sampleClient)
        let json = write(String(decoding: try JSONRenderer().render(report, options: RenderOptions()), as: UTF8.self), to: "scores.json")
        let script = """
            import json, sys
            import jsonschema
            schema = json.load(open(sys.argv[1]))
            jsonschema.Draft202012Validator.check_schema(schema)
            errors = sorted(jsonschema.Draft202012Validator(schema).iter_errors(json.load(open(sys.argv[2]))), key=str)
            for error in errors:
                print(list(error.absolute_path), error.message)
            sys.exit(1 if errors else 0)
            """
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3", "-c", script, Repo.path("Schemas/score.schema.json"), json]
        let output = Pipe()
        process.standardOutput = output
        try process.run()
        let violations = String(decoding: output.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        #expect(process.terminationStatus == 0, "schema violations:\n\(violations)")
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
