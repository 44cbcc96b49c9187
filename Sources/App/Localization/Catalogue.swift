import Foundation
import TextCatalogue

/// One language's texts, read from its catalogue (Sources/App/Catalogues) once, when first asked
/// for, and kept ready to fill in: a text is found by its place in the source catalogue, which the
/// generated members of `Texts` name, and its placeholders by the member's parameters.
public final class Catalogue: Sendable {
    private enum Piece: Sendable {
        case literal(String)
        case argument(Int, lowercased: Bool)
    }

    /// For each text, its forms (one, or the language's plural forms), each as pieces.
    private let texts: [[[Piece]]]
    /// The whole text of each text without placeholders, written once.
    private let plain: [String?]
    /// Those of them on several lines (the lists), split once.
    private let plainLines: [[String]?]
    private let pluralRule: PluralRule
    /// The catalogue's header `Language`, such as `da_DK`: the locale its dates, numbers and lists
    /// are written in.
    public let locale: Locale

    init(_ file: POFile, source: POFile, isSource: Bool) throws {
        let byKey = Dictionary(file.entries.map { ($0.context, $0) }, uniquingKeysWith: { a, _ in a })
        var texts: [[[Piece]]] = []
        for original in source.entries {
            let arguments = try Signature(original.reference).writtenParameters.map(\.name)
            let forms = isSource ? CatalogueCheck.sourceTexts(original) : (byKey[original.context]?.forms ?? [])
            texts.append(forms.map { form in
                Template(form).segments.map { segment in
                    switch segment {
                    case .literal(let text): .literal(text)
                    case .placeholder(let name, let lowercased): .argument(arguments.firstIndex(of: name) ?? 0, lowercased: lowercased)
                    }
                }
            })
        }
        self.texts = texts
        plain = texts.map { forms in
            guard forms.count == 1 else { return nil }
            var whole = ""
            for piece in forms[0] {
                guard case .literal(let text) = piece else { return nil }
                whole += text
            }
            return whole
        }
        plainLines = plain.map { text in text.flatMap { $0.contains("\n") ? Self.lines(of: $0) : nil } }
        pluralRule = try file.pluralRule()
        locale = Locale(identifier: file.header["Language"] ?? "da_DK")
        datePatterns = Dictionary(uniqueKeysWithValues: DatePattern.allCases.compactMap { pattern in
            file.header[pattern.header].map { (pattern, $0) }
        })
    }

    /// The three ways Godstart writes a day.
    public enum DatePattern: String, Sendable, CaseIterable {
        /// "mandag 3. marts 2025", "måndag 3 mars 2025", "Monday 3 March 2025"
        case long = "EEEEdMMMMyyyy"
        /// "3. mar. 2025", "3 mars 2025", "3 Mar 2025", for tables and timelines
        case short = "dMMMyyyy"
        /// "mar. 2025", "mars 2025", "Mar 2025", for columns by month
        case monthAndYear = "MMMyyyy"

        /// The catalogue header that may name a pattern of its own.
        var header: String {
            switch self {
            case .long: "X-Date-Format-Long"
            case .short: "X-Date-Format-Short"
            case .monthAndYear: "X-Date-Format-Month"
            }
        }
    }

    /// The pattern a date is written in: the catalogue's own (a header such as `X-Date-Format-Long:
    /// EEEE d. MMMM yyyy`), or the one the locale uses for these parts of a date.
    public func datePattern(_ pattern: DatePattern) -> String {
        datePatterns[pattern] ?? DateFormatter.dateFormat(fromTemplate: pattern.rawValue, options: 0, locale: locale) ?? pattern.rawValue
    }

    private let datePatterns: [DatePattern: String]

    func text(_ key: Int) -> String {
        plain[key] ?? fill(texts[key][0], [])
    }

    func text(_ key: Int, _ arguments: [String]) -> String {
        fill(texts[key][0], arguments)
    }

    func text(_ key: Int, count: Int, _ arguments: [String]) -> String {
        let forms = texts[key]
        return fill(forms[min(pluralRule.form(for: count), forms.count - 1)], arguments)
    }

    /// A list: one item on each line of the text.
    func lines(_ key: Int) -> [String] {
        plainLines[key] ?? Self.lines(of: text(key))
    }

    func lines(_ key: Int, _ arguments: [String]) -> [String] {
        Self.lines(of: text(key, arguments))
    }

    func lines(_ key: Int, count: Int, _ arguments: [String]) -> [String] {
        Self.lines(of: text(key, count: count, arguments))
    }

    private static func lines(of text: String) -> [String] {
        text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
    }

    private func fill(_ pieces: [Piece], _ arguments: [String]) -> String {
        var result = ""
        for piece in pieces {
            switch piece {
            case .literal(let text): result += text
            case .argument(let index, let lowercased): result += lowercased ? arguments[index].lowercased() : arguments[index]
            }
        }
        return result
    }

    /// Every language's catalogue by its code, read from the texts the build embedded.
    static let all: [String: Catalogue] = {
        do {
            let source = try POFile(EmbeddedCatalogues.files[EmbeddedCatalogues.source]!)
            var all: [String: Catalogue] = [:]
            for (language, text) in EmbeddedCatalogues.files {
                all[language] = try Catalogue(POFile(text), source: source, isSource: language == EmbeddedCatalogues.source)
            }
            return all
        } catch {
            // The build checked every catalogue (TextCatalogueGenerator); this cannot happen.
            fatalError("A text catalogue cannot be read: \(error)")
        }
    }()
}
