/// Reads `word/numbering.xml` into a `WordNumbering`: the list definitions, the lists that use
/// them, and the paragraph styles tied to their levels.
struct WordNumberingCollector: WordXMLCollector {
    private(set) var numbering = WordNumbering()

    private var definition: String?
    /// The levels of the definition being read, stored when the definition ends.
    private var definitionLevels: [Int: WordNumbering.Level] = [:]
    private var level: Int?
    private var levelValues = WordNumbering.Level()
    private var list: String?
    private var overrideLevel: Int?
    /// Inside a tracked change of properties, which records them as they were.
    private var formerDepth = 0

    mutating func start(_ name: String, attribute: (String) -> String?) {
        if WordMarkup.recordsFormerProperties(name) { formerDepth += 1 }
        guard formerDepth == 0 else { return }
        let value = attribute("w:val")
        switch name {
        case "w:abstractNum":
            definition = attribute("w:abstractNumId")
            definitionLevels = [:]
        case "w:lvl" where definition != nil:
            level = attribute("w:ilvl").flatMap { Int($0) }
            levelValues = WordNumbering.Level()
        case "w:start" where level != nil:
            levelValues.start = value.flatMap(Self.start) ?? 1
        case "w:numFmt" where level != nil:
            levelValues.format = WordNumbering.Format(value ?? "decimal")
        case "w:lvlText" where level != nil:
            levelValues.text = value ?? ""
        case "w:isLgl" where level != nil:
            levelValues.isLegal = WordMarkup.isOn(value)
        case "w:pStyle" where level != nil:
            if let value, let definition, let level { numbering.styleLevels[value] = (definition, level) }
        case "w:num":
            list = attribute("w:numId")
        case "w:abstractNumId" where list != nil:
            if let list, let value { numbering.lists[list] = (value, numbering.lists[list]?.restarts ?? [:]) }
        case "w:lvlOverride" where list != nil:
            overrideLevel = attribute("w:ilvl").flatMap { Int($0) }
        case "w:startOverride" where overrideLevel != nil:
            if let list, let overrideLevel, let start = value.flatMap(Self.start) {
                numbering.lists[list, default: ("", [:])].restarts[overrideLevel] = start
            }
        default:
            break
        }
    }

    /// A list's start value, held to what a list could reach: counting on from a damaged file's
    /// `Int.max` would overflow.
    private static func start(_ value: String) -> Int? {
        Int(value).map { min(max($0, 0), 1_000_000) }
    }

    mutating func characters(_ string: String) {}

    mutating func end(_ name: String) {
        if WordMarkup.recordsFormerProperties(name) {
            formerDepth = max(0, formerDepth - 1)
            return
        }
        guard formerDepth == 0 else { return }
        switch name {
        case "w:lvl":
            if definition != nil, let level, (0..<WordNumbering.levels).contains(level) {
                definitionLevels[level] = levelValues
            }
            level = nil
        case "w:abstractNum":
            if let definition { numbering.definitions[definition] = definitionLevels }
            definition = nil
        case "w:lvlOverride":
            overrideLevel = nil
        case "w:num":
            list = nil
        default:
            break
        }
    }
}
