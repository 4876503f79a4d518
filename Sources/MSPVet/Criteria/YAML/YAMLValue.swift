internal import Yams

/// One YAML value and its position, with typed accessors that fail with a located diagnostic.
struct YAMLValue {
    let node: Node
    let path: String

    var location: SourceLocation {
        guard let mark = node.mark else { return .start(of: path) }
        return SourceLocation(file: path, line: mark.line, column: mark.column)
    }

    /// Where the first character of a scalar's text sits: one column right of the mark for quoted scalars.
    var textLocation: SourceLocation {
        if case .scalar(let scalar) = node, scalar.style == .singleQuoted || scalar.style == .doubleQuoted {
            return location.advanced(byColumns: 1)
        }
        return location
    }

    private var kindName: String {
        switch node {
        case .scalar: "a scalar"
        case .sequence: "a list"
        case .mapping: "a mapping"
        case .alias: "an alias"
        }
    }

    private func wrongType(_ expected: String, _ what: String) -> Diagnostic {
        Diagnostic(.wrongType, at: location, "\(what) must be \(expected), found \(kindName)")
    }

    /// The scalar's text, without control characters (a YAML escape like "\e" could carry one into
    /// a table or a diagnostic). A plain `~`, `null` or empty value is YAML's null, not text.
    func string(_ what: String) throws -> String {
        guard case .scalar(let scalar) = node else { throw wrongType("text", what) }
        if scalar.style == .plain, ["", "~", "null", "Null", "NULL"].contains(scalar.string) {
            throw Diagnostic(.wrongType, at: location, "\(what) must be text, found null (quote it if you mean '\(scalar.string)')")
        }
        return ControlCharacters.removed(from: scalar.string, keepingNewlines: true)
    }

    func nonEmptyString(_ what: String) throws -> String {
        let value = try string(what).trimmingWhitespace()
        guard !value.isEmpty else { throw Diagnostic(.invalidValue, at: location, "\(what) must not be empty") }
        return value
    }

    func number(_ what: String) throws -> Double {
        guard case .scalar(let scalar) = node, let value = Double(scalar.string.trimmingWhitespace()), value.isFinite else {
            throw Diagnostic(.wrongType, at: location, "\(what) must be a number, found '\((try? string(what)) ?? kindName)'")
        }
        return value
    }

    /// A number of 0 or more: a price, a count of hours, a threshold.
    func nonNegativeNumber(_ what: String) throws -> Double {
        let value = try number(what)
        guard value >= 0 else {
            throw Diagnostic(.invalidValue, at: location, "\(what) must be a number of 0 or more, found \(value.compact)")
        }
        return value
    }

    func bool(_ what: String) throws -> Bool {
        guard case .scalar(let scalar) = node else { throw wrongType("true or false", what) }
        switch scalar.string.lowercased() {
        case "true", "yes", "on": return true
        case "false", "no", "off": return false
        default: throw Diagnostic(.wrongType, at: location, "\(what) must be true or false, found '\(scalar.string)'")
        }
    }

    func list(_ what: String) throws -> [YAMLValue] {
        guard case .sequence(let sequence) = node else { throw wrongType("a list", what) }
        return sequence.map { YAMLValue(node: $0, path: path) }
    }

    /// A list of text items; a single scalar is accepted as a list of one, which is how people write it.
    func stringList(_ what: String) throws -> [(text: String, value: YAMLValue)] {
        if case .scalar = node { return [(try nonEmptyString(what), self)] }
        return try list(what).map { (try $0.nonEmptyString("each item of \(what)"), $0) }
    }

    func mapping(_ what: String, allowedKeys: [String]) throws -> YAMLMapping {
        guard case .mapping(let mapping) = node else { throw wrongType("a mapping", what) }
        return try YAMLMapping(mapping, path: path, location: location, what: what, allowedKeys: allowedKeys)
    }

    /// An enumeration value, with the accepted spellings in the error and a suggestion for typos.
    func choice<T: RawRepresentable & CaseIterable>(_ what: String, of type: T.Type) throws -> T where T.RawValue == String {
        let raw = try nonEmptyString(what)
        if let value = T(rawValue: raw) { return value }
        let names = T.allCases.map(\.rawValue)
        throw Diagnostic(.invalidValue, at: textLocation,
                         "\(what) '\(raw)' is not one of \(names.joined(separator: ", "))\(Suggestion.hint(for: raw, among: names))")
    }
}

/// A YAML mapping whose keys were checked against the ones its reader knows: an unknown key is
/// an error (with a suggestion), never silently ignored.
struct YAMLMapping {
    let path: String
    let location: SourceLocation
    let what: String
    private(set) var entries: [(key: String, value: YAMLValue)] = []

    init(_ mapping: Node.Mapping, path: String, location: SourceLocation, what: String, allowedKeys: [String]) throws {
        self.path = path
        self.location = location
        self.what = what
        for (keyNode, valueNode) in mapping {
            let keyValue = YAMLValue(node: keyNode, path: path)
            let key = try keyValue.string("a key of \(what)")
            guard allowedKeys.contains(key) else {
                throw Diagnostic(.unknownKey, at: keyValue.location,
                                 "unknown key '\(key)' in \(what)\(Suggestion.hint(for: key, among: allowedKeys))")
            }
            entries.append((key, YAMLValue(node: valueNode, path: path)))
        }
    }

    subscript(key: String) -> YAMLValue? {
        entries.first { $0.key == key }?.value
    }

    func required(_ key: String) throws -> YAMLValue {
        guard let value = self[key] else {
            throw Diagnostic(.missingKey, at: location, "\(what) is missing required key '\(key)'")
        }
        return value
    }
}
