import XCTVapor
@testable import App

/// Which language a page is in for someone not signed in: the language chosen on this browser
/// (its cookie), else the browser's Accept-Language, else Danish.
final class LanguageChoiceTests: AppTestCase {
    private func signInPage(cookie: String?, acceptLanguage: String?) async throws -> String {
        var headers = HTTPHeaders()
        if let cookie { headers.add(name: .cookie, value: cookie) }
        if let acceptLanguage { headers.add(name: .acceptLanguage, value: acceptLanguage) }
        let response = try await app.testable().sendRequest(.GET, SiteURL.signIn.path, headers: headers)
        XCTAssertEqual(response.status, .ok)
        return response.body.string
    }

    private func isIn(_ language: Language, _ page: String) -> Bool {
        page.contains(HTMLEscape.text(language.texts.signInIntro))
    }

    func testTheLanguageChosenOnThisBrowserComesFirst() async throws {
        let chosen = try await signInPage(cookie: "other=1; godstart_lang=sv; godstart_x=2", acceptLanguage: "en")
        XCTAssertTrue(isIn(.sv, chosen))
        let only = try await signInPage(cookie: "godstart_lang=en", acceptLanguage: "sv")
        XCTAssertTrue(isIn(.en, only))
    }

    func testTheBrowsersLanguageWhenNoneIsChosenOrTheChoiceIsUnknown() async throws {
        let none = try await signInPage(cookie: "not_godstart_lang=sv", acceptLanguage: "sv-SE, en;q=0.5")
        XCTAssertTrue(isIn(.sv, none))
        let unknown = try await signInPage(cookie: "godstart_lang=xx", acceptLanguage: "en")
        XCTAssertTrue(isIn(.en, unknown))
    }

    func testDanishWhenTheBrowserSaysNothing() async throws {
        let page = try await signInPage(cookie: nil, acceptLanguage: nil)
        XCTAssertTrue(isIn(.da, page))
    }
}
