import Fluent
import GodstartCore
import XCTVapor
@testable import App

final class MentorChangeTests: AppTestCase {
    func testANewMentorSeesNothingOfTheEarlierMentoringAndTheFormerKeepsOnlyWhatWasShared() async throws {
        let programme = try await programme(of: "ida")
        let t = Language.da.texts
        let ida = try await signedIn("ida")

        // Ida shares a logbook entry with Thomas, then asks for a new mentor.
        _ = try await ida.post(SiteURL.logbook.path, ["unsure": "Delt med Thomas før skiftet"])
        let entry = try await LogbookEntry.query(on: app.db).first()!
        _ = try await ida.post(SiteURL.logbookEntrySharing(entry.id).path, ["share": "yes"])
        let noReason = try await ida.post(SiteURL.mentorChange(programme.id).path, [:])
        XCTAssertEqual(noReason.status, .unprocessableEntity)
        XCTAssertTrue(noReason.contains(HTMLEscape.text(t.errorChooseReason)))
        let asked = try await ida.post(SiteURL.mentorChange(programme.id).path, ["reason": "betterFit"])
        XCTAssertEqual(asked.status, .seeOther)
        let marianne = try await signedIn("marianne")
        let overview = try await marianne.get(SiteURL.programmes.path)
        XCTAssertTrue(overview.contains(HTMLEscape.text(t.mentorChangeRequestedFlag)))
        let thomasStill = try await Programme.find(programme.id, on: app.db)!.$mentor.id
        let thomasID = try await person("thomas").id
        XCTAssertEqual(thomasStill, thomasID)

        // The coordinator may not choose the manager; then chooses Peter.
        let henrik = try await person("henrik")
        let refused = try await marianne.post(SiteURL.mentorChange(programme.id).path, ["mentor": henrik.id!.uuidString, "reason": "betterFit"])
        XCTAssertEqual(refused.status, .unprocessableEntity)
        let peter = try await person("peter")
        let changed = try await marianne.post(SiteURL.mentorChange(programme.id).path, ["mentor": peter.id!.uuidString, "reason": "betterFit"])
        XCTAssertEqual(changed.status, .seeOther)
        let after = try await Programme.find(programme.id, on: app.db)!
        XCTAssertEqual(after.$mentor.id, peter.id)
        let told = try await OutboxMessage.query(on: app.db).filter(\.$toAddress == peter.email).all()
        XCTAssertEqual(told.count, 1, "the new mentor hears of it by mail")
        XCTAssertTrue(told.first?.body.contains("ny mentor for Ida Christensen") ?? false, told.first?.body ?? "")
        let former = try await FormerMentorship.query(on: app.db).all()
        XCTAssertEqual(former.count, 1)
        let openRequests = try await MentorChangeRequest.query(on: app.db).filter(\.$resolvedAt == nil).count()
        XCTAssertEqual(openRequests, 0)

        // Thomas keeps only what Ida shared with him.
        let thomas = try await signedIn("thomas")
        for path in [SiteURL.agreement(programme.id).path, SiteURL.learningGoals(programme.id).path, SiteURL.competencePlan(programme.id).path,
                     SiteURL.evaluations(programme.id).path] {
            let status = try await thomas.get(path).status
            XCTAssertEqual(status, .notFound, path)
        }
        let shared = try await thomas.get(SiteURL.logbookEntry(entry.id).path)
        XCTAssertTrue(shared.contains("Delt med Thomas før skiftet"))

        // Peter starts afresh: no agreement, none of the earlier goals, plan rows or meeting notes.
        let peterBrowser = try await signedIn("peter")
        let goals = try await peterBrowser.get(SiteURL.learningGoals(programme.id).path)
        XCTAssertEqual(goals.status, .ok)
        XCTAssertTrue(goals.contains(HTMLEscape.text(t.noGoalsYet)))
        let plan = try await peterBrowser.get(SiteURL.competencePlan(programme.id).path)
        XCTAssertFalse(plan.contains("Ca. 20 timer"))
        let agreement = try await peterBrowser.get(SiteURL.agreement(programme.id).path)
        XCTAssertFalse(agreement.contains("Stillerummet, 1. sal. Thomas booker."))
        let heldMeeting = try await meetings(of: "ida", .dialogueMeeting).first { $0.isHeld }!
        let meeting = try await peterBrowser.get(SiteURL.meeting(heldMeeting.id).path)
        XCTAssertEqual(meeting.status, .ok)
        XCTAssertFalse(meeting.contains("Fortrolig: usikker på egen rolle"))
        let logbook = try await peterBrowser.get(SiteURL.logbookEntry(entry.id).path).status
        XCTAssertEqual(logbook, .notFound)

        // Ida still has everything, and may let Peter see her goals and plan from before.
        let idaGoals = try await ida.get(SiteURL.learningGoals(programme.id).path)
        XCTAssertTrue(idaGoals.contains(HTMLEscape.text(t.typicalLearningGoal(.authorityRole))))
        _ = try await ida.post(SiteURL.earlierMaterialSharing(programme.id).path, ["share": "on"])
        let carried = try await peterBrowser.get(SiteURL.learningGoals(programme.id).path)
        XCTAssertTrue(carried.contains(HTMLEscape.text(t.typicalLearningGoal(.authorityRole))))
        let carriedPlan = try await peterBrowser.get(SiteURL.competencePlan(programme.id).path)
        XCTAssertTrue(carriedPlan.contains("Ca. 20 timer"))
        let stillHidden = try await peterBrowser.get(SiteURL.meeting(heldMeeting.id).path)
        XCTAssertFalse(stillHidden.contains("Fortrolig: usikker på egen rolle"), "meeting notes are never carried over")
    }

    func testANewMentorDoesNotReadTheEarlierMentorsNotesCarriedIntoTheNextMeeting() async throws {
        let programme = try await programme(of: "ida")
        let peter = try await person("peter")
        let marianne = try await signedIn("marianne")
        _ = try await marianne.post(SiteURL.mentorChange(programme.id).path, ["mentor": peter.id!.uuidString, "reason": "betterFit"])
        let next = try await meetings(of: "ida", .dialogueMeeting).first { $0.startsAt > testNow && $0.isOpen }!
        let homework = "Hjemmeopgave: læs om afgørelser"
        // What Thomas and Ida agreed under point 5 of the meeting before.
        let file = try await ProgrammeQueries.file(programme.id!, on: app.db)!
        let previous = file.previousMeeting(before: next)!
        XCTAssertLessThan(previous.startsAt, testNow)
        try await MeetingNote.query(on: app.db).filter(\.$meeting.$id == previous.id!).delete()
        let thomas = try await person("thomas")
        try await MeetingNote(meetingID: previous.id!, agendaPoint: .nextTheme, text: homework, updatedByID: thomas.id!).create(on: app.db)

        let ida = try await signedIn("ida")
        let idasPage = try await ida.get(SiteURL.meeting(next.id).path)
        XCTAssertTrue(idasPage.contains(homework), "the mentee reads what was agreed with Thomas")
        let peterBrowser = try await signedIn("peter")
        let petersPage = try await peterBrowser.get(SiteURL.meeting(next.id).path)
        XCTAssertEqual(petersPage.status, .ok)
        XCTAssertFalse(petersPage.contains(homework), "the new mentor does not read the earlier mentoring's notes")
    }
}
