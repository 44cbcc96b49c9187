import GodstartCore

/// The texts of the introduction's checklist.
public protocol IntroductionTexts: Sendable {
    var checklistTitle: String { get }
    var checklistIntro: String { get }
    func checklistItem(_ item: DefaultChecklistItem) -> String
    /// "Before the first day", "Week 1", "Weeks 2-4".
    func checklistWeeks(from: Int, to: Int) -> String
    func checklistCovered(name: String, date: String) -> String
    func checklistNotRelevant(reason: String) -> String
    func checklistWindowMoved(reason: String) -> String
    var checklistWaiting: String { get }
    var checklistOpen: String { get }
    var markCovered: String { get }
    var markNotCovered: String { get }
    var adaptItem: String { get }
    var setAsideLegend: String { get }
    var setAsideHint: String { get }
    var setAsideButton: String { get }
    var bringBackButton: String { get }
    var moveWindowLegend: String { get }
    var windowFromLabel: String { get }
    var windowToLabel: String { get }
    var reasonLabel: String { get }
    var moveWindowButton: String { get }
    var addChecklistItemHeading: String { get }
    var itemTitleLabel: String { get }
    var responsibleLabel: String { get }
    var addChecklistItemButton: String { get }
    var checklistItemAdded: String { get }
    var checklistItemSaved: String { get }
    var errorWindowEndBeforeStart: String { get }
    var errorWindowOutsideProgramme: String { get }
    var errorReasonMissing: String { get }
    var errorItemTitleMissing: String { get }
    func checklistWaitingFlag(_ count: Int) -> String
    var openChecklist: String { get }
    var backToChecklist: String { get }
    var socialTasksTitle: String { get }
    var socialTasksIntro: String { get }
    func checklistCoveredOn(date: String) -> String

    // Who does what
    var whoDoesWhatTitle: String { get }
    func whoDoesWhatIntro(name: String) -> String
    /// What a role does, in plain language.
    func roleDuty(_ role: ProgrammeRole) -> String
    func whenIntroduction(from: String, to: String) -> String
    func whenMentoring(from: String, to: String) -> String
    func whenFirstWeeks(until: String) -> String
    func whenWholeProgramme(from: String, to: String) -> String
    var whenThroughout: String { get }
    func roleSwitch(name: String, date: String) -> String
    var openWhoDoesWhat: String { get }

    // The introduction's closing meeting
    var moveToMentoringButton: String { get }
    var movedToMentoring: String { get }
    var movedToMentoringFlash: String { get }
    func uncoveredAtClosing(_ count: Int) -> String
    var goThroughUncovered: String { get }
}
