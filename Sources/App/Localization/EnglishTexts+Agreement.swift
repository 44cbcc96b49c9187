import GodstartCore

extension EnglishTexts {
    var agreementTitle: String { "Collaboration agreement" }
    var agreementIntro: String {
        "Go through the topics together at the start meeting and write down what you agree on. Short answers are enough. When the agreement says what you both mean, each of you confirms it."
    }
    func agreementSection(_ section: AgreementSection) -> String {
        switch section {
        case .purposeAndLearning: "Purpose and learning"
        case .roleAndMethods: "The mentor's role and your methods"
        case .frame: "The frame"
        case .groundRules: "Ground rules"
        }
    }
    func agreementSectionIntro(_ section: AgreementSection) -> String {
        switch section {
        case .purposeAndLearning: "Why the workplace offers mentoring, and what the mentee needs to learn first. The learning goals will change along the way."
        case .roleAndMethods: "Naming how the mentor works on a goal prevents misunderstandings."
        case .frame: "Plan two or three meetings ahead: mentoring that is planned as needed turns into fire fighting or peters out."
        case .groundRules: "How you want the relationship to be. Confidentiality matters most."
        }
    }
    func agreementTopic(_ topic: AgreementTopic) -> String {
        switch topic {
        case .purpose: "Purpose of the mentoring"
        case .learningNeeds: "Learning needs"
        case .learningGoals: "First learning goals"
        case .mentorRole: "The mentor's role"
        case .methods: "Methods"
        case .tools: "Tools"
        case .meetingFrequency: "Number and frequency of meetings"
        case .duration: "Duration"
        case .room: "Room"
        case .noInterruptions: "No interruptions"
        case .comingPrepared: "Coming prepared"
        case .confidentiality: "Confidentiality"
        case .openness: "Openness"
        case .responsibility: "Responsibility"
        case .feedback: "Feedback"
        case .otherGroundRules: "Other ground rules"
        }
    }
    func agreementTopicHint(_ topic: AgreementTopic) -> String {
        switch topic {
        case .purpose: "What does the workplace want from the mentoring, and what do you two want from it?"
        case .learningNeeds: "What does the mentee find hard right now, and what do they need to get to grips with?"
        case .learningGoals: "Which goals do you start with? You can add them to the learning goals afterwards."
        case .mentorRole: "Adviser, coach, sparring partner, critic …: how does the mentee want the mentor to work with them?"
        case .methods: "How will you work: conversation, case analysis, coaching questions, shadowing?"
        case .tools: "Will the mentee keep a logbook or write process journals? What do you bring to the meetings?"
        case .meetingFrequency: "How many meetings, and how often? Which dates are planned already?"
        case .duration: "How long does each meeting last, and when does the mentoring end?"
        case .room: "Where do you meet, and who books the room?"
        case .noInterruptions: "Phones off, no colleagues dropping in: what do you agree?"
        case .comingPrepared: "How does each of you prepare for a meeting?"
        case .confidentiality: "What stays between you, and what, if anything, may be passed on?"
        case .openness: "How open do you want to be about worries, needs and disagreements?"
        case .responsibility: "Who takes the initiative, who books the meetings, and what happens when a meeting has to be moved?"
        case .feedback: "How and when do you give each other feedback?"
        case .otherGroundRules: "Anything else you want to agree on."
        }
    }
    var agreementProposedConfidentiality: String {
        "What we talk about stays between us. Neither of us repeats anything from our conversations to others, including the manager, unless we have agreed on it together."
    }
    func agreementProposedFrequency(weeklyWeeks: Int, everyWeeksAfter: Int) -> String {
        "We meet every week for the first \(weeklyWeeks) weeks, then every \(everyWeeksAfter) weeks. We always keep the next two or three meetings planned."
    }
    func agreementProposedDuration(from: String, to: String, minutes: Int) -> String {
        "Each meeting lasts \(minutes) minutes. The mentoring runs from \(from) to \(to)."
    }
    var agreementProposalHint: String { "The frame and confidentiality are filled in with a first proposal from the plan. Change it as you like." }
    var saveAgreement: String { "Save the agreement" }
    var agreementSaved: String { "The agreement is saved." }
    func agreementSavedAsNewVersion(number: Int) -> String {
        "The change is saved as version \(number). You both confirm it again; the earlier version stays readable."
    }
    var agreementUnchanged: String { "Nothing was changed." }
    func agreementConflict(name: String, number: Int) -> String {
        "\(name) saved version \(number) of the agreement while you were writing. Your text is kept below: compare it with the version shown under it, then save again."
    }
    func agreementVersion(number: Int) -> String { "Version \(number)" }
    var agreementNotMadeYet: String { "Not made yet" }
    var agreementDraft: String { "Not confirmed yet" }
    func agreementAwaiting(name: String) -> String { "Waiting for \(name) to confirm" }
    func agreementConfirmedOn(date: String) -> String { "Confirmed by both on \(date)" }
    func agreementYouConfirmedOn(date: String) -> String { "You confirmed it on \(date)." }
    func agreementYouConfirmedYourPart(date: String, other: String) -> String {
        "You confirmed your part on \(date). The agreement holds once \(other) has confirmed it too."
    }
    func agreementSavedBy(name: String, date: String) -> String { "Saved by \(name) on \(date)" }
    var confirmAgreement: String { "Confirm the agreement" }
    var confirmAgreementHint: String {
        "Confirm when you have read this version and agree to it. If either of you changes it later, you both confirm again."
    }
    var agreementConfirmedFlash: String { "You have confirmed the agreement." }
    var agreementChangedBeforeConfirm: String {
        "The agreement was changed after you opened it. Read the new version, then confirm it."
    }
    var agreementChangeAfterConfirmHint: String {
        "This version has been confirmed. If you change it, the change becomes a new version that you both confirm again, and this one stays readable."
    }
    var agreementEarlierVersions: String { "Earlier versions" }
    var agreementReplaced: String { "Replaced by a later version" }
    func agreementMadeWith(name: String) -> String { "Made with \(name)" }
    var agreementPrintable: String { "Printable version" }
    var agreementPrintHint: String { "Print with your browser's print command (Ctrl+P, or ⌘P on a Mac), or save it as a PDF." }
    func agreementBetween(mentee: String, mentor: String) -> String { "Between \(mentee) (mentee) and \(mentor) (mentor)" }
    var agreementBackToCurrent: String { "Back to the agreement" }
    var agreementFactLabel: String { "Collaboration agreement" }
    var openAgreement: String { "Collaboration agreement" }
}
