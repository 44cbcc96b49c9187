import Fluent
import GodstartCore
import XCTVapor
@testable import App

final class StaffImportAppTests: AppTestCase {
    let t = Language.da.texts

    /// A Windows-1252 export with Danish headers: a new colleague in a new unit, a known colleague
    /// moved and given a title, one leaving, and a new manager.
    let file = """
        Medarbejder;Arbejdsmail;Afdeling;Stilling;Ansættelsesdato;Fratrædelsesdato;Nærmeste leder
        Åse Kjærgaard;aase@demo.godstart.dk;Familieafsnittet Øst;Socialrådgiver;01-02-2026;;henrik@demo.godstart.dk
        Karen Jakobsen;karen@demo.godstart.dk;Børn og Unge;Socialrådgiver, specialist;2019-08-01;;henrik@demo.godstart.dk
        Rasmus Pedersen;rasmus@demo.godstart.dk;Børn og Unge;Socialrådgiver, vidensperson for DUBU;2018-03-01;20.11.2026;henrik@demo.godstart.dk
        """

    func upload(_ browser: TestBrowser, _ text: String, intent: String = "preview") async throws -> TestBrowser.Page {
        try await browser.post(SiteURL.staffImport.path, ["intent": intent], file: ("file", "hr.csv", "text/csv", Array(text.data(using: .windowsCP1252)!)))
    }

    func testTheAdministratorMapsPreviewsAndImportsAndTheSameFileAgainChangesNothing() async throws {
        let lone = try await signedIn("lone")
        let preview = try await upload(lone, file)
        XCTAssertEqual(preview.status, .ok, preview.body)
        XCTAssertTrue(preview.contains("<option value=\"Arbejdsmail\" selected>"), "the e-mail column is guessed")
        XCTAssertTrue(preview.contains("Åse Kjærgaard"), "Danish letters survive Windows-1252")
        XCTAssertTrue(preview.contains(HTMLEscape.text(t.staffPreviewSummary(created: 1, updated: 1, ended: 1, unchanged: 0, problems: 0))),
                      preview.body)
        XCTAssertTrue(preview.contains(HTMLEscape.text(t.staffNewUnits("Familieafsnittet Øst"))))
        let nothingYet = try await Person.query(on: app.db).filter(\.$email == "aase@demo.godstart.dk").count()
        XCTAssertEqual(nothingYet, 0, "a preview imports nothing")

        // The import posts what the page holds: the lines in the box and the mapping chosen.
        var fields = ["intent": "import", "mapped": "yes", "csv": file, "mapName": "Medarbejder", "mapEmail": "Arbejdsmail",
                      "mapUnit": "Afdeling", "mapTitle": "Stilling", "mapStart": "Ansættelsesdato", "mapEnd": "Fratrædelsesdato",
                      "mapManager": "Nærmeste leder"]
        let imported = try await lone.post(SiteURL.staffImport.path, fields)
        XCTAssertEqual(imported.status, .seeOther)
        let aase = try await person("aase")
        XCTAssertEqual(aase.name, "Åse Kjærgaard")
        XCTAssertNil(aase.passwordHash, "signs in once invited")
        let unit = try await OrganisationUnit.find(aase.$unit.id!, on: app.db)
        XCTAssertEqual(unit?.name, "Familieafsnittet Øst")
        let karen = try await person("karen"), rasmus = try await person("rasmus"), henrik = try await person("henrik")
        XCTAssertEqual(karen.title, "Socialrådgiver, specialist")
        XCTAssertEqual(rasmus.leftOn, "2026-11-20")
        XCTAssertTrue(henrik.isManager)
        let employment = try await EmploymentRecord.query(on: app.db).filter(\.$reference == "aase@demo.godstart.dk").first()
        XCTAssertEqual(employment?.startedOn, "2026-02-01")
        let organisation = try await Organisation.query(on: app.db).first()!
        XCTAssertEqual(StaffMapping(stored: organisation.staffImportMapping).columns[.manager], "Nærmeste leder")

        let people = try await Person.query(on: app.db).count()
        let again = try await upload(lone, file)
        XCTAssertTrue(again.contains(HTMLEscape.text(t.staffNothingToChange)), again.body)
        fields["intent"] = "import"
        let twice = try await lone.post(SiteURL.staffImport.path, fields)
        XCTAssertEqual(twice.status, .ok, "nothing to import: the preview again")
        let peopleAfter = try await Person.query(on: app.db).count()
        XCTAssertEqual(peopleAfter, people)
    }

    func testSomeoneWhoHasLeftNoLongerSignsInNorIsChosen() async throws {
        let lone = try await signedIn("lone")
        let rasmusBefore = try await signedIn("rasmus")
        _ = try await lone.post(SiteURL.staffImport.path, ["intent": "import", "csv": file])
        let left = try await person("rasmus").leftOn
        XCTAssertEqual(left, "2026-11-20")
        let home = try await rasmusBefore.get(SiteURL.root.path)
        XCTAssertEqual(home.status, .seeOther, "the session ends")
        let browser = browser()
        let refused = try await browser.post(SiteURL.signIn.path, ["email": "rasmus@demo.godstart.dk", "password": DemoData.password])
        XCTAssertEqual(refused.status, .unauthorized)
        let form = try await (try await signedIn("marianne")).get(SiteURL.newProgramme.path)
        XCTAssertFalse(form.contains("Rasmus Pedersen"), "not offered for a new hire")
    }

    func testEveryProblemHasItsLineAndFieldAndTheLinesAreKept() async throws {
        let lone = try await signedIn("lone")
        let broken = """
            Navn,E-mail,Startdato
            Bo Berg,bo-at-kommune.dk,2026-01-01
            Eva Eng,eva@kommune.dk,31.02.2026
            """
        let page = try await lone.post(SiteURL.staffImport.path, ["intent": "preview", "csv": broken])
        XCTAssertEqual(page.status, .unprocessableEntity)
        XCTAssertTrue(page.contains(HTMLEscape.text(t.staffProblem(StaffProblem(line: 2, field: .email, reason: .notAnEmail("bo-at-kommune.dk"))))))
        XCTAssertTrue(page.contains(HTMLEscape.text(t.staffProblem(StaffProblem(line: 3, field: .start, reason: .badDate("31.02.2026"))))))
        XCTAssertTrue(page.contains("Bo Berg,bo-at-kommune.dk"), "the lines stay in the box")
        XCTAssertFalse(page.contains("value=\"import\""), "no import while a problem remains")
        let forced = try await lone.post(SiteURL.staffImport.path, ["intent": "import", "csv": broken])
        XCTAssertEqual(forced.status, .unprocessableEntity)
        let eva = try await Person.query(on: app.db).filter(\.$email == "eva@kommune.dk").count()
        XCTAssertEqual(eva, 0)
    }

    func testOnlyTheAdministratorImports() async throws {
        for key in ["marianne", "henrik", "anne"] {
            let status = try await (try await signedIn(key)).get(SiteURL.staffImport.path).status
            XCTAssertEqual(status, .notFound, key)
        }
    }

    func testAnAddressOfAnotherOrganisationIsNotTakenOver() async throws {
        let other = Organisation(name: "Anden Kommune", slug: "anden", timeZoneIdentifier: "Europe/Copenhagen", defaultLanguage: "da")
        try await other.create(on: app.db)
        try await Person(organisationID: other.id!, unitID: nil, name: "Ole Andersen", email: "ole@anden.dk").create(on: app.db)
        let lone = try await signedIn("lone")
        let page = try await lone.post(SiteURL.staffImport.path, ["intent": "import", "csv": "Navn;E-mail\nOle Andersen;ole@anden.dk\n"])
        XCTAssertEqual(page.status, .unprocessableEntity)
        XCTAssertTrue(page.contains(HTMLEscape.text(t.staffProblem(StaffProblem(line: 2, field: .email, reason: .elsewhere)))), page.body)
        let ole = try await Person.query(on: app.db).filter(\.$email == "ole@anden.dk").first()!
        XCTAssertEqual(ole.$organisation.id, other.id, "still the other organisation's")
    }

    func testTheAdministratorCannotBeEndedByAnImport() async throws {
        let lone = try await signedIn("lone")
        let page = try await lone.post(SiteURL.staffImport.path, ["intent": "import",
                                                                  "csv": "Navn;E-mail;Slutdato\nLone Kjær;lone@demo.godstart.dk;01-11-2026\n"])
        XCTAssertEqual(page.status, .unprocessableEntity)
        XCTAssertTrue(page.contains(HTMLEscape.text(t.staffProblem(StaffProblem(line: 2, field: .end, reason: .endsAnAdministrator)))))
        let left = try await person("lone").leftOn
        XCTAssertNil(left)
    }
}
