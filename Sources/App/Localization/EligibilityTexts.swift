import GodstartCore

/// The texts of who may be chosen (issue 22): why someone cannot take a role, what a choice by hand
/// needs a reason for, what an intake could not fill, and the loads on the colleagues page.
public protocol EligibilityTexts: Sendable {
    /// Why `name` cannot be `role` for this new hire.
    func eligibilityBar(_ bar: EligibilityBar, name: String, role: String) -> String
    func aboveCapacityAs(name: String, role: String) -> String
    /// The reason is missing or shorter than `minimum` characters; `why` lists what needs it.
    func errorReasonNeeded(_ why: [String], minimum: Int) -> String
    /// One person in two roles for one new hire.
    func errorSamePerson(name: String, holds: String, as role: String) -> String

    func intakeOpenPlace(_ open: IntakeAssignment.OpenPlace, role: String, names: [String]) -> String
    /// What would fill the open places: raising these people's capacity.
    func intakeHelpRaise(_ names: [String]) -> String

    func chosenWithReason(role: String, newHire: String, reason: String) -> String

    func overrideLine(name: String, role: String, reason: String) -> String

}

extension [String] {
    /// "A, B eller C": names to choose between, the last joined by `or` in the text's language.
    func joinedAsAlternatives(_ or: String) -> String {
        guard count > 1 else { return first ?? "" }
        return dropLast().joined(separator: ", ") + " \(or) " + last!
    }
}
