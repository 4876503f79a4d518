import Foundation

/// The entry points the fuzzer drives (`Tests/Fuzz`) and the regression tests replay: each takes
/// arbitrary bytes and must return, whatever they hold, within the documented limits.
enum FuzzTarget: String, CaseIterable, Sendable {
    /// Text as proposals are read: blocks, sentences, tokens, quantities, negation, the word index.
    case text
    /// A pattern (the first line) compiled and run over text (the rest).
    case pattern
    /// Criteria files and client profiles, from YAML through every check kind's decoder and the
    /// examples they carry.
    case yaml
    /// Every document reader, chosen by content (Markdown, HTML, DOCX, PDF).
    case document

    func run(_ data: Data) {
        switch self {
        case .text:
            let sentences = SentenceSegmenter.segment(String(decoding: data, as: UTF8.self))
            let detector = NegationDetector()
            for sentence in sentences where !sentence.tokens.isEmpty {
                _ = QuantityReader.quantities(in: sentence.tokens)
                _ = detector.negation(of: 0..<1, in: sentence.tokens)
            }
            _ = DocumentIndex(sentences: sentences)
        case .pattern:
            let input = String(decoding: data, as: UTF8.self)
            let parts = input.split(separator: "\n", maxSplits: 1, omittingEmptySubsequences: false)
            guard let source = parts.first, let compiled = try? CompiledPattern(String(source)) else { return }
            for sentence in SentenceSegmenter.segment(parts.count > 1 ? String(parts[1]) : "") {
                _ = compiled.matches(in: sentence.tokens)
                _ = compiled.matchesWhole(sentence.tokens)
            }
        case .yaml:
            let text = String(decoding: data, as: UTF8.self)
            if let set = try? CriteriaLoader().load(texts: [("fuzz.yaml", text)]) {
                _ = ExampleRunner(criteria: set).run()
            }
            _ = try? ClientProfileLoader(catalogue: PlatformCatalogue(platforms: [], aliasNodes: [])).load(text: text, path: "client.yaml")
        case .document:
            // Under libFuzzer's 10-second timeout per input.
            _ = try? ProposalReader(limits: InputLimits(pdfSeconds: 5)).read(data, path: "input")
        }
    }
}
