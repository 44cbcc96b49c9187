import Fluent
import GodstartCore
import XCTVapor
@testable import App

final class ApiTests: AppTestCase {
    let t = Language.da.texts

    func token(_ scopes: [ApiScope]) async throws -> String { try await apiToken(scopes) }

    func get(_ path: String, _ token: String?) async throws -> TestBrowser.Page {
        try await browser().get(path, headers: token.map { [("Authorization", "Bearer \($0)")] } ?? [])
    }

    func testATokenReadsWhatItsScopesAllowAsProblemDetailsOtherwise() async throws {
        let token = try await token([.programmes, .meetings])
        let list = try await get(SiteURL.apiProgrammes.path + "?limit=2", token)
        XCTAssertEqual(list.status, .ok)
        let json = try JSONSerialization.jsonObject(with: Data(list.body.utf8)) as! [String: Any]
        XCTAssertEqual((json["items"] as! [Any]).count, 2)
        XCTAssertEqual(json["total"] as? Int, 5)

        let ida = try await programme(of: "ida")
        let meetings = try await get(SiteURL.apiProgrammeMeetings(ida.id).path, token)
        XCTAssertEqual(meetings.status, .ok)
        XCTAssertTrue(meetings.contains("\"status\":\"held\""))
        let notes = try await MeetingNote.query(on: app.db).all().map(\.text)
        for note in notes.prefix(20) { XCTAssertFalse(meetings.contains(note), "never what anyone wrote") }

        let alerts = try await get(SiteURL.apiAlerts.path, token)
        XCTAssertEqual(alerts.status, .ok)
        XCTAssertTrue(alerts.contains("\"kind\":\"meetingsOverdue\""), "the demo has an overdue meeting")

        let people = try await get(SiteURL.apiPeople.path, token)
        XCTAssertEqual(people.status, .forbidden, "no people scope")
        XCTAssertTrue(people.contains("\"status\":403"))
        let none = try await get(SiteURL.apiProgrammes.path, nil)
        XCTAssertEqual(none.status, .unauthorized)
        let wrong = try await get(SiteURL.apiProgrammes.path, "gs_wrong")
        XCTAssertEqual(wrong.status, .unauthorized)
        let badLimit = try await get(SiteURL.apiProgrammes.path + "?limit=0", token)
        XCTAssertEqual(badLimit.status, .badRequest)
        let unknown = try await get(SiteURL.apiProgramme(UUID()).path, token)
        XCTAssertEqual(unknown.status, .notFound)
    }

    func testAChecklistIsReadAsFactsWithItsOwnScope() async throws {
        let emma = try await programme(of: "emma")
        let item = try await ChecklistItem.query(on: app.db).filter(\.$programme.$id == emma.id!).first()!
        item.notRelevantReason = "Hun kender allerede sagssystemet fra sin praktik"
        try await item.update(on: app.db)
        let without = try await get(SiteURL.apiProgrammeChecklist(emma.id).path, try await token([.programmes]))
        XCTAssertEqual(without.status, .forbidden, "the checklist has its own scope")
        let page = try await get(SiteURL.apiProgrammeChecklist(emma.id).path, try await token([.checklists]))
        XCTAssertEqual(page.status, .ok)
        let json = try JSONSerialization.jsonObject(with: Data(page.body.utf8)) as! [String: Any]
        let items = json["items"] as! [[String: Any]]
        XCTAssertFalse(items.isEmpty)
        XCTAssertTrue(items.contains { $0["state"] as? String == "notRelevant" })
        XCTAssertFalse(page.contains("praktik"), "never why an item was found not relevant")
        XCTAssertTrue(items.allSatisfy { ($0["title"] as? String)?.isEmpty == false })
    }

    func testARevokedTokenOpensNothingAndOnlyTheAdminMakesTokens() async throws {
        let token = try await token([.retention])
        let retention = try await get(SiteURL.apiRetention.path, token)
        XCTAssertEqual(retention.status, .ok)
        XCTAssertTrue(retention.contains("\"minimumGroupSize\":5"))
        let stored = try await ApiToken.query(on: app.db).first()!
        XCTAssertNotEqual(stored.tokenHash, token, "only a hash is kept")
        let lone = try await signedIn("lone")
        let revoked = try await lone.post(SiteURL.apiTokenRevocation(stored.id).path, [:])
        XCTAssertEqual(revoked.status, .seeOther)
        let after = try await get(SiteURL.apiRetention.path, token)
        XCTAssertEqual(after.status, .unauthorized)

        let marianne = try await signedIn("marianne")
        let page = try await marianne.get(SiteURL.apiTokens.path)
        XCTAssertEqual(page.status, .notFound)
        let document = try await get(SiteURL.apiDocument.path, nil)
        XCTAssertEqual(document.status, .ok)
        XCTAssertTrue(document.contains("\"openapi\":\"3.1.0\""))
    }

    func testAMissingScopeChoiceIsExplained() async throws {
        let lone = try await signedIn("lone")
        let page = try await lone.post(SiteURL.apiTokens.path, ["name": "Løn"])
        XCTAssertEqual(page.status, .unprocessableEntity)
        XCTAssertTrue(page.contains(HTMLEscape.text(t.errorChooseScope)))
        XCTAssertTrue(page.contains("value=\"Løn\""))
    }

    /// Every paged list read by following its next links: each item once, then a null link.
    func readAll(_ path: String, _ token: String) async throws -> (items: [[String: Any]], pages: Int) {
        var items: [[String: Any]] = []
        var next: String? = path
        var pages = 0
        while let address = next {
            let page = try await get(address, token)
            XCTAssertEqual(page.status, .ok, address)
            let json = try XCTUnwrap(try JSONSerialization.jsonObject(with: Data(page.body.utf8)) as? [String: Any])
            XCTAssertTrue(json.keys.contains("next"), "the link is there, null on the last page")
            items += json["items"] as! [[String: Any]]
            next = json["next"] as? String
            pages += 1
            if pages > 100 { XCTFail("no end"); break }
        }
        return (items, pages)
    }

    func testEveryListIsReadAPageAtATimeByItsNextLink() async throws {
        let token = try await token([.programmes, .people])
        for (path, total) in [(SiteURL.apiProgrammes.path, try await Programme.query(on: app.db).count()),
                              (SiteURL.apiPeople.path, try await Person.query(on: app.db).count())] {
            let whole = try await readAll(path + "?limit=500", token)
            XCTAssertEqual(whole.pages, 1)
            let paged = try await readAll(path + "?limit=2", token)
            XCTAssertEqual(paged.items.count, total, path)
            XCTAssertEqual(paged.pages, (total + 1) / 2, path)
            XCTAssertEqual(Set(paged.items.map { $0["id"] as! String }).count, total, "\(path): each once")
            XCTAssertEqual(Set(paged.items.map { $0["id"] as! String }), Set(whole.items.map { $0["id"] as! String }))
        }

        let alerts = try await readAll(SiteURL.apiAlerts.path + "?limit=500", token)
        XCTAssertGreaterThan(alerts.items.count, 1)
        let pagedAlerts = try await readAll(SiteURL.apiAlerts.path + "?limit=1", token)
        XCTAssertEqual(pagedAlerts.pages, alerts.items.count)
        XCTAssertEqual(pagedAlerts.items.map { "\($0["programmeId"]!) \($0["kind"]!)" }, alerts.items.map { "\($0["programmeId"]!) \($0["kind"]!)" },
                       "the same alerts in the same order")

        // A row added between two pages is read once; none is read twice.
        let first = try await get(SiteURL.apiPeople.path + "?limit=3", token)
        let json = try JSONSerialization.jsonObject(with: Data(first.body.utf8)) as! [String: Any]
        let next = try XCTUnwrap(json["next"] as? String)
        XCTAssertTrue(next.hasPrefix(SiteURL.apiPeople.path + "?limit=3&after="))
        let shown = Set((json["items"] as! [[String: Any]]).map { $0["id"] as! String })
        let anne = try await person("anne")
        try await Person(organisationID: anne.$organisation.id, unitID: nil, name: "Ny Kollega", email: "ny.kollega@demo.godstart.dk").create(on: app.db)
        var rest = try await readAll(next, token).items.map { $0["id"] as! String }
        rest = rest.filter { shown.contains($0) }
        XCTAssertEqual(rest, [], "nothing of the first page again")

        for bad in ["?after=nonsense", "?after=%20", "?after=" + String(repeating: "a", count: 200)] {
            let refused = try await get(SiteURL.apiPeople.path + bad, token)
            XCTAssertEqual(refused.status, .badRequest, bad)
            XCTAssertTrue(refused.contains("\"status\":400"), bad)
        }
        let badAlert = try await get(SiteURL.apiAlerts.path + "?after=\(UUID().uuidString)", token)
        XCTAssertEqual(badAlert.status, .badRequest)
    }

    /// The programme list takes each programme's part from its kept summary: the same as its own page.
    func testTheProgrammeListSaysEachProgrammesPartAsItsPageDoes() async throws {
        let token = try await token([.programmes])
        let listed = try await readAll(SiteURL.apiProgrammes.path + "?limit=2", token).items
        let programmes = try await Programme.query(on: app.db).all()
        let views = try await ProgrammeQueries.views(of: programmes, on: app.db)
        let unitNames = try await ProgrammeQueries.unitNames(of: views, on: app.db)
        XCTAssertEqual(listed.count, views.count)
        for view in views {
            let item = try XCTUnwrap(listed.first { ($0["id"] as? String)?.lowercased() == view.id.uuidString.lowercased() })
            XCTAssertEqual(item["part"] as? String, view.stage(now: testNow).part.rawValue, view.programme.firstDay)
            XCTAssertEqual(item["ended"] as? Bool, view.programme.endedAt != nil)
            XCTAssertEqual(item["unit"] as? String, unitNames[view.programme.$unit.id])
            XCTAssertEqual(item["firstDay"] as? String, view.programme.firstDay)
        }
    }

    /// A programme's meetings and checklist are paged like every list: in id order, by the link
    /// after the last item read.
    func testAProgrammesMeetingsAndChecklistAreReadAPageAtATime() async throws {
        let token = try await token([.meetings, .checklists])
        let ida = try await programme(of: "ida")
        let meetings = try await Meeting.query(on: app.db).filter(\.$programme.$id == ida.id!).count()
        let items = try await ChecklistItem.query(on: app.db).filter(\.$programme.$id == ida.id!).count()
        for (path, total) in [(SiteURL.apiProgrammeMeetings(ida.id).path, meetings), (SiteURL.apiProgrammeChecklist(ida.id).path, items)] {
            XCTAssertGreaterThan(total, 3, path)
            let whole = try await readAll(path + "?limit=500", token)
            XCTAssertEqual(whole.pages, 1)
            XCTAssertEqual(whole.items.count, total)
            let paged = try await readAll(path + "?limit=3", token)
            XCTAssertEqual(paged.pages, (total + 2) / 3, path)
            XCTAssertEqual(paged.items.map { $0["id"] as! String }, whole.items.map { $0["id"] as! String }, "\(path): the same order, each once")
            let fromNowhere = try await get(path + "?after=00000000-0000-0000-0000-000000000000", token)
            XCTAssertEqual(fromNowhere.status, .ok, "\(path): any id is a cursor, as in every list")
        }
    }
}
