import GodstartCore

extension EnglishTexts {
    var navTemplates: String { "Templates" }
    var templatesTitle: String { "Introduction templates" }
    var templatesIntro: String {
        "Every new programme is planned from the template of its variant: the lengths, the meeting cadence and the checklist. Changing a template does not change running programmes until you apply the change to the ones you choose."
    }
    func templateSummary(introductionMonths: Int, mentoringMonths: Int, items: Int) -> String {
        "Introduction \(introductionMonths) \(introductionMonths == 1 ? "month" : "months"), mentoring \(mentoringMonths) \(mentoringMonths == 1 ? "month" : "months"), \(items) checklist \(items == 1 ? "item" : "items")"
    }
    func templateChangedOn(date: String) -> String { "Last changed \(date)" }
    var templateNotChangedYet: String { "As Godstart ships it" }
    var editTemplate: String { "Edit template" }
    func templateTitle(variant: String) -> String { "Template: \(variant)" }
    var backToTemplates: String { "Back to the templates" }

    var lengthsHeading: String { "Lengths and meetings" }
    var lengthsIntro: String { "Counted from the first working day. Meetings falling on a weekend move to a working day." }
    var introductionMonthsLabel: String { "Length of the introduction (months)" }
    var statusEveryWeeksLabel: String { "Status meeting every (weeks)" }
    var mentoringMonthsLabel: String { "Length of the mentoring (months)" }
    var weeklyDialogueWeeksLabel: String { "Weekly dialogue meetings for the first (weeks)" }
    var dialogueEveryWeeksAfterLabel: String { "Then a dialogue meeting every (weeks)" }
    var developmentTalkAtMonthsLabel: String { "Development talk after (months)" }
    var meetingTimeLabel: String { "Usual time of day for meetings" }
    var meetingMinutesLabel: String { "Usual length of a meeting (minutes)" }
    var saveTemplateButton: String { "Save lengths and meetings" }
    var templateSaved: String { "The template is saved. New programmes are planned from it." }
    var errorWholeNumber: String { "Write a whole number." }
    func errorTemplate(_ problem: TemplateProblem) -> String {
        switch problem {
        case .introductionLength: "The introduction must last from 1 to 12 months."
        case .mentoringLength: "The mentoring must last from 1 to 24 months."
        case .statusCadence: "Status meetings must be 1 to 8 weeks apart."
        case .dialogueCadence: "Weekly dialogue meetings need at least 1 week, and later ones must be 1 to 8 weeks apart."
        case .developmentTalkTooEarly: "The development talk cannot come before the introduction ends."
        case .meetingLength: "A meeting must last from 15 minutes to 8 hours."
        }
    }

    var templateChecklistHeading: String { "Checklist" }
    var templateChecklistIntro: String {
        "Each item has a window of weeks counted from the first day, and the role that sees to it. In a programme the contact person and the manager can adapt the items to the person."
    }
    var fromWeekLabel: String { "From week" }
    var toWeekLabel: String { "To week" }
    var weekHint: String { "Week 0 is the two weeks before the first day; week 1 is the first week." }
    var addTemplateItemHeading: String { "Add an item to the template" }
    var addTemplateItemButton: String { "Add item" }
    var saveTemplateItemButton: String { "Save item" }
    var removeTemplateItem: String { "Remove from the template" }
    var templateItemAdded: String { "The item is added to the template." }
    var templateItemSaved: String { "The item is saved." }
    var templateItemRemoved: String { "The item is removed from the template. Programmes that have it keep it until you apply the change." }
    var builtInTitleHint: String { "Godstart's own items are written in every language; you can change when they happen and who sees to them." }
    func errorTemplateItem(_ problem: TemplateItemRules.Problem) -> String {
        switch problem {
        case .weekOutOfRange: "Choose a week from 0 to \(TemplateItemRules.lastWeek)."
        case .endBeforeStart: "The last week cannot come before the first."
        case .titleMissing: "Write what the item is."
        case .titleTooLong: "The title is too long."
        }
    }
    var moveUp: String { "Move up" }
    var moveDown: String { "Move down" }
    var orderSaved: String { "The order is saved." }

    var applyHeading: String { "Apply to running programmes" }
    var applyIntro: String {
        "Choose the programmes that should follow the template as it is now. Meetings already held, planned or moved by hand, or written in stay as they are; so do covered items and items someone has adapted. Future meetings follow the new cadence; new items and activities still ahead are added, and the activities already on a schedule stay as they are."
    }
    var applyLegend: String { "Running programmes of this variant" }
    var applyButton: String { "Apply to the chosen programmes" }
    var noRunningProgrammes: String { "No running programmes use this variant." }
    var plannedBeforeLastChange: String { "Planned before the last change" }
    func followsTemplateSince(date: String) -> String { "Follows the template as of \(date)" }
    func appliedFlash(_ count: Int) -> String { count == 1 ? "1 programme now follows the template." : "\(count) programmes now follow the template." }
    var errorNoProgrammeChosen: String { "Choose at least one programme." }

    var upgradeHeading: String { "Made permanent?" }
    func upgradeIntro(to variant: String) -> String {
        "When a temporary hire is made permanent, the programme becomes \(variant) in place: everything done so far is kept, and the rest of the plan follows the \(variant) template."
    }
    var upgradeButton: String { "Make it a standard programme" }
    func upgradedFlash(variant: String) -> String { "The programme is now \(variant). Everything done so far is kept." }

    var assignedToLabel: String { "Assigned to" }
    var assignedToHint: String { "Choose a named person, or leave it with whoever holds the role." }
    var whoeverHoldsTheRole: String { "Whoever holds the role" }
    var peopleInTheProgramme: String { "In the programme" }
    var otherColleagues: String { "Other colleagues" }
    var assignButton: String { "Save" }
    var assignLegend: String { "Who sees to it" }

    func defaultActivity(_ activity: DefaultActivity) -> String {
        switch activity {
        case .systemTraining: "Side-by-side training in the case system"
        case .meetTheTeam: "Team meeting: the new colleague is introduced"
        case .shadowingHomeVisit: "Shadowing: a home visit with an experienced colleague"
        case .legislationCourse: "Course: the legislation of the area"
        }
    }
    func weekdayName(_ isoWeekday: Int) -> String {
        ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"][max(0, min(6, isoWeekday - 1))]
    }
    var templateScheduleHeading: String { "Schedule" }
    var templateScheduleIntro: String {
        "Activities planned on every new hire's schedule, by week and weekday. Week 1 is the week of the first day. The contact person can move, remove and add activities for the person."
    }
    func templateActivityWhen(week: Int, weekday: String, time: String, minutes: Int) -> String {
        "Week \(week), \(weekday) at \(time), \(minutes) minutes"
    }
    var weekLabel: String { "Week" }
    var weekdayLabel: String { "Weekday" }
    var addTemplateActivityHeading: String { "Add an activity to the template" }
    var addTemplateActivityButton: String { "Add activity" }
    var removeTemplateActivity: String { "Remove" }
    var templateActivityAdded: String { "The activity is added to the template." }
    var templateActivityRemoved: String { "The activity is removed from the template. Schedules that have it keep it." }
    var noTemplateActivities: String { "The template plans no activities yet." }
    func errorTemplateActivity(_ problem: TemplateActivityRules.Problem) -> String {
        switch problem {
        case .weekOutOfRange: "Choose a week from 1 to \(TemplateItemRules.lastWeek)."
        case .weekdayOutOfRange: "Choose a day from Monday to Friday."
        case .minutesOutOfRange: "An activity lasts from 15 minutes to 8 hours."
        case .titleMissing: "Write what the activity is."
        case .titleTooLong: "The title is too long."
        }
    }
}
