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
    func eligibilityConcern(_ concern: EligibilityConcern, name: String, role: String) -> String {
        switch concern {
        case .notWilling: "\(name) has not said yes to being a mentor"
        case .inOwnFirstYear: "\(name) is still in their own first year"
        }
    }
    func aboveCapacityAs(name: String, role: String) -> String { "\(name) has no free capacity as \(role.lowercased())" }
    func errorReasonNeeded(_ why: [String], minimum: Int) -> String {
        "\(why.joined(separator: "; ")). Write at least a sentence (\(minimum) characters) on why you make this choice anyway, or choose someone else."
    }
    func errorSamePerson(name: String, holds: String, as role: String) -> String {
        "\(name) is already the new hire's \(holds.lowercased()). Choose someone else as \(role.lowercased())."
    }
    func errorContactAsMentorNotTicked(name: String) -> String {
        "\(name) is chosen as both contact person and mentor. Tick \"The contact person is also the mentor\" if that is what you mean, or choose another mentor."
    }

    func intakeOpenPlace(_ open: IntakeAssignment.OpenPlace, role: String, names: [String]) -> String {
        switch open {
        case .nobodyEligible: "No \(role.lowercased()) suggested: nobody can take the role for this new hire."
        case .allFull: "No \(role.lowercased()) suggested: everyone who could take the role is at capacity (\(names.joined(separator: ", ")))."
        }
    }
    func intakeOpenSummary(_ count: Int) -> String {
        count == 1 ? "1 role could not be filled within the rules." : "\(count) roles could not be filled within the rules."
    }
    func intakeHelpRaise(_ names: [String]) -> String {
        "It would help to raise how many new hires \(names.joinedAsAlternatives("or")) can have at once (on the Colleagues page), or to ask more colleagues whether they would be a mentor."
    }
    var intakeHelpNobodyEligible: String {
        "Where nobody can take the role, ask more colleagues whether they would be a mentor, or, on the Colleagues page, mark a coordinator who also works as a social worker."
    }
    func intakeRowLimit(_ maximum: Int) -> String { "An intake can have at most \(maximum) new hires. Register the rest as a new intake." }

    var loadCountsExplained: String {
        "The figures count the roles people hold now: as contact person and buddy until the mentoring starts, as mentor until the mentoring has ended. The same figures are used in the overview below and in the suggestions."
    }
    var loadAsMentorColumn: String { "Mentor" }
    var loadAsContactColumn: String { "Contact person" }
    var loadAsBuddyColumn: String { "Buddy" }
    func chosenWithReason(role: String, newHire: String, reason: String) -> String {
        "Chosen as \(role.lowercased()) for \(newHire) outside the rules: \"\(reason)\""
    }
    var takesNewHiresLabel: String { "Also takes new hires as contact person, mentor or buddy" }
    var takesNewHiresHint: String {
        "Only for administrators and coordinators who also work as social workers themselves. Unless this is ticked, they are never suggested."
    }
    var onlyAdministrativeNote: String { "Does not take new hires" }
    var standingManagerNote: String { "Manager: never a mentor" }
    var standingInOwnIntroductionNote: String { "In their own introduction" }
    var standingInOwnFirstYearNote: String { "In their first year: mentor only with a reason" }
    func standingLeavesNote(_ day: String) -> String { "Leaves on \(day)" }

    var overridesHeading: String { "Chosen outside the rules" }
    func overrideLine(name: String, role: String, reason: String) -> String { "\(name) as \(role.lowercased()): \"\(reason)\"" }

    var mentorCandidatesIntro: String {
        "The colleagues who can be mentor, best suited first: how much free capacity they have, whether they are trained as mentors, and which areas they share with the new hire. The previous mentor, the manager and the buddy are left out."
    }
    var mentorOnlyWithReasonGroup: String { "Only with a reason" }
    var alsoTheContactPerson: String { "is the contact person, and would be both contact person and mentor" }
}
