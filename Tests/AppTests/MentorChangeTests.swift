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

    /// The coordinator gives Ida a new mentor, Peter, as the app does it.
    private func changeMentorToPeter() async throws {
        let programme = try await programme(of: "ida")
        let peter = try await person("peter")
        let marianne = try await signedIn("marianne")
        let changed = try await marianne.post(SiteURL.mentorChange(programme.id).path, ["mentor": peter.id!.uuidString, "reason": "betterFit"])
        XCTAssertEqual(changed.status, .seeOther)
    }

    private func nextDialogueMeeting() async throws -> Meeting {
        try await meetings(of: "ida", .dialogueMeeting).first { $0.startsAt > testNow && $0.isOpen }!
    }

    /// The fields of a meeting's notes form, every point empty but those given.
    private func notesForm(_ meeting: Meeting, _ texts: [AgendaPoint: String]) -> [String: String] {
        Dictionary(uniqueKeysWithValues: meeting.meetingKind.agenda.map { (MeetingController.noteField($0), texts[$0] ?? "") })
    }

    func testANewMentorDoesNotReadTheEarlierMentorsNotesCarriedIntoTheNextMeeting() async throws {
        let next = try await nextDialogueMeeting()
        let homework = "Hjemmeopgave: læs om afgørelser"
        // What Thomas and Ida agreed under point 5 of the meeting before, written before the change.
        let file = try await ProgrammeQueries.file(try await programme(of: "ida").id!, on: app.db)!
        let previous = file.previousMeeting(before: next)!
        XCTAssertLessThan(previous.startsAt, testNow)
        let thomas = try await signedIn("thomas")
        let written = try await thomas.post(SiteURL.meetingNotes(previous.id).path, notesForm(previous, [.nextTheme: homework]))
        XCTAssertEqual(written.status, .seeOther)
        try await changeMentorToPeter()

        let ida = try await signedIn("ida")
        let idasPage = try await ida.get(SiteURL.meeting(next.id).path)
        XCTAssertTrue(idasPage.contains(homework), "the mentee reads what was agreed with Thomas")
        let peterBrowser = try await signedIn("peter")
        let petersPage = try await peterBrowser.get(SiteURL.meeting(next.id).path)
        XCTAssertEqual(petersPage.status, .ok)
        XCTAssertFalse(petersPage.contains(homework), "the new mentor does not read the earlier mentoring's notes")
        XCTAssertTrue(petersPage.contains(HTMLEscape.text(Language.da.texts.noHomeworkAgreed)))
    }

    /// Issue 20, item 1: what was written before the change is the earlier mentoring's, whatever the
    /// meeting's date; the new mentor neither reads it nor overwrites it.
    func testNotesWrittenBeforeTheChangeInAMeetingAheadStayTheMenteesAndTheNewMentorsWriteBesideThem() async throws {
        let next = try await nextDialogueMeeting()
        let idasText = "Inden skiftet: jeg vil tale om min første anbringelse"
        let thomasText = "Inden skiftet: Thomas foreslår temaet magtanvendelse"
        let thomas = try await signedIn("thomas")
        _ = try await thomas.post(SiteURL.meetingNotes(next.id).path, notesForm(next, [.plannedTheme: thomasText]))
        let ida = try await signedIn("ida")
        _ = try await ida.post(SiteURL.meetingNotes(next.id).path, notesForm(next, [.onYourMind: idasText, .plannedTheme: thomasText]))
        try await changeMentorToPeter()

        let peter = try await signedIn("peter")
        let petersPage = try await peter.get(SiteURL.meeting(next.id).path)
        XCTAssertEqual(petersPage.status, .ok)
        XCTAssertFalse(petersPage.contains(idasText))
        XCTAssertFalse(petersPage.contains(thomasText))
        XCTAssertTrue(petersPage.contains(HTMLEscape.text(Language.da.texts.earlierMentoringNotShown)))
        // Peter writes his own notes for the meeting; Ida's and Thomas's stay as they were.
        let petersText = "Efter skiftet: vi starter forfra med forventninger"
        let saved = try await peter.post(SiteURL.meetingNotes(next.id).path, notesForm(next, [.onYourMind: petersText]))
        XCTAssertEqual(saved.status, .seeOther)
        let earlier = try await EarlierMeetingNote.query(on: app.db).filter(\.$meeting.$id == next.id!).all()
        XCTAssertEqual(Set(earlier.map(\.text)), [idasText, thomasText])
        let afterSaving = try await peter.get(SiteURL.meeting(next.id).path)
        XCTAssertTrue(afterSaving.contains(petersText))
        XCTAssertFalse(afterSaving.contains(idasText))

        // Ida keeps both: what she wrote with Thomas, read only, and the new notes with Peter.
        let idasPage = try await ida.get(SiteURL.meeting(next.id).path)
        XCTAssertTrue(idasPage.contains(idasText))
        XCTAssertTrue(idasPage.contains(thomasText))
        XCTAssertTrue(idasPage.contains(petersText))
        XCTAssertTrue(idasPage.contains(HTMLEscape.text(Language.da.texts.earlierNotesTitle(mentor: "Thomas Kristensen"))), idasPage.body)
        // Thomas, no longer her mentor, reads none of it.
        let thomasPage = try await thomas.get(SiteURL.meeting(next.id).path)
        XCTAssertEqual(thomasPage.status, .notFound)
    }

    func testAManagerWhoTookPartKeepsAThreePartyMeetingsNotesAndTheNewMentorDoesNot() async throws {
        let programme = try await programme(of: "ida")
        let henrik = try await person("henrik")
        let meeting = Meeting(programmeID: programme.id!, kind: .threePartyMeeting, number: 1,
                              startsAt: testNow.addingTimeInterval(-7 * 86_400), minutes: 45)
        try await meeting.create(on: app.db)
        let note = "Lederen og Thomas: mere tid til journalføring"
        try await MeetingNote(meetingID: meeting.id!, agendaPoint: .tasksAndWorkload, text: note, updatedByID: henrik.id!).create(on: app.db)
        try await changeMentorToPeter()

        let henriksPage = try await signedIn("henrik").get(SiteURL.meeting(meeting.id).path)
        XCTAssertTrue(henriksPage.contains(note), "the manager took part in the meeting")
        let petersPage = try await signedIn("peter").get(SiteURL.meeting(meeting.id).path)
        XCTAssertEqual(petersPage.status, .ok)
        XCTAssertFalse(petersPage.contains(note))
        let idasPage = try await signedIn("ida").get(SiteURL.meeting(meeting.id).path)
        XCTAssertTrue(idasPage.contains(note))
        // The manager reading the earlier mentoring's notes is someone else's reading, in Ida's log.
        let reads = try await AuditEntry.query(on: app.db).filter(\.$kind == AuditKind.contentRead.rawValue).all()
        XCTAssertEqual(reads.map(\.actorID), [henrik.id])
    }

    /// A page opened before the change holds the earlier notes in its fields: sent after the change,
    /// they would become the new mentorship's. Nothing is saved, and what was typed comes back.
    func testANotesFormOpenedBeforeTheChangeIsNotSavedIntoTheNewMentorship() async throws {
        let next = try await nextDialogueMeeting()
        let earlierText = "Skrevet med Thomas"
        let ida = try await signedIn("ida")
        _ = try await ida.post(SiteURL.meetingNotes(next.id).path, notesForm(next, [.onYourMind: earlierText]))
        let page = try await ida.get(SiteURL.meeting(next.id).path)
        XCTAssertTrue(page.contains("name=\"\(MeetingController.mentorshipField)\" value=\"first\""))
        try await changeMentorToPeter()

        var stale = notesForm(next, [.onYourMind: earlierText + ", og lidt mere"])
        stale[MeetingController.mentorshipField] = "first"
        let refused = try await ida.post(SiteURL.meetingNotes(next.id).path, stale)
        XCTAssertEqual(refused.status, .unprocessableEntity)
        XCTAssertTrue(refused.contains(HTMLEscape.text(Language.da.texts.notesNotSavedMentorChanged)))
        XCTAssertTrue(refused.contains(earlierText + ", og lidt mere"), "what was typed is kept")
        let current = try await MeetingNote.query(on: app.db).filter(\.$meeting.$id == next.id!).count()
        XCTAssertEqual(current, 0)
        let petersPage = try await signedIn("peter").get(SiteURL.meeting(next.id).path)
        XCTAssertFalse(petersPage.contains(earlierText))

        // Sent again from the page as it is now, it is Ida's choice to bring it into the new mentoring.
        let mark = MeetingController.mentorshipMark(try await programme(of: "ida"))
        stale[MeetingController.mentorshipField] = mark
        let saved = try await ida.post(SiteURL.meetingNotes(next.id).path, stale)
        XCTAssertEqual(saved.status, .seeOther)
    }

    func testTheStartMeetingsNotesAreTheEarlierMentorings() async throws {
        let start = try await meetings(of: "ida", .mentoringStart).first!
        let expectation = "Fortrolig: vil gerne blive mere sikker i myndighedsrollen."
        try await changeMentorToPeter()
        let peter = try await signedIn("peter")
        let petersPage = try await peter.get(SiteURL.meeting(start.id).path)
        XCTAssertEqual(petersPage.status, .ok)
        XCTAssertFalse(petersPage.contains(expectation))
        let ida = try await signedIn("ida")
        let idasPage = try await ida.get(SiteURL.meeting(start.id).path)
        XCTAssertTrue(idasPage.contains(expectation))
        // The mentee reading her own earlier notes is not someone else's reading.
        let reads = try await AuditEntry.query(on: app.db).filter(\.$kind == AuditKind.contentRead.rawValue).count()
        XCTAssertEqual(reads, 0)
    }

    func testAPlanRowFromBeforeTheChangeShowsNeitherItselfNorItsHistoryToTheNewMentor() async throws {
        let programme = try await programme(of: "ida")
        let ida = try await signedIn("ida")
        let before = "Titel fra før skiftet: børnesamtaler"
        _ = try await ida.post(SiteURL.competencePlan(programme.id).path, ["taskType": before])
        let row = try await CompetencePlanRow.query(on: app.db).filter(\.$programme.$id == programme.id!).all()
            .first { $0.planFields[.taskType] == before }!
        try await changeMentorToPeter()
        // After the change Ida renames the row: its history holds the old title.
        let renamed = "Omdøbt efter skiftet"
        let saved = try await ida.post(SiteURL.planRow(row.id).path, ["taskType": renamed])
        XCTAssertEqual(saved.status, .seeOther)

        let peter = try await signedIn("peter")
        let plan = try await peter.get(SiteURL.competencePlan(programme.id).path)
        XCTAssertEqual(plan.status, .ok)
        XCTAssertFalse(plan.contains(before), "the old title is not in the new mentor's history")
        XCTAssertFalse(plan.contains(renamed))
        let rowPage = try await peter.get(SiteURL.planRow(row.id).path)
        XCTAssertEqual(rowPage.status, .notFound)
        // Peter's own rows and their history are his to read.
        let petersRow = "Peters række"
        _ = try await peter.post(SiteURL.competencePlan(programme.id).path, ["taskType": petersRow])
        let withPetersRow = try await peter.get(SiteURL.competencePlan(programme.id).path)
        XCTAssertTrue(withPetersRow.contains(petersRow))
        let readsSoFar = try await AuditEntry.query(on: app.db).filter(\.$kind == AuditKind.contentRead.rawValue).count()
        XCTAssertEqual(readsSoFar, 0, "the new mentor reading his own plan is no one else's reading")

        // Ida keeps it all; when she shares the earlier plan, Peter reads it and the reading is logged.
        let idasPlan = try await ida.get(SiteURL.competencePlan(programme.id).path)
        XCTAssertTrue(idasPlan.contains(before) && idasPlan.contains(renamed))
        _ = try await ida.post(SiteURL.earlierMaterialSharing(programme.id).path, ["share": "on"])
        let sharedPlan = try await peter.get(SiteURL.competencePlan(programme.id).path)
        XCTAssertTrue(sharedPlan.contains(renamed))
        let read = try await AuditEntry.query(on: app.db).filter(\.$kind == AuditKind.contentRead.rawValue).all()
        XCTAssertEqual(read.map(\.resource), [Resource.competencePlan.rawValue])
        let idaID = try await person("ida").id, peterID = try await person("peter").id
        XCTAssertEqual(read.first?.subjectID, idaID)
        XCTAssertEqual(read.first?.actorID, peterID)
    }

    func testAgreementVersionsFromBeforeTheChangeAreTheMenteesOnly() async throws {
        let programme = try await programme(of: "ida")
        let room = "Stillerummet, 1. sal. Thomas booker."
        let earlier = try await AgreementVersion.query(on: app.db).filter(\.$programme.$id == programme.id!).all()
        XCTAssertFalse(earlier.isEmpty)
        try await changeMentorToPeter()
        let peter = try await signedIn("peter")
        let page = try await peter.get(SiteURL.agreement(programme.id).path)
        XCTAssertEqual(page.status, .ok)
        XCTAssertFalse(page.contains(room))
        for version in earlier {
            let versionPage = try await peter.get(SiteURL.agreementVersion(version.id).path)
            XCTAssertEqual(versionPage.status, .notFound)
        }
        let ida = try await signedIn("ida")
        let idasVersion = try await ida.get(SiteURL.agreementVersion(earlier[0].id).path)
        XCTAssertTrue(idasVersion.contains(room))
        let idasAgreement = try await ida.get(SiteURL.agreement(programme.id).path)
        XCTAssertFalse(idasAgreement.contains(room), "the agreement with Peter starts afresh")
        XCTAssertTrue(idasAgreement.contains(SiteURL.agreementVersion(earlier[0].id).path), "Ida finds the one with Thomas")
    }

    func testEachMentorChangeIsInTheLogOfTheMenteeAndOfBothMentors() async throws {
        try await changeMentorToPeter()
        let t = Language.da.texts
        for (key, detail) in [("ida", AuditDetail.mentorChanged), ("thomas", .mentorshipEnded), ("peter", .newMentor)] {
            let browser = try await signedIn(key)
            let log = try await browser.get(SiteURL.ownAuditLog.path)
            XCTAssertTrue(log.contains(HTMLEscape.text(t.auditWhat(.assignmentChanged, detail, nil))), key)
        }
    }
}

/// M036 sets aside what was written before a mentor change made before it, by the only facts the
/// older rows have: when a goal or row was made, whose agreement a version is, a meeting's date
/// and when a note was last written.
final class EarlierMentorshipMigrationTests: AppTestCase {
    func testAChangeMadeBeforeTheMigrationIsSetAsideByWhatTheRowsTell() async throws {
        let programme = try await programme(of: "ida")
        let thomas = try await person("thomas"), peter = try await person("peter")
        let since = Date()
        // As an older release left a change: the mentor and the date changed, nothing set aside.
        let former = FormerMentorship(programmeID: programme.id!, mentorID: thomas.id!, from: nil, until: since, reason: .betterFit)
        try await former.create(on: app.db)
        programme.$mentor.id = peter.id!
        programme.mentorSince = since
        try await programme.update(on: app.db)
        let heldNotes = try await MeetingNote.query(on: app.db).count()
        XCTAssertGreaterThan(heldNotes, 0)

        try await M036_SetAsideEarlierMentorships().setAsideWhatWasWrittenBeforeEarlierChanges(on: app.db)

        let mentoringMeetings = try await EarlierMentorship.mentoringMeetingIDs(of: programme.id!, on: app.db)
        let left = try await MeetingNote.query(on: app.db).filter(\.$meeting.$id ~~ mentoringMeetings).count()
        XCTAssertEqual(left, 0, "every mentoring note was written before the change")
        let setAside = try await EarlierMeetingNote.query(on: app.db).all()
        XCTAssertFalse(setAside.isEmpty)
        XCTAssertTrue(setAside.allSatisfy { $0.$formerMentorship.id == former.id })
        XCTAssertTrue(setAside.contains { $0.text.hasPrefix("Fortrolig:") }, "the text is kept as it was")
        let introductionNotes = try await MeetingNote.query(on: app.db).count()
        XCTAssertGreaterThan(introductionNotes, 0, "the introduction's notes are not the mentoring's")
        for table in EarlierMentorship.MarkedTable.allCases {
            let marked = try await EarlierMentorship.setAsideIDs(table, programmeIDs: [programme.id!], on: app.db)
            XCTAssertFalse(marked.isEmpty, table.rawValue)
        }

        let peterBrowser = try await signedIn("peter")
        let goals = try await peterBrowser.get(SiteURL.learningGoals(programme.id).path)
        XCTAssertTrue(goals.contains(HTMLEscape.text(Language.da.texts.noGoalsYet)))
        let ida = try await signedIn("ida")
        let idasGoals = try await ida.get(SiteURL.learningGoals(programme.id).path)
        XCTAssertFalse(idasGoals.contains(HTMLEscape.text(Language.da.texts.noGoalsYet)))
    }
}
