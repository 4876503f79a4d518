/// A pattern compiled to a Thompson automaton over tokens.
///
/// Matching simulates every live state at once (a Pike VM), so its cost is the sentence's length
/// times the automaton's size, whatever the pattern: there is no backtracking to blow up.
struct CompiledPattern: Sendable {
    enum Instruction: Sendable {
        case test(WordTest, next: Int)
        case split(Int, Int)
        case jump(Int)
        case accept
    }

    /// The pattern as written, for evidence and explanations.
    let source: String
    let program: [Instruction]
    /// The tests a match can begin with: a sentence that passes none of them is skipped at once.
    let firstTests: [WordTest]
    /// Every test the pattern makes, for telling its own words from negation cues inside a match.
    let words: [WordTest]
    /// The words a match can begin with, then, for each later element a match cannot do without,
    /// the words that element can begin with: a sentence must hold one word of every set to be
    /// worth running ("move … {platform}" needs a move word *and* a platform name).
    let anchors: [[WordTest]]
    /// The anchors' tests as the index's memo knows them, computed once here rather than at
    /// every look-up.
    let anchorKeys: [[PostingMemo.Key]]
    /// The first bytes (of a token's folded text) a first test can accept, so most words are
    /// turned down without comparing strings; nil when a first test takes any number or token.
    private let firstBytes: [Bool]?

    init(source: String, node: PatternNode) {
        self.source = source
        var builder = ProgramBuilder()
        builder.emit(node)
        builder.append(.accept)
        program = builder.program
        firstTests = Self.firstTests(of: builder.program)
        words = builder.program.compactMap { instruction in
            if case .test(let test, _) = instruction, test != .any { return test }
            return nil
        }
        let required: [PatternNode] = if case .sequence(let parts) = node { parts.filter { !$0.canBeEmpty } } else { [node] }
        // Usually the first required element starts the match, and its set is the first tests already.
        let first = firstTests
        anchors = [first] + required.map(Self.firstWords).filter { !$0.contains(.any) && $0 != first }
        anchorKeys = anchors.map { $0.map(\.memoKey) }
        firstBytes = Self.firstBytes(of: first)
    }

    /// Parses and compiles in one step.
    init(_ source: String, parser: PatternParser = PatternParser()) throws(PatternParser.Failure) {
        self.init(source: source, node: try parser.parse(source))
    }

    /// Every non-overlapping match in `tokens`, in order: the first match to end (the leftmost of
    /// those ending there), then the next one to end after it, and so on. Each token is stepped
    /// over once, so the cost stays linear in the sentence.
    func matches(in tokens: [Token]) -> [Range<Int>] {
        guard mayMatch(tokens) else { return [] }
        return scan(tokens)
    }

    /// `matches(in:)` without the first-word check, for callers that already know a start word is there.
    func scan(_ tokens: [Token]) -> [Range<Int>] {
        var scratch = makeScratch()
        return scan(tokens, scratch: &scratch)
    }

    /// The automaton's working lists, made once for a pattern and used again for each sentence it
    /// runs on: making them for every sentence was four allocations a candidate sentence.
    struct Scratch {
        fileprivate var current: ThreadList
        fileprivate var next: ThreadList
    }

    func makeScratch() -> Scratch {
        Scratch(current: ThreadList(capacity: program.count), next: ThreadList(capacity: program.count))
    }

    /// `scan(_:)` with lists from `makeScratch()` of this pattern.
    func scan(_ tokens: [Token], scratch: inout Scratch) -> [Range<Int>] {
        var result: [Range<Int>] = []
        var from = 0
        while from < tokens.count, let match = firstMatch(in: tokens, from: from, current: &scratch.current, next: &scratch.next) {
            result.append(match)
            from = match.upperBound
        }
        return result
    }

    /// True when all of `tokens` is one match (a name compared against a platform's aliases).
    func matchesWhole(_ tokens: [Token]) -> Bool {
        guard !tokens.isEmpty else { return false }
        var current = ThreadList(capacity: program.count)
        var next = ThreadList(capacity: program.count)
        var accepted: Int?
        add(start: 0, pc: 0, to: &current, at: 0, accepted: &accepted)
        for position in tokens.indices {
            accepted = nil
            advance(&current, &next, over: tokens[position], to: position + 1, accepted: &accepted)
        }
        return accepted == 0
    }

    private func firstMatch(in tokens: [Token], from origin: Int, current: inout ThreadList, next: inout ThreadList) -> Range<Int>? {
        current.reset()
        next.reset()
        var accepted: Int? // the earliest start that reached accept at this position
        for position in origin...tokens.count {
            // Threads already running started earlier, so they claim states first. A thread
            // started on a word no first test accepts dies at the next step having claimed
            // nothing there, so it is not started: most words of a sentence begin no match.
            if position == tokens.count || startsMatch(tokens[position]) {
                add(start: position, pc: 0, to: &current, at: position, accepted: &accepted)
            } else if current.threads.isEmpty {
                continue
            }
            if let start = accepted { return start..<position }
            guard position < tokens.count else { break }
            advance(&current, &next, over: tokens[position], to: position + 1, accepted: &accepted)
            if let start = accepted { return start..<(position + 1) }
        }
        return nil
    }

    /// One step: the threads of `current` that accept `token` move on into `next`, which then
    /// becomes `current`.
    private func advance(_ current: inout ThreadList, _ next: inout ThreadList, over token: Token, to position: Int,
                         accepted: inout Int?) {
        next.reset()
        for (pc, start) in current.threads {
            if case .test(let test, let target) = program[pc], test.accepts(token) {
                add(start: start, pc: target, to: &next, at: position, accepted: &accepted)
            }
        }
        swap(&current, &next)
    }

    private func mayMatch(_ tokens: [Token]) -> Bool {
        tokens.contains(where: startsMatch)
    }

    private func startsMatch(_ token: Token) -> Bool {
        if let firstBytes {
            guard let byte = token.text.utf8.first, firstBytes[Int(byte)] else { return false }
        }
        return firstTests.contains { $0.accepts(token) }
    }

    /// The table `startsMatch` reads: each test's first byte, folded as token text is (an
    /// `=Exact` word's first letter lower-cased); every non-ASCII byte, since folding those is
    /// not a byte's matter; nil when a test takes a number or any token, whatever it starts with.
    private static func firstBytes(of tests: [WordTest]) -> [Bool]? {
        var table = Array(repeating: false, count: 256)
        for byte in 0x80...0xFF { table[byte] = true }
        for test in tests {
            let word: String
            switch test {
            case .literal(let text), .prefix(let text): word = text
            case .exact(let text): word = text.lowercased()
            case .number, .any: return nil
            }
            // An empty prefix accepts every word.
            guard let byte = word.utf8.first else { return nil }
            table[Int(byte)] = true
        }
        return table
    }

    /// Follows jumps and splits from `pc`, adding the test states reached; reaching accept records
    /// the thread's start.
    private func add(start: Int, pc: Int, to list: inout ThreadList, at position: Int, accepted: inout Int?) {
        guard list.claim(pc) else { return }
        switch program[pc] {
        case .test:
            list.threads.append((pc, start))
        case .jump(let target):
            add(start: start, pc: target, to: &list, at: position, accepted: &accepted)
        case .split(let first, let second):
            add(start: start, pc: first, to: &list, at: position, accepted: &accepted)
            add(start: start, pc: second, to: &list, at: position, accepted: &accepted)
        case .accept:
            if position > start { accepted = min(accepted ?? start, start) }
        }
    }

    /// The words a match of `node` can begin with.
    private static func firstWords(of node: PatternNode) -> [WordTest] {
        switch node {
        case .word(let test): return [test]
        case .gap: return [.any]
        case .optional(let inner): return firstWords(of: inner)
        case .alternatives(let choices): return choices.flatMap(firstWords)
        case .sequence(let parts):
            var words: [WordTest] = []
            for part in parts {
                words += firstWords(of: part)
                if !part.canBeEmpty { break }
            }
            return words
        }
    }

    private static func firstTests(of program: [Instruction]) -> [WordTest] {
        var seen = Set<Int>()
        var tests: [WordTest] = []
        func visit(_ pc: Int) {
            guard seen.insert(pc).inserted else { return }
            switch program[pc] {
            case .test(let test, _): if !tests.contains(test) { tests.append(test) }
            case .jump(let target): visit(target)
            case .split(let first, let second): visit(first); visit(second)
            case .accept: break
            }
        }
        visit(0)
        return tests
    }
}

/// The live states of one step, each claimed once (by the earliest-starting thread).
private struct ThreadList {
    var threads: [(pc: Int, start: Int)] = []
    /// The step that last claimed each state: a state is claimed this step when its stamp is the
    /// current one, so clearing the list is one increment, not a pass over what was claimed.
    private var stamps: [UInt32]
    private var step: UInt32 = 1

    init(capacity: Int) {
        stamps = Array(repeating: 0, count: capacity)
        threads.reserveCapacity(capacity)
    }

    mutating func claim(_ pc: Int) -> Bool {
        if stamps[pc] == step { return false }
        stamps[pc] = step
        return true
    }

    mutating func reset() {
        threads.removeAll(keepingCapacity: true)
        if step == .max {
            // After four billion steps the stamps start again from a clean slate.
            for index in stamps.indices { stamps[index] = 0 }
            step = 1
        } else {
            step += 1
        }
    }
}

/// Thompson's construction: each node appends instructions; forward targets are patched in place.
private struct ProgramBuilder {
    var program: [CompiledPattern.Instruction] = []

    mutating func append(_ instruction: CompiledPattern.Instruction) {
        program.append(instruction)
    }

    mutating func emit(_ node: PatternNode) {
        switch node {
        case .word(let test):
            append(.test(test, next: program.count + 1))
        case .sequence(let parts):
            for part in parts { emit(part) }
        case .optional(let inner):
            let split = program.count
            append(.split(split + 1, -1))
            emit(inner)
            program[split] = .split(split + 1, program.count)
        case .gap(let size):
            for _ in 0..<size { emit(.optional(.word(.any))) }
        case .alternatives(let choices):
            var jumps: [Int] = []
            for (index, choice) in choices.enumerated() {
                if index == choices.count - 1 {
                    emit(choice)
                } else {
                    let split = program.count
                    append(.split(split + 1, -1))
                    emit(choice)
                    jumps.append(program.count)
                    append(.jump(-1))
                    program[split] = .split(split + 1, program.count)
                }
            }
            for jump in jumps { program[jump] = .jump(program.count) }
        }
    }
}
