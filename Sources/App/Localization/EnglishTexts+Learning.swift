import GodstartCore

extension EnglishTexts {
    var yourMentoring: String { "Your mentoring" }
    var yourWholeProgramme: String { "Everything about your programme" }

    // Learning goals
    var learningGoalsTitle: String { "Learning goals" }
    var learningGoalsIntro: String {
        "The goals the mentoring works on: typical ones from the catalogue and your own. New goals appear along the way. For each goal, agree how the mentor works with you on it."
    }
    func learningGoalStatus(_ status: LearningGoalStatus) -> String {
        switch status {
        case .notStarted: "Not started"
        case .inProgress: "In progress"
        case .reached: "Reached"
        }
    }
    func mentorRoleName(_ role: MentorRole) -> String {
        switch role {
        case .professionalSupervisor: "Professional supervisor"
        case .coach: "Coach"
        case .adviser: "Adviser"
        case .knowledgeSharer: "Knowledge sharer"
        case .storyteller: "Storyteller"
        case .sparringPartner: "Sparring partner"
        case .critic: "Critic"
        case .networker: "Networker"
        case .doorOpener: "Door opener"
        case .sponsor: "Sponsor"
        case .friend: "Friend"
        }
    }
    func mentorRoleDescription(_ role: MentorRole) -> String {
        switch role {
        case .professionalSupervisor: "Links what you learned in your studies to the cases on your desk."
        case .coach: "Asks questions that help you find your own answers."
        case .adviser: "Gives advice and suggests what you could do."
        case .knowledgeSharer: "Shares professional knowledge when you need it."
        case .storyteller: "Tells stories from their own practice to inspire you."
        case .sparringPartner: "Discusses with you and challenges your view."
        case .critic: "Gives you constructive criticism and honest feedback."
        case .networker: "Helps you build and use your network."
        case .doorOpener: "Opens doors and puts you in touch with the right people."
        case .sponsor: "Guides you on your career."
        case .friend: "Encourages and supports you."
        }
    }
    func typicalLearningGoal(_ goal: TypicalLearningGoal) -> String {
        switch goal {
        case .workPlanning: "Planning my work and my week"
        case .professionalPersonalPrivate: "Being professional, personal and private"
        case .difficultConversation: "The difficult conversation"
        case .ethicalDilemmas: "Handling ethical dilemmas"
        case .angryOrSadCitizens: "Meeting citizens who get angry or sad"
        case .ownEmotions: "Handling my own emotions"
        case .crossPressure: "Working under cross-pressure"
        case .stress: "Preventing and handling stress"
        case .theoryToPractice: "Bringing theory into practice"
        case .authorityRole: "Taking on the authority role"
        case .practiceShock: "Getting through the practice shock"
        case .psychiatricDiagnoses: "Working with citizens with psychiatric diagnoses"
        case .caseAnalysis: "Analysing a case"
        case .workingRelationships: "Working relationships with colleagues and partners"
        case .sayingNo: "Saying no and refusing benefits"
        case .systematicCasework: "Systematic casework"
        case .clearDecisions: "Communicating decisions clearly"
        case .crossDisciplinaryCoordination: "Coordinating across professions"
        case .knowledgeBasedPractice: "Knowledge-based practice"
        }
    }
    var addGoalFromCatalogue: String { "Add a typical goal" }
    var catalogueGoalLabel: String { "Typical goal" }
    var chooseCatalogueGoal: String { "Choose a goal" }
    var addOwnGoal: String { "Add a goal of your own" }
    var ownGoalLabel: String { "Your goal" }
    var ownGoalHint: String { "In your own words, for example “Running a network meeting on my own”." }
    var addGoalButton: String { "Add the goal" }
    var goalAdded: String { "The goal is added." }
    var goalSaved: String { "The goal is saved." }
    var goalRemoved: String { "The goal is removed." }
    var goalColumn: String { "Goal" }
    var goalStatusColumn: String { "Status" }
    var goalRoleColumn: String { "The mentor's role" }
    var goalMeetingsColumn: String { "Worked on in" }
    var noGoalsYet: String { "No learning goals yet. Start with a few at the start meeting." }
    var ownGoalMarker: String { "own goal" }
    var goalTitleLabel: String { "Goal" }
    var goalNoteLabel: String { "What the goal means, and how you work on it" }
    var goalNoteHint: String { "Only the two of you can read this." }
    var goalStatusLegend: String { "Status" }
    var mentorRoleLegend: String { "The mentor's roles for this goal (one or more)" }
    var mentorRoleHint: String { "Naming the role prevents misunderstandings: do you want advice, questions or criticism?" }
    var noRoleChosen: String { "Not chosen yet" }
    var goalMeetingsLegend: String { "Meetings that worked on this goal" }
    var goalMeetingsHint: String { "Tick the mentoring meetings where you worked on it." }
    var noMentoringMeetingsYet: String { "No mentoring meetings have taken place yet." }
    func bringToDevelopmentTalk(manager: String) -> String { "Bring this goal to the development talk with \(manager)" }
    var bringToDevelopmentTalkHint: String {
        "Your manager then sees the goal's title and status, never your notes. Only you decide this."
    }
    func goalsForDevelopmentTalk(name: String) -> String { "Learning goals \(name) brings to the development talk" }
    var noGoalsBroughtYet: String { "No goals chosen for the talk yet." }
    var saveGoal: String { "Save the goal" }
    var earlierGoalReadOnly: String { "This goal is from the mentoring with an earlier mentor. The new hire has shared it with you, so you can read it but not change it." }
    var removeGoal: String { "Remove the goal" }
    var errorChooseGoal: String { "Choose a goal from the list." }
    var errorGoalTitleMissing: String { "Write the goal." }
    var errorGoalAlreadyChosen: String { "This goal is already on the list." }
    func goalCounts(total: Int, inProgress: Int, reached: Int) -> String {
        total == 0 ? "None yet" : "\(total) in all: \(inProgress) in progress, \(reached) reached"
    }
    var learningGoalsFactLabel: String { "Learning goals" }
    var openLearningGoals: String { "Learning goals" }
    func meetingCount(_ count: Int) -> String { count == 1 ? "1 meeting" : "\(count) meetings" }
    var backToLearningGoals: String { "All learning goals" }
    var goalsWorkedOnInMeeting: String { "Learning goals worked on in this meeting" }

    // The catalogue
    var catalogueTitle: String { "Catalogue of learning goals" }
    var catalogueIntro: String {
        "The typical goals every mentee and mentor choose from, the same for every mentor. Write each title in the languages your staff use; a missing language shows the Danish title, then any other."
    }
    func catalogueTitleIn(language: String) -> String { "Title in \(language)" }
    var catalogueNewEntry: String { "New goal in the catalogue" }
    var catalogueAddEntry: String { "Add to the catalogue" }
    var catalogueSaveEntry: String { "Save" }
    var catalogueEntryAdded: String { "The goal is added to the catalogue." }
    var catalogueEntrySaved: String { "The catalogue is saved." }
    var catalogueRetire: String { "Take out of the catalogue" }
    var catalogueRestore: String { "Put back in the catalogue" }
    var catalogueRetiredFlash: String { "The goal is taken out of the catalogue." }
    var catalogueRestoredFlash: String { "The goal is back in the catalogue." }
    var catalogueRetiredHeading: String { "Taken out of the catalogue" }
    var catalogueRetiredHint: String { "Programmes that chose these goals keep them." }
    var errorCatalogueTitleMissing: String { "Write the title in at least one language." }
    var navCatalogue: String { "Learning goal catalogue" }

    // The learning and competence plan
    var competencePlanTitle: String { "Learning and competence plan" }
    var competencePlanIntro: String {
        "The kinds of tasks the mentee takes on, what they learn from each, and what comes next. Update it together after feedback. Every change is kept in the history below."
    }
    func competencePlanField(_ field: CompetencePlanField) -> String {
        switch field {
        case .taskType: "Type of task"
        case .learningGoal: "Learning goal"
        case .description: "Description"
        case .estimatedTime: "Estimated time"
        case .sparring: "Sparring: when and with whom"
        case .nextStep: "Next step"
        case .developmentPotential: "Development potential"
        }
    }
    func competencePlanFieldHint(_ field: CompetencePlanField) -> String {
        switch field {
        case .taskType: "For example “Child welfare investigation” or “First interview with a new citizen”."
        case .learningGoal: "What the mentee learns from this kind of task."
        case .description: "What the task involves."
        case .estimatedTime: "How long the task is expected to take, for example “2 days” or “15 hours”."
        case .sparring: "When, and with whom, the mentee gets sparring on the task."
        case .nextStep: "The next step in the mentee's development with this kind of task."
        case .developmentPotential: "Where the mentee can grow further."
        }
    }
    var addPlanRow: String { "Add the row" }
    var newPlanRowHeading: String { "New row" }
    var savePlanRow: String { "Save the row" }
    var removePlanRow: String { "Remove the row" }
    var planRowAdded: String { "The row is added to the plan." }
    var planRowSaved: String { "The row is saved." }
    var planRowRemoved: String { "The row is removed from the plan. It stays in the history." }
    var planRowUnchanged: String { "Nothing was changed." }
    var noPlanRowsYet: String { "The plan has no rows yet." }
    var errorPlanRowTaskTypeMissing: String { "Write the type of task." }
    var planHistoryTitle: String { "History of changes" }
    var planHistoryEmpty: String { "No changes yet." }
    func planRowAddedBy(name: String, date: String, task: String) -> String { "\(date): \(name) added “\(task)”" }
    func planRowChangedBy(name: String, date: String, task: String, fields: String) -> String {
        "\(date): \(name) changed “\(task)” (\(fields))"
    }
    func planRowRemovedBy(name: String, date: String, task: String) -> String { "\(date): \(name) removed “\(task)”" }
    var printablePlan: String { "Printable version" }
    var planPrintHint: String { "Print with your browser's print command (Ctrl+P, or ⌘P on a Mac), or save it as a PDF." }
    var backToPlan: String { "Back to the plan" }
    func competencePlanOf(name: String) -> String { "Learning and competence plan for \(name)" }
    var sharePlanWithManagerHeading: String { "Your manager" }
    func sharePlanWithManager(name: String) -> String { "Share the plan with \(name)" }
    func planSharedWithManager(name: String) -> String { "\(name) can read the plan." }
    func unsharePlanWithManager(name: String) -> String { "Stop sharing with \(name)" }
    var planSharedFlash: String { "The plan is shared with your manager." }
    var planUnsharedFlash: String { "The plan is no longer shared with your manager." }
    var openCompetencePlan: String { "Learning and competence plan" }
    var editPlanRow: String { "Change" }

    // Guides
    var guidesTitle: String { "Guides for the conversation" }
    var guidesIntro: String { "Open a guide when the conversation needs it." }
    var caseAnalysisTitle: String { "Case and episode analysis in five steps" }
    var caseAnalysisIntro: String {
        "Go through a concrete case or episode step by step, from what you know to what you will do."
    }
    func caseAnalysisStep(_ step: CaseAnalysisStep) -> String {
        switch step {
        case .whatWeKnow: "What do we know?"
        case .hypotheses: "Which hypotheses do we have?"
        case .mostLikely: "Which hypotheses are most likely right now?"
        case .directions: "Which overall directions do they point to?"
        case .actions: "Which concrete actions can we take?"
        }
    }
    func caseAnalysisStepHint(_ step: CaseAnalysisStep) -> String {
        switch step {
        case .whatWeKnow: "Facts, what the citizen has said and experienced, observations, other sources."
        case .hypotheses: "Brainstorm freely; use concepts and theory."
        case .mostLikely: "Choose the hypotheses that fit best with what you know."
        case .directions: "Directions for the work, not yet concrete actions."
        case .actions: "Concrete actions for each direction, based on what you know and the frame of the work."
        }
    }
    var coachingTitle: String { "Coaching questions" }
    var coachingIntro: String { "A coaching conversation moves from the problem to new ideas and a first step." }
    func coachingPhase(_ phase: CoachingPhase) -> String {
        switch phase {
        case .mapTheProblem: "Map the problem"
        case .exploreRelations: "Explore relations and connections"
        case .generateIdeas: "Find new ideas and possibilities"
        case .commitToAction: "Set a goal, plan and act"
        }
    }
    func coachingQuestions(_ phase: CoachingPhase) -> [String] {
        switch phase {
        case .mapTheProblem: [
            "How does the problem show itself?",
            "Where does it happen, and when did you first notice it?",
            "How does the situation affect you?",
        ]
        case .exploreRelations: [
            "How do the people involved relate to each other?",
            "How do the others see the situation?",
            "What would the problem look like somewhere else?",
            "What stops you from raising the problem?",
        ]
        case .generateIdeas: [
            "What have you done before in situations like this?",
            "What would you love to be able to do?",
            "If someone you trust gave you an unexpected piece of good advice, what would it be?",
            "What would happen if you …?",
        ]
        case .commitToAction: [
            "Where do you go from here?",
            "What could help you act, and what could get in the way?",
            "Who can support you?",
            "What is your first step?",
            "Is there something from today you can use elsewhere?",
        ]
        }
    }
    var feedbackTitle: String { "Feedback and feed forward" }
    var feedbackIntro: String { "Ask open questions, so the mentee reflects and answers in their own words." }
    var feedbackQuestions: [String] {
        [
            "What has taken up most of your attention lately?",
            "What works well for you? When did you really succeed?",
            "Which skills has this task given you?",
            "Is there anything you need more help with? What would it take?",
            "How are our meetings and our feedback working? Should we do more of something, or do it differently?",
            "What is it like for you to be new in the team?",
        ]
    }
    var feedForwardTitle: String { "Feed forward" }
    var feedForwardPoints: [String] {
        [
            "Say what you think the mentee has succeeded in: “I think you …”.",
            "Name where the mentee can grow, and what the next step or goal could be.",
            "Update the learning and competence plan together.",
        ]
    }
}
