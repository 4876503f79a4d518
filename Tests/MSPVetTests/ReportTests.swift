import CSV
import Foundation
import Testing
@testable import MSPVet
#if canImport(FoundationXML)
import FoundationXML
#endif

@Suite("Client reports: HTML, Markdown, CSV")
struct ReportTests {
    static func report(_ paths: [String] = Repo.sampleProposals, client: ClientProfile? = Repo.sampleClient,
                       clientPath: String? = Repo.path("Samples/client.yaml")) throws -> ClientReport {
        let documents = try paths.map { try ProposalReader().read(path: $0) }
        let ranking = Scorer(criteria: Repo.criteria, client: client).rank(documents)
        return ClientReport(ranking: ranking, criteria: Repo.criteria, client: client,
                            inputs: try InputDigest.of(proposals: paths, criteria: Repo.criteria.sources, client: clientPath))
    }

    private func parse(_ html: String) throws -> XMLDocument {
        try XMLDocument(data: Data(html.utf8), options: [])
    }

    private func strings(_ document: XMLDocument, _ path: String) throws -> [String] {
        try document.nodes(forXPath: path).map { $0.stringValue ?? "" }
    }

    @Test func theHTMLReportSaysWhoWinsByHowMuchAndWhy() throws {
        let html = HTMLReportRenderer().render(try Self.report())
        let document = try parse(html)
        let verdict = try strings(document, "//p[@class='verdict']").first ?? ""
        #expect(verdict == "Leading bid: northstar-advisory with 87.7/100 — 49.1 points ahead of bluewave-networks (38.6).")
        let ranked = try strings(document, "//section[@id='summary']//tbody/tr/td[2]")
        #expect(ranked.first == "northstar-advisory")
        #expect(ranked.suffix(2) == ["quickfix-it low evidence", "apex-digital-solutions low evidence"])
        #expect(try strings(document, "//section[@id='summary']//tbody/tr/td[3]") == ["87.7", "38.6", "37.1", "34.8", "26.4", "22.3", "21.9"])
        let quotes = try strings(document, "//section[@id='bids']//blockquote")
        #expect(quotes.contains("“We do not charge early termination fees.” \(Repo.path("Samples/proposals/northstar-advisory.md")), line 51, Terms"))
        #expect(quotes.contains { $0.hasSuffix("summit-technology-group.pdf, page 2, line 2, Term and Termination") && $0.contains("automatically renew") })
    }

    /// One contract is an audit: the page leads with its key dates, not a ranking of one.
    @Test func anAuditReportLeadsWithTheKeyDates() throws {
        let dates = try ContractAuditTests.sampleDates(asOf: "2026-11-23")
        var report = try Self.report([Repo.path(ContractAuditTests.incumbent)])
        report.audit = dates
        let document = try parse(HTMLReportRenderer().render(report))
        #expect(try strings(document, "//h1") == ["Audit of ridgeline-msa-2024 for Harbor & Pine Dental Group"])
        #expect(try strings(document, "//main/section[1]/@id") == ["dates"])
        #expect(try strings(document, "//section[@id='summary']").isEmpty)
        #expect(try strings(document, "//section[@id='dates']/p[@class='verdict']")
                == ["In the notice window: give notice by Monday 30 November 2026 (7 days left), or it renews on Monday 1 March 2027."])
        let rows = try document.nodes(forXPath: "(//section[@id='dates']//table)[1]/tbody/tr").map { row in
            try row.nodes(forXPath: "./td").map { $0.stringValue ?? "" }
        }
        #expect(rows.map(\.first) == ["Effective date", "Initial term", "Renewal", "Renewal term", "Notice, at least", "Notice, at most",
                                      "Notice given by", "Price rise after the term"])
        #expect(rows[4][1] == "90 days" && rows[4][2].contains("at least ninety (90) days before the end"))
        #expect(rows[5][1] == "not stated" && rows[5][2] == "")
        #expect(try strings(document, "(//section[@id='dates']//table)[2]/tbody/tr/td[1]") == ["the initial term (now)", "renewal term 1"])
        // The rest of the report still shows every check of the contract.
        #expect(try strings(document, "//section[@id='negotiate']/h3") == ["1. ridgeline-msa-2024"])
    }

    /// `mspvet report --tickets`: the service levels beside the contract, with a chart whose every
    /// bar is also text.
    @Test func theServiceLevelSectionShowsTheTargetsTheFiguresAndTheDisagreements() throws {
        var report = try Self.report([Repo.path(ContractAuditTests.incumbent)])
        report.audit = try ContractAuditTests.sampleDates(asOf: "2026-11-23")
        let (figures, export) = try TicketSLATests.report("Samples/tickets/connectwise.csv")
        report.service = ServiceLevels(report: figures, sources: [export], calendar: TicketSLATests.calendar)
        let document = try parse(HTMLReportRenderer().render(report))
        #expect(try strings(document, "//main/section/@id").prefix(2) == ["dates", "service-levels"])
        let rows = try document.nodes(forXPath: "//section[@id='service-levels']//table/tbody/tr").map { row in
            try row.nodes(forXPath: "./td").map { $0.stringValue ?? "" }
        }
        #expect(rows.map(\.first) == ["P1", "P2", "P3", "P4"])
        #expect(rows[1] == ["P2", "2 h (business) / 10 h (business)", "4", "100% (4/4)", "45 min / 2 h business", "75% (3/4)", "7 h / 12 h business"])
        let bars = try strings(document, "//section[@id='service-levels']//svg/rect/title")
        #expect(bars.count == 8)
        #expect(bars.contains("P2 resolution: p90 12 h against 10 h"))
        #expect(try strings(document, "//section[@id='service-levels']//svg/rect/@fill").filter { $0 == "#D55E00" }.count == 5, "five p90s over target")
        #expect(try strings(document, "//section[@id='service-levels']//li")
                == ["#1002 P1 resolution: the vendor says met, recomputed missed", "#1005 P2 resolution: the vendor says met, recomputed missed",
                    "#1011 P2 resolution: the vendor says missed, recomputed met"])
    }

    /// `mspvet report --rfp`: the ranking with price, the exclusions with reason and quote, the
    /// costs line by line, and the sensitivity sentences.
    @Test func anRFPReportShowsExclusionsCostsAndSensitivity() throws {
        var report = try Self.report()
        report.rfp = try RFPEvaluationTests.evaluation()
        let document = try parse(HTMLReportRenderer().render(report))
        #expect(try strings(document, "//section[@id='rfp-ranking']//tbody/tr/td[2]").first == "northstar-advisory")
        #expect(try strings(document, "//section[@id='rfp-ranking']//tbody/tr/td[6]").first == "$428,976")
        let excluded = try document.nodes(forXPath: "//section[@id='excluded']//tbody/tr").map { row in
            try row.nodes(forXPath: "./td").map { $0.stringValue ?? "" }
        }
        #expect(excluded.map(\.first) == ["cloudbridge-it", "summit-technology-group", "summit-technology-group"])
        #expect(excluded[2][1] == "lock-in.termination-fee: not fail")
        #expect(excluded[2][3].hasPrefix("“If Client terminates early, all remaining monthly fees"))
        #expect(try strings(document, "//section[@id='costs']//h3").first == "northstar-advisory: $428,976 — two new clinics (80 seats): $537,840")
        #expect(try strings(document, "//section[@id='costs']//svg/rect/title").contains("summit-technology-group: $524,792"))
        #expect(try strings(document, "//section[@id='sensitivity']//li").contains { $0.hasPrefix("northstar-advisory leads unless price weighs over ") })
    }

    @Test func theChartAndMatrixAreAccessibleAndNotColourAlone() throws {
        let document = try parse(HTMLReportRenderer().render(try Self.report()))
        let svg = try #require(try document.nodes(forXPath: "//svg").first as? XMLElement)
        #expect(svg.attribute(forName: "role")?.stringValue == "img")
        #expect(try strings(document, "//svg/title") == ["Category scores by bid, 0 to 100"])
        #expect(try strings(document, "//svg/rect/title").count == 7 * 10)
        #expect(try strings(document, "//svg/rect/title").contains("northstar-advisory, Lock-in: 86"))
        let cells = try strings(document, "//table[@class='matrix']//td[position() > 1]")
        #expect(cells.count == 7 * 62)
        #expect(cells.allSatisfy { ["✓", "◐", "✗", "?"].contains(String($0.prefix(1))) })
        #expect(try strings(document, "//table[@class='matrix']//td[@title]/@title").allSatisfy { ["pass", "partial", "fail", "not addressed"].contains($0) })
    }

    @Test func termsSideBySideAndWhatToNegotiate() throws {
        let document = try parse(HTMLReportRenderer().render(try Self.report()))
        let rows = try document.nodes(forXPath: "//section[@id='terms']//tbody/tr").map { row in
            try row.nodes(forXPath: "./*").map { $0.stringValue ?? "" }
        }
        #expect(rows.map(\.first) == ["Initial term", "Renewal term", "Notice to end or not renew", "Price escalation per year", "Price rise after the term",
                                      "Minimum commitment", "Fee for hiring the provider's staff", "Days to return the client's data",
                                      "Liability cap in months of fees", "Time allowed to bring a claim", "Hours to notify the client of a breach",
                                      "Security logs kept", "Fastest committed response", "Days to pay an invoice", "Interest on late payment",
                                      "Days to dispute an invoice", "Price per user per month"])
        // Columns follow the ranking: northstar, bluewave, clearpath, cloudbridge, summit.
        #expect(rows[0][1] == "month-to-month" && rows[0][5] == "36 months")
        #expect(rows[2][5] == "90 days" && rows[12][5] == "15 min" && rows[16][1] == "$168")
        // The harsh small print of the third bid, beside the fair terms of the first.
        #expect(rows[8][1] == "12 months" && rows[8][3] == "3 months")
        #expect(rows[13][1] == "30 days" && rows[13][3] == "10 days" && rows[14][3] == "1.5%" && rows[6][3] == "$25000")
        #expect(rows[10][1] == "24 h" && rows[10][2] == "48 h" && rows[15][3] == "7 days")
        let negotiated = try strings(document, "//section[@id='negotiate']/h3")
        #expect(negotiated == ["1. northstar-advisory", "2. bluewave-networks"])
        // Each item quotes the bid, then says what to ask for instead.
        let asks = try strings(document, "//section[@id='negotiate']//li/p[@class='ask']")
        #expect(asks.contains("Ask: Prices fixed for the initial term, then increases capped at CPI or 3% a year with 90 days' notice and a right to leave."))
        let items = try strings(document, "//section[@id='negotiate']//li")
        #expect(items.contains { $0.hasPrefix("Price escalation per year (partial)“Rates are reviewed each year and may increase by up to 4% annually.”") && $0.hasSuffix("a right to leave.") })
    }

    @Test func theMethodologyNamesEveryInputWithItsDigest() throws {
        let report = try Self.report()
        let document = try parse(HTMLReportRenderer().render(report))
        let digests = try strings(document, "//section[@id='method']//tbody/tr/td[3]").filter { $0.count == 64 }
        #expect(digests.count == 7 + Repo.criteria.sources.count + 1)
        #expect(try strings(document, "//section[@id='method']//p/code") == [report.inputs?.combined])
        #expect(report.inputs?.combined.count == 64)
    }

    @Test func theHTMLStandsAloneAndIsTheSameEveryTime() throws {
        let html = HTMLReportRenderer().render(try Self.report())
        let document = try parse(html)
        #expect(try document.nodes(forXPath: "//script | //link | //img | //iframe | //*[@src] | //*[@href]").isEmpty)
        #expect(html == HTMLReportRenderer().render(try Self.report()))
    }

    @Test func proposalTextCanNeverBecomeMarkup() throws {
        let hostile = "We do not charge early termination fees <script>alert(\"x\")</script> & AT&T R&D; &amp; \"quoted\" <b>bold</b>."
        let path = write(hostile, to: "evil\"<b>bid&co.md")
        let report = try Self.report([path], client: nil, clientPath: nil)
        let html = HTMLReportRenderer().render(report)
        let document = try parse(html) // still well-formed
        #expect(try document.nodes(forXPath: "//script | //b | //i").isEmpty)
        #expect(try strings(document, "//section[@id='summary']//tbody/tr/td[2]") == ["evil\"<b>bid&co low evidence"])
        #expect(try strings(document, "//blockquote").contains { $0.hasPrefix("“\(hostile)” ") }, "shown exactly as written")
        let markdown = MarkdownReportRenderer().render(report)
        #expect(!markdown.contains("<b>") && !markdown.contains("<script>") && markdown.contains("evil\"\\<b\\>bid&co"))
    }

    private func rows(_ data: Data) throws -> [[String]] {
        let reader = try CSVReader(string: String(decoding: data, as: UTF8.self), hasHeaderRow: true)
        var rows: [[String]] = []
        while let row = reader.next() { rows.append(row) }
        #expect(reader.headerRow == CSVReportRenderer.columns)
        return rows
    }

    @Test func csvRoundTripsCommasQuotesAndNewlines() throws {
        let folder = temporaryFolder()
        let awkward = write("Fees, \"if any\", are waived.\n\nWe do not charge early termination fees, \"ever\".", to: "Bid, \"Best\"\nLtd.md", in: folder)
        let report = try Self.report([awkward] + Repo.sampleProposals.prefix(2), client: nil, clientPath: nil)
        let data = try CSVReportRenderer().render(report.ranking)
        #expect(String(decoding: data, as: UTF8.self).contains("\r\n"))
        let parsed = try rows(data)
        #expect(parsed.count == 3 * 62)
        let expected = report.ranking.proposals.flatMap { proposal in proposal.checks.map { (proposal.name, $0) } }
        for (row, (name, result)) in zip(parsed, expected) {
            #expect(row[0] == name && row[2] == result.id.description && row[4] == result.outcome.rawValue)
            #expect(row[11] == (result.decidingEvidence?.text ?? ""))
            #expect(row[12] == (result.outcome == .pass ? "" : result.ask ?? ""))
        }
        let fee = try #require(parsed.first { $0[0] == "Bid, \"Best\"\nLtd" && $0[2] == "lock-in.termination-fee" })
        #expect(fee[11] == "We do not charge early termination fees, \"ever\".")
        #expect(fee[9] == "3")
    }

    @Test func csvCarriesPagesAndAByteOrderMarkOnRequest() throws {
        let ranking = try Self.report().ranking
        let plain = try CSVReportRenderer().render(ranking)
        let marked = try CSVReportRenderer(byteOrderMark: true).render(ranking)
        #expect(!plain.starts(with: [0xEF, 0xBB, 0xBF]))
        #expect(marked.starts(with: [0xEF, 0xBB, 0xBF]) && marked.dropFirst(3) == plain)
        let summitRenewal = try #require(try rows(plain).first { $0[0] == "summit-technology-group" && $0[2] == "lock-in.auto-renewal" })
        let weight = try #require(ranking.proposals.first { $0.name == "summit-technology-group" }?.result(for: CheckID("lock-in.auto-renewal")!)?.effectiveWeight)
        #expect(Array(summitRenewal[4...10]) == ["fail", "0.000", weight.formatted(places: 4), "", "2", "2", "Term and Termination"])
    }

    @Test func theOutputIsNeverAnInputAndIsWrittenAtomically() throws {
        let folder = temporaryFolder()
        let input = write("We do not charge early termination fees.", to: "bid.md", in: folder)
        let sameFile = folder.path + "/./sub/../bid.md"
        try FileManager.default.createDirectory(atPath: folder.path + "/sub", withIntermediateDirectories: true)
        #expect(diagnostic { try OutputFile(path: sameFile).write(Data("x".utf8), inputs: [input]) }?.message
                == "is one of the inputs (\(input)); refusing to write the report over it")
        #expect(try String(contentsOfFile: input, encoding: .utf8) == "We do not charge early termination fees.")
        #expect(diagnostic { try OutputFile(path: folder.path + "/missing/report.html").write(Data(), inputs: []) }?.message
                == "cannot be written: the folder \(folder.path)/missing does not exist")
        #expect(diagnostic { try OutputFile(path: folder.path + "/sub").write(Data(), inputs: []) }?.message
                == "is a folder; give a file name for the report")
        let target = folder.path + "/report.html"
        try OutputFile(path: target).write(Data("first".utf8), inputs: [input])
        try OutputFile(path: target).write(Data("second".utf8), inputs: [input])
        #expect(try String(contentsOfFile: target, encoding: .utf8) == "second")
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted() == ["bid.md", "report.html", "sub"])
    }

    @Test func theReportCommandWritesAndRefuses() throws {
        let folder = temporaryFolder()
        let out = folder.appendingPathComponent("report.html").path
        let run = try CLI.run(["report", "--out", out] + CLITests.samples)
        #expect(run.status == 0 && run.stdout == "" && run.stderr == "wrote \(out)\n")
        #expect(try parse(String(contentsOfFile: out, encoding: .utf8)).nodes(forXPath: "//svg").count == 1)
        #expect(try CLI.run(["report"] + CLITests.samples).status == 2, "HTML needs --out")
        let overInput = try CLI.run(["report", "--format", "markdown", "--out", "Samples/proposals/quickfix-it.md", "Samples/proposals/quickfix-it.md"])
        #expect(overInput.status == 3 && overInput.stderr.contains("refusing to write the report over it"))
        let csv = try CLI.run(["report", "--format", "csv", "--bom", "Samples/proposals/quickfix-it.md"])
        #expect(csv.status == 0 && csv.stdout.hasPrefix("\u{FEFF}bid,rank,check,category,outcome,score,weight,value,page,line,section,quote"))
    }

    /// Terms and negotiation lists come from the criteria, so a client's own criteria fill them.
    @Test func aCustomCriteriaSetFillsTermsAndNegotiation() throws {
        let criteria = try CriteriaLoader().load(texts: [("hosting.yaml", """
            version: 1
            id: hosting
            title: Hosting
            weight: 1
            negotiable: true
            checks:
              - id: uptime
                title: Committed uptime (percent)
                kind: value
                weight: 1
                rationale: Below 99.9% the client loses most of a working day a year.
                unit: percent
                choose: smallest
                pass-at-least: 99.9
                fail-below: 99
                patterns: ["uptime"]
              - id: data-export
                title: Data export on exit
                polarity: strength
                weight: 1
                rationale: The client's data leaves with the client.
                patterns: ["export ~3 data"]
            """)])
        let bids = [proposal("We commit to 98.5% uptime each month.", path: "low.md"),
                    proposal("Uptime is 99.95% and we export all data on exit.", path: "high.md")]
        let report = ClientReport(ranking: Scorer(criteria: criteria).rank(bids), criteria: criteria, client: nil)
        let term = try #require(report.terms.first)
        #expect(term.label == "Committed uptime" && term.unit == .percent)
        #expect(term.values.map { term.unit.format($0.value) } == ["99.95%", "98.5%"])
        let low = try #require(report.negotiations.first { $0.bid.name == "low" })
        #expect(low.items.map(\.id.description) == ["hosting.uptime"])
        #expect(low.unstated.map(\.id.description) == ["hosting.data-export"])
        let markdown = String(decoding: MarkdownReportRenderer().render(report, options: RenderOptions()), as: UTF8.self)
        #expect(markdown.contains("| Committed uptime | 99.95% | 98.5% |"))
        #expect(markdown.contains("- **Committed uptime (percent)** (98.5) `hosting.uptime`"))
        #expect(report.nothingToNegotiate == "No hosting term stated against the client.")
    }
}

