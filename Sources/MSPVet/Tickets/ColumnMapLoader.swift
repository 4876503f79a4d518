import Foundation

/// Reads a column map for an export no preset knows:
///
/// ```yaml
/// version: 1
/// time-zone: America/Chicago        # optional: timestamps without an offset are in it
/// columns:
///   id: Number
///   created: Opened At
///   first-response: [First Reply, First Response]   # any of these names
///   resolved: Solved At
///   priority: Urgency
///   status: State
///   vendor-met: Met SLA
///   hold-minutes: Minutes On Hold
/// ```
///
/// The fields are those of ``TicketField``; an unknown one is an error naming the nearest.
public enum ColumnMapLoader {
    /// The map at `path` as a preset named after the file.
    public static func load(path: String) throws -> ExportPreset {
        let document = try YAMLDocument.load(path: path)
        let mapping = try document.root.mapping("a column map", allowedKeys: ["version", "time-zone", "columns"])
        if let version = mapping["version"], try version.number("version") != 1 {
            throw Diagnostic(.invalidValue, at: version.location, "unsupported column map version; this mspvet reads version 1")
        }
        var zone: String?
        if let value = mapping["time-zone"] {
            let name = try value.nonEmptyString("time-zone")
            guard TimeZone(identifier: name) != nil else {
                throw Diagnostic(.invalidValue, at: value.textLocation, "'\(name)' is not an IANA time zone; write one such as America/Chicago")
            }
            zone = name
        }
        let fields = TicketField.allCases.map(\.rawValue)
        let columns = try mapping.required("columns").mapping("columns", allowedKeys: fields)
        var map: [TicketField: [String]] = [:]
        for (key, value) in columns.entries {
            let listed = try? value.stringList("columns.\(key)").map(\.text)
            let names = try listed ?? [value.nonEmptyString("columns.\(key)")]
            map[TicketField(rawValue: key)!] = names
        }
        for field in TicketField.required where map[field] == nil {
            throw Diagnostic(.missingKey, at: columns.location, "columns is missing required key '\(field.rawValue)'")
        }
        if map[.firstResponse] == nil && map[.resolved] == nil {
            throw Diagnostic(.missingKey, at: columns.location, "columns needs 'first-response' or 'resolved': there is nothing to measure without one")
        }
        return ExportPreset(name: "columns from \(path)", columns: map, timeZone: zone)
    }
}
