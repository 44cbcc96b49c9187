import Fluent
import GodstartCore
import XCTVapor
@testable import App

/// Issue 22: every door that accepts a person for a new hire applies the same rules.
final class EligibilityAppTests: AppTestCase {
    let t = Language.da.texts

    func registration(_ overrides: [String: String]) async throws -> [String: String] {
        let unit = try await OrganisationUnit.query(on: app.db).filter(\.$name == "Børn og Unge").first()!
        var fields = [
            "name": "Nora Vestergaard", "email": "nora@demo.godstart.dk", "unit": unit.id!.uuidString,
            "firstDay": "2027-01-11", "manager": try await person("henrik").id!.uuidString, "variant": "standard",
            "contactPerson": try await person("anne").id!.uuidString, "mentor": try await person("karen").id!.uuidString,
        ]
        for (key, value) in overrides { fields[key] = value }
        return fields
    }

    func id(_ key: String) async throws -> String { try await person(key).id!.uuidString }

    /// An intake of `count` new hires to Børn og Unge under Henrik, as the page posts it.
    func intake(_ count: Int, firstDay: String, intent: String) async throws -> [String: String] {
        let unit = try await OrganisationUnit.query(on: app.db).filter(\.$name == "Børn og Unge").first()!
        let henrik = try await id("henrik")
        var fields = ["rows": String(count), "intent": intent]
        for index in 0..<count {
            fields["name-\(index)"] = "Hold Nyansat \(index + 1)"
            fields["email-\(index)"] = "hold\(index + 1)@demo.godstart.dk"
            fields["unit-\(index)"] = unit.id!.uuidString
            fields["firstDay-\(index)"] = firstDay
            fields["variant-\(index)"] = "standard"
            fields["manager-\(index)"] = henrik
        }
        return fields
    }

    func testRegistrationRefusesWhomTheRulesRuleOut() async throws {
        let marianne = try await signedIn("marianne")
        let cases: [([String: String], String, String)] = [
            (["mentor": try await id("susanne")], "mentor",
             t.eligibilityBar(.aManager, name: "Susanne Bech", role: t.role(.mentor))),
            (["contactPerson": try await id("jonas")], "contactPerson",
             t.eligibilityBar(.inOwnIntroduction, name: "Jonas Poulsen", role: t.role(.contactPerson))),
            (["buddy": try await id("emma")], "buddy",
             t.eligibilityBar(.inOwnIntroduction, name: "Emma Rasmussen", role: t.role(.buddy))),
            (["buddy": try await id("anne")], "buddy",
             t.errorSamePerson(name: "Anne Sørensen", holds: t.role(.contactPerson), as: t.role(.buddy))),
            (["buddy": try await id("karen")], "buddy",
             t.errorSamePerson(name: "Karen Jakobsen", holds: t.role(.mentor), as: t.role(.buddy))),
            (["mentor": try await id("anne")], "mentor", t.errorContactAsMentorNotTicked(name: "Anne Sørensen")),
            (["mentor": try await id("lars")], "mentor",
             t.eligibilityBar(.leavesBeforeTheRoleEnds, name: "Lars Winther", role: t.role(.mentor))),
            (["contactPerson": try await id("marianne")], "contactPerson",
             t.eligibilityBar(.onlyAdministrative, name: "Marianne Holm", role: t.role(.contactPerson))),
        ]
        for (fields, field, message) in cases {
            let page = try await marianne.post(SiteURL.programmes.path, try await registration(fields))
            XCTAssertEqual(page.status, .unprocessableEntity, field)
            XCTAssertTrue(page.contains(HTMLEscape.text(message)), "\(field): \(message)")
        }
        let count = try await Programme.query(on: app.db).count()
        XCTAssertEqual(count, 5, "nothing registered")
        // Nobody the rules rule out is offered in a list at all.
        let form = try await marianne.get(SiteURL.newProgramme.path)
        XCTAssertFalse(form.contains(">Lone Kjær"), "an administrator who takes no new hires")
        XCTAssertFalse(mentorOptions(form.body).contains { $0.hasPrefix("Susanne Bech") }, "a manager is never a mentor")
        XCTAssertTrue(mentorOptions(form.body).contains { $0.hasPrefix("Anne Sørensen") })
    }

    func testAnUnwillingMentorOrOneInTheirFirstYearNeedsAReason() async throws {
        let marianne = try await signedIn("marianne")
        // Ida started 21 weeks ago: past her introduction, in her first year. The contact person is
        // "a close, experienced colleague", so she needs a reason as contact person as well as mentor.
        let cases: [(key: String, role: String, concern: String)] = [
            ("sofie", "mentor", t.eligibilityConcern(.notWilling, name: "Sofie Andersen", role: t.role(.mentor))),
            ("ida", "mentor", t.eligibilityConcern(.inOwnFirstYear, name: "Ida Christensen", role: t.role(.mentor))),
            ("ida", "contactPerson", t.eligibilityConcern(.inOwnFirstYear, name: "Ida Christensen", role: t.role(.contactPerson))),
        ]
        for (index, (key, role, concern)) in cases.enumerated() {
            var fields = try await registration(["email": "ny\(index)@demo.godstart.dk", "contactPerson": try await id(["rasmus", "mikkel", "rasmus"][index])])
            fields[role] = try await id(key)
            if role == "contactPerson" { fields["mentor"] = try await id("mikkel") }
            let refused = try await marianne.post(SiteURL.programmes.path, fields)
            XCTAssertEqual(refused.status, .unprocessableEntity, key)
            XCTAssertTrue(refused.contains(HTMLEscape.text(t.errorReasonNeeded([concern], minimum: OverrideReason.minimumLength))), key)
            var withReason = fields
            withReason["overrideReason"] = "Hun har selv bedt om det og har god tid i foråret"
            let created = try await marianne.post(SiteURL.programmes.path, withReason)
            XCTAssertEqual(created.status, .seeOther, key)
        }
        let kept = try await AssignmentOverride.query(on: app.db).all()
        let sofie = try await person("sofie").id!, idaID = try await person("ida").id!
        XCTAssertEqual(Set(kept.map { $0.$person.id }), [sofie, idaID])
        XCTAssertEqual(kept.filter { $0.$person.id == idaID }.map(\.candidateRole).sorted { $0.rawValue < $1.rawValue }, [.contactPerson, .mentor])
    }

    func testACoordinatorWhoTakesNewHiresCanBeChosen() async throws {
        let marianne = try await signedIn("marianne")
        let me = try await person("marianne")
        let saved = try await marianne.post(SiteURL.colleague(me.id).path, ["capacity": "2", "willing": "on", "takesNewHires": "on"])
        XCTAssertEqual(saved.status, .seeOther)
        let created = try await marianne.post(SiteURL.programmes.path, try await registration(["contactPerson": me.id!.uuidString]))
        XCTAssertEqual(created.status, .seeOther)
        // A colleague's profile has no such box: only administrators and coordinators can be "only administrative".
        let anne = try await person("anne")
        let anneProfile = try await marianne.get(SiteURL.colleague(anne.id).path)
        XCTAssertFalse(anneProfile.contains("name=\"takesNewHires\""))
    }

    /// Before a manager is chosen, "Vis forslag" does not offer the unit's manager as contact
    /// person or buddy, nor any manager as mentor.
    func testSuggestionsBeforeTheManagerIsChosenLeaveTheUnitsManagerOut() async throws {
        let marianne = try await signedIn("marianne")
        var fields = try await registration(["intent": "suggest"])
        fields["manager"] = nil
        fields["contactPerson"] = nil
        fields["mentor"] = nil
        let page = try await marianne.post(SiteURL.programmes.path, fields)
        XCTAssertEqual(page.status, .ok)
        guard let start = page.body.range(of: "class=\"suggestions\""),
              let end = page.body.range(of: "</section>", range: start.upperBound..<page.body.endIndex) else { return XCTFail("no suggestions") }
        let section = page.body[start.lowerBound..<end.lowerBound]
        XCTAssertFalse(section.contains("Henrik Dahl"))
        XCTAssertFalse(section.contains("Marianne Holm"))
        XCTAssertFalse(section.contains("Jonas Poulsen"), "in his own introduction")
    }

    /// The intake asks once for a reason for everything in it that needs one, and refuses one
    /// person in two roles for one new hire.
    func testAnIntakeAsksOnceForAReasonAndRefusesOnePersonInTwoRoles() async throws {
        let marianne = try await signedIn("marianne")
        var fields = try await intake(2, firstDay: "2027-02-01", intent: "register")
        for index in 0..<2 { fields["mentor-\(index)"] = try await id("sofie") }
        fields["contactPerson-0"] = try await id("rasmus")
        fields["contactPerson-1"] = try await id("sofie")
        let twice = try await marianne.post(SiteURL.intake.path, fields)
        XCTAssertEqual(twice.status, .unprocessableEntity)
        XCTAssertTrue(twice.contains(HTMLEscape.text(t.errorSamePerson(name: "Sofie Andersen", holds: t.role(.contactPerson), as: t.role(.mentor)))))
        XCTAssertFalse(twice.contains(HTMLEscape.text(t.errorContactAsMentorNotTicked(name: "Sofie Andersen"))), "the intake has no such box")

        fields["contactPerson-1"] = try await id("mikkel")
        let refused = try await marianne.post(SiteURL.intake.path, fields)
        XCTAssertEqual(refused.status, .unprocessableEntity)
        let once = t.errorReasonNeeded([t.eligibilityConcern(.notWilling, name: "Sofie Andersen", role: t.role(.mentor))],
                                       minimum: OverrideReason.minimumLength)
        XCTAssertTrue(refused.contains(HTMLEscape.text(once)), "one message for both rows")
        fields["overrideReason"] = "Sofie har sagt ja til at tage netop disse to"
        let registered = try await marianne.post(SiteURL.intake.path, fields)
        XCTAssertEqual(registered.status, .seeOther, registered.body)
        let kept = try await AssignmentOverride.query(on: app.db).all()
        XCTAssertEqual(kept.count, 2)
        XCTAssertTrue(kept.allSatisfy { $0.reason == "Sofie har sagt ja til at tage netop disse to" })
    }

    /// A reason stands while its person holds the role: once another mentor takes over, the
    /// colleagues page and the programme no longer show it; the former mentor still finds it in
    /// their own data.
    func testAFormerMentorsReasonLeavesThePagesButNotTheirOwnData() async throws {
        let marianne = try await signedIn("marianne")
        let emma = try await programme(of: "emma")
        let path = SiteURL.mentorChange(emma.id).path
        let reason = "Laura afslutter sin mentorperiode i januar"
        let first = try await marianne.post(path, ["mentor": try await id("thomas"), "reason": MentorChangeReason.allCases[0].rawValue,
                                                   "overrideReason": reason])
        XCTAssertEqual(first.status, .seeOther)
        let shown = try await marianne.get(SiteURL.colleagues.path)
        XCTAssertTrue(shown.contains(HTMLEscape.text(reason)))
        let second = try await marianne.post(path, ["mentor": try await id("karen"), "reason": MentorChangeReason.allCases[0].rawValue])
        XCTAssertEqual(second.status, .seeOther)
        let colleagues = try await marianne.get(SiteURL.colleagues.path)
        XCTAssertFalse(colleagues.contains(HTMLEscape.text(reason)))
        let programmePage = try await marianne.get(SiteURL.programme(emma.id).path)
        XCTAssertFalse(programmePage.contains(HTMLEscape.text(reason)))
        let thomas = try await person("thomas")
        let archive = try await PersonalData.archive(of: thomas, language: .da, now: testNow, on: app.db)
        XCTAssertTrue(archive.sections.flatMap(\.items).flatMap(\.fields).contains { $0.value == reason })
    }

    func testMentorChangeOffersTheEligibleRankedAndAFullMentorNeedsAReason() async throws {
        let marianne = try await signedIn("marianne")
        let emma = try await programme(of: "emma")   // mentor Peter, buddy Sofie, manager Henrik
        let path = SiteURL.mentorChange(emma.id).path
        let page = try await marianne.get(path)
        XCTAssertEqual(page.status, .ok)
        let offered = radios(named: "mentor", idPrefix: "mentor-", in: page.body)
        let names = try await Person.query(on: app.db).all().reduce(into: [String: String]()) { $0[$1.id!.uuidString] = $1.name }
        let offeredNames = offered.compactMap { names[$0] }
        for excluded in ["Peter Nielsen", "Henrik Dahl", "Sofie Andersen", "Susanne Bech", "Jens Mortensen", "Marianne Holm", "Lone Kjær",
                         "Emma Rasmussen", "Jonas Poulsen", "Laura Thomsen", "Ida Christensen"] {
            XCTAssertFalse(offeredNames.contains(excluded), excluded)
        }
        XCTAssertTrue(offeredNames.contains("Anne Sørensen"), "the contact person may also be the mentor")
        XCTAssertEqual(offeredNames.last, "Thomas Kristensen", "full (Laura and Ida), so last: \(offeredNames)")
        XCTAssertTrue(page.contains(HTMLEscape.text(t.suggestionReason(.trainedAsMentor))))
        // Ida, in her first year, only with a reason.
        let withReason = radios(named: "mentor", idPrefix: "mentor-other-", in: page.body).compactMap { names[$0] }
        XCTAssertEqual(withReason, ["Ida Christensen"])

        let thomas = try await person("thomas")
        let refused = try await marianne.post(path, ["mentor": thomas.id!.uuidString, "reason": MentorChangeReason.allCases[0].rawValue])
        XCTAssertEqual(refused.status, .unprocessableEntity)
        XCTAssertTrue(refused.contains(HTMLEscape.text(t.errorReasonNeeded([t.aboveCapacityAs(name: "Thomas Kristensen", role: t.role(.mentor))],
                                                                            minimum: OverrideReason.minimumLength))))
        let henrik = try await person("henrik")
        let manager = try await marianne.post(path, ["mentor": henrik.id!.uuidString, "reason": MentorChangeReason.allCases[0].rawValue])
        XCTAssertEqual(manager.status, .unprocessableEntity, "the manager is not on the list")
        let changed = try await marianne.post(path, ["mentor": thomas.id!.uuidString, "reason": MentorChangeReason.allCases[0].rawValue,
                                                     "overrideReason": "Laura afslutter sin mentorperiode i januar"])
        XCTAssertEqual(changed.status, .seeOther)
        let after = try await Programme.find(emma.id, on: app.db)!
        XCTAssertEqual(after.$mentor.id, thomas.id)
        let kept = try await AssignmentOverride.query(on: app.db).filter(\.$programme.$id == emma.id!).all()
        XCTAssertEqual(kept.map(\.reason), ["Laura afslutter sin mentorperiode i januar"])
        let logged = try await AuditEntry.query(on: app.db).filter(\.$detail == AuditDetail.chosenWithReason.rawValue).all()
        XCTAssertEqual(logged.map(\.subjectID), [thomas.id!])
        // The mentee is told, and finds the change from her own home.
        let told = try await OutboxMessage.query(on: app.db).filter(\.$toAddress == "emma@demo.godstart.dk").all()
        XCTAssertTrue(told.contains { $0.subject == t.mailYourNewMentorSubject("Thomas Kristensen") })
        let home = try await signedIn("emma").get(SiteURL.myProgramme.path)
        XCTAssertTrue(home.contains("href=\"\(SiteURL.mentorChange(emma.id).path)\""))
    }

    /// The texts of the mentor field's options.
    func mentorOptions(_ body: String) -> [String] {
        guard let start = body.range(of: "id=\"mentor\""), let end = body.range(of: "</select>", range: start.upperBound..<body.endIndex)
        else { return [] }
        return body[start.upperBound..<end.lowerBound].components(separatedBy: "<option").dropFirst().map { option in
            String(option.drop { $0 != ">" }.dropFirst().prefix { $0 != "<" })
        }
    }

    /// The values of the radio buttons whose ids start with `idPrefix` and no longer prefix.
    func radios(named name: String, idPrefix: String, in body: String) -> [String] {
        body.components(separatedBy: "<input").dropFirst().compactMap { input -> String? in
            guard input.contains("type=\"radio\""), input.contains("name=\"\(name)\""),
                  let idRange = input.range(of: "id=\"\(idPrefix)"), let valueRange = input.range(of: "value=\"") else { return nil }
            let id = input[idRange.upperBound...].prefix { $0 != "\"" }
            guard UUID(uuidString: String(id)) != nil else { return nil }
            return String(input[valueRange.upperBound...].prefix { $0 != "\"" })
        }
    }

    func testAnIntakeOfFortyPlacesNobodyIneligibleNobodyTwiceAndExplainsWhatIsOpen() async throws {
        let marianne = try await signedIn("marianne")
        let fields = try await intake(40, firstDay: "2027-08-02", intent: "suggest")
        let page = try await marianne.post(SiteURL.intake.path, fields)
        XCTAssertEqual(page.status, .ok)
        // On 2 August 2027 Emma, Jonas and Laura are past their introductions and Ida past her first year.
        let people = try await Person.query(on: app.db).all()
        let ruledOut = Set(people.filter { $0.isAdmin || $0.isCoordinator }.map { $0.id!.uuidString } + [try await id("henrik")])
        let managers = Set(people.filter(\.isManager).map { $0.id!.uuidString })
        let newHires = Set([try await id("emma"), try await id("jonas"), try await id("laura")])
        let sofie = try await id("sofie")
        var open = 0
        for index in 0..<40 {
            let chosen = ["contactPerson", "mentor", "buddy"].map { IntakeAppTests.selectedValue("\($0)-\(index)", in: page.body) }
            let people = chosen.compactMap { $0 }
            XCTAssertEqual(Set(people).count, people.count, "row \(index): one role each")
            XCTAssertTrue(ruledOut.isDisjoint(with: people), "row \(index): nobody ineligible")
            XCTAssertFalse(chosen[1].map { managers.contains($0) || newHires.contains($0) } ?? false,
                           "row \(index): no manager, nobody in their first year as mentor")
            XCTAssertNotEqual(chosen[1], sofie, "unwilling")
            open += chosen.filter { $0 == nil }.count
        }
        XCTAssertGreaterThan(open, 0, "the demo has too few colleagues for forty")
        XCTAssertTrue(page.contains(HTMLEscape.text(t.intakeOpenSummary(open))), "the open places are summed up")
        XCTAssertTrue(page.contains("Ingen mentor foreslået"), "each open place says why")
        // Row 41: the button says the limit instead of doing nothing.
        XCTAssertFalse(page.contains("value=\"moreRows\""))
        XCTAssertTrue(page.contains(HTMLEscape.text(t.intakeRowLimit(IntakeController.maximumRows))))
        let more = try await marianne.post(SiteURL.intake.path, fields.merging(["intent": "moreRows"]) { $1 })
        XCTAssertTrue(more.contains(HTMLEscape.text(t.intakeRowLimit(IntakeController.maximumRows))))
    }

    /// A reason is written about the person chosen: it is in their own data and goes when they are erased.
    func testAReasonIsInThePersonsOwnDataAndGoesWithThem() async throws {
        let marianne = try await signedIn("marianne")
        let reason = "Sofie har sagt ja til netop denne nyansatte"
        let created = try await marianne.post(SiteURL.programmes.path, try await registration(["mentor": try await id("sofie"),
                                                                                                "overrideReason": reason]))
        XCTAssertEqual(created.status, .seeOther)
        let sofie = try await person("sofie")
        let archive = try await PersonalData.archive(of: sofie, language: .da, now: testNow, on: app.db)
        XCTAssertTrue(archive.sections.flatMap(\.items).flatMap(\.fields).contains { $0.value == reason })
        try await PersonErasure.erase(sofie, by: try await person("lone"), name: t.erasedPersonName,
                                      origin: .init(actor: nil, organisation: sofie.$organisation.id, address: nil, now: testNow), on: app.db)
        let left = try await AssignmentOverride.query(on: app.db).count()
        XCTAssertEqual(left, 0)
    }
}
