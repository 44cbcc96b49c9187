/// Closing the introduction and starting the mentoring in one step, at the introduction's closing
/// meeting (DOMAIN.md, "Introduction": evaluate the introduction, agree to start the mentoring).
public enum MentoringStartRules {
    /// What becomes of an item not covered when the introduction closes.
    public enum ItemChoice: String, CaseIterable, Sendable {
        case carryIntoMentoring, close
    }

    public enum Problem: Equatable, Sendable {
        case startInThePast, startAfterMentoringClosing, reasonMissing
    }

    /// The contact person or the manager closes the introduction; both take part in its closing meeting.
    public static func mayStart(_ relations: Set<ProgrammeRelation>) -> Bool {
        ChecklistRules.mayAdapt(relations)
            && AccessPolicy.decide(relations, .plan, .write, AccessContext(isParticipant: true, part: .introduction)) == .allow
    }

    /// Whether starting the mentoring on `today` comes before the week of the introduction's closing
    /// meeting: allowed, but only with a reason (the hand-over happens when the introduction ends).
    public static func startsEarly(today: LocalDate, introductionClosing: LocalDate?) -> Bool {
        guard let closing = introductionClosing else { return false }
        return today < closing.adding(days: 1 - closing.isoWeekday)
    }

    /// Why the start meeting cannot be on `date`, or nil.
    public static func problem(startMeeting date: LocalDate, today: LocalDate, mentoringClosing: LocalDate?) -> Problem? {
        if date < today { return .startInThePast }
        if let mentoringClosing, date >= mentoringClosing { return .startAfterMentoringClosing }
        return nil
    }
}
