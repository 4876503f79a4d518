import Foundation
import Testing

/// The library's public surface is what an embedding program reads first: every public
/// declaration says what it is, except the witnesses of standard protocols (`==`, `<`, `hash`,
/// `description`, `Codable`), whose meaning the protocol gives.
@Suite("Public API")
struct PublicAPITests {
    static let witness = try! NSRegularExpression(
        pattern: #"^public (static func (<|==)|func hash\(into|var description: String|init\(from decoder|func encode\(to encoder|init\(\) \{\})"#)

    static func undocumented(in tree: SourceTree) -> [String] {
        var missing: [String] = []
        for file in tree.files {
            let lines = file.text.split(separator: "\n", omittingEmptySubsequences: false).map { $0.trimmingCharacters(in: .whitespaces) }
            for (index, line) in lines.enumerated() where line.hasPrefix("public ") || line.hasPrefix("open ") {
                let range = NSRange(line.startIndex..., in: line)
                if witness.firstMatch(in: line, range: range) != nil { continue }
                var previous = index - 1
                while previous >= 0, lines[previous].hasPrefix("@") { previous -= 1 }
                if previous < 0 || !lines[previous].hasPrefix("///") { missing.append("\(file.path):\(index + 1): \(line)") }
            }
        }
        return missing
    }

    @Test func everyPublicDeclarationIsDocumented() throws {
        let missing = Self.undocumented(in: try SourceTree.read())
        #expect(missing.isEmpty, "\(missing.joined(separator: "\n"))")
    }

    @Test func theCheckerSeesAMissingComment() {
        let tree = SourceTree(files: [.init(path: "A.swift", folder: "Model", text: """
            /// A documented type.
            public struct A {
                public var undocumented: Int
                /// Documented.
                @inlinable public var documented: Int { 1 }
                public static func == (lhs: A, rhs: A) -> Bool { true }
            }
            """)])
        #expect(Self.undocumented(in: tree) == ["A.swift:3: public var undocumented: Int"])
    }
}
