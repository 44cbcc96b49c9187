import GodstartCore

extension EnglishTexts {
    var suggestionsHeading: String { "Suggestions" }
    var suggestionsIntro: String {
        "Godstart ranks colleagues by free capacity, willingness, mentor training, the areas they know and, for the contact person and the buddy, being in the same unit. Never the manager. Choose the unit and the manager first, and say what the work is."
    }
    var workAreasLabel: String { "The new hire's work" }
    var workAreasHint: String { "A few words, for example: DUBU, notifications, Signs of Safety." }
    var showSuggestionsButton: String { "Show suggestions" }
    func suggestionsFor(role: String) -> String { "Suggested as \(role.lowercased())" }
    var noSuggestions: String { "Nobody to suggest." }
    func suggestionReason(_ reason: SuggestionReason) -> String {
        switch reason {
        case .freeCapacity(let n): n == 1 ? "room for 1 more" : "room for \(n) more"
        case .atCapacity: "no free capacity"
        case .willing: "willing"
        case .notWilling: "has said no for now"
        case .trainedAsMentor: "trained as mentor"
        case .sharedArea(let area): "knows \(area)"
        case .sameUnit: "same unit"
        case .otherUnit: "another team"
        }
    }
    var chooseSuggestionButton: String { "Choose" }
    var aboveCapacity: String { "Above capacity" }
    var overrideReasonLabel: String { "Reason for a choice outside the rules" }
    var overrideReasonHint: String {
        "Only when someone you choose has no free capacity, has not said yes to being a mentor, or is still in their own first year. Write at least a sentence; the reason is shown in the programme and on the Colleagues page."
    }

    var navProfiles: String { "Colleagues" }
    var profilesTitle: String { "Contact persons, mentors and buddies" }
    var profilesIntro: String {
        "What you know of each colleague when choosing the people around a new hire: how many new hires they can have at once (two, unless agreed otherwise), whether they are willing, and whether they are trained as mentors. The areas they know come from the directory of knowledge persons."
    }
    var capacityLabel: String { "New hires at once" }
    var capacityHint: String { "Per role. Five or six mentees at once proved too many." }
    var willingLabel: String { "Willing to be contact person or mentor" }
    var trainedLabel: String { "Trained as mentor" }
    var areasColumn: String { "Knows" }
    var editProfile: String { "Edit" }
    var saveProfileButton: String { "Save profile" }
    var profileSaved: String { "The profile is saved." }
    var errorCapacity: String { "Write a whole number from 0 to 6." }
    var yes: String { "Yes" }
    var no: String { "No" }

    var intakeTitle: String { "Register an intake" }
    var intakeIntro: String {
        "Several new hires starting together. Type them in, then ask for one balanced choice of contact persons, mentors and buddies for all of them at once: it spreads them so nobody goes above their capacity. Change any choice before you register. Rows left empty are ignored."
    }
    func intakeRow(_ number: Int) -> String { "New hire \(number)" }
    var intakeSuggested: String { "The choices below are one balanced suggestion for the whole intake. Check them and change what you know better." }
    var suggestIntakeButton: String { "Suggest a balanced choice" }
    var moreRowsButton: String { "More rows" }
    var registerIntakeButton: String { "Register them all" }
    func intakeRegistered(_ count: Int) -> String { count == 1 ? "1 new hire is registered." : "\(count) new hires are registered." }
    var openIntake: String { "Several starting together? Register an intake" }
}
