/// What a column of a ticket export holds, whatever the PSA calls it.
public enum TicketField: String, Sendable, Hashable, CaseIterable {
    case id
    case created
    case firstResponse = "first-response"
    case resolved
    case priority
    case status
    /// The vendor's verdict on the response target.
    case vendorResponseMet = "vendor-response-met"
    /// The vendor's verdict on resolution, or on the SLA as a whole.
    case vendorMet = "vendor-met"
    /// Minutes on hold (waiting on the client).
    case holdMinutes = "hold-minutes"
    /// Hours on hold, as HaloPSA exports it.
    case holdHours = "hold-hours"
    /// A flag excluding the ticket from the SLA.
    case excluded
    case reopens
    /// Calendar minutes from creation to the first reply, where the export gives a duration
    /// rather than a time (Zendesk's ticket metrics): the reply is at creation plus these.
    case responseAfterMinutes = "response-after-minutes"
    /// Calendar minutes from creation to resolution, likewise.
    case resolutionAfterMinutes = "resolution-after-minutes"

    /// The fields without which nothing can be measured.
    static let required: [TicketField] = [.id, .created, .priority]
}
