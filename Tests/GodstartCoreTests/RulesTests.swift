import XCTest
@testable import GodstartCore

final class RulesTests: XCTestCase {
    let manager = UUID(), anne = UUID(), peter = UUID()

    func testTheManagerCannotBeContactPersonOrMentor() {
        XCTAssertEqual(AssignmentRules.problems(.init(manager: manager, contactPerson: manager, mentor: peter,
                                                      contactPersonIsMentor: false, buddy: nil)), [.managerAsContactPerson])
        XCTAssertEqual(AssignmentRules.problems(.init(manager: manager, contactPerson: anne, mentor: manager,
                                                      contactPersonIsMentor: false, buddy: nil)), [.managerAsMentor])
        XCTAssertEqual(AssignmentRules.problems(.init(manager: manager, contactPerson: anne, mentor: nil,
                                                      contactPersonIsMentor: true, buddy: nil)), [])
        XCTAssertEqual(AssignmentRules.problems(.init(manager: manager, contactPerson: anne, mentor: nil,
                                                      contactPersonIsMentor: false, buddy: nil)), [.mentorMissing])
    }

    func testRelationsFollowTheProgramme() {
        let org = UUID(), other = UUID()
        let members = ProgrammeMembers(organisation: org, newcomer: UUID(), contactPerson: anne, mentor: anne, buddy: nil, manager: manager)
        XCTAssertEqual(Relations.of(Viewer(id: anne, organisation: org, isCoordinator: false, isAdmin: false), in: members),
                       [.contactPerson, .mentor])
        XCTAssertEqual(Relations.of(Viewer(id: UUID(), organisation: org, isCoordinator: false, isAdmin: false), in: members),
                       [.colleague])
        XCTAssertEqual(Relations.of(Viewer(id: UUID(), organisation: org, isCoordinator: true, isAdmin: false), in: members),
                       [.coordinator])
        XCTAssertEqual(Relations.of(Viewer(id: anne, organisation: other, isCoordinator: true, isAdmin: true), in: members),
                       [.outsider])
        XCTAssertTrue(Relations.isParticipant([.manager], in: .developmentTalk))
        XCTAssertTrue(Relations.isParticipant([.manager], in: .introductionClosing))
        XCTAssertFalse(Relations.isParticipant([.manager], in: .dialogueMeeting))
        XCTAssertFalse(Relations.isParticipant([.coordinator], in: .statusMeeting))
    }

    func testProgressCountsOnlyFacts() {
        let tz = TimeZone(identifier: "Europe/Copenhagen")!
        let now = LocalDate(year: 2026, month: 9, day: 10).instant(at: LocalTime(hour: 12), in: tz)
        func at(_ day: Int, _ hour: Int = 10) -> Date { LocalDate(year: 2026, month: 9, day: day).instant(at: LocalTime(hour: hour), in: tz) }
        let facts = [
            MeetingFact(kind: .statusMeeting, startsAt: at(1), held: true, heldAt: at(1, 11)),
            MeetingFact(kind: .statusMeeting, startsAt: at(8), held: false),
            MeetingFact(kind: .statusMeeting, startsAt: at(10, 9), held: false),
            MeetingFact(kind: .statusMeeting, startsAt: at(15), held: false),
        ]
        let progress = ProgrammeProgress.of(facts, now: now, timeZone: tz)
        XCTAssertEqual(progress.overdueCount, 1, "only the day before counts as overdue, not earlier today")
        XCTAssertEqual(progress.heldCount, 1)
        XCTAssertEqual(progress.nextIndex, 2)
        XCTAssertEqual(progress.lastHeldAt, at(1, 11))
    }
}
