import Foundation
internal import Yams

/// A parsed YAML file whose every value still knows where it was written.
///
/// Loading composes the file into Yams nodes, then walks them against a node budget before any
/// decoding: libyaml resolves aliases by sharing nodes, so a "billion laughs" file composes cheaply
/// but would expand to billions of values the moment anything iterated it.
struct YAMLDocument {
    /// Ten times the values of the largest criteria set mspvet accepts (`CriteriaLoader.maximumChecks`
    /// checks with examples), and still composed in about a second.
    static let defaultNodeBudget = 1_000_000
    static let maximumDepth = 64

    let path: String
    let root: YAMLValue

    static func load(path: String, nodeBudget: Int = defaultNodeBudget, limits: InputLimits = .standard) throws -> YAMLDocument {
        let text = try TextFileReader.readUTF8(path: path, limits: limits)
        return try parse(text, path: path, nodeBudget: nodeBudget)
    }

    static func parse(_ text: String, path: String, nodeBudget: Int = defaultNodeBudget) throws -> YAMLDocument {
        if let refusal = YAMLEventScanner.firstRefusal(in: text, valueBudget: nodeBudget, maximumDepth: maximumDepth) {
            let location = SourceLocation(file: path, line: refusal.line, column: refusal.column)
            switch refusal.reason {
            case .aliasInKey:
                throw Diagnostic(.aliasKey, at: location,
                                 "an alias may not be used in a mapping key (it would be expanded before it could be checked)")
            case .tooManyValues(let budget):
                throw Diagnostic(.documentTooLarge, at: location, "file holds more than \(budget.grouped) values; refusing to load it")
            case .tooDeep(let depth):
                throw Diagnostic(.nestingTooDeep, at: location, "document nests deeper than \(depth) levels")
            }
        }
        let node: Node?
        do {
            // The basic resolver tags every scalar as text: values are typed where they are read
            // (`YAMLValue.number`, `.bool`), and resolving YAML 1.1 tags costs a regular expression
            // per key hashed for the duplicate check, a quarter of loading the default criteria.
            node = try Yams.compose(yaml: text, .basic, .default, .utf8)
        } catch let error as YamlError {
            throw diagnostic(for: error, path: path)
        }
        guard let node else {
            throw Diagnostic(.emptyFile, at: .start(of: path), "file is empty; expected a YAML mapping")
        }
        var remaining = nodeBudget
        try countNodes(node, remaining: &remaining, depth: 0, budget: nodeBudget, path: path)
        return YAMLDocument(path: path, root: YAMLValue(node: node, path: path))
    }

    private static func countNodes(_ node: Node, remaining: inout Int, depth: Int, budget: Int, path: String) throws {
        remaining -= 1
        if remaining < 0 {
            throw Diagnostic(.documentTooLarge, at: YAMLValue(node: node, path: path).location,
                             "document expands through its aliases to more than \(budget.grouped) values; refusing to load it")
        }
        if depth > maximumDepth {
            throw Diagnostic(.nestingTooDeep, at: YAMLValue(node: node, path: path).location,
                             "document nests deeper than \(maximumDepth) levels")
        }
        switch node {
        case .scalar, .alias:
            return
        case .sequence(let sequence):
            for child in sequence {
                try countNodes(child, remaining: &remaining, depth: depth + 1, budget: budget, path: path)
            }
        case .mapping(let mapping):
            for (key, value) in mapping {
                try countNodes(key, remaining: &remaining, depth: depth + 1, budget: budget, path: path)
                try countNodes(value, remaining: &remaining, depth: depth + 1, budget: budget, path: path)
            }
        }
    }

    private static func diagnostic(for error: YamlError, path: String) -> Diagnostic {
        func located(_ mark: Mark, _ problem: String, _ context: YamlError.Context?) -> Diagnostic {
            var message = "malformed YAML: \(problem)"
            if let context { message += " (\(context.text) at \(context.mark.line):\(context.mark.column))" }
            return Diagnostic(.malformedYAML, at: SourceLocation(file: path, line: mark.line, column: mark.column), message)
        }
        switch error {
        case let .scanner(context, problem, mark, _),
             let .parser(context, problem, mark, _),
             let .composer(context, problem, mark, _):
            return located(mark, problem, context)
        case let .duplicatedKeysInMapping(duplicates, context):
            return Diagnostic(.malformedYAML, at: SourceLocation(file: path, line: context.mark.line, column: context.mark.column),
                              "duplicate key \(duplicates.map { "'\($0)'" }.joined(separator: ", ")) in mapping")
        case let .reader(problem, offset, _, _):
            return Diagnostic(.invalidEncoding, at: .start(of: path),
                              "unreadable YAML: \(problem)\(offset.map { " at byte \($0)" } ?? "")")
        default:
            return Diagnostic(.malformedYAML, at: .start(of: path), "malformed YAML: \(error)")
        }
    }
}
