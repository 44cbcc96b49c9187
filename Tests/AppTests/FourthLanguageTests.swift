import Foundation
import GodstartCore
import TextCatalogue
import XCTVapor
@testable import App

/// Issue 25, item 4: Norwegian Bokmål, added by its catalogue (nb.po) and its code in `Language`,
/// speaks on every page each demo role reaches: the page says its language, every placeholder is
/// filled, and no Danish text that Norwegian words otherwise is left on it, except what the
/// Swedish page shows too: the organisation's own words (the Danish title beside the others in
/// the learning-goal catalogue's editor, what its people wrote) are its data, in its language. The
/// browser suite checks the same pages with axe (e2e/test_norwegian.py).
final class FourthLanguageTests: AppTestCase {
    func testEveryPageOfEveryRoleSpeaksNorwegian() async throws {
        // The texts are the same on every database; the crawl runs once, on SQLite.
        try XCTSkipIf(!(ProcessInfo.processInfo.environment["TEST_DATABASE_URL"]?.isEmpty ?? true), "the texts do not depend on the database")
        let danishOnly = try Self.danishTextsNorwegianWordsOtherwise()
        XCTAssertGreaterThan(danishOnly.count, 500, "most texts read differently in Norwegian")
        var pages = 0
        for key in QueryBudgetTests.roles {
            let swedish = browser()
            swedish.language = "sv"
            try await swedish.signIn("\(key)@demo.godstart.dk")
            let swedishPages = Dictionary(try await RenderSnapshotTests.crawl(swedish), uniquingKeysWith: { a, _ in a })
            let browser = browser()
            browser.language = "nb-NO,nb;q=0.9"
            try await browser.signIn("\(key)@demo.godstart.dk")
            for (path, html) in try await RenderSnapshotTests.crawl(browser) where html.contains("<html") {
                pages += 1
                XCTAssertTrue(html.contains("<html lang=\"nb\""), "\(key) \(path) is not in Norwegian")
                if let unfilled = html.firstMatch(of: /\{[A-Za-z][A-Za-z0-9]*(:lower)?\}/) {
                    XCTFail("\(key) \(path): \(unfilled.0) is not filled in")
                }
                let words = Self.wordTriples(html)
                for text in danishOnly where words.contains(Self.firstWords(text)) && html.contains(text)
                    && swedishPages[path]?.contains(text) != true {
                    XCTFail("\(key) \(path) shows the Danish \"\(text)\"")
                }
            }
        }
        XCTAssertGreaterThan(pages, 150, "the crawl reaches the pages of every role")
    }

    func testThePickerOffersNorwegianAndABrowserAskingForItGetsIt() async throws {
        XCTAssertEqual(Language.preferred(acceptLanguage: "nb-NO,nb;q=0.9,en;q=0.5"), .nb)
        XCTAssertEqual(Language.preferred(acceptLanguage: "no"), .nb)
        XCTAssertEqual(Language.preferred(acceptLanguage: "nn-NO"), .nb, "Nynorsk readers read Bokmål")
        XCTAssertEqual(Language.nb.nativeName, "Norsk bokmål")
        let page = try await signedIn("ida").get(SiteURL.myProgramme.path)
        XCTAssertTrue(page.contains("<option value=\"nb\" lang=\"nb\">Norsk bokmål</option>"))
    }

    /// Dates, numbers and lists in Norwegian come from its locale, not from anything written for it.
    func testNorwegianWritesDatesNumbersAndListsByItsLocale() {
        let t = Language.nb.texts
        XCTAssertEqual(t.averageRating(3.25), "3,3")
        XCTAssertEqual(t.weekdayName(1), "mandag")
        XCTAssertEqual(t.intakeHelpRaise(["Anne", "Bo", "Carl"]).contains("Anne, Bo eller Carl"), true)
        let day = DateText(language: .nb, timeZone: TimeZone(identifier: "Europe/Oslo")!)
        XCTAssertEqual(day.day(LocalDate(year: 2025, month: 3, day: 3)), "mandag 3. mars 2025")
    }

    /// Every three words that follow each other in the page's text: a text not among them is not on
    /// the page, which saves reading the page for each of the many texts.
    static func wordTriples(_ html: String) -> Set<String> {
        let words = html.split(whereSeparator: { $0 == " " || $0 == "<" || $0 == ">" || $0 == "\n" })
        return Set(words.indices.dropLast(2).map { words[$0...($0 + 2)].joined(separator: " ") })
    }

    static func firstWords(_ text: String) -> String {
        text.split(separator: " ").prefix(3).joined(separator: " ")
    }

    /// The Danish texts of at least three words that Norwegian writes otherwise, placeholders cut
    /// out, as they stand in HTML.
    static func danishTextsNorwegianWordsOtherwise() throws -> [String] {
        let folder = CatalogueTests.folder
        let danish = try POFile(String(contentsOf: folder.appendingPathComponent("da.po"), encoding: .utf8))
        let norwegian = try POFile(String(contentsOf: folder.appendingPathComponent("nb.po"), encoding: .utf8))
        let translated = Dictionary(norwegian.entries.map { ($0.context, $0.forms) }, uniquingKeysWith: { a, _ in a })
        return danish.entries.flatMap { entry -> [String] in
            let forms = translated[entry.context] ?? []
            return CatalogueCheck.sourceTexts(entry).flatMap { text in
                text.split(separator: /\{[^}]*\}|\n/).map { String($0).trimmingCharacters(in: .whitespaces) }
            }.filter { piece in
                piece.split(separator: " ").count >= 3 && !forms.contains { $0.contains(piece) }
            }.map { HTMLEscape.text($0) }
        }
    }
}
