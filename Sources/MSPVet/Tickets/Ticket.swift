import Foundation

/// One ticket of a PSA export, as the service levels are measured from it.
public struct Ticket: Sendable, Hashable {
    /// The PSA's ticket number.
    public var id: String
    /// When it was opened.
    public var created: Date
    /// The first response, if any.
    public var firstResponse: Date?
    /// When it was resolved (or closed), if it was.
    public var resolved: Date?
    /// 1 (most urgent) to 4; nil when the priority names no tier the reader knows.
    public var priority: Int?
    /// The priority as the export wrote it ("1 - Critical", "P2").
    public var priorityLabel: String
    /// The status as exported.
    public var status: String?
    /// The vendor's own verdict on the response target, when the export carries one.
    public var vendorResponseMet: Bool?
    /// The vendor's own verdict on the resolution target (or on the SLA as a whole).
    public var vendorResolutionMet: Bool?
    /// Minutes the PSA counted the ticket as on hold (waiting on the client).
    public var holdMinutes: Double?
    /// Marked excluded from the SLA, merged or deleted in the PSA.
    public var excluded: Bool
    /// How many times it was reopened, when the export says.
    public var reopens: Int?
    /// Its record in the export (1 is the first ticket after the header), for diagnostics.
    public var row: Int

    /// A ticket read from row `row`.
    public init(id: String, created: Date, firstResponse: Date? = nil, resolved: Date? = nil, priority: Int?, priorityLabel: String,
                status: String? = nil, vendorResponseMet: Bool? = nil, vendorResolutionMet: Bool? = nil, holdMinutes: Double? = nil,
                excluded: Bool = false, reopens: Int? = nil, row: Int) {
        self.id = id
        self.created = created
        self.firstResponse = firstResponse
        self.resolved = resolved
        self.priority = priority
        self.priorityLabel = priorityLabel
        self.status = status
        self.vendorResponseMet = vendorResponseMet
        self.vendorResolutionMet = vendorResolutionMet
        self.holdMinutes = holdMinutes
        self.excluded = excluded
        self.reopens = reopens
        self.row = row
    }
}
