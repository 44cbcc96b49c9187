import Foundation

// MARK: - CPR numbers and personnummer

extension IdentifierScanner {
    /// A Danish CPR number or a Swedish personnummer: six digits (eight with the century) and four,
    /// written together ("0101901234", "198112189876") or with what people type between them:
    /// a hyphen, a dash, a dot, one or two spaces, or a dash between spaces ("120385-1234",
    /// "120385–1234", "120385.1234", "120385  1234", "120385 - 1234"); "+" marks a Swede over 100.
    /// The digits must pass `isDanishCPR` or `isSwedishPersonnummer`.
    ///
    /// Case numbers, amounts, dates and clock times never have a group of six or eight digits
    /// followed by one of four, so "27.24.00-G01-123-24", "120.385,00", "12.03.1985" and "10.30"
    /// are not read; a number glued to a longer one by "/" or a decimal mark is not read either.
    enum PersonNumberRule {
        static let dashes: [Unicode.Scalar] = ["-", "‐", "‑", "‒", "–", "—", "−"]

        static func matches(in text: TokenizedText, country: Country) -> [Match] {
            var matches: [Match] = []
            var index = 0
            while index < text.tokens.count {
                if let candidate = candidate(at: index, in: text), let kind = kind(of: candidate, country: country) {
                    matches.append(Match(kind: kind, range: text.utf16Range(index, through: candidate.lastToken)))
                    index = candidate.lastToken + 1
                } else {
                    index += 1
                }
            }
            return matches
        }

        struct Candidate {
            let digits: String
            let writtenWithPlus: Bool
            let lastToken: Int
        }

        static func candidate(at first: Int, in text: TokenizedText) -> Candidate? {
            guard let count = text.digitCount(first), text.startsOnItsOwn(first) else { return nil }
            switch count {
            case 10, 12:
                guard text.endsOnItsOwn(first) else { return nil }
                return Candidate(digits: text.digits(first), writtenWithPlus: false, lastToken: first)
            case 6, 8:
                guard let separator = separator(after: first, in: text) else { return nil }
                let serial = separator.lastToken + 1
                guard text.digitCount(serial) == 4, text.endsOnItsOwn(serial) else { return nil }
                return Candidate(digits: text.digits(first) + text.digits(serial), writtenWithPlus: separator.isPlus, lastToken: serial)
            default:
                return nil
            }
        }

        /// The tokens between date and serial, if they are a separator people type.
        static func separator(after date: Int, in text: TokenizedText) -> (lastToken: Int, isPlus: Bool)? {
            let next = date + 1
            if text.isSymbol(next, "+") { return (next, true) }
            if text.isSymbol(next, ".") || text.isSymbol(next, oneOf: dashes) { return (next, false) }
            guard text.isSpace(next, atMost: 2) else { return nil }
            if text.isSymbol(next + 1, oneOf: dashes), text.isSpace(next + 2, atMost: 1) { return (next + 2, false) }
            return (next, false)
        }

        /// CPR number or personnummer: where both readings are valid, the country decides. A "+"
        /// is only written in a personnummer.
        static func kind(of candidate: Candidate, country: Country) -> Kind? {
            let swedish = isSwedishPersonnummer(candidate.digits)
            let danish = candidate.digits.count == 10 && !candidate.writtenWithPlus && isDanishCPR(candidate.digits)
            if danish && (!swedish || country == .denmark) { return .cprNumber }
            return swedish ? .personnummer : nil
        }
    }
}
