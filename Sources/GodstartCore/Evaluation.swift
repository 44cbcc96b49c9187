import Foundation

/// The evaluations of a programme: the introduction's short one at its closing meeting (new hire
/// and contact person); the mentoring's at about 3 and 6 months (the Stockholm questions) and at
/// its closing meeting (look back, look forward), by mentee and mentor. Everyone answers
/// separately; nobody sees another's answers, and the coordinator sees only aggregates above the
/// minimum group size.
public enum EvaluationKind: String, CaseIterable, Sendable {
    case introduction, threeMonths, sixMonths, closing

    /// Who answers: the new hire, and the contact person or the mentor.
    public var respondents: [ProgrammeRole] {
        self == .introduction ? [.newcomer, .contactPerson] : [.newcomer, .mentor]
    }

    public var questions: [EvaluationQuestion] {
        switch self {
        case .introduction: [.introductionWentWell, .introductionMissing, .readyForOwnCases, .adviceForNextIntroduction]
        case .threeMonths, .sixMonths: [.whatWeDid, .developmentSeen, .ownPart, .adviceForTheMentor]
        case .closing: [.content, .learningGoals, .relevance, .form, .frame, .method, .outcome, .furtherDevelopment]
        }
    }

    /// The day the evaluation opens: a week before the introduction's closing meeting; a week before
    /// 3 or 6 months from the first day; two weeks before the mentoring's closing meeting.
    public func opensOn(firstDay: LocalDate, closingMeeting: LocalDate?, introductionClosing: LocalDate? = nil) -> LocalDate {
        switch self {
        case .introduction: (introductionClosing ?? firstDay.adding(months: 3)).adding(days: -7)
        case .threeMonths: firstDay.adding(months: 3).adding(days: -7)
        case .sixMonths: firstDay.adding(months: 6).adding(days: -7)
        case .closing: (closingMeeting ?? firstDay.adding(months: 12)).adding(days: -14)
        }
    }

    /// The evaluations a programme has: the 6-month one only when the mentoring runs past it.
    public static func of(firstDay: LocalDate, closingMeeting: LocalDate?) -> [EvaluationKind] {
        allCases.filter { kind in
            kind == .closing || kind == .introduction || closingMeeting.map { kind.opensOn(firstDay: firstDay, closingMeeting: nil) < $0.adding(days: -14) } ?? true
        }
    }
}

extension EvaluationKind {
    /// The question whose answer the new hire may send to their mentor (ACCESS.md: the mentee's
    /// advice reaches the mentor only if the mentee sends it), if this evaluation asks it.
    public var adviceForTheMentor: EvaluationQuestion? {
        questions.contains(.adviceForTheMentor) ? .adviceForTheMentor : nil
    }

    /// Whether `role`'s answer to this evaluation carries advice its author may send to the mentor:
    /// the new hire's, never the mentor's own answer.
    public func hasAdviceToSend(answeredAs role: ProgrammeRole) -> Bool {
        role == .newcomer && adviceForTheMentor != nil
    }
}

/// One question of an evaluation. The mentor's and the mentee's wording differ; the words live in
/// the localisation layer.
public enum EvaluationQuestion: String, CaseIterable, Sendable {
    // The introduction
    case introductionWentWell, introductionMissing, readyForOwnCases, adviceForNextIntroduction
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

    /// The part in which a person answers `kind`, or nil when they do not answer it. Each reads only
    /// their own answers. A contact person who is also the mentor answers the introduction as
    /// contact person and the mentoring as mentor.
    public static func respondentRole(_ relations: Set<ProgrammeRelation>, _ kind: EvaluationKind) -> ProgrammeRole? {
        kind.respondents.first { role in
            switch role {
            case .newcomer: relations.contains(.newcomer)
            case .contactPerson: relations.contains(.contactPerson)
            case .mentor: relations.contains(.mentor)
            default: false
            }
        }
    }

    /// How far ahead the coordinator is shown the closing evaluations she is invited to.
    public static let closingInvitationWeeks = 6

    public static func state(_ kind: EvaluationKind, answered: Bool, firstDay: LocalDate, closingMeeting: LocalDate?,
                             introductionClosing: LocalDate? = nil, today: LocalDate) -> EvaluationState {
        if answered { return .answered }
        let opens = kind.opensOn(firstDay: firstDay, closingMeeting: closingMeeting, introductionClosing: introductionClosing)
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

/// One evaluation answered in one role, across the organisation's programmes, as the coordinator
/// may see it: how many answered and, from the minimum group size up, the spread of the rating and
/// how many wrote something to each question. Never a text.
public struct EvaluationAggregate: Equatable, Sendable {
    public let kind: EvaluationKind
    public let count: Int
    public let average: Double?
    /// How many rated 1, 2, ... 5; nil below the minimum group size.
    public let ratingCounts: [Int]?
    /// How many wrote an answer to each of the evaluation's questions, in its order; nil below the minimum.
    public let answeredPerQuestion: [QuestionCount]?

    public struct QuestionCount: Equatable, Sendable {
        public let question: EvaluationQuestion
        public let count: Int
    }

    /// How many answers wait for their batch to close, not yet in the figures.
    public let waiting: Int

    public static func of(_ kind: EvaluationKind, ratings: [Int], answers: [[String: String]]) -> EvaluationAggregate {
        of(kind, published: .of(ratings: ratings, answers: answers), waiting: 0)
    }

    /// The figures of the closed batches, and how many answers wait for the next.
    public static func of(_ kind: EvaluationKind, published figures: EvaluationFigures, waiting: Int) -> EvaluationAggregate {
        let shown = figures.answers >= EvaluationRules.minimumGroupSize
        let sum = zip(EvaluationRules.ratingRange, figures.ratingCounts).reduce(0) { $0 + $1.0 * $1.1 }
        let answered = kind.questions.map { QuestionCount(question: $0, count: figures.answeredPerQuestion[$0.rawValue] ?? 0) }
        return EvaluationAggregate(kind: kind, count: figures.answers, average: shown ? Double(sum) / Double(figures.answers) : nil,
                                   ratingCounts: shown ? figures.ratingCounts : nil, answeredPerQuestion: shown ? answered : nil,
                                   waiting: waiting)
    }
}

/// Evaluation figures are published in closed batches of five answers (ACCESS.md, "Aggregates"):
/// an answer counts in the figures only once four others have joined it in a batch, and a batch's
/// figures never change after it closed, even when one of its answers is changed later. So no two
/// readings of the figures differ by one answer, and an overdue flag that goes away tells that
/// someone answered, never what.
public enum EvaluationBatches {
    public static let size = EvaluationRules.minimumGroupSize

    /// How many full batches the answers not yet in a batch make (taken oldest first); the rest wait.
    public static func toClose(waiting: Int) -> Int { waiting / size }
}

/// What one closed batch, or the sum of several, says: never a text, never one person's answer.
public struct EvaluationFigures: Equatable, Sendable {
    public var answers: Int
    /// How many rated 1, 2, ... 5.
    public var ratingCounts: [Int]
    /// How many wrote something to each question, by the question's raw value.
    public var answeredPerQuestion: [String: Int]

    public init(answers: Int = 0, ratingCounts: [Int] = Array(repeating: 0, count: EvaluationRules.ratingRange.count),
                answeredPerQuestion: [String: Int] = [:]) {
        self.answers = answers
        self.ratingCounts = ratingCounts
        self.answeredPerQuestion = answeredPerQuestion
    }

    /// The figures of these answers (a batch as it closes).
    public static func of(ratings: [Int], answers: [[String: String]]) -> EvaluationFigures {
        var figures = EvaluationFigures(answers: ratings.count)
        for rating in ratings where EvaluationRules.ratingRange.contains(rating) {
            figures.ratingCounts[rating - EvaluationRules.ratingRange.lowerBound] += 1
        }
        for answer in answers {
            for (question, text) in answer where !text.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty {
                figures.answeredPerQuestion[question, default: 0] += 1
            }
        }
        return figures
    }

    public static func + (a: EvaluationFigures, b: EvaluationFigures) -> EvaluationFigures {
        EvaluationFigures(answers: a.answers + b.answers, ratingCounts: zip(a.ratingCounts, b.ratingCounts).map(+),
                          answeredPerQuestion: a.answeredPerQuestion.merging(b.answeredPerQuestion, uniquingKeysWith: +))
    }

    public static func += (a: inout EvaluationFigures, b: EvaluationFigures) { a = a + b }
}

/// Why a mentee gets a new mentor: neutral reasons only, nobody has to explain more.
public enum MentorChangeReason: String, CaseIterable, Sendable {
    case betterFit, mentorNoLongerAvailable, otherExpertise
}
