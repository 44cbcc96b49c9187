import Foundation
import GodstartCore
import Vapor

/// What every page needs to know about the request: who is looking, in which language,
/// in which time zone, and the form token.
struct PageContext {
    let person: Person?
    let language: Language
    let texts: Texts
    let dates: DateText
    let csrfToken: String
    let currentPath: String
    let demoMode: Bool
    /// A one-time message from the previous step ("Your notes are saved.").
    let flash: String?
    /// The standing roles that give the person a home page of their own.
    let homes: [SiteURL]
    /// The time the page is made at (the settings' clock, so tests can fix it).
    let now: Date

    static func make(_ req: Request, timeZone: TimeZone? = nil, homes: [SiteURL] = []) -> PageContext {
        let language = req.language
        let flash = req.session.data[FlashKey.key]
        if flash != nil { req.session.data[FlashKey.key] = nil }
        return PageContext(
            person: req.currentPerson, language: language, texts: language.texts,
            dates: DateText(language: language, timeZone: timeZone ?? TimeZone(identifier: "Europe/Copenhagen")!),
            csrfToken: CSRF.token(for: req), currentPath: req.url.path,
            demoMode: req.application.settings.demoMode, flash: flash, homes: homes, now: req.application.settings.now())
    }
}

enum FlashKey {
    static let key = "flash"
}

extension Request {
    static let languageCookie = "godstart_lang"

    /// The person's chosen language, else the one chosen on this browser, else the browser's
    /// Accept-Language, else Danish.
    var language: Language {
        if let chosen = currentPerson?.language.flatMap(Language.init(rawValue:)) { return chosen }
        if let known = storage[BrowserLanguageKey.self] { return known }
        let found = chosenOnThisBrowser ?? Language.preferred(acceptLanguage: headers.first(name: .acceptLanguage)) ?? .fallback
        storage[BrowserLanguageKey.self] = found
        return found
    }

    /// The language in this browser's language cookie, found by reading the Cookie header for
    /// that one cookie: parsing every cookie (`Request.cookies`) each time a page asked for its
    /// language was 3 % of a programme page (perf, issue 24). The browser's language is found once
    /// a request (`BrowserLanguageKey`).
    private var chosenOnThisBrowser: Language? {
        let prefix = Self.languageCookie + "="
        for header in headers[.cookie] {
            for pair in header.split(separator: ";") {
                let pair = pair.drop { $0 == " " }
                if pair.hasPrefix(prefix) { return Language(rawValue: String(pair.dropFirst(prefix.count))) }
            }
        }
        return nil
    }

    private struct BrowserLanguageKey: StorageKey { typealias Value = Language }

    func flash(_ message: String) {
        session.data[FlashKey.key] = message
    }
}
