import Fluent
import GodstartCore
import XCTVapor
@testable import App

final class MailTests: AppTestCase {
    func outbox(to key: String? = nil, _ kind: MailKind? = nil) async throws -> [OutboxMessage] {
        var query = OutboxMessage.query(on: app.db)
        if let key { query = query.filter(\.$toAddress == DemoData.email(key)) }
        if let kind { query = query.filter(\.$kind == kind.rawValue) }
        return try await query.sort(\.$createdAt).all()
    }

    func testMovingAMeetingTellsTheOthersInTheirLanguageAndNeverItsNotes() async throws {
        let emma = try await person("emma")
        emma.mailLanguage = Language.sv.rawValue
        try await emma.update(on: app.db)
        let meeting = try await meetings(of: "emma", .statusMeeting).first!
        let anne = try await signedIn("anne")
        let moved = try await anne.post(SiteURL.meetingMove(meeting.id).path, ["date": "2026-12-14", "time": "09:15", "place": "Kantinen"])
        XCTAssertEqual(moved.status, .seeOther)

        let toEmma = try await outbox(to: "emma", .invitation)
        XCTAssertEqual(toEmma.count, 1)
        let mail = try XCTUnwrap(toEmma.first)
        XCTAssertTrue(mail.subject.hasPrefix(Language.sv.texts.mailMeetingSubject(.moved, title: "", when: "").prefix(8)), mail.subject)
        XCTAssertTrue(mail.body.contains("Kantinen") && mail.body.contains("14 december 2026"), mail.body)
        XCTAssertTrue(mail.body.contains("Anne Sørensen"))
        XCTAssertTrue(mail.body.contains(SiteURL.meeting(meeting.id).path))
        let mover = try await outbox(to: "anne")
        XCTAssertTrue(mover.isEmpty, "the one who moved it is not told")
        for note in try await MeetingNote.query(on: app.db).all().map(\.text) where note.count > 10 {
            XCTAssertFalse(mail.body.contains(note), "no notes in a mail")
        }

        let cancelled = try await anne.post(SiteURL.meetingCancel(meeting.id).path, [:])
        XCTAssertEqual(cancelled.status, .seeOther)
        let afterCancel = try await outbox(to: "emma", .invitation)
        XCTAssertEqual(afterCancel.count, 2)
    }

    func testAPersonSwitchesOffAKindAndChoosesTheLanguage() async throws {
        let emmaBrowser = try await signedIn("emma")
        let page = try await emmaBrowser.get(SiteURL.mailSettings.path)
        XCTAssertEqual(page.status, .ok)
        XCTAssertTrue(page.contains("emma@demo.godstart.dk"))
        XCTAssertFalse(page.contains("kinds-weeklyDigest"), "the digest is the coordinator's")
        let kept = MailKind.choosable.filter { $0 != .invitation && $0 != .weeklyDigest }.map { ("kinds[]", $0.rawValue) }
        let saved = try await emmaBrowser.post(SiteURL.mailSettings.path, pairs: kept + [("language", "en")])
        XCTAssertEqual(saved.status, .seeOther)
        let emma = try await person("emma")
        XCTAssertEqual(emma.mailSwitchedOff, "invitation")
        XCTAssertEqual(emma.mailLanguage, "en")

        let meeting = try await meetings(of: "emma", .statusMeeting).first!
        let anne = try await signedIn("anne")
        _ = try await anne.post(SiteURL.meetingMove(meeting.id).path, ["date": "2026-12-14", "time": "09:15", "place": ""])
        let toEmma = try await outbox(to: "emma")
        XCTAssertTrue(toEmma.isEmpty, "invitations switched off")

        let again = try await emmaBrowser.post(SiteURL.mailSettings.path, pairs: [("language", "pages")])
        XCTAssertEqual(again.status, .seeOther)
        let after = try await person("emma")
        XCTAssertNil(after.mailLanguage)
        XCTAssertEqual(MailPreferences(stored: after.mailSwitchedOff).switchedOff,
                       Set(MailKind.choosable).subtracting([.weeklyDigest, .mentoringAhead]),
                       "nothing ticked is everything off, bar what was not offered (a new hire is not asked about mentor reminders)")
        let settingsPage = try await emmaBrowser.get(SiteURL.mailSettings.path)
        XCTAssertFalse(settingsPage.contains("value=\"mentoringAhead\""), "a new hire is not offered the mentor's reminder")
        let thomasPage = try await signedIn("thomas").get(SiteURL.mailSettings.path)
        XCTAssertTrue(thomasPage.contains("value=\"mentoringAhead\""))
    }

    func testRemindersAreQueuedOnceHoweverOftenTheyRun() async throws {
        // A meeting tomorrow (Tuesday 24 November) for Jonas and his contact person.
        let meeting = try await meetings(of: "jonas").first { !$0.isHeld && !$0.isCancelled }!
        meeting.startsAt = LocalDate(year: 2026, month: 11, day: 24).instant(at: LocalTime(hour: 13), in: TimeZone(identifier: "Europe/Copenhagen")!)
        try await meeting.update(on: app.db)

        try await ReminderJob.run(on: app.db, settings: app.settings.mail, now: testNow)
        let first = try await outbox()
        try await ReminderJob.run(on: app.db, settings: app.settings.mail, now: testNow.addingTimeInterval(600))
        let second = try await outbox()
        XCTAssertEqual(first.count, second.count, "a reminder found again is not queued again")
        XCTAssertEqual(Set(second.compactMap(\.dedupKey)).count, second.count)

        let tomorrow = try await outbox(to: "jonas", .meetingTomorrow)
        XCTAssertEqual(tomorrow.count, 1)
        XCTAssertTrue(tomorrow[0].subject.contains("13:00"), tomorrow[0].subject)
        let digest = try await outbox(to: "marianne", .weeklyDigest)
        XCTAssertEqual(digest.count, 1, "the coordinator's Monday overview")
        XCTAssertTrue(digest[0].body.contains("Ida Christensen") || digest[0].body.contains("Laura Thomsen"), digest[0].body)
        // A week later the overview comes again; the day-before reminder does not.
        try await ReminderJob.run(on: app.db, settings: app.settings.mail, now: testNow.addingTimeInterval(7 * 86_400))
        let nextWeek = try await outbox(to: "marianne", .weeklyDigest)
        XCTAssertEqual(nextWeek.count, 2)
    }

    func testNoRemindersInTheNight() async throws {
        let night = LocalDate(year: 2026, month: 11, day: 23).instant(at: LocalTime(hour: 5), in: TimeZone(identifier: "Europe/Copenhagen")!)
        try await ReminderJob.run(on: app.db, settings: app.settings.mail, now: night)
        let queued = try await outbox()
        XCTAssertTrue(queued.isEmpty)
    }

    func testTheOutboxIsTheAdministratorsAndKeepsWhatWasTyped() async throws {
        let meeting = try await meetings(of: "emma", .statusMeeting).first!
        let anne = try await signedIn("anne")
        _ = try await anne.post(SiteURL.meetingMove(meeting.id).path, ["date": "2026-12-14", "time": "09:15", "place": ""])
        let mail = try await outbox(to: "emma").first!

        let lone = try await signedIn("lone")
        let list = try await lone.get(SiteURL.outbox.path)
        XCTAssertEqual(list.status, .ok)
        XCTAssertTrue(list.contains("emma@demo.godstart.dk"))
        XCTAssertTrue(list.contains(Language.da.texts.outboxNotSentWithoutServer))
        let one = try await lone.get(SiteURL.outboxMessage(mail.id).path)
        XCTAssertEqual(one.status, .ok)
        for key in ["marianne", "anne", "henrik", "emma"] {
            let other = try await signedIn(key)
            let status = try await other.get(SiteURL.outbox.path).status
            XCTAssertEqual(status, .notFound, key)
            let message = try await other.get(SiteURL.outboxMessage(mail.id).path).status
            XCTAssertEqual(message, .notFound, key)
        }

        let bad = try await lone.post(SiteURL.outboxTest.path, ["address": "not an address"])
        XCTAssertEqual(bad.status, .unprocessableEntity)
        XCTAssertTrue(bad.contains("value=\"not an address\""), "what was typed is kept")
        let good = try await lone.post(SiteURL.outboxTest.path, ["address": "it@kommune.dk"])
        XCTAssertEqual(good.status, .seeOther)
        let test = try await OutboxMessage.query(on: app.db).filter(\.$toAddress == "it@kommune.dk").all()
        XCTAssertEqual(test.map(\.kind), [MailKind.test.rawValue])
    }

    func testWithoutAServerTheWorkerLeavesMailInTheOutbox() async throws {
        try await Outbox.queueTest(to: "it@kommune.dk", organisation: try await Organisation.query(on: app.db).first()!, language: .da,
                                   settings: app.settings.mail, now: testNow, on: app.db)
        let sent = await MailWorker.runOnce(app)
        XCTAssertEqual(sent, 0)
        let message = try await OutboxMessage.query(on: app.db).first()!
        XCTAssertEqual(message.attempts, 0)
        XCTAssertNil(message.sentAt)
    }

    func testAServerThatIsDownKeepsTheMailAndTriesLater() async throws {
        try await Outbox.queueTest(to: "it@kommune.dk", organisation: try await Organisation.query(on: app.db).first()!, language: .da,
                                   settings: app.settings.mail, now: testNow, on: app.db)
        let failuresBefore = try await scrapeMetrics().value("godstart_job_failures_total", ["job": "mail"])
        // Port 9 on loopback: nothing listens there.
        app.settings.mail.smtp = SMTPConfiguration(host: "127.0.0.1", port: 9, security: .none, username: nil, password: nil,
                                                   from: "Godstart <godstart@kommune.dk>", caFile: nil, timeout: .seconds(5))
        let sent = await MailWorker.runOnce(app)
        XCTAssertEqual(sent, 0)
        let message = try await OutboxMessage.query(on: app.db).first()!
        XCTAssertEqual(message.attempts, 1)
        XCTAssertNil(message.sentAt)
        XCTAssertNil(message.failedAt)
        XCTAssertNil(message.claimedUntil)
        XCTAssertTrue(message.lastError?.contains("could not connect") ?? false, message.lastError ?? "")
        XCTAssertEqual(message.sendAfter, testNow.addingTimeInterval(app.settings.mail.retryBase))
        let again = await MailWorker.runOnce(app)
        XCTAssertEqual(again, 0, "not before its time")
        let unchanged = try await OutboxMessage.query(on: app.db).first()!
        XCTAssertEqual(unchanged.attempts, 1)

        let lone = try await signedIn("lone")
        let page = try await lone.get(SiteURL.outboxMessage(message.id).path)
        XCTAssertTrue(page.contains("could not connect"))
        let resend = try await lone.post(SiteURL.outboxResend(message.id).path, [:])
        XCTAssertEqual(resend.status, .seeOther)
        let due = try await OutboxMessage.query(on: app.db).first()!
        XCTAssertEqual(due.sendAfter, testNow)
        let metrics = try await scrapeMetrics()
        XCTAssertEqual(metrics.value("godstart_outbox_waiting"), 1, metrics.text)
        XCTAssertEqual(metrics.value("godstart_job_failures_total", ["job": "mail"]) - failuresBefore, 1)
    }

    func testTwoWorkersNeverClaimTheSameMail() async throws {
        let organisation = try await Organisation.query(on: app.db).first()!
        for index in 0..<40 {
            try await Outbox.queueTest(to: "it\(index)@kommune.dk", organisation: organisation, language: .da,
                                       settings: app.settings.mail, now: testNow, on: app.db)
        }
        let one = app.db, two = app.db
        async let first = MailWorker.claim(on: one, now: testNow, limit: 25)
        async let second = MailWorker.claim(on: two, now: testNow, limit: 25)
        let (a, b) = try await (first, second)
        let ids = a.compactMap(\.id) + b.compactMap(\.id)
        XCTAssertEqual(ids.count, 40)
        XCTAssertEqual(Set(ids).count, 40, "no mail claimed twice")
        let third = try await MailWorker.claim(on: app.db, now: testNow)
        XCTAssertTrue(third.isEmpty, "claimed mail is held for its lease")
        let afterLease = try await MailWorker.claim(on: app.db, now: testNow.addingTimeInterval(OutboxRules.claimLease + 1), limit: 100)
        XCTAssertEqual(afterLease.count, 40, "a worker that died gives its mail back after the lease")
    }

    func testPlanningAGroupSeriesInvitesByMail() async throws {
        let marianne = try await signedIn("marianne")
        let created = try await marianne.post(SiteURL.gatherings.path, [
            "kind": GatheringKind.newcomerNetwork.rawValue, "title": "Netværk for nyansatte", "firstDay": "2026-12-07", "time": "14:00",
            "everyWeeks": "4", "count": "3", "minutes": "90", "place": "Mødelokale 2",
        ])
        XCTAssertEqual(created.status, .seeOther)
        let invitations = try await outbox(to: nil, .invitation)
        XCTAssertFalse(invitations.isEmpty)
        XCTAssertTrue(invitations.allSatisfy { $0.subject.contains("Netværk for nyansatte") })
        XCTAssertTrue(invitations.contains { $0.toAddress == DemoData.email("emma") })
        XCTAssertTrue(invitations[0].body.contains("Mødelokale 2"))
    }

    func testRegisteringANewHireTellsThePeopleAroundThem() async throws {
        let unit = try await OrganisationUnit.query(on: app.db).filter(\.$name == "Børn og Unge").first()!
        let marianne = try await signedIn("marianne")
        let created = try await marianne.post(SiteURL.programmes.path, [
            "name": "Nora Vestergaard", "email": "nora@demo.godstart.dk", "unit": unit.id!.uuidString,
            "firstDay": "2027-01-11", "manager": try await person("henrik").id!.uuidString, "variant": "standard",
            "contactPerson": try await person("anne").id!.uuidString, "mentor": try await person("peter").id!.uuidString,
            "buddy": try await person("sofie").id!.uuidString,
        ])
        XCTAssertEqual(created.status, .seeOther)
        for key in ["anne", "peter", "sofie", "henrik"] {
            let mails = try await outbox(to: key, .invitation)
            XCTAssertEqual(mails.count, 1, key)
            XCTAssertTrue(mails[0].subject.contains("Nora Vestergaard"), mails[0].subject)
            XCTAssertTrue(mails[0].body.contains("11. januar 2027"), mails[0].body)
        }
        let anne = try await outbox(to: "anne", .invitation)
        XCTAssertTrue(anne[0].subject.contains("kontaktperson"), anne[0].subject)
        XCTAssertTrue(anne[0].body.contains(Language.da.texts.mailYourFirstMeeting))
        let none = try await outbox(to: "marianne")
        XCTAssertTrue(none.isEmpty, "not the coordinator who registered")
        let newcomer = try await outbox(to: "nora")
        XCTAssertTrue(newcomer.isEmpty, "the new hire gets their own link from the coordinator")
    }

    func testOutsideTheDemoTheAdministratorSeesTheFactsOfAMailNotItsText() async throws {
        app.settings.demoMode = false
        let meeting = try await meetings(of: "emma", .statusMeeting).first!
        let anne = try await signedIn("anne")
        _ = try await anne.post(SiteURL.meetingMove(meeting.id).path, ["date": "2026-12-14", "time": "09:15", "place": "Mødelokale Fyrtårnet"])
        let mail = try await outbox(to: "emma").first!
        let lone = try await signedIn("lone")
        let list = try await lone.get(SiteURL.outbox.path)
        XCTAssertTrue(list.contains("emma@demo.godstart.dk"))
        XCTAssertFalse(list.contains("Fyrtårnet") || list.contains(mail.subject), "the subject is the recipient's")
        let page = try await lone.get(SiteURL.outboxMessage(mail.id).path)
        XCTAssertEqual(page.status, .ok)
        XCTAssertFalse(page.contains("Fyrtårnet"), "the text is the recipient's")
        XCTAssertTrue(page.contains(Language.da.texts.outboxContentWithheld))
        _ = try await lone.post(SiteURL.outboxTest.path, ["address": "it@kommune.dk"])
        let test = try await OutboxMessage.query(on: app.db).filter(\.$kind == MailKind.test.rawValue).first()!
        let testPage = try await lone.get(SiteURL.outboxMessage(test.id).path)
        XCTAssertTrue(testPage.contains(Language.da.texts.mailTestBody), "a test mail is shown in full")
    }

    func testAReminderWhoseMeetingHasBegunIsNotSentLate() async throws {
        let meeting = try await meetings(of: "jonas").first { !$0.isHeld && !$0.isCancelled }!
        meeting.startsAt = LocalDate(year: 2026, month: 11, day: 24).instant(at: LocalTime(hour: 13), in: TimeZone(identifier: "Europe/Copenhagen")!)
        try await meeting.update(on: app.db)
        try await ReminderJob.run(on: app.db, settings: app.settings.mail, now: testNow)
        let reminder = try await outbox(to: "jonas", .meetingTomorrow).first!
        XCTAssertEqual(reminder.expiresAt, meeting.startsAt)
        let late = meeting.startsAt.addingTimeInterval(60)
        let claimed = try await MailWorker.claim(on: app.db, now: late, limit: 500)
        XCTAssertFalse(claimed.contains { $0.id == reminder.id })
        let after = try await OutboxMessage.find(reminder.id, on: app.db)!
        XCTAssertNotNil(after.failedAt)
        XCTAssertEqual(after.lastError, MailWorker.expiredError)
    }

    func testAChecklistItemLentToAColleagueOutsideRemindsWhoeverHoldsItsRole() async throws {
        let programme = try await programme(of: "emma")
        let item = try await ChecklistItem.query(on: app.db).filter(\.$programme.$id == programme.id!)
            .filter(\.$responsibleRole == ProgrammeRole.contactPerson.rawValue).first()!
        item.window = ChecklistWindow(from: LocalDate(year: 2026, month: 11, day: 20), to: LocalDate(year: 2026, month: 11, day: 25))
        item.$assignedPerson.id = try await person("rasmus").id
        try await item.update(on: app.db)
        try await ReminderJob.run(on: app.db, settings: app.settings.mail, now: testNow)
        let outsider = try await outbox(to: "rasmus", .checklistClosing)
        XCTAssertTrue(outsider.isEmpty, "Rasmus cannot open Emma's checklist")
        let anne = try await outbox(to: "anne", .checklistClosing)
        XCTAssertTrue(anne.contains { $0.dedupKey?.contains(item.id!.uuidString.lowercased()) ?? false })
    }

    func testSomeoneWithoutAPasswordGetsMailOnlyWhenSingleSignOnLetsThemIn() async throws {
        let emma = try await person("emma")
        emma.passwordHash = nil
        try await emma.update(on: app.db)
        let meeting = try await meetings(of: "emma", .statusMeeting).first!
        let anne = try await signedIn("anne")
        _ = try await anne.post(SiteURL.meetingMove(meeting.id).path, ["date": "2026-12-14", "time": "09:15", "place": ""])
        let before = try await outbox(to: "emma")
        XCTAssertTrue(before.isEmpty, "she cannot open the link yet")
        app.settings.singleSignOn = OIDCConfiguration(issuer: "https://login.kommune.dk", clientID: "godstart", clientSecret: "s",
                                                      organisationSlug: nil, displayName: nil)
        _ = try await anne.post(SiteURL.meetingMove(meeting.id).path, ["date": "2026-12-15", "time": "09:15", "place": ""])
        let after = try await outbox(to: "emma")
        XCTAssertEqual(after.count, 1, "with single sign-on she signs in by her e-mail address")
    }
}
