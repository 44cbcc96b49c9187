import GodstartCore

extension DanishTexts {
    func gatheringInvited(_ count: Int) -> String {
        count == 0 ? "Alle deltagere var allerede inviteret." : "Yderligere \(count) \(count == 1 ? "person" : "personer") er inviteret."
    }
    func minutesText(_ minutes: Int) -> String {
        minutes % 60 == 0 ? "\(minutes / 60) \(minutes == 60 ? "time" : "timer")" : "\(minutes) \(minutes == 1 ? "minut" : "minutter")"
    }
    func inviteAgainHint(_ kind: GatheringKind) -> String {
        "Inviterer alle i de igangværende forløb med rollen \(kind.invites.map { role($0).lowercased() }.joined(separator: " eller ")), "
            + "som ikke er inviteret endnu, fx nyansatte, der er begyndt siden."
    }
    func groupEvaluationAnswers(_ count: Int, minimum: Int) -> String {
        count >= minimum ? "\(count) har svaret." : "\(count) har svaret. Svarene vises, når \(minimum) har svaret."
    }
}
