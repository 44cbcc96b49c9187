import Foundation
import TextCatalogue
import XCTest
@testable import App

/// The texts' catalogues (Sources/App/Catalogues, issue 25): every language complete and checked
/// against the Danish source, read as gettext reads them, and each language in its own words.
final class CatalogueTests: XCTestCase {
    static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("../../Sources/App/Catalogues")

    func catalogues() throws -> [(name: String, file: POFile)] {
        try FileManager.default.contentsOfDirectory(atPath: Self.folder.path).filter { $0.hasSuffix(".po") }.sorted().map { name in
            (name, try POFile(String(contentsOf: Self.folder.appendingPathComponent(name), encoding: .utf8)))
        }
    }

    /// The build checks this too (TextCatalogueGenerator); here it is said where a test run shows it.
    func testEveryCatalogueHasEveryTextOfTheSourceAndNothingElse() throws {
        let all = try catalogues()
        let source = try XCTUnwrap(all.first { $0.name == "da.po" }).file
        XCTAssertGreaterThan(source.entries.count, 1000)
        XCTAssertGreaterThanOrEqual(all.count, 3)
        let problems = CatalogueCheck.problems(source: source, named: "da.po", translations: all.filter { $0.name != "da.po" })
        XCTAssertEqual(problems.map(\.description), [])
    }

    /// A language is its catalogue and its code in `Language`: neither without the other.
    func testEveryLanguageHasItsCatalogueAndEveryCatalogueItsLanguage() throws {
        XCTAssertEqual(Set(try catalogues().map { String($0.name.dropLast(3)) }), Set(Language.allCases.map(\.rawValue)))
        for language in Language.allCases {
            XCTAssertFalse(language.nativeName.isEmpty)
            XCTAssertEqual(language.texts.catalogue.locale.language.languageCode?.identifier, language.rawValue)
        }
    }

    func testTheCheckFindsWhatATranslatorCanGetWrong() throws {
        let source = try POFile("""
            msgid ""
            msgstr "Language: da_DK\\nPlural-Forms: nplurals=2; plural=(n != 1);\\n"

            #: meetingCount(_ count: Int)
            msgctxt "meetingCount"
            msgid "{count} møde"
            msgid_plural "{count} møder"
            msgstr[0] ""
            msgstr[1] ""

            #: greeting(name: String)
            msgctxt "greeting"
            msgid "Hej {name}"
            msgstr ""

            #: farewell
            msgctxt "farewell"
            msgid "Farvel"
            msgstr ""
            """)
        let translation = try POFile("""
            msgid ""
            msgstr "Plural-Forms: nplurals=2; plural=(n != 1);\\n"

            msgctxt "meetingCount"
            msgid "{count} møde"
            msgid_plural "{count} møder"
            msgstr[0] "{count} möte"

            #, fuzzy
            msgctxt "greeting"
            msgid "Hej {name}"
            msgstr "Hej {namn}"

            msgctxt "goodbye"
            msgid "Farvel"
            msgstr "Hej då"
            """)
        let problems = CatalogueCheck.problems(source: source, named: "da.po", translations: [("sv.po", translation)]).map(\.message)
        XCTAssertEqual(problems, [
            "meetingCount needs 2 plural forms (msgstr[0] ... msgstr[1])",
            "greeting is marked fuzzy; check the translation and remove the flag",
            "greeting: {namn} is not a placeholder of the source text",
            "greeting: the translation never writes {name}",
            "goodbye is not in da.po; remove it, or add it there first",
            "farewell is missing; translate it from da.po",
        ])
    }

    func testGettextReadsTheCataloguesToo() throws {
        let found = ["/usr/bin/msgfmt", "/usr/local/bin/msgfmt"].first { FileManager.default.isExecutableFile(atPath: $0) }
        // scripts/test.sh installs gettext; a machine without it is told so rather than passed.
        let msgfmt = try XCTUnwrap(found, "gettext's msgfmt is not installed: run scripts/test.sh, or install gettext (apt install gettext)")
        for (name, _) in try catalogues() {
            let process = Process()
            process.executableURL = URL(fileURLWithPath: msgfmt)
            process.arguments = ["--check", "--output-file=/dev/null", Self.folder.appendingPathComponent(name).path]
            let errors = Pipe()
            process.standardError = errors
            try process.run()
            process.waitUntilExit()
            let said = String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
            XCTAssertEqual(process.terminationStatus, 0, "\(name): \(said)")
        }
    }

    /// Each language's plural forms follow its rule: Danish and Swedish "1 møde", "0 møder", "21 møder".
    func testPluralFormsFollowTheLanguagesRule() throws {
        XCTAssertEqual(Language.da.texts.meetingCount(1), "1 møde")
        XCTAssertEqual(Language.da.texts.meetingCount(0), "0 møder")
        XCTAssertEqual(Language.sv.texts.meetingCount(21), "21 möten")
        XCTAssertEqual(Language.en.texts.meetingCount(1), "1 meeting")
        // Another language's rule, as gettext writes it: Polish has three forms.
        let polish = try PluralRule(header: "nplurals=3; plural=(n==1 ? 0 : n%10>=2 && n%10<=4 && (n%100<10 || n%100>=20) ? 1 : 2);")
        XCTAssertEqual([1, 2, 5, 12, 22, 25].map(polish.form(for:)), [0, 1, 2, 2, 1, 2])
    }

    func testATextIsReadAsGettextWritesIt() throws {
        let file = try POFile(#"""
            # A comment for nobody
            #. For the translator
            #: intro
            msgctxt "intro"
            msgid ""
            "Two lines "
            "with \"quotes\"\n"
            msgstr "Zwei \\ Zeilen"
            """#)
        let entry = try XCTUnwrap(file.entries.first)
        XCTAssertEqual(entry.context, "intro")
        XCTAssertEqual(entry.translatorComments, ["For the translator"])
        XCTAssertEqual(entry.source, "Two lines with \"quotes\"\n")
        XCTAssertEqual(entry.text, #"Zwei \ Zeilen"#)
        XCTAssertEqual(Template("{name} har {count} {ikke et navn} {").placeholders, ["name", "count"])
    }

    /// The product's own texts: every Swedish one free of Danish-only letters and words, every
    /// Danish one free of Swedish-only letters, and one Swedish word for a new hire's mentoring
    /// (the glossary's "mentorsprogram"). People's names, places and what they type are not texts
    /// of the product and are not read here.
    func testEachLanguageKeepsToItsOwnWords() throws {
        let all = Dictionary(uniqueKeysWithValues: try catalogues())
        let danish = try XCTUnwrap(all["da.po"]).entries.flatMap(CatalogueCheck.sourceTexts)
        let swedish = try XCTUnwrap(all["sv.po"]).entries.flatMap(\.forms)
        XCTAssertGreaterThan(swedish.count, 1000)
        for text in swedish where text.contains(/[æøÆØ]|[Mm]øde/) { XCTFail("Danish in sv.po: \(text)") }
        for text in danish where text.contains(/[äöÄÖ]/) { XCTFail("Swedish in da.po: \(text)") }
        for text in swedish where text.contains(/[Mm]entorskapet/) { XCTFail("sv.po: mentorsprogrammet, as the glossary says: \(text)") }
    }
}
