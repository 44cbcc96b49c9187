import Foundation

// MARK: - Street addresses

extension IdentifierScanner {
    /// A street address: the street's name, a house number and, if written, the floor and door,
    /// so that replacing the finding leaves nothing of the address behind ("Vestergade 12, 2. tv.",
    /// "Kongens Nytorv 2", "Skärholmsvägen 12 lgh 1102").
    ///
    /// A place to start is a word followed by a house number; from there the rule reads at most
    /// `mostNameWords` words back and two floor or door parts forward, so the work per place is
    /// constant.
    enum StreetAddressRule {
        /// Street words in their bare and definite forms. A name is a capitalised compound ending
        /// with one ("Vestergade", "Åboulevarden", "Drottninggatan"), or one standing as a word of
        /// its own after the rest of the name ("Bispebjerg Bakke", "Rådhus Plads", "Sergels torg").
        static let streetWords: Set<String> = [
            "vej", "vejen", "gade", "gaden", "allé", "alle", "alléen", "boulevard", "boulevarden",
            "have", "haven", "park", "parken", "stræde", "strædet", "strede", "torv", "torvet",
            "plads", "pladsen", "vænge", "vænget", "bakke", "bakken", "toften", "engen",
            "gatan", "gata", "vägen", "väg", "torget", "torg", "gränd", "gränden", "stigen", "backen",
            "plan", "platsen", "leden", "allén",
        ]
        /// Swedish street words written in lower case after the name ("Sergels torg", "Stora
        /// gatan"). Danish ones are capitalised ("Rådhus Plads"); "alle", "have" and "plan" in lower
        /// case are everyday words.
        static let lowercaseStreetWords: Set<String> = [
            "gatan", "gata", "vägen", "väg", "torget", "torg", "gränd", "gränden", "stigen", "backen", "platsen", "leden", "allén",
        ]
        /// Words of a journal's own vocabulary that end like a street but are not one, compared by
        /// their ending ("Handleplan 2", "Børnehaveplads 1", "Drengen 12 år").
        static let notStreets = [
            "brigade", "drengen", "børnehave", "børnehaven",
            "arbejdsplads", "arbetsplats", "praktikplads", "praktikplats", "parkeringsplads", "parkeringsplats",
            "børnehaveplads", "vuggestueplads", "dagtilbudsplads", "institutionsplads", "förskoleplats", "skoleplads", "studieplads",
            "handleplan", "handlingsplan", "vårdplan", "genomförandeplan", "åtgärdsplan", "stödplan", "krisplan",
            "sikkerhedsplan", "säkerhetsplan", "udviklingsplan", "uddannelsesplan", "kompetenceplan", "kompetensplan",
            "introduktionsplan", "læringsplan", "arbejdsplan", "arbetsplan", "tidsplan", "ugeplan", "veckoplan",
            "dagsplan", "madplan", "studieplan", "lokalplan",
        ]
        /// Words that start a sentence with a capital but never begin a street's name ("I Vestergade
        /// 12", "Hos Sergels torg 1").
        static let sentenceWords: Set<String> = [
            "i", "på", "til", "fra", "hos", "ved", "mod", "om", "og", "men", "eller", "efter", "over", "under",
            "med", "bag", "hun", "han", "de", "vi", "jeg", "du", "den", "det", "der", "her", "nu", "så", "da",
            "når", "hvor", "adresse", "adressen",
            "till", "från", "vid", "mot", "och", "över", "hon", "jag", "där", "här", "då", "när", "var", "adress",
        ]
        /// Abbreviations that start street names: "Gl. Kongevej", "Skt. Pauls Gade", "Ndr. Frihavnsgade".
        static let nameAbbreviations: Set<String> = ["gl", "gml", "skt", "sct", "st", "ll", "nr", "sdr", "ndr", "chr", "fr", "kgs", "dr"]
        static let mostNameWords = 3
        static let mostInitials = 3

        static func matches(in text: TokenizedText) -> [Match] {
            var matches: [Match] = []
            var index = 0, firstFree = 0
            while index < text.tokens.count {
                if let address = address(withStreetWordAt: index, in: text), address.first >= firstFree {
                    matches.append(Match(kind: .streetAddress, range: text.utf16Range(address.first, through: address.last)))
                    index = address.last + 1
                    firstFree = index
                } else {
                    index += 1
                }
            }
            return matches
        }

        static func address(withStreetWordAt index: Int, in text: TokenizedText) -> (first: Int, last: Int)? {
            guard let numberEnd = houseNumberEnd(afterStreetWordAt: index, in: text),
                  let streetWord = streetWord(at: index, in: text),
                  let first = nameStart(streetWordAt: index, needsMoreWords: streetWord == .standingAlone, in: text) else { return nil }
            return (first, homeEnd(afterHouseNumberEndingAt: numberEnd, in: text) ?? numberEnd)
        }

        enum StreetWord {
            /// "Vestergade": the whole name may be this one word.
            case compound
            /// "Plads": the rest of the name comes before it ("Rådhus Plads").
            case standingAlone
        }

        static func streetWord(at index: Int, in text: TokenizedText) -> StreetWord? {
            guard let word = text.word(index) else { return nil }
            let capitalised = text.isCapitalised(index)
            if streetWords.contains(word) {
                return capitalised || lowercaseStreetWords.contains(word) ? .standingAlone : nil
            }
            guard capitalised, streetWords.contains(where: word.hasSuffix), !notStreets.contains(where: word.hasSuffix) else { return nil }
            return .compound
        }

        /// The house number after one or two spaces: one to four digits, a range ("12-14") and a
        /// letter ("5B", "12 A"), standing on its own ("Vej 12,5 km" is not an address).
        static func houseNumberEnd(afterStreetWordAt index: Int, in text: TokenizedText) -> Int? {
            let number = index + 2
            guard text.isSpace(index + 1, atMost: 2), text.isNumber(number, digitsAtMost: 4), text.startsOnItsOwn(number) else { return nil }
            var end = number
            if text.isSymbol(end + 1, "-"), text.isNumber(end + 2, digitsAtMost: 4) { end += 2 }
            if text.wordLength(end + 1) == 1 {
                end += 1
            } else if text.isSpace(end + 1, atMost: 1), text.isCapitalised(end + 2), text.wordLength(end + 2) == 1 {
                end += 2
            }
            guard text.wordLength(end + 1) == nil, text.endsOnItsOwn(end) else { return nil }
            return end
        }

        /// Where the street's name starts: up to `mostNameWords` capitalised words or
        /// abbreviations before the street word that belong to the name ("Gl. Kongevej", "Kongens
        /// Nytorv", "H.C. Andersens Boulevard", "Sergels torg"), joined to the next by a space or a
        /// hyphen. Nil if the street word needs such words and has none.
        static func nameStart(streetWordAt index: Int, needsMoreWords: Bool, in text: TokenizedText) -> Int? {
            var start = index
            for _ in 0..<mostNameWords {
                guard let wordStart = nameWordStart(before: start, in: text) else { break }
                start = wordStart
            }
            return needsMoreWords && start == index ? nil : start
        }

        static func nameWordStart(before next: Int, in text: TokenizedText) -> Int? {
            let joint = next - 1, last = next - 2
            guard text.isSpace(joint, atMost: 1) || text.isSymbol(joint, "-") else { return nil }
            if text.isSymbol(last, ".") { return abbreviationStart(endingWithDotAt: last, in: text) }
            guard text.isCapitalised(last), let word = text.word(last), !sentenceWords.contains(word) else { return nil }
            return last
        }

        /// A known abbreviation ("Gl.", "Skt.") or initials ("H.C.", "C.F."), ending with the dot at `dot`.
        static func abbreviationStart(endingWithDotAt dot: Int, in text: TokenizedText) -> Int? {
            let word = dot - 1
            guard text.isCapitalised(word), let abbreviation = text.word(word) else { return nil }
            if nameAbbreviations.contains(abbreviation) { return word }
            guard abbreviation.count == 1 else { return nil }
            var start = word
            for _ in 1..<mostInitials {
                guard text.isSymbol(start - 1, "."), text.isCapitalised(start - 2), text.wordLength(start - 2) == 1 else { break }
                start -= 2
            }
            return start
        }

        // What follows the house number: which home it is

        static let sides: Set<String> = ["tv", "th", "mf"]
        /// Written with a dot that belongs to the word ("tv.", "st.", "lejl."): replacing takes the
        /// dot too, so no stray one is left behind.
        static let abbreviations: Set<String> = ["tv", "th", "mf", "t", "v", "h", "st", "kl", "kld", "tr", "lejl", "lgh"]
        static let groundFloors: Set<String> = ["st", "stuen", "kl", "kld", "kælder"]
        static let storeys: Set<String> = ["sal", "tr", "trappor", "trappa"]
        static let apartments: Set<String> = ["lejl", "lejlighed", "lgh", "lägenhet"]

        /// Up to two parts naming the home, each after a space or a comma and a space: Danish
        /// ", 2. tv.", " st. th.", ", 1. sal", ", 3. mf.", ", lejl. 3", Swedish ", 3 tr", " lgh 1102".
        static func homeEnd(afterHouseNumberEndingAt numberEnd: Int, in text: TokenizedText) -> Int? {
            var end: Int?
            for _ in 0..<2 {
                guard let start = partStart(after: end ?? numberEnd, in: text),
                      let partEnd = floorEnd(at: start, in: text) ?? sideEnd(at: start, in: text)
                        ?? apartmentEnd(at: start, in: text) else { break }
                end = partEnd
            }
            return end
        }

        static func partStart(after end: Int, in text: TokenizedText) -> Int? {
            let afterComma = text.isSymbol(end + 1, ",") ? end + 2 : end + 1
            return text.isSpace(afterComma, atMost: 2) ? afterComma + 1 : nil
        }

        /// A floor: a number with or without a dot, then a side ("2. tv.", "2 th"), "sal" ("1. sal",
        /// "1. sal th.") or Swedish "tr" ("3 tr", "3 trappor"); or the ground floor or basement,
        /// "st.", "stuen", "kl.", "kælder", with an optional side ("st. th.").
        static func floorEnd(at index: Int, in text: TokenizedText) -> Int? {
            if text.isNumber(index, digitsAtMost: 2) {
                let number = text.isSymbol(index + 1, ".") ? index + 1 : index
                let next = text.isSpace(number + 1, atMost: 1) ? number + 2 : number + 1
                if let storey = text.word(next), storeys.contains(storey) {
                    let storeyEnd = endIncludingDot(next, in: text)
                    return sideEnd(after: storeyEnd, in: text) ?? storeyEnd
                }
                return sideEnd(at: next, in: text)
            }
            guard let word = text.word(index), groundFloors.contains(word), !isClockTime(afterWordAt: index, in: text) else { return nil }
            let floorEnd = endIncludingDot(index, in: text)
            return sideEnd(after: floorEnd, in: text) ?? floorEnd
        }

        /// "kl. 10.30" is a time, not the basement.
        static func isClockTime(afterWordAt index: Int, in text: TokenizedText) -> Bool {
            let afterDot = endIncludingDot(index, in: text) + 1
            return text.isNumber(afterDot) || (text.isSpace(afterDot, atMost: 1) && text.isNumber(afterDot + 1))
        }

        /// Which door on the landing: "tv.", "th.", "mf." (til venstre, til højre, midt for), also
        /// written "t.v.", "t.h.".
        static func sideEnd(at index: Int, in text: TokenizedText) -> Int? {
            if let word = text.word(index), sides.contains(word) { return endIncludingDot(index, in: text) }
            guard text.word(index) == "t", text.isSymbol(index + 1, "."),
                  let side = text.word(index + 2), side == "v" || side == "h" else { return nil }
            return endIncludingDot(index + 2, in: text)
        }

        /// A side after a floor, after a space or a comma ("st. th.", "1. sal, tv").
        static func sideEnd(after floorEnd: Int, in text: TokenizedText) -> Int? {
            var next = floorEnd + 1
            if text.isSymbol(next, ",") { next += 1 }
            if text.isSpace(next, atMost: 1) { next += 1 }
            return sideEnd(at: next, in: text)
        }

        /// An apartment number: Danish "lejl. 3", "lejlighed 3", Swedish "lgh 1102", "lägenhet 1102".
        static func apartmentEnd(at index: Int, in text: TokenizedText) -> Int? {
            guard let word = text.word(index), apartments.contains(word) else { return nil }
            var number = endIncludingDot(index, in: text) + 1
            if text.isSpace(number, atMost: 1) { number += 1 }
            guard text.isNumber(number, digitsAtMost: 5), text.endsOnItsOwn(number) else { return nil }
            return number
        }

        /// The last token of the word at `index`: its dot, if it is an abbreviation written with one.
        static func endIncludingDot(_ index: Int, in text: TokenizedText) -> Int {
            guard text.isSymbol(index + 1, "."), let word = text.word(index), abbreviations.contains(word) else { return index }
            return index + 1
        }
    }
}
