import Fluent
import Foundation
import GodstartCore

/// The mails about group sessions and networks: the invitation with the series' dates, a note when
/// a meeting's date or place changes, and the reminder the day before.
enum GatheringMail {
    /// Invites `personIDs` to the series, listing its meetings still ahead.
    static func invited(_ personIDs: [UUID], to series: GatheringSeries, meetings: [Gathering], organisation: Organisation,
                        by actor: Person, settings: MailSettings, now: Date, on db: any Database) async throws {
        guard !personIDs.isEmpty else { return }
        let ahead = meetings.filter { $0.startsAt >= now }.sorted { $0.startsAt < $1.startsAt }
        for person in try await Person.query(on: db).filter(\.$id ~~ personIDs).all() where person.id != actor.id {
            try await Outbox.queue(.invitation, to: person, organisation: organisation, settings: settings, now: now, on: db) { t, dates in
                let lines = ahead.map { "- \(dates.dayAndTime($0.startsAt)): \($0.theme(for: t, kind: series.gatheringKind))" + ($0.place.map { " (\($0))" } ?? "") }
                return Outbox.Content(subject: t.mailGatheringSubject(series.title(for: t)),
                                      paragraphs: [t.mailGatheringIntro(series.title(for: t), by: actor.name),
                                                   ([t.mailGatheringDatesHeading] + lines).joined(separator: "\n"),
                                                   Outbox.link(.gatheringSeries(series.id), settings, texts: t)])
            }
        }
    }

    /// Tells everyone invited that a meeting's date, time or place changed.
    static func changed(_ meeting: Gathering, of series: GatheringSeries, invited personIDs: [UUID], organisation: Organisation,
                        by actor: Person, settings: MailSettings, now: Date, on db: any Database) async throws {
        for person in try await Person.query(on: db).filter(\.$id ~~ personIDs).all() where person.id != actor.id {
            try await Outbox.queue(.invitation, to: person, organisation: organisation, expires: meeting.startsAt, settings: settings, now: now, on: db) { t, dates in
                let when = dates.dayAndTime(meeting.startsAt)
                return Outbox.Content(subject: t.mailGatheringMovedSubject(meeting.theme(for: t, kind: series.gatheringKind), when: when),
                                      paragraphs: [t.mailGatheringMovedIntro(by: actor.name), facts(meeting, of: series, when: when, texts: t),
                                                   Outbox.link(.gatheringSeries(series.id), settings, texts: t)])
            }
        }
    }

    /// The reminder the day before, to one person invited.
    static func tomorrow(_ meeting: Gathering, of series: GatheringSeries, to person: Person, organisation: Organisation, key: String,
                         settings: MailSettings, now: Date, on db: any Database) async throws {
        try await Outbox.queue(.meetingTomorrow, to: person, organisation: organisation, dedupKey: key, expires: meeting.startsAt, settings: settings, now: now, on: db) { t, dates in
            Outbox.Content(subject: t.mailTomorrowSubject(title: meeting.theme(for: t, kind: series.gatheringKind), time: dates.time(meeting.startsAt)),
                           paragraphs: [t.mailTomorrowIntro, facts(meeting, of: series, when: dates.dayAndTime(meeting.startsAt), texts: t),
                                        Outbox.link(.gatheringSeries(series.id), settings, texts: t)])
        }
    }

    static func facts(_ meeting: Gathering, of series: GatheringSeries, when: String, texts t: Texts) -> String {
        ["\(t.mailWhat): \(series.title(for: t)): \(meeting.theme(for: t, kind: series.gatheringKind))",
         "\(t.mailWhen): \(when)",
         "\(t.mailWhere): \(meeting.place ?? t.placeNotSet)"].joined(separator: "\n")
    }
}
