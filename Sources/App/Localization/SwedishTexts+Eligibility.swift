import GodstartCore

extension SwedishTexts {
    func eligibilityBar(_ bar: EligibilityBar, name: String, role: String) -> String {
        let role = role.lowercased()
        switch bar {
        case .theNewHire: return "Den nyanställda kan inte vara sin egen \(role)."
        case .theNewHiresManager: return "\(name) är den nyanställdas chef och kan inte vara \(role)."
        case .aManager: return "\(name) är chef och kan inte vara mentor: med en chef i rummet ändras det som den nyanställda vågar säga."
        case .notStarted: return "\(name) är inte anställd ännu när uppdraget börjar och kan inte vara \(role)."
        case .leavesBeforeTheRoleEnds: return "\(name) slutar sin anställning innan uppdraget som \(role) är över. Välj någon annan."
        case .onlyAdministrative:
            return "\(name) tar inte emot nyanställda. Markera det på sidan Kollegor om \(name) också arbetar som socialsekreterare."
        case .inOwnIntroduction: return "\(name) är själv mitt i sin introduktion och kan inte vara \(role) ännu."
        }
    }
    func eligibilityConcern(_ concern: EligibilityConcern, name: String, role: String) -> String {
        switch concern {
        case .notWilling: "\(name) har inte sagt ja till att vara mentor"
        case .inOwnFirstYear: "\(name) är själv inne på sitt första år"
        }
    }
    func aboveCapacityAs(name: String, role: String) -> String { "\(name) har inte plats för fler som \(role.lowercased())" }
    func errorReasonNeeded(_ why: [String], minimum: Int) -> String {
        "\(why.joined(separator: "; ")). Skriv minst en mening (\(minimum) tecken) om varför du ändå gör det valet, eller välj någon annan."
    }
    func errorSamePerson(name: String, holds: String, as role: String) -> String {
        "\(name) är redan \(holds.lowercased()) för den nyanställda. Välj någon annan som \(role.lowercased())."
    }
    func errorContactAsMentorNotTicked(name: String) -> String {
        "\(name) är vald som både kontaktperson och mentor. Kryssa i ”Kontaktpersonen är också mentor” om det är meningen, eller välj en annan mentor."
    }

    func intakeOpenPlace(_ open: IntakeAssignment.OpenPlace, role: String, names: [String]) -> String {
        switch open {
        case .nobodyEligible: "Inget förslag på \(role.lowercased()): ingen kan ta uppdraget för den här nyanställda."
        case .allFull: "Inget förslag på \(role.lowercased()): ingen av dem som kan ta uppdraget har plats för fler (\(names.joined(separator: ", ")))."
        }
    }
    func intakeOpenSummary(_ count: Int) -> String {
        count == 1 ? "1 uppdrag kunde inte fördelas inom reglerna." : "\(count) uppdrag kunde inte fördelas inom reglerna."
    }
    func intakeHelpRaise(_ names: [String]) -> String {
        "Det skulle hjälpa att höja hur många nyanställda \(names.joinedAsAlternatives("eller")) kan ha samtidigt (sidan Kollegor), eller att fråga fler kollegor om de vill vara mentor."
    }
    var intakeHelpNobodyEligible: String {
        "Där ingen kan ta uppdraget kan du fråga fler kollegor om de vill vara mentor, eller på sidan Kollegor markera en samordnare som också arbetar som socialsekreterare."
    }
    func intakeRowLimit(_ maximum: Int) -> String { "En grupp kan ha högst \(maximum) nyanställda. Registrera resten som en ny grupp." }

    var loadCountsExplained: String {
        "Siffrorna räknar de pågående uppdragen: som kontaktperson och fadder fram till att mentorsprogrammet börjar, som mentor tills mentorsprogrammet är avslutat. Samma siffror används i översikten nedan och i förslagen."
    }
    var loadAsMentorColumn: String { "Mentor" }
    var loadAsContactColumn: String { "Kontaktperson" }
    var loadAsBuddyColumn: String { "Fadder" }
    func chosenWithReason(role: String, newHire: String, reason: String) -> String {
        "Vald som \(role.lowercased()) för \(newHire) utanför reglerna: ”\(reason)”"
    }
    var takesNewHiresLabel: String { "Tar också emot nyanställda som kontaktperson, mentor eller fadder" }
    var takesNewHiresHint: String {
        "Bara för administratörer och samordnare som också själva arbetar som socialsekreterare. Utan kryss föreslås de aldrig."
    }
    var onlyAdministrativeNote: String { "Tar inte emot nyanställda" }
    var standingManagerNote: String { "Chef: aldrig mentor" }
    var standingInOwnIntroductionNote: String { "I sin egen introduktion" }
    var standingInOwnFirstYearNote: String { "Under sitt första år: mentor bara med en motivering" }
    func standingLeavesNote(_ day: String) -> String { "Slutar \(day)" }

    var overridesHeading: String { "Val utanför reglerna" }
    func overrideLine(name: String, role: String, reason: String) -> String { "\(name) som \(role.lowercased()): ”\(reason)”" }

    var mentorCandidatesIntro: String {
        "Kollegorna som kan vara mentor, med den som passar bäst först: hur mycket plats de har, om de är utbildade mentorer och vilka områden de delar med den nyanställda. Den tidigare mentorn, chefen och faddern är inte med."
    }
    var mentorOnlyWithReasonGroup: String { "Bara med en motivering" }
    var alsoTheContactPerson: String { "är kontaktperson och blir både kontaktperson och mentor" }
}
