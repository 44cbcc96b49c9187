import Fluent
import GodstartCore
import XCTVapor
@testable import App

/// Issue 8, item 5, over every registered route, pages and API alike, each parameter filled with
/// a real id of the demo municipality: someone of another organisation, holding every standing
/// role there, gets a 404 for each; a colleague outside a programme gets a 404 for each of the
/// programme's routes; and the pages without ids show the other organisation nothing of it.
/// Which role reads which private text is proven by CrawlConfidentialityTests, and the policy's
/// table cell by cell by AccessMatrixTests.
final class RouteMatrixTests: AppTestCase {
    struct FilledRoute {
        let method: HTTPMethod
        let pattern: String
        let path: String
        /// The route's first path segment: what kind of thing its id names.
        let kind: String
    }

    /// Ida's programme, with a logbook entry and a process journal of hers, neither shared.
    func idasWriting() async throws -> (ProgrammeFile, LogbookEntry, ProcessJournal) {
        let ida = try await person("ida")
        let file = try await ProgrammeQueries.file(try await programme(of: "ida").id!, on: app.db)!
        let entry = LogbookEntry(programmeID: file.id, authorID: ida.id!)
        entry.unsure = "Til matrixen"
        try await entry.create(on: app.db)
        let journal = ProcessJournal(programmeID: file.id, authorID: ida.id!)
        journal.title = "Til matrixen"
        try await journal.create(on: app.db)
        return (file, entry, journal)
    }

    /// A real id of the demo municipality for each kind of thing a route names.
    func ids() async throws -> [String: UUID] {
        let ida = try await programme(of: "ida")
        let idaPerson = try await person("ida")
        let (_, entry, journal) = try await idasWriting()
        let message = OutboxMessage(organisationID: ida.$organisation.id, recipientID: idaPerson.id, to: idaPerson.email, kind: .test,
                                    subject: "Test", body: "Test", dedupKey: nil, now: testNow)
        try await message.create(on: app.db)
        let token = ApiToken()
        token.$organisation.id = ida.$organisation.id
        token.name = "HR"
        token.tokenHash = SecretToken.hash("gs_matrix")
        token.scopes = ApiScope.text(Set(ApiScope.allCases))
        try await token.create(on: app.db)
        let material = Material()
        material.$organisation.id = ida.$organisation.id
        material.title = "Velkomstbrev"
        material.phase = MaterialPhase.any.rawValue
        material.roles = ""
        material.language = "da"
        material.fileName = "velkomst.pdf"
        material.fileKind = MaterialFileKind.allCases.first!.rawValue
        material.byteCount = 4
        try await material.create(on: app.db)
        try await MaterialFile(materialID: material.id!, bytes: Data("%PDF".utf8)).create(on: app.db)
        try await Idea(organisationID: ida.$organisation.id, authorID: idaPerson.id!, anonymous: false, text: "En idé").create(on: app.db)
        func first<M: Model>(_ type: M.Type) async throws -> UUID where M.IDValue == UUID {
            guard let id = try await M.query(on: app.db).first()?.id else { throw Abort(.internalServerError, reason: "no \(M.schema) in the demo") }
            return id
        }
        let meeting = try await meetings(of: "ida", .dialogueMeeting).first { $0.isHeld }!
        return [
            "programmes": ida.id!, "meetings": meeting.id!, "logbook": entry.id!, "journals": journal.id!,
            "learning-goals": try await LearningGoal.query(on: app.db).filter(\.$programme.$id == ida.id!).first()!.id!,
            "competence-plan-rows": try await CompetencePlanRow.query(on: app.db).filter(\.$programme.$id == ida.id!).first()!.id!,
            "checklist-items": try await ChecklistItem.query(on: app.db).filter(\.$programme.$id == ida.id!).first()!.id!,
            "activities": try await Activity.query(on: app.db).filter(\.$programme.$id == ida.id!).first()!.id!,
            "agreement-versions": try await AgreementVersion.query(on: app.db).filter(\.$programme.$id == ida.id!).first()!.id!,
            "template-items": try await first(TemplateChecklistItem.self), "template-activities": try await first(TemplateActivity.self),
            "colleagues": try await person("thomas").id!, "employments": try await first(EmploymentRecord.self),
            "group-sessions": try await first(GatheringSeries.self), "group-meetings": try await first(Gathering.self),
            "knowledge-persons": try await first(KnowledgeArea.self), "learning-goal-catalogue": try await first(CatalogueEntry.self),
            "materials": try await first(Material.self), "ideas": try await first(Idea.self),
            "outbox": message.id!, "api-tokens": token.id!, "people": try await person("thomas").id!,
            "closed-days": try await first(OwnClosedDay.self),
        ]
    }

    /// Every route with an id, the id filled in; routes whose parameter is a secret token or a
    /// word (a variant, an evaluation's kind) are left to their own tests.
    func filledRoutes() async throws -> [FilledRoute] {
        let ids = try await ids()
        return try app.routes.all.compactMap { route -> FilledRoute? in
            let parts = route.path.map { component -> String in
                switch component {
                case .constant(let value): value
                case .parameter(let name): ":" + name
                case .anything, .catchall: "*"
                }
            }
            guard let index = parts.firstIndex(where: { $0.hasPrefix(":") }), index > 0 else { return nil }
            var kind = parts[index - 1]
            if kind == "programmes" && parts.first == "api" { kind = "programmes" }
            guard let id = ids[kind] else {
                // A word or a secret token, not an id.
                XCTAssertTrue(["introduction-templates", "welcome", "calendar-feeds"].contains(kind), "no id for \(parts)")
                return nil
            }
            var filled = parts
            filled[index] = id.uuidString.lowercased()
            // An evaluation's kind after the programme's id.
            filled = filled.map { $0 == ":kind" ? EvaluationKind.threeMonths.rawValue : $0 }
            XCTAssertFalse(filled.contains { $0.hasPrefix(":") }, "one id per route: \(parts)")
            return FilledRoute(method: route.method, pattern: "/" + parts.joined(separator: "/"), path: "/" + filled.joined(separator: "/"),
                               kind: kind)
        }
    }

    /// A second municipality whose one person is its administrator, coordinator and manager.
    func outsider() async throws -> (TestBrowser, String) {
        let other = Organisation(name: "Andeby Kommune", slug: "andeby", timeZoneIdentifier: "Europe/Copenhagen", defaultLanguage: "da")
        try await other.create(on: app.db)
        let unit = OrganisationUnit(organisationID: other.id!, name: "Børn og familie")
        try await unit.create(on: app.db)
        let person = Person(organisationID: other.id!, unitID: unit.id, name: "Anders And", email: "anders@andeby.dk",
                            passwordHash: DemoData.password, isCoordinator: true, isManager: true, isAdmin: true)
        try await person.create(on: app.db)
        let token = ApiToken()
        token.$organisation.id = other.id!
        token.name = "Andeby HR"
        token.tokenHash = SecretToken.hash("gs_andeby")
        token.scopes = ApiScope.text(Set(ApiScope.allCases))
        try await token.create(on: app.db)
        let browser = browser()
        try await browser.signIn(person.email)
        return (browser, "gs_andeby")
    }

    func testAnotherOrganisationGetsNothingOfThisOneOnAnyRoute() async throws {
        let routes = try await filledRoutes()
        XCTAssertGreaterThan(routes.count, 90)
        let (anders, token) = try await outsider()
        for route in routes {
            let answer: TestBrowser.Page
            if route.method == .POST {
                answer = try await anders.post(route.path, ["name": "x", "text": "x"])
            } else if route.path.hasPrefix("/api/") {
                answer = try await anders.get(route.path, headers: [("Authorization", "Bearer \(token)")])
            } else {
                answer = try await anders.get(route.path)
            }
            XCTAssertEqual(answer.status, .notFound, "\(route.method) \(route.pattern)")
        }

        // The pages without an id show Andeby's own things, never the demo municipality's.
        let demoNames = ["Ida Christensen", "Thomas Kristensen", "Marianne Holm", "demo.godstart.dk", "Mødelokale"]
        for route in app.routes.all where route.method == .GET && !route.path.contains(where: { if case .parameter = $0 { true } else { false } }) {
            let path = "/" + route.path.map { "\($0)" }.joined(separator: "/")
            let page = path.hasPrefix("/api/") ? try await anders.get(path, headers: [("Authorization", "Bearer \(token)")])
                : try await anders.get(path)
            for name in demoNames where page.status == .ok && path != SiteURL.signIn.path {
                XCTAssertFalse(page.contains(name), "\(path) shows \(name) to another organisation")
            }
        }
    }

    func testAColleagueOutsideTheProgrammeGetsNothingOfIt() async throws {
        let rasmus = try await signedIn("rasmus")
        let programmeKinds: Set<String> = ["programmes", "meetings", "logbook", "journals", "learning-goals", "competence-plan-rows",
                                           "agreement-versions", "checklist-items"]
        var checked = 0
        for route in try await filledRoutes() where programmeKinds.contains(route.kind) && !route.path.hasPrefix("/api/") {
            let answer = route.method == .POST ? try await rasmus.post(route.path, ["name": "x"]) : try await rasmus.get(route.path)
            XCTAssertEqual(answer.status, .notFound, "\(route.method) \(route.pattern)")
            checked += 1
        }
        XCTAssertGreaterThan(checked, 50)
    }

    /// The programme's pages for each person around it, against the policy's own answer: a page
    /// is shown when the policy allows its resource, and answers 404 otherwise.
    func testEachPersonAroundAProgrammeGetsItsPagesExactlyWhereThePolicyAllows() async throws {
        let (file, entry, journal) = try await idasWriting()
        let dialogue = file.meetings.first { $0.meetingKind == .dialogueMeeting && $0.isHeld }!
        let status = file.meetings.first { $0.meetingKind == .statusMeeting && $0.isHeld }!
        let ahead = file.meetings.first { $0.meetingKind == .dialogueMeeting && $0.isOpen && $0.startsAt > testNow }!
        let now = testNow

        typealias Expectation = (Set<ProgrammeRelation>) -> Bool
        let pages: [(String, Expectation)] = [
            (SiteURL.programme(file.id).path, { AccessPolicy.decide($0, .programme, .read) == .allow }),
            (SiteURL.agreement(file.id).path, { AccessPolicy.decide($0, .agreement, .read) == .allow }),
            (SiteURL.learningGoals(file.id).path, { AccessPolicy.decide($0, .learningGoals, .read, AccessContext(part: .mentoring)) == .allow }),
            (SiteURL.competencePlan(file.id).path, { CompetencePlanController.decide(file, $0, .read) == .allow }),
            (SiteURL.checklist(file.id).path, { AccessPolicy.decide($0, .introductionChecklist, .read) == .allow }),
            (SiteURL.preparation(file.id).path, { AccessPolicy.decide($0, .programme, .read) == .allow && PreparationQuestion.set(for: $0) != nil }),
            (SiteURL.meeting(dialogue.id).path, { AccessPolicy.decide($0, .plan, .read, file.meetingContext(dialogue, for: $0, now: now)) >= .factsOnly }),
            (SiteURL.meeting(status.id).path, { AccessPolicy.decide($0, .plan, .read, file.meetingContext(status, for: $0, now: now)) >= .factsOnly }),
            (SiteURL.meetingMove(ahead.id).path, { AccessPolicy.decide($0, .plan, .write, file.meetingContext(ahead, for: $0, now: now)) == .allow }),
            (SiteURL.logbookEntry(entry.id).path, { $0.contains(.newcomer) }),
            (SiteURL.journal(journal.id).path, { $0.contains(.newcomer) }),
        ]
        var cells = 0
        for key in ["ida", "karen", "thomas", "sofie", "henrik", "marianne", "lone", "rasmus", "peter", "emma"] {
            let person = try await person(key)
            let relations = file.relations(of: person)
            let browser = try await signedIn(key)
            for (path, shown) in pages {
                let answer = try await browser.get(path)
                XCTAssertEqual(answer.status, shown(relations) ? .ok : .notFound, "\(key) (\(relations.map(\.rawValue).sorted())) \(path)")
                cells += 1
            }
        }
        XCTAssertEqual(cells, 110)
    }

    /// The programme's forms for each person around it: a form the policy lets them send is taken
    /// (saved, or refused with a message), any other answers 404, as if it did not exist.
    func testEachPersonAroundAProgrammeMaySendItsFormsExactlyWhereThePolicyAllows() async throws {
        let (file, entry, _) = try await idasWriting()
        let held = file.meetings.first { $0.meetingKind == .dialogueMeeting && $0.isHeld }!
        let ahead = file.meetings.filter { $0.meetingKind == .dialogueMeeting && $0.isOpen && $0.startsAt > testNow }
        XCTAssertGreaterThanOrEqual(ahead.count, 3)
        let (toMarkHeld, toCancel, toMove) = (ahead[0], ahead[1], ahead[2])
        let now = testNow
        func planWrite(_ meeting: Meeting) -> (Set<ProgrammeRelation>) -> Bool {
            { AccessPolicy.decide($0, .plan, .write, file.meetingContext(meeting, for: $0, now: now)) == .allow }
        }

        typealias Expectation = (Set<ProgrammeRelation>) -> Bool
        let forms: [(String, Expectation)] = [
            (SiteURL.meetingNotes(held.id).path, {
                AccessPolicy.decide($0, .mentoringMeetingNotes, .write, file.meetingContext(held, for: $0, now: now)) == .allow
            }),
            (SiteURL.meetingHeld(toMarkHeld.id).path, planWrite(toMarkHeld)),
            (SiteURL.meetingCancel(toCancel.id).path, planWrite(toCancel)),
            (SiteURL.meetingMove(toMove.id).path, planWrite(toMove)),
            (SiteURL.agreement(file.id).path, { AccessPolicy.decide($0, .agreement, .write) == .allow }),
            (SiteURL.learningGoals(file.id).path, { AccessPolicy.decide($0, .learningGoals, .write, AccessContext(part: .mentoring)) == .allow }),
            (SiteURL.competencePlan(file.id).path, { CompetencePlanController.decide(file, $0, .write) == .allow }),
            (SiteURL.competencePlanSharing(file.id).path, { $0.contains(.newcomer) }),
            (SiteURL.preparation(file.id).path, { AccessPolicy.decide($0, .programme, .read) == .allow && PreparationQuestion.set(for: $0) != nil }),
            (SiteURL.checklist(file.id).path, {
                AccessPolicy.decide($0, .introductionChecklist, .read) == .allow && ChecklistRules.mayAdapt($0)
            }),
            (SiteURL.logbookEntrySharing(entry.id).path, { $0.contains(.newcomer) }),
            (SiteURL.logbookEntry(entry.id).path, { $0.contains(.newcomer) }),
        ]
        var cells = 0
        for key in ["ida", "karen", "thomas", "sofie", "henrik", "marianne", "lone", "rasmus", "peter", "emma"] {
            let relations = file.relations(of: try await person(key))
            let browser = try await signedIn(key)
            for (path, allowed) in forms {
                let answer = try await browser.post(path, ["unsure": "Fra matrixen"])
                let what = "\(key) (\(relations.map(\.rawValue).sorted())) POST \(path)"
                if allowed(relations) {
                    XCTAssertTrue([.ok, .seeOther, .conflict, .unprocessableEntity].contains(answer.status), "\(what): \(answer.status)")
                } else {
                    XCTAssertEqual(answer.status, .notFound, what)
                }
                cells += 1
            }
        }
        XCTAssertEqual(cells, 120)
    }
}
