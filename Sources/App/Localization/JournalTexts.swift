import GodstartCore

/// The five prompts of the logbook.
public enum LogbookPrompt: String, CaseIterable, Sendable {
    case unsure, learned, remember, actOn, knowMore
}

/// The four parts of a process journal.
public enum JournalPart: String, CaseIterable, Sendable {
    case facts, account, thoughts, reflections
}

/// The texts of the new hire's logbook and process journals, and of sharing them.
public protocol JournalTexts: Sendable {
    var navLogbook: String { get }
    var navJournals: String { get }
    var navShared: String { get }

    var logbookTitle: String { get }
    var logbookIntro: String { get }
    var newLogbookEntry: String { get }
    func logbookPrompt(_ prompt: LogbookPrompt) -> String
    var logbookEmpty: String { get }
    func logbookEntryTitle(date: String) -> String
    var saveEntry: String { get }
    var entrySaved: String { get }
    var errorEntryEmpty: String { get }

    func sharedWith(name: String) -> String
    var onlyYou: String { get }
    func shareWith(name: String) -> String
    var stopSharing: String { get }
    func sharedFlash(name: String) -> String
    var unsharedFlash: String { get }
    var noMentorToShareWith: String { get }
    var sharingColumn: String { get }
    var sharedWithYouTitle: String { get }
    var sharedWithYouIntro: String { get }
    var nothingSharedWithYou: String { get }
    func sharedBy(name: String) -> String
    var logbookEntryKind: String { get }
    var journalKind: String { get }
    var writtenColumn: String { get }
    var kindColumn: String { get }

    var journalsTitle: String { get }
    var journalsIntro: String { get }
    var newJournal: String { get }
    var journalsEmpty: String { get }
    var journalTitleLabel: String { get }
    var journalTitleHint: String { get }
    func journalPart(_ part: JournalPart) -> String
    func journalPartHint(_ part: JournalPart) -> String
    var saveJournal: String { get }
    var journalSaved: String { get }
    var forLearningOnly: String { get }
    var errorJournalEmpty: String { get }

    var findingsTitle: String { get }
    var findingsIntro: String { get }
    func findingKind(_ kind: IdentifierScanner.Kind) -> String
    func placeholder(_ kind: IdentifierScanner.Kind) -> String
    func findingIn(kind: String, part: String) -> String
    func replaceWith(_ placeholder: String) -> String
    var keepFinding: String { get }
    var replaceAllFindings: String { get }
    var replacedAllReadBeforeSaving: String { get }
    var markedTextLabel: String { get }
    var noProgrammeForWriting: String { get }
    var journalForMeetingLabel: String { get }
    var journalForMeetingHint: String { get }
    var journalForNoParticularMeeting: String { get }
    func sharedForMeeting(meeting: String) -> String
    var journalsForThisMeeting: String { get }
    var signInAgainTextKept: String { get }
    var keptTextRestored: String { get }
}
