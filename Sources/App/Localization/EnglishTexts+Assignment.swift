import GodstartCore

extension EnglishTexts {
    func suggestionsFor(role: String) -> String { "Suggested as \(role.lowercased())" }
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
}
