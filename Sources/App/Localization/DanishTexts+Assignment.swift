import GodstartCore

extension DanishTexts {
    func suggestionsFor(role: String) -> String { "Forslag til \(role.lowercased())" }
    func suggestionReason(_ reason: SuggestionReason) -> String {
        switch reason {
        case .freeCapacity(let n): n == 1 ? "plads til 1 mere" : "plads til \(n) mere"
        case .atCapacity: "ingen ledig plads"
        case .willing: "har sagt ja"
        case .notWilling: "har sagt nej indtil videre"
        case .trainedAsMentor: "uddannet mentor"
        case .sharedArea(let area): "kender \(area)"
        case .sameUnit: "samme enhed"
        case .otherUnit: "et andet team"
        }
    }
}
