/// Bringing a running programme in line with a changed template, or with a new variant when a
/// temporary hire is made permanent. What has happened stays as it happened: held, cancelled and
/// past meetings, meetings someone planned or moved by hand or wrote in, and checklist items that
/// are covered, set aside, carried into the mentoring or moved with a reason.
public enum Replanning {
    /// A meeting the programme has. `isFixed` when replanning must leave it alone.
    public struct ExistingMeeting: Equatable, Sendable {
        public let kind: MeetingKind
        public let date: LocalDate
        public let isFixed: Bool

        public init(kind: MeetingKind, date: LocalDate, isFixed: Bool) {
            self.kind = kind
            self.date = date
            self.isFixed = isFixed
        }
    }

    public enum MeetingStep: Equatable, Sendable {
        /// Re-date the existing meeting at this index to the planned one.
        case move(existing: Int, to: PlannedMeeting)
        case remove(existing: Int)
        case add(PlannedMeeting)
    }

    /// Kinds that recur; the others happen once in a programme.
    static func recurs(_ kind: MeetingKind) -> Bool {
        switch kind {
        case .statusMeeting, .dialogueMeeting, .threePartyMeeting, .managerMentorMeeting: true
        default: false
        }
    }

    /// The steps that turn the programme's meetings into `plan` from tomorrow on. Free meetings
    /// (future, untouched) of a kind are re-dated to the plan's meetings of that kind in date order;
    /// the rest are removed or added. A one-off meeting already fixed is not planned again; a
    /// recurring one is not planned within three days of a fixed meeting of its kind.
    public static func meetingSteps(existing: [ExistingMeeting], plan: [PlannedMeeting], today: LocalDate) -> [MeetingStep] {
        var steps: [MeetingStep] = []
        for kind in MeetingKind.allCases {
            let fixed = existing.filter { $0.kind == kind && $0.isFixed }
            let free = existing.indices.filter { existing[$0].kind == kind && !existing[$0].isFixed }
                .sorted { existing[$0].date < existing[$1].date }
            var targets = plan.filter { $0.kind == kind && $0.date > today }.sorted { $0.date < $1.date }
            if !recurs(kind) && !fixed.isEmpty { targets = [] }
            targets.removeAll { target in fixed.contains { abs($0.date.days(until: target.date)) < 4 } }
            for (index, target) in zip(free, targets) where existing[index].date != target.date {
                steps.append(.move(existing: index, to: target))
            }
            steps += free.dropFirst(targets.count).map { .remove(existing: $0) }
            steps += targets.dropFirst(free.count).map { .add($0) }
        }
        return steps
    }

    /// A checklist item the programme has. `matchKeys` say which template item it came from
    /// (the template item's id, its built-in key, or its title); empty for an item added by hand.
    public struct ExistingItem: Equatable, Sendable {
        public let matchKeys: Set<String>
        public let state: ChecklistState
        /// Someone moved its window with a reason.
        public let windowMoved: Bool
        public let window: ChecklistWindow

        public init(matchKeys: Set<String>, state: ChecklistState, windowMoved: Bool, window: ChecklistWindow) {
            self.matchKeys = matchKeys
            self.state = state
            self.windowMoved = windowMoved
            self.window = window
        }

        var isUntouched: Bool { state == .open && !windowMoved }
    }

    /// One item of the template the programme is brought in line with.
    public struct TemplateItem: Equatable, Sendable {
        public let matchKeys: Set<String>
        public let fromWeek: Int
        public let toWeek: Int

        public init(matchKeys: Set<String>, fromWeek: Int, toWeek: Int) {
            self.matchKeys = matchKeys
            self.fromWeek = fromWeek
            self.toWeek = toWeek
        }
    }

    public enum ItemStep: Equatable, Sendable {
        /// The existing item now comes from this template item, in this window (its own, when it was
        /// touched or is already late).
        case update(existing: Int, templateItem: Int, window: ChecklistWindow)
        case add(templateItem: Int, window: ChecklistWindow)
        case remove(existing: Int)
    }

    /// The steps that bring the checklist in line with `template`. Untouched items follow their
    /// template item's window (an item already late keeps its window); template items the programme
    /// lacks are added; untouched items from a template item that is gone are removed, unless
    /// `keepingItemsNotInTemplate` (a new variant: what the person's plan had stays in it). A window that has already closed starts today and
    /// runs for two weeks (within the introduction), so nothing new is late the moment it appears;
    /// after the introduction nothing is added.
    public static func itemSteps(existing: [ExistingItem], template: [TemplateItem], firstDay: LocalDate,
                                 introductionEnds: LocalDate, today: LocalDate, keepingItemsNotInTemplate: Bool = false) -> [ItemStep] {
        func planned(_ item: TemplateItem) -> ChecklistWindow {
            ChecklistTemplate.window(fromWeek: item.fromWeek, toWeek: item.toWeek, firstDay: firstDay, introductionEnds: introductionEnds)
        }
        func newWindow(_ item: TemplateItem) -> ChecklistWindow? {
            let window = planned(item)
            if window.to >= today { return window }
            guard introductionEnds >= today else { return nil }
            return ChecklistWindow(from: today, to: min(today.adding(days: 13), introductionEnds))
        }
        var steps: [ItemStep] = []
        var matched = Set<Int>()
        for (templateIndex, item) in template.enumerated() {
            if let index = existing.indices.first(where: { !matched.contains($0) && !existing[$0].matchKeys.isDisjoint(with: item.matchKeys) }) {
                matched.insert(index)
                let window = planned(item)
                let follows = existing[index].isUntouched && window.to >= today
                steps.append(.update(existing: index, templateItem: templateIndex, window: follows ? window : existing[index].window))
            } else if let window = newWindow(item) {
                steps.append(.add(templateItem: templateIndex, window: window))
            }
        }
        for index in existing.indices where !keepingItemsNotInTemplate && !matched.contains(index)
            && !existing[index].matchKeys.isEmpty && existing[index].isUntouched {
            steps.append(.remove(existing: index))
        }
        return steps
    }
}
