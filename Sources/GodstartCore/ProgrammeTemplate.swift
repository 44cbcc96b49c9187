/// The lengths and cadence of a programme. A workplace keeps one per variant and may change them;
/// the defaults follow the source material (3 months of introduction, 9 of mentoring, the
/// development talk at 12 months).
public struct ProgrammeTemplate: Codable, Equatable, Sendable {
    public var introductionMonths: Int
    public var statusMeetingEveryWeeks: Int
    public var mentoringMonths: Int
    /// Dialogue meetings are weekly during the first weeks of the mentoring ...
    public var weeklyDialogueWeeks: Int
    /// ... and then this many weeks apart.
    public var dialogueEveryWeeksAfter: Int
    public var developmentTalkAtMonths: Int
    public var meetingTime: LocalTime
    public var meetingMinutes: Int
    /// The Stockholm cadence: besides the dialogue meetings, three-party meetings (newcomer,
    /// mentor, manager) weekly in the mentoring's first four weeks and then every second week,
    /// and manager + mentor meetings every second week.
    public var stockholmCadence: Bool

    public init(
        introductionMonths: Int, statusMeetingEveryWeeks: Int, mentoringMonths: Int,
        weeklyDialogueWeeks: Int, dialogueEveryWeeksAfter: Int, developmentTalkAtMonths: Int,
        meetingTime: LocalTime = LocalTime(hour: 10), meetingMinutes: Int = 60, stockholmCadence: Bool = false
    ) {
        self.introductionMonths = introductionMonths
        self.statusMeetingEveryWeeks = statusMeetingEveryWeeks
        self.mentoringMonths = mentoringMonths
        self.weeklyDialogueWeeks = weeklyDialogueWeeks
        self.dialogueEveryWeeksAfter = dialogueEveryWeeksAfter
        self.developmentTalkAtMonths = developmentTalkAtMonths
        self.meetingTime = meetingTime
        self.meetingMinutes = meetingMinutes
        self.stockholmCadence = stockholmCadence
    }

    /// The Stockholm cadence's three-party meetings are weekly for this many weeks ...
    public static let stockholmWeeklyThreePartyWeeks = 4
    /// ... and then, like the manager + mentor meetings, this many weeks apart.
    public static let stockholmEveryWeeks = 2

    /// The template Godstart ships with for each variant.
    public static func defaults(for variant: ProgrammeVariant) -> ProgrammeTemplate {
        switch variant {
        case .standard:
            ProgrammeTemplate(introductionMonths: 3, statusMeetingEveryWeeks: 2, mentoringMonths: 9,
                              weeklyDialogueWeeks: 6, dialogueEveryWeeksAfter: 2, developmentTalkAtMonths: 12)
        case .temporaryHire:
            ProgrammeTemplate(introductionMonths: 2, statusMeetingEveryWeeks: 2, mentoringMonths: 4,
                              weeklyDialogueWeeks: 4, dialogueEveryWeeksAfter: 3, developmentTalkAtMonths: 6)
        case .experiencedHire:
            ProgrammeTemplate(introductionMonths: 2, statusMeetingEveryWeeks: 3, mentoringMonths: 6,
                              weeklyDialogueWeeks: 3, dialogueEveryWeeksAfter: 3, developmentTalkAtMonths: 12)
        }
    }

    /// Why a template cannot be used, or nil when it can.
    public var problem: TemplateProblem? {
        if introductionMonths < 1 || introductionMonths > 12 { return .introductionLength }
        if mentoringMonths < 1 || mentoringMonths > 24 { return .mentoringLength }
        if statusMeetingEveryWeeks < 1 || statusMeetingEveryWeeks > 8 { return .statusCadence }
        if weeklyDialogueWeeks < 1 || dialogueEveryWeeksAfter < 1 || dialogueEveryWeeksAfter > 8 { return .dialogueCadence }
        if developmentTalkAtMonths < introductionMonths { return .developmentTalkTooEarly }
        if meetingMinutes < 15 || meetingMinutes > 480 { return .meetingLength }
        return nil
    }
}

public enum TemplateProblem: String, Sendable {
    case introductionLength, mentoringLength, statusCadence, dialogueCadence, developmentTalkTooEarly, meetingLength
}
