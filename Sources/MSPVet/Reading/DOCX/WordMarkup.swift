/// Judgements on WordprocessingML markup that every part's collector makes the same way.
enum WordMarkup {
    /// A toggle property is on unless its value turns it off (`<w:b/>`, `<w:b w:val="0"/>`,
    /// `w:val="false"` or `"off"`).
    static func isOn(_ value: String?) -> Bool {
        value.map { $0 != "0" && $0 != "false" && $0 != "off" } ?? true
    }

    /// Whether an element records properties as they were before a tracked change
    /// (`w:rPrChange`, `w:pPrChange`): what is inside it is not the text's formatting now.
    static func recordsFormerProperties(_ name: String) -> Bool {
        name == "w:rPrChange" || name == "w:pPrChange"
    }
}
