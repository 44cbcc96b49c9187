import Foundation

// MARK: - E-mail addresses

extension IdentifierScanner {
    /// "mette.hansen@mail.dk": a local part of letters, digits and ._%+-, an "@", and a domain of
    /// letters, digits, dots and hyphens that ends with a dot and two or more letters.
    ///
    /// Reads the UTF-16 units directly: from each "@" back over the local part and forward over the
    /// domain. Neither part can hold an "@", so every unit is read by at most one backward and one
    /// forward walk.
    enum EmailRule {
        static func matches(in text: TokenizedText) -> [Match] {
            let units = text.utf16
            var matches: [Match] = []
            var firstFree = 0
            for at in units.indices where units[at] == atSign && at >= firstFree {
                var start = at
                while start > firstFree, isLocalPart(units[start - 1]) { start -= 1 }
                guard start < at, let end = domainEnd(after: at, in: units) else { continue }
                matches.append(Match(kind: .email, range: start..<end))
                firstFree = end
            }
            return matches
        }

        /// Where the longest domain after the "@" at `at` ends: the end of the last run of two or
        /// more ASCII letters that follows a dot, with something between the "@" and that dot.
        static func domainEnd(after at: Int, in units: [UInt16]) -> Int? {
            var end: Int?
            var lettersAfterDot: Int? // nil until a dot, and after anything but a letter
            var index = at + 1
            while index < units.count, isDomain(units[index]) {
                let unit = units[index]
                if unit == dot {
                    lettersAfterDot = index > at + 1 ? 0 : nil
                } else if isASCIILetter(unit), let letters = lettersAfterDot {
                    lettersAfterDot = letters + 1
                    if letters + 1 >= 2 { end = index + 1 }
                } else {
                    lettersAfterDot = nil
                }
                index += 1
            }
            return end
        }

        static let atSign = UInt16(UInt8(ascii: "@"))
        static let dot = UInt16(UInt8(ascii: "."))
        static let localPartSymbols = Set("._%+-æøåÆØÅäöÄÖ".utf16)
        static let domainSymbols = Set(".-æøåÆØÅäöÄÖ".utf16)

        static func isLocalPart(_ unit: UInt16) -> Bool {
            isASCIILetter(unit) || isASCIIDigit(unit) || localPartSymbols.contains(unit)
        }

        static func isDomain(_ unit: UInt16) -> Bool {
            isASCIILetter(unit) || isASCIIDigit(unit) || domainSymbols.contains(unit)
        }

        static func isASCIILetter(_ unit: UInt16) -> Bool {
            (0x41...0x5A).contains(unit) || (0x61...0x7A).contains(unit)
        }

        static func isASCIIDigit(_ unit: UInt16) -> Bool {
            (0x30...0x39).contains(unit)
        }
    }
}
