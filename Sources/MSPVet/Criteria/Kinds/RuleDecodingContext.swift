/// What a check kind needs while it reads its keys: the category it sits in (for bare check
/// references) and the pattern parser (with `{platform}` when a catalogue is loaded).
struct RuleDecodingContext {
    var category: String
    var parser: PatternParser
    /// Whether the category's checks are negotiable unless a check says otherwise.
    var negotiable = false

    /// Compiles a pattern or a list of them; a bad pattern is reported at the column it goes wrong.
    func patterns(_ value: YAMLValue?, _ what: String) throws -> [PatternSpec] {
        guard let value else { return [] }
        return try value.stringList(what).map { text, item in
            do {
                return PatternSpec(pattern: try CompiledPattern(text, parser: parser), location: item.textLocation)
            } catch let error as PatternParser.Failure {
                throw Diagnostic(.invalidPattern, at: item.textLocation.advanced(byColumns: error.offset),
                                 "invalid pattern '\(text)': \(error.message)")
            }
        }
    }

    func condition(_ value: YAMLValue) throws -> Condition {
        let mapping = try value.mapping("a condition", allowedKeys: Condition.keys)
        guard mapping.entries.count == 1, let (key, inner) = mapping.entries.first else {
            throw Diagnostic(.invalidValue, at: value.location,
                             "a condition has exactly one of \(Condition.keys.joined(separator: ", ")); found \(mapping.entries.count)")
        }
        switch key {
        case "all": return .all(try inner.list("all").map(condition))
        case "any": return .any(try inner.list("any").map(condition))
        case "not": return .not(try condition(inner))
        case "patterns": return .patterns(try patterns(inner, "patterns"))
        case "passed": return .outcome(try references(inner, key), [.pass])
        case "failed": return .outcome(try references(inner, key), [.fail])
        default: return .outcome(try references(inner, key), [.pass, .partial, .fail])
        }
    }

    private func references(_ value: YAMLValue, _ what: String) throws -> [CheckReference] {
        try value.stringList(what).map { text, item in
            guard let id = CheckID(text, defaultCategory: category) else {
                throw Diagnostic(.invalidValue, at: item.textLocation, "'\(text)' is not a check id (category.check or check)")
            }
            return CheckReference(id: id, location: item.textLocation)
        }
    }
}
