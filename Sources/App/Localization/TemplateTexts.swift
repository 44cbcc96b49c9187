import GodstartCore

/// The texts of the coordinator's introduction templates, applying a change to running programmes,
/// upgrading a temporary hire, and ordering and assigning a programme's checklist items.
public protocol TemplateTexts: Sendable {
    var navTemplates: String { get }
    var templatesTitle: String { get }
    var templatesIntro: String { get }
    func templateSummary(introductionMonths: Int, mentoringMonths: Int, items: Int) -> String
    func templateChangedOn(date: String) -> String
    var templateNotChangedYet: String { get }
    var editTemplate: String { get }
    func templateTitle(variant: String) -> String
    var backToTemplates: String { get }

    // Lengths and cadence
    var lengthsHeading: String { get }
    var lengthsIntro: String { get }
    var introductionMonthsLabel: String { get }
    var statusEveryWeeksLabel: String { get }
    var mentoringMonthsLabel: String { get }
    var weeklyDialogueWeeksLabel: String { get }
    var dialogueEveryWeeksAfterLabel: String { get }
    var developmentTalkAtMonthsLabel: String { get }
    var meetingTimeLabel: String { get }
    var meetingMinutesLabel: String { get }
    var saveTemplateButton: String { get }
    var templateSaved: String { get }
    var errorWholeNumber: String { get }
    func errorTemplate(_ problem: TemplateProblem) -> String

    // The template's checklist
    var templateChecklistHeading: String { get }
    var templateChecklistIntro: String { get }
    var fromWeekLabel: String { get }
    var toWeekLabel: String { get }
    var weekHint: String { get }
    var addTemplateItemHeading: String { get }
    var addTemplateItemButton: String { get }
    var saveTemplateItemButton: String { get }
    var removeTemplateItem: String { get }
    var templateItemAdded: String { get }
    var templateItemSaved: String { get }
    var templateItemRemoved: String { get }
    var builtInTitleHint: String { get }
    func errorTemplateItem(_ problem: TemplateItemRules.Problem) -> String
    var moveUp: String { get }
    var moveDown: String { get }
    var orderSaved: String { get }

    // The template's schedule
    func defaultActivity(_ activity: DefaultActivity) -> String
    /// 1 is Monday.
    func weekdayName(_ isoWeekday: Int) -> String
    var templateScheduleHeading: String { get }
    var templateScheduleIntro: String { get }
    func templateActivityWhen(week: Int, weekday: String, time: String, minutes: Int) -> String
    var weekLabel: String { get }
    var weekdayLabel: String { get }
    var addTemplateActivityHeading: String { get }
    var addTemplateActivityButton: String { get }
    var removeTemplateActivity: String { get }
    var templateActivityAdded: String { get }
    var templateActivityRemoved: String { get }
    var noTemplateActivities: String { get }
    func errorTemplateActivity(_ problem: TemplateActivityRules.Problem) -> String

    // Applying a change to running programmes
    var applyHeading: String { get }
    var applyIntro: String { get }
    var applyLegend: String { get }
    var applyButton: String { get }
    var noRunningProgrammes: String { get }
    var plannedBeforeLastChange: String { get }
    func followsTemplateSince(date: String) -> String
    func appliedFlash(_ count: Int) -> String
    var errorNoProgrammeChosen: String { get }

    // Upgrading a temporary hire
    var upgradeHeading: String { get }
    func upgradeIntro(to variant: String) -> String
    var upgradeButton: String { get }
    func upgradedFlash(variant: String) -> String

    // Ordering and assigning a programme's checklist items
    var assignedToLabel: String { get }
    var assignedToHint: String { get }
    var whoeverHoldsTheRole: String { get }
    var peopleInTheProgramme: String { get }
    var otherColleagues: String { get }
    var assignButton: String { get }
    var assignLegend: String { get }
}
