import GodstartCore

extension SwedishTexts {
    func checklistWeeks(from: Int, to: Int) -> String {
        if to <= 0 { return "Före första arbetsdagen" }
        if from <= 0 { return "Från före första arbetsdagen till vecka \(to)" }
        return from == to ? "Vecka \(from)" : "Vecka \(from)–\(to)"
    }
    // Who does what
    // The introduction's closing meeting
}
