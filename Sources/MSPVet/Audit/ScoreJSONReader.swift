import Foundation

/// Reads back one contract's results from `mspvet score --format json`, so a diff can compare a
/// result saved when the contract was signed with today's reading of its renewal.
public enum ScoreJSONReader {
    /// The results of the one bid `data` holds.
    ///
    /// - Throws: A ``Diagnostic`` at `path` when the file is not mspvet's score JSON or holds
    ///   other than one bid.
    public static func results(from data: Data, path: String) throws -> [CheckResult] {
        let file: ScoreFile
        do {
            file = try JSONDecoder().decode(ScoreFile.self, from: data)
        } catch let DecodingError.dataCorrupted(context) {
            throw Diagnostic(.invalidValue, at: .start(of: path), "is not valid JSON (\(context.debugDescription))")
        } catch let DecodingError.keyNotFound(key, context) {
            throw Diagnostic(.invalidValue, at: .start(of: path),
                             "is not mspvet score JSON: no '\(key.stringValue)' at \(Self.path(context.codingPath))")
        } catch {
            throw Diagnostic(.invalidValue, at: .start(of: path), "is not mspvet score JSON (\(error))")
        }
        guard file.tool == "mspvet" else {
            throw Diagnostic(.invalidValue, at: .start(of: path), "is not mspvet score JSON: write it with `mspvet score --format json FILE`")
        }
        guard file.proposals.count == 1, let bid = file.proposals.first else {
            throw Diagnostic(.invalidValue, at: .start(of: path),
                             "holds \(file.proposals.count) results; a diff compares one contract with one: score each alone with `mspvet score --format json FILE`")
        }
        return try bid.checks.map { check in
            guard let id = CheckID(check.id), let outcome = Outcome(rawValue: check.outcome),
                  let polarity = Polarity(rawValue: check.polarity) else {
                throw Diagnostic(.invalidValue, at: .start(of: path), "is not mspvet score JSON: check '\(check.id)' has an unknown id, outcome or polarity")
            }
            let evidence = check.evidence.map { item in
                Evidence(file: bid.file, page: item.page, line: item.line, section: item.section, text: item.text, match: item.match,
                         pattern: "", negation: .none, bearing: Evidence.Bearing(rawValue: item.bearing) ?? .hint, value: nil)
            }
            return CheckResult(id: id, title: check.title, polarity: polarity, outcome: outcome, score: check.score, value: check.value,
                               evidence: evidence, decidingEvidence: nil, rationale: check.rationale, ask: check.ask,
                               effectiveWeight: check.weight, trace: [])
        }
    }

    private static func path(_ keys: [CodingKey]) -> String {
        keys.isEmpty ? "the top" : keys.map { $0.intValue.map { "[\($0)]" } ?? ".\($0.stringValue)" }.joined()
    }

    private struct ScoreFile: Decodable {
        var tool: String
        var proposals: [Bid]
    }

    private struct Bid: Decodable {
        var file: String
        var checks: [Check]
    }

    private struct Check: Decodable {
        var id: String
        var title: String
        var polarity: String
        var outcome: String
        var score: Double
        var value: Double?
        var weight: Double
        var rationale: String
        var ask: String?
        var evidence: [Item]
    }

    private struct Item: Decodable {
        var bearing: String
        var line: Int
        var page: Int?
        var section: String?
        var text: String
        var match: String
    }
}
