import Fluent
import Foundation
import GodstartCore

/// A workplace's lengths and cadence for one variant. New programmes are planned from it.
final class ProgrammeTemplateRecord: Model, @unchecked Sendable {
    static let schema = "programme_templates"

    @ID(key: .id) var id: UUID?
    @Parent(key: "organisation_id") var organisation: Organisation
    @Field(key: "variant") var variant: String
    @Field(key: "introduction_months") var introductionMonths: Int
    @Field(key: "status_meeting_every_weeks") var statusMeetingEveryWeeks: Int
    @Field(key: "mentoring_months") var mentoringMonths: Int
    @Field(key: "weekly_dialogue_weeks") var weeklyDialogueWeeks: Int
    @Field(key: "dialogue_every_weeks_after") var dialogueEveryWeeksAfter: Int
    @Field(key: "development_talk_at_months") var developmentTalkAtMonths: Int
    @Field(key: "meeting_time") var meetingTime: String
    @Field(key: "meeting_minutes") var meetingMinutes: Int
    @OptionalField(key: "stockholm_cadence") var stockholmCadence: Bool?
    /// When the coordinator last changed the template (lengths, cadence or checklist).
    @OptionalField(key: "changed_at") var changedAt: Date?

    var properties: [any AnyProperty] {
        [$id, $organisation, $variant, $introductionMonths, $statusMeetingEveryWeeks, $mentoringMonths,
         $weeklyDialogueWeeks, $dialogueEveryWeeksAfter, $developmentTalkAtMonths, $meetingTime, $meetingMinutes,
         $stockholmCadence, $changedAt]
    }

    init() {}

    init(organisationID: UUID, variant: ProgrammeVariant, template t: ProgrammeTemplate) {
        self.$organisation.id = organisationID
        self.variant = variant.rawValue
        self.template = t
    }

    var template: ProgrammeTemplate {
        get {
            ProgrammeTemplate(
                introductionMonths: introductionMonths, statusMeetingEveryWeeks: statusMeetingEveryWeeks,
                mentoringMonths: mentoringMonths, weeklyDialogueWeeks: weeklyDialogueWeeks,
                dialogueEveryWeeksAfter: dialogueEveryWeeksAfter, developmentTalkAtMonths: developmentTalkAtMonths,
                meetingTime: LocalTime(text: meetingTime) ?? LocalTime(hour: 10), meetingMinutes: meetingMinutes,
                stockholmCadence: stockholmCadence ?? false)
        }
        set {
            let t = newValue
            self.introductionMonths = t.introductionMonths
            self.statusMeetingEveryWeeks = t.statusMeetingEveryWeeks
            self.mentoringMonths = t.mentoringMonths
            self.weeklyDialogueWeeks = t.weeklyDialogueWeeks
            self.dialogueEveryWeeksAfter = t.dialogueEveryWeeksAfter
            self.developmentTalkAtMonths = t.developmentTalkAtMonths
            self.meetingTime = t.meetingTime.text
            self.meetingMinutes = t.meetingMinutes
            self.stockholmCadence = t.stockholmCadence
        }
    }
}
