import GodstartCore

extension EnglishTexts {
    var fromIntroductionMarker: String { "from the introduction" }
    func checklistItemAsGoal(_ item: DefaultChecklistItem) -> String {
        switch item {
        case .itAccess: "Has the IT access the work needs, including the case system"
        case .deskPhoneKeys: "Has a workspace and the equipment the work needs"
        case .welcomeLetter: "Has an overview of the programme and knows what happens when"
        case .teamInformed: "Is known in the team and knows who can help with what"
        case .welcomeOnDayOne: "Knows the manager's expectations and the conditions for the work"
        case .tourOfWorkplace: "Knows their way around the workplace"
        case .lunchInWeekOne: "Feels at home among colleagues"
        case .introduceToTeam: "Knows the colleagues in the team and in the neighbouring teams"
        case .inviteToSocialEvents: "Takes part in staff meetings and social events"
        case .introductionGoalsAgreed: "Knows what to learn and has agreed concrete learning goals"
        case .caseSystem: "Can use the case system and keep records independently"
        case .shadowing: "Has shadowed experienced colleagues in meetings with citizens and learnt from it"
        case .legislationAndGuidelines: "Knows the legislation and the local guidelines for the work"
        case .meetKnowledgePersons: "Knows who the knowledge persons are for systems, law and methods"
        case .partnersVisited: "Knows the closest partners across professions"
        case .firstOwnCases: "Can handle cases of their own, with sparring when needed"
        }
    }
}
