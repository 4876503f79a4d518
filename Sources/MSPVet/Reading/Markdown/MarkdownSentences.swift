extension SentenceSegmenter {
    /// Sentences of Markdown or plain text, cut block by block as the blocks are read.
    static func segment(_ text: String) -> [Sentence] {
        sentences { take in MarkdownBlocks.forEachBlock(in: text, take) }
    }
}
