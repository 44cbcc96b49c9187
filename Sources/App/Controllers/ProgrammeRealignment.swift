import Fluent
import Foundation
import GodstartCore

/// Brings a running programme in line with its template (after the coordinator changed it) or with
/// another variant (a temporary hire made permanent), keeping everything that has happened
/// (`Replanning` in GodstartCore says what is kept).
enum ProgrammeRealignment {
    /// Brings `programme` in line with `template`, of `variant`, of its organisation.
    static func apply(_ programme: Programme, to template: IntroductionTemplate, variant: ProgrammeVariant,
                      organisation: Organisation, now: Date, on db: Database) async throws {
        let programmeID = try programme.requireID()
        let templateItems = template.items
        let templateActivities = template.activities
        let texts = IntroductionTemplates.texts(of: organisation)
        let timeZone = organisation.timeZone
        let today = LocalDate(now, in: timeZone)
        let firstDay = programme.firstLocalDay
        let calendar = try await organisation.workingCalendar(on: db)

        try await db.transaction { db in
            let meetings = try await Meeting.query(on: db).filter(\.$programme.$id == programmeID).all()
            let withContent = try await meetingsWithContent(meetings.compactMap(\.id), on: db)
            // A programme that runs the Stockholm cadence keeps it.
            var lengths = template.lengths
            lengths.stockholmCadence = lengths.stockholmCadence || meetings.contains { $0.meetingKind == .threePartyMeeting }
            let existing = meetings.map { meeting in
                let date = LocalDate(meeting.startsAt, in: timeZone)
                return Replanning.ExistingMeeting(
                    kind: meeting.meetingKind, date: date,
                    isFixed: !meeting.isOpen || date <= today || meeting.plannedByHand == true || withContent.contains(meeting.id!))
            }
            let plan = PlanGenerator.plan(template: lengths, firstDay: firstDay, calendar: calendar)
            for step in Replanning.meetingSteps(existing: existing, plan: plan, today: today) {
                switch step {
                case .move(let index, let planned):
                    meetings[index].startsAt = planned.date.instant(at: planned.time, in: timeZone)
                    meetings[index].minutes = planned.minutes
                    try await meetings[index].update(on: db)
                case .remove(let index):
                    try await meetings[index].delete(on: db)
                case .add(let planned):
                    try await Meeting(programmeID: programmeID, kind: planned.kind, number: planned.number,
                                      startsAt: planned.date.instant(at: planned.time, in: timeZone), minutes: planned.minutes).create(on: db)
                }
            }
            try await MeetingNumbering.renumberAll(programmeID, on: db)

            let closing = try await Meeting.query(on: db).filter(\.$programme.$id == programmeID)
                .filter(\.$kind == MeetingKind.introductionClosing.rawValue)
                .filter(\.$status != Meeting.Status.cancelled.rawValue).sort(\.$startsAt).first()
            let introductionEnds = closing.map { LocalDate($0.startsAt, in: timeZone) }
                ?? PlanGenerator.milestones(template: lengths, firstDay: firstDay, calendar: calendar).mentoringStart.adding(days: -1)
            let items = ChecklistOrder.sorted(try await ChecklistItem.query(on: db).filter(\.$programme.$id == programmeID).all(), firstDay: firstDay)
            let steps = Replanning.itemSteps(
                existing: items.map { .init(matchKeys: $0.matchKeys, state: $0.state,
                                            windowMoved: !($0.windowMovedReason ?? "").isEmpty, window: $0.window) },
                template: templateItems.map { .init(matchKeys: $0.matchKeys, fromWeek: $0.fromWeek, toWeek: $0.toWeek) },
                firstDay: firstDay, introductionEnds: introductionEnds, today: today,
                keepingItemsNotInTemplate: programme.programmeVariant != variant)
            var next = ChecklistOrder.nextPosition(items)
            for step in steps {
                switch step {
                case .update(let index, let templateIndex, let window):
                    let item = items[index], source = templateItems[templateIndex]
                    item.templateItemID = source.id
                    if item.state == .open && item.$assignedPerson.id == nil { item.responsibleRole = source.responsibleRole }
                    item.window = window
                    try await item.update(on: db)
                case .remove(let index):
                    try await items[index].delete(on: db)
                case .add(let templateIndex, let window):
                    let source = templateItems[templateIndex]
                    let item = ChecklistItem(programmeID: programmeID, templateKey: source.builtIn, customTitle: source.customTitle,
                                             window: window, responsible: source.responsible)
                    item.templateItemID = source.id
                    item.position = next
                    next += 1
                    try await item.create(on: db)
                }
            }

            let activities = try await Activity.query(on: db).filter(\.$programme.$id == programmeID).all()
            let missing = Replanning.activitiesToAdd(
                existing: activities.map { activity in
                    Set(["title:\(activity.title.lowercased())"] + (activity.templateActivityID.map { ["id:\($0.uuidString)"] } ?? []))
                },
                template: templateActivities.map { .init(matchKeys: $0.matchKeys(texts), week: $0.week, weekday: $0.weekday) },
                firstDay: firstDay, introductionEnds: introductionEnds, today: today, calendar: calendar)
            for (index, day) in missing {
                try await templateActivities[index].planned(for: programmeID, on: day, texts).create(on: db)
            }

            programme.variant = variant.rawValue
            programme.templateAppliedAt = now
            try await programme.update(on: db)
        }
    }

    /// The meetings someone wrote in, shared a journal for or linked a learning goal to.
    static func meetingsWithContent(_ ids: [UUID], on db: Database) async throws -> Set<UUID> {
        guard !ids.isEmpty else { return [] }
        var result = Set(try await MeetingNote.query(on: db).filter(\.$meeting.$id ~~ ids).all().map { $0.$meeting.id })
        result.formUnion(try await EarlierMeetingNote.query(on: db).filter(\.$meeting.$id ~~ ids).all().map { $0.$meeting.id })
        result.formUnion(try await ProcessJournal.query(on: db).filter(\.$forMeeting.$id ~~ ids).all().compactMap { $0.$forMeeting.id })
        result.formUnion(try await LearningGoalMeeting.query(on: db).filter(\.$meeting.$id ~~ ids).all().map { $0.$meeting.id })
        return result
    }
}
