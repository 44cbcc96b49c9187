import GodstartCore

/// The texts of choosing contact persons, mentors and buddies: suggestions with their reasons,
/// capacity, and the colleagues' profiles the coordinator keeps.
public protocol AssignmentTexts: Sendable {
    var suggestionsHeading: String { get }
    var suggestionsIntro: String { get }
    var workAreasLabel: String { get }
    var workAreasHint: String { get }
    var showSuggestionsButton: String { get }
    func suggestionsFor(role: String) -> String
    var noSuggestions: String { get }
    func suggestionReason(_ reason: SuggestionReason) -> String
    var chooseSuggestionButton: String { get }
    var aboveCapacity: String { get }
    var overrideReasonLabel: String { get }
    var overrideReasonHint: String { get }

    var intakeTitle: String { get }
    var intakeIntro: String { get }
    func intakeRow(_ number: Int) -> String
    var intakeSuggested: String { get }
    var suggestIntakeButton: String { get }
    var moreRowsButton: String { get }
    var registerIntakeButton: String { get }
    func intakeRegistered(_ count: Int) -> String
    var openIntake: String { get }

    var navProfiles: String { get }
    var profilesTitle: String { get }
    var profilesIntro: String { get }
    var capacityLabel: String { get }
    var capacityHint: String { get }
    var willingLabel: String { get }
    var trainedLabel: String { get }
    var areasColumn: String { get }
    var editProfile: String { get }
    var saveProfileButton: String { get }
    var profileSaved: String { get }
    var errorCapacity: String { get }
    var yes: String { get }
    var no: String { get }
}
