import XCTest
@testable import GodstartCore

/// Issue 22: who may be chosen, as a table of role × kind of colleague.
final class EligibilityTests: XCTestCase {
    let newHire = UUID(), manager = UUID()
    let starts = LocalDate(year: 2027, month: 3, day: 1)
    var opening: RoleOpening { RoleOpening(newHire: newHire, manager: manager, starts: starts) }

    /// Each kind of colleague the coordinator meets, and what each role makes of them.
    var table: [(kind: String, colleague: ColleagueStanding, contactPerson: Eligibility, mentor: Eligibility, buddy: Eligibility)] {
        let started = LocalDate(year: 2020, month: 1, day: 1)
        func colleague(_ change: (inout ColleagueStanding) -> Void = { _ in }) -> ColleagueStanding {
            var standing = ColleagueStanding(id: UUID(), employedFrom: started)
            change(&standing)
            return standing
        }
        return [
            ("a willing, experienced colleague", colleague(), .offered, .offered, .offered),
            ("the new hire", ColleagueStanding(id: newHire, employedFrom: starts), .never(.theNewHire), .never(.theNewHire), .never(.theNewHire)),
            ("the new hire's manager", ColleagueStanding(id: manager, managesAnyone: true),
             .never(.theNewHiresManager), .never(.theNewHiresManager), .never(.theNewHiresManager)),
            ("a manager of another unit", colleague { $0.managesAnyone = true }, .offered, .never(.aManager), .offered),
            ("a colleague who has not said yes to mentoring", colleague { $0.willingToMentor = false },
             .offered, .onlyWithReason([.notWilling]), .offered),
            ("a coordinator who takes no new hires", colleague { $0.onlyAdministrative = true },
             .never(.onlyAdministrative), .never(.onlyAdministrative), .never(.onlyAdministrative)),
            ("a colleague who starts after the new hire", colleague { $0.employedFrom = self.starts.adding(days: 14) },
             .never(.notStarted), .never(.notStarted), .never(.notStarted)),
            ("a colleague leaving in two months", colleague { $0.leavesOn = self.starts.adding(months: 2) },
             .never(.leavesBeforeTheRoleEnds), .never(.leavesBeforeTheRoleEnds), .never(.leavesBeforeTheRoleEnds)),
            ("a colleague leaving in six months", colleague { $0.leavesOn = self.starts.adding(months: 6) },
             .offered, .never(.leavesBeforeTheRoleEnds), .offered),
            ("a colleague leaving the day the mentoring ends", colleague { $0.leavesOn = self.opening.roleEnds(.mentor) },
             .offered, .offered, .offered),
            ("a new hire a month into their own introduction", colleague { $0.ownProgrammeStarted = self.starts.adding(months: -1) },
             .never(.inOwnIntroduction), .never(.inOwnIntroduction), .never(.inOwnIntroduction)),
            ("a new hire five months in", colleague { $0.ownProgrammeStarted = self.starts.adding(months: -5) },
             .onlyWithReason([.inOwnFirstYear]), .onlyWithReason([.inOwnFirstYear]), .offered),
            ("an unwilling new hire five months in", colleague { $0.ownProgrammeStarted = self.starts.adding(months: -5); $0.willingToMentor = false },
             .onlyWithReason([.inOwnFirstYear]), .onlyWithReason([.notWilling, .inOwnFirstYear]), .offered),
            ("a colleague hired from HR five months ago, without a programme", colleague { $0.employedFrom = self.starts.adding(months: -5) },
             .onlyWithReason([.inOwnFirstYear]), .onlyWithReason([.inOwnFirstYear]), .offered),
            ("a colleague hired from HR a month ago", colleague { $0.employedFrom = self.starts.adding(months: -1) },
             .never(.inOwnIntroduction), .never(.inOwnIntroduction), .never(.inOwnIntroduction)),
            ("a colleague a year and a day in", colleague { $0.ownProgrammeStarted = self.starts.adding(months: -12) },
             .offered, .offered, .offered),
        ]
    }

    func testEachKindOfColleagueIsOfferedAllowedWithAReasonOrNeverPerRole() {
        for row in table {
            XCTAssertEqual(EligibilityRules.eligibility(of: row.colleague, as: .contactPerson, for: opening), row.contactPerson, "contact person: \(row.kind)")
            XCTAssertEqual(EligibilityRules.eligibility(of: row.colleague, as: .mentor, for: opening), row.mentor, "mentor: \(row.kind)")
            XCTAssertEqual(EligibilityRules.eligibility(of: row.colleague, as: .buddy, for: opening), row.buddy, "buddy: \(row.kind)")
        }
    }

    func testOnlyTheOfferedAreSuggestedAndOnlyTheNeverAreRefusedOutright() {
        XCTAssertTrue(Eligibility.offered.isOffered)
        XCTAssertTrue(Eligibility.offered.canBeChosen)
        XCTAssertFalse(Eligibility.onlyWithReason([.notWilling]).isOffered)
        XCTAssertTrue(Eligibility.onlyWithReason([.notWilling]).canBeChosen)
        XCTAssertFalse(Eligibility.never(.aManager).canBeChosen)
    }

    func testTheRolesEndAfterTheIntroductionAndAfterTheMentoring() {
        XCTAssertEqual(opening.roleEnds(.contactPerson), LocalDate(year: 2027, month: 5, day: 31))
        XCTAssertEqual(opening.roleEnds(.buddy), LocalDate(year: 2027, month: 5, day: 31))
        XCTAssertEqual(opening.roleEnds(.mentor), LocalDate(year: 2028, month: 2, day: 29))
        let shorter = RoleOpening(newHire: newHire, manager: manager, starts: starts, introductionMonths: 2, mentoringMonths: 4)
        XCTAssertEqual(shorter.roleEnds(.mentor), LocalDate(year: 2027, month: 8, day: 31))
        var leaving = ColleagueStanding(id: UUID(), leavesOn: LocalDate(year: 2027, month: 9, day: 30))
        XCTAssertEqual(EligibilityRules.eligibility(of: leaving, as: .mentor, for: shorter), .offered, "a temporary hire's shorter programme")
        leaving.leavesOn = LocalDate(year: 2027, month: 8, day: 30)
        XCTAssertEqual(EligibilityRules.eligibility(of: leaving, as: .mentor, for: shorter), .never(.leavesBeforeTheRoleEnds))
    }

    func testAnOverrideReasonIsASentenceNotAKeystroke() {
        XCTAssertNil(OverrideReason.accepted(nil))
        XCTAssertNil(OverrideReason.accepted("ok"))
        XCTAssertNil(OverrideReason.accepted("   fordi ja     \n"), "spaces do not count")
        XCTAssertEqual(OverrideReason.accepted("  Eneste med erfaring i DUBU  "), "Eneste med erfaring i DUBU")
        XCTAssertEqual(OverrideReason.minimumLength, 15)
    }
}
