import Foundation
import Testing

/// The library's folders follow the data, each using only the folders before it. A type used by
/// an earlier folder belongs in that folder or before it; this test names the file that broke the
/// order, so the layout in the README stays true.
@Suite("Layering")
struct LayeringTests {
    /// The order in the README's Layout section.
    static let order = ["Support", "Diagnostics", "Model", "Reading", "Matching", "Criteria", "Scoring", "Audit", "Tickets", "Procurement", "Measuring", "Rendering", "Fuzzing"]

    @Test func everyFolderHasAPlaceInTheOrder() throws {
        let folders = Set(try SourceTree.read().files.map(\.folder))
        #expect(folders.subtracting(Self.order).isEmpty, "folders missing from the layering order: \(folders.subtracting(Self.order).sorted())")
    }

    @Test func noFolderUsesALaterOne() throws {
        let tree = try SourceTree.read()
        var upward: [String] = []
        for use in tree.crossFolderUses() {
            guard let from = Self.order.firstIndex(of: use.from), let to = Self.order.firstIndex(of: use.to) else { continue }
            if to > from { upward.append("\(use.file) (\(use.from)) uses \(use.name) from \(use.to)") }
        }
        #expect(upward.isEmpty, "\(upward.sorted().joined(separator: "\n"))")
    }

    /// Holds at every depth: a format's folder and the reading seam, the renderers and their
    /// input, the check kinds and the loader never use each other both ways.
    @Test func noTwoFoldersUseEachOther() throws {
        let uses = try SourceTree.read().crossFolderUses(byFullPath: true)
        let pairs = Set(uses.map { [$0.from, $0.to] })
        let mutual = pairs.filter { pairs.contains([$0[1], $0[0]]) && $0[0] < $0[1] }
        #expect(mutual.isEmpty, "folders using each other: \(mutual.map { $0.joined(separator: " ↔ ") }.sorted())")
    }

    /// The checker itself: a file in an early folder naming a type of a later one is caught.
    @Test func theCheckerSeesAnUpwardUse() {
        let tree = SourceTree(files: [
            .init(path: "Model/Score.swift", folder: "Model", text: "struct Score { var table: TableWriter }"),
            .init(path: "Rendering/TableWriter.swift", folder: "Rendering", text: """
                struct TableWriter { var score: Score }
                extension Double {
                    var shown: String { "" }
                }
                """),
            .init(path: "Model/Total.swift", folder: "Model", text: "// TableWriter in a comment is no use\nlet total = 1.0.shown"),
        ])
        let uses = tree.crossFolderUses().map { "\($0.file) \($0.name)" }.sorted()
        #expect(uses == ["Model/Score.swift TableWriter", "Model/Total.swift .shown", "Rendering/TableWriter.swift Score"])
    }
}

/// The library's Swift files and which top-level folder holds each.
struct SourceTree {
    struct File {
        var path: String
        /// The top-level folder.
        var folder: String
        var text: String
        /// The whole folder path: `Reading/PDF`.
        var directory: String {
            path.split(separator: "/").dropLast().joined(separator: "/")
        }
    }

    struct Use: Hashable {
        var file: String
        var from: String
        var to: String
        var name: String
    }

    var files: [File]

    static func read() throws -> SourceTree {
        let root = Repo.path("Sources/MSPVet")
        let paths = FileManager.default.enumerator(atPath: root)?.compactMap { $0 as? String }.filter { $0.hasSuffix(".swift") } ?? []
        return SourceTree(files: try paths.sorted().map { path in
            let folder = path.contains("/") ? String(path.prefix { $0 != "/" }) : "."
            return File(path: path, folder: folder, text: try String(contentsOfFile: "\(root)/\(path)", encoding: .utf8))
        })
    }

    /// Every (file, type or helper) pair where a file uses a name declared in another folder: a
    /// type by its name, a helper added to a standard type (`Double.compact`) by `.name`.
    func crossFolderUses(byFullPath: Bool = false) -> [Use] {
        let files = byFullPath ? files.map { File(path: $0.path, folder: $0.directory, text: $0.text) } : files
        var types: [String: Set<String>] = [:]
        var helpers: [String: Set<String>] = [:]
        for file in files {
            let code = Self.withoutComments(file.text)
            for name in Self.matches(#"(?m)^(?:(?:public|internal|private|fileprivate|package|final|indirect)\s+)*(?:struct|enum|class|protocol|actor|typealias)\s+([A-Z]\w*)"#, in: code) {
                types[name, default: []].insert(file.folder)
            }
            for body in Self.matches(#"(?ms)^extension\s+(?:Double|Int|String|Substring|Character|Unicode\.Scalar|StringProtocol|Collection|Sequence|Array|Data)\b[^{]*\{(.*?)^\}"#, in: code) {
                for name in Self.matches(#"(?m)^\s*(?:(?:public|internal|static|mutating)\s+)*(?:func|var|let)\s+(\w+)"#, in: body) {
                    helpers[name, default: []].insert(file.folder)
                }
            }
        }
        var uses: Set<Use> = []
        for file in files {
            let code = Self.withoutComments(file.text)
            for word in Set(Self.matches(#"\b([A-Z]\w*)\b"#, in: code)) {
                for folder in types[word] ?? [] where folder != file.folder && types[word]?.contains(file.folder) != true {
                    uses.insert(Use(file: file.path, from: file.folder, to: folder, name: word))
                }
            }
            for word in Set(Self.matches(#"\.([a-z]\w*)\b"#, in: code)) {
                for folder in helpers[word] ?? [] where folder != file.folder && helpers[word]?.contains(file.folder) != true {
                    uses.insert(Use(file: file.path, from: file.folder, to: folder, name: "." + word))
                }
            }
        }
        return uses.sorted { ($0.file, $0.name) < ($1.file, $1.name) }
    }

    /// Comments name types freely; string literals are kept, since interpolations are code.
    private static func withoutComments(_ text: String) -> String {
        text.replacingOccurrences(of: #"//[^\n]*"#, with: "", options: .regularExpression)
    }

    private static func matches(_ pattern: String, in text: String) -> [String] {
        guard let expression = try? NSRegularExpression(pattern: pattern) else { return [] }
        let range = NSRange(text.startIndex..., in: text)
        return expression.matches(in: text, range: range).compactMap { match in
            Range(match.range(at: 1), in: text).map { String(text[$0]) }
        }
    }
}
