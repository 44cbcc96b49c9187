import GodstartCore

extension EnglishTexts {
    var checklistTitle: String { "Introduction checklist" }
    var checklistIntro: String {
        "What the introduction covers, and roughly when. Each item has a window of weeks, not a deadline: people learn at different speeds, but every theme should be covered."
    }
    func checklistItem(_ item: DefaultChecklistItem) -> String {
        switch item {
        case .itAccess: "IT access, password and access to the case system ordered"
        case .deskPhoneKeys: "Desk, phone and key card ready"
        case .welcomeLetter: "Welcome letter and the first week's programme sent"
        case .teamInformed: "The team knows who is starting, when, and who the contact person is"
        case .welcomeOnDayOne: "Welcome on the first day by the manager and the contact person"
        case .tourOfWorkplace: "Shown around the workplace"
        case .lunchInWeekOne: "Lunch together in the first week"
        case .introduceToTeam: "Introduced to the team and to the neighbouring teams"
        case .inviteToSocialEvents: "Invited to staff meetings and social events"
        case .introductionGoalsAgreed: "Learning goals for the introduction agreed"
        case .caseSystem: "Introduction to the case system and to record keeping"
        case .shadowing: "Shadowing colleagues in meetings with citizens"
        case .legislationAndGuidelines: "The legislation and the local guidelines of the work gone through"
        case .meetKnowledgePersons: "Met the knowledge persons for systems, law and methods"
        case .partnersVisited: "Visited the closest partners across professions"
        case .firstOwnCases: "First cases of one's own, with sparring"
        }
    }
    func checklistWeeks(from: Int, to: Int) -> String {
        if to <= 0 { return "Before the first day" }
        if from <= 0 { return "Before the first day to week \(to)" }
        return from == to ? "Week \(from)" : "Weeks \(from)-\(to)"
    }
    func checklistCovered(name: String, date: String) -> String { "Covered · \(name), \(date)" }
    func checklistNotRelevant(reason: String) -> String { "Not relevant: \(reason)" }
    func checklistWindowMoved(reason: String) -> String { "Window moved: \(reason)" }
    var checklistWaiting: String { "Window closed, not covered yet" }
    var checklistOpen: String { "Not covered yet" }
    var markCovered: String { "Mark as covered" }
    var markNotCovered: String { "Not covered after all" }
    var adaptItem: String { "Change" }
    var setAsideLegend: String { "Not relevant for this person" }
    var setAsideHint: String { "For example because the new hire already knows it. The item stays in the list, set aside." }
    var setAsideButton: String { "Set aside" }
    var bringBackButton: String { "Bring it back" }
    var moveWindowLegend: String { "Move the window" }
    var windowFromLabel: String { "From" }
    var windowToLabel: String { "To" }
    var reasonLabel: String { "Reason" }
    var moveWindowButton: String { "Move the window" }
    var addChecklistItemHeading: String { "Add an item" }
    var itemTitleLabel: String { "What" }
    var responsibleLabel: String { "Whose is it" }
    var addChecklistItemButton: String { "Add the item" }
    var checklistItemAdded: String { "The item is added." }
    var checklistItemSaved: String { "The checklist is saved." }
    var errorWindowEndBeforeStart: String { "The window cannot end before it starts." }
    var errorWindowOutsideProgramme: String { "The window must lie within the introduction." }
    var errorReasonMissing: String { "Write a short reason." }
    var errorItemTitleMissing: String { "Write what the item is." }
    func checklistWaitingFlag(_ count: Int) -> String { count == 1 ? "1 checklist item waiting" : "\(count) checklist items waiting" }
    var openChecklist: String { "Checklist" }
    var backToChecklist: String { "The whole checklist" }
    var socialTasksTitle: String { "Social tasks" }
    var socialTasksIntro: String { "As buddy you help the new hire feel at home. Tick off what you have done." }
}
