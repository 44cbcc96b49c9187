import Fluent
import GodstartCore
import XCTVapor
@testable import App

/// Issue 9, item 2: every page and API route runs a bounded number of SQL statements, whatever the
/// number of rows it lists. Each role follows every link from their home once every list they see
/// holds a few rows (`grow(by: 1)`), and again after those rows have grown ten times over; no page
/// may run more statements the second time, and none more than its budget.
final class QueryBudgetTests: AppTestCase {
    /// At most this many statements for a page, unless `budgets` names it.
    static let defaultBudget = 30
    /// Pages that need more, by path with identifiers as `:id`, and why.
    static let budgets: [String: Int] = [
        // The personal-data archive reads once each of the 30-odd tables that hold a person's data.
        SiteURL.myDataArchive.path: 45,
    ]
    /// A page may run a few more statements once a list it shows is no longer empty (one to load
    /// the names that list needs, say); it may not run more for each row.
    static let allowedGrowth = 2
    /// The lists that read kept programme summaries work out again, once, those whose facts the
    /// growth changed: a fixed number of statements however many (`ProgrammeSummaries.refresh`).
    static let refreshingLists: Set<String> = [SiteURL.programmes.path, "/api/v1/alerts", "/api/v1/programmes"]

    static func growth(_ path: String) -> Int {
        allowedGrowth + (refreshingLists.contains(pattern(path).components(separatedBy: "?")[0]) ? ProgrammeSummaries.statementsToRefresh : 0)
    }

    static let roles = ["lone", "marianne", "henrik", "peter", "thomas", "anne", "karen", "sofie", "ida", "emma", "frederik"]

    override class var keepsSignedInBrowsers: Bool { false }

    override func setUp() async throws {
        QueryCounter.install
        try await super.setUp()
    }

    func testEveryPageRunsAsManyStatementsWithManyMoreRows() async throws {
        try await grow(by: 1)
        var browsers: [String: TestBrowser] = [:]
        var before: [String: [String: Int]] = [:]
        for key in Self.roles {
            let browser = try await signedIn(key)
            browsers[key] = browser
            before[key] = try await crawl(browser)
        }
        let fewest = before.values.flatMap(\.values).min() ?? 0
        XCTAssertGreaterThan(fewest, 0, "every page reads at least the session, so the counter sees the statements")
        try await grow(by: 9)
        var failures: [String] = []
        var measured = 0
        for key in Self.roles {
            for (path, small) in before[key]!.sorted(by: { $0.key < $1.key }) {
                let (large, statements) = try await count(path, browsers[key]!)
                measured += 1
                let budget = Self.budgets[Self.pattern(path)] ?? Self.defaultBudget
                if large > small + Self.growth(path) {
                    failures.append("\(key) \(path): \(small) statements before, \(large) after the rows grew:\n  "
                        + Self.summary(statements))
                } else if large > budget {
                    failures.append("\(key) \(path): \(large) statements, budget \(budget):\n  " + Self.summary(statements))
                }
            }
        }
        XCTAssertGreaterThan(measured, 150, "the crawl reaches the pages of every role")
        let most = before.flatMap { key, pages in pages.map { (key, $0.key, $0.value) } }.max { $0.2 < $1.2 }
        print("Query budget: \(measured) pages measured; the most statements: \(most.map { "\($0.2) on \($0.1) as \($0.0)" } ?? "none")")
        XCTAssertTrue(failures.isEmpty, failures.joined(separator: "\n"))
    }

    /// The personal-data archive (a .zip, so the crawl does not follow it) reads each table that
    /// holds a person's data once, whatever the number of rows: grown tenfold, no more statements.
    func testThePersonalDataArchiveRunsAsManyStatementsWithManyMoreRows() async throws {
        try await grow(by: 1)
        var browsers: [String: TestBrowser] = [:]
        var before: [String: Int] = [:]
        for key in Self.roles {
            browsers[key] = try await signedIn(key)
            before[key] = try await count(SiteURL.myDataArchive.path, browsers[key]!, expect: .ok).count
        }
        try await grow(by: 9)
        let budget = Self.budgets[SiteURL.myDataArchive.path] ?? Self.defaultBudget
        for key in Self.roles {
            let (large, statements) = try await count(SiteURL.myDataArchive.path, browsers[key]!, expect: .ok)
            XCTAssertLessThanOrEqual(large, before[key]! + Self.allowedGrowth,
                                     "\(key): \(before[key]!) statements before, \(large) after:\n  " + Self.summary(statements))
            XCTAssertLessThanOrEqual(large, budget, "\(key):\n  " + Self.summary(statements))
        }
        print("Personal-data archive: at most \(before.values.max() ?? 0) statements")
    }

    func testEveryApiRouteRunsAsManyStatementsWithManyMoreRows() async throws {
        try await grow(by: 1)
        let token = try await apiToken(ApiScope.allCases)
        let ida = try await programme(of: "ida")
        let paths = [SiteURL.apiProgrammes.path, SiteURL.apiProgrammes.path + "?limit=200", SiteURL.apiProgramme(ida.id).path,
                     SiteURL.apiProgrammeMeetings(ida.id).path, SiteURL.apiProgrammeChecklist(ida.id).path,
                     SiteURL.apiPeople.path, SiteURL.apiPeople.path + "?limit=200", SiteURL.apiAlerts.path, SiteURL.apiRetention.path]
        let browser = browser()
        let headers = [("Authorization", "Bearer \(token)")]
        var before: [String: Int] = [:]
        for path in paths { before[path] = try await count(path, browser, headers: headers, expect: .ok).count }
        try await grow(by: 9)
        for path in paths {
            let (large, statements) = try await count(path, browser, headers: headers, expect: .ok)
            XCTAssertLessThanOrEqual(large, before[path]! + Self.growth(path), "\(path): \(Self.summary(statements))")
            XCTAssertLessThanOrEqual(large, Self.defaultBudget, path)
        }
    }

    /// The reminder run every 15 minutes: once its mails are queued, a run that finds nothing new
    /// writes nothing (it reads the queued keys once, not one insert per mail), and reads as many
    /// statements with ten times the rows.
    func testAReminderRunThatFindsNothingNewWritesNothing() async throws {
        try await grow(by: 1)
        let small = try await repeatedReminderRun()
        try await grow(by: 9)
        let large = try await repeatedReminderRun()
        XCTAssertLessThanOrEqual(large.count, small.count + Self.allowedGrowth, Self.summary(large.statements))
        for run in [small, large] {
            let writes = run.statements.filter { !$0.uppercased().hasPrefix("SELECT") }
            XCTAssertTrue(writes.isEmpty, "nothing new, nothing written: \(Self.summary(writes))")
        }
    }

    func testASignedInPageViewWritesNothing() async throws {
        for key in ["marianne", "ida", "henrik"] {
            let browser = try await signedIn(key)
            _ = try await count("/", browser)
            let again = try await count("/", browser)
            XCTAssertGreaterThan(again.count, 0)
            let writes = again.statements.filter { !$0.uppercased().hasPrefix("SELECT") }
            XCTAssertTrue(writes.isEmpty, "\(key): the session is unchanged within a minute, so it is not written: \(Self.summary(writes))")
        }
    }

    func testReadingEveryTwentyMinutesKeepsTheSessionBecauseEachTouchIsWritten() async throws {
        let ida = try await signedIn("ida")
        for step in 1...3 {
            app.settings.now = { testNow.addingTimeInterval(Double(step) * 20 * 60) }
            let page = try await count(SiteURL.myProgramme.path, ida, expect: .ok)
            XCTAssertTrue(page.statements.contains { $0.uppercased().hasPrefix("UPDATE") && $0.contains("_fluent_sessions") },
                          "after \(step * 20) minutes the time of the request is kept")
        }
    }

    /// Runs the reminders once to queue what is due, then counts the statements of a second run.
    private func repeatedReminderRun() async throws -> (count: Int, statements: [String]) {
        try await ReminderJob.run(on: app.db, settings: app.settings.mail, now: testNow)
        let queued = try await OutboxMessage.query(on: app.db).count()
        XCTAssertGreaterThan(queued, 0, "the demo has reminders due")
        QueryCounter.shared.reset()
        try await ReminderJob.run(on: app.db, settings: app.settings.mail, now: testNow.addingTimeInterval(600))
        let recorded = QueryCounter.shared.recorded
        let after = try await OutboxMessage.query(on: app.db).count()
        XCTAssertEqual(after, queued)
        return recorded
    }

    // MARK: Measuring

    private func count(_ path: String, _ browser: TestBrowser, headers: [(String, String)] = [], expect: HTTPStatus? = nil)
        async throws -> (count: Int, statements: [String])
    {
        QueryCounter.shared.reset()
        let page = try await browser.get(path, headers: headers)
        let recorded = QueryCounter.shared.recorded
        if let expect { XCTAssertEqual(page.status, expect, path) }
        return recorded
    }

    /// Every page reachable from the home page, with the statements each ran.
    private func crawl(_ browser: TestBrowser, limit: Int = 300) async throws -> [String: Int] {
        var queue = [SiteURL.root.path]
        var seen = Set(queue)
        var counts: [String: Int] = [:]
        while !queue.isEmpty && counts.count < limit {
            let path = queue.removeFirst()
            QueryCounter.shared.reset()
            let page = try await browser.get(path)
            let statements = QueryCounter.shared.recorded.count
            if let location = page.location, location.hasPrefix("/"), seen.insert(location).inserted {
                queue.append(location)
            }
            guard page.status == .ok else { continue }
            counts[path] = statements
            for link in WebSecurityTests.localLinks(in: page.body) where !link.hasPrefix("/sign-out") && seen.insert(link).inserted {
                queue.append(link)
            }
        }
        return counts
    }

    static func pattern(_ path: String) -> String {
        path.split(separator: "/", omittingEmptySubsequences: false)
            .map { UUID(uuidString: String($0)) == nil ? String($0) : ":id" }.joined(separator: "/")
    }

    /// The statements grouped, most repeated first: a statement run once per row shows at the top.
    static func summary(_ statements: [String]) -> String {
        var counts: [String: Int] = [:]
        for statement in statements { counts[String(statement.prefix(160)), default: 0] += 1 }
        return counts.sorted { $0.value > $1.value }.prefix(6).map { "\($0.value)x \($0.key)" }.joined(separator: "\n  ")
    }

    // MARK: Growing

    /// More rows where the demo's people see them, `factor` times: three more programmes with
    /// their meetings, notes and checklists around the same staff; two logbook entries and two
    /// journals in Ida's programme, one of each shared with Thomas; twenty employments; two ideas,
    /// two knowledge persons, six mails and eighty audit entries.
    private func grow(by factor: Int) async throws {
        let db = app.db
        let organisation = try await Organisation.query(on: db).filter(\.$slug == DemoData.slug).first()!
        let orgID = organisation.id!
        let units = try await OrganisationUnit.query(on: db).filter(\.$organisation.$id == orgID).sort(\.$name).all()
        let staff = try await [("henrik", "anne", "peter", "sofie"), ("susanne", "mette", "thomas", "mikkel"),
                               ("jens", "birgitte", "thomas", "camilla"), ("henrik", "karen", "peter", nil)]
            .asyncMap { m, c, mentor, b in
                (try await person(m).id!, try await person(c).id!, try await person(mentor).id!, try await b.asyncMap { try await person($0).id! })
            }
        let today = LocalDate(testNow, in: organisation.timeZone)
        let existing = try await Programme.query(on: db).count()
        for number in existing..<(existing + 3 * factor) {
            let (manager, contact, mentor, buddy) = staff[number % staff.count]
            let hire = ProgrammeCreation.NewHire(
                name: "Ny Medarbejder \(number)", email: "ny\(number)@demo.godstart.dk", unitID: units[number % units.count].id!,
                firstDay: today.adding(weeks: 2 - number % 30 * 2), variant: number % 5 == 4 ? .temporaryHire : .standard,
                managerID: manager, contactPersonID: contact, mentorID: mentor, buddyID: buddy)
            let programmeID = try await ProgrammeCreation.create(hire, organisation: organisation, now: testNow, on: db)
            try await DemoData.markPastMeetings(programmeID, leaveLatestUnmarked: number % 3 == 0, now: testNow,
                                                places: ["Mødelokale 1"], on: db)
        }

        let ida = try await person("ida"), thomas = try await person("thomas")
        let idas = try await programme(of: "ida")
        for number in 0..<(2 * factor) {
            let entry = LogbookEntry(programmeID: idas.id!, authorID: ida.id!)
            entry.unsure = "Usikker \(number)"
            entry.$sharedWith.id = number % 2 == 0 ? thomas.id : nil
            try await entry.create(on: db)
            let journal = ProcessJournal(programmeID: idas.id!, authorID: ida.id!)
            journal.title = "Samtale \(number)"
            journal.$sharedWith.id = number % 2 == 0 ? thomas.id : nil
            try await journal.create(on: db)
        }
        let everyone = try await Person.query(on: db).filter(\.$organisation.$id == orgID).all()
        var employments: [EmploymentRecord] = []
        for number in existing..<(existing + 20 * factor) {
            let start = today.adding(days: -30 * (number % 100) - 10)
            employments.append(EmploymentRecord(organisationID: orgID, unitID: units[number % units.count].id, reference: "vækst-\(factor)-\(number)",
                                                start: start, end: number % 4 == 0 ? start.adding(days: 200) : nil))
        }
        try await employments.create(on: db)
        for (number, person) in everyone.prefix(2 * factor).enumerated() {
            try await Idea(organisationID: orgID, authorID: person.id!, anonymous: number % 2 == 0, text: "Idé \(number)").create(on: db)
            try await KnowledgeArea(organisationID: orgID, personID: person.id!, area: "Område \(number)", kind: .method).create(on: db)
            for mail in 0..<3 {
                try await OutboxMessage(organisationID: orgID, recipientID: person.id, to: person.email, kind: .invitation,
                                        subject: "Emne \(mail)", body: "Tekst", dedupKey: nil, now: testNow).create(on: db)
            }
        }
        let events = everyone.prefix(20 * factor).flatMap { person in
            (0..<4).map { _ in AuditLog.Event(kind: .contentRead, resource: .logbookEntry, item: UUID(), programme: idas.id, organisation: orgID) }
                .map { event in var event = event; event.subject = person.id; return event }
        }
        try await AuditLog.record(events, .init(actor: thomas.id, organisation: orgID, address: "127.0.0.1", now: testNow), on: db)
    }
}

extension Sequence {
    func asyncMap<T>(_ transform: (Element) async throws -> T) async rethrows -> [T] {
        var results: [T] = []
        for element in self { results.append(try await transform(element)) }
        return results
    }
}

extension Optional {
    func asyncMap<T>(_ transform: (Wrapped) async throws -> T) async rethrows -> T? {
        guard let self else { return nil }
        return try await transform(self)
    }
}
