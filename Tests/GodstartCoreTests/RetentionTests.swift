import XCTest
@testable import GodstartCore

final class RetentionTests: XCTestCase {
    let today = LocalDate(year: 2026, month: 11, day: 30)

    /// The textbook table, computed by hand: eight people, three of them still employed when last
    /// seen (censored), two leaving on the same day.
    func testTheEstimateMatchesAHandComputedTableWithCensoring() {
        let observations = [(3, true), (5, false), (7, true), (7, true), (9, false), (12, true), (12, false), (15, false)]
            .map { SurvivalObservation(days: $0.0, ended: $0.1) }
        let steps = KaplanMeier.estimate(observations.shuffled())
        XCTAssertEqual(steps.map(\.day), [3, 5, 7, 9, 12, 15])
        XCTAssertEqual(steps.map(\.atRisk), [8, 7, 6, 4, 3, 1])
        XCTAssertEqual(steps.map(\.events), [1, 0, 2, 0, 1, 0])
        XCTAssertEqual(steps.map(\.censored), [0, 1, 0, 1, 1, 1])
        let first: Double = 7.0 / 8
        let second: Double = first * 4 / 6
        let third: Double = second * 2 / 3
        let expected: [Double] = [first, first, second, second, third, third]
        for (step, value) in zip(steps, expected) { XCTAssertEqual(step.survival, value, accuracy: 1e-12) }
        XCTAssertEqual(KaplanMeier.survival(at: 2, steps), 1)
        XCTAssertEqual(KaplanMeier.survival(at: 10, steps)!, 0.583333, accuracy: 1e-6)
        XCTAssertNil(KaplanMeier.survival(at: 16, steps), "nobody was seen that long")
        XCTAssertEqual(KaplanMeier.atRisk(at: 8, steps), 4)
        XCTAssertEqual(KaplanMeier.atRisk(at: 12, steps), 3)
        XCTAssertEqual(KaplanMeier.atRisk(at: 16, steps), 0)
    }

    func testACurveThatReachesZeroStaysThere() {
        let steps = KaplanMeier.estimate([SurvivalObservation(days: 4, ended: true), SurvivalObservation(days: 9, ended: true)])
        XCTAssertEqual(KaplanMeier.survival(at: 5, steps), 0.5)
        XCTAssertEqual(KaplanMeier.survival(at: 400, steps), 0)
    }

    func testAnEmploymentIsObservedUntilItEndsOrUntilToday() {
        let start = LocalDate(year: 2026, month: 1, day: 1)
        XCTAssertEqual(Employment(start: start, end: LocalDate(year: 2026, month: 3, day: 2)).observation(on: today),
                       SurvivalObservation(days: 60, ended: true))
        XCTAssertEqual(Employment(start: start, end: nil).observation(on: today), SurvivalObservation(days: 333, ended: false))
        XCTAssertEqual(Employment(start: start, end: LocalDate(year: 2027, month: 1, day: 31)).observation(on: today),
                       SurvivalObservation(days: 333, ended: false), "a notice still running is not a leaving yet")
        XCTAssertNil(Employment(start: today.adding(days: 1), end: nil).observation(on: today), "not begun")
    }

    func testSmallHireYearsAreMergedSoEveryCohortHasAtLeastFive() {
        let cohorts = RetentionRules.cohorts(sizes: [2019: 2, 2020: 4, 2021: 6, 2022: 1, 2023: 3])
        XCTAssertEqual(cohorts, [Cohort(firstYear: 2019, lastYear: 2020, size: 6), Cohort(firstYear: 2021, lastYear: 2023, size: 10)])
        XCTAssertEqual(RetentionRules.cohorts(sizes: [2024: 5, 2025: 7]),
                       [Cohort(firstYear: 2024, lastYear: 2024, size: 5), Cohort(firstYear: 2025, lastYear: 2025, size: 7)])
        XCTAssertEqual(RetentionRules.cohorts(sizes: [2024: 2, 2025: 2]), [], "too few altogether: nothing is shown")
        for sizes in [[2018: 1, 2019: 9, 2020: 4], [2020: 3, 2021: 3, 2022: 3, 2023: 3], [2025: 40]] {
            let cohorts = RetentionRules.cohorts(sizes: sizes)
            XCTAssertTrue(cohorts.allSatisfy { $0.size >= RetentionRules.minimumGroupSize })
            XCTAssertEqual(cohorts.map(\.size).reduce(0, +), sizes.values.reduce(0, +), "nobody is left out")
        }
    }

    func testTheFiguresGiveTheShareStillEmployedByCohortAndBeforeAndSinceTheProgramme() {
        func hired(_ year: Int, _ count: Int, leftAfterDays: Int? = nil) -> [Employment] {
            let start = LocalDate(year: year, month: 8, day: 1)
            return (0..<count).map { _ in Employment(start: start, end: leftAfterDays.map { start.adding(days: $0) }) }
        }
        let employments = hired(2022, 4, leftAfterDays: 100) + hired(2022, 4) + hired(2024, 3, leftAfterDays: 500) + hired(2024, 3)
            + hired(2025, 2) + [Employment(start: today.adding(days: 30), end: nil)]
        let figures = RetentionFigures.of(employments, on: today, programmeStart: LocalDate(year: 2024, month: 1, day: 1))
        XCTAssertEqual(figures.counted, 16, "an employment that has not begun is not counted")
        XCTAssertEqual(figures.cohorts.map(\.group), [.cohort(Cohort(firstYear: 2022, lastYear: 2022, size: 8)),
                                                     .cohort(Cohort(firstYear: 2024, lastYear: 2025, size: 8))])
        XCTAssertEqual(figures.cohorts[0].survival(afterMonths: 6), 0.5)
        XCTAssertEqual(figures.cohorts[0].survival(afterMonths: 24), 0.5)
        XCTAssertEqual(figures.cohorts[1].survival(afterMonths: 12), 1)
        XCTAssertEqual(figures.cohorts[1].survival(afterMonths: 24)!, 0.5, accuracy: 1e-12, "three of six seen past 500 days left")
        XCTAssertEqual(figures.cohorts[1].atRisk(afterMonths: 24), 3, "three left, and the 2025 hires are not yet seen two years")
        XCTAssertEqual(figures.comparison.map(\.group), [.beforeProgramme, .sinceProgramme])
        XCTAssertEqual(figures.comparison.map(\.size), [8, 8])

        XCTAssertEqual(figures.comparisonFromYear, 2024)

        // A programme begun in the middle of a merged cohort: the whole cohort counts as "since",
        // so both sides stay unions of the cohorts shown.
        let merged = RetentionFigures.of(hired(2021, 6) + hired(2022, 2) + hired(2023, 4) + hired(2024, 5), on: today,
                                         programmeStart: LocalDate(year: 2023, month: 6, day: 1))
        XCTAssertEqual(merged.cohorts.map(\.size), [6, 6, 5])
        XCTAssertEqual(merged.comparisonFromYear, 2022)
        XCTAssertEqual(merged.comparison.map(\.size), [6, 11])

        let fewBefore = RetentionFigures.of(hired(2023, 3) + hired(2025, 9), on: today, programmeStart: LocalDate(year: 2024, month: 1, day: 1))
        XCTAssertEqual(fewBefore.comparison, [], "a side with fewer than five is not compared")
    }

    /// Issue 20, item 5: what leaves Godstart is whole months; two leavings in one month of a small
    /// group are one figure, and no day of a leaving is in it.
    func testTheCurveByMonthGivesWholeMonthsOnly() {
        // Days 10 and 25 fall in month 1; 40 and 45 in month 2 (31-61); 100 in month 4 (92-122).
        let observations = [(10, true), (25, true), (40, true), (45, false), (100, false), (100, false)]
            .map { SurvivalObservation(days: $0.0, ended: $0.1) }
        let curve = RetentionCurve(group: .sinceProgramme, size: observations.count, steps: KaplanMeier.estimate(observations))
        let months = curve.byMonth
        XCTAssertEqual(months.map(\.month), [1, 2, 3, 4])
        XCTAssertEqual(months.map(\.atStart), [6, 4, 2, 2])
        XCTAssertEqual(months.map(\.left), [2, 1, 0, 0])
        XCTAssertEqual(months.map(\.lastSeenEmployed), [0, 1, 0, 2])
        XCTAssertEqual(months[0].survivalAtEnd!, 4.0 / 6, accuracy: 1e-12)
        XCTAssertEqual(months[1].survivalAtEnd!, 4.0 / 6 * 3 / 4, accuracy: 1e-12)
        XCTAssertEqual(months[2].survivalAtEnd!, 0.5, accuracy: 1e-12)
        XCTAssertNil(months[3].survivalAtEnd, "nobody was followed to the end of month 4")
        XCTAssertEqual(RetentionRules.month(containing: 0), 1)
        XCTAssertEqual(RetentionRules.month(containing: 30), 1)
        XCTAssertEqual(RetentionRules.month(containing: 31), 2)
        XCTAssertEqual(RetentionCurve(group: .sinceProgramme, size: 0, steps: []).byMonth, [])
    }
}
