import Fluent
import GodstartCore
import XCTVapor
@testable import App

/// Issue 20, item 7: a person's archive (GDPR art. 15) also holds what they wrote, or were given to
/// do, in other people's programmes, per role; never another person's text they may not read.
/// Ida's programme: Karen contact person, Thomas mentor, Sofie buddy, Henrik manager.
final class PersonalDataArchiveTests: AppTestCase {
    let t = Language.da.texts

    /// The archive as `key` downloads it (stored, so both index.html and data.json read as text).
    func download(_ key: String, language: String = "da") async throws -> String {
        let browser = browser()
        browser.language = language
        try await browser.signIn(DemoData.email(key))
        let page = try await browser.get(SiteURL.myDataArchive.path)
        XCTAssertEqual(page.status, .ok, key)
        return page.body
    }

    /// In the page to read and in the data: at least twice.
    func assertHolds(_ archive: String, _ texts: [String], _ key: String, file: StaticString = #filePath, line: UInt = #line) {
        for text in texts {
            XCTAssertGreaterThanOrEqual(archive.components(separatedBy: text).count - 1, 2, "\(key)'s archive should hold \(text)",
                                        file: file, line: line)
        }
    }

    func assertLacks(_ archive: String, _ texts: [String], _ key: String, file: StaticString = #filePath, line: UInt = #line) {
        for text in texts {
            XCTAssertFalse(archive.contains(text), "\(key)'s archive holds \(text)", file: file, line: line)
        }
    }

    func note(_ kind: MeetingKind, _ point: AgendaPoint, _ text: String, by key: String, held: Bool = true) async throws {
        let meeting = try await meetings(of: "ida", kind).first { held ? $0.isHeld : $0.isOpen }!
        try await MeetingNote.query(on: app.db).filter(\.$meeting.$id == meeting.id!).filter(\.$agendaPoint == point.rawValue).delete()
        try await MeetingNote(meetingID: meeting.id!, agendaPoint: point, text: text, updatedByID: try await person(key).id!).create(on: app.db)
    }

    func evaluation(by key: String, _ kind: EvaluationKind, as role: ProgrammeRole, _ question: EvaluationQuestion, _ text: String) async throws {
        let programmeID = try await programme(of: "ida").id!, authorID = try await person(key).id!
        try await EvaluationAnswers.query(on: app.db).filter(\.$programme.$id == programmeID).filter(\.$author.$id == authorID)
            .filter(\.$kind == kind.rawValue).delete()
        let answers = EvaluationAnswers(programmeID: programmeID, authorID: authorID, kind: kind, role: role)
        answers.answers = [question.rawValue: text]
        answers.rating = 4
        try await answers.create(on: app.db)
    }

    /// Ida's private texts: none of them is anyone else's personal data.
    func plantIdasPrivateTexts() async throws -> [String] {
        let ida = try await person("ida"), thomas = try await person("thomas")
        let idas = try await programme(of: "ida")
        let entry = LogbookEntry(programmeID: idas.id!, authorID: ida.id!)
        entry.unsure = "MARK-ida-logbook"
        let shared = LogbookEntry(programmeID: idas.id!, authorID: ida.id!)
        shared.unsure = "MARK-ida-shared-logbook"
        shared.$sharedWith.id = thomas.id
        try await [entry, shared].create(on: app.db)
        let preparation = PreparationAnswers(programmeID: idas.id!, authorID: ida.id!)
        preparation.answers = [PreparationQuestion.allCases.last!.rawValue: "MARK-ida-preparation"]
        preparation.$sharedWith.id = thomas.id
        try await preparation.create(on: app.db)
        try await evaluation(by: "ida", .threeMonths, as: .newcomer, .whatWeDid, "MARK-ida-evaluation")
        try await note(.dialogueMeeting, .plannedTheme, "MARK-ida-mentoring-note", by: "ida")
        return ["MARK-ida-logbook", "MARK-ida-shared-logbook", "MARK-ida-preparation", "MARK-ida-evaluation", "MARK-ida-mentoring-note"]
    }

    func testTheMentorsArchiveHoldsWhatTheyWroteInTheMenteesProgrammeAndNoneOfHerPrivateTexts() async throws {
        let thomas = try await person("thomas")
        let idas = try await programme(of: "ida")
        let dialogue = try await meetings(of: "ida", .dialogueMeeting).first { $0.isHeld }!
        let mentor = try await signedIn("thomas")
        let written = try await mentor.post(SiteURL.meetingNotes(dialogue.id).path, ["note-onYourMind": "MARK-thomas-note"])
        XCTAssertEqual(written.status, .seeOther)
        let idasPrivate = try await plantIdasPrivateTexts()

        let goal = LearningGoal(programmeID: idas.id!, catalogueEntryID: nil, ownTitle: "MARK-thomas-goaltitle", createdByID: thomas.id!)
        goal.note = "MARK-thomas-goal-note"
        try await goal.create(on: app.db)
        let row = CompetencePlanRow(programmeID: idas.id!, fields: [.taskType: "MARK-thomas-plan"])
        try await row.create(on: app.db)
        try await CompetencePlanChange(row: row, by: thomas.id!, kind: .added, before: [:], at: testNow).create(on: app.db)
        try await evaluation(by: "thomas", .threeMonths, as: .mentor, .developmentSeen, "MARK-thomas-evaluation")
        let preparation = PreparationAnswers(programmeID: idas.id!, authorID: thomas.id!)
        preparation.answers = [PreparationQuestion.myCompetences.rawValue: "MARK-thomas-preparation"]
        try await preparation.create(on: app.db)

        let archive = try await download("thomas")
        assertHolds(archive, ["MARK-thomas-note", "MARK-thomas-goaltitle", "MARK-thomas-goal-note", "MARK-thomas-plan",
                              "MARK-thomas-evaluation", "MARK-thomas-preparation", t.archiveWrittenElsewhere,
                              t.archiveProgrammeOf("Ida Christensen"), t.archivePlanRowAdded], "thomas")
        assertLacks(archive, idasPrivate, "thomas")

        let idasArchive = try await download("ida")
        assertHolds(idasArchive, ["MARK-thomas-note", "MARK-ida-mentoring-note", "MARK-ida-logbook"], "ida")
        assertLacks(idasArchive, ["MARK-thomas-evaluation", "MARK-thomas-preparation", t.archiveProgrammeOf("Ida Christensen")], "ida")
    }

    func testTheArchiveSpeaksThePersonsLanguage() async throws {
        try await note(.dialogueMeeting, .onYourMind, "MARK-thomas-note", by: "thomas")
        for language in [Language.sv, .en] {
            let archive = try await download("thomas", language: language.rawValue)
            assertHolds(archive, ["MARK-thomas-note", language.texts.archiveWrittenElsewhere,
                                  language.texts.archiveProgrammeOf("Ida Christensen"), language.texts.archiveMeetingNotes], "thomas")
        }
    }

    /// A group session's built-in title (stored in the Danish it was planned in) is read in the
    /// person's language, as on the pages (`GatheringWords`).
    func testTheArchiveNamesABuiltInGroupSessionInThePersonsLanguage() async throws {
        let series = try await GatheringSeries.query(on: app.db).filter(\.$kind == GatheringKind.groupSessions.rawValue).first()!
        series.title = t.gatheringKind(.groupSessions) // as planned in Danish without a title of its own
        try await series.update(on: app.db)
        let first = try await GatheringParticipant.query(on: app.db).filter(\.$series.$id == series.id!).first()
        let participant = try XCTUnwrap(first)
        let person = try await Person.find(participant.$person.id, on: app.db)!
        let key = String(person.email.prefix { $0 != "@" })
        let archive = try await download(key, language: "sv")
        assertHolds(archive, [Language.sv.texts.gatheringKind(.groupSessions)], key)
        assertLacks(archive, [t.gatheringKind(.groupSessions)], key)
    }

    func testAFormerMentorKeepsWhatTheyWroteButNothingWrittenByOthersOrAfterThem() async throws {
        let thomas = try await person("thomas"), peter = try await person("peter")
        let idas = try await programme(of: "ida")
        try await note(.dialogueMeeting, .onYourMind, "MARK-thomas-ahead", by: "thomas", held: false)
        try await note(.dialogueMeeting, .plannedTheme, "MARK-ida-ahead", by: "ida", held: false)
        let highest = try await AgreementVersion.query(on: app.db).filter(\.$programme.$id == idas.id!).max(\.$number) ?? 0
        try await AgreementVersion(programmeID: idas.id!, mentorID: thomas.id!, number: highest + 1,
                                   texts: [.otherGroundRules: "MARK-thomas-agreement"], writtenByID: thomas.id!).create(on: app.db)
        let goal = LearningGoal(programmeID: idas.id!, catalogueEntryID: nil, ownTitle: "MARK-thomas-goal", createdByID: thomas.id!)
        try await goal.create(on: app.db)

        let marianne = try await signedIn("marianne")
        let changed = try await marianne.post(SiteURL.mentorChange(idas.id).path, ["mentor": peter.id!.uuidString, "reason": "betterFit"])
        XCTAssertEqual(changed.status, .seeOther)
        try await note(.dialogueMeeting, .takeaways, "MARK-peter-ahead", by: "peter", held: false)
        // The mentee goes on writing in the goal Thomas made; the note says nobody's name, so he does not get it.
        goal.note = "MARK-ida-goal-note-after"
        try await goal.update(on: app.db)

        let archive = try await download("thomas")
        // The goal he made is there, by its date; its title is not, since the mentee may have renamed it since.
        assertHolds(archive, ["MARK-thomas-ahead", "MARK-thomas-agreement", HTMLEscape.text(t.archiveOwnGoalOfTheMentee),
                              t.archiveYouWereMentor, t.archiveFormerMentor, t.mentorChangeReason(.betterFit)], "thomas")
        assertLacks(archive, ["MARK-ida-ahead", "MARK-peter-ahead", "MARK-ida-goal-note-after", "MARK-thomas-goal"], "thomas")

        let peters = try await download("peter")
        assertHolds(peters, ["MARK-peter-ahead"], "peter")
        assertLacks(peters, ["MARK-thomas-ahead", "MARK-thomas-agreement", "MARK-ida-ahead", "MARK-thomas-goal"], "peter")
    }

    func testTheManagersArchiveHoldsTheirNotesOfTheTalkAndClosingMeetingAndNoMentoringNotes() async throws {
        let idasPrivate = try await plantIdasPrivateTexts()
        try await note(.developmentTalk, .lookForward, "MARK-henrik-talk", by: "henrik", held: false)
        try await note(.developmentTalk, .lookBack, "MARK-ida-talk", by: "ida", held: false)
        try await note(.introductionClosing, .readyForMentoring, "MARK-henrik-closing", by: "henrik")
        try await note(.dialogueMeeting, .takeaways, "MARK-thomas-note", by: "thomas")

        let archive = try await download("henrik")
        assertHolds(archive, ["MARK-henrik-talk", "MARK-henrik-closing", t.archiveProgrammeOf("Ida Christensen")], "henrik")
        assertLacks(archive, idasPrivate + ["MARK-ida-talk", "MARK-thomas-note"], "henrik")
    }

    func testTheContactPersonsArchiveHoldsTheirStatusNotesTickedItemsAndAnswers() async throws {
        let karen = try await person("karen")
        let idas = try await programme(of: "ida")
        let idasPrivate = try await plantIdasPrivateTexts()
        let status = try await meetings(of: "ida", .statusMeeting).first { $0.isHeld }!
        let contact = try await signedIn("karen")
        let written = try await contact.post(SiteURL.meetingNotes(status.id).path, ["note-whatIsDifficult": "MARK-karen-status"])
        XCTAssertEqual(written.status, .seeOther)
        let item = try await ChecklistItem.query(on: app.db).filter(\.$programme.$id == idas.id!)
            .filter(\.$responsibleRole == ProgrammeRole.contactPerson.rawValue).first()!
        item.customTitle = "MARK-karen-checklist"
        item.coveredAt = testNow
        item.$coveredBy.id = karen.id
        try await item.update(on: app.db)
        try await evaluation(by: "karen", .introduction, as: .contactPerson, .introductionWentWell, "MARK-karen-evaluation")
        try await note(.dialogueMeeting, .takeaways, "MARK-thomas-note", by: "thomas")

        let archive = try await download("karen")
        assertHolds(archive, ["MARK-karen-status", "MARK-karen-checklist", "MARK-karen-evaluation", t.archiveTickedOffByYou], "karen")
        assertLacks(archive, idasPrivate + ["MARK-thomas-note"], "karen")
    }

    func testTheBuddysArchiveHoldsTheSocialTasksTheyTickedOff() async throws {
        let sofie = try await person("sofie")
        let idas = try await programme(of: "ida")
        let idasPrivate = try await plantIdasPrivateTexts()
        let task = ChecklistItem(programmeID: idas.id!, templateKey: nil, customTitle: "MARK-sofie-task",
                                 window: ChecklistWindow(from: LocalDate(year: 2026, month: 6, day: 1), to: LocalDate(year: 2026, month: 6, day: 30)),
                                 responsible: .buddy)
        task.coveredAt = testNow
        task.$coveredBy.id = sofie.id
        try await task.create(on: app.db)

        let archive = try await download("sofie")
        assertHolds(archive, ["MARK-sofie-task", t.archiveTickedOffByYou, t.archiveProgrammeOf("Ida Christensen")], "sofie")
        assertLacks(archive, idasPrivate, "sofie")
    }

    func testTheCoordinatorsArchiveHoldsWhatSheAddedAndRunsButNoProgrammesTexts() async throws {
        let marianne = try await person("marianne")
        let idas = try await programme(of: "ida")
        let idasPrivate = try await plantIdasPrivateTexts()
        let material = Material()
        material.$organisation.id = marianne.$organisation.id
        material.title = "MARK-marianne-material"
        material.phase = "introduction"
        material.roles = ""
        material.language = "da"
        material.fileName = "guide.pdf"
        material.fileKind = "pdf"
        material.byteCount = 10
        material.$uploadedBy.id = marianne.id
        try await material.create(on: app.db)
        try await Activity(programmeID: idas.id!, kind: .course, title: "MARK-marianne-activity", day: LocalDate(year: 2026, month: 12, day: 2),
                           time: LocalTime(hour: 9), minutes: 60, place: "Rådhuset", runByID: marianne.id, learningGoal: nil).create(on: app.db)

        let archive = try await download("marianne")
        assertHolds(archive, ["MARK-marianne-material", "MARK-marianne-activity", t.archiveActivityYouRun, t.archiveAddedForOrganisation], "marianne")
        assertLacks(archive, idasPrivate, "marianne")
    }

    func testTheAdministratorsArchiveHoldsTheApiKeysSheMade() async throws {
        let idasPrivate = try await plantIdasPrivateTexts()
        _ = try await apiToken([.programmes])
        let archive = try await download("lone")
        assertHolds(archive, ["\(t.archiveApiKey): HR-rapportering"], "lone")
        assertLacks(archive, idasPrivate, "lone")
    }

    func testTheNewcomersArchiveHoldsHerRequestForANewMentorAndNotTheMentorsOwnAnswers() async throws {
        let thomas = try await person("thomas")
        let idas = try await programme(of: "ida")
        let preparation = PreparationAnswers(programmeID: idas.id!, authorID: thomas.id!)
        preparation.answers = [PreparationQuestion.myCompetences.rawValue: "MARK-thomas-preparation"]
        try await preparation.create(on: app.db)
        let ida = try await signedIn("ida")
        let requested = try await ida.post(SiteURL.mentorChange(idas.id).path, ["reason": "betterFit"])
        XCTAssertEqual(requested.status, .seeOther)

        let archive = try await download("ida")
        assertHolds(archive, [t.archiveMentorChangeRequests, t.archiveMentorChangeRequest, t.mentorChangeReason(.betterFit)], "ida")
        assertLacks(archive, ["MARK-thomas-preparation", t.archiveProgrammeOf("Ida Christensen")], "ida")
    }
}
