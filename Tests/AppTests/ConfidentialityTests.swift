import Fluent
import GodstartCore
import XCTVapor
@testable import App

/// Meeting notes belong to the meeting's participants. Managers and coordinators see that a
/// meeting is held, never what was said: not on any page, not by guessing an address.
final class ConfidentialityTests: AppTestCase {
    let secret = "Hemmelig note om tvivl i en anbringelsessag"

    func writeSecretNote(as mentorKey: String = "thomas", newcomer: String = "ida") async throws -> Meeting {
        let meeting = try await meetings(of: newcomer, .dialogueMeeting).last!
        let mentor = try await signedIn(mentorKey)
        let page = try await mentor.post(SiteURL.meetingNotes(meeting.id).path, [
            "note-onYourMind": secret, "note-plannedTheme": "Samtalen med faren i sag 14",
        ])
        XCTAssertEqual(page.status, .seeOther)
        let reread = try await mentor.follow(page)
        XCTAssertTrue(reread.contains(secret))
        XCTAssertTrue(reread.contains(HTMLEscape.text(Language.da.texts.notesSaved)))
        return meeting
    }

    func testTheMenteeReadsWhatTheMentorWrote() async throws {
        let meeting = try await writeSecretNote()
        let ida = try await signedIn("ida")
        let awaited1 = try await ida.get(SiteURL.meeting(meeting.id).path).contains(secret)
        XCTAssertTrue(awaited1)
    }

    func testManagerAndCoordinatorSeeTheMeetingButNotItsNotes() async throws {
        let meeting = try await writeSecretNote()
        for key in ["henrik", "marianne"] {
            let browser = try await signedIn(key)
            let page = try await browser.get(SiteURL.meeting(meeting.id).path)
            XCTAssertEqual(page.status, .ok, key)
            XCTAssertFalse(page.contains(secret), key)
            XCTAssertFalse(page.contains("Samtalen med faren i sag 14"), key)
            XCTAssertTrue(page.contains(HTMLEscape.text(Language.da.texts.notesNotVisible)), key)
            // Writing is refused as if the page did not exist.
            let write = try await browser.post(SiteURL.meetingNotes(meeting.id).path, ["note-onYourMind": "x"])
            XCTAssertEqual(write.status, .notFound, key)
        }
    }

    func testEveryPageTheManagerAndCoordinatorReachIsFreeOfNotes() async throws {
        _ = try await writeSecretNote()
        // Ida shares a logbook entry and a process journal with her mentor.
        let ida = try await signedIn("ida")
        _ = try await ida.post(SiteURL.logbook.path, ["unsure": "Logbogstekst kun for Ida og Thomas"])
        _ = try await ida.post(SiteURL.journals.path, ["title": "Journaltitel", "account": "Journaltekst kun for Ida og Thomas"])
        for entry in try await LogbookEntry.query(on: app.db).all() {
            _ = try await ida.post(SiteURL.logbookEntrySharing(entry.id).path, ["share": "yes"])
        }
        for journal in try await ProcessJournal.query(on: app.db).all() {
            _ = try await ida.post(SiteURL.journalSharing(journal.id).path, ["share": "yes"])
        }
        // Laura writes the agreement, a learning goal and a row of the competence plan with Thomas.
        let laura = try await signedIn("laura")
        let programme = try await programme(of: "laura")
        _ = try await laura.post(SiteURL.agreement(programme.id).path, ["purpose": "Aftaletekst kun for Laura og Thomas", "based_on": ""])
        _ = try await laura.post(SiteURL.learningGoals(programme.id).path, ["source": "own", "own": "Måltekst kun for Laura og Thomas"])
        _ = try await laura.post(SiteURL.competencePlan(programme.id).path, ["taskType": "Planrække kun for Laura og Thomas"])
        let written = try await AgreementVersion.query(on: app.db).count() + LearningGoal.query(on: app.db).count()
            + CompetencePlanRow.query(on: app.db).count()
        XCTAssertGreaterThanOrEqual(written, 3)
        // Every note in the demo, by its text, and what Ida wrote.
        let meetingNotes = try await MeetingNote.query(on: app.db).all()
        let notes = meetingNotes.map(\.text)
            + ["Logbogstekst kun for Ida og Thomas", "Journaltekst kun for Ida og Thomas", "Aftaletekst kun for Laura og Thomas",
               "Måltekst kun for Laura og Thomas", "Planrække kun for Laura og Thomas"]
            + (try await LearningGoal.query(on: app.db).all().map(\.note).filter { !$0.isEmpty })
        XCTAssertFalse(notes.isEmpty)
        for key in ["henrik", "marianne", "jens", "susanne"] {
            let browser = try await signedIn(key)
            let me = try await person(key)
            let ownNotes = Set(meetingNotes.filter { $0.$updatedBy.id == me.id }.map(\.text))
            var queue = [SiteURL.root.path]
            var seen = Set<String>()
            while let path = queue.popLast() {
                guard !seen.contains(path) else { continue }
                seen.insert(path)
                var page = try await browser.get(path)
                while let location = page.location { page = try await browser.get(location) }
                for note in notes where page.contains(HTMLEscape.text(note)) {
                    let meetingPage = path.hasPrefix("/meetings/")
                    // A manager reads the notes of the meetings they take part in (development talk, introduction closing),
                    // and finds in their own personal-data archive the notes they wrote there.
                    let ownArchive = path == SiteURL.myDataArchive.path && ownNotes.contains(note)
                    if key == "marianne" || !(meetingPage || ownArchive) { XCTFail("\(key) saw a note on \(path)") }
                }
                queue += links(in: page.body).filter { !seen.contains($0) }
            }
            XCTAssertGreaterThan(seen.count, 10, "\(key) crawled \(seen.count) pages")
        }
    }

    func testManagerReadsNotesOfTheDevelopmentTalkTheyHold() async throws {
        let talk = try await meetings(of: "frederik", .developmentTalk).first!
        let jens = try await signedIn("jens")
        let page = try await jens.get(SiteURL.meeting(talk.id).path)
        XCTAssertTrue(page.contains("Aftalt kursus i børnesamtalen"))
        // ... but not the mentoring notes of the same programme.
        let dialogue = try await meetings(of: "frederik", .dialogueMeeting).first!
        let awaited2 = try await jens.get(SiteURL.meeting(dialogue.id).path).contains("Fortrolig")
        XCTAssertFalse(awaited2)
    }

    func testColleaguesAndStrangersGetANotFound() async throws {
        let meeting = try await writeSecretNote()
        let programme = try await programme(of: "ida")
        // Rasmus is a colleague in the same organisation with no role in Ida's programme.
        let rasmus = try await signedIn("rasmus")
        let awaited3 = try await rasmus.get(SiteURL.meeting(meeting.id).path).status
        XCTAssertEqual(awaited3, .notFound)
        let awaited4 = try await rasmus.get(SiteURL.programme(programme.id).path).status
        XCTAssertEqual(awaited4, .notFound)
        // The contact person is not in mentoring meetings.
        let karen = try await signedIn("karen")
        let page = try await karen.get(SiteURL.meeting(meeting.id).path)
        XCTAssertFalse(page.contains(secret))

        // Someone from another organisation, even a coordinator, sees nothing.
        let other = Organisation(name: "Anden Kommune", slug: "other", timeZoneIdentifier: "Europe/Stockholm", defaultLanguage: "sv")
        try await other.create(on: app.db)
        try await Person(organisationID: other.id!, unitID: nil, name: "Olle", email: "olle@other.se",
                         passwordHash: DemoData.password, isCoordinator: true, isManager: true, isAdmin: true).create(on: app.db)
        let olle = browser()
        try await olle.signIn("olle@other.se")
        let awaited5 = try await olle.get(SiteURL.meeting(meeting.id).path).status
        XCTAssertEqual(awaited5, .notFound)
        let awaited6 = try await olle.get(SiteURL.programme(programme.id).path).status
        XCTAssertEqual(awaited6, .notFound)
        let awaited7 = try await olle.get(SiteURL.programmes.path).contains("Ida Christensen")
        XCTAssertFalse(awaited7)
        let awaited8 = try await olle.post(SiteURL.meetingNotes(meeting.id).path, ["note-onYourMind": "x"]).status
        XCTAssertEqual(awaited8, .notFound)
        let awaited9 = try await olle.get("/meetings/not-a-uuid").status
        XCTAssertEqual(awaited9, .notFound)
        let awaited10 = try await olle.get("/meetings/\(UUID())").status
        XCTAssertEqual(awaited10, .notFound)
    }

    func testTheBuddySeesOnlyTheFirstWeeks() async throws {
        let sofie = try await signedIn("sofie")
        let emma = try await programme(of: "emma")
        let page = try await sofie.get(SiteURL.programme(emma.id).path)
        XCTAssertEqual(page.status, .ok)
        let meetings = try await meetings(of: "emma")
        let first = meetings.first!, last = meetings.last!
        XCTAssertTrue(page.contains(SiteURL.meeting(first.id).path))
        XCTAssertFalse(page.contains(SiteURL.meeting(last.id).path))
        let awaited11 = try await sofie.get(SiteURL.meeting(last.id).path).status
        XCTAssertEqual(awaited11, .notFound)
        // The buddy sees that the first meeting exists, not its notes.
        let awaited12 = try await sofie.get(SiteURL.meeting(first.id).path).contains("<textarea")
        XCTAssertFalse(awaited12)
    }

    private func links(in html: String) -> [String] {
        var result: [String] = []
        var rest = html[...]
        while let range = rest.range(of: "href=\"/") {
            let tail = rest[range.upperBound...]
            guard let end = tail.firstIndex(of: "\"") else { break }
            // One page per path: a query (the schedule's weeks) leads on forever and shows the same kind of content.
            let path = ("/" + tail[..<end]).split(separator: "?").first.map(String.init) ?? ""
            if !path.hasPrefix("/assets") { result.append(path) }
            rest = tail[end...]
        }
        return result
    }
}
