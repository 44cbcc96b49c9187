import GodstartCore

/// The texts of the coordinator's desk: colleagues' load ahead, retention and the employment dates behind it.
public protocol DeskTexts: Sendable {
    // Load over the coming months (on the colleagues page)
    var loadForecastHeading: String { get }
    func loadForecastIntro(months: Int) -> String
    var loadAsMentor: String { get }
    var loadAsContactPerson: String { get }
    var loadToday: String { get }
    var loadRoomFrom: String { get }
    func loadOfCapacity(load: Int, capacity: Int) -> String
    func loadNoRoomWithin(months: Int) -> String
    var loadNobody: String { get }
    /// The willing colleagues who have no one in this role, by name.
    func loadFreeColleagues(_ names: String) -> String
    /// Too many to name: how many, and how to see who.
    func loadFreeColleaguesCount(_ count: Int) -> String

    // Retention
    var navRetention: String { get }
    var retentionTitle: String { get }
    func retentionIntro(minimum: Int) -> String
    func retentionOwnUnit(_ unit: String) -> String
    func retentionTooFew(counted: Int, minimum: Int) -> String
    var retentionByCohort: String { get }
    var retentionComparison: String { get }
    var retentionNoProgrammeYet: String { get }
    func retentionProgrammeBegan(_ day: String) -> String
    func retentionComparisonTooFew(minimum: Int) -> String
    var retentionShareCaption: String { get }
    var retentionGroupColumn: String { get }
    var retentionPeopleColumn: String { get }
    func retentionAfterMonths(_ months: Int) -> String
    var retentionNotYetSeen: String { get }
    var retentionNotYetSeenExplained: String { get }
    var retentionChartLabel: String { get }
    var retentionAtRiskCaption: String { get }
    func retentionMonthsShort(_ months: Int) -> String
    func retentionHiredIn(_ years: String) -> String
    /// The comparison's sides: hired in the years before `year`, and from `year` (the programme's start).
    func retentionHiredBefore(_ year: Int) -> String
    func retentionHiredFrom(_ year: Int) -> String
    var retentionAxisMonths: String { get }
    var retentionAxisShare: String { get }
    var downloadCSV: String { get }
    var retentionFileName: String { get }
    /// Group, people, day, months, at risk, left, still employed when last seen, share still employed.
    var retentionCSVHeader: [String] { get }

    // Employment dates
    var employmentsTitle: String { get }
    /// The retention page's link to the employment dates, for those who keep them.
    var employmentsKeepLink: String { get }
    var employmentsIntro: String { get }
    /// For a reader who cannot change them: who can.
    var errorEmploymentEndsBeforeStart: String { get }
    var errorEmploymentExists: String { get }
    var employmentAdded: String { get }
    var employmentSaved: String { get }
    var employmentRemoved: String { get }
    var employmentReferenceLabel: String { get }
    var employmentReferenceHint: String { get }
    var employmentStartLabel: String { get }
    var employmentEndLabel: String { get }
    var employmentEndHint: String { get }
    var noUnitOption: String { get }
    var editEmployment: String { get }
    var stillEmployed: String { get }
    var addEmploymentHeading: String { get }
    var addEmploymentButton: String { get }
    var employmentsListHeading: String { get }
    func employmentsShown(shown: Int, total: Int) -> String
    var noEmployments: String { get }
    func employmentStarted(_ day: String) -> String
    var employmentSaveButton: String { get }
    var removeEmploymentHint: String { get }
    var removeEmploymentButton: String { get }

    // Import from HR
    var importEmploymentsTitle: String { get }
    var importEmploymentsIntro: String { get }
    var importFileLabel: String { get }
    var importFileHint: String { get }
    var importPasteLabel: String { get }
    var importPasteHint: String { get }
    var showPreviewButton: String { get }
    var confirmImportButton: String { get }
    func errorFileTooLarge(maximumKB: Int) -> String
    var errorFileNotCSV: String { get }
    var errorImportEmpty: String { get }
    func errorTooManyLines(maximum: Int) -> String
    func employmentsImported(created: Int, updated: Int) -> String
    var importPreviewHeading: String { get }
    func importPreviewSummary(created: Int, updated: Int, unchanged: Int, problems: Int) -> String
    var importProblemsHeading: String { get }
    func importProblem(_ problem: ImportProblem) -> String
    var importFixFirst: String { get }
    var importNothingToChange: String { get }
    var importLineColumn: String { get }
    var importChangeColumn: String { get }
    func importChange(_ change: EmploymentImport.Change) -> String
    func importPreviewCut(shown: Int, total: Int) -> String

    // Ideas for the programme
    var navIdeas: String { get }
    var ideasTitle: String { get }
    var ideasIntro: String { get }
    var ideaTextLabel: String { get }
    var ideaTextHint: String { get }
    var ideaAnonymousLabel: String { get }
    var ideaAnonymousHint: String { get }
    var sendIdeaButton: String { get }
    var ideaSent: String { get }
    var errorIdeaEmpty: String { get }
    var yourIdeasHeading: String { get }
    var noIdeasYet: String { get }
    var sentAnonymously: String { get }
    func ideaStatus(_ status: IdeaStatus) -> String
    var ideaStatusLabel: String { get }
    var ideaAnswerLabel: String { get }
    var ideaAnswerHint: String { get }
    var ideaInboxTitle: String { get }
    var ideaInboxIntro: String { get }
    var noIdeasInInbox: String { get }
    var anonymousAuthor: String { get }
    var saveIdeaAnswerButton: String { get }
    var errorDeclineNeedsAnswer: String { get }
    var ideaAnswerSaved: String { get }
}
