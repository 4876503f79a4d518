import Foundation
import Testing
@testable import MSPVet

@Suite("The mspvet command")
struct CLITests {
    static let samples = ["--client", "Samples/client.yaml"]
        + Repo.sampleProposals.map { "Samples/proposals/" + URL(fileURLWithPath: $0).lastPathComponent }

    @Test func scoreRanksTheSamples() throws {
        let run = try CLI.run(["score"] + Self.samples)
        #expect(run.status == 0)
        #expect(run.stderr == "")
        let lines = run.stdout.split(separator: "\n").map(String.init)
        #expect(lines.first == "MSP proposals ranked for Harbor & Pine Dental Group — 7 bid(s), 10 categories")
        #expect(lines.contains { $0.hasPrefix("   1  northstar-advisory") })
        #expect(lines.contains { $0.hasPrefix("   6  quickfix-it") && $0.hasSuffix(" 0% low evidence") })
        #expect(lines.contains { $0.hasPrefix("   7  apex-digital-solutions") && $0.hasSuffix("low evidence") })
        #expect(run.stdout.contains("\"We do not charge early termination fees.\" (Samples/proposals/northstar-advisory.md:51, Terms)"))
        #expect(!run.stdout.contains("\u{1B}["), "no colour when standard output is not a terminal")
    }

    @Test func theDefaultCriteriaAreFoundFromAnyFolder() throws {
        let elsewhere = temporaryFolder()
        let bid = write("We do not charge early termination fees.", to: "bid.md", in: elsewhere)
        let run = try CLI.run(["score", "--format", "json", bid], in: elsewhere)
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stdout.contains("\"id\" : \"lock-in.termination-fee\""))
    }

    /// A contract saved as "ANSI" text on Windows is scored, and the guess said on standard error.
    @Test func windows1252TextIsScoredWithOneWarning() throws {
        let bytes = Array("9.2 This Agreement shall renew automatically unless either party gives ninety (90) days".utf8)
            + [0x92] + Array(" written notice.\r\n".utf8)
        let run = try CLI.run(["score", "--format", "json", write(Data(bytes), to: "ansi.txt")])
        #expect(run.status == 0)
        #expect(run.stderr.hasSuffix("ansi.txt:1:88: warning: is not UTF-8 (byte 0x92); read as Windows-1252, as Word and Notepad save text on Windows\n"), "\(run.stderr)")
        #expect(run.stdout.contains("ninety (90) days\u{2019} written notice"))
        #expect(run.stdout.contains("\"lock-in.auto-renewal\""))
    }

    @Test func badInputIsOneLocatedLineOnStandardErrorAndExitThree() throws {
        let folder = temporaryFolder()
        let cases: [(arguments: [String], expected: String)] = [
            (["score", write(Data(Array("café ".utf8) + [0xE9]), to: "damaged.md", in: folder)], "damaged.md:1:6: error: is not valid UTF-8 (byte 0xE9); save it as UTF-8"),
            (["score", write("", to: "empty.md", in: folder)], "empty.md:1:1: error: file is empty"),
            (["score", folder.path + "/missing.md"], "missing.md:1:1: error: no such file"),
            (["score", "--criteria", write("version: 1\nid: x\ntitle: X\nchecks:\n  - id: a\n    titel: A\n", to: "c.yaml", in: folder), "Samples/rfp.md"],
             "c.yaml:6:5: error: unknown key 'titel' in a phrase check (did you mean 'title'?)"),
            (["score", "--client", write("version: 1\nnam: X\n", to: "client.yaml", in: folder), "Samples/rfp.md"],
             "client.yaml:2:1: error: unknown key 'nam' in a client profile (did you mean 'name'?)"),
            (["score", write(Data("%PDF-1.7\n\u{0}\u{1}binary".utf8), to: "scan.md", in: folder)], "scan.md:1:1: error: is named as Markdown but holds PDF; rename it or export it again"),
            (["score", write(Data("notes\n\u{0}\u{1}binary".utf8), to: "blob.md", in: folder)], "blob.md:2:1: error: looks like a binary file (NUL byte), not text"),
            (["score", folder.path], "error: is a folder, not a file"),
            (["criteria", "lint", write("version: 1\nid: x\nchecks: [\n", to: "broken.yaml", in: folder)], "broken.yaml:4:1: error: malformed YAML: did not find expected node content (while parsing a flow node at 4:1)"),
            (["criteria", "lint", write(CriteriaLoaderTests.check.replacingOccurrences(of: "termination fee", with: "fee (due"), to: "pattern.yaml", in: folder)], "pattern.yaml:9:21: error: invalid pattern 'fee (due': '(' is never closed"),
            (["criteria", "lint", write(CriteriaLoaderTests.check.replacingOccurrences(of: "    polarity:", with: "    weight: 0\n    polarity:"), to: "weight.yaml", in: folder)], "weight.yaml:7:13: error: weight must be greater than 0, found 0"),
            (["criteria", "lint", write(CriteriaLoaderTests.check + "\n" + CriteriaLoaderTests.check.components(separatedBy: "checks:\n")[1], to: "twice.yaml", in: folder)], "twice.yaml:10:5: error: check 'demo.fee' is already defined at \(folder.path)/twice.yaml:5:5"),
            (["criteria", "lint", write(Self.aliasBomb, to: "bomb.yaml", in: folder)], "bomb.yaml:1:29: error: document expands through its aliases to more than 1,000,000 values; refusing to load it"),
        ]
        for (arguments, expected) in cases {
            let run = try CLI.run(arguments)
            #expect(run.status == 3, "\(arguments)")
            #expect(run.stdout == "", "nothing on standard output for \(arguments)")
            let lines = run.stderr.split(separator: "\n")
            #expect(lines.count == 1 && lines[0].hasSuffix(expected), "\(run.stderr)")
        }
    }

    /// Nine levels of nine aliases: 387 million values once expanded.
    static let aliasBomb: String = {
        var lines = ["a: &a [\"lol\", \"lol\", \"lol\", \"lol\", \"lol\", \"lol\", \"lol\", \"lol\", \"lol\"]"]
        let names = "abcdefghi".map(String.init)
        for (previous, name) in zip(names, names.dropFirst()) {
            lines.append("\(name): &\(name) [" + Array(repeating: "*\(previous)", count: 9).joined(separator: ", ") + "]")
        }
        return lines.joined(separator: "\n")
    }()

    @Test func aFailingFileStopsTheRunEvenAfterGoodOnes() throws {
        let run = try CLI.run(["score", "Samples/proposals/northstar-advisory.md", "Samples/nope.md"])
        #expect(run.status == 3)
        #expect(run.stdout == "")
        #expect(run.stderr == "Samples/nope.md:1:1: error: no such file\n")
    }

    @Test func keepGoingScoresWhatCanBeReadAndStillExitsThree() throws {
        let good = "Tests/MSPVetTests/Fixtures/contract.pdf"
        let bad = "Tests/MSPVetTests/Fixtures/encrypted.pdf"
        let failFast = try CLI.run(["score", good, bad])
        #expect(failFast.status == 3 && failFast.stdout == "")
        let kept = try CLI.run(["score", "--keep-going", good, bad, "Samples/missing.md"])
        #expect(kept.status == 3)
        #expect(kept.stderr == "\(bad):1:1: error: is an encrypted PDF; ask for a copy without a password\nSamples/missing.md:1:1: error: no such file\n")
        #expect(kept.stdout.contains("   1  contract "))
        #expect(kept.stdout.contains("(\(good):1:3, Term and Termination)"), "evidence in a PDF is located by page, line and section")
    }

    @Test func extractShowsWhatIsReadWithPagesAndSections() throws {
        let run = try CLI.run(["extract", "Tests/MSPVetTests/Fixtures/contract.pdf", "Tests/MSPVetTests/Fixtures/scanned.pdf"])
        #expect(run.status == 0)
        let lines = run.stdout.split(separator: "\n").map(String.init)
        #expect(lines.first == "# Tests/MSPVetTests/Fixtures/contract.pdf (PDF, 3 page(s), 9 sentence(s))")
        #expect(lines.contains("## Service Levels"))
        #expect(lines.contains("Tests/MSPVetTests/Fixtures/contract.pdf:1:10: Priority: P1 - clinic down; Response: 15 minutes; Resolution: 4 hours"))
        #expect(lines.last == "# Tests/MSPVetTests/Fixtures/scanned.pdf (PDF, 3 page(s), 0 sentence(s))")
        #expect(run.stderr.hasPrefix("Tests/MSPVetTests/Fixtures/scanned.pdf:1:1: warning: no text could be extracted"))
    }

    @Test func usageErrorsExitTwo() throws {
        for arguments in [["score"], ["score", "--format", "xml", "Samples/rfp.md"], ["score", "--min-coverage", "2", "Samples/rfp.md"],
                          ["explain", "Samples/rfp.md", "--check", "lock-in.auto-renewl"], ["frobnicate"]] {
            let run = try CLI.run(arguments)
            #expect(run.status == 2, "\(arguments): \(run.stderr)")
            #expect(run.stdout == "")
        }
        let typo = try CLI.run(["explain", "Samples/rfp.md", "--check", "lock-in.auto-renewl"])
        #expect(typo.stderr.contains("did you mean 'lock-in.auto-renewal'?"))
    }

    @Test func helpTeaches() throws {
        let root = try CLI.run(["--help"])
        #expect(root.status == 0)
        #expect(root.stdout.contains("  2  usage error\n  3  invalid input: a file missing, unreadable or wrong"))
        #expect(root.stdout.contains("mspvet explain Samples/rfp.md --check lock-in.auto-renewal"))
        let score = try CLI.run(["score", "--help"])
        #expect(score.stdout.contains("--min-coverage <share>"))
        #expect(score.stdout.contains("low-evidence"))
        for command in [["score"], ["report"], ["dates"], ["diff"], ["tickets"], ["explain"], ["extract"], ["criteria", "test"], ["criteria", "lint"]] {
            let help = try CLI.run(command + ["--help"])
            #expect(help.status == 0 && help.stdout.contains("USAGE: mspvet \(command.joined(separator: " "))"))
            #expect(!help.stdout.contains("\\\n"), "a stray line-continuation backslash in \(command) help")
        }
    }

    /// An example a reader copies from `--help` must run: every sample file it names exists.
    @Test func theSampleFilesNamedInHelpExist() throws {
        let commands = [[], ["score"], ["report"], ["dates"], ["diff"], ["tickets"], ["explain"], ["extract"], ["criteria", "show"], ["criteria", "measure"],
                        ["criteria", "lint"], ["criteria", "test"], ["init"]]
        var named = Set<String>()
        for command in commands {
            let help = try CLI.run(command + ["--help"]).stdout
            for word in help.split(whereSeparator: { $0 == " " || $0 == "\n" }) where word.hasPrefix("Samples/") && !word.contains("*") {
                named.insert(String(word))
            }
        }
        #expect(named.contains("Samples/proposals/summit-technology-group.pdf"))
        #expect(named.contains("Samples/incumbent/ridgeline-renewal-draft-2027.md"))
        for path in named.sorted() {
            #expect(FileManager.default.fileExists(atPath: path), "help names \(path), which does not exist")
        }
    }

    @Test func datesPrintsTheDeadlineTheStateAndEverySource() throws {
        let run = try CLI.run(["dates", "--as-of", "2026-11-23", "--client", "Samples/client.yaml", ContractAuditTests.incumbent])
        #expect(run.status == 0, "\(run.stderr)")
        let lines = run.stdout.split(separator: "\n").map(String.init)
        #expect(lines.first == "Samples/incumbent/ridgeline-msa-2024.md — as of Monday 23 November 2026")
        #expect(lines.contains("  State: in notice window"))
        #expect(lines.contains("  In the notice window: give notice by Monday 30 November 2026 (7 days left), or it renews on Monday 1 March 2027."))
        #expect(lines.contains("    Notice, at least          90 days"))
        #expect(lines.contains("    Notice, at most           not stated"))
        #expect(lines.contains("      \"Date: March 1, 2024\" (Samples/incumbent/ridgeline-msa-2024.md:72, 8. General)"))
        #expect(lines.contains("    the initial term  2024-03-01 to 2027-02-28  ← now"))
        #expect(lines.contains("  Next notice deadline: 2026-11-30 (7 days left); stops the renewal on 2027-03-01"))
    }

    @Test func datesRefusesBadDatesAndNeverWritesTheCalendarOverAnInput() throws {
        let bad = try CLI.run(["dates", "--as-of", "23/11/2026", ContractAuditTests.incumbent])
        #expect(bad.status == 64 || bad.status == 2)
        #expect(bad.stderr.contains("--as-of must be a date written YYYY-MM-DD, found '23/11/2026'"))
        let two = try CLI.run(["dates", "--effective", "2024-03-01", ContractAuditTests.incumbent, ContractAuditTests.draft])
        #expect(two.stderr.contains("--effective sets one contract's start; give one file with it"))
        let before = try Data(contentsOf: URL(fileURLWithPath: Repo.path(ContractAuditTests.incumbent)))
        let over = try CLI.run(["dates", "--ics", ContractAuditTests.incumbent, ContractAuditTests.incumbent])
        #expect(over.status == 3)
        #expect(over.stderr.contains("is one of the inputs"))
        #expect(try Data(contentsOf: URL(fileURLWithPath: Repo.path(ContractAuditTests.incumbent))) == before)
    }

    @Test func diffNamesEveryChangedCheckWithBothQuotesAndExitsZero() throws {
        let run = try CLI.run(["diff", "--client", "Samples/client.yaml", ContractAuditTests.incumbent, ContractAuditTests.draft])
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stdout.contains("5 checks changed: 4 against the client, 1 in its favour, 0 neither."))
        #expect(run.stdout.contains("## Notice to end or not renew: 90 days → 120 days (fail → fail) — **worse for the client**"))
        #expect(run.stdout.contains("## Exit help at no extra charge: pass → fail — **worse for the client**"))
        #expect(run.stdout.contains("- Before: “6.1 On expiry or termination, Provider shall provide up to forty (40) hours of transition assistance"))
        #expect(run.stdout.contains("- After: “6.1 On expiry or termination, Provider shall provide transition assistance at its then-current hourly rates"))
        // A result saved as JSON when the contract was signed compares the same as the contract.
        let saved = write(try CLI.run(["score", "--format", "json", "--client", "Samples/client.yaml", ContractAuditTests.incumbent]).stdout, to: "signed.json")
        let fromJSON = try CLI.run(["diff", "--format", "json", "--client", "Samples/client.yaml", saved, ContractAuditTests.draft])
        #expect(fromJSON.status == 0, "\(fromJSON.stderr)")
        let object = try JSONSerialization.jsonObject(with: Data(fromJSON.stdout.utf8)) as? [String: Any]
        let changes = try #require(object?["changes"] as? [[String: Any]])
        #expect(changes.compactMap { $0["id"] as? String } == ["lock-in.initial-term", "lock-in.notice-period", "lock-in.exit-assistance",
                                                              "lock-in.price-escalation", "risk.liability-cap"])
        let unchanged = try CLI.run(["diff", ContractAuditTests.incumbent, ContractAuditTests.incumbent])
        #expect(unchanged.status == 0 && unchanged.stdout.contains("No check's outcome or figure changed."))
        let many = try CLI.run(["diff", write(try CLI.run(["score", "--format", "json"] + Self.samples).stdout, to: "all.json"), ContractAuditTests.draft])
        #expect(many.status == 3)
        #expect(many.stderr.contains("all.json:1:1: error: holds 7 results; a diff compares one contract with one"))
    }

    @Test func ticketsRecomputesTheServiceLevelsAndListsWhereTheVendorDisagrees() throws {
        let run = try CLI.run(["tickets", "--client", "Samples/client.yaml", "--contract", ContractAuditTests.incumbent, "Samples/tickets/connectwise.csv"])
        #expect(run.status == 0, "\(run.stderr)")
        let lines = run.stdout.split(separator: "\n").map(String.init)
        #expect(lines.first == "Service levels recomputed from 1 export(s): 11 ticket(s), 1 excluded, 1 open")
        #expect(lines.contains("Calendar: America/Los_Angeles; Mon–Fri 08:00–18:00; 6 holiday(s); hold time does not stop the resolution clock"))
        #expect(lines.contains("  P2  response 2 h (business), resolution 10 h (business)  (Samples/incumbent/ridgeline-msa-2024.md:83)"))
        #expect(lines.contains { $0.hasPrefix("  P2        4        100% (4/4)          45 min / 45 min   2 h / 63 h ") })
        #expect(lines.contains("  #1005 P2 resolution: vendor says met, recomputed missed"))
        let window = try CLI.run(["tickets", "--client", "Samples/client.yaml", "--from", "2026-11-01", "--to", "2026-11-30", "Samples/tickets/connectwise.csv"])
        #expect(window.stdout.hasPrefix("Service levels recomputed from 1 export(s): 7 ticket(s), 1 excluded, 1 open"))
        #expect(window.stdout.contains("none stated: shares within target are not computed"))
        let folder = temporaryFolder()
        let bad = write("id,_info.dateEntered,dateResolved,priority/name\n1,2026-03-02T17:00:00Z,,P1\n2,later,,P1\n", to: "cw.csv", in: folder)
        let stopped = try CLI.run(["tickets", bad])
        #expect(stopped.status == 3 && stopped.stdout.isEmpty)
        #expect(stopped.stderr.hasSuffix("cw.csv:3:2: error: row 2, column '_info.dateEntered': 'later' is not a timestamp; tried \(TimestampParser.forms)\n"))
        let kept = try CLI.run(["tickets", "--keep-going", bad])
        #expect(kept.status == 3 && kept.stdout.hasPrefix("Service levels recomputed from 1 export(s): 1 ticket(s)"))
        // Saved from a spreadsheet on Windows: measured, and the guess said on standard error.
        let ansi = write(Data(Array("id,_info.dateEntered,dateResolved,priority/name\n1,2026-03-02T17:00:00Z,,P1 ".utf8) + [0x96] + Array(" urgent\n".utf8)),
                         to: "ansi.csv", in: folder)
        let windows = try CLI.run(["tickets", ansi])
        #expect(windows.status == 0 && windows.stdout.hasPrefix("Service levels recomputed from 1 export(s): 1 ticket(s)"), "\(windows.stderr)")
        #expect(windows.stderr.hasSuffix("ansi.csv:2:1: warning: is not UTF-8 (byte 0x96); read as Windows-1252, as a spreadsheet saves CSV on Windows\n"), "\(windows.stderr)")
        let preset = try CLI.run(["tickets", "--preset", "servicenow", bad])
        #expect(preset.stderr.contains("unknown preset 'servicenow'; the presets are connectwise, autotask, halopsa, freshservice, zendesk"))
    }

    @Test func explainShowsTheNegationCueAndWhatStoppedIt() throws {
        let run = try CLI.run(["explain", "Samples/proposals/clearpath-managed-services.md", "--check", "lock-in.auto-renewal"])
        #expect(run.status == 0)
        #expect(run.stdout.contains("outcome: fail, score 0.00"))
        #expect(run.stdout.contains("negated by \"never\", 3 word(s) before the match"))
        #expect(run.stdout.contains("not negated; scope before the match ends at 'but'"))
        #expect(run.stdout.contains("Samples/proposals/clearpath-managed-services.md:28 [unfavourable]"))
    }

    @Test func criteriaTestAndLintPassOnTheDefaults() throws {
        let test = try CLI.run(["criteria", "test"])
        #expect(test.status == 0)
        #expect(test.stdout.hasSuffix(" passed, 0 failed\n"))
        let lint = try CLI.run(["criteria", "lint", "Criteria"])
        #expect(lint.status == 0)
        #expect(lint.stdout == "10 categories, 62 checks, 22 platforms: ok\n")
    }

    @Test func criteriaTestReportsAnExampleThatDoesNotHoldAndExitsOne() throws {
        let path = write(CriteriaLoaderTests.check + """

                examples:
                  fail: ["A termination fee applies."]
                  pass: ["An exit fee applies."]
            """, to: "demo.yaml")
        let run = try CLI.run(["criteria", "test", path])
        #expect(run.status == 1)
        #expect(run.stdout.contains("demo.yaml:12:15: demo.fee: expected pass, got unknown: \"An exit fee applies.\""))
        #expect(run.stdout.hasSuffix("1 passed, 1 failed\n"))
    }

    /// Format lists in help come from the registries, so a new reader or renderer shows up there.
    @Test func helpNamesEveryFormat() throws {
        // Help wraps lines at the terminal's width; words are compared with single spaces.
        func help(_ arguments: [String]) throws -> String {
            try CLI.run(arguments).stdout.split(whereSeparator: \.isWhitespace).joined(separator: " ")
        }
        let (root, score, report) = (try help(["--help"]), try help(["score", "--help"]), try help(["report", "--help"]))
        for reader in DocumentReaders.all {
            #expect(root.contains(reader.format.name) && score.contains(reader.format.name), "\(reader.format.name)")
        }
        for format in Renderers.formats(.score) { #expect(score.contains("\(format.name): \(format.summary)")) }
        for format in Renderers.formats(.report) { #expect(report.contains("\(format.name): ")) }
        for command in ["score", "report", "explain", "dates", "diff", "tickets", "init"] { #expect(root.contains("mspvet \(command)")) }
        for job in ["Vet one bid", "Compare bids in an RFP", "Audit the incumbent"] { #expect(root.contains(job)) }
        // Every command teaches by example.
        for command in [["score"], ["report"], ["dates"], ["diff"], ["tickets"], ["explain"], ["extract"], ["init"],
                        ["criteria", "lint"], ["criteria", "test"], ["criteria", "show"], ["criteria", "measure"],
                        ["criteria", "path"], ["criteria", "export"]] {
            let help = try CLI.run(command + ["--help"]).stdout
            #expect(help.contains("Example"), "mspvet \(command.joined(separator: " ")) --help has no example")
        }
    }
}

extension CLI {
    static func run(_ arguments: [String], viaScript: Bool, environment: [String: String] = [:]) throws -> Run {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/script")
        process.arguments = arguments
        process.currentDirectoryURL = Repo.root
        var env = ProcessInfo.processInfo.environment
        env.removeValue(forKey: "NO_COLOR")
        env["TERM"] = "xterm"
        for (key, value) in environment { env[key] = value }
        process.environment = env
        let out = Pipe()
        process.standardOutput = out
        process.standardError = FileHandle.nullDevice
        process.standardInput = FileHandle.nullDevice
        try process.run()
        let data = out.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return Run(status: process.terminationStatus, stdout: String(decoding: data, as: UTF8.self), stderr: "")
    }
}
