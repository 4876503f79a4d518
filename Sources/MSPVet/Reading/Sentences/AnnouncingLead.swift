/// A sentence that announces the items after it ("This agreement may be terminated:", "Either
/// party may terminate as follows:"), and the numbered clauses that stand as blocks of their own
/// below it ("10.2.3 by either party for any reason on sixty days' notice;"). Each such item is
/// read with the lead, as the lettered items of one sentence are (`EnumeratedItems`): the lead
/// holds the verb, the item the grounds, and neither is the clause alone.
enum AnnouncingLead {
    /// The most tokens of a lead repeated before each item: a longer "lead" is a paragraph that
    /// happens to end in a colon.
    static let maximumTokens = 60

    /// Whether text ends by announcing what follows: a colon at its end. Asked of every sentence,
    /// so it reads bytes from the end rather than Characters.
    static func announces(_ text: Substring) -> Bool {
        text.utf8.last { !$0.isASCIISpace } == UInt8(ascii: ":")
    }

    /// `item` read after `lead`, quoted "lead … item". The lead's colon still stands before the
    /// item: a "not" in the lead ("the warranty does not apply to:") denies nothing in it.
    static func join(_ lead: Sentence, _ item: Sentence) -> Sentence {
        var itemTokens = item.tokens
        if !itemTokens.isEmpty { itemTokens[0].breakBefore = .colon }
        var joined = Sentence(text: lead.text + " … " + item.text, line: item.line, page: item.page,
                              heading: item.heading, clause: item.clause, tokens: lead.tokens + itemTokens)
        joined.announcingLead = lead.tokens.count
        return joined
    }

    /// The lead the blocks read so far ended on, while the blocks after it are its items.
    struct Pending {
        private var lead: Sentence?
        /// The clause the lead stands in ("1.2"), when the lead's block or the heading just above
        /// it opened that clause: its numbered items are its own sub-clauses.
        private var clause: String?

        /// The lead `block` is an item of: one is pending and the block is a list item or opens
        /// with a list label or clause number. Any other block ends the list, and so does a clause
        /// number outside the lead's clause: after "1.2 … unless either party gives notice:" and
        /// its items (a) and (b), "2.1 The Client pays monthly." is the next clause.
        mutating func lead(for block: [Sentence], isListItem: Bool) -> Sentence? {
            guard let lead, isListItem || block.first?.tokens.first?.isListLabel == true, !opensAnotherClause(block) else {
                self.lead = nil
                return nil
            }
            return lead
        }

        private func opensAnotherClause(_ block: [Sentence]) -> Bool {
            guard let clause, let first = block.first,
                  let number = ClauseHeading.opening(first.text, standsAlone: false)?.number else { return false }
            return !number.hasPrefix(clause + ".")
        }

        /// Remembers the block's last sentence when it announces items, with the clause it is in;
        /// an item's block that announces none leaves the lead in place for the next item.
        mutating func close(_ block: [Sentence], clause: String?) {
            guard let last = block.last, AnnouncingLead.announces(last.text[...]), last.tokens.count <= maximumTokens else { return }
            lead = last
            self.clause = clause
        }

        mutating func reset() { lead = nil }
    }
}
