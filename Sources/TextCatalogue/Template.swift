/// A catalogue text with its named placeholders, `{name}`, found once: filling it in is joining.
/// `{role:lower}` writes the value in small letters, where the language's grammar wants that (a
/// role's name inside a sentence).
public struct Template: Sendable, Equatable {
    public enum Segment: Sendable, Equatable {
        case literal(String)
        case placeholder(String, lowercased: Bool)
    }

    public let segments: [Segment]

    public init(_ text: String) {
        var segments: [Segment] = []
        var literal = ""
        var rest = Substring(text)
        while let open = rest.firstIndex(of: "{") {
            literal += rest[..<open]
            let afterOpen = rest.index(after: open)
            let close = rest[afterOpen...].firstIndex(of: "}")
            let inside = close.map { rest[afterOpen..<$0] } ?? ""
            let lowercased = inside.hasSuffix(":lower")
            let name = lowercased ? inside.dropLast(6) : inside
            if let close, Self.isName(name) {
                if !literal.isEmpty { segments.append(.literal(literal)) }
                literal = ""
                segments.append(.placeholder(String(name), lowercased: lowercased))
                rest = rest[rest.index(after: close)...]
            } else {
                literal.append("{")
                rest = rest[afterOpen...]
            }
        }
        literal += rest
        if !literal.isEmpty { segments.append(.literal(literal)) }
        self.segments = segments
    }

    /// The placeholders' names, in the order they are written.
    public var placeholders: [String] {
        segments.compactMap { if case .placeholder(let name, _) = $0 { name } else { nil } }
    }

    static func isName(_ text: Substring) -> Bool {
        guard let first = text.first, first.isLetter, first.isASCII else { return false }
        return text.allSatisfy { ($0.isLetter || $0.isNumber) && $0.isASCII }
    }
}
