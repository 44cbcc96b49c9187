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
    func eligibilityConcern(_ concern: EligibilityConcern, name: String, role: String) -> String {
        switch concern {
        case .notWilling: "\(name) har ikke sagt ja til at være mentor"
        case .inOwnFirstYear: "\(name) er selv i sit første år"
        }
    }
    func aboveCapacityAs(name: String, role: String) -> String { "\(name) har ikke plads til flere som \(role.lowercased())" }
    func errorReasonNeeded(_ why: [String], minimum: Int) -> String {
        "\(why.joined(separator: "; ")). Skriv mindst en sætning (\(minimum) tegn) om, hvorfor du alligevel vælger sådan, eller vælg en anden."
    }
    func errorSamePerson(name: String, holds: String, as role: String) -> String {
        "\(name) er allerede \(holds.lowercased()) for den nyansatte. Vælg en anden som \(role.lowercased())."
    }
    func errorContactAsMentorNotTicked(name: String) -> String {
        "\(name) er valgt som både kontaktperson og mentor. Sæt flueben ved \"Kontaktpersonen er også mentor\", hvis det er meningen, eller vælg en anden mentor."
    }

    func intakeOpenPlace(_ open: IntakeAssignment.OpenPlace, role: String, names: [String]) -> String {
        switch open {
        case .nobodyEligible: "Ingen \(role.lowercased()) foreslået: ingen kan tage rollen for denne nyansatte."
        case .allFull: "Ingen \(role.lowercased()) foreslået: alle, der kan tage rollen, er fyldt op (\(names.joined(separator: ", ")))."
        }
    }
    func intakeOpenSummary(_ count: Int) -> String {
        count == 1 ? "1 plads kunne ikke besættes inden for reglerne." : "\(count) pladser kunne ikke besættes inden for reglerne."
    }
    func intakeHelpRaise(_ names: [String]) -> String {
        "Det vil hjælpe at hæve, hvor mange nyansatte \(names.joinedAsAlternatives("eller")) kan have ad gangen (siden Kolleger), eller at spørge flere kolleger, om de vil være mentor."
    }
    var intakeHelpNobodyEligible: String {
        "Hvor ingen kan tage rollen, så spørg flere kolleger, om de vil være mentor, eller markér en tovholder, der også er socialfaglig kollega, på siden Kolleger."
    }
    func intakeRowLimit(_ maximum: Int) -> String { "Et hold kan højst have \(maximum) nyansatte. Opret resten som et nyt hold." }

    var loadCountsExplained: String {
        "Tallene tæller de igangværende forløb: en kontaktperson og en buddy indtil mentorforløbet begynder, en mentor indtil mentorforløbet er afsluttet. De samme tal bruges i oversigten nedenfor og i forslagene."
    }
    var loadAsMentorColumn: String { "Mentor" }
    var loadAsContactColumn: String { "Kontaktperson" }
    var loadAsBuddyColumn: String { "Buddy" }
    func chosenWithReason(role: String, newHire: String, reason: String) -> String {
        "Valgt som \(role.lowercased()) for \(newHire) uden for reglerne: \"\(reason)\""
    }
    var takesNewHiresLabel: String { "Tager også nyansatte som kontaktperson, mentor eller buddy" }
    var takesNewHiresHint: String {
        "Kun for administratorer og tovholdere, som også er kolleger i det socialfaglige arbejde. Uden flueben bliver de aldrig foreslået."
    }
    var onlyAdministrativeNote: String { "Tager ikke nyansatte" }
    var standingManagerNote: String { "Leder: aldrig mentor" }
    var standingInOwnIntroductionNote: String { "I sin egen introduktion" }
    var standingInOwnFirstYearNote: String { "I sit første år: mentor kun med en begrundelse" }
    func standingLeavesNote(_ day: String) -> String { "Fratræder \(day)" }

    var overridesHeading: String { "Valgt uden for reglerne" }
    func overrideLine(name: String, role: String, reason: String) -> String { "\(name) som \(role.lowercased()): \"\(reason)\"" }

    var mentorCandidatesIntro: String {
        "Kollegerne, der kan være mentor, med den bedst egnede først: hvor meget plads de har, om de er uddannet som mentor, og hvilke områder de deler med den nyansatte. Den hidtidige mentor, lederen og buddyen er ikke med."
    }
    var mentorOnlyWithReasonGroup: String { "Kun med en begrundelse" }
    var alsoTheContactPerson: String { "er kontaktperson og bliver både kontaktperson og mentor" }
}
