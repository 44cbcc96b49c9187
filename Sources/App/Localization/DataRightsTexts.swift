import GodstartCore

/// The texts of storage and rights: the administrator's storage period and erasure, and each
/// person's download of everything Godstart holds about them.
public protocol DataRightsTexts: Sendable {
    // The person's own data
    var navMyData: String { get }
    var myDataTitle: String { get }
    var myDataIntro: String { get }
    var myDataContents: [String] { get }
    var myDataDownload: String { get }
    var myDataFileName: String { get }

    // The archive
    func archiveTitle(_ name: String) -> String
    func archiveMade(_ when: String) -> String
    var archiveAbout: String { get }
    var archiveProfile: String { get }
    var archiveProgrammes: String { get }
    var archiveMeetings: String { get }
    var archiveLogbook: String { get }
    var archiveJournals: String { get }
    var archivePreparation: String { get }
    var archiveAgreements: String { get }
    var archiveLearningGoals: String { get }
    var archiveCompetencePlan: String { get }
    var archiveEvaluations: String { get }
    var archiveIdeas: String { get }
    var archiveMails: String { get }
    var archiveAuditLog: String { get }
    var archiveNothing: String { get }
    var archivePhone: String { get }
    var archiveTitleField: String { get }
    var archiveUnit: String { get }
    var archiveLanguage: String { get }
    var archiveLastDay: String { get }
    var archiveCreated: String { get }
    var archiveChanged: String { get }
    var archiveSharedWith: String { get }
    var archiveFirstDay: String { get }
    var archiveYourRole: String { get }
    var archiveNewcomer: String { get }
    var archiveWhen: String { get }
    var archiveStatus: String { get }
    var archivePlace: String { get }
    var archiveRating: String { get }
    var archiveConfirmed: String { get }
    var archiveSent: String { get }
    var archiveNotSent: String { get }
    var archiveSingleSignOn: String { get }
    var archiveCalendarFeed: String { get }
    var archiveYes: String { get }
    var archiveEmployments: String { get }
    var archiveKnowledgeAreas: String { get }
    var archiveMailsSwitchedOff: String { get }
    var archiveMentorChangeRequests: String { get }
    var archiveMentorChangeRequest: String { get }
    var archiveReason: String { get }
    var archiveResolved: String { get }
    var archiveGatherings: String { get }
    var archiveAttended: String { get }
    var archiveAddedForOrganisation: String { get }
    var archiveMaterial: String { get }
    var archiveApiKey: String { get }
    var archiveRevoked: String { get }

    // What the person wrote, or was given to do, in other people's programmes
    var archiveWrittenElsewhere: String { get }
    var archiveWrittenElsewhereAbout: String { get }
    func archiveProgrammeOf(_ newcomer: String) -> String
    var archiveFormerMentor: String { get }
    var archiveMeetingNotes: String { get }
    var archiveGoalYouCreated: String { get }
    var archiveOwnGoalOfTheMentee: String { get }
    var archiveNote: String { get }
    var archivePlanRowAdded: String { get }
    var archivePlanRowChanged: String { get }
    var archivePlanRowRemoved: String { get }
    func archiveAgreementVersion(_ number: Int) -> String
    var archiveYouConfirmed: String { get }
    var archiveChecklistItem: String { get }
    var archiveTickedOffByYou: String { get }
    var archiveAssignedToYou: String { get }
    var archiveActivityYouRun: String { get }
    var archiveYouWereMentor: String { get }
    var archiveFrom: String { get }
    var archiveUntil: String { get }

    // The administrator's storage and erasure
    var navStorage: String { get }
    var storageTitle: String { get }
    var storageIntro: String { get }
    var storagePeriodLabel: String { get }
    var storagePeriodHint: String { get }
    func storageMonths(_ months: Int) -> String
    var storageSave: String { get }
    var storageSaved: String { get }
    var errorChooseStoragePeriod: String { get }
    func storagePurgedCount(_ count: Int) -> String
    var erasureHeading: String { get }
    var erasureIntro: String { get }
    var erasurePersonLabel: String { get }
    var erasureChoose: String { get }
    func erasureConfirmTitle(_ name: String) -> String
    var erasureWhatHappens: [String] { get }
    func erasureRoles(_ count: Int) -> String
    var erasureConfirmLabel: String { get }
    var erasureConfirmButton: String { get }
    var erasureCancel: String { get }
    func erasureDone(_ name: String) -> String
    var erasureRefusedYourself: String { get }
    var erasureRefusedLastAdministrator: String { get }
    var erasureRefusedAlreadyErased: String { get }
    var erasureConfirmMissing: String { get }
    var erasedPersonName: String { get }
    func programmeTextsPurged(_ day: String) -> String
}
