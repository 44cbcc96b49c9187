import Foundation

// MARK: - Matches and which of them are kept

extension IdentifierScanner {
    /// A rule's reading of part of the text, in UTF-16 offsets.
    struct Match {
        let kind: Kind
        let range: Range<Int>
    }

    /// The matches kept so far and the UTF-16 offsets they cover: a later rule's match that
    /// overlaps a kept one is dropped. A rule's own matches never overlap each other, so each rule
    /// reads and marks every offset at most once.
    struct Claims {
        private var covered: [Bool]
        private(set) var matches: [Match] = []

        init(textLength: Int) {
            covered = Array(repeating: false, count: textLength)
        }

        mutating func claim(_ candidates: [Match]) {
            for match in candidates where !covered[match.range].contains(true) {
                covered.replaceSubrange(match.range, with: repeatElement(true, count: match.range.count))
                matches.append(match)
            }
        }
    }
}
