import Fluent
import GodstartCore
import XCTVapor
@testable import App

/// Issue 8, item 7: every form a role reaches is sent back with bad values (empty, very long,
/// control characters, broken UTF-8, wrong types, markup) in every field. No answer may be a
/// server error, and a refusal must say what is wrong on the page. The JSON API is fuzzed by
/// schemathesis in scripts/test.sh.
final class FormFuzzTests: AppTestCase {
    struct FoundForm: Hashable {
        let action: String
        let fields: [String]
        let hidden: [String: String]
    }

    /// Raw `application/x-www-form-urlencoded` values, some deliberately not valid UTF-8.
    static let badValues: [(name: String, encoded: String)] = [
        ("empty", ""),
        ("spaces", "%20%20%20"),
        ("long", String(repeating: "a", count: 120_000)),
        ("control characters", "%00%01%07%1B%7F%E2%80%AE"),
        ("broken UTF-8", "%FF%FE%C3%28"),
        ("wrong type", "-1e309"),
        ("impossible date", "2026-13-45"),
        ("markup", "%3Cscript%3Ealert(1)%3C%2Fscript%3E%22%27"),
    ]

    /// Forms to leave alone: they end the session or change the language, not data.
    static let skipped = [SiteURL.signOut.path, SiteURL.language.path]

    func forms(in html: String) -> [FoundForm] {
        let formPattern = try! NSRegularExpression(pattern: #"<form[^>]*method="post"[^>]*action="([^"]+)"[^>]*>(.*?)</form>"#,
                                                   options: [.dotMatchesLineSeparators])
        let fieldPattern = try! NSRegularExpression(pattern: #"<(input|select|textarea)([^>]*)>"#)
        let range = NSRange(html.startIndex..., in: html)
        return formPattern.matches(in: html, range: range).compactMap { match in
            guard let action = Range(match.range(at: 1), in: html).map({ String(html[$0]) }),
                  let body = Range(match.range(at: 2), in: html).map({ String(html[$0]) }),
                  !Self.skipped.contains(action) else { return nil }
            var fields: [String] = []
            var hidden: [String: String] = [:]
            let bodyRange = NSRange(body.startIndex..., in: body)
            for field in fieldPattern.matches(in: body, range: bodyRange) {
                let attributes = Range(field.range(at: 2), in: body).map { String(body[$0]) } ?? ""
                guard let name = Self.attribute("name", in: attributes), name != CSRF.fieldName else { continue }
                if attributes.contains(#"type="hidden""#) {
                    hidden[name] = Self.attribute("value", in: attributes) ?? ""
                } else if !fields.contains(name) {
                    fields.append(name)
                }
            }
            return FoundForm(action: action.replacingOccurrences(of: "&amp;", with: "&"), fields: fields, hidden: hidden)
        }
    }

    static func attribute(_ name: String, in attributes: String) -> String? {
        guard let range = attributes.range(of: #"\b\#(name)="([^"]*)""#, options: .regularExpression) else { return nil }
        let value = attributes[range].dropFirst(name.count + 2).dropLast()
        return String(value).replacingOccurrences(of: "&quot;", with: "\"").replacingOccurrences(of: "&amp;", with: "&")
    }

    /// Sends one form with every visible field (and, in the second pass, every hidden one) set to `value`.
    func send(_ form: FoundForm, _ value: String, fuzzHidden: Bool, as browser: TestBrowser) async throws -> TestBrowser.Page {
        var pairs: [String] = [CSRF.fieldName + "=" + (browser.csrfToken ?? "").addingPercentEncoding(withAllowedCharacters: .alphanumerics)!]
        for name in form.fields { pairs.append(Self.encode(name) + "=" + value) }
        for (name, real) in form.hidden { pairs.append(Self.encode(name) + "=" + (fuzzHidden ? value : Self.encode(real))) }
        let body = pairs.joined(separator: "&")
        var headers = HTTPHeaders()
        headers.add(name: .cookie, value: browser.cookieHeader)
        headers.add(name: .contentType, value: "application/x-www-form-urlencoded")
        headers.add(name: .acceptLanguage, value: "da")
        let response = try await app.testable().sendRequest(.POST, form.action, headers: headers, body: ByteBuffer(string: body))
        return TestBrowser.Page(status: response.status, body: response.body.string, location: response.headers.first(name: .location))
    }

    static func encode(_ text: String) -> String {
        text.addingPercentEncoding(withAllowedCharacters: .alphanumerics) ?? ""
    }

    func testEveryFormTakesBadInputWithoutAServerErrorAndRefusesItWithAMessage() async throws {
        var sent = 0
        var formsSeen = Set<String>()
        for key in ["ida", "thomas", "anne", "marianne", "henrik", "lone"] {
            let browser = try await signedIn(key)
            let home = try await browser.follow(try await browser.get(SiteURL.root.path))
            var pages = [home.body]
            for path in WebSecurityTests.localLinks(in: home.body).prefix(40) {
                let page = try await browser.get(path)
                if page.status == .ok { pages.append(page.body) }
            }
            let found = Set(pages.flatMap(forms(in:)))
            for form in found.sorted(by: { $0.action < $1.action }) {
                formsSeen.insert(Self.pattern(of: form.action))
                for (name, value) in Self.badValues {
                    for fuzzHidden in form.hidden.isEmpty ? [false] : [false, true] {
                        let answer = try await send(form, value, fuzzHidden: fuzzHidden, as: browser)
                        sent += 1
                        let what = "\(key) \(form.action) \(name)\(fuzzHidden ? " (hidden too)" : "")"
                        XCTAssertLessThan(answer.status.code, 500, what)
                        XCTAssertNotEqual(answer.status, .forbidden, "the form token was sent: \(what)")
                        if answer.status == .badRequest || answer.status == .unprocessableEntity {
                            XCTAssertTrue(answer.contains("error-summary") || answer.contains(#"role="alert""#)
                                              || answer.contains(#"class="notice"#), "a refusal without a message: \(what)")
                        }
                    }
                }
            }
        }
        XCTAssertGreaterThan(formsSeen.count, 25, "the fuzzer reached too few forms: \(formsSeen.sorted())")
        XCTAssertGreaterThan(sent, 500)
    }

    /// `/meetings/<id>/notes` → `/meetings/:id/notes`, to count kinds of forms rather than copies.
    static func pattern(of path: String) -> String {
        path.replacingOccurrences(of: #"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}"#, with: ":id",
                                  options: [.regularExpression, .caseInsensitive])
    }
}
