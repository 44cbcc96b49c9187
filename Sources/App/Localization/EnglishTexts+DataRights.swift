import GodstartCore

extension EnglishTexts {
    var navMyData: String { "My data" }
    var myDataTitle: String { "Everything Godstart holds about you" }
    var myDataIntro: String {
        "You can download everything Godstart holds about you as one file (a ZIP archive). Open index.html in it to read it in a browser; data.json holds the same for other programs."
    }
    var myDataContents: [String] {
        [
            "your name, address, roles and settings",
            "the programmes you take part in, and, in your own programme, the meetings with the notes you may read",
            "what you wrote: logbook, process journals, preparation, evaluations and ideas",
            "the agreement, learning goals and learning and competence plan of your own mentoring",
            "what you wrote or are responsible for in other people's programmes: meeting notes, learning goals, changes to the plan, agreements, answers and ticked-off checklist items",
            "your employments, the groups and networks you take part in, and what you added for the organisation",
            "the mails Godstart sent you, and the audit log of what concerns you",
        ]
    }
    var myDataDownload: String { "Download my data" }
    var myDataFileName: String { "godstart-my-data" }

    func archiveTitle(_ name: String) -> String { "What Godstart holds about \(name)" }
    func archiveMade(_ when: String) -> String { "Made \(when)." }
    var archiveAbout: String {
        "This is a copy of the personal data Godstart holds about you (GDPR article 15). Texts others wrote appear only where you may read them in Godstart."
    }
    var archiveProfile: String { "You" }
    var archiveProgrammes: String { "Programmes" }
    var archiveMeetings: String { "Meetings in your programme" }
    var archiveLogbook: String { "Logbook" }
    var archiveJournals: String { "Process journals" }
    var archivePreparation: String { "Preparation" }
    var archiveAgreements: String { "Collaboration agreements" }
    var archiveLearningGoals: String { "Learning goals" }
    var archiveCompetencePlan: String { "Learning and competence plan" }
    var archiveEvaluations: String { "Evaluations" }
    var archiveIdeas: String { "Ideas" }
    var archiveMails: String { "Mails" }
    var archiveAuditLog: String { "Audit log" }
    var archiveNothing: String { "Nothing." }
    var archivePhone: String { "Phone" }
    var archiveTitleField: String { "Job title" }
    var archiveUnit: String { "Unit" }
    var archiveLanguage: String { "Language" }
    var archiveLastDay: String { "Last day of employment" }
    var archiveCreated: String { "Written" }
    var archiveChanged: String { "Last changed" }
    var archiveSharedWith: String { "Shared with" }
    var archiveFirstDay: String { "First day" }
    var archiveYourRole: String { "Your part" }
    var archiveNewcomer: String { "New hire" }
    var archiveWhen: String { "When" }
    var archiveStatus: String { "Status" }
    var archivePlace: String { "Place" }
    var archiveRating: String { "Rating" }
    var archiveConfirmed: String { "Confirmed" }
    var archiveSent: String { "Sent" }
    var archiveNotSent: String { "Not sent" }
    var archiveSingleSignOn: String { "Linked to the organisation's login" }
    var archiveCalendarFeed: String { "Calendar feed" }
    var archiveYes: String { "Yes" }
    var archiveEmployments: String { "Employments" }
    var archiveKnowledgeAreas: String { "Knowledge person for" }
    var archiveMailsSwitchedOff: String { "Mails you switched off" }
    var archiveMentorChangeRequests: String { "Requests for a new mentor" }
    var archiveMentorChangeRequest: String { "Request for a new mentor" }
    var archiveReason: String { "Reason" }
    var archiveResolved: String { "Resolved" }
    var archiveGatherings: String { "Groups and networks" }
    var archiveAttended: String { "Attended" }
    var archiveAddedForOrganisation: String { "What you added for the organisation" }
    var archiveMaterial: String { "Material" }
    var archiveApiKey: String { "API key" }
    var archiveRevoked: String { "Revoked" }

    var archiveWrittenElsewhere: String { "What you wrote in other people's programmes" }
    var archiveWrittenElsewhereAbout: String {
        "This is what you wrote yourself, or were responsible for, in other people's programmes, programme by programme. Meeting notes are written together by those who take part in the meeting; included here are the notes you were the last to write in. A note someone else wrote last belongs to them and is not included. Nor are other people's logbooks, process journals, preparation or evaluations. The notes on a learning goal are included only while you are still the mentor in that programme."
    }
    func archiveProgrammeOf(_ newcomer: String) -> String { "\(newcomer)'s programme" }
    var archiveFormerMentor: String { "former mentor" }
    var archiveMeetingNotes: String { "Meeting notes" }
    var archiveGoalYouCreated: String { "Learning goal you added" }
    var archiveOwnGoalOfTheMentee: String { "a learning goal with the new hire's own title (not shown: it may have changed after you stopped as mentor)" }
    var archiveNote: String { "Note" }
    var archivePlanRowAdded: String { "You added a row to the plan" }
    var archivePlanRowChanged: String { "You changed a row of the plan" }
    var archivePlanRowRemoved: String { "You removed a row from the plan" }
    func archiveAgreementVersion(_ number: Int) -> String { "Collaboration agreement, version \(number)" }
    var archiveYouConfirmed: String { "Confirmed by you" }
    var archiveChecklistItem: String { "Checklist item" }
    var archiveTickedOffByYou: String { "Ticked off by you" }
    var archiveAssignedToYou: String { "Yours to do" }
    var archiveActivityYouRun: String { "Activity you run" }
    var archiveYouWereMentor: String { "You were the mentor" }
    var archiveFrom: String { "From" }
    var archiveUntil: String { "Until" }

    var navStorage: String { "Storage and erasure" }
    var storageTitle: String { "Storage and erasure" }
    var storageIntro: String {
        "What is written in a programme (logbook, journals, notes, agreements, answers, goals and plans) is deleted when the storage period after the programme's end runs out. Dates, statuses and counts stay, so the statistics still add up."
    }
    var storagePeriodLabel: String { "Keep private texts after a programme ends for" }
    var storagePeriodHint: String { "Texts are deleted automatically as soon as the period has run out." }
    func storageMonths(_ months: Int) -> String { months % 12 == 0 ? (months == 12 ? "1 year" : "\(months / 12) years") : "\(months) months" }
    var storageSave: String { "Save storage period" }
    var errorChooseStoragePeriod: String { "Choose one of the periods in the list." }
    var storageSaved: String { "The storage period is saved." }
    func storagePurgedCount(_ count: Int) -> String {
        count == 1 ? "The texts of 1 programme have been deleted so far." : "The texts of \(count) programmes have been deleted so far."
    }
    var erasureHeading: String { "Erase a person" }
    var erasureIntro: String {
        "When someone asks to be erased, or must be: their name and contact details are removed, and everything they wrote is deleted. Programmes, meetings and statistics keep an anonymous \"erased person\" in their place."
    }
    var erasurePersonLabel: String { "Person" }
    var erasureChoose: String { "Continue" }
    func erasureConfirmTitle(_ name: String) -> String { "Erase \(name)?" }
    var erasureWhatHappens: [String] {
        [
            "Their name, e-mail address, phone number and job title are removed, and they can no longer sign in.",
            "Their logbook, process journals, preparation, evaluation texts and ideas are deleted; in their own programme as new hire, every private text is deleted too.",
            "Their employment stays in the retention figures, without their name.",
            "The audit log keeps what happened, under \"erased person\". This cannot be undone.",
        ]
    }
    func erasureRoles(_ count: Int) -> String {
        count == 1 ? "They have a part in 1 running programme: choose someone else for it first, or it will show an erased person."
            : "They have a part in \(count) running programmes: choose someone else for them first, or they will show an erased person."
    }
    var erasureConfirmLabel: String { "I understand that this cannot be undone" }
    var erasureConfirmButton: String { "Erase the person" }
    var erasureCancel: String { "Cancel" }
    func erasureDone(_ name: String) -> String { "\(name) has been erased." }
    var erasureRefusedYourself: String { "You cannot erase yourself. Ask another administrator." }
    var erasureRefusedLastAdministrator: String { "This is the organisation's only administrator. Make someone else administrator first." }
    var erasureRefusedAlreadyErased: String { "This person has already been erased." }
    var erasureConfirmMissing: String { "Tick the box to confirm that you understand the erasure cannot be undone." }
    var erasedPersonName: String { "Erased person" }
    func programmeTextsPurged(_ day: String) -> String {
        "The private texts of this programme were deleted on \(day), when the storage period ran out. Dates and statuses remain."
    }
}
