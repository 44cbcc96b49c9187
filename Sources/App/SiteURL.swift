import Foundation
import GodstartCore
import Vapor

/// Every URL of the site, defined once: routes are registered from it and links are built from it.
/// A case with a nil id stands for the route pattern (`:id`).
enum SiteURL: Equatable {
    case root
    case signIn
    case signOut
    case language
    case stylesheet
    case myProgramme
    case myNewcomers
    case team
    case programmes
    case newProgramme
    case programme(UUID?)
    case meeting(UUID?)
    case meetingNotes(UUID?)
    case meetingHeld(UUID?)
    case meetingMove(UUID?)
    case meetingCancel(UUID?)
    case newMeeting(UUID?)
    case people
    case programmeInvitation(UUID?)
    /// The one-time link a new hire uses to choose a password; nil is the route pattern.
    case welcome(String?)
    case logbook
    case newLogbookEntry
    case logbookEntry(UUID?)
    case logbookEntrySharing(UUID?)
    case journals
    case newJournal
    case journal(UUID?)
    case journalSharing(UUID?)
    case sharedWithMe
    case preparation(UUID?)
    case preparationSharing(UUID?)
    case agreement(UUID?)
    case agreementConfirmation(UUID?)
    case agreementVersion(UUID?)
    case learningGoals(UUID?)
    case learningGoal(UUID?)
    case learningGoalRemoval(UUID?)
    case catalogue
    case catalogueEntry(UUID?)
    case catalogueRetirement(UUID?)
    case competencePlan(UUID?)
    case competencePlanPrint(UUID?)
    case competencePlanSharing(UUID?)
    case planRow(UUID?)
    case planRowRemoval(UUID?)
    case evaluations(UUID?)
    case evaluation(UUID?, EvaluationKind?)
    case sharedAdvice(UUID?, EvaluationKind?)
    case developmentTalkGoals(UUID?)
    case evaluationTotals
    case mentorChange(UUID?)
    case earlierMaterialSharing(UUID?)
    case checklist(UUID?)
    case checklistItem(UUID?)
    case checklistItemCovered(UUID?)
    case whoDoesWhat(UUID?)
    case checklistItemToMentoring(UUID?)
    case schedule(UUID?)
    case activityRemoval(UUID?)
    case myActivities
    case knowledgePersons
    case knowledgeAreaRemoval(UUID?)
    case templates
    case template(ProgrammeVariant?)
    case templateItems(ProgrammeVariant?)
    case templateApplication(ProgrammeVariant?)
    case templateItem(UUID?)
    case templateActivities(ProgrammeVariant?)
    case templateActivityRemoval(UUID?)
    case templateItemRemoval(UUID?)
    case templateItemOrder(UUID?)
    case programmeUpgrade(UUID?)
    case checklistItemOrder(UUID?)
    case checklistItemAssignment(UUID?)
    case mentoringStart(UUID?)
    case colleagues
    case intake
    case colleague(UUID?)
    case retention
    case retentionCSV
    case employments
    case employment(UUID?)
    case employmentRemoval(UUID?)
    case employmentImport
    case ideas
    case ideaInbox
    case ideaAnswer(UUID?)
    case materials
    case newMaterial
    case material(UUID?)
    case materialFile(UUID?)
    case materialRemoval(UUID?)
    case gatherings
    case newGathering
    case gatheringSeries(UUID?)
    case gatheringInvitations(UUID?)
    case gatheringEvaluation(UUID?)
    case gatheringMeeting(UUID?)
    case gatheringAttendance(UUID?)
    case calendar
    /// A person's calendar feed; nil is the route pattern.
    case calendarFeed(String?)
    case meetingCalendarFile(UUID?)
    case health
    case ready
    case metrics
    case apiTokens
    case apiTokenRevocation(UUID?)
    case mailSettings
    case outbox
    case outboxMessage(UUID?)
    case outboxResend(UUID?)
    case outboxTest
    case staffImport
    case singleSignOn
    case singleSignOnCallback
    case signInSettings
    case auditLog
    case ownAuditLog
    case myData
    case myDataArchive
    case storage
    case workingDays
    case ownClosedDays
    case ownClosedDayRemoval(UUID?)
    case personErasure(UUID?)
    case apiDocument
    case apiProgrammes
    case apiProgramme(UUID?)
    case apiProgrammeMeetings(UUID?)
    case apiPeople
    case apiAlerts
    case apiProgrammeChecklist(UUID?)
    case apiRetention

    private var segments: [String] {
        func id(_ value: UUID?) -> String { value.map { UUIDText.text($0) } ?? ":id" }
        return switch self {
        case .root: []
        case .signIn: ["sign-in"]
        case .signOut: ["sign-out"]
        case .language: ["language"]
        case .stylesheet: ["assets", "godstart.css"]
        case .myProgramme: ["my-programme"]
        case .myNewcomers: ["my-newcomers"]
        case .team: ["team"]
        case .programmes: ["programmes"]
        case .newProgramme: ["programmes", "new"]
        case .programme(let v): ["programmes", id(v)]
        case .meeting(let v): ["meetings", id(v)]
        case .meetingNotes(let v): ["meetings", id(v), "notes"]
        case .meetingHeld(let v): ["meetings", id(v), "held"]
        case .meetingMove(let v): ["meetings", id(v), "move"]
        case .meetingCancel(let v): ["meetings", id(v), "cancel"]
        case .newMeeting(let v): ["programmes", id(v), "meetings", "new"]
        case .people: ["admin", "people"]
        case .programmeInvitation(let v): ["programmes", id(v), "invitation"]
        case .welcome(let token): ["welcome", token ?? ":token"]
        case .logbook: ["logbook"]
        case .newLogbookEntry: ["logbook", "new"]
        case .logbookEntry(let v): ["logbook", id(v)]
        case .logbookEntrySharing(let v): ["logbook", id(v), "sharing"]
        case .journals: ["journals"]
        case .newJournal: ["journals", "new"]
        case .journal(let v): ["journals", id(v)]
        case .journalSharing(let v): ["journals", id(v), "sharing"]
        case .sharedWithMe: ["shared-with-me"]
        case .preparation(let v): ["programmes", id(v), "preparation"]
        case .preparationSharing(let v): ["programmes", id(v), "preparation", "sharing"]
        case .agreement(let v): ["programmes", id(v), "agreement"]
        case .agreementConfirmation(let v): ["programmes", id(v), "agreement", "confirmation"]
        case .agreementVersion(let v): ["agreement-versions", id(v)]
        case .learningGoals(let v): ["programmes", id(v), "learning-goals"]
        case .learningGoal(let v): ["learning-goals", id(v)]
        case .learningGoalRemoval(let v): ["learning-goals", id(v), "removal"]
        case .catalogue: ["learning-goal-catalogue"]
        case .catalogueEntry(let v): ["learning-goal-catalogue", id(v)]
        case .catalogueRetirement(let v): ["learning-goal-catalogue", id(v), "retirement"]
        case .competencePlan(let v): ["programmes", id(v), "competence-plan"]
        case .competencePlanPrint(let v): ["programmes", id(v), "competence-plan", "print"]
        case .competencePlanSharing(let v): ["programmes", id(v), "competence-plan", "sharing"]
        case .planRow(let v): ["competence-plan-rows", id(v)]
        case .planRowRemoval(let v): ["competence-plan-rows", id(v), "removal"]
        case .evaluations(let v): ["programmes", id(v), "evaluations"]
        case .evaluation(let v, let kind): ["programmes", id(v), "evaluations", kind?.rawValue ?? ":kind"]
        case .sharedAdvice(let v, let kind): ["programmes", id(v), "evaluations", kind?.rawValue ?? ":kind", "advice"]
        case .developmentTalkGoals(let v): ["programmes", id(v), "development-talk-goals"]
        case .evaluationTotals: ["evaluations"]
        case .mentorChange(let v): ["programmes", id(v), "mentor-change"]
        case .earlierMaterialSharing(let v): ["programmes", id(v), "earlier-material-sharing"]
        case .checklist(let v): ["programmes", id(v), "checklist"]
        case .checklistItem(let v): ["checklist-items", id(v)]
        case .checklistItemCovered(let v): ["checklist-items", id(v), "covered"]
        case .whoDoesWhat(let v): ["programmes", id(v), "who-does-what"]
        case .checklistItemToMentoring(let v): ["checklist-items", id(v), "learning-goal"]
        case .schedule(let v): ["programmes", id(v), "schedule"]
        case .activityRemoval(let v): ["activities", id(v), "removal"]
        case .myActivities: ["my-activities"]
        case .knowledgePersons: ["knowledge-persons"]
        case .knowledgeAreaRemoval(let v): ["knowledge-persons", id(v), "removal"]
        case .templates: ["introduction-templates"]
        case .template(let v): ["introduction-templates", v?.rawValue ?? ":variant"]
        case .templateItems(let v): ["introduction-templates", v?.rawValue ?? ":variant", "items"]
        case .templateApplication(let v): ["introduction-templates", v?.rawValue ?? ":variant", "application"]
        case .templateItem(let v): ["template-items", id(v)]
        case .templateActivities(let v): ["introduction-templates", v?.rawValue ?? ":variant", "activities"]
        case .templateActivityRemoval(let v): ["template-activities", id(v), "removal"]
        case .templateItemRemoval(let v): ["template-items", id(v), "removal"]
        case .templateItemOrder(let v): ["template-items", id(v), "order"]
        case .programmeUpgrade(let v): ["programmes", id(v), "upgrade"]
        case .checklistItemOrder(let v): ["checklist-items", id(v), "order"]
        case .checklistItemAssignment(let v): ["checklist-items", id(v), "assignment"]
        case .mentoringStart(let v): ["programmes", id(v), "mentoring-start"]
        case .colleagues: ["colleagues"]
        case .intake: ["programmes", "intake"]
        case .colleague(let v): ["colleagues", id(v)]
        case .retention: ["retention"]
        case .retentionCSV: ["retention.csv"]
        case .employments: ["employments"]
        case .employment(let v): ["employments", id(v)]
        case .employmentRemoval(let v): ["employments", id(v), "removal"]
        case .employmentImport: ["employments", "import"]
        case .ideas: ["ideas"]
        case .ideaInbox: ["ideas", "inbox"]
        case .ideaAnswer(let v): ["ideas", id(v), "answer"]
        case .materials: ["materials"]
        case .newMaterial: ["materials", "new"]
        case .material(let v): ["materials", id(v)]
        case .materialFile(let v): ["materials", id(v), "file"]
        case .materialRemoval(let v): ["materials", id(v), "removal"]
        case .gatherings: ["group-sessions"]
        case .newGathering: ["group-sessions", "new"]
        case .gatheringSeries(let v): ["group-sessions", id(v)]
        case .gatheringInvitations(let v): ["group-sessions", id(v), "invitations"]
        case .gatheringEvaluation(let v): ["group-sessions", id(v), "evaluation"]
        case .gatheringMeeting(let v): ["group-meetings", id(v)]
        case .gatheringAttendance(let v): ["group-meetings", id(v), "attendance"]
        case .calendar: ["calendar"]
        case .calendarFeed(let token): ["calendar-feeds", token.map { $0 + ".ics" } ?? ":token"]
        case .meetingCalendarFile(let v): ["meetings", id(v), "calendar.ics"]
        case .health: ["healthz"]
        case .ready: ["readyz"]
        case .metrics: ["metrics"]
        case .apiTokens: ["admin", "api-tokens"]
        case .apiTokenRevocation(let v): ["admin", "api-tokens", id(v), "revocation"]
        case .mailSettings: ["settings", "mail"]
        case .outbox: ["admin", "outbox"]
        case .outboxMessage(let v): ["admin", "outbox", id(v)]
        case .outboxResend(let v): ["admin", "outbox", id(v), "resend"]
        case .outboxTest: ["admin", "outbox", "test"]
        case .staffImport: ["admin", "staff-import"]
        case .singleSignOn: ["sign-in", "sso"]
        case .singleSignOnCallback: ["sign-in", "sso", "callback"]
        case .signInSettings: ["admin", "sign-in"]
        case .auditLog: ["admin", "audit-log"]
        case .ownAuditLog: ["settings", "audit-log"]
        case .myData: ["settings", "my-data"]
        case .myDataArchive: ["settings", "my-data", "archive.zip"]
        case .storage: ["admin", "storage"]
        case .workingDays: ["working-days"]
        case .ownClosedDays: ["working-days", "closed-days"]
        case .ownClosedDayRemoval(let v): ["working-days", "closed-days", id(v), "removal"]
        case .personErasure(let v): ["admin", "people", id(v), "erasure"]
        case .apiDocument: ["api", "v1", "openapi.json"]
        case .apiProgrammes: ["api", "v1", "programmes"]
        case .apiProgramme(let v): ["api", "v1", "programmes", id(v)]
        case .apiProgrammeMeetings(let v): ["api", "v1", "programmes", id(v), "meetings"]
        case .apiPeople: ["api", "v1", "people"]
        case .apiAlerts: ["api", "v1", "alerts"]
        case .apiProgrammeChecklist(let v): ["api", "v1", "programmes", id(v), "checklist"]
        case .apiRetention: ["api", "v1", "retention"]
        }
    }

    var path: String { "/" + segments.joined(separator: "/") }

    var pathComponents: [PathComponent] { segments.map { PathComponent(stringLiteral: $0) } }
}

extension Request {
    /// The `:id` of a route, or a 404 for anything that is not a UUID.
    func idParameter() throws -> UUID {
        guard let raw = parameters.get("id"), let id = UUID(uuidString: raw) else { throw Abort(.notFound) }
        return id
    }
}

extension SiteURL {
    /// The whole address of a page, for links people copy into other programs (a welcome link, a
    /// calendar feed): from GODSTART_PUBLIC_URL when it is set, never from a Host header someone
    /// else could have chosen; without it (the demo, a test) from the request's own host.
    func absolute(for req: Request) -> String {
        let mail = req.application.settings.mail
        if mail.publicURLIsSet { return mail.publicURL + path }
        let host = req.headers.first(name: .host) ?? "127.0.0.1:8080"
        return "\(req.application.settings.secureCookies ? "https" : "http")://\(host)\(path)"
    }
}
