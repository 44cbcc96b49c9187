import GodstartCore

extension DanishTexts {
    func checklistWeeks(from: Int, to: Int) -> String {
        if to <= 0 { return "Før første arbejdsdag" }
        if from <= 0 { return "Fra før første arbejdsdag til uge \(to)" }
        return from == to ? "Uge \(from)" : "Uge \(from)-\(to)"
    }
    // Who does what
    // The introduction's closing meeting
}
