import Fluent
import Foundation
import GodstartCore
import XCTVapor
@testable import App

/// A fixed "now": Monday 23 November 2026, 10:00 in Copenhagen.
let testNow = LocalDate(year: 2026, month: 11, day: 23).instant(at: LocalTime(hour: 10), in: TimeZone(identifier: "Europe/Copenhagen")!)

/// Each test gets an app with a database of its own holding the demo municipality, copied from a
/// template built once (`TestDatabases`): a SQLite file by default, a PostgreSQL database on the
/// server `TEST_DATABASE_URL` names when it is set.
class AppTestCase: XCTestCase {
    var app: Application!
    private var database: TestDatabase?
    /// Whether the app keeps signed-in browsers in memory (`SignedInCache`); the statement budgets
    /// count what a browser's first request reads.
    class var keepsSignedInBrowsers: Bool { true }

    private func settings(_ database: TestDatabase) -> Settings {
        var settings = TestDatabases.settings(database.choice)
        if !Self.keepsSignedInBrowsers { settings.signedInMemory = 0 }
        return settings
    }

    override func setUp() async throws {
        let database = try await TestDatabases.fresh()
        self.database = database
        app = try await Application.make(.testing)
        app.logger.logLevel = .warning
        try await configure(app, settings: settings(database))
        app.passwords.use(.plaintext) // bcrypt is slow and tested by Vapor; sign-in is tested here
    }

    override func tearDown() async throws {
        try await app?.asyncShutdown()
        app = nil
        try await database?.drop()
        database = nil
    }

    func browser() -> TestBrowser { TestBrowser(app: app) }

    /// A second instance of Godstart on this test's database, as behind a load balancer. The test shuts it down.
    func secondInstance() async throws -> Application {
        let second = try await Application.make(.testing)
        second.logger.logLevel = .warning
        try await configure(second, settings: settings(try XCTUnwrap(database)))
        second.passwords.use(.plaintext)
        return second
    }

    /// One generated municipality (`ScaleData`, kommune-001) and a browser signed in there as `login`.
    func municipality(staff: Int, activeProgrammes: Int, seed: UInt64, signedInAs login: String) async throws -> TestBrowser {
        try await ScaleData.load(ScaleShape(organisations: 1, staff: staff, activeProgrammes: activeProgrammes), seed: seed, now: testNow,
                                 passwordHash: try app.password.hash(DemoData.password), on: app.db)
        let browser = browser()
        try await browser.signIn("\(login)@kommune-001.godstart.dk")
        return browser
    }

    func signedIn(_ key: String) async throws -> TestBrowser {
        let browser = browser()
        try await browser.signIn(DemoData.email(key))
        return browser
    }

    func person(_ key: String) async throws -> Person {
        try await Person.query(on: app.db).filter(\.$email == DemoData.email(key)).first()!
    }

    /// The admin makes an API token with these scopes; returns it as shown once.
    func apiToken(_ scopes: [ApiScope]) async throws -> String {
        let lone = try await signedIn("lone")
        let page = try await lone.post(SiteURL.apiTokens.path, pairs: [("name", "HR-rapportering")] + scopes.map { ("scopes[]", $0.rawValue) })
        XCTAssertEqual(page.status, .ok)
        guard let start = page.body.range(of: "value=\"gs_") else { XCTFail("no token shown"); return "" }
        let rest = page.body[start.upperBound...]
        return "gs_" + String(rest[..<rest.firstIndex(of: "\"")!])
    }

    func programme(of newcomerKey: String) async throws -> Programme {
        let newcomer = try await person(newcomerKey)
        return try await Programme.query(on: app.db).filter(\.$newcomer.$id == newcomer.id!).first()!
    }

    func meetings(of newcomerKey: String, _ kind: MeetingKind? = nil) async throws -> [Meeting] {
        let programme = try await programme(of: newcomerKey)
        var query = Meeting.query(on: app.db).filter(\.$programme.$id == programme.id!)
        if let kind { query = query.filter(\.$kind == kind.rawValue) }
        return try await query.sort(\.$startsAt).all()
    }
}

/// Drives the app like a browser: keeps the cookies, reads the form token from pages.
final class TestBrowser {
    let app: Application
    var cookies: [String: String] = [:]
    /// The browser's cookies as a Cookie header, for requests sent by hand.
    var cookieHeader: String { cookies.map { "\($0.key)=\($0.value)" }.joined(separator: "; ") }
    var csrfToken: String?
    var language = "da"

    init(app: Application) { self.app = app }

    struct Page {
        let status: HTTPStatus
        let body: String
        let location: String?
        func contains(_ s: String) -> Bool { body.contains(s) }

        /// The rows of the page's first table body, as HTML, in order.
        var tableRows: [String] {
            guard let table = body.range(of: "<tbody>"), let end = body.range(of: "</tbody>", range: table.upperBound..<body.endIndex) else {
                return []
            }
            return Array(body[table.upperBound..<end.lowerBound].components(separatedBy: "<tr").dropFirst())
        }
    }

    @discardableResult
    func get(_ path: String, headers extra: [(String, String)] = []) async throws -> Page {
        try await send(.GET, path, body: nil, headers: extra)
    }

    @discardableResult
    func post(_ path: String, _ fields: [String: String], withToken: Bool = true, headers extra: [(String, String)] = []) async throws -> Page {
        var fields = fields
        if withToken, fields[CSRF.fieldName] == nil {
            if csrfToken == nil { try await get(SiteURL.signIn.path) }
            fields[CSRF.fieldName] = csrfToken
        }
        let body = fields.map { "\(Self.encode($0.key))=\(Self.encode($0.value))" }.joined(separator: "&")
        return try await send(.POST, path, body: body, headers: [("Content-Type", "application/x-www-form-urlencoded")] + extra)
    }

    /// Posts fields that may repeat (`programmes[]=a&programmes[]=b`), in the order given.
    @discardableResult
    func post(_ path: String, pairs: [(String, String)]) async throws -> Page {
        if csrfToken == nil { try await get(SiteURL.signIn.path) }
        let all = pairs + [(CSRF.fieldName, csrfToken ?? "")]
        let body = all.map { "\(Self.encode($0.0))=\(Self.encode($0.1))" }.joined(separator: "&")
        return try await send(.POST, path, body: body, headers: [("Content-Type", "application/x-www-form-urlencoded")])
    }

    /// Posts a form with a file, as a browser does for `enctype="multipart/form-data"`.
    @discardableResult
    func post(_ path: String, _ fields: [String: String], file: (field: String, name: String, type: String, data: [UInt8])) async throws -> Page {
        if csrfToken == nil { try await get(SiteURL.signIn.path) }
        let boundary = "----godstart-test-boundary"
        var body = ByteBuffer()
        for (key, value) in fields.merging([CSRF.fieldName: csrfToken ?? ""], uniquingKeysWith: { a, _ in a }) {
            body.writeString("--\(boundary)\r\nContent-Disposition: form-data; name=\"\(key)\"\r\n\r\n\(value)\r\n")
        }
        body.writeString("--\(boundary)\r\nContent-Disposition: form-data; name=\"\(file.field)\"; filename=\"\(file.name)\"\r\n")
        body.writeString("Content-Type: \(file.type)\r\n\r\n")
        body.writeBytes(file.data)
        body.writeString("\r\n--\(boundary)--\r\n")
        return try await send(.POST, path, bytes: body, headers: [("Content-Type", "multipart/form-data; boundary=\(boundary)")])
    }

    /// Follows a redirect if the response is one.
    func follow(_ page: Page) async throws -> Page {
        guard let location = page.location else { return page }
        return try await get(location)
    }

    func signIn(_ email: String, password: String = DemoData.password) async throws {
        try await get(SiteURL.signIn.path)
        let page = try await post(SiteURL.signIn.path, ["email": email, "password": password])
        XCTAssertEqual(page.status, .seeOther, "sign-in as \(email)")
        // The session's token changes on sign-in; the home page carries the new one.
        csrfToken = nil
        var home = try await get(SiteURL.root.path)
        while let location = home.location { home = try await get(location) }
        XCTAssertNotNil(csrfToken)
    }

    private func send(_ method: HTTPMethod, _ path: String, body: String?, headers extra: [(String, String)]) async throws -> Page {
        try await send(method, path, bytes: body.map { ByteBuffer(string: $0) }, headers: extra)
    }

    private func send(_ method: HTTPMethod, _ path: String, bytes: ByteBuffer?, headers extra: [(String, String)]) async throws -> Page {
        var headers = HTTPHeaders()
        if !cookies.isEmpty { headers.add(name: .cookie, value: cookieHeader) }
        for (name, value) in extra { headers.replaceOrAdd(name: name, value: value) }
        if headers.first(name: .acceptLanguage) == nil { headers.add(name: .acceptLanguage, value: language) }
        let response = try await app.testable().sendRequest(
            method, path, headers: headers, body: bytes)
        for value in response.headers[.setCookie] {
            let pair = value.split(separator: ";")[0].split(separator: "=", maxSplits: 1)
            guard pair.count == 2 else { continue }
            if value.contains("Max-Age=0") || value.contains("Expires=Thu, 01 Jan 1970") {
                cookies[String(pair[0])] = nil
            } else {
                cookies[String(pair[0])] = String(pair[1])
            }
        }
        let text = response.body.string
        if let token = Self.token(in: text) { csrfToken = token }
        return Page(status: response.status, body: text, location: response.headers.first(name: .location))
    }

    static func token(in html: String) -> String? {
        guard let range = html.range(of: "name=\"\(CSRF.fieldName)\" value=\"") else { return nil }
        let rest = html[range.upperBound...]
        return rest.firstIndex(of: "\"").map { String(rest[..<$0]) }
    }

    static func encode(_ s: String) -> String {
        var allowed = CharacterSet.alphanumerics
        allowed.insert(charactersIn: "-._~")
        return s.addingPercentEncoding(withAllowedCharacters: allowed) ?? s
    }
}
