import GodstartCore
import XCTest

final class DataRightsTests: XCTestCase {
    let talk = LocalDate(year: 2026, month: 3, day: 2)

    func testAProgrammeEndsWhenEndedEarlyWhenItsTalkIsHeldOrAMonthAfterThePlannedTalk() {
        let early = LocalDate(year: 2025, month: 11, day: 10)
        XCTAssertEqual(StoragePeriod.endDay(plannedDevelopmentTalk: talk, developmentTalkHeldOn: nil, endedOn: early), early)
        let held = LocalDate(year: 2026, month: 2, day: 20)
        XCTAssertEqual(StoragePeriod.endDay(plannedDevelopmentTalk: talk, developmentTalkHeldOn: held, endedOn: nil), held)
        XCTAssertEqual(StoragePeriod.endDay(plannedDevelopmentTalk: talk, developmentTalkHeldOn: nil, endedOn: nil),
                       LocalDate(year: 2026, month: 4, day: 1))
    }

    func testTextsArePurgedOnTheDayTheStoragePeriodRunsOut() {
        let end = LocalDate(year: 2026, month: 1, day: 31)
        XCTAssertEqual(StoragePeriod.purgeDay(endedOn: end, months: 12), LocalDate(year: 2027, month: 1, day: 31))
        XCTAssertFalse(StoragePeriod.isDue(endedOn: end, months: 12, today: LocalDate(year: 2027, month: 1, day: 30)))
        XCTAssertTrue(StoragePeriod.isDue(endedOn: end, months: 12, today: LocalDate(year: 2027, month: 1, day: 31)))
        XCTAssertTrue(StoragePeriod.monthChoices.contains(StoragePeriod.defaultMonths))
    }

    func testAnAdministratorErasesNeitherThemselvesNorTheLastAdministrator() {
        XCTAssertEqual(ErasureRules.refusal(isSelf: true, isAdministrator: true, otherAdministrators: 3, alreadyErased: false), .yourself)
        XCTAssertEqual(ErasureRules.refusal(isSelf: false, isAdministrator: true, otherAdministrators: 0, alreadyErased: false),
                       .lastAdministrator)
        XCTAssertNil(ErasureRules.refusal(isSelf: false, isAdministrator: true, otherAdministrators: 1, alreadyErased: false))
        XCTAssertNil(ErasureRules.refusal(isSelf: false, isAdministrator: false, otherAdministrators: 0, alreadyErased: false))
        XCTAssertEqual(ErasureRules.refusal(isSelf: false, isAdministrator: false, otherAdministrators: 0, alreadyErased: true),
                       .alreadyErased)
    }
}
