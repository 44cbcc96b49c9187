import GodstartCore

extension EnglishTexts {
    func eligibilityBar(_ bar: EligibilityBar, name: String, role: String) -> String {
        let role = role.lowercased()
        switch bar {
        case .theNewHire: return "The new hire cannot be their own \(role)."
        case .theNewHiresManager: return "\(name) is the new hire's manager and cannot also be their \(role)."
        case .aManager: return "\(name) is a manager and cannot be a mentor: a manager in the room changes what a new hire dares to say."
        case .notStarted: return "\(name) is not yet employed when the role begins, and cannot be the \(role)."
        case .leavesBeforeTheRoleEnds: return "\(name) leaves before the role as \(role) ends. Choose someone else."
        case .onlyAdministrative:
            return "\(name) does not take new hires. On the Colleagues page, mark \(name) as taking new hires if they also work as a social worker."
        case .inOwnIntroduction: return "\(name) is still in their own introduction and cannot be the \(role) yet."
        }
    }
    func aboveCapacityAs(name: String, role: String) -> String { "\(name) has no free capacity as \(role.lowercased())" }
    func errorReasonNeeded(_ why: [String], minimum: Int) -> String {
        "\(why.joined(separator: "; ")). Write at least a sentence (\(minimum) characters) on why you make this choice anyway, or choose someone else."
    }
    func errorSamePerson(name: String, holds: String, as role: String) -> String {
        "\(name) is already the new hire's \(holds.lowercased()). Choose someone else as \(role.lowercased())."
    }
    func intakeOpenPlace(_ open: IntakeAssignment.OpenPlace, role: String, names: [String]) -> String {
        switch open {
        case .nobodyEligible: "No \(role.lowercased()) suggested: nobody can take the role for this new hire."
        case .allFull: "No \(role.lowercased()) suggested: everyone who could take the role is at capacity (\(names.joined(separator: ", ")))."
        }
    }
    func intakeHelpRaise(_ names: [String]) -> String {
        "It would help to raise how many new hires \(names.joinedAsAlternatives("or")) can have at once (on the Colleagues page), or to ask more colleagues whether they would be a mentor."
    }
    func chosenWithReason(role: String, newHire: String, reason: String) -> String {
        "Chosen as \(role.lowercased()) for \(newHire) outside the rules: \"\(reason)\""
    }
    func overrideLine(name: String, role: String, reason: String) -> String { "\(name) as \(role.lowercased()): \"\(reason)\"" }

}
