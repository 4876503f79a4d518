/// What the MSP promised for one priority: minutes to first response and to resolution, on the
/// business or the calendar clock, and where the promise was read.
public struct SLATarget: Sendable, Hashable {
    /// How a target's minutes are counted.
    public enum Clock: String, Sendable, Hashable, CaseIterable {
        /// Only the calendar's business hours, holidays excluded.
        case business
        /// Every minute, nights and weekends included.
        case calendar
    }

    /// 1 (most urgent) to 4.
    public var priority: Int
    /// Minutes to first response; nil when not promised.
    public var responseMinutes: Double?
    /// Minutes to resolution; nil when not promised.
    public var resolutionMinutes: Double?
    /// How the response minutes are counted.
    public var responseClock: Clock
    /// How the resolution minutes are counted.
    public var resolutionClock: Clock
    /// Where it was read: "contract.md:14" or "client.yaml:22".
    public var source: String

    /// A target for `priority`.
    public init(priority: Int, responseMinutes: Double?, resolutionMinutes: Double?,
                responseClock: Clock, resolutionClock: Clock, source: String) {
        self.priority = priority
        self.responseMinutes = responseMinutes
        self.resolutionMinutes = resolutionMinutes
        self.responseClock = responseClock
        self.resolutionClock = resolutionClock
        self.source = source
    }
}
