import Fluent
import Foundation
import GodstartCore

/// The mail that tells someone they have a role in a new hire's programme: when the coordinator
/// registers the new hire, or chooses a new mentor. It names the new hire, the first day and the
/// person's first meeting in the plan.
enum ProgrammeMail {
    /// The mentee hears who their new mentor is, and where they decide what the mentor may see from before.
    static func newMentorChosen(_ file: ProgrammeFile, by actor: Person, settings: MailSettings, now: Date, on db: any Database) async throws {
        guard let newcomer = file.newcomer, let mentor = file.person(.mentor) else { return }
        try await Outbox.queue(.invitation, to: newcomer, organisation: file.organisation, settings: settings, now: now, on: db) { t, _ in
            Outbox.Content(subject: t.mailYourNewMentorSubject(mentor.name),
                           paragraphs: [t.mailYourNewMentorIntro(actor: actor.name, mentor: mentor.name),
                                        Outbox.link(.mentorChange(file.id), settings, texts: t)])
        }
    }

    static func assigned(_ file: ProgrammeFile, roles: [ProgrammeRole], by actor: Person, settings: MailSettings,
                         now: Date, on db: any Database) async throws {
        let newcomer = file.newcomer?.name ?? ""
        for role in roles {
            guard let person = file.person(role), person.id != actor.id else { continue }
            // A person holding two roles (contact person and mentor) gets one mail, for the first.
            if roles.prefix(while: { $0 != role }).contains(where: { file.programme.personID(for: $0) == person.id }) { continue }
            let first = file.meetings.first { !$0.isCancelled && $0.startsAt >= now && $0.meetingKind.participants.contains(role) }
            try await Outbox.queue(.invitation, to: person, organisation: file.organisation, settings: settings, now: now, on: db) { t, dates in
                let roleName = t.role(role).lowercased()
                let intro = role == .mentor && file.programme.mentorSince != nil
                    ? t.mailNewMentorIntro(actor: actor.name, newcomer: newcomer)
                    : t.mailAssignedIntro(actor: actor.name, newcomer: newcomer, role: roleName, firstDay: dates.day(file.programme.firstLocalDay))
                let meeting = first.map { meeting in
                    t.mailYourFirstMeeting + "\n" + MeetingMail.facts(meeting, in: file, when: dates.dayAndTime(meeting.startsAt), texts: t)
                }
                return Outbox.Content(subject: t.mailAssignedSubject(role: roleName, newcomer: newcomer),
                                      paragraphs: [intro] + (meeting.map { [$0] } ?? []) + [Outbox.link(.programme(file.id), settings, texts: t)])
            }
        }
    }
}
