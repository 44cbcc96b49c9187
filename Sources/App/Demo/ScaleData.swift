import Fluent
import Foundation
import GodstartCore

/// `godstart demo --scale municipality|national`: generated municipalities at the size of a real
/// customer, for benchmarks and for seeing how the pages hold up. The same seed and the same day
/// give the same rows, identifiers included. Each municipality is written in one transaction, in
/// batches of rows; one that is there already is left alone, so a run that was stopped can go on.
///
/// In every municipality the same addresses sign in (password `DemoData.password`):
/// `tovholder@`, `admin@`, `leder@`, `mentor@`, `kontaktperson@` and `nyansat@`, at
/// `<slug>.godstart.dk`, where the slug is `kommune-001` and up.
enum ScaleData {
    static let logins = ["tovholder", "admin", "leder", "mentor", "kontaktperson", "nyansat"]

    static func slug(_ index: Int) -> String { String(format: "kommune-%03d", index + 1) }

    static func email(_ login: String, organisation index: Int) -> String { "\(login)@\(slug(index)).godstart.dk" }

    /// Generates what is missing; `progress` hears of each municipality written.
    static func load(_ scale: DemoScale, seed: UInt64, now: Date, passwordHash: String, on db: Database,
                     progress: (String) -> Void = { _ in }) async throws {
        try await load(scale.shape, seed: seed, now: now, passwordHash: passwordHash, on: db, progress: progress)
    }

    static func load(_ shape: ScaleShape, seed: UInt64, now: Date, passwordHash: String, on db: Database,
                     progress: (String) -> Void = { _ in }) async throws {
        for (index, size) in shape.sizes(seed: seed).enumerated() {
            if try await Organisation.query(on: db).filter(\.$slug == slug(index)).first() != nil { continue }
            let started = Date()
            var municipality = ScaleMunicipality(index: index, size: size, seed: seed, now: now, passwordHash: passwordHash)
            let counts = try await municipality.write(on: db)
            progress("\(slug(index)): \(counts) in \(String(format: "%.1f", Date().timeIntervalSince(started))) s")
        }
    }
}

/// One generated municipality: its staff, its running and ended programmes with their meetings,
/// notes, checklists, schedules and logbooks, and the employments the retention figures count.
struct ScaleMunicipality {
    let index: Int
    let size: ScaleShape.OrganisationSize
    let now: Date
    let passwordHash: String
    private var random: SeededRandom
    private static let batch = 500

    init(index: Int, size: ScaleShape.OrganisationSize, seed: UInt64, now: Date, passwordHash: String) {
        self.index = index
        self.size = size
        self.now = now
        self.passwordHash = passwordHash
        random = SeededRandom(seed: seed, stream: UInt64(index) + 1)
    }

    struct Counts: CustomStringConvertible {
        var people = 0, programmes = 0, meetings = 0, notes = 0, employments = 0
        var description: String {
            "\(people) people, \(programmes) programmes, \(meetings) meetings, \(notes) notes, \(employments) employments"
        }
    }

    /// Everything generated for one municipality, before it is written.
    private struct Rows {
        var units: [OrganisationUnit] = []
        var people: [Person] = []
        var programmes: [Programme] = []
        var meetings: [Meeting] = []
        var notes: [MeetingNote] = []
        var checklist: [ChecklistItem] = []
        var activities: [Activity] = []
        var logbook: [LogbookEntry] = []
        var employments: [EmploymentRecord] = []
    }

    /// The staff by what they can be asked to do.
    private struct Staff {
        var managerOfUnit: [UUID] = []
        var colleaguesInUnit: [[UUID]] = []
        var mentors: [UUID] = []
        var named: [String: UUID] = [:]
        var unitIDs: [UUID] = []
    }

    mutating func write(on db: Database) async throws -> Counts {
        let slug = ScaleData.slug(index)
        let organisation = Organisation(id: random.uuid(), name: "Kommune \(String(format: "%03d", index + 1)), Socialforvaltningen",
                                        slug: slug, timeZoneIdentifier: "Europe/Copenhagen", defaultLanguage: "da")
        var rows = Rows()
        var staff = Staff()
        addStaff(organisationID: organisation.id!, to: &rows, staff: &staff)
        let generated = rows
        let templates = try await db.transaction { db in
            try await organisation.create(on: db)
            var templates: [ProgrammeVariant: IntroductionTemplate] = [:]
            for variant in ProgrammeVariant.allCases {
                _ = try await IntroductionTemplates.record(of: organisation.id!, variant, on: db)
                templates[variant] = try await IntroductionTemplate.load(of: organisation.id!, variant, on: db)
            }
            try await Self.insert(generated.units, on: db)
            try await Self.insert(generated.people, on: db)
            try await Self.insert(generated.employments, on: db)
            return templates
        }
        rows = Rows()
        addProgrammes(organisation: organisation, templates: templates, staff: staff, to: &rows)
        addFormerStaff(organisationID: organisation.id!, units: generated.units, to: &rows)
        let counts = Counts(people: generated.people.count + rows.people.count, programmes: rows.programmes.count,
                            meetings: rows.meetings.count, notes: rows.notes.count,
                            employments: generated.employments.count + rows.employments.count)
        let programmeRows = rows
        try await db.transaction { db in
            try await Self.insert(programmeRows.people, on: db)
            try await Self.insert(programmeRows.programmes, on: db)
            try await Self.insert(programmeRows.meetings, on: db)
            try await Self.insert(programmeRows.notes, on: db)
            try await Self.insert(programmeRows.checklist, on: db)
            try await Self.insert(programmeRows.activities, on: db)
            try await Self.insert(programmeRows.logbook, on: db)
            try await Self.insert(programmeRows.employments, on: db)
        }
        return counts
    }

    private static func insert<M: Model>(_ rows: [M], on db: Database) async throws {
        var start = 0
        while start < rows.count {
            let end = min(start + batch, rows.count)
            try await Array(rows[start..<end]).create(on: db)
            start = end
        }
    }

    private var today: LocalDate { LocalDate(now, in: TimeZone(identifier: "Europe/Copenhagen")!) }

    // MARK: Staff

    private mutating func addStaff(organisationID: UUID, to rows: inout Rows, staff: inout Staff) {
        for number in 0..<size.units {
            let name = ScaleNames.units[number % ScaleNames.units.count] + (number < ScaleNames.units.count ? "" : " \(number / ScaleNames.units.count + 1)")
            rows.units.append(OrganisationUnit(id: random.uuid(), organisationID: organisationID, name: name))
        }
        staff.unitIDs = rows.units.map { $0.id! }
        staff.colleaguesInUnit = Array(repeating: [], count: size.units)
        let named = ["tovholder", "admin"] + (0..<size.units).map { $0 == 0 ? "leder" : "leder-\($0 + 1)" } + ["mentor", "kontaktperson"]
        for number in 0..<size.staff {
            let login = number < named.count ? named[number] : nil
            let managedUnit = number >= 2 && number < 2 + size.units ? number - 2 : nil
            let unit = managedUnit ?? (login == "kontaktperson" || login == "mentor" ? 0 : random.below(size.units))
            let first = random.pick(ScaleNames.first), last = random.pick(ScaleNames.last)
            let email = login.map { ScaleData.email($0, organisation: index) }
                ?? "\(ScaleNames.address(first)).\(ScaleNames.address(last)).\(number)@\(ScaleData.slug(index)).godstart.dk"
            let person = Person(
                id: random.uuid(), organisationID: organisationID, unitID: login == "tovholder" || login == "admin" ? nil : rows.units[unit].id,
                name: "\(first) \(last)", email: email, phone: String(format: "70 %02d %02d %02d", index % 100, number / 100 % 100, number % 100),
                title: managedUnit != nil ? "Afdelingsleder" : login == "tovholder" ? "Udviklingskonsulent, tovholder" : random.pick(ScaleNames.titles),
                passwordHash: passwordHash, isCoordinator: login == "tovholder", isManager: managedUnit != nil, isAdmin: login == "admin")
            let id = person.id!
            if let login { staff.named[login] = id }
            if managedUnit != nil {
                staff.managerOfUnit.append(id)
            } else if person.$unit.id != nil {
                if login == "mentor" || random.chance(12) {
                    person.trainedAsMentor = true
                    if login != "mentor" { staff.mentors.append(id) }
                }
                if login != "mentor" { staff.colleaguesInUnit[unit].append(id) }
            }
            rows.people.append(person)
            // Each member of staff started some years ago; the retention figures count them.
            let started = today.adding(days: -(200 + random.below(15 * 365)))
            rows.employments.append(EmploymentRecord(organisationID: organisationID, unitID: person.$unit.id, reference: email,
                                                     start: started, end: nil))
        }
        if staff.mentors.isEmpty, let named = staff.named["mentor"] { staff.mentors = [named] }
        for unit in 0..<size.units where staff.colleaguesInUnit[unit].isEmpty {
            staff.colleaguesInUnit[unit] = staff.mentors
        }
    }

    /// Staff who have left, so the retention figures have a history to work on.
    private mutating func addFormerStaff(organisationID: UUID, units: [OrganisationUnit], to rows: inout Rows) {
        for number in 0..<(size.staff / 10) {
            let started = today.adding(days: -(400 + random.below(12 * 365)))
            let ended = started.adding(days: 90 + random.below(6 * 365))
            rows.employments.append(EmploymentRecord(
                organisationID: organisationID, unitID: random.pick(units).id,
                reference: "tidligere-\(number)@\(ScaleData.slug(index)).godstart.dk", start: started, end: ended < today ? ended : nil))
        }
    }

    // MARK: Programmes

    private mutating func addProgrammes(organisation: Organisation, templates: [ProgrammeVariant: IntroductionTemplate],
                                        staff: Staff, to rows: inout Rows) {
        let monday = today.adding(days: 1 - today.isoWeekday)
        let calendar = organisation.workingCalendar(own: [])
        let total = size.activeProgrammes + size.endedProgrammes
        for number in 0..<total {
            let running = number < size.activeProgrammes
            // The first running programme is `nyansat@`'s, twenty weeks in, with `mentor@` and `kontaktperson@`;
            // `mentor@` has three more mentees.
            let weeks: Int = number == 0 ? -20
                : running ? (random.chance(6) ? 1 + random.below(4) : -random.below(50))
                : -(52 + random.below(52 * (size.endedProgrammes / max(size.activeProgrammes, 1))))
            let unit = number == 0 ? 0 : random.below(size.units)
            let mentor = number < 4 ? staff.named["mentor"]! : random.pick(staff.mentors)
            let contact = number == 0 ? staff.named["kontaktperson"]! : random.pick(staff.colleaguesInUnit[unit])
            var buddy: UUID? = random.chance(80) ? random.pick(staff.colleaguesInUnit[unit]) : nil
            if buddy == contact || buddy == mentor { buddy = nil }
            let variant: ProgrammeVariant = random.chance(85) ? .standard : random.chance(60) ? .temporaryHire : .experiencedHire
            let first = random.pick(ScaleNames.first), last = random.pick(ScaleNames.last)
            let email = number == 0 ? ScaleData.email("nyansat", organisation: index)
                : "nyansat-\(number)@\(ScaleData.slug(index)).godstart.dk"
            let newcomer = Person(id: random.uuid(), organisationID: organisation.id!, unitID: staff.unitIDs[unit],
                                  name: "\(first) \(last)", email: email, title: "Socialrådgiver", passwordHash: passwordHash)
            let firstDay = calendar.onOrAfter(monday.adding(weeks: weeks))
            let programme = Programme(
                id: random.uuid(), organisationID: organisation.id!, unitID: staff.unitIDs[unit], newcomerID: newcomer.id!,
                managerID: staff.managerOfUnit[unit], contactPersonID: contact, mentorID: mentor, buddyID: buddy,
                variant: variant, firstDay: firstDay)
            programme.templateAppliedAt = now
            let plan = PlanRows(programmeID: programme.id!, firstDay: firstDay, template: templates[variant]!,
                                stockholmCadence: false, organisation: organisation, calendar: calendar)
            addMeetings(plan.meetings, of: programme, running: running, to: &rows)
            if !running {
                programme.endedAt = plan.meetings.filter { $0.isHeld }.compactMap(\.heldAt).max() ?? now
            }
            addChecklist(plan.checklist, of: programme, to: &rows)
            rows.activities += plan.activities
            if running && firstDay < today { addLogbook(of: programme, to: &rows) }
            rows.people.append(newcomer)
            rows.programmes.append(programme)
            rows.employments.append(EmploymentRecord(organisationID: organisation.id!, unitID: programme.$unit.id, reference: email,
                                                     start: firstDay, end: leaving(firstDay)))
        }
    }

    /// About one new hire in eight leaves within the first two years.
    private mutating func leaving(_ firstDay: LocalDate) -> LocalDate? {
        guard random.chance(12) else { return nil }
        let end = firstDay.adding(days: 60 + random.below(650))
        return end < today ? end : nil
    }

    private static let places = ["Mødelokale 1", "Mødelokale 2", "Kantinen", "Stillerummet", "Teams"]

    /// Past meetings are held, with a note by the one who leads them; now and then the latest
    /// past meeting of a running programme is not marked, so the overview has something overdue.
    private mutating func addMeetings(_ meetings: [Meeting], of programme: Programme, running: Bool, to rows: inout Rows) {
        let past = meetings.filter { $0.startsAt < now }
        let leaveUnmarked = running && random.chance(8) ? past.last?.id : nil
        for meeting in meetings {
            meeting.id = random.uuid()
            meeting.place = random.pick(Self.places)
            if meeting.startsAt < now && meeting.id != leaveUnmarked {
                meeting.status = Meeting.Status.held.rawValue
                meeting.heldAt = meeting.startsAt.addingTimeInterval(Double(meeting.minutes) * 60)
                if meeting.meetingKind == .introductionClosing { programme.mentoringStartedAt = meeting.heldAt }
                if running, let (point, text) = DemoData.sampleNotes(meeting.meetingKind, number: meeting.number).first {
                    let author = programme.personID(for: meeting.meetingKind.leader) ?? programme.$contactPerson.id
                    rows.notes.append(MeetingNote(id: random.uuid(), meetingID: meeting.id!, agendaPoint: point, text: text, updatedByID: author))
                }
            } else if !running {
                meeting.status = Meeting.Status.cancelled.rawValue
            }
            rows.meetings.append(meeting)
        }
    }

    private func addChecklist(_ items: [ChecklistItem], of programme: Programme, to rows: inout Rows) {
        let timeZone = TimeZone(identifier: "Europe/Copenhagen")!
        for item in items {
            if item.window.to < today {
                item.coveredAt = item.window.to.instant(at: LocalTime(hour: 12), in: timeZone)
                item.$coveredBy.id = programme.personID(for: item.responsible) ?? programme.$contactPerson.id
            }
            rows.checklist.append(item)
        }
    }

    private mutating func addLogbook(of programme: Programme, to rows: inout Rows) {
        for _ in 0..<2 {
            let entry = LogbookEntry(programmeID: programme.id!, authorID: programme.$newcomer.id)
            entry.id = random.uuid()
            entry.unsure = "Hvordan jeg prioriterer, når tre sager haster på én gang."
            entry.learned = "At en børnefaglig undersøgelse tager tid, og at det er i orden at sige det højt."
            entry.remember = "Skriv journalnotatet samme dag."
            entry.actOn = "Bed om sparring før det næste netværksmøde."
            entry.knowMore = "Serviceloven § 50."
            rows.logbook.append(entry)
        }
    }
}
