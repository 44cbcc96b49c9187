import GodstartCore

extension EnglishTexts {
    var navLogbook: String { "My logbook" }
    var navJournals: String { "My process journals" }
    var navShared: String { "Shared with me" }

    var logbookTitle: String { "Your logbook" }
    var logbookIntro: String {
        "Your own reflections, for you. Only you can read them. You can share a single entry with your mentor when you want to talk about it, and take it back again."
    }
    var newLogbookEntry: String { "New entry" }
    func logbookPrompt(_ prompt: LogbookPrompt) -> String {
        switch prompt {
        case .unsure: "What I am unsure of"
        case .learned: "What I have learned"
        case .remember: "What I want to remember"
        case .actOn: "What I want to do something about"
        case .knowMore: "What I need to know more about"
        }
    }
    var logbookEmpty: String { "You have not written anything yet." }
    func logbookEntryTitle(date: String) -> String { "Entry of \(date)" }
    var saveEntry: String { "Save entry" }
    var entrySaved: String { "Your entry is saved." }
    var errorEntryEmpty: String { "Write something under at least one of the headings." }

    func sharedWith(name: String) -> String { "Shared with \(name)" }
    var onlyYou: String { "Only you" }
    func shareWith(name: String) -> String { "Share with \(name)" }
    var stopSharing: String { "Stop sharing" }
    func sharedFlash(name: String) -> String { "\(name) can read it now. You can take it back at any time." }
    var unsharedFlash: String { "Only you can read it now." }
    var noMentorToShareWith: String { "You have no mentor to share with yet." }
    var sharingColumn: String { "Who can read it" }
    var sharedWithYouTitle: String { "Shared with you" }
    var sharedWithYouIntro: String {
        "What new hires have chosen to share with you. It is still theirs: they can take it back."
    }
    var nothingSharedWithYou: String { "Nothing is shared with you right now." }
    func sharedBy(name: String) -> String { "\(name) has shared this with you." }
    var logbookEntryKind: String { "Logbook entry" }
    var journalKind: String { "Process journal" }
    var writtenColumn: String { "Written" }
    var kindColumn: String { "What" }

    var journalsTitle: String { "Your process journals" }
    var journalsIntro: String {
        "A process journal is a detailed account of one conversation with a citizen, written for your own learning. It is never part of the case record and must be anonymous: Godstart looks for personal details before anything is saved."
    }
    var newJournal: String { "New process journal" }
    var journalsEmpty: String { "You have no process journals yet." }
    var journalTitleLabel: String { "Short label" }
    var journalTitleHint: String { "Something you will recognise, without names, for example \"First home visit, family with three children\"." }
    func journalPart(_ part: JournalPart) -> String {
        switch part {
        case .facts: "Brief, anonymous facts"
        case .account: "The conversation"
        case .thoughts: "Your thoughts and feelings during it"
        case .reflections: "Your reflections afterwards"
        }
    }
    func journalPartHint(_ part: JournalPart) -> String {
        switch part {
        case .facts: "The citizen's situation and the case so far, without names, numbers or addresses."
        case .account: "What was said and done, with what you noticed of expression and tone, and quotes."
        case .thoughts: "What went through you while it happened."
        case .reflections: "What you see now: what you would do again, and what you would do differently."
        }
    }
    var saveJournal: String { "Save process journal" }
    var journalSaved: String { "Your process journal is saved." }
    var forLearningOnly: String { "For your learning only. Never part of the case record." }
    var errorJournalEmpty: String { "Write at least the conversation." }

    var findingsTitle: String { "Personal details found: nothing is saved yet" }
    var findingsIntro: String {
        "A process journal must be anonymous. Replace each detail with a placeholder, or keep it if it is not a personal detail. Everything you wrote is still here."
    }
    func findingKind(_ kind: IdentifierScanner.Kind) -> String {
        switch kind {
        case .cprNumber: "CPR number"
        case .personnummer: "Personal identity number"
        case .phoneNumber: "Phone number"
        case .email: "E-mail address"
        case .streetAddress: "Street address"
        }
    }
    func placeholder(_ kind: IdentifierScanner.Kind) -> String {
        switch kind {
        case .cprNumber: "[CPR]"
        case .personnummer: "[personal number]"
        case .phoneNumber: "[phone]"
        case .email: "[e-mail]"
        case .streetAddress: "[address]"
        }
    }
    func findingIn(kind: String, part: String) -> String { "\(kind) in \"\(part)\"" }
    func replaceWith(_ placeholder: String) -> String { "Replace with \(placeholder)" }
    var keepFinding: String { "Not a personal detail: keep it" }
    var replaceAllFindings: String { "Replace them all" }
    var replacedAllReadBeforeSaving: String { "Every finding has been replaced. Read the text through and save the journal when it reads as it should. Nothing has been saved yet." }
    var markedTextLabel: String { "Where it is" }
    var noProgrammeForWriting: String { "The logbook and process journals belong to a programme. You have none in Godstart yet." }
    var journalForMeetingLabel: String { "For the meeting" }
    var journalForMeetingHint: String { "Choose the meeting where you want to talk it through, if there is one." }
    var journalForNoParticularMeeting: String { "No particular meeting" }
    func sharedForMeeting(meeting: String) -> String { "for \(meeting)" }
    var journalsForThisMeeting: String { "Process journals for this meeting" }
    var signInAgainTextKept: String {
        "You were signed out before it was saved. Sign in again within two hours and what you wrote will be in the form, ready to save. It is given back to you alone: if someone else signs in on this computer, it is deleted. You can also see it below."
    }
    var keptTextRestored: String { "This is what you wrote before you were signed out. It is not saved yet: check it and save." }
}
