/// The figure a phrase match carries, for a phrase check with a `unit`: the nearest figure in the
/// match's sentence that converts to the unit. Each sentence's figures are read once.
struct FigureReader {
    let unit: ValueUnit?
    let document: ProposalDocument
    private var read: [Int: [Quantity]] = [:]

    init(unit: ValueUnit?, document: ProposalDocument) {
        self.unit = unit
        self.document = document
    }

    /// The figure nearest `hit`, in the unit; nil without a unit or a figure that converts.
    mutating func nearest(to hit: PatternHit) -> Double? {
        guard let unit else { return nil }
        let quantities = read[hit.sentenceIndex] ?? QuantityReader.quantities(in: document.sentences[hit.sentenceIndex].tokens)
        read[hit.sentenceIndex] = quantities
        func distance(_ range: Range<Int>) -> Int {
            if range.upperBound <= hit.range.lowerBound { return hit.range.lowerBound - range.upperBound }
            if hit.range.upperBound <= range.lowerBound { return range.lowerBound - hit.range.upperBound }
            return 0
        }
        return quantities
            .compactMap { quantity in unit.factor(for: quantity.unit).map { (value: quantity.value * $0, distance: distance(quantity.range)) } }
            .filter(\.value.isFinite)
            .min { $0.distance < $1.distance }?
            .value
    }
}
