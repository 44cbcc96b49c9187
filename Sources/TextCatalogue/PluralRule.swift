/// A language's rule for plural forms, written as gettext writes it in a catalogue's header:
/// `nplurals=2; plural=(n != 1);`. The expression is C's: `n`, whole numbers, `== != < <= > >=`,
/// `% + -`, `&& || !`, `? :` and parentheses, which is all that any language's rule uses. Each
/// language's rule is CLDR's for whole numbers.
public struct PluralRule: Sendable {
    public let count: Int
    private let expression: Expression

    public init(header: String) throws(RuleError) {
        var count: Int?
        var expression: Expression?
        for part in header.split(separator: ";") {
            let pair = part.split(separator: "=", maxSplits: 1).map { $0.trimmingSpaces }
            guard pair.count == 2 else { continue }
            if pair[0] == "nplurals" { count = Int(pair[1]) }
            if pair[0] == "plural" {
                var parser = Parser(tokens: try Self.tokens(pair[1]))
                expression = try parser.ternary()
                guard parser.position == parser.tokens.count else { throw RuleError("unexpected \(parser.tokens[parser.position])") }
            }
        }
        guard let count, count > 0, let expression else { throw RuleError("Plural-Forms needs nplurals and plural") }
        self.count = count
        self.expression = expression
    }

    /// The index of the plural form for `n`.
    public func form(for n: Int) -> Int {
        min(max(expression.value(n), 0), count - 1)
    }

    public struct RuleError: Error, CustomStringConvertible, Sendable {
        public let description: String
        init(_ description: String) { self.description = "Plural-Forms: \(description)" }
    }

    indirect enum Expression: Sendable {
        case n
        case number(Int)
        case not(Expression)
        case negate(Expression)
        case binary(String, Expression, Expression)
        case choice(Expression, Expression, Expression)

        func value(_ n: Int) -> Int {
            switch self {
            case .n: return n
            case .number(let value): return value
            case .not(let e): return e.value(n) == 0 ? 1 : 0
            case .negate(let e): return -e.value(n)
            case .choice(let test, let yes, let no): return test.value(n) != 0 ? yes.value(n) : no.value(n)
            case .binary(let op, let l, let r):
                let a = l.value(n)
                if op == "&&" { return a != 0 && r.value(n) != 0 ? 1 : 0 }
                if op == "||" { return a != 0 || r.value(n) != 0 ? 1 : 0 }
                let b = r.value(n)
                switch op {
                case "==": return a == b ? 1 : 0
                case "!=": return a != b ? 1 : 0
                case "<": return a < b ? 1 : 0
                case "<=": return a <= b ? 1 : 0
                case ">": return a > b ? 1 : 0
                case ">=": return a >= b ? 1 : 0
                case "%": return b == 0 ? 0 : a % b
                case "+": return a + b
                default: return a - b
                }
            }
        }
    }

    static func tokens(_ text: String) throws(RuleError) -> [String] {
        var tokens: [String] = []
        var characters = Array(text)[...]
        while let c = characters.first {
            if c == " " { characters = characters.dropFirst(); continue }
            if c.isNumber {
                let digits = characters.prefix { $0.isNumber }
                tokens.append(String(digits))
                characters = characters.dropFirst(digits.count)
                continue
            }
            let two = String(characters.prefix(2))
            if ["==", "!=", "<=", ">=", "&&", "||"].contains(two) {
                tokens.append(two)
                characters = characters.dropFirst(2)
            } else if "n()?:!<>%+-".contains(c) {
                tokens.append(String(c))
                characters = characters.dropFirst()
            } else {
                throw RuleError("cannot read \(c)")
            }
        }
        return tokens
    }

    /// Precedence climbing over C's operators, loosest first.
    struct Parser {
        let tokens: [String]
        var position = 0
        static let levels: [[String]] = [["||"], ["&&"], ["==", "!="], ["<", "<=", ">", ">="], ["+", "-"], ["%"]]

        mutating func next() -> String? {
            guard position < tokens.count else { return nil }
            defer { position += 1 }
            return tokens[position]
        }
        var peek: String? { position < tokens.count ? tokens[position] : nil }

        mutating func ternary() throws(RuleError) -> Expression {
            let test = try binary(0)
            guard peek == "?" else { return test }
            _ = next()
            let yes = try ternary()
            guard next() == ":" else { throw RuleError("expected :") }
            return .choice(test, yes, try ternary())
        }

        mutating func binary(_ level: Int) throws(RuleError) -> Expression {
            if level == Self.levels.count { return try unary() }
            var left = try binary(level + 1)
            while let op = peek, Self.levels[level].contains(op) {
                _ = next()
                left = .binary(op, left, try binary(level + 1))
            }
            return left
        }

        mutating func unary() throws(RuleError) -> Expression {
            switch next() {
            case "n": return .n
            case "!": return .not(try unary())
            case "-": return .negate(try unary())
            case "(":
                let inner = try ternary()
                guard next() == ")" else { throw RuleError("expected )") }
                return inner
            case let token?:
                guard let value = Int(token) else { throw RuleError("unexpected \(token)") }
                return .number(value)
            case nil: throw RuleError("the expression ends too early")
            }
        }
    }
}
