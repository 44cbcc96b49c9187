import Fluent
import GodstartCore
import XCTVapor
@testable import App

final class RetentionAppTests: AppTestCase {
    let t = Language.da.texts

    func unit(_ name: String) async throws -> OrganisationUnit {
        try await OrganisationUnit.query(on: app.db).filter(\.$name == name).first()!
    }

    func testTheCoordinatorSeesRetentionByCohortAndSinceTheProgrammeAsTablesAndCurves() async throws {
        let marianne = try await signedIn("marianne")
        let page = try await marianne.get(SiteURL.retention.path)
        XCTAssertEqual(page.status, .ok)
        XCTAssertTrue(page.contains(HTMLEscape.text(t.retentionByCohort)))
        XCTAssertTrue(page.contains(HTMLEscape.text(t.retentionHiredFrom(2024))), "the demo has hires on both sides of the programme's start")
        XCTAssertTrue(page.contains("<svg viewBox="), "the curves are drawn without JavaScript")
        // Each line is named where it ends, not told apart by colour alone.
        let lineCount = page.body.components(separatedBy: "<path d=").count - 1
        XCTAssertGreaterThan(lineCount, 1)
        XCTAssertEqual(page.body.components(separatedBy: "class=\"line-label\"").count - 1, lineCount)
        XCTAssertTrue(page.contains(HTMLEscape.text(t.retentionAtRiskCaption)))
        XCTAssertFalse(page.contains("m-20"), "no one's reference appears among the figures")
        XCTAssertFalse(page.contains("emma@"), "no one's reference appears among the figures")

        let csv = try await marianne.get(SiteURL.retentionCSV.path)
        XCTAssertEqual(csv.status, .ok)
        XCTAssertTrue(csv.body.hasPrefix("\u{FEFF}" + t.retentionCSVHeader.joined(separator: ";")))
        XCTAssertTrue(csv.contains(t.retentionHiredFrom(2024)))
        // Whole months: every row's month is a whole number, and no row gives a day.
        let rows = csv.body.split(separator: "\r\n").dropFirst().map { $0.split(separator: ";", omittingEmptySubsequences: false) }
        XCTAssertFalse(rows.isEmpty)
        XCTAssertTrue(rows.allSatisfy { $0.count == t.retentionCSVHeader.count && Int($0[2]) != nil }, "\(rows.prefix(3))")
        let monthsOfOneGroup = rows.filter { $0[0] == rows[0][0] }.map { Int($0[2])! }
        XCTAssertEqual(monthsOfOneGroup, Array(1...monthsOfOneGroup.count), "one row for each month, in order")
    }

    func testAManagerSeesTheirOwnUnitAndOthersSeeNothing() async throws {
        let henrik = try await signedIn("henrik")
        let other = try await unit("Voksen og Handicap")
        let page = try await henrik.get(SiteURL.retention.path + "?unit=\(other.id!.uuidString)")
        XCTAssertEqual(page.status, .ok)
        XCTAssertTrue(page.contains(HTMLEscape.text(t.retentionOwnUnit("Børn og Unge"))), "a manager cannot choose another unit")
        for key in ["anne", "emma"] {
            let colleague = try await signedIn(key)
            let refused = try await colleague.get(SiteURL.retention.path)
            XCTAssertEqual(refused.status, .notFound, key)
            let refusedCSV = try await colleague.get(SiteURL.retentionCSV.path)
            XCTAssertEqual(refusedCSV.status, .notFound, key)
        }
    }

    func testFewerThanFiveEmploymentsShowNoFigures() async throws {
        try await EmploymentRecord.query(on: app.db).delete()
        let org = try await person("marianne").$organisation.id
        for n in 1...4 {
            try await EmploymentRecord(organisationID: org, unitID: nil, reference: "p\(n)", start: LocalDate(year: 2024, month: n, day: 1),
                                       end: n == 1 ? LocalDate(year: 2024, month: 9, day: 30) : nil).create(on: app.db)
        }
        let page = try await (try await signedIn("marianne")).get(SiteURL.retention.path)
        XCTAssertTrue(page.contains(HTMLEscape.text(t.retentionTooFew(counted: 4, minimum: 5))))
        XCTAssertFalse(page.contains("<svg viewBox="))
    }

    func testANewHireIsCountedFromTheirFirstDay() async throws {
        let emma = try await programme(of: "emma")
        let records = try await EmploymentRecord.query(on: app.db).filter(\.$reference == DemoData.email("emma")).all()
        XCTAssertEqual(records.map(\.startedOn), [emma.firstDay])
        XCTAssertEqual(records.first?.$unit.id, emma.$unit.id)
    }

    func testTheAdminAddsAnEmploymentByHandAndEveryMistakeIsExplained() async throws {
        let lone = try await signedIn("lone")
        let unitID = try await unit("Familiecentret").id!.uuidString.lowercased()
        let bad = try await lone.post(SiteURL.employments.path, ["reference": "ny@eksempel.dk", "start": "30.02.2025", "end": "", "unit": unitID])
        XCTAssertEqual(bad.status, .unprocessableEntity)
        XCTAssertTrue(bad.contains(HTMLEscape.text(t.errorDate)))
        XCTAssertTrue(bad.contains("value=\"30.02.2025\""), "what was typed is kept")
        XCTAssertTrue(bad.contains("value=\"ny@eksempel.dk\""))
        let backwards = try await lone.post(SiteURL.employments.path, ["reference": "ny@eksempel.dk", "start": "1.3.2025", "end": "28.2.2025"])
        XCTAssertTrue(backwards.contains(HTMLEscape.text(t.errorEmploymentEndsBeforeStart)))
        let added = try await lone.post(SiteURL.employments.path, ["reference": "Ny@Eksempel.dk", "start": "1.3.2025", "end": "", "unit": unitID])
        XCTAssertEqual(added.status, .seeOther)
        let record = try await EmploymentRecord.query(on: app.db).filter(\.$reference == "ny@eksempel.dk").first()
        XCTAssertEqual(record?.startedOn, "2025-03-01")
        XCTAssertNil(record?.endedOn)
        let twice = try await lone.post(SiteURL.employments.path, ["reference": "ny@eksempel.dk", "start": "2025-03-01"])
        XCTAssertTrue(twice.contains(HTMLEscape.text(t.errorEmploymentExists)))

        let ended = try await lone.post(SiteURL.employment(record!.id).path, ["end": "31.10.2026", "unit": unitID])
        XCTAssertEqual(ended.status, .seeOther)
        let saved = try await EmploymentRecord.find(record!.id, on: app.db)
        XCTAssertEqual(saved?.endedOn, "2026-10-31")

        // Issue 23, item 3: the coordinator keeps the dates too, from the retention page.
        let marianne = try await signedIn("marianne")
        let retention = try await marianne.get(SiteURL.retention.path)
        XCTAssertTrue(retention.contains(HTMLEscape.text(t.employmentsKeepLink)))
        let list = try await marianne.get(SiteURL.employments.path)
        XCTAssertEqual(list.status, .ok)
        XCTAssertTrue(list.contains("ny@eksempel.dk"))
        XCTAssertTrue(list.contains("action=\"\(SiteURL.employments.path)\""), "the form for the coordinator")
        let typedByCoordinator = try await marianne.post(SiteURL.employments.path, ["reference": "x@y.dk", "start": "2025-03-01", "unit": unitID])
        XCTAssertEqual(typedByCoordinator.status, .seeOther)
        let corrected = try await marianne.post(SiteURL.employment(record!.id).path, ["end": "30.11.2026", "unit": unitID])
        XCTAssertEqual(corrected.status, .seeOther)
        let correctedRecord = try await EmploymentRecord.find(record!.id, on: app.db)
        XCTAssertEqual(correctedRecord?.endedOn, "2026-11-30")
        let csv = "E-mail;Startdato\nimporteret@eksempel.dk;01-09-2024\n"
        let imported = try await marianne.post(SiteURL.employmentImport.path, ["csv": csv, "intent": "import"])
        XCTAssertEqual(imported.status, .seeOther)
        let importedCount = try await EmploymentRecord.query(on: app.db).filter(\.$reference == "importeret@eksempel.dk").count()
        XCTAssertEqual(importedCount, 1)
        let removed = try await marianne.post(SiteURL.employmentRemoval(record!.id).path, [:])
        XCTAssertEqual(removed.status, .seeOther)

        // Nobody else reads or changes them: a manager, a mentor.
        for key in ["henrik", "thomas"] {
            let browser = try await signedIn(key)
            let read = try await browser.get(SiteURL.employments.path).status
            XCTAssertEqual(read, .notFound, key)
            let refused = try await browser.post(SiteURL.employments.path, ["reference": "z@y.dk", "start": "2025-03-01"])
            XCTAssertEqual(refused.status, .notFound, key)
            let importRefused = try await browser.get(SiteURL.employmentImport.path).status
            XCTAssertEqual(importRefused, .notFound, key)
        }
    }

    func testAnImportIsPreviewedThenConfirmedAndTheSameFileAgainChangesNothing() async throws {
        let lone = try await signedIn("lone")
        let before = try await EmploymentRecord.query(on: app.db).count()
        let csv = "Medarbejdernummer;Startdato;Slutdato;Enhed\nA-100;01-09-2023;;Børn og Unge\nA-101;2023-09-01;2024-02-29;Familiecentret\n"
        let preview = try await lone.post(SiteURL.employmentImport.path, ["csv": csv, "intent": "preview"])
        XCTAssertEqual(preview.status, .ok)
        XCTAssertTrue(preview.contains(HTMLEscape.text(t.importPreviewSummary(created: 2, updated: 0, unchanged: 0, problems: 0))))
        XCTAssertTrue(preview.contains("value=\"import\""), "the import can be confirmed")
        let afterPreview = try await EmploymentRecord.query(on: app.db).count()
        XCTAssertEqual(afterPreview, before, "a preview saves nothing")

        let imported = try await lone.post(SiteURL.employmentImport.path, ["csv": csv, "intent": "import"])
        XCTAssertEqual(imported.status, .seeOther)
        let afterImport = try await EmploymentRecord.query(on: app.db).count()
        XCTAssertEqual(afterImport, before + 2)
        let a101 = try await EmploymentRecord.query(on: app.db).filter(\.$reference == "a-101").first()
        XCTAssertEqual(a101?.endedOn, "2024-02-29")
        let familiecentret = try await unit("Familiecentret")
        XCTAssertEqual(a101?.$unit.id, familiecentret.id)

        let again = try await lone.post(SiteURL.employmentImport.path, ["csv": csv, "intent": "import"])
        XCTAssertEqual(again.status, .ok)
        XCTAssertTrue(again.contains(HTMLEscape.text(t.importNothingToChange)))
        let afterAgain = try await EmploymentRecord.query(on: app.db).count()
        XCTAssertEqual(afterAgain, before + 2)

        let ending = try await lone.post(SiteURL.employmentImport.path, ["csv": csv.replacingOccurrences(of: "01-09-2023;;", with: "01-09-2023;15-11-2026;"),
                                                                        "intent": "import"])
        XCTAssertEqual(ending.status, .seeOther)
        let a100 = try await EmploymentRecord.query(on: app.db).filter(\.$reference == "a-100").first()
        XCTAssertEqual(a100?.endedOn, "2026-11-15")
    }

    func testAFileWithBadLinesIsNotImportedAndEachLineSaysWhy() async throws {
        let lone = try await signedIn("lone")
        let before = try await EmploymentRecord.query(on: app.db).count()
        let csv = "email,start,end\nok@x.dk,2024-01-01,\nbad@x.dk,2024-13-01,\n"
        let page = try await lone.post(SiteURL.employmentImport.path, ["csv": csv, "intent": "import"])
        XCTAssertEqual(page.status, .unprocessableEntity)
        XCTAssertTrue(page.contains(HTMLEscape.text(t.importProblem(ImportProblem(line: 3, reason: .badDate(.start, "2024-13-01"))))))
        XCTAssertTrue(page.contains("bad@x.dk,2024-13-01"), "the lines stay to be corrected")
        XCTAssertFalse(page.contains("value=\"import\""))
        let after = try await EmploymentRecord.query(on: app.db).count()
        XCTAssertEqual(after, before)
    }

    func testAnUploadedFileInWindows1252KeepsItsDanishLettersAndOtherFilesAreRefused() async throws {
        let lone = try await signedIn("lone")
        let text = "reference;start;end;unit\r\nW-1;2022-05-01;;Børn og Unge\r\n"
        let bytes = Array(text.data(using: .windowsCP1252)!)
        XCTAssertNil(String(bytes: bytes, encoding: .utf8), "the test file is not UTF-8")
        let preview = try await lone.post(SiteURL.employmentImport.path, ["intent": "preview"],
                                          file: ("file", "medarbejdere.csv", "text/csv", bytes))
        XCTAssertEqual(preview.status, .ok)
        XCTAssertTrue(preview.contains("<td>Børn og Unge</td>"))
        XCTAssertTrue(preview.contains(HTMLEscape.text(t.importPreviewSummary(created: 1, updated: 0, unchanged: 0, problems: 0))))

        let picture = try await lone.post(SiteURL.employmentImport.path, ["intent": "preview"],
                                          file: ("file", "billede.png", "image/png", [0x89, 0x50, 0x4E, 0x47, 0, 0]))
        XCTAssertEqual(picture.status, .unprocessableEntity)
        XCTAssertTrue(picture.contains(HTMLEscape.text(t.errorFileNotCSV)))
    }

    func testTheColleaguesPageShowsWhoBecomesFreeWhen() async throws {
        let page = try await (try await signedIn("marianne")).get(SiteURL.colleagues.path)
        XCTAssertEqual(page.status, .ok)
        XCTAssertTrue(page.contains(HTMLEscape.text(t.loadForecastHeading)))
        XCTAssertTrue(page.contains(HTMLEscape.text(t.loadAsMentor)))
        XCTAssertTrue(page.contains(HTMLEscape.text(t.loadRoomFrom)))
        guard let section = page.body.range(of: "id=\"load-heading\"") else { return XCTFail("no load section") }
        XCTAssertTrue(page.body[section.upperBound...].contains("Peter Nielsen"), "a mentor in a running programme is listed")
        XCTAssertFalse(page.body[section.upperBound...].contains("Sofie Andersen"), "not willing and holding nothing")
    }

    /// The forecast is of the colleagues the list's filter picks; a long line of free colleagues
    /// becomes a count (a municipality has thousands of staff).
    func testTheForecastFollowsTheListsFilter() async throws {
        let marianne = try await signedIn("marianne")
        let peter = try await person("peter")
        let other = try await OrganisationUnit.query(on: app.db).filter(\.$organisation.$id == peter.$organisation.id).all()
            .first { $0.id != peter.$unit.id }!
        func forecast(_ query: String) async throws -> String {
            let page = try await marianne.get(SiteURL.colleagues.path + query)
            XCTAssertEqual(page.status, .ok)
            guard let section = page.body.range(of: "id=\"load-heading\"") else { XCTFail("no load section"); return "" }
            return String(page.body[section.upperBound...])
        }
        let own = try await forecast("?unit=\(peter.$unit.id!.uuidString.lowercased())")
        XCTAssertTrue(own.contains("Peter Nielsen"))
        let elsewhere = try await forecast("?unit=\(other.id!.uuidString.lowercased())")
        XCTAssertFalse(elsewhere.contains("Peter Nielsen"), "another unit's forecast")
        let byName = try await forecast("?q=peter")
        XCTAssertTrue(byName.contains("Peter Nielsen"))

        let coordinator = try await municipality(staff: 400, activeProgrammes: 20, seed: 3, signedInAs: "tovholder")
        let large = try await coordinator.get(SiteURL.colleagues.path)
        XCTAssertEqual(large.status, .ok)
        let counted = (0...400).contains { large.contains(HTMLEscape.text(t.loadFreeColleaguesCount($0))) }
        XCTAssertTrue(counted, "hundreds of free colleagues are counted, not named")
    }
}
