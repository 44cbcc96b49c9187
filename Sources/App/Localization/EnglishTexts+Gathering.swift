import GodstartCore

extension EnglishTexts {
    func gatheringInvited(_ count: Int) -> String {
        count == 0 ? "Everyone it is for was already invited." : "\(count) more \(count == 1 ? "person is" : "people are") invited."
    }
    func minutesText(_ minutes: Int) -> String {
        minutes % 60 == 0 ? "\(minutes / 60) \(minutes == 60 ? "hour" : "hours")" : "\(minutes) minutes"
    }
    func inviteAgainHint(_ kind: GatheringKind) -> String {
        "Invites those in the running programmes it is for (\(kind.invites.map { role($0) }.joined(separator: ", ").lowercased())) who are not invited yet, for example new hires who started since."
    }
    func groupEvaluationAnswers(_ count: Int, minimum: Int) -> String {
        count >= minimum ? "\(count) have answered." : "\(count) have answered. The answers are shown from \(minimum)."
    }
}
