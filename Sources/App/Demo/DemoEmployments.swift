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
        var hire = 0
        for year in (today.year - 7)...today.year {
            for number in 0..<(8 + next(5)) {
                let start = LocalDate(year: year, month: 1 + next(12), day: 1 + next(28))
                hire += 1
                guard start < today else { continue }
                // Before: about a third gone within the year and a fifth more later; since: about one in ten, and one in ten later.
                let early = start >= programmeStart ? hire % 9 == 4 : hire % 3 == 1
                let later = start >= programmeStart ? hire % 9 == 7 : hire % 5 == 2
                let daysEmployed: Int? = early ? 60 + (hire * 37) % 280 : later ? 380 + (hire * 53) % 500 : nil
                let end = daysEmployed.map { start.adding(days: $0) }.flatMap { $0 < today ? $0 : nil }
                records.append(EmploymentRecord(organisationID: organisationID, unitID: units[next(units.count)],
                                                reference: "m-\(year)-\(String(format: "%02d", number + 1))", start: start, end: end))
            }
        }
        try await records.create(on: db)
    }
}
