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
    func checklistCoveredOn(date: String) -> String { "Covered \(date)" }

    // Who does what
    var whoDoesWhatTitle: String { "Who does what" }
    func whoDoesWhatIntro(name: String) -> String { "Everyone in \(name)'s programme: what they do, and when." }
    func roleDuty(_ role: ProgrammeRole) -> String {
        switch role {
        case .newcomer: "Learns the tasks and the workplace at their own pace, raises what is difficult, and decides what to share from the logbook and the process journals."
        case .contactPerson: "Runs the introduction: plans the first months with the manager, holds the status meetings, sees that the checklist's themes are covered and introduces the knowledge persons."
        case .mentor: "Runs the mentoring: confidential conversations about the new hire's learning goals on a fixed agenda, with the next two or three meetings always planned."
        case .buddy: "Takes care of the social side: the welcome, lunch, introductions to the team and the practical questions nobody else thinks of."
        case .manager: "Responsible for the work and its conditions: the first day, tasks and workload, the introduction's closing meeting and the development talk. Sees dates and progress, never what is said in the mentoring."
        case .coordinator: "Keeps every programme going: matches contact person, mentor and buddy, follows that meetings take place, and answers questions about the programme itself."
        }
    }
    func whenIntroduction(from: String, to: String) -> String { "During the introduction, \(from) to \(to)" }
    func whenMentoring(from: String, to: String) -> String { "During the mentoring, \(from) to \(to)" }
    func whenFirstWeeks(until: String) -> String { "The first weeks, until \(until)" }
    func whenWholeProgramme(from: String, to: String) -> String { "The whole programme, \(from) to \(to)" }
    var whenThroughout: String { "Throughout" }
    func roleSwitch(name: String, date: String) -> String {
        "\(name) is both contact person and mentor. On \(date) the role changes: from the one who shows and instructs to a partner in reflection."
    }
    var openWhoDoesWhat: String { "Who does what" }

    // The introduction's closing meeting
    var moveToMentoringButton: String { "Make it a learning goal in the mentoring" }
    var movedToMentoring: String { "Carried into the mentoring as a learning goal" }
    var movedToMentoringFlash: String { "The item is now a learning goal in the mentoring." }
    func uncoveredAtClosing(_ count: Int) -> String {
        count == 1 ? "1 item of the checklist is not covered. Make it a learning goal in the mentoring, or set it aside with a reason." : "\(count) items of the checklist are not covered. Make them learning goals in the mentoring, or set them aside with a reason."
    }
    var goThroughUncovered: String { "Go through the checklist" }
}
