import Fluent
import GodstartCore
import XCTVapor
@testable import App

final class TemplateAppTests: AppTestCase {
    let t = Language.da.texts

    func templateItems(_ variant: ProgrammeVariant) async throws -> [TemplateChecklistItem] {
        let orgID = try await person("marianne").$organisation.id
        return try await IntroductionTemplate.load(of: orgID, variant, on: app.db).items
    }

    func checklist(of newcomer: String) async throws -> [ChecklistItem] {
        let programme = try await programme(of: newcomer)
        return try await ChecklistItem.query(on: app.db).filter(\.$programme.$id == programme.id!).all()
    }

    func testOnlyTheCoordinatorKeepsTheTemplates() async throws {
        let marianne = try await signedIn("marianne")
        let list = try await marianne.get(SiteURL.templates.path)
        XCTAssertEqual(list.status, .ok)
        for variant in ProgrammeVariant.allCases { XCTAssertTrue(list.contains(HTMLEscape.text(t.variant(variant)))) }
        let page = try await marianne.get(SiteURL.template(.standard).path)
        XCTAssertTrue(page.contains(HTMLEscape.text(t.checklistItem(.itAccess))))
        XCTAssertTrue(page.contains("Jonas Poulsen"), "running programmes of the variant are listed to apply a change to")
        for key in ["mette", "jonas", "susanne", "lone"] {
            let browser = try await signedIn(key)
            let status = try await browser.get(SiteURL.template(.standard).path).status
            XCTAssertEqual(status, .notFound, key)
            let post = try await browser.post(SiteURL.templateItems(.standard).path, ["title": "x", "fromWeek": "1", "toWeek": "2", "responsible": "contactPerson"])
            XCTAssertEqual(post.status, .notFound, key)
        }
        let unknownVariant = try await marianne.get("/introduction-templates/permanent").status
        XCTAssertEqual(unknownVariant, .notFound)
    }

    func testBadInputIsRefusedAndKeepsWhatWasTyped() async throws {
        let marianne = try await signedIn("marianne")
        let path = SiteURL.template(.standard).path
        var lengths = ["introductionMonths": "tre", "statusMeetingEveryWeeks": "2", "mentoringMonths": "9", "weeklyDialogueWeeks": "6",
                       "dialogueEveryWeeksAfter": "2", "developmentTalkAtMonths": "12", "meetingTime": "10:00", "meetingMinutes": "60"]
        let notANumber = try await marianne.post(path, lengths)
        XCTAssertEqual(notANumber.status, .unprocessableEntity)
        XCTAssertTrue(notANumber.contains(HTMLEscape.text(t.errorWholeNumber)))
        XCTAssertTrue(notANumber.contains("value=\"tre\""))
        lengths["introductionMonths"] = "3"
        lengths["developmentTalkAtMonths"] = "2"
        let tooEarly = try await marianne.post(path, lengths)
        XCTAssertEqual(tooEarly.status, .unprocessableEntity)
        XCTAssertTrue(tooEarly.contains(HTMLEscape.text(t.errorTemplate(.developmentTalkTooEarly))))

        let backwards = try await marianne.post(SiteURL.templateItems(.standard).path,
                                                ["title": "Møde med den faglige koordinator", "fromWeek": "4", "toWeek": "2", "responsible": "contactPerson"])
        XCTAssertEqual(backwards.status, .unprocessableEntity)
        XCTAssertTrue(backwards.contains(HTMLEscape.text(t.errorTemplateItem(.endBeforeStart))))
        XCTAssertTrue(backwards.contains("value=\"Møde med den faglige koordinator\""))
        let noTitle = try await marianne.post(SiteURL.templateItems(.standard).path,
                                              ["title": " ", "fromWeek": "30", "toWeek": "31", "responsible": "coordinator"])
        XCTAssertTrue(noTitle.contains(HTMLEscape.text(t.errorTemplateItem(.titleMissing))))
        XCTAssertTrue(noTitle.contains(HTMLEscape.text(t.errorTemplateItem(.weekOutOfRange))))
        XCTAssertTrue(noTitle.contains(HTMLEscape.text(t.errorUnknownChoice)), "the coordinator does not own checklist items")
        let count = try await templateItems(.standard).count
        XCTAssertEqual(count, DefaultChecklistItem.defaults(for: .standard).count)
    }

    func testAChangeReachesOnlyTheProgrammesItIsAppliedTo() async throws {
        let marianne = try await signedIn("marianne")
        // The demo's programmes were planned before today's change (the test clock stands still).
        for key in ["jonas", "emma"] {
            let programme = try await programme(of: key)
            programme.templateAppliedAt = testNow.addingTimeInterval(-86_400)
            try await programme.update(on: app.db)
        }
        let jonasBefore = try await checklist(of: "jonas")
        let jonasMeetingsBefore = try await meetings(of: "jonas")
        let emmaMeetingsBefore = try await meetings(of: "emma")

        // Status meetings every week instead of every second, and a new item.
        let saved = try await marianne.post(SiteURL.template(.standard).path, [
            "introductionMonths": "3", "statusMeetingEveryWeeks": "1", "mentoringMonths": "9", "weeklyDialogueWeeks": "6",
            "dialogueEveryWeeksAfter": "2", "developmentTalkAtMonths": "12", "meetingTime": "10:00", "meetingMinutes": "60"])
        XCTAssertEqual(saved.status, .seeOther)
        let added = try await marianne.post(SiteURL.templateItems(.standard).path,
                                            ["title": "Møde med den faglige koordinator", "fromWeek": "6", "toWeek": "8", "responsible": "contactPerson"])
        XCTAssertEqual(added.status, .seeOther)
        let rasmus = try await person("rasmus")
        let badActivity = try await marianne.post(SiteURL.templateActivities(.standard).path, [
            "activityKind": "shadowing", "activityTitle": "Følordning hos DUBU-superbrugeren", "week": "11", "weekday": "6",
            "activityTime": "10:00", "activityMinutes": "90", "runBy": rasmus.id!.uuidString])
        XCTAssertEqual(badActivity.status, .unprocessableEntity)
        XCTAssertTrue(badActivity.contains(HTMLEscape.text(t.errorTemplateActivity(.weekdayOutOfRange))))
        XCTAssertTrue(badActivity.contains("value=\"Følordning hos DUBU-superbrugeren\""))
        let activity = try await marianne.post(SiteURL.templateActivities(.standard).path, [
            "activityKind": "shadowing", "activityTitle": "Følordning hos DUBU-superbrugeren", "week": "11", "weekday": "3",
            "activityTime": "10:00", "activityMinutes": "90", "runBy": rasmus.id!.uuidString])
        XCTAssertEqual(activity.status, .seeOther)
        let jonasActivitiesBefore = try await Activity.query(on: app.db).filter(\.$programme.$id == (try await programme(of: "jonas")).id!).count()
        let jonasUnchanged = try await checklist(of: "jonas").count
        XCTAssertEqual(jonasUnchanged, jonasBefore.count, "editing a template never changes a running programme by itself")
        let page = try await marianne.get(SiteURL.template(.standard).path)
        XCTAssertTrue(page.contains(HTMLEscape.text(t.plannedBeforeLastChange)))

        let none = try await marianne.post(SiteURL.templateApplication(.standard).path, pairs: [])
        XCTAssertEqual(none.status, .unprocessableEntity)
        XCTAssertTrue(none.contains(HTMLEscape.text(t.errorNoProgrammeChosen)))

        let jonas = try await programme(of: "jonas")
        let applied = try await marianne.post(SiteURL.templateApplication(.standard).path, pairs: [("programmes[]", jonas.id!.uuidString)])
        XCTAssertEqual(applied.status, .seeOther)

        let jonasAfter = try await checklist(of: "jonas")
        XCTAssertEqual(jonasAfter.count, jonasBefore.count + 1)
        XCTAssertTrue(jonasAfter.contains { $0.customTitle == "Møde med den faglige koordinator" })
        // The covered item (the demo covers the ones before day one) stays covered, by whom and when.
        for before in jonasBefore where before.state != .open {
            let after = jonasAfter.first { $0.id == before.id }
            XCTAssertEqual(after?.state, before.state)
            XCTAssertEqual(after?.windowFrom, before.windowFrom)
        }
        // Held meetings are as they were; status meetings from tomorrow are weekly.
        let jonasMeetings = try await meetings(of: "jonas")
        for held in jonasMeetingsBefore where held.isHeld {
            XCTAssertEqual(jonasMeetings.first { $0.id == held.id }?.startsAt, held.startsAt)
        }
        let futureStatus = jonasMeetings.filter { $0.meetingKind == .statusMeeting && $0.startsAt > testNow }
        XCTAssertGreaterThan(futureStatus.count, jonasMeetingsBefore.filter { $0.meetingKind == .statusMeeting && $0.startsAt > testNow }.count)
        let numbers = jonasMeetings.filter { $0.meetingKind == .statusMeeting }.map(\.number)
        XCTAssertEqual(numbers, Array(1...numbers.count), "numbered in date order")
        let appliedAt = try await programme(of: "jonas").templateAppliedAt
        XCTAssertEqual(appliedAt, testNow)

        let jonasActivities = try await Activity.query(on: app.db).filter(\.$programme.$id == jonas.id!).all()
        XCTAssertEqual(jonasActivities.count, jonasActivitiesBefore + 1, "the template's new activity still ahead is added; the rest stay")
        let addedActivity = jonasActivities.first { $0.title == "Følordning hos DUBU-superbrugeren" }
        let calendar = try await Organisation.find(jonas.$organisation.id, on: app.db)!.workingCalendar(on: app.db)
        XCTAssertEqual(addedActivity?.localDay, ScheduleRules.day(week: 11, weekday: 3, firstDay: jonas.firstLocalDay, calendar: calendar))
        XCTAssertEqual(addedActivity?.$runBy.id, rasmus.id)

        // Emma's programme was not chosen.
        let emmaMeetings = try await meetings(of: "emma")
        XCTAssertEqual(emmaMeetings.map(\.startsAt), emmaMeetingsBefore.map(\.startsAt))
        let emmaHasIt = try await checklist(of: "emma").contains { $0.customTitle == "Møde med den faglige koordinator" }
        XCTAssertFalse(emmaHasIt)

        // A new programme is planned from the changed template.
        let newHire = try await ProgrammeCreation.create(
            .init(name: "Ny Medarbejder", email: "ny@demo.godstart.dk", unitID: jonas.$unit.id, firstDay: LocalDate(year: 2027, month: 1, day: 4),
                  variant: .standard, managerID: jonas.$manager.id, contactPersonID: jonas.$contactPerson.id, mentorID: jonas.$mentor.id, buddyID: nil),
            organisation: try await jonas.$organisation.get(on: app.db), now: testNow, on: app.db)
        let newItems = try await ChecklistItem.query(on: app.db).filter(\.$programme.$id == newHire).all()
        XCTAssertTrue(newItems.contains { $0.customTitle == "Møde med den faglige koordinator" })
        let newActivities = try await Activity.query(on: app.db).filter(\.$programme.$id == newHire).all().map(\.title)
        XCTAssertTrue(newActivities.contains("Følordning hos DUBU-superbrugeren"))
        XCTAssertTrue(newActivities.contains(t.defaultActivity(.systemTraining)), "the default schedule ships with Godstart")
    }

    func testATemporaryHireMadePermanentKeepsEverythingDone() async throws {
        let laura = try await programme(of: "laura")
        let own = ChecklistItem(programmeID: laura.id!, templateKey: nil, customTitle: "Fra vikarskabelonen",
                                window: ChecklistWindow(from: laura.firstLocalDay.adding(weeks: 3), to: laura.firstLocalDay.adding(weeks: 4)),
                                responsible: .contactPerson)
        own.templateItemID = UUID()
        try await own.create(on: app.db)
        let itemsBefore = try await checklist(of: "laura")
        XCTAssertFalse(itemsBefore.contains { $0.templateKey == DefaultChecklistItem.partnersVisited.rawValue }, "a temporary hire's checklist is lighter")
        let covered = itemsBefore.first { $0.templateKey == DefaultChecklistItem.caseSystem.rawValue }!
        covered.coveredAt = testNow
        covered.$coveredBy.id = laura.$newcomer.id
        try await covered.update(on: app.db)
        let meetingsBefore = try await meetings(of: "laura")
        let talkBefore = meetingsBefore.first { $0.meetingKind == .developmentTalk }!.startsAt

        // Only the coordinator upgrades; the page offers it to her alone.
        for key in ["laura", "jens", "birgitte"] {
            let browser = try await signedIn(key)
            let refused = try await browser.post(SiteURL.programmeUpgrade(laura.id).path, [:])
            XCTAssertEqual(refused.status, .notFound, key)
        }
        let marianne = try await signedIn("marianne")
        let page = try await marianne.get(SiteURL.programme(laura.id).path)
        XCTAssertTrue(page.contains(HTMLEscape.text(t.upgradeButton)))
        let upgraded = try await marianne.post(SiteURL.programmeUpgrade(laura.id).path, [:])
        XCTAssertEqual(upgraded.status, .seeOther)
        let after = try await marianne.follow(upgraded)
        XCTAssertTrue(after.contains(HTMLEscape.text(t.upgradedFlash(variant: t.variant(.standard)))))
        XCTAssertFalse(after.contains(HTMLEscape.text(t.upgradeButton)), "a standard programme has nothing to upgrade to")

        let programmeAfter = try await programme(of: "laura")
        XCTAssertEqual(programmeAfter.programmeVariant, .standard)
        let itemsAfter = try await checklist(of: "laura")
        XCTAssertEqual(itemsAfter.first { $0.id == covered.id }?.state, .covered)
        XCTAssertTrue(itemsAfter.contains { $0.id == own.id }, "what the plan had stays, though the standard template lacks it")
        XCTAssertTrue(itemsAfter.contains { $0.templateKey == DefaultChecklistItem.partnersVisited.rawValue })
        let meetingsAfter = try await meetings(of: "laura")
        for held in meetingsBefore where held.isHeld {
            XCTAssertEqual(meetingsAfter.first { $0.id == held.id }?.startsAt, held.startsAt)
        }
        let calendar = try await Organisation.find(laura.$organisation.id, on: app.db)!.workingCalendar(on: app.db)
        let standard = PlanGenerator.plan(template: .defaults(for: .standard), firstDay: laura.firstLocalDay, calendar: calendar)
        let talkAfter = meetingsAfter.first { $0.meetingKind == .developmentTalk }!.startsAt
        XCTAssertGreaterThan(talkAfter, talkBefore)
        XCTAssertEqual(LocalDate(talkAfter, in: TimeZone(identifier: "Europe/Copenhagen")!), standard.first { $0.kind == .developmentTalk }!.date)
        XCTAssertEqual(meetingsAfter.filter { $0.meetingKind == .introductionClosing }.count, 1)
        let status = try await signedIn("marianne").post(SiteURL.programmeUpgrade(laura.id).path, [:]).status
        XCTAssertEqual(status, .notFound, "a standard programme is not upgraded again")
    }

    func testTheContactPersonReordersAndAssignsItems() async throws {
        let jonas = try await programme(of: "jonas")
        let mette = try await signedIn("mette")
        let week1 = ChecklistOrder.sorted(try await checklist(of: "jonas"), firstDay: jonas.firstLocalDay)
            .filter { $0.window.weeks(firstDay: jonas.firstLocalDay).lowerBound == 1 }
        XCTAssertGreaterThan(week1.count, 2)
        let second = week1[1]
        let moved = try await mette.post(SiteURL.checklistItemOrder(second.id).path, ["direction": "up"])
        XCTAssertEqual(moved.status, .seeOther)
        let reordered = ChecklistOrder.sorted(try await checklist(of: "jonas"), firstDay: jonas.firstLocalDay)
            .filter { $0.window.weeks(firstDay: jonas.firstLocalDay).lowerBound == 1 }
        XCTAssertEqual(reordered.map(\.id), [week1[1].id, week1[0].id] + week1.dropFirst(2).map(\.id))
        // The first of a week does not move out of it.
        let firstOfWeek = try await mette.post(SiteURL.checklistItemOrder(reordered[0].id).path, ["direction": "up"])
        XCTAssertEqual(firstOfWeek.status, .seeOther)
        let unchanged = ChecklistOrder.sorted(try await checklist(of: "jonas"), firstDay: jonas.firstLocalDay)
            .filter { $0.window.weeks(firstDay: jonas.firstLocalDay).lowerBound == 1 }.map(\.id)
        XCTAssertEqual(unchanged, reordered.map(\.id))
        let newcomerMoves = try await signedIn("jonas").post(SiteURL.checklistItemOrder(second.id).path, ["direction": "down"]).status
        XCTAssertEqual(newcomerMoves, .notFound)

        // Assigned to a knowledge person by name, who is not in the programme.
        let rasmus = try await person("rasmus")
        let item = try await checklist(of: "jonas").first { $0.templateKey == DefaultChecklistItem.caseSystem.rawValue }!
        let itemPage = try await mette.get(SiteURL.checklistItem(item.id).path)
        XCTAssertTrue(itemPage.contains(HTMLEscape.text(rasmus.name)))
        let unknown = try await mette.post(SiteURL.checklistItemAssignment(item.id).path, ["assignedTo": UUID().uuidString])
        XCTAssertEqual(unknown.status, .unprocessableEntity)
        XCTAssertTrue(unknown.contains(HTMLEscape.text(t.errorUnknownPerson)))
        let assigned = try await mette.post(SiteURL.checklistItemAssignment(item.id).path, ["assignedTo": rasmus.id!.uuidString])
        XCTAssertEqual(assigned.status, .seeOther)
        let list = try await signedIn("jonas").get(SiteURL.checklist(jonas.id).path)
        XCTAssertTrue(list.contains(": \(HTMLEscape.text(rasmus.name))"), "the new hire sees who sees to it")
        let back = try await mette.post(SiteURL.checklistItemAssignment(item.id).path, ["assignedTo": ""])
        XCTAssertEqual(back.status, .seeOther)
        let cleared = try await ChecklistItem.find(item.id, on: app.db)!.$assignedPerson.id
        XCTAssertNil(cleared)
    }
}
