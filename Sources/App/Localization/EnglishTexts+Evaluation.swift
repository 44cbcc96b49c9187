import GodstartCore

extension EnglishTexts {
    // Evaluations
    var evaluationsTitle: String { "Evaluations" }
    var evaluationsIntro: String {
        "Everyone answers on their own: the new hire and the contact person about the introduction, mentee and mentor about the mentoring. Nobody else reads your answers, not the others in the programme and not the manager. The new hire may choose to send their advice to the mentor, though. The coordinator only sees totals across many programmes."
    }
    func evaluationKind(_ kind: EvaluationKind) -> String {
        switch kind {
        case .introduction: "Evaluation of the introduction"
        case .threeMonths: "Evaluation after 3 months"
        case .sixMonths: "Evaluation after 6 months"
        case .closing: "Evaluation at the closing meeting"
        }
    }
    func evaluationQuestion(_ question: EvaluationQuestion, forMentor: Bool) -> String {
        switch question {
        case .introductionWentWell, .introductionMissing, .readyForOwnCases, .adviceForNextIntroduction:
            introductionQuestion(question, byContactPerson: forMentor)
        case .whatWeDid: "How do you see what the two of you have done so far?"
        case .developmentSeen: forMentor ? "What development have you seen in your mentee?" : "What development have you seen in yourself?"
        case .ownPart: "How do you see your own part in the mentoring?"
        case .adviceForTheMentor: forMentor ? "What would you like to do differently as a mentor?" : "What advice do you have for your mentor?"
        case .content: "The content: what did you work on, and was it the right things?"
        case .learningGoals: "The learning goals: which were reached, and which are still open?"
        case .relevance: "How relevant was the mentoring to the work?"
        case .form: "The form: the meetings, the agenda, the preparation."
        case .frame: "The frame: time, frequency, room, no interruptions."
        case .method: "The methods: conversation, case analysis, coaching, feedback."
        case .outcome: "What has the mentoring given you?"
        case .furtherDevelopment: forMentor
            ? "What further competence development would you recommend for your mentee?"
            : "What further competence development do you want next?"
        }
    }
    var evaluationLookBack: String { "Looking back" }
    var evaluationLookForward: String { "Looking forward" }
    var ratingLegend: String { "All in all, how useful has the mentoring been so far?" }
    func ratingValue(_ value: Int) -> String {
        switch value {
        case 1: "1 · Not useful"
        case 2: "2 · A little useful"
        case 3: "3 · Useful"
        case 4: "4 · Very useful"
        default: "5 · Extremely useful"
        }
    }
    func evaluationOpensOn(date: String) -> String { "Opens on \(date)" }
    func evaluationOpenSince(date: String) -> String { "Open since \(date)" }
    var evaluationAnswered: String { "Answered" }
    var evaluationSaved: String { "Your answers are saved." }
    var saveEvaluation: String { "Save my answers" }
    var answerEvaluation: String { "Answer" }
    var changeEvaluationAnswers: String { "Read or change your answers" }
    func evaluationNotOpenYet(date: String) -> String { "This evaluation opens on \(date)." }
    var errorRatingMissing: String { "Choose how useful the mentoring has been." }
    func coordinatorInvitedToEvaluation(name: String) -> String { "\(name), the coordinator, is invited to the evaluation." }
    var closingInvitationsTitle: String { "Closing evaluations you are invited to" }
    var noClosingInvitations: String { "No closing meetings in the coming weeks." }
    func developmentTalkGoalsTitle(manager: String, date: String) -> String { "Your development talk with \(manager) on \(date)" }
    var developmentTalkGoalsIntro: String {
        "Choose the learning goals you want to bring to the talk. Your manager sees their titles and status, never your notes."
    }
    var noReachedGoalsYet: String { "You have no learning goals yet." }
    var saveGoalsForTalk: String { "Save the choice" }
    var goalsForTalkSaved: String { "Your choice for the development talk is saved." }
    var evaluationStatsTitle: String { "Evaluations in total" }
    func evaluationStatsIntro(minimum: Int) -> String {
        "Totals across the organisation's programmes. Answers are counted in batches of \(minimum): an answer joins the figures only once four others have come in, and a batch's figures never change afterwards. So nobody can see one answer by comparing the figures before and after it. Individual answers are never shown."
    }
    var evaluationColumn: String { "Evaluation" }
    var respondentsColumn: String { "Answered by" }
    var answersColumn: String { "Answers" }
    func answersCounted(_ counted: Int, waiting: Int) -> String {
        waiting == 0 ? "\(counted)" : "\(counted) (\(waiting) more waiting for the next five)"
    }
    var averageRatingColumn: String { "Average usefulness (1-5)" }
    var respondentsMentees: String { "Mentees" }
    var respondentsNewHires: String { "New hires" }
    var respondentsContactPersons: String { "Contact persons" }
    var respondentsMentors: String { "Mentors" }
    func averageRating(_ value: Double) -> String { String(format: "%.1f", value) }
    var tooFewAnswers: String { "Too few answers to show" }
    var ratingDistributionColumn: String { "Spread of the ratings (1-5)" }
    func ratingDistribution(_ counts: [Int]) -> String {
        counts.enumerated().map { "\($0.offset + 1): \($0.element)" }.joined(separator: " · ")
    }
    var questionsAnsweredIntro: String { "How many wrote something to each question. What they wrote stays with them." }
    func answeredOf(_ count: Int, total: Int) -> String { "\(count) of \(total)" }
    var evaluationOverdueFlag: String { "Evaluation not answered" }
    var openEvaluations: String { "Evaluations" }
    var navEvaluations: String { "Evaluations" }

    // Advice to the mentor, sent from an evaluation
    var errorNoAdviceToSend: String { "There is no advice to send. Write the advice, or untick the box." }
    func evaluationSavedAdviceSent(name: String) -> String { "Your answers are saved, and \(name) can now read your advice. The rest of your answers are still yours alone." }
    func sendAdviceLabel(name: String) -> String { "Send my advice to \(name), my mentor" }
    func adviceKeptPrivate(name: String) -> String {
        "Unticked, nobody else reads your advice. Ticked, \(name) can read this one answer, but not the rest. You can change your mind at any time."
    }
    func adviceSentOn(date: String, name: String) -> String {
        "Sent \(date). \(name) can read this one answer, but not the rest. Untick the box and save to take the advice back."
    }
    func adviceWithFormerMentor(name: String, mentor: String) -> String {
        "The advice was sent to \(name), your former mentor, who can read it until the programme ends. Tick the box to send it to \(mentor) instead, or save unticked to take it back."
    }
    func adviceSentTo(name: String, date: String) -> String { "Your advice to the mentor was sent to \(name) \(date). The rest of your answers are yours alone." }
    var adviceNotSent: String { "Your advice to the mentor is yours alone. You can choose to send it to the mentor when you edit your answers." }
    var adviceFromEvaluationsTitle: String { "Advice from the evaluations" }
    func adviceFromEvaluationsIntro(name: String) -> String {
        "\(name) chose to send you their advice from the evaluations. Only \(name) reads the rest of the evaluations."
    }
    func adviceFrom(_ kind: EvaluationKind, date: String) -> String { "\(evaluationKind(kind)) · sent \(date)" }
    var adviceKind: String { "Advice from an evaluation" }
    func adviceTitle(name: String) -> String { "Advice for you from \(name)" }
    var noAdviceShared: String { "The advice is no longer shared with you." }

    // A change of mentor
    var askForNewMentor: String { "Ask for a new mentor" }
    var mentorChangeTitle: String { "Change of mentor" }
    var mentorChangeIntroMentee: String {
        "You can ask for a new mentor without saying more than the reason below. What you have written stays yours. Your current mentor keeps only what you have shared with them, until the programme ends."
    }
    var mentorChangeIntroCoordinator: String {
        "The new mentor sees nothing of the earlier mentoring unless the mentee shares it. The earlier mentor keeps only what was shared with them, until the programme ends."
    }
    var mentorChangeReasonLegend: String { "Reason" }
    func mentorChangeReason(_ reason: MentorChangeReason) -> String {
        switch reason {
        case .betterFit: "A better fit"
        case .mentorNoLongerAvailable: "The mentor no longer has the time"
        case .otherExpertise: "Another field of expertise"
        }
    }
    var sendMentorChangeRequest: String { "Send the request" }
    func mentorChangeRequestedFlash(coordinator: String) -> String { "Your request has gone to \(coordinator), the coordinator." }
    func mentorChangeRequestPending(date: String) -> String { "You asked for a new mentor on \(date). The coordinator is finding one." }
    func currentMentor(name: String) -> String { "The mentor now: \(name)" }
    var newMentorLabel: String { "New mentor" }
    var chooseNewMentor: String { "Choose a mentor" }
    var changeMentorButton: String { "Change mentor" }
    func mentorChangedFlash(name: String) -> String { "\(name) is now the mentor." }
    var errorChooseNewMentor: String { "Choose the new mentor: someone other than the current mentor, the new hire and the manager." }
    var errorChooseReason: String { "Choose a reason." }
    var mentorChangeRequestedFlag: String { "New mentor asked for" }
    func mentorChangeRequestedBy(name: String, date: String, reason: String) -> String {
        "\(name) asked for a new mentor on \(date): \(reason)."
    }
    var earlierMentorsTitle: String { "Earlier mentors" }
    func earlierMentor(name: String, from: String, until: String, reason: String) -> String {
        "\(name), \(from) to \(until) (\(reason))"
    }
    func carryOverLabel(name: String) -> String { "Let \(name) see my learning goals and my competence plan from before" }
    var carryOverHint: String { "Notes from the meetings with your earlier mentor are never shown to the new mentor." }
    var saveCarryOver: String { "Save" }
    var carryOverSaved: String { "Your choice is saved." }
    var earlierMentoringNotShown: String { "This meeting has notes from the mentoring with an earlier mentor. They belong to the new hire and are not shown here." }
    func earlierNotesTitle(mentor: String) -> String { "Notes from the mentoring with \(mentor)" }
    var earlierNotesHint: String { "Written before the mentor changed. The current mentor does not see them, and they can no longer be changed." }
    var notesNotSavedMentorChanged: String { "The mentor was changed while the page was open, so the notes were not saved. What you wrote is below: read it through and save again if it belongs in the new mentoring." }
}
