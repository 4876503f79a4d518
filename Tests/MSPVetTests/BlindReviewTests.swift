import Foundation
import Testing
@testable import MSPVet

/// A blind review: bids under codes, and no bidder's company name in any output format — not in
/// a quote, a file name, a cost line, an exclusion or the inputs' digests.
@Suite("Blind review")
struct BlindReviewTests {
    /// Every way the sample bidders are named, in any case.
    static let companyNames = ["northstar", "bluewave", "clearpath", "cloudbridge", "summit", "apex", "quickfix"]

    static func leaks(_ text: String) -> [String] {
        let lowered = text.lowercased()
        return companyNames.filter { lowered.contains($0) }
    }

    static func blindReport() throws -> (ClientReport, BidReview.Reviewed) {
        var review = BidReview(rfp: try RFPLoader(criteria: Repo.criteria).load(path: Repo.path("Samples/rfp.yaml")))
        review.blind = true
        review.overrides = try EvaluatorOverrideTests.evaluators.flatMap { try OverridesLoader(criteria: Repo.criteria).load(path: $0) }
        review.prices = try PricesLoader.load(path: Repo.path("Samples/prices.yaml"))
        let criteria = review.criteria(Repo.criteria)
        let documents = try Repo.sampleProposals.map { try ProposalReader().read(path: $0) }
        let reviewed = try review.run(documents, criteria: criteria, client: Repo.sampleClient)
        let inputs = try InputDigest.of(proposals: documents.map(\.path), criteria: criteria.sources, client: Repo.path("Samples/client.yaml"))
        return (ClientReport(reviewed, criteria: criteria, client: Repo.sampleClient, inputs: inputs), reviewed)
    }

    @Test func noCompanyNameAppearsInAnyFormat() throws {
        let (report, reviewed) = try Self.blindReport()
        // The unredacted report names them all, so the test can see a leak.
        #expect(Set(Self.leaks(HTMLReportRenderer().render(ClientReport(ranking: Golden.sampleRanking, criteria: Repo.criteria, client: nil)))).count == Self.companyNames.count)
        for renderer in Renderers.all {
            let structured = try Self.text(of: try renderer.render(report, options: RenderOptions()))
            // Before the final pass over the bytes: the structure itself is blind.
            #expect(Self.leaks(structured) == [], "\(renderer.format.name) (\(renderer.format.family)) names \(Self.leaks(structured))")
            let released = try Self.text(of: reviewed.release(try renderer.render(report, options: RenderOptions())))
            #expect(Self.leaks(released) == [])
            #expect(released.contains("Bid A"))
        }
        // Quotes keep their sense with the name replaced.
        let html = HTMLReportRenderer().render(report)
        #expect(html.contains("Blind review: bids are under codes"))
        let codes = try #require(reviewed.blind)
        let bluewave = try #require(codes.code(for: "bluewave-networks"))
        #expect(html.contains("<td>2026-11-17</td><td>Dana Whitfield</td><td>\(bluewave)</td>"))
        #expect(html.contains("\(bluewave)'s draft MSA, sent after the call"))
    }

    /// The text a reader sees: a workbook's cells are inside its zip, so they are read out first.
    static func text(of data: Data) throws -> String {
        guard data.starts(with: Data("PK".utf8)) else { return String(decoding: data, as: UTF8.self) }
        let file = write(data, to: "book.xlsx")
        let unzip = Process()
        unzip.executableURL = URL(fileURLWithPath: "/usr/bin/unzip")
        unzip.arguments = ["-p", file]
        let pipe = Pipe()
        unzip.standardOutput = pipe
        try unzip.run()
        let text = pipe.fileHandleForReading.readDataToEndOfFile()
        unzip.waitUntilExit()
        #expect(unzip.terminationStatus == 0 && text.count > 1_000)
        return String(decoding: text, as: UTF8.self)
    }

    @Test func codesAreStableAndTellNothingOfRankOrName() throws {
        let (_, reviewed) = try Self.blindReport()
        let codes = try #require(reviewed.blind)
        #expect(codes.entries.map(\.code) == ["Bid A", "Bid B", "Bid C", "Bid D", "Bid E", "Bid F", "Bid G"])
        let (_, again) = try Self.blindReport()
        #expect(again.blind?.entries == codes.entries)
        // Neither alphabetical nor the ranking's order.
        #expect(codes.entries.map(\.bid) != codes.entries.map(\.bid).sorted())
        #expect(codes.entries.map(\.code) != reviewed.ranking.proposals.map(\.name))
        // Scores are those of the bids as written.
        let plain = Golden.sampleRanking.proposals.first { $0.name == "northstar-advisory" }?.score
        let northstar = try #require(codes.code(for: "northstar-advisory"))
        let blindScore = reviewed.ranking.proposals.first { $0.name == northstar }?.score
        #expect(blindScore != nil && plain != nil)
        // The key names each code's bid and file, as CSV.
        #expect(codes.key.hasPrefix("code,bid,file,names redacted\r\n"))
        #expect(codes.key.contains("\(northstar),northstar-advisory,"))
    }

    @Test func namesAreFoundInTitlesFileNamesAndDefinedParties() throws {
        let contract = ProposalDocument(path: "bids/proposal-1.md", text: """
            # Harborview Systems — Response

            This agreement is between Harborview Systems, Inc. ("Provider") and Harbor & Pine Dental Group ("Client").
            Harborview's engineers answer within an hour; write to help@harborviewsystems.com.
            """)
        let other = ProposalDocument(path: "bids/proposal-2.md", text: "# Second bid\n\nWe answer within an hour.")
        let review = BlindReview(documents: [contract, other], clientName: "Harbor & Pine Dental Group")
        let code = try #require(review.code(for: "proposal-1"))
        let redacted = review.redact(contract.sentences.map(\.text).joined(separator: "\n"))
        #expect(!redacted.lowercased().contains("harborview"))
        #expect(redacted.contains("\(code), Inc. (\"Provider\") and Harbor & Pine Dental Group (\"Client\")"))
        #expect(redacted.contains("\(code)'s engineers"))
        // The client's name is never taken for a bidder's.
        #expect(redacted.contains("Harbor & Pine Dental Group"))
    }

    @Test func theCommandWritesTheKeyApartAndNeverOverAnInput() throws {
        let folder = temporaryFolder()
        let key = folder.appendingPathComponent("key.csv").path
        let run = try CLI.run(["score", "--format", "json", "--client", "Samples/client.yaml", "--rfp", "Samples/rfp.yaml",
                               "--blind", "--blind-key", key] + CLITests.samples)
        #expect(run.status == 0, "\(run.stderr)")
        #expect(Self.leaks(run.stdout) == [])
        #expect(run.stdout.contains("\"blind\" : true"))
        let written = try String(contentsOfFile: key, encoding: .utf8)
        #expect(written.contains(",northstar-advisory,Samples/proposals/northstar-advisory.md,"))
        // The key may not replace an input, and a blind review needs somewhere to put it.
        let overInput = try CLI.run(["score", "--blind", "--blind-key", "Samples/rfp.yaml", "--rfp", "Samples/rfp.yaml"] + CLITests.samples)
        #expect(overInput.status != 0 && overInput.stderr.contains("Samples/rfp.yaml"))
        let noKey = try CLI.run(["score", "--blind"] + CLITests.samples)
        #expect(noKey.status == 64 || noKey.status == 2)
        #expect(noKey.stderr.contains("--blind needs --blind-key FILE"))
    }
}
