import Foundation

/// Why Godstart writes to someone. Every mail carries facts (a meeting's kind, date, place, who takes
/// part; an item's title; an evaluation's name), never what was said or written in mentoring.
public enum MailKind: String, CaseIterable, Codable, Sendable {
    /// A meeting or group meeting planned, moved, cancelled or put back, sent to those taking part.
    case invitation
    /// A meeting the person takes part in is tomorrow.
    case meetingTomorrow
    /// The mentor has fewer than two mentoring meetings planned ahead.
    case mentoringAhead
    /// A checklist item the person is responsible for closes in a few days.
    case checklistClosing
    /// An evaluation the person is asked to answer has opened.
    case evaluationDue
    /// The coordinator's weekly list of what needs attention.
    case weeklyDigest
    /// A test message the administrator sends to check the mail set-up; always sent.
    case test

    /// The kinds a person may switch off, in the order the settings page lists them.
    public static let choosable: [MailKind] = [.invitation, .meetingTomorrow, .mentoringAhead, .checklistClosing, .evaluationDue, .weeklyDigest]

    /// The kinds a person is offered to choose: the weekly overview only to a coordinator, the
    /// mentor's reminder only to someone who mentors or could (not a new hire in their own programme).
    public static func offered(toCoordinator isCoordinator: Bool, mayMentor: Bool = true) -> [MailKind] {
        choosable.filter { ($0 != .weeklyDigest || isCoordinator) && ($0 != .mentoringAhead || mayMentor) }
    }
}

/// Which mails a person has switched off. Everything is on until they say otherwise. Stored as a
/// comma-separated list of the kinds switched off, so a kind added later starts switched on.
public struct MailPreferences: Equatable, Sendable {
    public var switchedOff: Set<MailKind>

    public init(switchedOff: Set<MailKind> = []) {
        self.switchedOff = switchedOff.intersection(MailKind.choosable)
    }

    public init(stored: String?) {
        let kinds = (stored ?? "").split(separator: ",").compactMap { MailKind(rawValue: String($0)) }
        self.init(switchedOff: Set(kinds))
    }

    /// What the database keeps: nil when everything is on.
    public var stored: String? {
        let list = MailKind.choosable.filter(switchedOff.contains).map(\.rawValue)
        return list.isEmpty ? nil : list.joined(separator: ",")
    }

    public func wants(_ kind: MailKind) -> Bool { !switchedOff.contains(kind) }
}

/// What happened to a meeting that its participants are told about.
public enum MeetingChange: String, CaseIterable, Sendable {
    case planned, moved, cancelled, restored
}
