import Foundation
import Testing
@testable import MSPVet

@Suite("JSON output")
struct JSONSchemaTests {
    private func samplesJSON() throws -> String {
        let documents = try Repo.sampleProposals.map { try ProposalReader().read(path: $0) }
        return try JSONRenderer().render(Scorer(criteria: Repo.criteria, client: Repo.sampleClient).rank(documents))
    }

    /// Validation uses Python's `jsonschema` (a complete Draft 2020-12 validator) rather than a
    /// partial one written here. `make test` installs it; outside CI a machine without it skips.
    @Test func validatesAgainstTheCommittedSchema() throws {
        let json = write(try samplesJSON(), to: "scores.json")
        let script = """
            import json, sys
            try:
                import jsonschema
            except ImportError:
                sys.exit(77)
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
        do { try process.run() } catch {
            try #require(ProcessInfo.processInfo.environment["CI"] != "true", "python3 is required in CI")
            print("skipped: python3 is not installed; run `make test` to install it")
            return
        }
        let report = String(decoding: output.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        if process.terminationStatus == 77 {
            try #require(ProcessInfo.processInfo.environment["CI"] != "true", "python3-jsonschema is required in CI")
            print("skipped: Python's jsonschema is not installed; run `make test` to install it")
            return
        }
        #expect(process.terminationStatus == 0, "schema violations:\n\(report)")
    }

    @Test func hasTheDocumentedShape() throws {
        let object = try JSONSerialization.jsonObject(with: Data(try samplesJSON().utf8)) as? [String: Any]
        let proposals = try #require(object?["proposals"] as? [[String: Any]])
        #expect(proposals.map { $0["rank"] as? Int } == Array(1...7))
        let first = proposals[0]
        #expect(first["name"] as? String == "northstar-advisory")
        let checks = try #require(first["checks"] as? [[String: Any]])
        let term = try #require(checks.first { $0["id"] as? String == "lock-in.initial-term" })
        #expect(term["value"] as? Double == 1)
        #expect(term["outcome"] as? String == "pass")
        let renewal = try #require(checks.first { $0["id"] as? String == "lock-in.auto-renewal" })
        #expect(renewal["value"] is NSNull)
        let fees = try #require(checks.first { $0["id"] as? String == "lock-in.termination-fee" })
        let evidence = try #require((fees["evidence"] as? [[String: Any]])?.first)
        #expect(evidence["negated"] as? Bool == true)
        #expect(evidence["text"] as? String == "We do not charge early termination fees.")
        #expect(evidence["line"] as? Int == 47)
    }

    @Test func isTheSameByteForByteEveryRun() throws {
        #expect(try samplesJSON() == samplesJSON())
    }
}
