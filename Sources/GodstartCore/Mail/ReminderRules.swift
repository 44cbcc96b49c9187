import Foundation

/// A reminder that is due for one person. Its key is unique for what it reminds of, so the same
/// reminder found again (by the next run, or by a second instance) is not queued twice.
public struct ReminderDue: Hashable, Sendable {
    public let kind: MailKind
    public let recipient: UUID
    /// The meeting, programme or checklist item it is about.
    public let about: UUID
    public let key: String

    init(_ kind: MailKind, to recipient: UUID, about: UUID, _ qualifier: String) {
        self.kind = kind
        self.recipient = recipient
        self.about = about
        self.key = [kind.rawValue, about.uuidString.lowercased(), qualifier, recipient.uuidString.lowercased()].joined(separator: ":")
    }
}

/// When Godstart reminds whom (DOMAIN.md: nobody forgets a meeting or a theme). Every rule looks at
/// today's local date in the organisation's time zone; each returns what is due today, and the key
/// makes a reminder go out once however often the rules run.
public enum ReminderRules {
    /// A checklist item reminds its responsible person this many days before its window closes.
    public static let checklistDaysAhead = 3

    /// The Monday of the week `day` falls in: weekly reminders go out once per week.
    public static func week(of day: LocalDate) -> LocalDate { day.adding(days: 1 - day.isoWeekday) }

    /// Everyone taking part in a planned meeting on the day after `today`. A meeting moved to
    /// another tomorrow reminds again, since its day is part of the key.
    public static func meetingTomorrow(_ meeting: UUID, on day: LocalDate, participants: [UUID], today: LocalDate) -> [ReminderDue] {
        guard day == today.adding(days: 1) else { return [] }
        return Set(participants).sorted { $0.uuidString < $1.uuidString }.map {
            ReminderDue(.meetingTomorrow, to: $0, about: meeting, day.iso)
        }
    }

    /// The mentor, once a week while the mentoring has fewer than two meetings planned ahead.
    public static func mentoringAhead(_ programme: UUID, mentor: UUID?, needsPlanning: Bool, today: LocalDate) -> ReminderDue? {
        guard needsPlanning, let mentor else { return nil }
        return ReminderDue(.mentoringAhead, to: mentor, about: programme, week(of: today).iso)
    }

    /// The person responsible for an item not yet covered, from `checklistDaysAhead` days before its
    /// window closes until it closes.
    public static func checklistClosing(_ item: UUID, closes: LocalDate, covered: Bool, responsible: UUID?, today: LocalDate) -> ReminderDue? {
        guard !covered, let responsible, today <= closes, today.days(until: closes) <= checklistDaysAhead else { return nil }
        return ReminderDue(.checklistClosing, to: responsible, about: item, closes.iso)
    }

    /// A respondent whose evaluation is open and not answered, once per evaluation.
    public static func evaluationDue(_ programme: UUID, evaluation: EvaluationKind, respondent: UUID, state: EvaluationState) -> ReminderDue? {
        guard case .open = state else { return nil }
        return ReminderDue(.evaluationDue, to: respondent, about: programme, evaluation.rawValue)
    }

    /// The coordinator, once a week when anything needs attention.
    public static func weeklyDigest(coordinator: UUID, organisation: UUID, alerts: Int, today: LocalDate) -> ReminderDue? {
        guard alerts > 0 else { return nil }
        return ReminderDue(.weeklyDigest, to: coordinator, about: organisation, week(of: today).iso)
    }
}
