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
    func aboveCapacityAs(name: String, role: String) -> String { "\(name) har inte plats för fler som \(role.lowercased())" }
    func errorReasonNeeded(_ why: [String], minimum: Int) -> String {
        "\(why.joined(separator: "; ")). Skriv minst en mening (\(minimum) tecken) om varför du ändå gör det valet, eller välj någon annan."
    }
    func errorSamePerson(name: String, holds: String, as role: String) -> String {
        "\(name) är redan \(holds.lowercased()) för den nyanställda. Välj någon annan som \(role.lowercased())."
    }
    func intakeOpenPlace(_ open: IntakeAssignment.OpenPlace, role: String, names: [String]) -> String {
        switch open {
        case .nobodyEligible: "Inget förslag på \(role.lowercased()): ingen kan ta uppdraget för den här nyanställda."
        case .allFull: "Inget förslag på \(role.lowercased()): ingen av dem som kan ta uppdraget har plats för fler (\(names.joined(separator: ", ")))."
        }
    }
    func intakeHelpRaise(_ names: [String]) -> String {
        "Det skulle hjälpa att höja hur många nyanställda \(names.joinedAsAlternatives("eller")) kan ha samtidigt (sidan Kollegor), eller att fråga fler kollegor om de vill vara mentor."
    }
    func chosenWithReason(role: String, newHire: String, reason: String) -> String {
        "Vald som \(role.lowercased()) för \(newHire) utanför reglerna: ”\(reason)”"
    }
    func overrideLine(name: String, role: String, reason: String) -> String { "\(name) som \(role.lowercased()): ”\(reason)”" }

}
