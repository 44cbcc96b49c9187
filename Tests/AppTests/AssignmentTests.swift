import Fluent
import GodstartCore
import XCTVapor
@testable import App

final class AssignmentAppTests: AppTestCase {
    let t = Language.da.texts

    func form(_ overrides: [String: String] = [:]) async throws -> [String: String] {
        let unit = try await OrganisationUnit.query(on: app.db).filter(\.$name == "Børn og Unge").first()!
        var fields = [
            "name": "Nora Vestergaard", "email": "nora@demo.godstart.dk", "unit": unit.id!.uuidString,
            "firstDay": "2027-01-09", "manager": try await person("henrik").id!.uuidString, "variant": "standard",
            "contactPerson": try await person("anne").id!.uuidString, "workAreas": "DUBU",
        ]
        for (key, value) in overrides { fields[key] = value }
        return fields
    }

    /// The first table row naming `name`.
    func row(of name: String, in body: String) -> String {
        guard let at = body.range(of: ">\(name)<"), let start = body.range(of: "<tr", options: .backwards, range: body.startIndex..<at.lowerBound),
              let end = body.range(of: "</tr>", range: at.upperBound..<body.endIndex) else { return "" }
        return String(body[start.lowerBound..<end.upperBound])
    }

    /// The text of each cell of a row, tags removed.
    func cells(_ row: String) -> [String] {
        row.components(separatedBy: "<td").dropFirst().map { cell in
            cell.replacingOccurrences(of: "<[^>]*>", with: "", options: .regularExpression)
                .replacingOccurrences(of: "^[^>]*>", with: "", options: .regularExpression)
                .trimmingCharacters(in: .whitespacesAndNewlines)
        }
    }

    /// The suggestions section of a page.
    func suggestions(_ page: TestBrowser.Page) -> String {
        guard let start = page.body.range(of: "class=\"suggestions\""),
              let end = page.body.range(of: "</section>", range: start.upperBound..<page.body.endIndex) else { return "" }
        return String(page.body[start.lowerBound..<end.lowerBound])
    }

    func testSuggestionsRankColleaguesWithReasonsAndNeverTheManager() async throws {
        let marianne = try await signedIn("marianne")
        let page = try await marianne.post(SiteURL.programmes.path, try await form(["intent": "suggest"]))
        XCTAssertEqual(page.status, .ok)
        let section = suggestions(page)
        XCTAssertTrue(section.contains(HTMLEscape.text(t.suggestionsHeading)))
        XCTAssertTrue(section.contains("Rasmus Pedersen"), "he knows DUBU")
        XCTAssertTrue(section.contains(HTMLEscape.text(t.suggestionReason(.sharedArea("DUBU og journalføring")))))
        XCTAssertTrue(section.contains(HTMLEscape.text(t.suggestionReason(.trainedAsMentor))))
        XCTAssertFalse(section.contains("Henrik Dahl"), "never the new hire's manager")
        XCTAssertTrue(page.contains("value=\"Nora Vestergaard\""), "what was typed is kept")
        let count = try await Programme.query(on: app.db).count()
        XCTAssertEqual(count, 5, "asking for suggestions registers nothing")

        // Choosing a suggestion fills the field.
        let peter = try await person("peter")
        let picked = try await marianne.post(SiteURL.programmes.path, try await form(["pick": "mentor:\(peter.id!.uuidString)"]))
        XCTAssertTrue(picked.contains("<option value=\"\(peter.id!.uuidString)\" selected>"))
    }

    /// A list left on its empty choice says to choose, not to "fill in"; the summary of what to fix
    /// is where the page starts for a keyboard or a screen reader.
    func testAnEmptyListAsksToChooseAndTheSummaryTakesTheFocus() async throws {
        let marianne = try await signedIn("marianne")
        let refused = try await marianne.post(SiteURL.programmes.path, try await form(["manager": "", "unit": ""]))
        XCTAssertEqual(refused.status, .unprocessableEntity)
        XCTAssertEqual(refused.body.components(separatedBy: HTMLEscape.text(t.errorChooseOne)).count - 1, 4, "unit and manager, by the field and in the summary")
        XCTAssertFalse(refused.contains(HTMLEscape.text(t.errorRequired)))
        XCTAssertTrue(refused.contains("id=\"error-summary\" autofocus"))
    }

    /// A name is stored as people will read it in every list: no right-to-left override or
    /// zero-width character to make it read as another (VisibleText); a name of nothing visible is none.
    func testANameIsStoredWithoutInvisibleFormatting() async throws {
        let marianne = try await signedIn("marianne")
        let mentor = try await person("rasmus").id!.uuidString
        let invisible = try await marianne.post(SiteURL.programmes.path, try await form(["name": "\u{202E}\u{200B}", "mentor": mentor]))
        XCTAssertEqual(invisible.status, .unprocessableEntity)
        XCTAssertTrue(invisible.contains(HTMLEscape.text(t.errorRequired)))
        let created = try await marianne.post(SiteURL.programmes.path, try await form(["name": "Nora \u{202E}Vester\u{200B}gaard\u{202C}", "mentor": mentor]))
        XCTAssertEqual(created.status, .seeOther)
        let nora = try await Person.query(on: app.db).filter(\.$email == "nora@demo.godstart.dk").first()
        XCTAssertEqual(nora?.name, "Nora Vestergaard")
    }

    /// Asking for suggestions with a unit and no manager fills in the unit's one manager.
    func testAskingForSuggestionsFillsInTheUnitsOnlyManager() async throws {
        let marianne = try await signedIn("marianne")
        let page = try await marianne.post(SiteURL.programmes.path, try await form(["intent": "suggest", "manager": ""]))
        let henrik = try await person("henrik").id!.uuidString
        XCTAssertTrue(page.contains("<option value=\"\(henrik)\" selected>"), "Henrik manages Børn og Unge")
        XCTAssertFalse(suggestions(page).contains("Henrik Dahl"))
    }

    func testAboveCapacityOnlyWithAReason() async throws {
        let peter = try await person("peter")
        peter.capacity = 1   // he already mentors Emma
        try await peter.update(on: app.db)
        let marianne = try await signedIn("marianne")
        let refused = try await marianne.post(SiteURL.programmes.path, try await form(["mentor": peter.id!.uuidString]))
        XCTAssertEqual(refused.status, .unprocessableEntity)
        let needed = t.errorReasonNeeded([t.aboveCapacityAs(name: "Peter Nielsen", role: t.role(.mentor))], minimum: OverrideReason.minimumLength)
        XCTAssertTrue(refused.contains(HTMLEscape.text(needed)))
        XCTAssertTrue(refused.contains(HTMLEscape.text(t.aboveCapacity)), "the suggestions show who is full")
        // A keystroke is not a reason.
        let tooShort = try await marianne.post(SiteURL.programmes.path, try await form(["mentor": peter.id!.uuidString, "overrideReason": "  ok, travlt  "]))
        XCTAssertEqual(tooShort.status, .unprocessableEntity)
        XCTAssertTrue(tooShort.contains(HTMLEscape.text(needed)))
        XCTAssertTrue(tooShort.contains("ok, travlt"), "what was typed is kept")
        let created = try await marianne.post(SiteURL.programmes.path, try await form([
            "mentor": peter.id!.uuidString, "overrideReason": "Emma afslutter sit forløb om to uger"]))
        XCTAssertEqual(created.status, .seeOther)
        let nora = try await programme(of: "nora")
        let kept = try await AssignmentOverride.query(on: app.db).filter(\.$programme.$id == nora.id!).all()
        XCTAssertEqual(kept.map(\.reason), ["Emma afslutter sit forløb om to uger"])
        XCTAssertEqual(kept.map(\.candidateRole), [.mentor])
        XCTAssertEqual(kept.map { $0.$person.id }, [peter.id!])
        let logged = try await AuditEntry.query(on: app.db).filter(\.$detail == AuditDetail.chosenWithReason.rawValue).all()
        XCTAssertEqual(logged.map(\.subjectID), [peter.id!], "the choice is in the audit log")
        // Shown on the programme and next to Peter's load.
        let line = HTMLEscape.text(t.overrideLine(name: "Peter Nielsen", role: t.role(.mentor), reason: "Emma afslutter sit forløb om to uger"))
        let programmePage = try await marianne.get(SiteURL.programme(nora.id).path)
        XCTAssertTrue(programmePage.contains(line))
        let colleagues = try await marianne.get(SiteURL.colleagues.path)
        XCTAssertTrue(colleagues.contains(HTMLEscape.text(t.chosenWithReason(role: t.role(.mentor), newHire: "Nora Vestergaard",
                                                                               reason: "Emma afslutter sit forløb om to uger"))))
        let anne = try await signedIn("anne")   // Nora's contact person reads the programme, not the reason
        let asContact = try await anne.get(SiteURL.programme(nora.id).path)
        XCTAssertEqual(asContact.status, .ok)
        XCTAssertFalse(asContact.contains("Emma afslutter sit forløb"))
    }

    /// The contact person is "a close, experienced colleague": someone in their own first year is
    /// not suggested; as buddy (the social side) they are chosen without a reason.
    func testAColleagueInTheirOwnFirstYearIsNotSuggestedAsContactPersonButIsBuddyFreely() async throws {
        let marianne = try await signedIn("marianne")
        let suggested = try await marianne.post(SiteURL.programmes.path, try await form(["intent": "suggest", "contactPerson": ""]))
        let section = suggestions(suggested)
        let heading = "<h3>\(HTMLEscape.text(t.suggestionsFor(role: t.role(.contactPerson))))</h3>"
        let contactPart = try XCTUnwrap(section.components(separatedBy: heading).dropFirst().first?.components(separatedBy: "<h3>").first)
        XCTAssertTrue(contactPart.contains("<li>"), "someone else is suggested")
        XCTAssertFalse(contactPart.contains("Ida Christensen"), "Ida started in July: not suggested as contact person")
        // As buddy she needs no reason (as contact person she does: EligibilityAppTests).
        let ida = try await person("ida"), rasmus = try await person("rasmus").id!.uuidString
        let asBuddy = try await marianne.post(SiteURL.programmes.path, try await form([
            "name": "Otto Berg", "email": "otto@demo.godstart.dk", "mentor": rasmus, "buddy": ida.id!.uuidString]))
        XCTAssertEqual(asBuddy.status, .seeOther)
    }

    func testTheCoordinatorKeepsColleaguesProfiles() async throws {
        let marianne = try await signedIn("marianne")
        let list = try await marianne.get(SiteURL.colleagues.path)
        XCTAssertEqual(list.status, .ok)
        XCTAssertTrue(list.contains(HTMLEscape.text(t.loadCountsExplained)), "the page says what counts")
        let peterRow = row(of: "Peter Nielsen", in: list.body)
        XCTAssertEqual(cells(peterRow).dropFirst(2).prefix(3), ["1 af 2", "0 af 2", "0 af 2"], "Peter mentors Emma")
        // Anne is Emma's contact person: the same figure in the table and the forecast's today.
        XCTAssertEqual(cells(row(of: "Anne Sørensen", in: list.body)).dropFirst(2).prefix(3), ["0 af 2", "1 af 2", "0 af 2"])
        // What limits each colleague today, in words.
        XCTAssertTrue(row(of: "Susanne Bech", in: list.body).contains(HTMLEscape.text(t.standingManagerNote)))
        XCTAssertTrue(row(of: "Jonas Poulsen", in: list.body).contains(HTMLEscape.text(t.standingInOwnIntroductionNote)))
        XCTAssertTrue(row(of: "Emma Rasmussen", in: list.body).contains(HTMLEscape.text(t.standingInOwnIntroductionNote)),
                      "Emma has not started: her own programme begins next week")
        XCTAssertTrue(row(of: "Ida Christensen", in: list.body).contains(HTMLEscape.text(t.standingInOwnFirstYearNote)))
        XCTAssertTrue(row(of: "Marianne Holm", in: list.body).contains(HTMLEscape.text(t.onlyAdministrativeNote)))
        XCTAssertTrue(row(of: "Lars Winther", in: list.body).contains("Fratræder"))
        let peter = try await person("peter")
        let path = SiteURL.colleague(peter.id).path
        let bad = try await marianne.post(path, ["capacity": "ti", "trained": "on"])
        XCTAssertEqual(bad.status, .unprocessableEntity)
        XCTAssertTrue(bad.contains(HTMLEscape.text(t.errorCapacity)))
        XCTAssertTrue(bad.contains("value=\"ti\""))
        let saved = try await marianne.post(path, ["capacity": "3", "trained": "on"])
        XCTAssertEqual(saved.status, .seeOther)
        let after = try await person("peter")
        XCTAssertEqual(after.capacity, 3)
        XCTAssertEqual(after.willingToMentor, false, "an unticked box is a no")
        XCTAssertEqual(after.trainedAsMentor, true)
        for key in ["mette", "henrik", "jonas"] {
            let browser = try await signedIn(key)
            let status = try await browser.get(SiteURL.colleagues.path).status
            XCTAssertEqual(status, .notFound, key)
            let post = try await browser.post(path, ["capacity": "6"]).status
            XCTAssertEqual(post, .notFound, key)
        }
    }
}
