import GodstartCore

/// The five prompts of the logbook.
public enum LogbookPrompt: String, CaseIterable, Sendable {
    case unsure, learned, remember, actOn, knowMore
}

/// The four parts of a process journal.
public enum JournalPart: String, CaseIterable, Sendable {
    case facts, account, thoughts, reflections
}

