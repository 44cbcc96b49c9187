import GodstartCore

/// The texts of the mails Godstart sends, the person's mail settings and the administrator's outbox.
/// Mails state facts (a meeting's kind, date, place, who takes part), never what was said.
public protocol MailTexts: Sendable {
    // Every mail
    func mailGreeting(_ name: String) -> String
    var mailSignOff: String { get }
    func mailWhyYouGetThis(settingsURL: String) -> String
    var mailWhat: String { get }
    var mailWhen: String { get }
    var mailWhere: String { get }
    var mailWho: String { get }
    var mailOpenInGodstart: String { get }

    // Invitations
    func mailMeetingSubject(_ change: MeetingChange, title: String, when: String) -> String
    func mailMeetingIntro(_ change: MeetingChange, by actor: String) -> String
    func mailMeetingOf(_ title: String, newcomer: String) -> String
    func mailGatheringSubject(_ series: String) -> String
    func mailGatheringIntro(_ series: String, by actor: String) -> String
    var mailGatheringDatesHeading: String { get }
    func mailAssignedSubject(role: String, newcomer: String) -> String
    func mailAssignedIntro(actor: String, newcomer: String, role: String, firstDay: String) -> String
    func mailNewMentorIntro(actor: String, newcomer: String) -> String
    /// To the mentee, when the coordinator has chosen their new mentor.
    func mailYourNewMentorSubject(_ mentor: String) -> String
    func mailYourNewMentorIntro(actor: String, mentor: String) -> String
    var mailYourFirstMeeting: String { get }
    func mailGatheringMovedSubject(_ title: String, when: String) -> String
    func mailGatheringMovedIntro(by actor: String) -> String

    // Reminders
    func mailTomorrowSubject(title: String, time: String) -> String
    var mailTomorrowIntro: String { get }
    func mailMentoringAheadSubject(mentee: String) -> String
    func mailMentoringAheadBody(mentee: String) -> String
    func mailChecklistSubject(item: String, closes: String) -> String
    func mailChecklistBody(item: String, newcomer: String?, closes: String) -> String
    func mailEvaluationSubject(_ evaluation: String) -> String
    func mailEvaluationBody(_ evaluation: String, newcomer: String?) -> String
    func mailDigestSubject(count: Int) -> String
    var mailDigestIntro: String { get }
    var mailTestSubject: String { get }
    var mailTestBody: String { get }

    // The person's mail settings
    var navMailSettings: String { get }
    var mailSettingsTitle: String { get }
    func mailSettingsIntro(address: String) -> String
    var mailKindsLegend: String { get }
    func mailKindLabel(_ kind: MailKind) -> String
    func mailKindHint(_ kind: MailKind) -> String
    var mailLanguageLegend: String { get }
    var mailLanguageAsPages: String { get }
    var saveMailSettings: String { get }
    var mailSettingsSaved: String { get }

    // The administrator's outbox
    var navOutbox: String { get }
    var outboxTitle: String { get }
    var outboxNoServer: String { get }
    func outboxServer(_ host: String) -> String
    func outboxCounts(waiting: Int, failed: Int, sent: Int) -> String
    var outboxStateLabel: String { get }
    func outboxState(_ state: String) -> String
    var outboxEmpty: String { get }
    func outboxLatest(_ count: Int) -> String
    var outboxCreatedColumn: String { get }
    var outboxToColumn: String { get }
    var outboxKindColumn: String { get }
    var outboxSubjectColumn: String { get }
    var outboxStatusColumn: String { get }
    func outboxSentAt(_ when: String) -> String
    func outboxWaiting(attempts: Int, next: String) -> String
    func outboxFailed(attempts: Int) -> String
    var outboxNotSentWithoutServer: String { get }
    var outboxLastError: String { get }
    var outboxContentNotShown: String { get }
    var outboxContentWithheld: String { get }
    var outboxSendAgain: String { get }
    var outboxSentAgain: String { get }
    var outboxBackToList: String { get }
    var outboxTestHeading: String { get }
    var outboxTestHint: String { get }
    var outboxTestAddress: String { get }
    var outboxTestSend: String { get }
    var outboxTestQueued: String { get }
}
