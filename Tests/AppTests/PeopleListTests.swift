import Fluent
import GodstartCore
import XCTVapor
@testable import App

/// The administrator's list of people: 50 a page in name order, narrowed by unit and by a search in
/// names and addresses, each unit with its number of people (issue 24: a municipality has thousands).
final class PeopleListTests: AppTestCase {
    let t = Language.da.texts

    /// One column of the people table (0: names, 1: addresses), in order.
    func names(in page: TestBrowser.Page, column: Int = 0) -> [String] {
        page.tableRows.compactMap { row in
            let cells = row.components(separatedBy: "<td>").dropFirst()
            guard cells.count > column, let close = cells[cells.startIndex + column].range(of: "</td>") else { return nil }
            let cell = cells[cells.startIndex + column]
            return String(cell[..<close.lowerBound])
        }
    }

    func testManyPeopleComeFiftyAPageEachOnce() async throws {
        let admin = try await municipality(staff: 260, activeProgrammes: 10, seed: 3, signedInAs: "admin")
        let organisation = try await Organisation.query(on: app.db).filter(\.$slug == "kommune-001").first()!
        let everyone = try await Person.query(on: app.db).filter(\.$organisation.$id == organisation.id!).filter(\.$erasedAt == nil).all()
        XCTAssertGreaterThan(everyone.count, 120)
        var seen: [String] = []
        var number = 1
        while true {
            let page = try await admin.get(SiteURL.people.path + (number > 1 ? "?page=\(number)" : ""))
            XCTAssertEqual(page.status, .ok)
            let found = names(in: page)
            seen += found
            guard page.contains("rel=\"next\"") else { break }
            XCTAssertEqual(found.count, PeopleQuery.pageSize)
            number += 1
        }
        XCTAssertEqual(seen.count, everyone.count, "everyone once")
        XCTAssertEqual(Set(seen), Set(everyone.map { HTMLEscape.text($0.name) }))
        XCTAssertGreaterThan(number, 2)

        // Each unit's number is everyone in it, not only those on the page.
        let first = try await admin.get(SiteURL.people.path)
        let units = try await OrganisationUnit.query(on: app.db).filter(\.$organisation.$id == organisation.id!).all()
        for unit in units {
            let count = everyone.filter { $0.$unit.id == unit.id }.count
            XCTAssertTrue(first.contains(HTMLEscape.text("\(unit.name): \(t.peopleInUnit(count))")), unit.name)
        }
        let unit = units[0]
        let inUnit = try await admin.get(SiteURL.people.path + "?unit=\(unit.id!.uuidString)")
        XCTAssertEqual(names(in: inUnit).count, min(PeopleQuery.pageSize, everyone.filter { $0.$unit.id == unit.id }.count))
        XCTAssertTrue(names(in: inUnit, column: 1).allSatisfy { email in everyone.first { $0.email == email }?.$unit.id == unit.id })
    }

    func testTheAdministratorFindsSomeoneByPartOfTheNameOrAddress() async throws {
        let lone = try await signedIn("lone")
        for query in ["anne", "ANNE", "anne%40demo"] {
            let found = try await lone.get(SiteURL.people.path + "?q=\(query)")
            XCTAssertTrue(names(in: found).contains { $0.hasPrefix("Anne") }, query)
            XCTAssertFalse(names(in: found).contains { $0.hasPrefix("Peter") }, query)
        }
        let nobody = try await lone.get(SiteURL.people.path + "?q=Zacharias")
        XCTAssertEqual(names(in: nobody), [])
        XCTAssertTrue(nobody.contains(HTMLEscape.text(t.noPeopleMatch)))
        XCTAssertTrue(nobody.contains("value=\"Zacharias\""), "the search stays in its field")
    }

    func testASearchFoldsCaseAndAccents() {
        XCTAssertTrue(NameSearch.matches("Søren Ærø", "SØREN"))
        XCTAssertTrue(NameSearch.matches("Åsa Lindström", "asa lindstrom"))
        XCTAssertTrue(NameSearch.matches("René Hansen", "rene"))
        XCTAssertFalse(NameSearch.matches("Søren", "soren"), "ø is a letter of its own, not o with an accent")
        XCTAssertTrue(NameSearch.matches("Anyone", "  "))
    }

    func testTheColleaguesPageShowsFiftyAPageAndFindsSomeone() async throws {
        let coordinator = try await municipality(staff: 260, activeProgrammes: 10, seed: 3, signedInAs: "tovholder")
        let first = try await coordinator.get(SiteURL.colleagues.path)
        XCTAssertEqual(first.status, .ok)
        let rows = first.body.components(separatedBy: "id=\"colleague-").count - 1
        XCTAssertEqual(rows, ListPage<Person>.size)
        XCTAssertTrue(first.contains("rel=\"next\""))
        let mentor = try await Person.query(on: app.db).filter(\.$email == "mentor@kommune-001.godstart.dk").first()!
        let query = mentor.name.addingPercentEncoding(withAllowedCharacters: .alphanumerics)!
        let found = try await coordinator.get(SiteURL.colleagues.path + "?q=\(query)")
        XCTAssertTrue(found.contains("id=\"colleague-\(mentor.id!.uuidString.lowercased())\""))
        XCTAssertFalse(found.contains("rel=\"next\""))
        let second = try await coordinator.get(SiteURL.colleagues.path + "?page=2")
        XCTAssertTrue(second.contains("rel=\"prev\""))
        XCTAssertFalse(second.body.components(separatedBy: "id=\"colleague-").dropFirst().contains { row in
            first.body.contains("id=\"colleague-" + row.prefix(36))
        }, "no colleague on two pages")
    }
}
