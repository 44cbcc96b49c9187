import Fluent
import Foundation
import GodstartCore

/// A day the organisation closes beyond its country's public holidays ("Personaledag"): plans put
/// nothing on it.
final class OwnClosedDay: Model, @unchecked Sendable {
    static let schema = "own_closed_days"

    @ID(key: .id) var id: UUID?
    @Parent(key: "organisation_id") var organisation: Organisation
    /// `yyyy-mm-dd`.
    @Field(key: "date") var date: String
    @Field(key: "name") var name: String

    var properties: [any AnyProperty] { [$id, $organisation, $date, $name] }

    init() {}

    init(organisationID: UUID, date: LocalDate, name: String) {
        self.$organisation.id = organisationID
        self.date = date.iso
        self.name = name
    }

    var closedDay: ClosedDay? { LocalDate(iso: date).map { ClosedDay(date: $0, name: .own(name)) } }
}

extension Organisation {
    /// The country whose public holidays close its working days: as set, else as its time zone says.
    var country: HolidayCountry { holidayCountry.flatMap(HolidayCountry.init(rawValue:)) ?? .likely(forTimeZone: timeZoneIdentifier) }

    /// The days it works (`WorkingCalendar`): no weekend, public holiday, customary closed day
    /// (unless switched off) or own closed day.
    func workingCalendar(on db: any Database) async throws -> WorkingCalendar {
        let own = try await OwnClosedDay.query(on: db).filter(\.$organisation.$id == requireID()).all()
        return workingCalendar(own: own.compactMap(\.closedDay))
    }

    /// The same with its own closed days given (a generated organisation has none yet).
    func workingCalendar(own: [ClosedDay]) -> WorkingCalendar {
        WorkingCalendar(country: country, customary: closesCustomaryDays ?? true, own: own)
    }
}
