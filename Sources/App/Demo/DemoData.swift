import Fluent
import Foundation
import GodstartCore
import Vapor

/// A living demo municipality: three units, twenty people in every role, and programmes at every
/// stage, dated relative to today. Loading it twice changes nothing.
enum DemoData {
    static let slug = "demo"
    static let password = "godstart-demo"

    struct Login {
        let name: String
        let email: String
        let isCoordinator: Bool
        let isAdmin: Bool
        let isManager: Bool
        let programmeRoles: [ProgrammeRole]

        func roles(_ t: Texts) -> String {
            var names: [String] = []
            if isCoordinator { names.append(t.role(.coordinator)) }
            if isAdmin { names.append(t.adminRole) }
            if isManager { names.append(t.role(.manager)) }
            names += programmeRoles.map { t.role($0) }
            return names.isEmpty ? t.colleagueRole : names.joined(separator: ", ")
        }
    }

    private struct DemoPerson {
        let key: String
        let name: String
        let title: String
        let unit: Int?
        var coordinator = false
        var manager = false
        var admin = false
    }

    private static let people: [DemoPerson] = [
        DemoPerson(key: "lone", name: "Lone Kjær", title: "Systemadministrator", unit: nil, admin: true),
        DemoPerson(key: "marianne", name: "Marianne Holm", title: "Udviklingskonsulent, tovholder", unit: nil, coordinator: true),
        DemoPerson(key: "henrik", name: "Henrik Dahl", title: "Afdelingsleder", unit: 0, manager: true),
        DemoPerson(key: "susanne", name: "Susanne Bech", title: "Afdelingsleder", unit: 1, manager: true),
        DemoPerson(key: "jens", name: "Jens Mortensen", title: "Teamleder", unit: 2, manager: true),
        DemoPerson(key: "anne", name: "Anne Sørensen", title: "Socialrådgiver", unit: 0),
        DemoPerson(key: "peter", name: "Peter Nielsen", title: "Socialrådgiver, uddannet mentor", unit: 0),
        DemoPerson(key: "karen", name: "Karen Jakobsen", title: "Socialrådgiver", unit: 0),
        DemoPerson(key: "thomas", name: "Thomas Kristensen", title: "Socialrådgiver, uddannet mentor", unit: 2),
        DemoPerson(key: "mette", name: "Mette Lund", title: "Socialrådgiver", unit: 1),
        DemoPerson(key: "birgitte", name: "Birgitte Madsen", title: "Socialrådgiver", unit: 2),
        DemoPerson(key: "sofie", name: "Sofie Andersen", title: "Socialrådgiver", unit: 0),
        DemoPerson(key: "mikkel", name: "Mikkel Hansen", title: "Sagsbehandler", unit: 1),
        DemoPerson(key: "camilla", name: "Camilla Olsen", title: "Socialrådgiver", unit: 2),
        DemoPerson(key: "rasmus", name: "Rasmus Pedersen", title: "Socialrådgiver, vidensperson for DUBU", unit: 0),
        DemoPerson(key: "lars", name: "Lars Winther", title: "Socialrådgiver, fratræder", unit: 1),
    ]

    /// Who may be chosen shows in the demo (issue 22): Susanne and Jens manage other units (never
    /// mentors), Sofie has not said yes to mentoring, Ida is past her introduction but in her first
    /// year (a mentor only with a reason), Marianne coordinates without taking new hires, and Lars
    /// leaves in ten weeks (too soon for a new hire's introduction or mentoring).
    static let larsLeavesInWeeks = 10

    private static let units = ["Børn og Unge", "Voksen og Handicap", "Familiecentret"]

    private struct DemoProgramme {
        let name: String
        let key: String
        let unit: Int
        /// Weeks from this week's Monday to the first day (negative: in the past).
        let startWeeks: Int
        let variant: ProgrammeVariant
        let manager: String
        let contact: String
        let mentor: String
        let buddy: String?
        /// Leave the latest past meeting unmarked, so the overview has something overdue.
        var leaveLatestUnmarked = false
        var ended = false
    }

    private static let programmes: [DemoProgramme] = [
        DemoProgramme(name: "Emma Rasmussen", key: "emma", unit: 0, startWeeks: 1, variant: .standard,
                      manager: "henrik", contact: "anne", mentor: "peter", buddy: "sofie"),
        DemoProgramme(name: "Jonas Poulsen", key: "jonas", unit: 1, startWeeks: -5, variant: .standard,
                      manager: "susanne", contact: "mette", mentor: "mette", buddy: "mikkel"),
        DemoProgramme(name: "Laura Thomsen", key: "laura", unit: 2, startWeeks: -2, variant: .temporaryHire,
                      manager: "jens", contact: "birgitte", mentor: "thomas", buddy: "camilla"),
        DemoProgramme(name: "Ida Christensen", key: "ida", unit: 0, startWeeks: -21, variant: .standard,
                      manager: "henrik", contact: "karen", mentor: "thomas", buddy: "sofie", leaveLatestUnmarked: true),
        DemoProgramme(name: "Frederik Larsen", key: "frederik", unit: 2, startWeeks: -110, variant: .standard,
                      manager: "jens", contact: "birgitte", mentor: "peter", buddy: "camilla", ended: true),
    ]

    static func email(_ key: String) -> String { "\(key)@demo.godstart.dk" }

    /// Loads the demo municipality unless it is there already, and returns its logins.
    static func load(on db: Database, now: Date, passwordHasher: any PasswordHasher) async throws -> [Login] {
        if try await Organisation.query(on: db).filter(\.$slug == slug).first() == nil {
            let hash = try passwordHasher.hash(password)
            try await create(on: db, now: now, passwordHash: hash)
        }
        return try await logins(on: db)
    }

    private static func create(on db: Database, now: Date, passwordHash: String) async throws {
        let organisation = Organisation(name: "Bøgely Kommune, Socialforvaltningen", slug: slug,
                                        timeZoneIdentifier: "Europe/Copenhagen", defaultLanguage: "da")
        try await organisation.create(on: db)
        let orgID = try organisation.requireID()
        for variant in ProgrammeVariant.allCases {
            _ = try await IntroductionTemplates.record(of: orgID, variant, on: db)
        }
        var unitIDs: [UUID] = []
        for name in units {
            let unit = OrganisationUnit(organisationID: orgID, name: name)
            try await unit.create(on: db)
            unitIDs.append(try unit.requireID())
        }
        let today = LocalDate(now, in: organisation.timeZone)
        // A staff day of its own, a Friday eight weeks ahead: plans keep off it as off the holidays.
        try await OwnClosedDay(organisationID: orgID, date: today.adding(days: 5 - today.isoWeekday).adding(weeks: 8), name: "Personaledag")
            .create(on: db)
        var ids: [String: UUID] = [:]
        for (index, p) in people.enumerated() {
            let person = Person(organisationID: orgID, unitID: p.unit.map { unitIDs[$0] }, name: p.name, email: email(p.key),
                                phone: String(format: "72 34 %02d %02d", 10 + index, 20 + index * 3 % 70), title: p.title,
                                passwordHash: passwordHash, isCoordinator: p.coordinator, isManager: p.manager, isAdmin: p.admin)
            // What the coordinator knows of them: Peter and Thomas are trained mentors; Sofie would rather not mentor.
            person.trainedAsMentor = ["peter", "thomas"].contains(p.key) ? true : nil
            person.willingToMentor = p.key == "sofie" ? false : nil
            person.leftOn = p.key == "lars" ? today.adding(weeks: larsLeavesInWeeks).iso : nil
            try await person.create(on: db)
            ids[p.key] = try person.requireID()
        }

        for (key, area, kind) in knowledgeAreas {
            try await KnowledgeArea(organisationID: orgID, personID: ids[key]!, area: area, kind: kind).create(on: db)
        }

        let timeZone = organisation.timeZone
        let monday = today.adding(days: 1 - today.isoWeekday)
        for p in programmes {
            let hire = ProgrammeCreation.NewHire(
                name: p.name, email: email(p.key), unitID: unitIDs[p.unit], firstDay: monday.adding(weeks: p.startWeeks),
                variant: p.variant, managerID: ids[p.manager]!, contactPersonID: ids[p.contact]!, mentorID: ids[p.mentor]!,
                buddyID: p.buddy.flatMap { ids[$0] }, title: "Socialrådgiver", phone: "72 34 99 \(10 + p.unit)",
                passwordHash: passwordHash)
            let programmeID = try await ProgrammeCreation.create(hire, organisation: organisation, now: now, on: db)
            try await markPastMeetings(programmeID, leaveLatestUnmarked: p.leaveLatestUnmarked, now: now,
                                       places: placeNames, on: db)
            try await DemoMentoring.add(programmeID: programmeID, organisationID: orgID, now: now, on: db)
            try await DemoIntroductionClose.add(programmeID: programmeID, on: db)
            try await DemoChecklist.cover(programmeID: programmeID, now: now, timeZone: timeZone, leaveOneWaiting: p.key == "jonas", on: db)
            if p.ended, let programme = try await Programme.find(programmeID, on: db) {
                let talk = try await Meeting.query(on: db).filter(\.$programme.$id == programmeID)
                    .filter(\.$kind == MeetingKind.developmentTalk.rawValue).first()
                programme.endedAt = talk?.heldAt ?? now
                try await programme.update(on: db)
            }
        }
        let programmeStart = try await organisation.workingCalendar(on: db).onOrAfter(monday.adding(weeks: programmes.map(\.startWeeks).min() ?? 0))
        try await DemoEmployments.add(organisationID: orgID, units: unitIDs, programmeStart: programmeStart, today: today, on: db)
        try await DemoGatherings.add(organisation: organisation, monday: monday, now: now, on: db)
    }

    /// The demo's knowledge persons: who to ask about which system, law or method.
    private static let knowledgeAreas: [(String, String, KnowledgeKind)] = [
        ("rasmus", "DUBU og journalføring", .system),
        ("karen", "Serviceloven § 50, børnefaglig undersøgelse", .legislation),
        ("birgitte", "Signs of Safety", .method),
        ("peter", "Forvaltningsloven og partshøring", .legislation),
    ]

    private static let placeNames = ["Mødelokale 2, Rådhuset", "Kantinen", "Stillerummet, 1. sal", "Mødelokale 4"]

    /// Past meetings are held (with notes written by their participants); future ones get a place.
    static func markPastMeetings(_ programmeID: UUID, leaveLatestUnmarked: Bool, now: Date, places: [String],
                                         on db: Database) async throws {
        let meetings = try await Meeting.query(on: db).filter(\.$programme.$id == programmeID).sort(\.$startsAt).all()
        guard let programme = try await Programme.find(programmeID, on: db) else { return }
        let past = meetings.filter { $0.startsAt < now }
        for (index, meeting) in meetings.enumerated() {
            meeting.place = places[index % places.count]
            let isLatestPast = meeting.id == past.last?.id
            if meeting.startsAt < now && !(leaveLatestUnmarked && isLatestPast) {
                meeting.status = Meeting.Status.held.rawValue
                meeting.heldAt = meeting.startsAt.addingTimeInterval(Double(meeting.minutes) * 60)
                let author = meeting.meetingKind.leader == .manager ? programme.$manager.id
                    : meeting.meetingKind.leader == .mentor ? programme.$mentor.id : programme.$contactPerson.id
                for (point, text) in sampleNotes(meeting.meetingKind, number: meeting.number) {
                    try await MeetingNote(meetingID: try meeting.requireID(), agendaPoint: point, text: text, updatedByID: author)
                        .create(on: db)
                }
            }
            try await meeting.update(on: db)
        }
    }

    /// Plausible notes, so the demo shows what participants see and what managers never see.
    static func sampleNotes(_ kind: MeetingKind, number: Int) -> [(AgendaPoint, String)] {
        switch kind {
        case .dialogueMeeting:
            [
                (.onYourMind, "Fortrolig: usikker på egen rolle i et møde med en vred forælder (samtale \(number))."),
                (.plannedTheme, "Den svære samtale. Vi gennemgik, hvordan man forbereder sig og holder fokus på barnet."),
                (.takeaways, "Det er i orden at tage en pause i samtalen og vende tilbage."),
                (.feedbackBothWays, "Godt at have et konkret eksempel med. Mentor giver mere plads til tavshed."),
                (.nextTheme, "Arbejdsplanlægning. Hjemmeopgave: før logbog over en uge med fokus på afbrydelser."),
            ]
        case .statusMeeting:
            [
                (.howIsItGoing, "Går godt, men mange nye systemer på én gang."),
                (.coveredSinceLastTime, "Følordning hos Rasmus i DUBU, introduktion til journalføring."),
                (.whatIsDifficult, "Svært at vide, hvem man spørger om hvad."),
            ]
        case .mentoringStart:
            [
                (.expectations, "Fortrolig: vil gerne blive mere sikker i myndighedsrollen."),
                (.confidentiality, "Det, vi taler om, bliver mellem os, medmindre vi aftaler andet."),
                (.meetingsAhead, "Ugentligt de første seks uger, derefter hver anden uge."),
            ]
        case .introductionStart:
            [(.practicalMatters, "Adgang til fagsystem og nøglekort er bestilt."), (.firstWeeks, "Følordning uge 1-2.")]
        case .introductionClosing:
            [(.evaluateIntroduction, "Introduktionen har givet et godt overblik."), (.readyForMentoring, "Mentorforløbet starter som planlagt.")]
        case .mentoringClosing:
            [(.lookBack, "Fortrolig: stor udvikling i de svære samtaler."), (.lookForward, "Vil gerne tage efteruddannelse i familiebehandling.")]
        case .developmentTalk:
            [(.lookForward, "Aftalt kursus i børnesamtalen til foråret.")]
        case .threePartyMeeting:
            [(.tasksAndWorkload, "Sagsstammen er passende; to nye børnefaglige undersøgelser."), (.supportNeeded, "Sparring før første tvangssag.")]
        case .managerMentorMeeting:
            [(.newcomersDevelopment, "Går godt fremad; mere tid til journalføring."), (.supportNeeded, "Lederen frigiver tid til kursus.")]
        }
    }

    /// The demo's accounts, for the sign-in page and the console.
    static func logins(on db: Database) async throws -> [Login] {
        guard let organisation = try await Organisation.query(on: db).filter(\.$slug == slug).first() else { return [] }
        let orgID = try organisation.requireID()
        let persons = try await Person.query(on: db).filter(\.$organisation.$id == orgID).sort(\.$name).all()
        let programmes = try await Programme.query(on: db).filter(\.$organisation.$id == orgID).all()
        return persons.map { person in
            let id = person.id
            let roles = [ProgrammeRole.newcomer, .contactPerson, .mentor, .buddy].filter { role in
                programmes.contains { $0.personID(for: role) == id }
            }
            return Login(name: person.name, email: person.email, isCoordinator: person.isCoordinator,
                         isAdmin: person.isAdmin, isManager: person.isManager, programmeRoles: roles)
        }
    }

    static func printLogins(_ logins: [Login]) {
        let t = Language.en.texts
        print("Demo municipality loaded. Every account has the password: \(password)")
        for login in logins {
            print("  \(login.email.padding(toLength: 30, withPad: " ", startingAt: 0)) \(login.name) (\(login.roles(t)))")
        }
    }
}
