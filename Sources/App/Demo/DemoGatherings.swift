import Fluent
import Foundation
import GodstartCore

/// The demo's group sessions, halfway through: three of the six held with attendance recorded,
/// and a common introduction day ahead.
enum DemoGatherings {
    static func add(organisation: Organisation, monday: LocalDate, now: Date, on db: Database) async throws {
        let t = Language.da.texts
        let running = try await ProgrammeQueries.running(of: organisation.requireID(), on: db).all()
        let sessions = GatheringSeries(organisationID: try organisation.requireID(), kind: .groupSessions, title: "Gruppeforløb efteråret")
        try await sessions.create(on: db)
        let themes = StockholmTheme.allCases
        let calendar = try await organisation.workingCalendar(on: db)
        let meetings = GatheringPlan.dates(first: monday.adding(weeks: -7).adding(days: 2), everyWeeks: 3, count: themes.count, calendar: calendar)
            .enumerated().map { index, day in
                Gathering(seriesID: sessions.id!, number: index + 1, theme: t.stockholmTheme(themes[index]), reading: t.stockholmReading(themes[index]),
                          startsAt: day.instant(at: LocalTime(hour: 13), in: organisation.timeZone), minutes: 120, place: "Mødelokale 4")
            }
        try await meetings.create(on: db)
        try await GatheringController.invite(.groupSessions, seriesID: sessions.requireID(), from: running, on: db)
        // In the order of their names: who missed a session is the same on every database and every run.
        let participants = try await GatheringParticipant.query(on: db).filter(\.$series.$id == sessions.requireID()).all()
        let names = Dictionary(uniqueKeysWithValues: try await Person.query(on: db).filter(\.$id ~~ participants.map { $0.$person.id }).all()
            .map { ($0.id!, $0.name) })
        let invited = participants.sorted { (names[$0.$person.id] ?? "") < (names[$1.$person.id] ?? "") }
        for (index, meeting) in meetings.enumerated() where meeting.startsAt < now {
            // Nearly everyone came; one or two missed a session.
            let came = invited.enumerated().filter { ($0.offset + index) % 5 != 0 }.map { $0.element.$person.id }
            try await came.map { GatheringAttendance(gatheringID: meeting.id!, personID: $0) }.create(on: db)
        }

        let day = GatheringSeries(organisationID: try organisation.requireID(), kind: .introductionDay, title: t.gatheringKind(.introductionDay))
        try await day.create(on: db)
        try await Gathering(seriesID: day.requireID(), number: 1, theme: t.gatheringMeetingTitle(.introductionDay, number: 1),
                            reading: nil, startsAt: monday.adding(weeks: 3).adding(days: 1).instant(at: LocalTime(hour: 9), in: organisation.timeZone),
                            minutes: 360, place: "Rådhuset, byrådssalen").create(on: db)
        try await GatheringController.invite(.introductionDay, seriesID: day.requireID(), from: running, on: db)
    }
}
