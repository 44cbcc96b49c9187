import GodstartCore

/// The texts of learning goals, their catalogue, the competence plan and the mentor's guides.
public protocol LearningTexts: Sendable {
    var yourMentoring: String { get }
    var yourWholeProgramme: String { get }

    // Learning goals
    var learningGoalsTitle: String { get }
    var learningGoalsIntro: String { get }
    func learningGoalStatus(_ status: LearningGoalStatus) -> String
    func mentorRoleName(_ role: MentorRole) -> String
    /// What the role means in practice, in one line.
    func mentorRoleDescription(_ role: MentorRole) -> String
    /// The catalogue's starting titles, in this language.
    func typicalLearningGoal(_ goal: TypicalLearningGoal) -> String
    var addGoalFromCatalogue: String { get }
    var catalogueGoalLabel: String { get }
    var chooseCatalogueGoal: String { get }
    var addOwnGoal: String { get }
    var ownGoalLabel: String { get }
    var ownGoalHint: String { get }
    var addGoalButton: String { get }
    var goalAdded: String { get }
    var goalSaved: String { get }
    var goalRemoved: String { get }
    var goalColumn: String { get }
    var goalStatusColumn: String { get }
    var goalRoleColumn: String { get }
    var goalMeetingsColumn: String { get }
    var noGoalsYet: String { get }
    var ownGoalMarker: String { get }
    /// Beside a goal that began as a checklist item of the introduction, carried into the mentoring.
    var fromIntroductionMarker: String { get }
    /// A checklist item not covered in the introduction, as a learning goal for the mentoring
    /// ("Kan bruge fagsystemet og journalføre selvstændigt"), not as the checklist's phrase.
    func checklistItemAsGoal(_ item: DefaultChecklistItem) -> String
    var goalTitleLabel: String { get }
    var goalNoteLabel: String { get }
    var goalNoteHint: String { get }
    var goalStatusLegend: String { get }
    var mentorRoleLegend: String { get }
    var mentorRoleHint: String { get }
    var noRoleChosen: String { get }
    var goalMeetingsLegend: String { get }
    var goalMeetingsHint: String { get }
    var noMentoringMeetingsYet: String { get }
    func bringToDevelopmentTalk(manager: String) -> String
    var bringToDevelopmentTalkHint: String { get }
    func goalsForDevelopmentTalk(name: String) -> String
    var noGoalsBroughtYet: String { get }
    var saveGoal: String { get }
    var earlierGoalReadOnly: String { get }
    var removeGoal: String { get }
    var errorChooseGoal: String { get }
    var errorGoalTitleMissing: String { get }
    var errorGoalAlreadyChosen: String { get }
    func goalCounts(total: Int, inProgress: Int, reached: Int) -> String
    var learningGoalsFactLabel: String { get }
    var openLearningGoals: String { get }
    func meetingCount(_ count: Int) -> String
    var backToLearningGoals: String { get }
    var goalsWorkedOnInMeeting: String { get }

    // The catalogue, kept by the coordinator
    var catalogueTitle: String { get }
    var catalogueIntro: String { get }
    func catalogueTitleIn(language: String) -> String
    var catalogueNewEntry: String { get }
    var catalogueAddEntry: String { get }
    var catalogueSaveEntry: String { get }
    var catalogueEntryAdded: String { get }
    var catalogueEntrySaved: String { get }
    var catalogueRetire: String { get }
    var catalogueRestore: String { get }
    var catalogueRetiredFlash: String { get }
    var catalogueRestoredFlash: String { get }
    var catalogueRetiredHeading: String { get }
    var catalogueRetiredHint: String { get }
    var errorCatalogueTitleMissing: String { get }
    var navCatalogue: String { get }

    // The learning and competence plan
    var competencePlanTitle: String { get }
    var competencePlanIntro: String { get }
    func competencePlanField(_ field: CompetencePlanField) -> String
    func competencePlanFieldHint(_ field: CompetencePlanField) -> String
    var addPlanRow: String { get }
    var newPlanRowHeading: String { get }
    var savePlanRow: String { get }
    var removePlanRow: String { get }
    var planRowAdded: String { get }
    var planRowSaved: String { get }
    var planRowRemoved: String { get }
    var planRowUnchanged: String { get }
    var noPlanRowsYet: String { get }
    var errorPlanRowTaskTypeMissing: String { get }
    var planHistoryTitle: String { get }
    var planHistoryEmpty: String { get }
    func planRowAddedBy(name: String, date: String, task: String) -> String
    func planRowChangedBy(name: String, date: String, task: String, fields: String) -> String
    func planRowRemovedBy(name: String, date: String, task: String) -> String
    var printablePlan: String { get }
    var planPrintHint: String { get }
    var backToPlan: String { get }
    func competencePlanOf(name: String) -> String
    var sharePlanWithManagerHeading: String { get }
    func sharePlanWithManager(name: String) -> String
    func planSharedWithManager(name: String) -> String
    func unsharePlanWithManager(name: String) -> String
    var planSharedFlash: String { get }
    var planUnsharedFlash: String { get }
    var openCompetencePlan: String { get }
    var editPlanRow: String { get }

    // Guides the mentor opens in a meeting
    var guidesTitle: String { get }
    var guidesIntro: String { get }
    var caseAnalysisTitle: String { get }
    var caseAnalysisIntro: String { get }
    func caseAnalysisStep(_ step: CaseAnalysisStep) -> String
    func caseAnalysisStepHint(_ step: CaseAnalysisStep) -> String
    var coachingTitle: String { get }
    var coachingIntro: String { get }
    func coachingPhase(_ phase: CoachingPhase) -> String
    func coachingQuestions(_ phase: CoachingPhase) -> [String]
    var feedbackTitle: String { get }
    var feedbackIntro: String { get }
    var feedbackQuestions: [String] { get }
    var feedForwardTitle: String { get }
    var feedForwardPoints: [String] { get }
}
