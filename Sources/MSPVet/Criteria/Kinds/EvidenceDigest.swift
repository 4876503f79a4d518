/// A cheap stand-in for an evidence item's identity (sentence, bearing, value): the sentence's
/// length and its first and last 64 bytes. Equal evidence has equal digests; items with equal
/// digests are then compared in full.
struct EvidenceDigest: Hashable {
    private var length: Int
    private var ends: Int
    private var bearing: Evidence.Bearing
    private var value: UInt64?

    init(_ evidence: Evidence) {
        let utf8 = evidence.text.utf8
        var hasher = Hasher()
        for byte in utf8.prefix(64) { hasher.combine(byte) }
        for byte in utf8.suffix(64) { hasher.combine(byte) }
        length = utf8.count
        ends = hasher.finalize()
        bearing = evidence.bearing
        value = evidence.value?.bitPattern
    }
}
