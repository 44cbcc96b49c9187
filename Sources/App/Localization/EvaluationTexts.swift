import GodstartCore

/// The texts of the mentoring's evaluations and of a change of mentor.
public protocol EvaluationTexts: Sendable {
    // Evaluations
    var evaluationsTitle: String { get }
    var evaluationsIntro: String { get }
    func evaluationKind(_ kind: EvaluationKind) -> String
    /// A question in the new hire's words, or (`forMentor`) in the mentor's or the contact person's.
    func evaluationQuestion(_ question: EvaluationQuestion, forMentor: Bool) -> String
    var evaluationLookBack: String { get }
    var evaluationLookForward: String { get }
    var ratingLegend: String { get }
    func ratingValue(_ value: Int) -> String
    func evaluationOpensOn(date: String) -> String
    func evaluationOpenSince(date: String) -> String
    var evaluationAnswered: String { get }
    var evaluationSaved: String { get }
    var saveEvaluation: String { get }
    var answerEvaluation: String { get }
    var changeEvaluationAnswers: String { get }
    func evaluationNotOpenYet(date: String) -> String
    var errorRatingMissing: String { get }
    func coordinatorInvitedToEvaluation(name: String) -> String
    var closingInvitationsTitle: String { get }
    var noClosingInvitations: String { get }
    func developmentTalkGoalsTitle(manager: String, date: String) -> String
    var developmentTalkGoalsIntro: String { get }
    var noReachedGoalsYet: String { get }
    var saveGoalsForTalk: String { get }
    var goalsForTalkSaved: String { get }
    var evaluationStatsTitle: String { get }
    func evaluationStatsIntro(minimum: Int) -> String
    var evaluationColumn: String { get }
    var respondentsColumn: String { get }
    var answersColumn: String { get }
    func answersCounted(_ counted: Int, waiting: Int) -> String
    var averageRatingColumn: String { get }
    var respondentsMentees: String { get }
    var respondentsMentors: String { get }
    var respondentsNewHires: String { get }
    var respondentsContactPersons: String { get }
    func averageRating(_ value: Double) -> String
    var tooFewAnswers: String { get }
    var ratingDistributionColumn: String { get }
    /// How many rated 1, 2, ... 5.
    func ratingDistribution(_ counts: [Int]) -> String
    var questionsAnsweredIntro: String { get }
    func answeredOf(_ count: Int, total: Int) -> String
    var evaluationOverdueFlag: String { get }
    var openEvaluations: String { get }
    var navEvaluations: String { get }

    // Advice to the mentor, sent from an evaluation
    var errorNoAdviceToSend: String { get }
    func evaluationSavedAdviceSent(name: String) -> String
    func sendAdviceLabel(name: String) -> String
    func adviceKeptPrivate(name: String) -> String
    func adviceSentOn(date: String, name: String) -> String
    func adviceWithFormerMentor(name: String, mentor: String) -> String
    func adviceSentTo(name: String, date: String) -> String
    var adviceNotSent: String { get }
    var adviceFromEvaluationsTitle: String { get }
    func adviceFromEvaluationsIntro(name: String) -> String
    func adviceFrom(_ kind: EvaluationKind, date: String) -> String
    var adviceKind: String { get }
    func adviceTitle(name: String) -> String
    var noAdviceShared: String { get }

    // A change of mentor
    var askForNewMentor: String { get }
    var mentorChangeTitle: String { get }
    var mentorChangeIntroMentee: String { get }
    var mentorChangeIntroCoordinator: String { get }
    var mentorChangeReasonLegend: String { get }
    func mentorChangeReason(_ reason: MentorChangeReason) -> String
    var sendMentorChangeRequest: String { get }
    func mentorChangeRequestedFlash(coordinator: String) -> String
    func mentorChangeRequestPending(date: String) -> String
    func currentMentor(name: String) -> String
    var newMentorLabel: String { get }
    var chooseNewMentor: String { get }
    var changeMentorButton: String { get }
    func mentorChangedFlash(name: String) -> String
    var errorChooseNewMentor: String { get }
    var errorChooseReason: String { get }
    var mentorChangeRequestedFlag: String { get }
    func mentorChangeRequestedBy(name: String, date: String, reason: String) -> String
    var earlierMentorsTitle: String { get }
    func earlierMentor(name: String, from: String, until: String, reason: String) -> String
    func carryOverLabel(name: String) -> String
    var carryOverHint: String { get }
    var saveCarryOver: String { get }
    var carryOverSaved: String { get }
    var earlierMentoringNotShown: String { get }
    func earlierNotesTitle(mentor: String) -> String
    var earlierNotesHint: String { get }
    var notesNotSavedMentorChanged: String { get }
}
