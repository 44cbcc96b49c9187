import GodstartCore

/// Every text Godstart shows. Each language implements all of it, so the compiler refuses a
/// language that misses a string.
public protocol Texts: JournalTexts, PlanningTexts, PreparationTexts, AgreementTexts, LearningTexts, EvaluationTexts, IntroductionTexts, ScheduleTexts, TemplateTexts, MentoringStartTexts, AssignmentTexts, OverviewTexts, DeskTexts, MaterialTexts, GatheringTexts, CalendarTexts, ApiTexts, MailTexts, StaffImportTexts, SingleSignOnTexts, AuditTexts, DataRightsTexts, EligibilityTexts, WorkingDaysTexts {
    // Layout
    var productName: String { get }
    var productTagline: String { get }
    var skipToContent: String { get }
    var mainNavigation: String { get }
    var navHome: String { get }
    var navRegisterNewHire: String { get }
    var signedInAs: String { get }
    var signOut: String { get }
    var languageLabel: String { get }
    var changeLanguage: String { get }
    var navMyProgramme: String { get }
    var navMyNewcomers: String { get }
    var navTeam: String { get }
    var navAllProgrammes: String { get }
    var navPeople: String { get }
    var planTitle: String { get }

    // Sign in
    var signInTitle: String { get }
    var signInIntro: String { get }
    var emailLabel: String { get }
    var passwordLabel: String { get }
    var signInButton: String { get }
    var signInFailed: String { get }
    var demoLoginsTitle: String { get }
    func demoLoginsIntro(password: String) -> String
    var nameColumn: String { get }
    var roleColumn: String { get }
    var emailColumn: String { get }

    // Roles, variants, stages, meetings
    func role(_ role: ProgrammeRole) -> String
    var adminRole: String { get }
    func variant(_ variant: ProgrammeVariant) -> String
    func variantHint(_ variant: ProgrammeVariant) -> String
    func part(_ part: ProgrammeStage.Part) -> String
    func phase(_ phase: Phase) -> String
    func meetingKind(_ kind: MeetingKind) -> String
    func meetingTitle(_ kind: MeetingKind, number: Int) -> String
    func agendaTitle(_ point: AgendaPoint) -> String
    func agendaHint(_ point: AgendaPoint) -> String
    func atTime(day: String, time: String) -> String

    // Newcomer's home
    func welcome(name: String) -> String
    var whereYouAreNow: String { get }
    var nextMeeting: String { get }
    var noNextMeeting: String { get }
    var yourPlan: String { get }
    var whoIsWho: String { get }
    var notAssigned: String { get }
    var noProgrammeYet: String { get }

    // Plan and meetings
    var statusPlanned: String { get }
    var statusHeld: String { get }
    func heldOn(_ day: String) -> String
    var notMarkedAsHeld: String { get }
    var openMeeting: String { get }
    var placeLabel: String { get }
    var statusLabel: String { get }
    var placeNotSet: String { get }
    var timeLabel: String { get }
    var dateLabel: String { get }
    var participantsTitle: String { get }
    var agendaTitleHeading: String { get }
    var leadsTheMeeting: String { get }
    var saveNotes: String { get }
    var notesSaved: String { get }
    var notesPrivateHint: String { get }
    var notesNotVisible: String { get }
    var noNoteWritten: String { get }
    var markAsHeld: String { get }
    var markedAsHeld: String { get }
    var markAsNotHeld: String { get }
    var markedAsNotHeld: String { get }
    var heldFromItsDay: String { get }
    var moveMeeting: String { get }
    var moveMeetingTitle: String { get }
    var moveMeetingIntro: String { get }
    var saveMove: String { get }
    var meetingMoved: String { get }
    var cancel: String { get }
    var backToProgramme: String { get }
    var minutesLabel: String { get }

    // Contact person's, mentor's and buddy's home
    var yourNewcomers: String { get }
    var yourRoleColumn: String { get }
    var stageColumn: String { get }
    var nextMeetingColumn: String { get }
    var yourNextMeetings: String { get }
    var noNewcomers: String { get }
    var noMeetingsAhead: String { get }
    var newcomerColumn: String { get }
    var meetingColumn: String { get }
    var whenColumn: String { get }

    // Manager's home
    var managerTitle: String { get }
    var managerIntro: String { get }
    var unitColumn: String { get }
    var meetingsHeldColumn: String { get }
    func meetingsHeld(_ held: Int, of total: Int) -> String
    var lastMeetingHeldColumn: String { get }
    var noMeeting: String { get }

    // Coordinator's home
    var coordinatorTitle: String { get }
    var coordinatorIntro: String { get }
    var overdueColumn: String { get }
    func overdueMeetings(_ count: Int) -> String
    var nothingOverdue: String { get }
    var firstDayColumn: String { get }
    var variantColumn: String { get }
    var noProgrammes: String { get }
    func programmeCount(_ count: Int) -> String

    // Admin's home
    var adminTitle: String { get }
    var adminIntro: String { get }
    var unitsTitle: String { get }
    var peopleTitle: String { get }
    func peopleInUnit(_ count: Int) -> String
    var rolesColumn: String { get }
    var coordinatorFlag: String { get }
    var managerFlag: String { get }
    var adminFlag: String { get }

    // Programme page
    func programmeTitle(name: String) -> String
    var programmeFacts: String { get }
    var firstDayLabel: String { get }
    var developmentTalkLabel: String { get }
    var buddyOnlySeesFirstWeeks: String { get }
    var programmeCreated: String { get }

    // Registering a new hire
    var registerTitle: String { get }
    var registerIntro: String { get }
    var newcomerSection: String { get }
    var peopleSection: String { get }
    var nameLabel: String { get }
    var newcomerEmailHint: String { get }
    var unitLabel: String { get }
    var firstDayHint: String { get }
    var managerLabel: String { get }
    var variantLabel: String { get }
    var contactPersonLabel: String { get }
    var mentorLabel: String { get }
    var contactIsMentorLabel: String { get }
    var buddyLabel: String { get }
    var chooseOption: String { get }
    var noBuddyOption: String { get }
    var registerButton: String { get }
    var formHasErrors: String { get }

    // Field errors
    var errorRequired: String { get }
    var errorEmail: String { get }
    var errorEmailTaken: String { get }
    var errorDate: String { get }
    var errorTime: String { get }
    var errorUnknownChoice: String { get }
    var errorManagerAsContact: String { get }
    var errorManagerAsMentor: String { get }
    var errorNewcomerAsHelper: String { get }
    var errorMentorMissing: String { get }
    var errorTooLong: String { get }
    /// Too long, with the limit said.
    func errorTooLongLimit(_ characters: Int) -> String

    // Error pages
    var notFoundTitle: String { get }
    var notFoundText: String { get }
    var formExpiredTitle: String { get }
    /// Above something typed into a form whose field has no label of its own to show.
    var typedFieldLabel: String { get }
    var formExpiredText: String { get }
    var serverErrorTitle: String { get }
    var serverErrorText: String { get }
    var goHome: String { get }

    // Sign-in links for new hires
    var invitationSection: String { get }
    var invitationButton: String { get }
    var invitationTitle: String { get }
    var invitationLinkLabel: String { get }
    var welcomeIntro: String { get }
    var newPasswordLabel: String { get }
    var repeatPasswordLabel: String { get }
    var choosePasswordButton: String { get }
    var errorPasswordsDiffer: String { get }
    var colleagueRole: String { get }
    func invitationNotYet(name: String) -> String
    func invitationReady(name: String) -> String
    func invitationIntro(name: String, until: String) -> String
    func newPasswordHint(_ length: Int) -> String
    func errorPasswordTooShort(_ length: Int) -> String
}
