import GodstartCore

extension SwedishTexts {
    func suggestionsFor(role: String) -> String { "Förslag på \(role.lowercased())" }
    func suggestionReason(_ reason: SuggestionReason) -> String {
        switch reason {
        case .freeCapacity(let n): n == 1 ? "plats för 1 till" : "plats för \(n) till"
        case .atCapacity: "ingen plats kvar"
        case .willing: "har sagt ja"
        case .notWilling: "har sagt nej tills vidare"
        case .trainedAsMentor: "utbildad mentor"
        case .sharedArea(let area): "kan \(area)"
        case .sameUnit: "samma enhet"
        case .otherUnit: "ett annat team"
        }
    }
}
