import Foundation
import NIOConcurrencyHelpers
import GodstartCore

/// The languages Godstart speaks, one for each catalogue in Sources/App/Catalogues. Danish is the
/// default and the source every other catalogue translates. A language is added by its catalogue
/// and its code here; its name, its plural forms and how it writes dates, numbers and lists come
/// from the catalogue (see docs/translating.md).
public enum Language: String, CaseIterable, Codable, Sendable {
    case da, sv, en, nb

    public static let fallback = Language.da

    public var texts: Texts {
        Texts(catalogue: Catalogue.all[rawValue]!)
    }

    /// The language's own name, shown in the language picker.
    public var nativeName: String { texts.languageName }

    var locale: Locale { texts.catalogue.locale }

    /// Where a browser asks for a language Godstart does not speak, the nearest that it does:
    /// Norwegian readers (Bokmål, Nynorsk, or just "no") read Danish more easily than the rest.
    static let nearest: [String: [String]] = ["no": ["nb", "da"], "nn": ["nb", "da"], "nb": ["da"]]

    /// The language a tag such as `sv-SE` or `no` names, or the nearest one Godstart speaks.
    static func spoken(_ primary: String) -> Language? {
        Language(rawValue: primary) ?? nearest[primary]?.lazy.compactMap(Language.init(rawValue:)).first
    }

    /// The best match for an Accept-Language header, honouring its q-values.
    public static func preferred(acceptLanguage header: String?) -> Language? {
        guard let header else { return nil }
        let ranked: [(Language, Double)] = header.split(separator: ",").compactMap { part in
            let pieces = part.split(separator: ";").map { $0.trimmingCharacters(in: .whitespaces) }
            guard let tag = pieces.first?.lowercased(), let language = spoken(String(tag.split(separator: "-").first ?? "")) else {
                return nil
            }
            let q = pieces.dropFirst().first { $0.hasPrefix("q=") }.flatMap { Double($0.dropFirst(2)) } ?? 1
            return q > 0 ? (language, q) : nil
        }
        return ranked.enumerated().max { a, b in
            a.element.1 == b.element.1 ? a.offset > b.offset : a.element.1 < b.element.1
        }?.element.0
    }
}

/// Dates and times as people write them in each language ("mandag 3. marts", "måndag 3 mars"): in
/// the patterns the language's locale uses, unless its catalogue names its own (Catalogue.datePattern).
/// Its formatters are built once for each language and time zone and shared by every page:
/// building them was a twentieth of a page's time (issue 9). Foundation's formatters may be used
/// from several threads at once.
public final class DateText: @unchecked Sendable {
    let language: Language
    let timeZone: TimeZone
    private let formatters: Formatters

    init(language: Language, timeZone: TimeZone) {
        self.language = language
        self.timeZone = timeZone
        formatters = Formatters.shared(language, timeZone)
    }

    private struct Formatters {
        let long: DateFormatter
        let short: DateFormatter
        let monthYear: DateFormatter
        /// The days already written in each of the two day formats.
        let longDays = WrittenDays()
        let shortDays = WrittenDays()

        private static let made = NIOLockedValueBox<[String: Formatters]>([:])

        static func shared(_ language: Language, _ timeZone: TimeZone) -> Formatters {
            let key = "\(language.rawValue) \(timeZone.identifier)"
            return made.withLockedValue { made in
                if let known = made[key] { return known }
                let formatters = Formatters(language, timeZone)
                made[key] = formatters
                return formatters
            }
        }

        private init(_ language: Language, _ timeZone: TimeZone) {
            let catalogue = language.texts.catalogue
            func formatter(_ pattern: Catalogue.DatePattern) -> DateFormatter {
                let f = DateFormatter()
                f.locale = catalogue.locale
                f.timeZone = timeZone
                f.dateFormat = catalogue.datePattern(pattern)
                return f
            }
            long = formatter(.long)
            short = formatter(.short)
            monthYear = formatter(.monthAndYear)
        }
    }

    public func day(_ date: LocalDate) -> String {
        day(date.instant(at: LocalTime(hour: 12), in: timeZone))
    }

    public func day(_ instant: Date) -> String {
        formatters.longDays.text(of: LocalDate(instant, in: timeZone)) { formatters.long.string(from: instant) }
    }

    public func shortDay(_ instant: Date) -> String {
        formatters.shortDays.text(of: LocalDate(instant, in: timeZone)) { formatters.short.string(from: instant) }
    }

    public func month(_ date: LocalDate) -> String { formatters.monthYear.string(from: date.instant(at: LocalTime(hour: 12), in: timeZone)) }

    public func time(_ instant: Date) -> String {
        LocalTime(instant, in: timeZone).text
    }

    /// "mandag 3. marts 2025 kl. 10:00"
    public func dayAndTime(_ instant: Date) -> String {
        language.texts.atTime(day: day(instant), time: time(instant))
    }
}

/// The text of each day one format has written, kept: pages write the same few hundred days over
/// and over, and Foundation's formatter was 3 % of a page (perf, issue 24). A day's text depends
/// only on the day in the formatter's time zone; the store starts over past `limit` days.
private final class WrittenDays: Sendable {
    static let limit = 20_000
    private let texts = NIOLockedValueBox<[LocalDate: String]>([:])

    func text(of day: LocalDate, _ write: () -> String) -> String {
        if let known = texts.withLockedValue({ $0[day] }) { return known }
        let text = write()
        texts.withLockedValue { texts in
            if texts.count >= Self.limit { texts.removeAll(keepingCapacity: true) }
            texts[day] = text
        }
        return text
    }
}
