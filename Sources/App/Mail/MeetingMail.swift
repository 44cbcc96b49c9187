import Fluent
import Foundation
import GodstartCore

/// The mails about a programme's meetings: an invitation when one is planned, moved, cancelled or
/// put back, and the reminder the day before. They name the meeting's kind, date, place and who
/// takes part; never its notes.
enum MeetingMail {
    /// Tells everyone taking part in `meeting`, except `actor` who made the change. Call it in the
    /// change's transaction, after the meeting is saved (and renumbered).
    static func changed<M, P>(_ meeting: some MeetingRecord, in file: ProgrammeFileOf<M, P>, _ change: MeetingChange, by actor: Person,
                              settings: MailSettings, now: Date, on db: any Database) async throws {
        let recipients = meeting.meetingKind.participants.compactMap { file.programme.personID(for: $0) }.filter { $0 != actor.id }
        // The mail follows each person's settings (language, mails switched off, last day): their models.
        for person in try await Person.all(withIDs: Array(Set(recipients)), on: db) {
            try await Outbox.queue(.invitation, to: person, organisation: file.organisation, expires: meeting.startsAt, settings: settings, now: now, on: db) { t, dates in
                let when = dates.dayAndTime(meeting.startsAt)
                let title = t.meetingTitle(meeting.meetingKind, number: meeting.number)
                return Outbox.Content(
                    subject: t.mailMeetingSubject(change, title: title, when: when),
                    paragraphs: [t.mailMeetingIntro(change, by: actor.name),
                                 facts(meeting, in: file, when: when, texts: t),
                                 Outbox.link(.meeting(meeting.id), settings, texts: t)])
            }
        }
    }

    /// The reminder the day before, to one participant.
    static func tomorrow(_ meeting: Meeting, in file: ProgrammeFile, to person: Person, key: String,
                         settings: MailSettings, now: Date, on db: any Database) async throws {
        try await Outbox.queue(.meetingTomorrow, to: person, organisation: file.organisation, dedupKey: key,
                               expires: meeting.startsAt, settings: settings, now: now, on: db) { t, dates in
            let title = t.meetingTitle(meeting.meetingKind, number: meeting.number)
            return Outbox.Content(
                subject: t.mailTomorrowSubject(title: title, time: dates.time(meeting.startsAt)),
                paragraphs: [t.mailTomorrowIntro,
                             facts(meeting, in: file, when: dates.dayAndTime(meeting.startsAt), texts: t),
                             Outbox.link(.meeting(meeting.id), settings, texts: t)])
        }
    }

    /// What, when, where and who, one per line.
    static func facts<M, P>(_ meeting: some MeetingRecord, in file: ProgrammeFileOf<M, P>, when: String, texts t: Texts) -> String {
        let title = t.meetingTitle(meeting.meetingKind, number: meeting.number)
        let who = meeting.meetingKind.participants.compactMap { file.person($0)?.name }
        return [
            "\(t.mailWhat): \(t.mailMeetingOf(title, newcomer: file.newcomer?.name ?? ""))",
            "\(t.mailWhen): \(when)",
            "\(t.mailWhere): \(meeting.place ?? t.placeNotSet)",
            "\(t.mailWho): \(who.joined(separator: ", "))",
        ].joined(separator: "\n")
    }
}
