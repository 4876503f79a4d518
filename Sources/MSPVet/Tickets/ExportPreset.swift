import Foundation

/// The columns of one PSA's ticket export, as its API reference and the exports people get name
/// them. A header is recognised as a preset when it holds the preset's required columns; the
/// columns of several names ("_info.dateEntered" in the API, "Entered" in a saved report) take
/// any one of them.
public struct ExportPreset: Sendable, Hashable {
    /// The name `--preset` takes.
    public var name: String
    /// Each field and the column names that hold it, matched case-insensitively.
    public var columns: [TicketField: [String]]
    /// The time zone timestamps without an offset are in; nil for the client's calendar zone.
    public var timeZone: String?
    /// Whether a bare number in the priority column is the tier ("1" is P1). Autotask's API
    /// writes its picklist's ids instead (4 is Critical), which only its labels explain.
    public var numericPriorities: Bool

    /// A preset named `name`.
    public init(name: String, columns: [TicketField: [String]], timeZone: String? = nil, numericPriorities: Bool = true) {
        self.name = name
        self.columns = columns
        self.timeZone = timeZone
        self.numericPriorities = numericPriorities
    }

    /// The exports people actually get.
    public static let all: [ExportPreset] = [
        ExportPreset(name: "connectwise", columns: [
            .id: ["id", "ticket #", "ticket number", "ticketnumber"],
            .created: ["_info.dateEntered", "dateEntered", "entered", "date entered"],
            .firstResponse: ["dateResponded", "responded", "date responded"],
            .resolved: ["dateResolved", "resolved", "closedDate", "date resolved", "closed date"],
            .priority: ["priority", "priority/name", "priority.name"],
            .status: ["status", "status/name", "status.name"],
            .vendorMet: ["isInSla", "in sla"],
            .holdMinutes: ["minutesWaiting", "minutes waiting"],
        ]),
        ExportPreset(name: "autotask", columns: [
            .id: ["ticketNumber", "id", "ticket number"],
            .created: ["createDate", "create date"],
            .firstResponse: ["firstResponseDateTime", "first response date time"],
            .resolved: ["resolvedDateTime", "resolved date time", "completedDate"],
            .priority: ["priority"],
            .status: ["status"],
            .vendorResponseMet: ["isFirstResponseMet"],
            .vendorMet: ["serviceLevelAgreementHasBeenMet", "isResolutionMet"],
        ], numericPriorities: false),
        ExportPreset(name: "halopsa", columns: [
            .id: ["id", "faultid"],
            .created: ["dateoccurred"],
            .firstResponse: ["responsedate"],
            .resolved: ["dateclosed"],
            .priority: ["priority_id", "priority"],
            .status: ["status", "status_id"],
            .vendorResponseMet: ["slaresponsestate"],
            .holdHours: ["slaholdtime"],
            .excluded: ["excludefromsla"],
        ]),
        ExportPreset(name: "freshservice", columns: [
            .id: ["Ticket Id", "Ticket ID", "ID"],
            .created: ["Created Date", "Created Time"],
            .firstResponse: ["First Responded Date", "First Response Date"],
            .resolved: ["Resolved Date", "Resolved Time", "Closed Date"],
            .priority: ["Priority"],
            .status: ["Status"],
            .vendorResponseMet: ["First Response Status"],
            .vendorMet: ["Resolution Status"],
        ]),
        zendesk,
    ]

    /// Zendesk's ticket metrics joined to the ticket's priority: durations, from which the reply
    /// and resolution times are placed on the calendar again (calendar minutes after creation).
    static let zendesk = ExportPreset(name: "zendesk", columns: [
        .id: ["ticket_id", "ticket.id"],
        .created: ["created_at", "ticket.created_at"],
        .responseAfterMinutes: ["reply_time_in_minutes.calendar"],
        .resolutionAfterMinutes: ["full_resolution_time_in_minutes.calendar"],
        .resolved: ["solved_at"],
        .priority: ["priority", "ticket.priority"],
        .status: ["status", "ticket.status"],
        .holdMinutes: ["on_hold_time_in_minutes.calendar"],
        .reopens: ["reopens"],
    ])

    /// The preset named `name`, case-insensitively.
    public static func named(_ name: String) -> ExportPreset? {
        all.first { $0.name == name.lowercased() }
    }

    /// Where each field sits in `header`: the first of its names found, compared case-insensitively.
    func positions(in header: [String]) -> [TicketField: Int] {
        let lowered = header.map { $0.trimmingCharacters(in: .whitespaces).lowercased() }
        var positions: [TicketField: Int] = [:]
        for (field, names) in columns {
            if let index = names.lazy.compactMap({ lowered.firstIndex(of: $0.lowercased()) }).first {
                positions[field] = index
            }
        }
        return positions
    }

    /// Whether `header` holds every field measuring needs, and a first response or resolution.
    func fits(_ header: [String]) -> Bool {
        let found = positions(in: header)
        return TicketField.required.allSatisfy { found[$0] != nil }
            && [.firstResponse, .resolved, .responseAfterMinutes, .resolutionAfterMinutes].contains { found[$0] != nil }
    }
}
