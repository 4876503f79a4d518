import Foundation
import Testing
@testable import MSPVet

/// Every input a fuzz target was seeded with or once failed on, run through the same target: each
/// must return. A finding from `make fuzz` is kept by copying it to Tests/Fuzz/Regressions/TARGET/.
@Suite("Fuzz findings and seeds replayed")
struct FuzzRegressionTests {
    static let inputs: [String] = FuzzTarget.allCases.flatMap { target in
        ["Tests/Fuzz/Regressions", "Tests/Fuzz/Seeds"].flatMap { folder -> [String] in
            let directory = Repo.path("\(folder)/\(target.rawValue)")
            let names = (try? FileManager.default.contentsOfDirectory(atPath: directory)) ?? []
            return names.sorted().map { "\(target.rawValue):\(folder)/\(target.rawValue)/\($0)" }
        }
    }

    @Test func everyTargetHasARegressionToReplay() {
        let targets = Set(Self.inputs.filter { $0.contains("Regressions/") }.compactMap { $0.split(separator: ":").first.map(String.init) })
        #expect(targets == Set(FuzzTarget.allCases.map(\.rawValue)))
    }

    @Test(.timeLimit(.minutes(1)), arguments: inputs)
    func theTargetReturns(input: String) throws {
        let parts = input.split(separator: ":", maxSplits: 1).map(String.init)
        let target = try #require(FuzzTarget(rawValue: parts[0]))
        target.run(try Data(contentsOf: URL(fileURLWithPath: Repo.path(parts[1]))))
    }
}
