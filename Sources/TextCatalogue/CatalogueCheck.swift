/// What must hold for Godstart to build from its catalogues: the source catalogue (Danish) names a
/// Swift member for every text, and every other catalogue has exactly the source's keys, each
/// translated, for the same source text, with the same placeholders and its language's number of
/// plural forms. The build stops on the first list of problems, each with its file and line.
public enum CatalogueCheck {
    public struct Problem: Sendable, CustomStringConvertible {
        public let file: String
        public let line: Int
        public let message: String
        /// As compilers write it, so an editor can jump to it.
        public var description: String { "\(file):\(line): error: \(message)" }
    }

    public static func problems(source: POFile, named sourceName: String, translations: [(name: String, file: POFile)]) -> [Problem] {
        var problems: [Problem] = []
        var signatures: [String: Signature] = [:]
        var keys: Set<String> = []
        for entry in source.entries {
            func problem(_ message: String) { problems.append(Problem(file: sourceName, line: entry.line, message: message)) }
            guard !entry.context.isEmpty else { problem("every text needs a key (msgctxt)"); continue }
            guard keys.insert(entry.context).inserted else { problem("the key \(entry.context) is used twice"); continue }
            if !entry.forms.allSatisfy(\.isEmpty) { problem("\(entry.context): the source catalogue's text is its msgid; leave msgstr empty") }
            let signature: Signature
            do { signature = try Signature(entry.reference) } catch {
                problem("\(entry.context): the #: line must name the Swift member (\(error))"); continue
            }
            guard signature.member == entry.member else { problem("\(entry.context): the key must begin with \(signature.member)"); continue }
            if let known = signatures[signature.member], known != signature {
                problem("\(entry.context): \(signature.member) is named differently on another text")
            }
            signatures[signature.member] = signature
            if (entry.caseName != nil) != (signature.choosingParameter != nil) {
                problem("\(entry.context): a key has a case (member.case) exactly when the member chooses by a parameter that is not String or Int")
            }
            let allowed = Set(signature.writtenParameters.map(\.name))
            for name in sourceTexts(entry).flatMap({ Template($0).placeholders }) where !allowed.contains(name) {
                problem("\(entry.context): {\(name)} is not a parameter of \(entry.reference)")
            }
            if entry.isPlural, signature.countingParameter == nil {
                problem("\(entry.context): a text with plural forms needs a whole-number (Int) parameter")
            }
        }

        let sourceByKey = Dictionary(source.entries.map { ($0.context, $0) }, uniquingKeysWith: { a, _ in a })
        for (name, file) in translations {
            let rule: PluralRule
            do { rule = try file.pluralRule() } catch {
                problems.append(Problem(file: name, line: 1, message: "\(error)")); continue
            }
            var seen: Set<String> = []
            for entry in file.entries {
                func problem(_ message: String) { problems.append(Problem(file: name, line: entry.line, message: message)) }
                guard seen.insert(entry.context).inserted else { problem("the key \(entry.context) is used twice"); continue }
                guard let original = sourceByKey[entry.context] else {
                    problem("\(entry.context) is not in \(sourceName); remove it, or add it there first"); continue
                }
                if entry.source != original.source || entry.sourcePlural != original.sourcePlural {
                    problem("\(entry.context): the source text changed in \(sourceName); check the translation and copy the new msgid")
                }
                if entry.flags.contains("fuzzy") { problem("\(entry.context) is marked fuzzy; check the translation and remove the flag") }
                let expected = original.isPlural ? rule.count : 1
                guard entry.forms.count == expected, entry.isPlural == original.isPlural else {
                    problem(original.isPlural
                        ? "\(entry.context) needs \(expected) plural forms (msgstr[0] ... msgstr[\(expected - 1)])"
                        : "\(entry.context) has no plural forms; write one msgstr")
                    continue
                }
                // A text that is empty in the source (a hint some cases do not have) is empty everywhere.
                if entry.forms.contains(where: \.isEmpty), !original.source.isEmpty { problem("\(entry.context) is not translated") }
                let lines = original.source.split(separator: "\n", omittingEmptySubsequences: false).count
                if signatures[original.member]?.result == .list, let form = entry.forms.first,
                   form.split(separator: "\n", omittingEmptySubsequences: false).count != lines {
                    problem("\(entry.context) is a list of \(lines) lines, one for each item; keep the same number of lines")
                }
                let wanted = Set(sourceTexts(original).flatMap { Template($0).placeholders })
                let written = entry.forms.map { Set(Template($0).placeholders) }
                if let stray = written.joined().first(where: { !wanted.contains($0) }) {
                    problem("\(entry.context): {\(stray)} is not a placeholder of the source text")
                }
                // A plural form may leave out the number ("et minut"), the text as a whole may not.
                if let lost = wanted.subtracting(written.joined()).first {
                    problem("\(entry.context): the translation never writes {\(lost)}")
                }
            }
            for key in keys.subtracting(seen).sorted() {
                problems.append(Problem(file: name, line: 1, message: "\(key) is missing; translate it from \(sourceName)"))
            }
        }
        return problems
    }

    /// The source catalogue's texts: its msgid and, for plural entries, its msgid_plural.
    public static func sourceTexts(_ entry: POFile.Entry) -> [String] {
        [entry.source] + (entry.sourcePlural.map { [$0] } ?? [])
    }
}
