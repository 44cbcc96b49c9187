import Foundation

// MARK: - Phone numbers

extension IdentifierScanner {
    /// Danish and Swedish phone numbers: groups of digits joined by single spaces (and, in a
    /// Swedish number, at most one hyphen, as after the area code in "070-123 45 67"), not named as
    /// a case, file, company or account number just before ("sagsnr. 20231234", "CVR 29189846").
    ///
    /// From each number a bounded run of groups is read, so the work per place is constant.
    enum PhoneNumberRule {
        /// More groups than any way of writing a phone number has ("+46 70 123 45 67" has five).
        static let mostGroups = 6
        static let danishCountryCode = [4, 5]
        static let danishInternationalCountryCode = [0, 0, 4, 5]
        static let swedishCountryCode = [4, 6]
        static let swedishTrunkPrefix = [0]
        static let caseNumberLabels = ["sag", "j.nr", "jnr", "journal", "ärende", "dnr", "nr.", "nr ", "id ", "cvr", "konto", "reg."]
            .map { Array($0.utf16) }

        static func matches(in text: TokenizedText) -> [Match] {
            var matches: [Match] = []
            var index = 0
            while index < text.tokens.count {
                if let number = phoneNumber(startingWithNumberAt: index, in: text) {
                    matches.append(Match(kind: .phoneNumber, range: text.utf16Range(number.first, through: number.last)))
                    index = number.last + 1
                } else {
                    index += 1
                }
            }
            return matches
        }

        /// A phone number whose digits start with the number at `index`, with the "+" before it if
        /// that starts a country code ("+45 23456789").
        static func phoneNumber(startingWithNumberAt index: Int, in text: TokenizedText) -> (first: Int, last: Int)? {
            guard text.isNumber(index) else { return nil }
            let plus = index - 1
            if text.isSymbol(plus, "+"), text.startsOnItsOwn(plus),
               let last = danishNumberEnd(from: index, after: danishCountryCode, in: text)
                ?? swedishNumberEnd(from: index, after: swedishCountryCode, in: text) {
                return followsCaseNumberLabel(plus, in: text) ? nil : (plus, last)
            }
            let danishPrefix = text.number(index, startsWith: danishInternationalCountryCode) ? danishInternationalCountryCode : []
            guard text.startsOnItsOwn(index),
                  let last = danishNumberEnd(from: index, after: danishPrefix, in: text)
                    ?? swedishNumberEnd(from: index, after: swedishTrunkPrefix, in: text) else { return nil }
            return followsCaseNumberLabel(index, in: text) ? nil : (index, last)
        }

        /// Danish: eight digits, the first 2–9, in groups of even length joined by single spaces
        /// ("23 45 67 89", "2345 6789", "23456789"), after `prefix` (+45 or 0045, or nothing)
        /// at the start of the first group. Returns the last group's token.
        static func danishNumberEnd(from first: Int, after prefix: [Int], in text: TokenizedText) -> Int? {
            guard text.number(first, startsWith: prefix) else { return nil }
            var token = first, count = 0
            for _ in 0..<mostGroups {
                guard let groupCount = text.digitCount(token) else { return nil }
                let skipped = token == first ? prefix.count : 0
                let national = groupCount - skipped
                guard national.isMultiple(of: 2) else { return nil }
                if count == 0, national > 0, !(2...9).contains(text.digit(token, at: skipped)) { return nil }
                count += national
                if count >= 8 { return count == 8 && text.endsOnItsOwn(token) ? token : nil }
                guard text.isSpace(token + 1, atMost: 1) else { return nil }
                token += 2
            }
            return nil
        }

        /// Swedish: after `prefix` (the trunk 0, or 46 after a "+"), an area code (70, 72, 73, 76
        /// or 79 for mobiles, 8 for Stockholm, otherwise starting 1–6) and seven to nine digits in
        /// all ("070-123 45 67", "+46 70 123 45 67", "08-123 45 67", "0701234567"). Groups are
        /// joined by single spaces and at most one hyphen, and groups after the area code have at
        /// least two digits. Returns the last token of the longest such number.
        static func swedishNumberEnd(from first: Int, after prefix: [Int], in text: TokenizedText) -> Int? {
            guard text.number(first, startsWith: prefix) else { return nil }
            var token = first, national = 0, hyphens = 0
            var areaCode: [Int] = []
            var longest: Int?
            for _ in 0..<mostGroups {
                guard let groupCount = text.digitCount(token) else { break }
                let skipped = token == first ? prefix.count : 0
                guard national == 0 || groupCount >= 2 else { break }
                for offset in skipped..<min(groupCount, skipped + 2 - areaCode.count) {
                    areaCode.append(text.digit(token, at: offset))
                }
                national += groupCount - skipped
                guard national <= 9 else { break }
                if national >= 7, hasSwedishAreaCode(areaCode), text.endsOnItsOwn(token) { longest = token }
                if text.isSymbol(token + 1, "-") {
                    hyphens += 1
                } else if !text.isSpace(token + 1, atMost: 1) {
                    break
                }
                guard hyphens <= 1 else { break }
                token += 2
            }
            return longest
        }

        static func hasSwedishAreaCode(_ areaCode: [Int]) -> Bool {
            switch areaCode.first ?? 0 {
            case 1...6, 8: return true
            case 7: return areaCode.count == 2 && [0, 2, 3, 6, 9].contains(areaCode[1])
            default: return false
            }
        }

        /// "sagsnr. 20231234", "j.nr. 27150012", "CVR 29189846": a number named as a case, file,
        /// company or account number in the 14 characters before it.
        static func followsCaseNumberLabel(_ first: Int, in text: TokenizedText) -> Bool {
            let start = text.tokens[first].utf16.lowerBound
            let before = text.utf16[max(0, start - 14)..<start].map(lowercased)
            return caseNumberLabels.contains { occurs($0, in: before) }
        }

        /// Whether `label` occurs in `window`, by plain comparison: both are a few characters long.
        static func occurs(_ label: [UInt16], in window: [UInt16]) -> Bool {
            var offset = 0
            while offset + label.count <= window.count {
                var length = 0
                while length < label.count, window[offset + length] == label[length] { length += 1 }
                if length == label.count { return true }
                offset += 1
            }
            return false
        }

        /// ASCII and Latin-1 capitals in lower case ("CVR", "Ärende").
        static func lowercased(_ unit: UInt16) -> UInt16 {
            (0x41...0x5A).contains(unit) || ((0xC0...0xDE).contains(unit) && unit != 0xD7) ? unit + 0x20 : unit
        }
    }
}
