import Foundation

/// Reads criteria files — one category per file, plus a platform catalogue — into a `CriteriaSet`,
/// rejecting anything ambiguous: unknown keys, duplicate ids, weights ≤ 0, bad patterns, references
/// to checks that do not exist, and conditions that depend on themselves.
public struct CriteriaLoader: Sendable {
    /// The `version:` criteria files must state.
    public static let supportedVersion = 1
    static let categoryKeys = ["version", "id", "title", "weight", "description", "negotiable", "checks"]
    static let catalogueKeys = ["version", "platforms"]
    static let commonCheckKeys = ["id", "title", "kind", "weight", "polarity", "rationale", "ask", "unaddressed", "negotiable", "examples"]
    static let platformKeys = ["name", "area", "aliases"]

    /// The sizes the loader accepts.
    public var limits: InputLimits

    /// A loader that holds every file to `limits`.
    public init(limits: InputLimits = .standard) {
        self.limits = limits
    }

    /// Loads every `.yaml`/`.yml` file of each path (a file, or a folder read in name order).
    ///
    /// - Parameter paths: Criteria files or folders; the platform catalogue may be among them.
    /// - Returns: The set, with shares and the evaluation order computed.
    /// - Throws: A located ``Diagnostic``: malformed YAML, an unknown key, a bad pattern, an
    ///   unknown reference, a dependency cycle, or no criteria at all.
    public func load(paths: [String]) throws -> CriteriaSet {
        let files = try paths.flatMap(Self.criteriaFiles)
        let limits = limits
        // Files are composed on all cores; the first failure in file order is the one reported.
        let documents = OrderedWork.map(files, jobs: OrderedWork.defaultJobs) { file in
            HandedOver(Result { try YAMLDocument.load(path: file, limits: limits) })
        }
        return try load(documents.map { try $0.value.get() }, sources: files)
    }

    /// Loads criteria from texts already read, each named by the path its diagnostics will cite.
    ///
    /// - Parameter texts: Each file's path and text.
    /// - Throws: A located ``Diagnostic``, as ``load(paths:)``.
    public func load(texts: [(path: String, text: String)]) throws -> CriteriaSet {
        try load(texts.map { try YAMLDocument.parse($0.text, path: $0.path) }, sources: texts.map(\.path))
    }

    private func load(_ documents: [YAMLDocument], sources files: [String]) throws -> CriteriaSet {
        var catalogues: [YAMLMapping] = []
        var categories: [YAMLMapping] = []
        for document in documents {
            let keys = try Self.topLevelKeys(document)
            if keys.contains("platforms") {
                catalogues.append(try document.root.mapping("a platform catalogue", allowedKeys: Self.catalogueKeys))
            } else {
                categories.append(try document.root.mapping("a criteria category", allowedKeys: Self.categoryKeys))
            }
        }
        let catalogue = try loadCatalogue(catalogues)
        var parser = PatternParser()
        if let slot = catalogue.slot { parser.slots["platform"] = slot }
        let preloaded = preloadedChecks(categories, parser: parser)
        // Heaviest first, so tables read in order of importance whatever the files are called.
        let loaded = try zip(categories, preloaded).map { try loadCategory($0, parser: parser, checks: $1) }
            .sorted { ($0.weight, $1.id) > ($1.weight, $0.id) }
        guard !loaded.isEmpty else {
            throw Diagnostic(.noCriteria, at: .start(of: files.first ?? "."), "no criteria categories found (expected files with 'checks:')")
        }
        try Self.rejectTooMany(loaded)
        try Self.rejectDuplicates(loaded)
        let order = try Self.evaluationOrder(loaded)
        return CriteriaSet(categories: loaded, catalogue: catalogue, sources: files, evaluationOrder: order)
    }

    static func criteriaFiles(at path: String) throws -> [String] {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
            throw Diagnostic(.fileNotFound, at: .start(of: path), "no such file or folder")
        }
        guard isDirectory.boolValue else { return [path] }
        let names = (try? FileManager.default.contentsOfDirectory(atPath: path)) ?? []
        let files = names.filter { $0.hasSuffix(".yaml") || $0.hasSuffix(".yml") }.sorted()
        guard !files.isEmpty else {
            throw Diagnostic(.noCriteria, at: .start(of: path), "folder holds no .yaml criteria files")
        }
        let folder = path.hasSuffix("/") ? String(path.dropLast()) : path
        return files.map { "\(folder)/\($0)" }
    }

    private static func topLevelKeys(_ document: YAMLDocument) throws -> [String] {
        guard case .mapping(let mapping) = document.root.node else {
            throw Diagnostic(.wrongType, at: document.root.location, "a criteria file must be a mapping with 'checks:' or 'platforms:'")
        }
        return mapping.keys.compactMap(\.string)
    }

    private func checkVersion(_ mapping: YAMLMapping) throws {
        let value = try mapping.required("version")
        let version = try value.number("version")
        guard version == Double(Self.supportedVersion) else {
            throw Diagnostic(.invalidValue, at: value.location, "unsupported criteria version \(version.compact); this mspvet reads version \(Self.supportedVersion)")
        }
    }

    private func loadCatalogue(_ mappings: [YAMLMapping]) throws -> PlatformCatalogue {
        var platforms: [Platform] = []
        var aliasNodes: [[PatternNode]] = []
        var aliasOwners: [[String]: Platform] = [:]
        for mapping in mappings {
            try checkVersion(mapping)
            for item in try mapping.required("platforms").list("platforms") {
                let entry = try item.mapping("a platform", allowedKeys: Self.platformKeys)
                let name = try entry.required("name").nonEmptyString("name")
                let area = try entry.required("area").nonEmptyString("area")
                if let earlier = platforms.first(where: { $0.name.lowercased() == name.lowercased() }) {
                    throw Diagnostic(.duplicateID, at: entry.location, "platform '\(name)' is already defined at \(earlier.location)")
                }
                let aliases = try entry["aliases"]?.stringList("aliases") ?? []
                var nodes: [PatternNode] = []
                let platform = Platform(name: name, area: area, aliases: aliases.map(\.text), location: entry.location)
                for (text, value) in [(name, try entry.required("name"))] + aliases {
                    do {
                        let node = try PatternParser().parse(text)
                        let key = Tokenizer.tokenize(text).map(\.text)
                        if let owner = aliasOwners[key], owner != platform {
                            throw Diagnostic(.duplicateID, at: value.textLocation, "alias '\(text)' already names platform '\(owner.name)'")
                        }
                        aliasOwners[key] = platform
                        nodes.append(node)
                    } catch let error as PatternParser.Failure {
                        throw Diagnostic(.invalidPattern, at: value.textLocation.advanced(byColumns: error.offset),
                                         "invalid platform name '\(text)': \(error.message)")
                    }
                }
                platforms.append(platform)
                aliasNodes.append(nodes)
            }
        }
        return PlatformCatalogue(platforms: platforms, aliasNodes: aliasNodes)
    }

    /// Every category's checks, read on all cores before the categories are assembled in order.
    ///
    /// A check is its own subtree of a composed document, and reading it only looks: Yams resolved
    /// every key's tag while composing, the one thing a look could otherwise change. Each check's
    /// error is kept, to be thrown in file order as a serial read would; a category whose header
    /// cannot be read is left to `loadCategory` to report.
    private func preloadedChecks(_ categories: [YAMLMapping], parser: PatternParser) -> [[Result<Check, any Error>]?] {
        var work: [HandedOver<(category: Int, value: YAMLValue, context: RuleDecodingContext)>] = []
        for (index, mapping) in categories.enumerated() {
            guard let context = try? checkContext(mapping, parser: parser),
                  let values = try? mapping.required("checks").list("checks") else { continue }
            work += values.map { HandedOver((index, $0, context)) }
        }
        let loader = self
        let results = OrderedWork.map(work, jobs: OrderedWork.defaultJobs) { item in
            Result { try loader.loadCheck(item.value.value, context: item.value.context) }
        }
        var grouped: [[Result<Check, any Error>]?] = Array(repeating: nil, count: categories.count)
        for (item, result) in zip(work, results) {
            grouped[item.value.category] = (grouped[item.value.category] ?? []) + [result]
        }
        return grouped
    }

    /// What a category's checks inherit from it; reading it reports the header's errors.
    private func checkContext(_ mapping: YAMLMapping, parser: PatternParser) throws -> RuleDecodingContext {
        try checkVersion(mapping)
        let id = try Self.identifier(mapping.required("id"), "category id")
        _ = try Self.weight(mapping["weight"])
        let negotiable = try mapping["negotiable"]?.bool("negotiable") ?? false
        return RuleDecodingContext(category: id, parser: parser, negotiable: negotiable)
    }

    private func loadCategory(_ mapping: YAMLMapping, parser: PatternParser, checks preloaded: [Result<Check, any Error>]?) throws -> Category {
        let context = try checkContext(mapping, parser: parser)
        let id = context.category
        let weight = try Self.weight(mapping["weight"])
        let negotiable = context.negotiable
        let values = try mapping.required("checks").list("checks")
        let checks = try (preloaded ?? values.map { value in Result { try loadCheck(value, context: context) } }).map { try $0.get() }
        guard !checks.isEmpty else {
            throw Diagnostic(.invalidValue, at: try mapping.required("checks").location, "category '\(id)' has no checks")
        }
        return Category(id: id,
                        title: try mapping.required("title").nonEmptyString("title"),
                        weight: weight,
                        description: try mapping["description"]?.string("description").trimmingWhitespace() ?? "",
                        negotiable: negotiable,
                        checks: checks,
                        location: mapping.location)
    }

    private func loadCheck(_ value: YAMLValue, context: RuleDecodingContext) throws -> Check {
        // The kind decides which further keys are allowed, so read it before checking keys.
        let kind: CheckKind
        if case .mapping(let raw) = value.node, let kindNode = raw["kind"] {
            kind = try YAMLValue(node: kindNode, path: value.path).choice("kind", of: CheckKind.self)
        } else {
            kind = .phrase
        }
        let mapping = try value.mapping("a \(kind.rawValue) check", allowedKeys: Self.commonCheckKeys + kind.ruleType.keys)
        let name = try Self.identifier(mapping.required("id"), "check id")
        let id = CheckID(category: context.category, check: name)
        let polarity: Polarity
        if let written = mapping["polarity"] {
            polarity = try written.choice("polarity", of: Polarity.self)
        } else if let implied = kind.ruleType.defaultPolarity {
            polarity = implied
        } else {
            throw Diagnostic(.missingKey, at: mapping.location, "check '\(id)' is missing required key 'polarity' (red-flag or strength)")
        }
        let unaddressed = try mapping["unaddressed"].map { node -> Double in
            let score = try node.number("unaddressed")
            guard (0...1).contains(score) else {
                throw Diagnostic(.invalidValue, at: node.location, "unaddressed must be a score from 0 to 1, found \(score.compact)")
            }
            return score
        } ?? (polarity == .redFlag ? 0.5 : 0)
        let rule = try kind.ruleType.init(from: mapping, context: context)
        return Check(id: id,
                     title: try mapping.required("title").nonEmptyString("title"),
                     kind: kind,
                     weight: try Self.weight(mapping["weight"]),
                     polarity: polarity,
                     rationale: try mapping.required("rationale").nonEmptyString("rationale"),
                     ask: try mapping["ask"]?.nonEmptyString("ask"),
                     unaddressedScore: unaddressed,
                     negotiable: try mapping["negotiable"]?.bool("negotiable") ?? context.negotiable,
                     rule: rule,
                     examples: try ExampleDecoder.examples(mapping["examples"]),
                     location: mapping.location)
    }

    static func identifier(_ value: YAMLValue, _ what: String) throws -> String {
        let text = try value.nonEmptyString(what)
        let allowed = text.allSatisfy { ($0.isLetter && $0.isLowercase) || $0.isASCIIDigit || $0 == "-" }
        guard allowed, text.first?.isLetter == true else {
            throw Diagnostic(.invalidValue, at: value.textLocation,
                             "\(what) '\(text)' must be lower-case letters, digits and '-', starting with a letter")
        }
        return text
    }

    static func weight(_ value: YAMLValue?) throws -> Double {
        guard let value else { return 1 }
        let weight = try value.number("weight")
        guard weight > 0 else {
            throw Diagnostic(.invalidWeight, at: value.location, "weight must be greater than 0, found \(weight.compact)")
        }
        guard weight.isFinite else {
            throw Diagnostic(.invalidWeight, at: value.location, "weight must be a finite number, found \(weight.compact)")
        }
        return weight
    }

    /// Refuses a set of more checks than `InputLimits.checks`, at the first check past the limit.
    private static func rejectTooMany(_ categories: [Category]) throws {
        var count = 0
        for category in categories {
            if count + category.checks.count > InputLimits.checks {
                let extra = category.checks[InputLimits.checks - count]
                throw Diagnostic(.documentTooLarge, at: extra.location,
                                 "criteria define more than \(InputLimits.checks.grouped) checks; split them into separate runs")
            }
            count += category.checks.count
        }
    }

    private static func rejectDuplicates(_ categories: [Category]) throws {
        var seenCategories: [String: SourceLocation] = [:]
        var seenChecks: [CheckID: SourceLocation] = [:]
        for category in categories {
            if let earlier = seenCategories[category.id] {
                throw Diagnostic(.duplicateID, at: category.location, "category '\(category.id)' is already defined at \(earlier)")
            }
            seenCategories[category.id] = category.location
            for check in category.checks {
                if let earlier = seenChecks[check.id] {
                    throw Diagnostic(.duplicateID, at: check.location, "check '\(check.id)' is already defined at \(earlier)")
                }
                seenChecks[check.id] = check.location
            }
        }
    }

    /// Orders checks so each comes after those it references; an unknown reference or a cycle is an error.
    static func evaluationOrder(_ categories: [Category]) throws -> [CheckID] {
        let checks = categories.flatMap(\.checks)
        let byID = Dictionary(uniqueKeysWithValues: checks.map { ($0.id, $0) })
        let allNames = checks.map(\.id.description)
        for check in checks {
            for reference in check.rule.references where byID[reference.id] == nil {
                throw Diagnostic(.unknownReference, at: reference.location,
                                 "check '\(check.id)' refers to unknown check '\(reference.id)'\(Suggestion.hint(for: reference.id.description, among: allNames))")
            }
        }
        var order: [CheckID] = []
        var state: [CheckID: Bool] = [:] // false: visiting, true: done
        func visit(_ check: Check, path: [CheckID]) throws {
            if state[check.id] == true { return }
            if state[check.id] == false {
                let cycle = (path.drop { $0 != check.id } + [check.id]).map(\.description).joined(separator: " → ")
                throw Diagnostic(.dependencyCycle, at: check.location, "checks depend on each other in a cycle: \(cycle)")
            }
            state[check.id] = false
            for reference in check.rule.references {
                try visit(byID[reference.id]!, path: path + [check.id])
            }
            state[check.id] = true
            order.append(check.id)
        }
        for check in checks { try visit(check, path: []) }
        return order
    }
}

/// A value handed from the thread that made it to the one that reads it, never shared while either
/// could change it: composed YAML (Yams nodes are not `Sendable`) between loading and decoding.
private struct HandedOver<Value>: @unchecked Sendable {
    let value: Value
    init(_ value: Value) { self.value = value }
}
