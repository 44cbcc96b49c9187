import Foundation

/// Finds what identifies a person in a text that must be anonymised (a process journal):
/// Danish CPR numbers, Swedish personnummer and samordningsnummer, phone numbers, e-mail
/// addresses and street addresses. It errs towards asking: the writer decides, one finding at a
/// time. Dates, years, amounts, postcodes, clock times and case numbers are not findings.
public enum IdentifierScanner {
    public enum Kind: String, CaseIterable, Sendable {
        case cprNumber, personnummer, phoneNumber, email, streetAddress
    }

    public struct Finding: Equatable, Sendable {
        public let kind: Kind
        /// Where the finding is, in UTF-16 offsets (as `NSRange`), stable for replacing.
        public let range: NSRange
        public let text: String
        /// A little of the text around the finding, so the writer sees where it is.
        public let before: String
        public let after: String
    }

    static let contextLength = 40

    /// Which reading wins when ten digits are both a valid CPR number and a valid personnummer.
    public enum Country: Sendable {
        case denmark, sweden
    }

    public static func scan(_ text: String, country: Country = .denmark) -> [Finding] {
        let ns = text as NSString
        var findings: [Finding] = []
        func add(_ kind: Kind, _ range: NSRange) {
            guard !findings.contains(where: { NSIntersectionRange($0.range, range).length > 0 }) else { return }
            let start = max(0, range.location - contextLength)
            let end = min(ns.length, range.location + range.length + contextLength)
            let before = (start > 0 ? "…" : "") + ns.substring(with: NSRange(location: start, length: range.location - start))
            let afterStart = range.location + range.length
            let after = ns.substring(with: NSRange(location: afterStart, length: end - afterStart)) + (end < ns.length ? "…" : "")
            findings.append(Finding(kind: kind, range: range, text: ns.substring(with: range), before: before, after: after))
        }
        let whole = NSRange(location: 0, length: ns.length)

        for match in Patterns.email.matches(in: text, range: whole) { add(.email, match.range) }

        for match in Patterns.personNumber.matches(in: text, range: whole) {
            let raw = ns.substring(with: match.range)
            let separator = raw.first { $0 == "-" || $0 == "+" }
            let digits = raw.filter(\.isNumber)
            let swedish = isSwedishPersonnummer(digits)
            let danish = digits.count == 10 && separator != "+" && isDanishCPR(digits)
            if danish && (!swedish || country == .denmark) {
                add(.cprNumber, match.range)
            } else if swedish {
                add(.personnummer, match.range)
            }
        }

        for match in Patterns.phone.matches(in: text, range: whole) where !isCaseNumberContext(ns, before: match.range) {
            let digits = ns.substring(with: match.range).filter(\.isNumber)
            if digits.count >= 8 { add(.phoneNumber, match.range) }
        }

        for match in Patterns.street.matches(in: text, range: whole) { add(.streetAddress, match.range) }

        return findings.sorted { $0.range.location < $1.range.location }
    }

    /// The text with every finding replaced by `placeholder(kind)`.
    public static func replacingAll(in text: String, country: Country = .denmark, placeholder: (Kind) -> String) -> String {
        replacing(scan(text, country: country), in: text, placeholder: placeholder)
    }

    /// The text with the given findings replaced, from the end so earlier offsets stay valid.
    public static func replacing(_ findings: [Finding], in text: String, placeholder: (Kind) -> String) -> String {
        let result = NSMutableString(string: text)
        for finding in findings.sorted(by: { $0.range.location > $1.range.location }) {
            result.replaceCharacters(in: finding.range, with: placeholder(finding.kind))
        }
        return result as String
    }

    // MARK: - The rules

    /// DDMMYY-SSSS with a real day. Since 2007 not every CPR number passes the modulus-11
    /// check, so it is not required; the seventh digit and the year give the century.
    static func isDanishCPR(_ digits: String) -> Bool {
        let d = digits.compactMap { Int(String($0)) }
        guard d.count == 10 else { return false }
        let day = d[0] * 10 + d[1], month = d[2] * 10 + d[3], yy = d[4] * 10 + d[5], seventh = d[6]
        let century: Int
        switch seventh {
        case 0...3: century = 1900
        case 4, 9: century = yy <= 36 ? 2000 : 1900
        default: century = yy <= 57 ? 2000 : 1800
        }
        return isRealDay(year: century + yy, month: month, day: day)
    }

    /// YYMMDD-NNNN or YYYYMMDDNNNN with a real day (day + 60 for a samordningsnummer) and a
    /// valid Luhn check digit over the ten-digit form.
    static func isSwedishPersonnummer(_ digits: String) -> Bool {
        guard digits.count == 10 || digits.count == 12 else { return false }
        let ten = Array(digits.suffix(10)).compactMap { Int(String($0)) }
        guard ten.count == 10 else { return false }
        let yy = ten[0] * 10 + ten[1], month = ten[2] * 10 + ten[3]
        var day = ten[4] * 10 + ten[5]
        if day > 60 { day -= 60 }
        let year: Int
        if digits.count == 12 {
            year = Int(digits.prefix(4)) ?? 0
            guard (1850...2100).contains(year) else { return false }
        } else {
            year = 2000 + yy // the leap-year check only needs a year with the same last two digits' rules
        }
        guard isRealDay(year: year, month: month, day: day) else { return false }
        var sum = 0
        for (i, digit) in ten.enumerated() {
            var v = digit * (i % 2 == 0 ? 2 : 1)
            if v > 9 { v -= 9 }
            sum += v
        }
        return sum % 10 == 0
    }

    static func isRealDay(year: Int, month: Int, day: Int) -> Bool {
        guard (1...12).contains(month), day >= 1 else { return false }
        let leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0
        let lengths = [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]
        return day <= lengths[month - 1]
    }

    /// "sagsnr. 20231234", "j.nr. 27150012", "CVR 29189846": a number named as a case, file,
    /// company or account number.
    static func isCaseNumberContext(_ text: NSString, before range: NSRange) -> Bool {
        let start = max(0, range.location - 14)
        let before = text.substring(with: NSRange(location: start, length: range.location - start)).lowercased()
        return ["sag", "j.nr", "jnr", "journal", "ärende", "dnr", "nr.", "nr ", "id ", "cvr", "konto", "reg."].contains { before.contains($0) }
    }

    enum Patterns {
        static let email = try! NSRegularExpression(
            pattern: #"[A-Za-z0-9._%+\-æøåÆØÅäöÄÖ]+@[A-Za-z0-9.\-æøåÆØÅäöÄÖ]+\.[A-Za-z]{2,}"#)
        /// Ten digits with an optional - or + after the sixth (CPR, personnummer), or twelve digits
        /// with an optional separator after the eighth (personnummer with century).
        static let personNumber = try! NSRegularExpression(
            pattern: #"(?<![\d/])(?<!\d[.,])(?:\d{8}[-+]?\d{4}|\d{6}[-+]?\d{4})(?!\d|[.,]\d)"#)
        /// Danish: 8 digits, optionally +45 / 0045, grouped 2-2-2-2 or 4-4 or not at all, first
        /// digit 2-9. Swedish: a leading 0 or +46, an area or mobile prefix, then groups.
        static let phone = try! NSRegularExpression(
            pattern: #"(?<![\d/])(?<!\d[.,])(?:(?:\+45|0045)[ ]?)?[2-9]\d(?:[ ]?\d{2}){3}(?!\d|[.,]\d)|(?<![\d/])(?<!\d[.,])[2-9]\d{3}[ ]\d{4}(?!\d|[.,]\d)|(?<![\d/])(?<!\d[.,])(?:\+46[ ]?|0)(?:7[02369]|8|[1-6]\d{1,2})[ -]?\d{2,3}(?:[ ]?\d{2}){2}(?!\d|[.,]\d)"#)
        /// A street name (a capitalised word ending like a street, or a street word on its own,
        /// optionally after one more capitalised word: "Gl. Kongevej", "Nørre Allé"), then a
        /// house number with an optional letter.
        static let street = try! NSRegularExpression(
            pattern: #"(?<![\p{L}])(?:\p{Lu}[\p{L}.\-]*[ ])?(?:\p{Lu}[\p{L}\-]*)?(?:[Vv]ej|[Gg]ade|[Aa]llé|[Aa]lle|[Ss]træde|[Ss]trede|[Pp]lads|[Vv]ænge|[Vv]ænget|[Tt]orv|[Bb]oulevard|[Pp]arken|[Bb]akken|[Tt]often|[Ee]ngen|[Gg]atan|[Vv]ägen|[Gg]ränd|[Tt]orget|[Aa]llén|[Bb]acken|[Ss]tigen|[Pp]latsen|[Ll]eden|[Gg]ata|[Vv]äg)\.?[ ]+\d{1,4}[ ]?[A-Za-z]?(?![\p{L}\d]|[.,]\d)"#)
    }
}
