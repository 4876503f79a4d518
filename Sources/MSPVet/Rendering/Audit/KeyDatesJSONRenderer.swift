import Foundation

/// `mspvet dates --format json`, described by `Schemas/dates.schema.json`. A term not stated is
/// `null`, never left out, so a script can tell "not stated" from a field it does not know; keys
/// are sorted, so the same inputs give the same bytes.
public struct KeyDatesJSONRenderer: Sendable {
    public init() {}

    /// The contracts' dates as JSON, as of `asOf`.
    public func render(_ contracts: [ContractDates], asOf: CivilDate) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        let data = try encoder.encode(Report(asOf: asOf, contracts: contracts))
        return String(decoding: data, as: UTF8.self) + "\n"
    }

    private struct Report: Encodable {
        var asOf: CivilDate
        var contracts: [ContractDates]

        func encode(to encoder: Encoder) throws {
            var container = encoder.container(keyedBy: AnyKey.self)
            try container.encode("mspvet", forKey: "tool")
            try container.encode(MSPVetVersion.current, forKey: "version")
            try container.encode(asOf.iso, forKey: "asOf")
            try container.encode(contracts.map(Contract.init), forKey: "contracts")
        }
    }

    private struct Contract: Encodable {
        var dates: ContractDates

        func encode(to encoder: Encoder) throws {
            var container = encoder.container(keyedBy: AnyKey.self)
            let (terms, schedule) = (dates.terms, dates.schedule)
            try container.encode(terms.file, forKey: "file")
            try container.encode(schedule.state.name, forKey: "state")
            try container.encode(schedule.summary, forKey: "summary")
            try container.encode(schedule.missing, forKey: "missing")
            try container.encode(schedule.daysLeft, forKey: "daysLeft")
            try container.encode(schedule.deadline.map(Deadline.init), forKey: "deadline")
            try container.encode(schedule.current.map(Term.init), forKey: "currentTerm")
            try container.encode(schedule.terms.map(Term.init), forKey: "terms")
            try container.encode(terms.ambiguousDates, forKey: "ambiguousDates")
            var stated = container.nestedContainer(keyedBy: AnyKey.self, forKey: "keyTerms")
            try stated.encode(terms.effectiveDate.map { Stated($0) { $0.iso } }, forKey: "effectiveDate")
            try stated.encode(terms.initialTermMonths.map { Stated($0) { $0 } }, forKey: "initialTermMonths")
            try stated.encode(terms.renewal.map { Stated($0) { $0.rawValue } }, forKey: "renewal")
            try stated.encode(terms.renewalTermMonths.map { Stated($0) { $0 } }, forKey: "renewalTermMonths")
            try stated.encode(terms.noticeMinimum.map { Stated($0, Notice.init) }, forKey: "noticeMinimum")
            try stated.encode(terms.noticeMaximum.map { Stated($0, Notice.init) }, forKey: "noticeMaximum")
            try stated.encode(terms.noticeMethods.map { Stated($0) { $0 } }, forKey: "noticeMethods")
            try stated.encode(terms.upliftPercent.map { Stated($0) { $0 } }, forKey: "upliftPercent")
        }
    }

    private struct Stated<Output: Encodable>: Encodable {
        var value: Output
        var note: String?
        var source: Evidence?

        init<Input>(_ term: StatedTerm<Input>, _ transform: (Input) -> Output) {
            value = transform(term.value)
            note = term.note
            source = term.source
        }

        func encode(to encoder: Encoder) throws {
            var container = encoder.container(keyedBy: AnyKey.self)
            try container.encode(value, forKey: "value")
            try container.encode(note, forKey: "note")
            try container.encode(source.map(Source.init), forKey: "source")
        }
    }

    private struct Source: Encodable {
        var file: String, page: Int?, line: Int, section: String?, text: String
        init(_ evidence: Evidence) {
            (file, page, line, section, text) = (evidence.file, evidence.page, evidence.line, evidence.section, evidence.text)
        }
        func encode(to encoder: Encoder) throws {
            var container = encoder.container(keyedBy: AnyKey.self)
            try container.encode(file, forKey: "file")
            try container.encode(page, forKey: "page")
            try container.encode(line, forKey: "line")
            try container.encode(section, forKey: "section")
            try container.encode(text, forKey: "text")
        }
    }

    private struct Notice: Encodable {
        var count: Int, unit: String
        init(_ length: NoticeLength) { (count, unit) = (length.count, length.unit.rawValue) }
    }

    private struct Term: Encodable {
        var number: Int, start: String, end: String
        init(_ term: ContractTerm) { (number, start, end) = (term.number, term.start.iso, term.end.iso) }
    }

    private struct Deadline: Encodable {
        var latest: String, earliest: String?, renewsOn: String, term: Int
        init(_ deadline: NoticeDeadline) {
            (latest, earliest, renewsOn, term) = (deadline.latest.iso, deadline.earliest?.iso, deadline.term.renewsOn.iso, deadline.term.number)
        }
        func encode(to encoder: Encoder) throws {
            var container = encoder.container(keyedBy: AnyKey.self)
            try container.encode(latest, forKey: "latest")
            try container.encode(earliest, forKey: "earliest")
            try container.encode(renewsOn, forKey: "renewsOn")
            try container.encode(term, forKey: "term")
        }
    }
}

/// A coding key that is any string: the JSON's keys are written out where they are encoded.
struct AnyKey: CodingKey, ExpressibleByStringLiteral {
    var stringValue: String
    var intValue: Int? { nil }
    init(stringValue: String) { self.stringValue = stringValue }
    init?(intValue: Int) { nil }
    init(stringLiteral value: String) { stringValue = value }
}
