import Foundation

// MARK: - The text, cut into tokens once

extension IdentifierScanner {
    /// A stretch of the text of one category. Words, numbers and spaces are maximal runs, so two
    /// tokens of the same category never touch; every other character is a symbol of its own.
    struct Token {
        enum Category {
            /// Letters, with any combining marks ("é" written as e and an accent).
            case word
            /// ASCII digits.
            case number
            /// Spaces and tabs within a line, including no-break spaces.
            case space
            /// Any other single character: punctuation, a line break.
            case symbol
        }

        let category: Category
        /// Where the token is, as indices into the text's Unicode scalars.
        let scalars: Range<Int>
        /// Where the token is, in UTF-16 offsets.
        let utf16: Range<Int>

        static func category(of scalar: Unicode.Scalar) -> Category {
            switch scalar.value {
            case 0x30...0x39: return .number
            case 0x41...0x5A, 0x61...0x7A: return .word
            case 0x09, 0x20: return .space
            case 0..<0x80, 0x85, 0x2028, 0x2029: return .symbol // line breaks end a line, like "\n"
            default: break
            }
            let properties = scalar.properties
            if properties.isAlphabetic { return .word }
            switch properties.generalCategory {
            case .nonspacingMark, .spacingMark, .enclosingMark: return .word
            default: return properties.isWhitespace ? .space : .symbol
            }
        }
    }

    /// The text cut into tokens, with the questions the rules ask about the token at an index. Every
    /// question is safe to ask about an index outside the text (the answer is no), and costs time
    /// bounded by a constant: no question reads more than `longestWordRead` characters.
    struct TokenizedText {
        /// No street name, floor word or apartment word is longer; longer words are not read.
        static let longestWordRead = 40

        let utf16: [UInt16]
        let tokens: [Token]
        private let text: String
        private let scalars: [Unicode.Scalar]

        init(_ text: String) {
            self.text = text
            utf16 = Array(text.utf16)
            scalars = Array(text.unicodeScalars)
            tokens = Self.tokens(of: scalars)
        }

        private static func tokens(of scalars: [Unicode.Scalar]) -> [Token] {
            var tokens: [Token] = []
            var start = 0, startOffset = 0
            while start < scalars.count {
                let category = Token.category(of: scalars[start])
                var end = start + 1, endOffset = startOffset + UTF16.width(scalars[start])
                while category != .symbol, end < scalars.count, Token.category(of: scalars[end]) == category {
                    endOffset += UTF16.width(scalars[end])
                    end += 1
                }
                tokens.append(Token(category: category, scalars: start..<end, utf16: startOffset..<endOffset))
                (start, startOffset) = (end, endOffset)
            }
            return tokens
        }

        // Reading text

        /// The text between two UTF-16 offsets that do not cut a Unicode scalar. It is cut from the
        /// string itself, by scalars, so nothing is rounded to a whole character; decoding the
        /// UTF-16 units again would cost several times more.
        func string(_ range: Range<Int>) -> String {
            let units = text.utf16
            let start = units.index(units.startIndex, offsetBy: range.lowerBound)
            let end = units.index(units.startIndex, offsetBy: range.upperBound)
            return String(text.unicodeScalars[start..<end])
        }

        /// UTF-16 offsets from the start of token `first` to the end of token `last`.
        func utf16Range(_ first: Int, through last: Int) -> Range<Int> {
            tokens[first].utf16.lowerBound..<tokens[last].utf16.upperBound
        }

        /// The offset itself, or the next one if it would cut a character written as two UTF-16 units.
        func scalarBoundary(atOrAfter offset: Int) -> Int {
            offset < utf16.count && UTF16.isTrailSurrogate(utf16[offset]) ? offset + 1 : offset
        }

        /// The offset itself, or the one before if it would cut a character written as two UTF-16 units.
        func scalarBoundary(atOrBefore offset: Int) -> Int {
            offset < utf16.count && UTF16.isTrailSurrogate(utf16[offset]) ? offset - 1 : offset
        }

        // Questions about one token

        /// The category of the token at `index`, or nil outside the text.
        func category(_ index: Int) -> Token.Category? {
            index >= 0 && index < tokens.count ? tokens[index].category : nil
        }

        func isNumber(_ index: Int) -> Bool {
            category(index) == .number
        }

        /// Whether the token at `index` is a number of one to `maximumCount` digits.
        func isNumber(_ index: Int, digitsAtMost maximumCount: Int) -> Bool {
            isNumber(index) && tokens[index].utf16.count <= maximumCount
        }

        /// How many digits the number at `index` has, or nil if it is not a number.
        func digitCount(_ index: Int) -> Int? {
            isNumber(index) ? tokens[index].utf16.count : nil
        }

        /// The value of the digit at `offset` in the number at `index`.
        func digit(_ index: Int, at offset: Int) -> Int {
            Int(utf16[tokens[index].utf16.lowerBound + offset]) - 0x30
        }

        /// Whether the number at `index` starts with the digits `prefix` (45 in "4523456789").
        func number(_ index: Int, startsWith prefix: [Int]) -> Bool {
            guard let count = digitCount(index), count >= prefix.count else { return false }
            for offset in prefix.indices where digit(index, at: offset) != prefix[offset] { return false }
            return true
        }

        /// The digits of the number at `index`.
        func digits(_ index: Int) -> String {
            string(tokens[index].utf16)
        }

        /// The word at `index` in lower case, if it is at most `longestWordRead` letters long.
        func word(_ index: Int) -> String? {
            guard let length = wordLength(index), length <= Self.longestWordRead else { return nil }
            return string(tokens[index].utf16).lowercased()
        }

        /// How many letters the word at `index` has, or nil if it is not a word.
        func wordLength(_ index: Int) -> Int? {
            category(index) == .word ? tokens[index].scalars.count : nil
        }

        /// Whether the token at `index` is a word starting with a capital letter.
        func isCapitalised(_ index: Int) -> Bool {
            category(index) == .word && scalars[tokens[index].scalars.lowerBound].properties.isUppercase
        }

        func isSymbol(_ index: Int, _ symbol: Unicode.Scalar) -> Bool {
            category(index) == .symbol && scalars[tokens[index].scalars.lowerBound] == symbol
        }

        func isSymbol(_ index: Int, oneOf symbols: [Unicode.Scalar]) -> Bool {
            category(index) == .symbol && symbols.contains(scalars[tokens[index].scalars.lowerBound])
        }

        /// Whether the token at `index` is a space of one to `maximumLength` characters.
        func isSpace(_ index: Int, atMost maximumLength: Int) -> Bool {
            category(index) == .space && tokens[index].scalars.count <= maximumLength
        }

        static let decimalMarks: [Unicode.Scalar] = [".", ","]

        /// Whether the number at `index` is not the tail of a longer one: no "/", or digit and
        /// decimal mark, right before it ("3/120385", "1.120385-1234").
        func startsOnItsOwn(_ index: Int) -> Bool {
            !isSymbol(index - 1, "/") && !(isSymbol(index - 1, oneOf: Self.decimalMarks) && isNumber(index - 2))
        }

        /// Whether the number at `index` is not the head of a longer one: no decimal mark and digit
        /// right after it ("120385-1234,5").
        func endsOnItsOwn(_ index: Int) -> Bool {
            !(isSymbol(index + 1, oneOf: Self.decimalMarks) && isNumber(index + 2))
        }
    }
}
