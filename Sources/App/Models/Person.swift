import Fluent
import Foundation
import GodstartCore

/// Anyone who signs in: new hires, colleagues, managers, coordinators, administrators.
/// Their role in a programme comes from the programme; the flags here are the standing roles.
final class Person: Model, @unchecked Sendable {
    static let schema = "people"

    @ID(key: .id) var id: UUID?
    @Parent(key: "organisation_id") var organisation: Organisation
    @OptionalParent(key: "unit_id") var unit: OrganisationUnit?
    @Field(key: "name") var name: String
    /// Stored lower-cased; unique across the instance because it is the sign-in name.
    @Field(key: "email") var email: String
    @OptionalField(key: "phone") var phone: String?
    @OptionalField(key: "title") var title: String?
    @OptionalField(key: "password_hash") var passwordHash: String?
    @Field(key: "is_coordinator") var isCoordinator: Bool
    @Field(key: "is_manager") var isManager: Bool
    @Field(key: "is_admin") var isAdmin: Bool
    /// The language the person chose; nil means "follow the browser".
    @OptionalField(key: "language") var language: String?
    @Timestamp(key: "created_at", on: .create) var createdAt: Date?
    /// SHA-256 of the one-time link that lets a new hire choose a password; the link itself is never stored.
    @OptionalField(key: "invitation_token_hash") var invitationTokenHash: String?
    @OptionalField(key: "invitation_expires_at") var invitationExpiresAt: Date?
    /// How many new hires they can have at once in one role; nil: `AssignmentSuggestions.defaultCapacity`.
    @OptionalField(key: "capacity") var capacity: Int?
    /// Willing to be a mentor or contact person; nil: not asked, taken as willing.
    @OptionalField(key: "willing_to_mentor") var willingToMentor: Bool?
    @OptionalField(key: "trained_as_mentor") var trainedAsMentor: Bool?
    /// For an administrator or coordinator: also a social-work colleague who can be contact person,
    /// mentor or buddy. Nil or false: never offered (`EligibilityBar.onlyAdministrative`).
    @OptionalField(key: "takes_new_hires") var takesNewHires: Bool?
    /// SHA-256 of the secret in the person's calendar feed address; nil: no feed.
    @OptionalField(key: "calendar_token_hash") var calendarTokenHash: String?
    /// The mails they switched off (`MailPreferences.stored`); nil: all on.
    @OptionalField(key: "mail_switched_off") var mailSwitchedOff: String?
    /// The language of their mails; nil: the language they chose for the pages, else the organisation's.
    @OptionalField(key: "mail_language") var mailLanguage: String?
    /// `yyyy-mm-dd`: the last day of their employment, from HR. Once it is known they are no longer
    /// chosen for a new hire; from the day after it they no longer sign in or get mail.
    @OptionalField(key: "left_on") var leftOn: String?
    /// The identity provider's account they are linked to ("issuer|subject"), from their first
    /// sign-in through it; later sign-ins must come from the same account.
    @OptionalField(key: "sso_subject") var ssoSubject: String?
    /// When an administrator erased them: the row stays, anonymous, so statistics keep their count.
    @OptionalField(key: "erased_at") var erasedAt: Date?

    var properties: [any AnyProperty] {
        [$id, $organisation, $unit, $name, $email, $phone, $title, $passwordHash, $isCoordinator, $isManager, $isAdmin,
         $language, $createdAt, $invitationTokenHash, $invitationExpiresAt, $capacity, $willingToMentor,
         $trainedAsMentor, $takesNewHires, $calendarTokenHash, $mailSwitchedOff, $mailLanguage, $leftOn, $ssoSubject, $erasedAt]
    }

    init() {}

    init(
        id: UUID? = nil, organisationID: UUID, unitID: UUID?, name: String, email: String,
        phone: String? = nil, title: String? = nil, passwordHash: String? = nil,
        isCoordinator: Bool = false, isManager: Bool = false, isAdmin: Bool = false
    ) {
        self.id = id
        self.$organisation.id = organisationID
        self.$unit.id = unitID
        self.name = name
        self.email = email.lowercased()
        self.phone = phone
        self.title = title
        self.passwordHash = passwordHash
        self.isCoordinator = isCoordinator
        self.isManager = isManager
        self.isAdmin = isAdmin
    }
}

extension Person {
    /// Whether their employment has ended by `today`.
    func hasLeft(by today: LocalDate) -> Bool {
        leftOn.flatMap(LocalDate.init(iso:)).map { $0 < today } ?? false
    }

    /// Whether their employment has ended by `now`, in their organisation's time zone (read only
    /// for someone with a last day).
    func hasLeft(now: Date, on db: any Database) async throws -> Bool {
        guard leftOn != nil else { return false }
        // The signed-in person's organisation is read with them (`CurrentPersonMiddleware`).
        return hasLeft(by: LocalDate(now, in: try await $organisation.get(on: db).timeZone))
    }
}

extension Person {
    /// The person's organisation: the copy read with the signed-in person (each request has its
    /// own), or else from the database. The pages need not read it a second time (issue 24).
    func organisation(on db: any Database) async throws -> Organisation? {
        if let known = $organisation.value { return known }
        return try await Organisation.find($organisation.id, on: db)
    }
}
