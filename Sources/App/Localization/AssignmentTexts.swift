import GodstartCore

/// The texts of choosing contact persons, mentors and buddies: suggestions with their reasons,
/// capacity, and the colleagues' profiles the coordinator keeps.
public protocol AssignmentTexts: Sendable {
    func suggestionsFor(role: String) -> String
    func suggestionReason(_ reason: SuggestionReason) -> String

}
