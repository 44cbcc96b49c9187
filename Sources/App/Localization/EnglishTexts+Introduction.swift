import GodstartCore

extension EnglishTexts {
    func checklistWeeks(from: Int, to: Int) -> String {
        if to <= 0 { return "Before the first day" }
        if from <= 0 { return "Before the first day to week \(to)" }
        return from == to ? "Week \(from)" : "Weeks \(from)-\(to)"
    }
    // Who does what
    // The introduction's closing meeting
}
