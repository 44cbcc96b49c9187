import Foundation

/// The mentoring material's rule: plan two or three meetings ahead. A mentoring planned "as
/// needed" turns into fire fighting or peters out.
public enum PlanningAhead {
    /// How many meetings should always be planned ahead.
    public static let minimumAhead = 2
    /// Near the end there is nothing left to plan: the closing meeting is close enough.
    public static let quietBeforeClosingDays = 21

    /// True when the mentoring is running, fewer than two of its meetings lie ahead, and the
    /// closing meeting is not around the corner.
    public static func needsPlanning(_ facts: [MeetingFact], stage: ProgrammeStage, now: Date, timeZone: TimeZone) -> Bool {
        guard stage.part == .mentoring else { return false }
        let today = LocalDate(now, in: timeZone)
        let upcoming = facts.filter {
            $0.kind.isBetweenMentorAndMentee && !$0.held && !$0.cancelled && LocalDate($0.startsAt, in: timeZone) >= today
        }
        // The closing meeting months away is not "the next meetings"; it only quiets the rule when it is near.
        if let closing = upcoming.first(where: { $0.kind == .mentoringClosing }),
           today.days(until: LocalDate(closing.startsAt, in: timeZone)) <= quietBeforeClosingDays {
            return false
        }
        return upcoming.filter { $0.kind != .mentoringClosing }.count < minimumAhead
    }
}

/// When a meeting may be marked as held: from its own day on (a meeting cannot be held ahead of time).
public enum HeldRule {
    public static func canMarkHeld(meetingStartsAt: Date, now: Date, timeZone: TimeZone) -> Bool {
        LocalDate(meetingStartsAt, in: timeZone) <= LocalDate(now, in: timeZone)
    }
}

/// What was agreed under point 5 of one dialogue meeting comes back as point 0 of the next.
public enum Homework {
    public static func carriedOver(from previousNotes: [AgendaPoint: String]) -> String? {
        guard let text = previousNotes[.nextTheme]?.trimmingCharacters(in: .whitespacesAndNewlines), !text.isEmpty else {
            return nil
        }
        return text
    }

    /// The meeting whose point 5 feeds this one: the latest earlier mentoring meeting that was not cancelled.
    public static func previousIndex(before index: Int, in facts: [MeetingFact]) -> Int? {
        let current = facts[index]
        guard current.kind == .dialogueMeeting else { return nil }
        return facts.indices
            .filter { i in
                i != index && facts[i].kind.isBetweenMentorAndMentee && !facts[i].cancelled && facts[i].startsAt < current.startsAt
            }
            .max { facts[$0].startsAt < facts[$1].startsAt }
    }
}
