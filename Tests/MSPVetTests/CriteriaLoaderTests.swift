import Foundation
import Testing
@testable import MSPVet

@Suite("Loading criteria: every mistake is one located error")
struct CriteriaLoaderTests {
    static let check = """
        version: 1
        id: demo
        title: Demo
        checks:
          - id: fee
            title: Fee
            polarity: red-flag
            rationale: Fees hurt.
            patterns: ["termination fee"]
        """

    private func load(_ files: [String: String]) -> (Diagnostic?, CriteriaSet?) {
        let folder = temporaryFolder()
        for (name, text) in files { write(text, to: name, in: folder) }
        do {
            return (nil, try CriteriaLoader().load(paths: [folder.path]))
        } catch let error as Diagnostic {
            return (error, nil)
        } catch {
            return (Diagnostic(.unreadableFile, at: .start(of: "?"), "\(error)"), nil)
        }
    }

    private func error(_ text: String) -> Diagnostic? {
        load(["demo.yaml": text]).0
    }

    @Test func aValidFileLoads() throws {
        let set = try #require(load(["demo.yaml": Self.check]).1)
        #expect(set.allChecks.map(\.id.description) == ["demo.fee"])
        #expect(set.allChecks[0].unaddressedScore == 0.5)
    }

    @Test func malformedYAMLPointsAtTheProblem() throws {
        let found = try #require(error("version: 1\nid: demo\nchecks: [\n  - id: x\n"))
        #expect(found.code == .malformedYAML)
        #expect(found.location.line == 4)
        #expect(found.description.hasPrefix(found.location.file + ":4:"))
    }

    @Test func anUnknownKeySuggestsTheRightOne() throws {
        let found = try #require(error(Self.check.replacingOccurrences(of: "patterns:", with: "patern:")))
        #expect(found.code == .unknownKey)
        #expect(found.location.line == 9 && found.location.column == 5)
        #expect(found.message == "unknown key 'patern' in a phrase check (did you mean 'patterns'?)")
    }

    @Test func anUnknownKindSuggestsTheRightOne() throws {
        let found = try #require(error(Self.check.replacingOccurrences(of: "    polarity:", with: "    kind: phrse\n    polarity:")))
        #expect(found.code == .invalidValue)
        #expect(found.message.contains("(did you mean 'phrase'?)"))
    }

    @Test func duplicateIDsNameBothPlaces() throws {
        let twice = Self.check + "\n" + Self.check.components(separatedBy: "checks:\n")[1]
        let found = try #require(error(twice))
        #expect(found.code == .duplicateID)
        #expect(found.location.line == 10)
        #expect(found.message.contains("'demo.fee' is already defined at") && found.message.hasSuffix("demo.yaml:5:5"))
    }

    @Test func duplicateCategoriesAcrossFiles() throws {
        let found = try #require(load(["a.yaml": Self.check, "b.yaml": Self.check]).0)
        #expect(found.code == .duplicateID)
        #expect(found.location.file.hasSuffix("b.yaml"))
    }

    /// Files are composed and checks read on all cores, yet the mistake reported is the one a
    /// reading in file and check order meets first, whatever finishes first.
    @Test func theFirstMistakeInFileOrderIsTheOneReported() throws {
        let badCheck = """

              - id: Second
                title: Second
                polarity: red-flag
                rationale: A mistake in the id.
                patterns: ["early exit"]
              - id: third
                title: Third
                polarity: red-flag
                rationale: A mistake in the pattern.
                patterns: ["early (exit"]
            """
        let badHeader = Self.check.replacingOccurrences(of: "version: 1", with: "version: 2")
            .replacingOccurrences(of: "id: demo", with: "id: other")
        let inChecks = try #require(load(["a.yaml": Self.check + badCheck, "b.yaml": badHeader]).0)
        #expect(inChecks.location.file.hasSuffix("a.yaml") && inChecks.location.line == 10)
        #expect(inChecks.message.contains("check id 'Second'"))
        let inHeader = try #require(load(["a.yaml": badHeader, "b.yaml": Self.check + badCheck]).0)
        #expect(inHeader.location.file.hasSuffix("a.yaml") && inHeader.message.contains("unsupported criteria version 2"))
        let malformed = try #require(load(["a.yaml": Self.check + badCheck, "b.yaml": "checks: [", "c.yaml": "checks: ["]).0)
        #expect(malformed.location.file.hasSuffix("b.yaml") && malformed.code == .malformedYAML)
    }

    @Test func loadingTwiceGivesTheSameSetInTheSameOrder() throws {
        let folder = Repo.path("Criteria")
        let first = try CriteriaLoader().load(paths: [folder])
        let second = try CriteriaLoader().load(paths: [folder])
        #expect(first.categories.map(\.id) == second.categories.map(\.id))
        #expect(first.categories.flatMap(\.checks).map(\.id) == second.categories.flatMap(\.checks).map(\.id))
        #expect(first.evaluationOrder == second.evaluationOrder)
    }

    @Test(arguments: ["0", "-2"])
    func weightsMustBePositive(weight: String) throws {
        let found = try #require(error(Self.check.replacingOccurrences(of: "    polarity:", with: "    weight: \(weight)\n    polarity:")))
        #expect(found.code == .invalidWeight)
        #expect(found.location.line == 7 && found.location.column == 13)
    }

    @Test func aWeightMustBeANumber() throws {
        let found = try #require(error(Self.check.replacingOccurrences(of: "title: Demo", with: "title: Demo\nweight: heavy")))
        #expect(found.code == .wrongType)
        #expect(found.message == "weight must be a number, found 'heavy'")
    }

    @Test func aBadPatternPointsAtTheColumn() throws {
        let found = try #require(error(Self.check.replacingOccurrences(of: "[\"termination fee\"]", with: "[\"termination (fee\"]")))
        #expect(found.code == .invalidPattern)
        #expect(found.location.line == 9)
        #expect(found.location.column == 29) // the '(' inside the quoted pattern
        #expect(found.message == "invalid pattern 'termination (fee': '(' is never closed")
    }

    @Test func aMissingRequiredKeyIsNamed() throws {
        let found = try #require(error(Self.check.replacingOccurrences(of: "    polarity: red-flag\n", with: "")))
        #expect(found.code == .missingKey)
        #expect(found.message.contains("'polarity'"))
    }

    @Test func anUnknownReferenceSuggestsTheCheck() throws {
        let condition = Self.check + """

              - id: combined
                title: Combined
                kind: condition
                polarity: red-flag
                rationale: Both.
                when:
                  passed: [fe]
            """
        let found = try #require(error(condition))
        #expect(found.code == .unknownReference)
        #expect(found.location.line == 16)
        #expect(found.message.contains("unknown check 'demo.fe' (did you mean 'demo.fee'?)"))
    }

    @Test func conditionsCannotDependOnThemselves() throws {
        let cycle = Self.check + """

              - id: a
                title: A
                kind: condition
                polarity: red-flag
                rationale: A.
                when: {passed: [b]}
              - id: b
                title: B
                kind: condition
                polarity: red-flag
                rationale: B.
                when: {failed: [a]}
            """
        let found = try #require(error(cycle))
        #expect(found.code == .dependencyCycle)
        #expect(found.message.contains("demo.a → demo.b → demo.a"))
    }

    @Test func anAliasBombIsRefusedBeforeItExpands() throws {
        var lines = ["a: &a [\"x\", \"x\", \"x\", \"x\", \"x\", \"x\", \"x\", \"x\", \"x\"]"]
        let names = "abcdefghi".map(String.init)
        for (previous, name) in zip(names, names.dropFirst()) {
            lines.append("\(name): &\(name) [" + Array(repeating: "*\(previous)", count: 9).joined(separator: ", ") + "]")
        }
        let found = try #require(error(lines.joined(separator: "\n")))
        #expect(found.code == .documentTooLarge)
        #expect(found.message.contains("expands through its aliases to more than 1,000,000 values"))
    }

    @Test func anAliasUsedAsAKeyIsRefusedBeforeYamsHashesIt() throws {
        var lines = ["a: &a [\"x\", \"x\", \"x\", \"x\", \"x\", \"x\", \"x\", \"x\", \"x\"]"]
        let names = "abcdefghi".map(String.init)
        for (previous, name) in zip(names, names.dropFirst()) {
            lines.append("\(name): &\(name) [" + Array(repeating: "*\(previous)", count: 9).joined(separator: ", ") + "]")
        }
        // Hashing this key to look for duplicates would walk 387 million shared nodes.
        let found = try #require(error((lines + ["? *i", ": boom"]).joined(separator: "\n")))
        #expect(found.code == .aliasKey)
        #expect((found.location.line, found.location.column) == (10, 3))
    }

    /// An alias anywhere inside a key, however the key is written, is found from libyaml's events.
    @Test(arguments: [
        ("a: &a x\n*a : y\n", 2, 1),
        ("a: &a x\nm: {*a: y}", 2, 5),
        ("a: &a x\n[*a]: y", 2, 2),
        ("a: &a x\n{k: *a}: y", 2, 5),
        ("a: &a x\n?\n  *a\n: y", 3, 3),
        ("a: &a x\n? - *a\n: y", 2, 5),
        ("a: &a x\r\n? - *a\r\n: y", 2, 5),
    ])
    func anAliasInAnyKeyIsRefused(text: String, line: Int, column: Int) {
        let refusal = YAMLEventScanner.firstRefusal(in: text, valueBudget: 100, maximumDepth: 64)
        #expect(refusal == .init(reason: .aliasInKey, line: line, column: column), "\(text)")
    }

    @Test func starsAndAliasesElsewhereAreFine() {
        for text in ["patterns: [\"renew* automatic*\"]", "- renew*: x", "a: &r 1\nvalue: *r", "a: &a 1\nb: &b 2\nlist: [*a, *b]",
                     "note: \"*a: not a key\"", "# *a: in a comment", "title: Client's *best offer",
                     "a: &m {k: v}\nb: {x: *m}"] {
            #expect(YAMLEventScanner.firstRefusal(in: text, valueBudget: 100, maximumDepth: 64) == nil, "\(text)")
        }
    }

    @Test func theValueBudgetAndDepthHoldBeforeComposing() {
        let many = "[" + Array(repeating: "1", count: 200).joined(separator: ", ") + "]"
        #expect(YAMLEventScanner.firstRefusal(in: many, valueBudget: 100, maximumDepth: 64)?.reason == .tooManyValues(100))
        let deep = String(repeating: "[", count: 70) + String(repeating: "]", count: 70)
        #expect(YAMLEventScanner.firstRefusal(in: deep, valueBudget: 1_000, maximumDepth: 64)
                == .init(reason: .tooDeep(64), line: 1, column: 65))
    }

    @Test func duplicateYAMLKeysAreRejected() throws {
        let found = try #require(error("version: 1\nid: demo\nid: again\n"))
        #expect(found.code == .malformedYAML)
        #expect(found.message.contains("duplicate key 'id'"))
    }

    @Test func anEmptyFileSaysSo() throws {
        #expect(error("")?.code == .emptyFile)
        #expect(error("# only a comment\n")?.code == .emptyFile)
    }

    @Test func anUnsupportedVersionIsRefused() throws {
        let found = try #require(error(Self.check.replacingOccurrences(of: "version: 1", with: "version: 2")))
        #expect(found.code == .invalidValue)
        #expect(found.message.contains("unsupported criteria version 2"))
    }

    @Test func aPlatformCheckNeedsACatalogue() throws {
        let found = try #require(error(Self.check.replacingOccurrences(of: "    polarity: red-flag\n", with: "    kind: platform-migration\n    polarity: red-flag\n    move-patterns: [\"migrate ~3 {platform}\"]\n").replacingOccurrences(of: "    patterns: [\"termination fee\"]", with: "")))
        #expect(found.code == .missingKey)
        #expect(found.message.contains("needs a platform catalogue"))
    }

    @Test func aMissingPathIsAnError() {
        #expect(diagnostic { _ = try CriteriaLoader().load(paths: ["/nonexistent/criteria"]) }?.code == .fileNotFound)
    }
}
