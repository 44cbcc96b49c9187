import Fluent
import Foundation

/// A municipality (or one of its departments) using Godstart. Nothing crosses between organisations.
final class Organisation: Model, @unchecked Sendable {
    static let schema = "organisations"

    @ID(key: .id) var id: UUID?
    @Field(key: "name") var name: String
    /// The slug a demo or import recognises the organisation by.
    @Field(key: "slug") var slug: String
    /// The IANA time zone that plans are computed in (Europe/Copenhagen, Europe/Stockholm).
    @Field(key: "time_zone") var timeZoneIdentifier: String
    @Field(key: "default_language") var defaultLanguage: String
    /// The columns the administrator mapped in the last staff import (`StaffMapping.stored`).
    @OptionalField(key: "staff_import_mapping") var staffImportMapping: String?
    /// With single sign-on: someone the identity provider knows but Godstart does not is created.
    @Field(key: "sso_creates_people") var ssoCreatesPeople: Bool
    /// With single sign-on: a password still signs in. Without it, always.
    @Field(key: "password_sign_in") var passwordSignIn: Bool
    /// Months a programme's private texts are kept after it ends; nil: `StoragePeriod.defaultMonths`.
    @OptionalField(key: "storage_months") var storageMonths: Int?
    /// `HolidayCountry`'s raw value ("DK", "SE"); nil: as the time zone says (`country`).
    @OptionalField(key: "holiday_country") var holidayCountry: String?
    /// Closed on 24 and 31 December (and in Denmark on Constitution Day); nil: yes.
    @OptionalField(key: "closes_customary_days") var closesCustomaryDays: Bool?

    var properties: [any AnyProperty] {
        [$id, $name, $slug, $timeZoneIdentifier, $defaultLanguage, $staffImportMapping, $ssoCreatesPeople,
         $passwordSignIn, $storageMonths, $holidayCountry, $closesCustomaryDays]
    }

    init() {}

    init(id: UUID? = nil, name: String, slug: String, timeZoneIdentifier: String, defaultLanguage: String) {
        self.id = id
        self.name = name
        self.slug = slug
        self.timeZoneIdentifier = timeZoneIdentifier
        self.defaultLanguage = defaultLanguage
        self.ssoCreatesPeople = false
        self.passwordSignIn = true
    }

    var timeZone: TimeZone { TimeZone(identifier: timeZoneIdentifier) ?? TimeZone(identifier: "Europe/Copenhagen")! }
}

final class OrganisationUnit: Model, @unchecked Sendable {
    static let schema = "units"

    @ID(key: .id) var id: UUID?
    @Parent(key: "organisation_id") var organisation: Organisation
    @Field(key: "name") var name: String

    var properties: [any AnyProperty] { [$id, $organisation, $name] }

    init() {}

    init(id: UUID? = nil, organisationID: UUID, name: String) {
        self.id = id
        self.$organisation.id = organisationID
        self.name = name
    }
}
