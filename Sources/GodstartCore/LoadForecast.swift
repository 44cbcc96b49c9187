import Foundation

/// A colleague's load as contact person or mentor over the coming months, so the coordinator
/// sees who becomes free when. A role is held from the programme's registration until the part
/// it belongs to ends: the contact person's with the introduction, the mentor's with the mentoring.
public struct Commitment: Equatable, Sendable {
    public let person: UUID
    public let role: CandidateRole
    /// The first day they no longer hold the role.
    public let until: LocalDate

    public init(person: UUID, role: CandidateRole, until: LocalDate) {
        self.person = person
        self.role = role
        self.until = until
    }
}

public struct LoadPoint: Equatable, Sendable {
    public let day: LocalDate
    public let load: Int
}

public struct LoadLine: Equatable, Sendable {
    public let person: UUID
    public let role: CandidateRole
    public let capacity: Int
    /// Today first, then the first day of each coming month.
    public let points: [LoadPoint]

    /// The first of the points on which they have room for one more; nil when none within the horizon.
    public var freeFrom: LocalDate? { points.first { $0.load < capacity }?.day }
}

public enum LoadForecast {
    /// How far ahead the coordinator looks.
    public static let months = 6

    /// Today, then the first day of each of the next `months` months.
    public static func days(from today: LocalDate, months: Int = months) -> [LocalDate] {
        let firstOfMonth = LocalDate(year: today.year, month: today.month, day: 1)
        return [today] + (1...months).map { firstOfMonth.adding(months: $0) }
    }

    /// One line per person and role they hold or could hold: their load on each day against their capacity.
    public static func lines(_ commitments: [Commitment], capacities: [UUID: Int], role: CandidateRole,
                             today: LocalDate, months: Int = months) -> [LoadLine] {
        let days = days(from: today, months: months)
        let byPerson = Dictionary(grouping: commitments.filter { $0.role == role }, by: \.person)
        return capacities.keys.sorted().map { person in
            let held = byPerson[person] ?? []
            return LoadLine(person: person, role: role, capacity: capacities[person]!,
                            points: days.map { day in LoadPoint(day: day, load: held.filter { $0.until > day }.count) })
        }
    }
}
