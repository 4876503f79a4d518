/// The distinct words of a document, each given a slot in the order first seen: an open-addressing
/// table over a cheap hash of the word's bytes (FNV-1a), for the one look-up every token needs.
struct WordTable {
    /// The words, in slot order.
    private(set) var words: [String] = []
    private var hashes: [UInt64] = []
    /// Slot + 1 of the word in each bucket; 0 is empty. A power of two long, at most half full.
    private var buckets = [Int32](repeating: 0, count: 1024)

    /// The word's slot; a new word gets the next one (`words.count` before the call).
    mutating func slot(of word: String) -> Int {
        let hash = Self.hash(word)
        let mask = buckets.count - 1
        var bucket = Int(truncatingIfNeeded: hash) & mask
        while buckets[bucket] != 0 {
            let slot = Int(buckets[bucket]) - 1
            if hashes[slot] == hash, words[slot] == word { return slot }
            bucket = (bucket + 1) & mask
        }
        words.append(word)
        hashes.append(hash)
        buckets[bucket] = Int32(words.count)
        if words.count * 2 > buckets.count { grow() }
        return words.count - 1
    }

    private mutating func grow() {
        buckets = [Int32](repeating: 0, count: buckets.count * 2)
        let mask = buckets.count - 1
        for (slot, hash) in hashes.enumerated() {
            var bucket = Int(truncatingIfNeeded: hash) & mask
            while buckets[bucket] != 0 { bucket = (bucket + 1) & mask }
            buckets[bucket] = Int32(slot + 1)
        }
    }

    /// FNV-1a over the word's UTF-8 bytes: a few instructions a byte, where `String`'s SipHash
    /// took hundreds a word.
    static func hash(_ word: String) -> UInt64 {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        word.withUTF8Bytes { bytes in
            for byte in bytes {
                hash = (hash ^ UInt64(byte)) &* 0x100_0000_01b3
            }
        }
        // FNV's low bits mix poorly; fold the high half in before masking.
        return hash ^ (hash >> 32)
    }
}
