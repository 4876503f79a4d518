internal import CLibYAML

/// Walks libyaml's event stream before Yams composes a file, and refuses what composing cannot
/// survive: an alias anywhere inside a mapping key, more values than the budget, deeper nesting
/// than the limit.
///
/// Yams hashes every key while composing, to reject duplicates; a key that holds an alias to a
/// deeply nested node is hashed through every shared copy, in time exponential in the nesting,
/// before anything after composing can count it. Events see a key however it is written (`*a:`,
/// `? *a`, `[*a]: x`, `{k: *a}: x`, a block sequence under `?`), and see it before any hashing.
/// No criteria file or client profile needs an alias in a key, so one is refused outright.
enum YAMLEventScanner {
    /// What the scan refused, at a 1-based line and column.
    struct Refusal: Equatable {
        enum Reason: Equatable {
            case aliasInKey
            case tooManyValues(Int)
            case tooDeep(Int)
        }
        var reason: Reason
        var line: Int
        var column: Int
    }

    /// The first refusal in `text`, or nil. A syntax error ends the scan quietly: composing reports
    /// it with libyaml's own message.
    static func firstRefusal(in text: String, valueBudget: Int, maximumDepth: Int) -> Refusal? {
        var parser = yaml_parser_t()
        guard yaml_parser_initialize(&parser) == 1 else { return nil }
        defer { yaml_parser_delete(&parser) }
        var bytes = Array(text.utf8)
        return bytes.withUnsafeMutableBufferPointer { buffer -> Refusal? in
            yaml_parser_set_input_string(&parser, buffer.baseAddress, buffer.count)
            return walk(&parser, valueBudget: valueBudget, maximumDepth: maximumDepth)
        }
    }

    /// One open collection: whether it is a mapping waiting for a key, and whether it sits in a key.
    private struct Frame {
        var isMapping: Bool
        var expectsKey: Bool
        var insideKey: Bool
    }

    private static func walk(_ parser: inout yaml_parser_t, valueBudget: Int, maximumDepth: Int) -> Refusal? {
        var stack: [Frame] = []
        var values = 0
        var event = yaml_event_t()
        while yaml_parser_parse(&parser, &event) == 1 {
            defer { yaml_event_delete(&event) }
            let mark = event.start_mark
            let line = Int(mark.line) + 1
            let column = Int(mark.column) + 1
            let type = event.type
            if type == YAML_STREAM_END_EVENT { return nil }
            let startsNode = type == YAML_SCALAR_EVENT || type == YAML_ALIAS_EVENT
                || type == YAML_SEQUENCE_START_EVENT || type == YAML_MAPPING_START_EVENT
            if startsNode {
                let parent = stack.last
                let isKey = parent.map { $0.isMapping && $0.expectsKey } ?? false
                let insideKey = isKey || parent?.insideKey == true
                if type == YAML_ALIAS_EVENT, insideKey {
                    return Refusal(reason: .aliasInKey, line: line, column: column)
                }
                values += 1
                if values > valueBudget {
                    return Refusal(reason: .tooManyValues(valueBudget), line: line, column: column)
                }
                if type == YAML_SEQUENCE_START_EVENT || type == YAML_MAPPING_START_EVENT {
                    guard stack.count < maximumDepth else {
                        return Refusal(reason: .tooDeep(maximumDepth), line: line, column: column)
                    }
                    stack.append(Frame(isMapping: type == YAML_MAPPING_START_EVENT, expectsKey: true, insideKey: insideKey))
                } else {
                    nodeEnded(&stack)
                }
            } else if type == YAML_SEQUENCE_END_EVENT || type == YAML_MAPPING_END_EVENT {
                stack.removeLast()
                nodeEnded(&stack)
            }
        }
        return nil
    }

    /// A complete node moves its mapping from key to value, or from value to the next key.
    private static func nodeEnded(_ stack: inout [Frame]) {
        guard let last = stack.indices.last, stack[last].isMapping else { return }
        stack[last].expectsKey.toggle()
    }
}
