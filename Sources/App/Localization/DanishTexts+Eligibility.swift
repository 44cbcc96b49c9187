import GodstartCore

extension DanishTexts {
    func eligibilityBar(_ bar: EligibilityBar, name: String, role: String) -> String {
        let role = role.lowercased()
        switch bar {
        case .theNewHire: return "Den nyansatte kan ikke være sin egen \(role)."
        case .theNewHiresManager: return "\(name) er den nyansattes leder og kan ikke være \(role)."
        case .aManager: return "\(name) er leder og kan ikke være mentor: en leder i rummet ændrer, hvad den nyansatte tør sige."
        case .notStarted: return "\(name) er ikke ansat endnu, når rollen begynder, og kan ikke være \(role)."
        case .leavesBeforeTheRoleEnds: return "\(name) fratræder, før rollen som \(role) slutter. Vælg en anden."
        case .onlyAdministrative:
            return "\(name) tager ikke nyansatte. Markér det på siden Kolleger, hvis \(name) også er kollega i det socialfaglige arbejde."
        case .inOwnIntroduction: return "\(name) er selv i sin introduktion og kan ikke være \(role) endnu."
        }
    }
    func aboveCapacityAs(name: String, role: String) -> String { "\(name) har ikke plads til flere som \(role.lowercased())" }
    func errorReasonNeeded(_ why: [String], minimum: Int) -> String {
        "\(why.joined(separator: "; ")). Skriv mindst en sætning (\(minimum) tegn) om, hvorfor du alligevel vælger sådan, eller vælg en anden."
    }
    func errorSamePerson(name: String, holds: String, as role: String) -> String {
        "\(name) er allerede \(holds.lowercased()) for den nyansatte. Vælg en anden som \(role.lowercased())."
    }
    func intakeOpenPlace(_ open: IntakeAssignment.OpenPlace, role: String, names: [String]) -> String {
        switch open {
        case .nobodyEligible: "Ingen \(role.lowercased()) foreslået: ingen kan tage rollen for denne nyansatte."
        case .allFull: "Ingen \(role.lowercased()) foreslået: alle, der kan tage rollen, er fyldt op (\(names.joined(separator: ", ")))."
        }
    }
    func intakeHelpRaise(_ names: [String]) -> String {
        "Det vil hjælpe at hæve, hvor mange nyansatte \(names.joinedAsAlternatives("eller")) kan have ad gangen (siden Kolleger), eller at spørge flere kolleger, om de vil være mentor."
    }
    func chosenWithReason(role: String, newHire: String, reason: String) -> String {
        "Valgt som \(role.lowercased()) for \(newHire) uden for reglerne: \"\(reason)\""
    }
    func overrideLine(name: String, role: String, reason: String) -> String { "\(name) som \(role.lowercased()): \"\(reason)\"" }

}
