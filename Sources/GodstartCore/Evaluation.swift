import Foundation

/// The evaluations of the mentoring: at about 3 and 6 months (the Stockholm questions) and at the
/// closing meeting (look back, look forward). Mentor and mentee answer separately; neither sees
/// the other's answers, and the coordinator sees only aggregates above the minimum group size.
public enum EvaluationKind: String, CaseIterable, Sendable {
    case threeMonths, sixMonths, closing

    public var questions: [EvaluationQuestion] {
        switch self {
        case .threeMonths, .sixMonths: [.whatWeDid, .developmentSeen, .ownPart, .adviceForTheMentor]
        case .closing: [.content, .learningGoals, .relevance, .form, .frame, .method, .outcome, .furtherDevelopment]
        }
    }

    /// The day the evaluation opens: a week before 3 or 6 months from the first day, two weeks
    /// before the closing meeting.
    public func opensOn(firstDay: LocalDate, closingMeeting: LocalDate?) -> LocalDate {
        switch self {
        case .threeMonths: firstDay.adding(months: 3).adding(days: -7)
        case .sixMonths: firstDay.adding(months: 6).adding(days: -7)
        case .closing: (closingMeeting ?? firstDay.adding(months: 12)).adding(days: -14)
        }
    }

    /// The evaluations a programme has: the 6-month one only when the mentoring runs past it.
    public static func of(firstDay: LocalDate, closingMeeting: LocalDate?) -> [EvaluationKind] {
        allCases.filter { kind in
            kind == .closing || closingMeeting.map { kind.opensOn(firstDay: firstDay, closingMeeting: nil) < $0.adding(days: -14) } ?? true
        }
    }
}

/// One question of an evaluation. The mentor's and the mentee's wording differ; the words live in
/// the localisation layer.
public enum EvaluationQuestion: String, CaseIterable, Sendable {
    // At 3 and 6 months
    case whatWeDid, developmentSeen, ownPart, adviceForTheMentor
    // At the closing meeting: looking back ...
    case content, learningGoals, relevance, form, frame, method, outcome
    // ... and forward
    case furtherDevelopment
}

/// Where one person stands with one evaluation.
public enum EvaluationState: Equatable, Sendable {
    case notOpenYet(opens: LocalDate)
    case open(since: LocalDate)
    case answered
}

public enum EvaluationRules {
    /// Aggregates of evaluation answers are shown from this many answers up (DOMAIN.md, "Confidentiality").
    public static let minimumGroupSize = 5
    /// The scale of the one rating question: how useful the mentoring has been, 1 to 5.
    public static let ratingRange = 1...5
    public static let maximumAnswerLength = 4_000

    /// The mentoring's evaluations are answered by the mentee and the mentor; each reads only their own.
    public static func respondentRole(_ relations: Set<ProgrammeRelation>) -> ProgrammeRole? {
        if relations.contains(.newcomer) { return .newcomer }
        if relations.contains(.mentor) { return .mentor }
        return nil
    }

    /// How far ahead the coordinator is shown the closing evaluations she is invited to.
    public static let closingInvitationWeeks = 6

    public static func state(_ kind: EvaluationKind, answered: Bool, firstDay: LocalDate, closingMeeting: LocalDate?,
                             today: LocalDate) -> EvaluationState {
        if answered { return .answered }
        let opens = kind.opensOn(firstDay: firstDay, closingMeeting: closingMeeting)
        return today < opens ? .notOpenYet(opens: opens) : .open(since: opens)
    }

    /// Whether an evaluation has been open for two weeks without an answer: a fact the coordinator may act on.
    public static func isOverdue(_ state: EvaluationState, today: LocalDate) -> Bool {
        if case .open(let since) = state { return since.adding(days: 14) < today }
        return false
    }

    /// The average of ratings, only when there are enough of them to show.
    public static func average(_ ratings: [Int]) -> Double? {
        guard ratings.count >= minimumGroupSize else { return nil }
        return Double(ratings.reduce(0, +)) / Double(ratings.count)
    }
}

/// Why a mentee gets a new mentor: neutral reasons only, nobody has to explain more.
public enum MentorChangeReason: String, CaseIterable, Sendable {
    case betterFit, mentorNoLongerAvailable, otherExpertise
}
