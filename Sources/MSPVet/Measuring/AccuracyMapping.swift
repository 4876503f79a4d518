/// Which check answers which labelled category, and how to compare them: the outcomes that count
/// as "found", the words of a plain keyword search to compare against, the unit of the answer's
/// value, and the caveat a reader must know (a corpus category is often broader than the check).
public struct AccuracyMapping: Sendable {
    /// One category and the check measured against it.
    public struct Entry: Sendable {
        /// The corpus category ("Renewal Term").
        public var category: String
        /// The check ("lock-in.auto-renewal").
        public var check: CheckID
        /// Outcomes that mean the check found what the category labels.
        public var found: Set<Outcome>
        /// The baseline: a document is positive when it holds any of these, in any case.
        public var keywords: [String]
        /// When set, the check's value is compared with the number in this category's answer.
        public var valueFrom: String?
        /// When set, the check counts as found only where this other check is found too: a notice
        /// period answers "notice to stop a renewal" only in a contract that renews.
        public var given: Condition?
        /// When true, a value check counts as found only where its value came from a sentence
        /// matching one of its `prefer-context` patterns: the clause the category labels (a notice
        /// that stops a renewal), not any clause with a figure of the same kind.
        public var preferredOnly: Bool
        /// Why the numbers should be read with care.
        public var caveat: String
        /// Where the entry is written.
        public var location: SourceLocation
    }

    /// Another check's outcome a mapping depends on.
    public struct Condition: Sendable {
        /// The other check.
        public var check: CheckID
        /// Its outcomes that satisfy the condition.
        public var found: Set<Outcome>
    }

    /// The entries, in file order.
    public var entries: [Entry]

    static let keys = ["version", "mappings"]
    static let entryKeys = ["category", "check", "found", "given", "preferred-only", "keywords", "value-from", "caveat"]
    static let conditionKeys = ["check", "found"]

    /// Reads a mapping file and checks every check it names exists in `criteria`.
    ///
    /// - Throws: A located ``Diagnostic``: an unknown key, an unknown check, a missing caveat.
    public static func load(path: String, criteria: CriteriaSet) throws -> AccuracyMapping {
        let document = try YAMLDocument.load(path: path)
        let root = try document.root.mapping("an accuracy mapping", allowedKeys: keys)
        let version = try root.required("version").number("version")
        guard version == 1 else {
            throw Diagnostic(.invalidValue, at: try root.required("version").location, "version must be 1")
        }
        let entries = try root.required("mappings").list("mappings").map { item -> Entry in
            let entry = try item.mapping("a mapping", allowedKeys: entryKeys)
            let given = try entry["given"].map { value -> Condition in
                let condition = try value.mapping("a condition", allowedKeys: conditionKeys)
                return Condition(check: try checkID(condition.required("check"), in: criteria),
                                 found: try outcomes(condition.required("found")))
            }
            return Entry(category: try entry.required("category").nonEmptyString("category"),
                         check: try checkID(entry.required("check"), in: criteria), found: try outcomes(entry.required("found")),
                         keywords: try entry.required("keywords").stringList("keywords").map(\.text),
                         valueFrom: try entry["value-from"]?.nonEmptyString("value-from"), given: given,
                         preferredOnly: try entry["preferred-only"]?.bool("preferred-only") ?? false,
                         caveat: try entry.required("caveat").nonEmptyString("caveat"), location: entry.location)
        }
        return AccuracyMapping(entries: entries)
    }

    private static func checkID(_ value: YAMLValue, in criteria: CriteriaSet) throws -> CheckID {
        let text = try value.nonEmptyString("check")
        guard let id = CheckID(text), criteria.check(id) != nil else {
            let hint = criteria.closestCheckID(to: text).map { "; did you mean '\($0)'?" } ?? ""
            throw Diagnostic(.unknownReference, at: value.textLocation, "no check '\(text)' in the criteria\(hint)")
        }
        return id
    }

    private static func outcomes(_ value: YAMLValue) throws -> Set<Outcome> {
        Set(try value.stringList("found").map { text, item in
            guard let outcome = Outcome(rawValue: text) else {
                throw Diagnostic(.invalidValue, at: item.textLocation,
                                 "found lists outcomes (\(Outcome.allCases.map(\.rawValue).joined(separator: ", "))), not '\(text)'")
            }
            return outcome
        })
    }
}
