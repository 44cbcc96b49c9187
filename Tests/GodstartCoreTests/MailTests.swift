import Foundation
import XCTest
@testable import GodstartCore

final class MailMessageTests: XCTestCase {
    let message = MailMessage(from: "Godstart <godstart@kommune.dk>", to: "emma@kommune.dk",
                              subject: "Mødet er flyttet: Statusmøde 2, tirsdag 8. december 2026 kl. 10:00",
                              body: "Hej Emma,\n\n.Linje med punktum først\nÆble, øl og år", messageID: "abc@kommune.dk",
                              date: Date(timeIntervalSince1970: 1_800_000_000))

    func testHeadersAreAsciiAndTheBodySurvivesInBase64() throws {
        let text = message.rfc5322
        let (head, body) = try XCTUnwrap(text.range(of: "\r\n\r\n").map { (String(text[..<$0.lowerBound]), String(text[$0.upperBound...])) })
        XCTAssertTrue(head.allSatisfy(\.isASCII), "headers are ASCII")
        XCTAssertTrue(head.contains("Subject: =?utf-8?B?"))
        XCTAssertTrue(head.contains("Message-ID: <abc@kommune.dk>"))
        XCTAssertTrue(head.contains("Date: Fri, 15 Jan 2027 08:00:00 +0000"))
        for line in head.components(separatedBy: "\r\n") { XCTAssertLessThanOrEqual(line.count, 998) }
        let lines = body.components(separatedBy: "\r\n").filter { !$0.isEmpty }
        XCTAssertTrue(lines.allSatisfy { $0.count <= 76 })
        let decoded = String(decoding: try XCTUnwrap(Data(base64Encoded: lines.joined())), as: UTF8.self)
        XCTAssertEqual(decoded, "Hej Emma,\r\n\r\n.Linje med punktum først\r\nÆble, øl og år")
    }

    func testTheSubjectDecodesToWhatWasWrittenWithNoCharacterSplit() throws {
        let header = MailMessage.encodedWord(message.subject)
        let words = header.components(separatedBy: "\r\n ")
        XCTAssertGreaterThan(words.count, 1)
        let decoded = try words.map { word -> String in
            XCTAssertLessThanOrEqual(word.count, 75)
            let inner = word.dropFirst("=?utf-8?B?".count).dropLast(2)
            return try XCTUnwrap(String(data: try XCTUnwrap(Data(base64Encoded: String(inner))), encoding: .utf8), "each word is whole UTF-8")
        }.joined()
        XCTAssertEqual(decoded, message.subject)
    }

    func testNothingTypedCanAddAHeader() {
        var evil = message
        evil.subject = "Hello\r\nBcc: everyone@example.org"
        evil.to = "emma@kommune.dk\nBcc: x@example.org"
        XCTAssertFalse(evil.rfc5322.contains("\r\nBcc:"))
        XCTAssertFalse(evil.rfc5322.contains("\nBcc:"))
    }

    func testTheDataEndsWithALoneDot() {
        XCTAssertTrue(message.smtpData.hasSuffix("\r\n.\r\n"))
        XCTAssertEqual(MailMessage.address(of: "Godstart <godstart@kommune.dk>"), "godstart@kommune.dk")
        XCTAssertEqual(MailMessage.address(of: " it@kommune.dk "), "it@kommune.dk")
    }
}

final class OutboxRulesTests: XCTestCase {
    func testTheWaitDoublesUpToSixHoursAndThenTheMailIsGivenUp() {
        XCTAssertEqual(OutboxRules.wait(afterAttempts: 1, base: 60), 60)
        XCTAssertEqual(OutboxRules.wait(afterAttempts: 2, base: 60), 120)
        XCTAssertEqual(OutboxRules.wait(afterAttempts: 4, base: 60), 480)
        XCTAssertEqual(OutboxRules.wait(afterAttempts: 30, base: 60), OutboxRules.longestWait)
        let now = Date(timeIntervalSince1970: 0)
        XCTAssertEqual(OutboxRules.nextAttempt(afterAttempts: 1, failedAt: now, base: 60), Date(timeIntervalSince1970: 60))
        XCTAssertNil(OutboxRules.nextAttempt(afterAttempts: OutboxRules.maximumAttempts, failedAt: now, base: 60))
    }

    func testPreferencesKeepOnlyWhatCanBeSwitchedOff() {
        let preferences = MailPreferences(stored: "invitation,test,nonsense,weeklyDigest")
        XCTAssertEqual(preferences.switchedOff, [.invitation, .weeklyDigest])
        XCTAssertFalse(preferences.wants(.invitation))
        XCTAssertTrue(preferences.wants(.meetingTomorrow))
        XCTAssertEqual(preferences.stored, "invitation,weeklyDigest")
        XCTAssertNil(MailPreferences().stored)
    }
}

final class ReminderRulesTests: XCTestCase {
    let monday = LocalDate(year: 2026, month: 11, day: 23)
    let meeting = UUID(), programme = UUID(), emma = UUID(), anne = UUID()

    func testTheDayBeforeAMeetingEachParticipantOnce() {
        let due = ReminderRules.meetingTomorrow(meeting, on: monday.adding(days: 1), participants: [emma, anne, emma], today: monday)
        XCTAssertEqual(Set(due.map(\.recipient)), [emma, anne])
        XCTAssertEqual(Set(due.map(\.key)).count, 2)
        XCTAssertTrue(ReminderRules.meetingTomorrow(meeting, on: monday.adding(days: 2), participants: [emma], today: monday).isEmpty)
        XCTAssertTrue(ReminderRules.meetingTomorrow(meeting, on: monday, participants: [emma], today: monday).isEmpty)
        let moved = ReminderRules.meetingTomorrow(meeting, on: monday.adding(days: 8), participants: [emma], today: monday.adding(days: 7))
        XCTAssertNotEqual(moved.first?.key, due.first { $0.recipient == emma }?.key, "a moved meeting reminds again")
    }

    func testWeeklyRemindersShareAKeyWithinTheWeek() {
        let wednesday = monday.adding(days: 2)
        XCTAssertEqual(ReminderRules.week(of: wednesday), monday)
        XCTAssertEqual(ReminderRules.week(of: monday.adding(days: 6)), monday)
        let a = ReminderRules.mentoringAhead(programme, mentor: anne, needsPlanning: true, today: monday)
        let b = ReminderRules.mentoringAhead(programme, mentor: anne, needsPlanning: true, today: wednesday)
        let c = ReminderRules.mentoringAhead(programme, mentor: anne, needsPlanning: true, today: monday.adding(days: 7))
        XCTAssertEqual(a?.key, b?.key)
        XCTAssertNotEqual(a?.key, c?.key)
        XCTAssertNil(ReminderRules.mentoringAhead(programme, mentor: anne, needsPlanning: false, today: monday))
        XCTAssertNil(ReminderRules.mentoringAhead(programme, mentor: nil, needsPlanning: true, today: monday))
        XCTAssertNil(ReminderRules.weeklyDigest(coordinator: anne, organisation: programme, alerts: 0, today: monday))
        XCTAssertNotNil(ReminderRules.weeklyDigest(coordinator: anne, organisation: programme, alerts: 2, today: monday))
    }

    func testAChecklistItemRemindsInItsLastThreeDaysUnlessDone() {
        let item = UUID()
        let closes = monday.adding(days: 3)
        XCTAssertNotNil(ReminderRules.checklistClosing(item, closes: closes, covered: false, responsible: anne, today: monday))
        XCTAssertNil(ReminderRules.checklistClosing(item, closes: closes.adding(days: 1), covered: false, responsible: anne, today: monday))
        XCTAssertNil(ReminderRules.checklistClosing(item, closes: monday.adding(days: -1), covered: false, responsible: anne, today: monday))
        XCTAssertNil(ReminderRules.checklistClosing(item, closes: closes, covered: true, responsible: anne, today: monday))
        XCTAssertNil(ReminderRules.checklistClosing(item, closes: closes, covered: false, responsible: nil, today: monday))
    }

    func testAnOpenEvaluationRemindsOnce() {
        let open = ReminderRules.evaluationDue(programme, evaluation: .threeMonths, respondent: emma, state: .open(since: monday))
        let later = ReminderRules.evaluationDue(programme, evaluation: .threeMonths, respondent: emma, state: .open(since: monday.adding(days: -5)))
        XCTAssertEqual(open?.key, later?.key)
        XCTAssertNil(ReminderRules.evaluationDue(programme, evaluation: .threeMonths, respondent: emma, state: .answered))
        XCTAssertNil(ReminderRules.evaluationDue(programme, evaluation: .threeMonths, respondent: emma, state: .notOpenYet(opens: monday)))
    }
}
