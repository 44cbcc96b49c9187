import GodstartCore

extension SwedishTexts {
    func gatheringInvited(_ count: Int) -> String {
        count == 0 ? "Alla deltagare var redan inbjudna." : "Ytterligare \(count) \(count == 1 ? "person" : "personer") har bjudits in."
    }
    func minutesText(_ minutes: Int) -> String {
        minutes % 60 == 0 ? "\(minutes / 60) \(minutes == 60 ? "timme" : "timmar")" : "\(minutes) \(minutes == 1 ? "minut" : "minuter")"
    }
    func inviteAgainHint(_ kind: GatheringKind) -> String {
        "Bjuder in alla i de pågående programmen med rollen \(kind.invites.map { role($0).lowercased() }.joined(separator: " eller ")) "
            + "som inte är inbjudna än, till exempel nyanställda som har börjat sedan dess."
    }
    func groupEvaluationAnswers(_ count: Int, minimum: Int) -> String {
        count >= minimum ? "\(count) har svarat." : "\(count) har svarat. Svaren visas när \(minimum) har svarat."
    }
}
