import Fluent
import Foundation
import GodstartCore

/// Eight years of hires in the demo municipality, from HR: more of them left early before the
/// programme began than since, as Skärholmen saw. Deterministic, so the demo shows the same figures each time.
enum DemoEmployments {
    static func add(organisationID: UUID, units: [UUID], programmeStart: LocalDate, today: LocalDate, on db: Database) async throws {
        var seed: UInt64 = 20_261_130
        func next(_ bound: Int) -> Int {
            seed = seed &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return Int((seed >> 33) % UInt64(bound))
        }
        var records: [EmploymentRecord] = []
        for year in (today.year - 7)...today.year {
            for number in 0..<(8 + next(5)) {
                let start = LocalDate(year: year, month: 1 + next(12), day: 1 + next(28))
                guard start < today else { continue }
                let since = start >= programmeStart
                let draw = next(100)
                // Before: a third gone within the year, a fifth more within two and a half; since: far fewer.
                let daysEmployed: Int? = draw < (since ? 12 : 33) ? 30 + next(330)
                    : draw < (since ? 22 : 53) ? 365 + next(540) : nil
                let end = daysEmployed.map { start.adding(days: $0) }.flatMap { $0 < today ? $0 : nil }
                records.append(EmploymentRecord(organisationID: organisationID, unitID: units[next(units.count)],
                                                reference: "m-\(year)-\(String(format: "%02d", number + 1))", start: start, end: end))
            }
        }
        try await records.create(on: db)
    }
}
