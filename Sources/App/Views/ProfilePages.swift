import GodstartCore
import Vapor

/// The coordinator's list of colleagues as contact persons, mentors and buddies, and one profile.
enum ProfilePages {
    static func list(_ ctx: PageContext, _ loaded: AssignmentCandidates.Loaded, shown: ListPage<Person>, filter: PeopleFilter,
                     matching: Set<UUID>?, units unitList: [(id: UUID, name: String)], newHireOf: (UUID) -> String) -> Response {
        let t = ctx.texts
        let units = Dictionary(unitList.map { ($0.id, $0.name) }, uniquingKeysWith: { first, _ in first })
        /// One load per role, the figure the suggestions use, with the reasons of any choice in it
        /// outside the rules.
        func load(_ candidate: Candidate, _ role: CandidateRole) -> HTMLNode {
            let held = candidate.capacity - candidate.freeCapacity(as: role)
            let full = role.hasHardCapacity && candidate.freeCapacity(as: role) <= 0
            let reasons = (loaded.overrides[candidate.id] ?? []).filter { $0.candidateRole == role }
            return .group([
                el("span", full ? [.class("status overdue")] : [], t.loadOfCapacity(load: held, capacity: candidate.capacity)),
                when(!reasons.isEmpty, el("ul", [.class("override-reasons")], reasons.map { override in
                    el("li", [.class("hint")], t.chosenWithReason(role: t.role(role.programmeRole), newHire: newHireOf(override.$programme.id),
                                                                  reason: override.reason))
                })),
            ])
        }
        return Layout.page(ctx, title: t.profilesTitle, [
            el("h1", t.profilesTitle),
            el("p", t.profilesIntro),
            el("p", [.class("hint")], t.loadCountsExplained),
            filter.form(ctx, .colleagues, units: unitList),
            shown.items.isEmpty ? el("p", t.noPeopleMatch) : Components.table(label: t.profilesTitle,
                             caption: shown.pageCount > 1 ? t.peopleShown(from: shown.firstNumber, to: shown.firstNumber + shown.items.count - 1,
                                                                          of: shown.total) : nil,
                             headers: [t.nameLabel, t.unitLabel, t.loadAsMentorColumn, t.loadAsContactColumn, t.loadAsBuddyColumn,
                                       t.willingLabel, t.trainedLabel, t.areasColumn],
                             rows: shown.items.map { person in
                let candidate = loaded.candidates[person.id!]!
                return [
                    el("span", [.id("colleague-\(person.id!.uuidString.lowercased())")], [
                        link(person.name, to: SiteURL.colleague(person.id).path, [.aria("label", "\(t.editProfile): \(person.name)")]),
                        .group(standingNotes(ctx, candidate, today: loaded.today).map { el("span", [.class("hint")], " · " + $0) }),
                    ]),
                    text(person.$unit.id.flatMap { units[$0] } ?? ""),
                    load(candidate, .mentor),
                    load(candidate, .contactPerson),
                    load(candidate, .buddy),
                    text(candidate.willing ? t.yes : t.no),
                    text(candidate.trainedAsMentor ? t.yes : t.no),
                    text(candidate.competenceAreas.sorted().joined(separator: "; ")),
                ]
            }),
            Components.pager(ctx, page: shown.page, pages: shown.pageCount, link: { filter.link(.colleagues, page: $0) }),
            loadForecast(ctx, loaded, of: matching),
        ])
    }

    /// What limits a colleague's roles today, as the rules see them for a new hire starting now.
    static func standingNotes(_ ctx: PageContext, _ candidate: Candidate, today: LocalDate) -> [String] {
        let t = ctx.texts
        let standing = candidate.standing
        var notes: [String] = []
        switch EligibilityRules.eligibility(of: standing, as: .mentor, for: RoleOpening(newHire: nil, manager: nil, starts: today)) {
        case .never(.onlyAdministrative): notes.append(t.onlyAdministrativeNote)
        case .never(.aManager): notes.append(t.standingManagerNote)
        // Someone not employed yet is a new hire whose own introduction is about to begin.
        case .never(.inOwnIntroduction), .never(.notStarted): notes.append(t.standingInOwnIntroductionNote)
        case .onlyWithReason(let concerns) where concerns.contains(.inOwnFirstYear): notes.append(t.standingInOwnFirstYearNote)
        default: break
        }
        if let last = standing.leavesOn { notes.append(t.standingLeavesNote(ctx.dates.day(last))) }
        return notes
    }

    /// Colleagues without a role named on one line, at most; more are counted (a municipality has
    /// thousands of staff).
    static let freeNamedAtMost = 40

    /// Who becomes free when: each willing colleague's load as mentor and as contact person, today
    /// and on the first of each coming month, against their capacity; of the colleagues the list's
    /// filter (unit, name) picks, `matching` (nil: everyone).
    static func loadForecast(_ ctx: PageContext, _ loaded: AssignmentCandidates.Loaded, of matching: Set<UUID>?) -> HTMLNode {
        let t = ctx.texts
        let today = LocalDate(ctx.now, in: ctx.dates.timeZone)
        let names = Dictionary(uniqueKeysWithValues: loaded.people.map { ($0.id!, $0.name) })
        let days = LoadForecast.days(from: today)
        func table(_ role: CandidateRole, _ caption: String) -> HTMLNode {
            let holding = Set(loaded.commitments.filter { $0.role == role && $0.until > today }.map(\.person))
            let capacities = loaded.candidates.filter { holding.contains($0.key) }.mapValues(\.capacity)
            let lines = LoadForecast.lines(loaded.commitments, capacities: capacities, role: role, today: today)
                .filter { matching?.contains($0.person) ?? true }
                .sorted { (names[$0.person] ?? "") < (names[$1.person] ?? "") }
            // Willing colleagues without anyone in this role, named once rather than as rows of zeros.
            // Only those the rules would suggest for a new hire starting today.
            let opening = RoleOpening(newHire: nil, manager: nil, starts: today)
            let free = loaded.choosable.filter { person in
                guard let candidate = loaded.candidates[person.id!] else { return false }
                return !person.isManager && !holding.contains(person.id!) && candidate.willing && candidate.capacity > 0
                    && (matching?.contains(person.id!) ?? true)
                    && EligibilityRules.eligibility(of: candidate.standing, as: role, for: opening).isOffered
            }.map(\.name)
            let freeLine = free.isEmpty ? HTMLNode.empty
                : el("p", [.class("hint")], free.count > freeNamedAtMost ? t.loadFreeColleaguesCount(free.count)
                        : t.loadFreeColleagues(free.joined(separator: ", ")))
            guard !lines.isEmpty else { return .group([el("h3", caption), el("p", [.class("muted")], t.loadNobody), freeLine]) }
            return .group([Components.table(
                label: caption, caption: caption,
                headers: [t.nameLabel] + days.enumerated().map { $0.offset == 0 ? t.loadToday : ctx.dates.month($0.element) } + [t.loadRoomFrom],
                rows: lines.map { line in
                    [text(names[line.person] ?? "")] + line.points.map { point in
                        el("span", point.load >= line.capacity ? [.class("status overdue")] : [],
                           t.loadOfCapacity(load: point.load, capacity: line.capacity))
                    } + [text(line.freeFrom.map { $0 == today ? t.loadToday : ctx.dates.month($0) } ?? t.loadNoRoomWithin(months: LoadForecast.months))]
                }), freeLine])
        }
        return el("section", [.aria("labelledby", "load-heading")], [
            el("h2", [.id("load-heading")], t.loadForecastHeading),
            el("p", t.loadForecastIntro(months: LoadForecast.months)),
            table(.mentor, t.loadAsMentor),
            table(.contactPerson, t.loadAsContactPerson),
        ])
    }

    static func edit(_ ctx: PageContext, _ person: Person, typed: ProfileController.ProfileForm, error: String?) -> Response {
        let t = ctx.texts
        return Layout.page(ctx, title: person.name, [
            el("p", [.class("breadcrumb")], [link(t.profilesTitle, to: SiteURL.colleagues.path)]),
            el("h1", person.name),
            Form.errorSummary(ctx, error.map { [("capacity", "\(t.capacityLabel): \($0)")] } ?? []),
            el("form", [.methodPost, .action(SiteURL.colleague(person.id).path), Attr("novalidate", nil)], [
                Form.csrf(ctx),
                Form.input("capacity", label: t.capacityLabel, value: typed.capacity, error: error, hint: t.capacityHint,
                           extra: [Attr("inputmode", "numeric"), .class("short")]),
                Form.checkbox("willing", label: t.willingLabel, checked: typed.willing == "on"),
                Form.checkbox("trained", label: t.trainedLabel, checked: typed.trained == "on"),
                when(person.isAdmin || person.isCoordinator,
                     Form.checkbox("takesNewHires", label: t.takesNewHiresLabel, checked: typed.takesNewHires == "on", hint: t.takesNewHiresHint)),
                Form.submit(t.saveProfileButton),
            ]),
        ])
    }
}
