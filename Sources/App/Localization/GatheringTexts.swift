import GodstartCore

/// The texts of group sessions, networks, experience exchange and introduction days.
public protocol GatheringTexts: Sendable {
    func gatheringInvited(_ count: Int) -> String
    func minutesText(_ minutes: Int) -> String
    func inviteAgainHint(_ kind: GatheringKind) -> String
    func groupEvaluationAnswers(_ count: Int, minimum: Int) -> String
}
