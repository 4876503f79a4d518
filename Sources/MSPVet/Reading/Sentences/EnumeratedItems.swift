/// Alternatives a contract lists inside one sentence: "either party may terminate this agreement
/// (i) upon the other's material breach or (ii) for any reason on ninety days' notice". Each
/// item is a clause of its own, read with the words that lead into it: the breach in (i) says
/// nothing of (ii), and (ii) with its lead-in is the right to leave. Read as one sentence, the
/// lead-in is too far from the second item for a pattern to join them, and the first item's
/// breach would rule the second out.
///
/// Items are marked by a letter or a Roman numeral in brackets, standing after a space: "(a)",
/// "(b)"… or "(i)", "(ii)"…, in order. Numbers in brackets are left alone, since contracts write
/// every figure twice ("thirty (30) days", "one (1) year and two (2) years").
enum EnumeratedItems {
    /// The lead-in and the items of `text`, as ranges of it; nil when it lists no alternatives
    /// (fewer than two items in order, or nothing before the first).
    static func split(_ text: Substring) -> (lead: Range<String.Index>, items: [Range<String.Index>])? {
        let markers = Self.markers(in: text)
        guard markers.count >= 2 else { return nil }
        guard let series = Self.series(of: markers) else { return nil }
        let starts = series.map { markers[$0].position }
        let lead = text.startIndex..<starts[0]
        guard text[lead].containsUTF8Byte(where: { $0.isASCIILetter || $0 >= 0x80 }) else { return nil }
        let items = starts.indices.map { index in
            starts[index]..<(index + 1 < starts.count ? starts[index + 1] : text.endIndex)
        }
        // "the charges in items (a) and (b) of Schedule C" cites items; it lists no clauses.
        guard items.allSatisfy({ Self.words(in: text[$0]) >= 3 }) else { return nil }
        return (lead, items)
    }

    /// Words holding a letter, the item's label among them; counting stops at `enough`. Bytes,
    /// not Characters: an item can run to the end of a long sentence.
    private static func words(in text: Substring, enough: Int = 3) -> Int {
        var count = 0
        var inWord = false
        var wordHasLetter = false
        for byte in text.utf8 {
            if isSpace(byte) {
                if inWord, wordHasLetter { count += 1 }
                if count >= enough { return count }
                (inWord, wordHasLetter) = (false, false)
            } else {
                inWord = true
                wordHasLetter = wordHasLetter || byte.isASCIILetter || byte >= 0x80
            }
        }
        return inWord && wordHasLetter ? count + 1 : count
    }

    /// A bracketed label: where its "(" stands and what it holds.
    private struct Marker {
        var position: String.Index
        var label: Substring
    }

    /// Every "(x)" of one to four ASCII letters standing after white space (or at the start) and
    /// before white space: "Section 5(a)" and "Party(ies)" are references and plurals, not items.
    /// This runs on every sentence, so it walks the bytes by offset and makes an index only for
    /// a marker found.
    private static func markers(in text: Substring) -> [Marker] {
        let offsets = text.withUTF8Bytes(markerOffsets)
        guard !offsets.isEmpty else { return [] }
        return offsets.map { offset in
            let position = text.utf8.index(text.startIndex, offsetBy: offset.start)
            let labelStart = text.utf8.index(after: position)
            return Marker(position: position, label: text[labelStart..<text.utf8.index(labelStart, offsetBy: offset.end - offset.start - 1)])
        }
    }

    /// The byte offsets of each marker's "(" and of its ")".
    private static func markerOffsets(_ bytes: UnsafeBufferPointer<UInt8>) -> [(start: Int, end: Int)] {
        var found: [(start: Int, end: Int)] = []
        var index = 0
        while index < bytes.count {
            defer { index += 1 }
            guard bytes[index] == UInt8(ascii: "("), index == 0 || isSpace(bytes[index - 1]) else { continue }
            var end = index + 1
            while end < bytes.count, end - index <= 5, bytes[end].isASCIILetter { end += 1 }
            let length = end - index - 1
            guard (1...4).contains(length), end < bytes.count, bytes[end] == UInt8(ascii: ")"),
                  end + 1 == bytes.count || isSpace(bytes[end + 1]) else { continue }
            found.append((index, end))
        }
        return found
    }

    private static func isSpace(_ byte: UInt8) -> Bool {
        byte == 0x20 || byte == 0x0A || byte == 0x09
    }

    /// The markers of the first series, as indices into `markers`: its first marker is the first
    /// whose successor comes later ("(i)" then "(ii)", "(x)" then "(y)"), and each marker after
    /// it that is the next label; labels of nested lists between them are left inside the items.
    private static func series(of markers: [Marker]) -> [Int]? {
        for first in markers.indices {
            let label = markers[first].label
            // "(i)" opens a Roman series when "(ii)" follows, a series of letters when "(j)" does.
            let kinds: [Kind] = [.roman, .lowerLetter, .upperLetter, .upperRoman].filter { $0.contains(label) }
            for kind in kinds {
                var chosen = [first]
                var expected = kind.successor(of: label)
                for later in markers.indices.dropFirst(first + 1) where markers[later].label == expected {
                    chosen.append(later)
                    expected = kind.successor(of: markers[later].label)
                }
                if chosen.count >= 2 { return chosen }
            }
        }
        return nil
    }

    private enum Kind {
        case roman, upperRoman, lowerLetter, upperLetter

        private static let romans = ["i", "ii", "iii", "iv", "v", "vi", "vii", "viii", "ix", "x", "xi", "xii", "xiii", "xiv", "xv",
                                     "xvi", "xvii", "xviii", "xix", "xx"]

        func contains(_ label: Substring) -> Bool {
            switch self {
            case .roman: Self.romans.contains(String(label))
            case .upperRoman: Self.romans.contains(label.lowercased()) && label.allSatisfy(\.isUppercase)
            case .lowerLetter: label.count == 1 && label.first!.isLowercase
            case .upperLetter: label.count == 1 && label.first!.isUppercase
            }
        }

        func successor(of label: Substring) -> Substring {
            switch self {
            case .roman, .upperRoman:
                guard let index = Self.romans.firstIndex(of: label.lowercased()), index + 1 < Self.romans.count else { return "" }
                let next = Self.romans[index + 1]
                return Substring(self == .roman ? next : next.uppercased())
            case .lowerLetter, .upperLetter:
                guard let scalar = label.unicodeScalars.first, let next = Unicode.Scalar(scalar.value + 1),
                      (self == .lowerLetter ? ("a"..."z") : ("A"..."Z")).contains(next) else { return "" }
                return Substring(String(Character(next)))
            }
        }
    }
}
