import GodstartCore
import XCTest

/// Which allowed reads go into the audit log: someone else's private text, not one's own work.
final class AuditRulesTests: XCTestCase {
    func testOwnWritingAndSharedWorkAreNotSomeoneElsesReading() {
        XCTAssertFalse(AuditRules.recordsRead(of: .logbookEntry, by: [.newcomer], AccessContext(isAuthor: true)))
        XCTAssertFalse(AuditRules.recordsRead(of: .mentoringMeetingNotes, by: [.mentor], AccessContext(part: .mentoring)))
        XCTAssertFalse(AuditRules.recordsRead(of: .mentoringMeetingNotes, by: [.newcomer], AccessContext(part: .mentoring)))
        XCTAssertFalse(AuditRules.recordsRead(of: .statusMeetingNotes, by: [.contactPerson], AccessContext()))
        XCTAssertFalse(AuditRules.recordsRead(of: .developmentTalkNotes, by: [.manager], AccessContext()))
        XCTAssertFalse(AuditRules.recordsRead(of: .plan, by: [.coordinator], AccessContext()), "dates are not private text")
    }

    func testReadingWhatAnotherWroteOrSharedIsRecorded() {
        XCTAssertTrue(AuditRules.recordsRead(of: .logbookEntry, by: [.mentor], AccessContext(isSharedWithPerson: true)))
        XCTAssertTrue(AuditRules.recordsRead(of: .processJournal, by: [.formerMentor], AccessContext(isSharedWithPerson: true)))
        XCTAssertTrue(AuditRules.recordsRead(of: .preparationAnswers, by: [.newcomer], AccessContext(isSharedWithPerson: true)),
                      "the mentee reading the mentor's answers")
        XCTAssertTrue(AuditRules.recordsRead(of: .mentoringMeetingNotes, by: [.manager], AccessContext(isParticipant: true)),
                      "a manager invited to a three-party meeting")
        XCTAssertTrue(AuditRules.recordsRead(of: .competencePlan, by: [.manager], AccessContext(isSharedWithPerson: true)))
    }

    func testAMentorWhoTookOverReadsTheEarlierMentoringAsSomeoneElse() {
        let earlier = AccessContext(isSharedWithPerson: true, part: .mentoring, isFromEarlierMentorship: true)
        XCTAssertTrue(AuditRules.recordsRead(of: .learningGoals, by: [.mentor], earlier))
        XCTAssertFalse(AuditRules.recordsRead(of: .learningGoals, by: [.newcomer], earlier))
    }

    func testOnlyTheAdministratorSeesTheWholeLog() {
        XCTAssertTrue(AuditRules.seesWholeLog([.admin]))
        for standing: Set<ProgrammeRelation> in [[.coordinator], [.manager], [.colleague]] {
            XCTAssertFalse(AuditRules.seesWholeLog(standing))
        }
    }
}
