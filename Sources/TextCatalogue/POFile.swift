/// One gettext catalogue (`.po`), read the way Godstart writes them: every entry has a `msgctxt`, the
/// key the code knows it by; `msgid` is the Danish source text, `msgstr` the text in the file's
/// language; a plural entry has `msgid_plural` and `msgstr[0]`, `msgstr[1]`, ... in the order of the
/// language's `Plural-Forms`. Comments: `#.` for the translator, `#:` the Swift member that shows
/// the text, `#,` flags such as `fuzzy`.
public struct POFile: Sendable {
    public struct Entry: Sendable {
        public var context = ""
        public var translatorComments: [String] = []
        public var reference = ""
        public var flags: [String] = []
        public var source = ""
        public var sourcePlural: String?
        public var forms: [String] = []
        public var line = 0

        public var isPlural: Bool { sourcePlural != nil }
        /// The text itself, or its first plural form.
        public var text: String { forms.first ?? "" }
    }

    public struct ReadError: Error, CustomStringConvertible, Sendable {
        public let line: Int
        public let problem: String
        public var description: String { "line \(line): \(problem)" }
    }

    public var header: [String: String] = [:]
    public var entries: [Entry] = []

    public init(_ text: String) throws(ReadError) {
        var entry = Entry()
        var started = false
        /// Which string the continuation lines ("...") add to.
        enum Field { case context, source, sourcePlural, form(Int) }
        var field: Field?
        var isHeader = false

        func finish() {
            guard started else { return }
            if isHeader {
                for line in entry.text.split(separator: "\n") {
                    guard let colon = line.firstIndex(of: ":") else { continue }
                    header[String(line[..<colon])] = line[line.index(after: colon)...].trimmingSpaces
                }
            } else {
                entries.append(entry)
            }
            entry = Entry()
            started = false
            field = nil
            isHeader = false
        }

        func append(_ string: String, to field: Field) {
            switch field {
            case .context: entry.context += string
            case .source: entry.source += string
            case .sourcePlural: entry.sourcePlural = (entry.sourcePlural ?? "") + string
            case .form(let n): entry.forms[n] += string
            }
        }

        for (offset, raw) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let lineNumber = offset + 1
            let line = raw.trimmingSpaces
            if line.isEmpty { finish(); continue }
            // A comment or keyword after a complete entry begins the next one.
            if !entry.forms.isEmpty, line.hasPrefix("#") || line.hasPrefix("msgctxt ") || line.hasPrefix("msgid ") { finish() }
            if line.hasPrefix("#") {
                if !started { entry.line = lineNumber }
                started = true
                if line.hasPrefix("#.") { entry.translatorComments.append(String(line.dropFirst(2)).trimmingSpaces) }
                else if line.hasPrefix("#:") { entry.reference = String(line.dropFirst(2)).trimmingSpaces }
                else if line.hasPrefix("#,") {
                    entry.flags += line.dropFirst(2).split(separator: ",").map { String($0).trimmingSpaces }
                }
                continue
            }
            if line.hasPrefix("\"") {
                guard let field else { throw ReadError(line: lineNumber, problem: "a string with no keyword before it") }
                append(try Self.unquote(line, lineNumber), to: field)
                continue
            }
            guard let space = line.firstIndex(of: " ") else {
                throw ReadError(line: lineNumber, problem: "expected a keyword and a quoted string")
            }
            let keyword = String(line[..<space])
            let value = try Self.unquote(line[line.index(after: space)...].trimmingSpaces, lineNumber)
            switch keyword {
            case "msgctxt":
                if !started { entry.line = lineNumber }
                started = true
                entry.context = value
                field = .context
            case "msgid":
                if !started { entry.line = lineNumber }
                started = true
                entry.source = value
                field = .source
                isHeader = value.isEmpty && entry.context.isEmpty
            case "msgid_plural":
                entry.sourcePlural = value
                field = .sourcePlural
            case "msgstr":
                entry.forms = [value]
                field = .form(0)
            default:
                guard keyword.hasPrefix("msgstr["), keyword.hasSuffix("]"),
                      let n = Int(keyword.dropFirst(7).dropLast()), n == entry.forms.count
                else { throw ReadError(line: lineNumber, problem: "unknown keyword \(keyword)") }
                entry.forms.append(value)
                field = .form(n)
            }
        }
        finish()
    }

    /// The language's rule for choosing a plural form, from the `Plural-Forms` header.
    public func pluralRule() throws -> PluralRule {
        try PluralRule(header: header["Plural-Forms"] ?? "nplurals=2; plural=(n != 1);")
    }

    static func unquote(_ quoted: String, _ line: Int) throws(ReadError) -> String {
        guard quoted.count >= 2, quoted.first == "\"", quoted.last == "\"" else {
            throw ReadError(line: line, problem: "a string must be in double quotes")
        }
        var result = ""
        var escaped = false
        for character in quoted.dropFirst().dropLast() {
            if escaped {
                switch character {
                case "n": result.append("\n")
                case "t": result.append("\t")
                case "\"", "\\": result.append(character)
                default: throw ReadError(line: line, problem: "unknown escape \\\(character)")
                }
                escaped = false
            } else if character == "\\" {
                escaped = true
            } else if character == "\"" {
                throw ReadError(line: line, problem: "a double quote inside a string must be written \\\"")
            } else {
                result.append(character)
            }
        }
        if escaped { throw ReadError(line: line, problem: "a string ends in a backslash") }
        return result
    }
}

extension StringProtocol {
    var trimmingSpaces: String {
        var slice = Substring(self)
        while let first = slice.first, first == " " || first == "\t" || first == "\r" { slice = slice.dropFirst() }
        while let last = slice.last, last == " " || last == "\t" || last == "\r" { slice = slice.dropLast() }
        return String(slice)
    }
}
