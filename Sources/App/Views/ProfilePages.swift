import GodstartCore
import Vapor

/// The coordinator's list of colleagues as contact persons, mentors and buddies, and one profile.
enum ProfilePages {
    static func list(_ ctx: PageContext, _ loaded: AssignmentCandidates.Loaded, units: [UUID: String]) -> Response {
        let t = ctx.texts
        return Layout.page(ctx, title: t.profilesTitle, [
            el("h1", t.profilesTitle),
            el("p", t.profilesIntro),
            Components.table(label: t.profilesTitle, headers: [t.nameLabel, t.unitLabel, t.loadColumn, t.willingLabel, t.trainedLabel, t.areasColumn],
                             rows: loaded.people.map { person in
                let candidate = loaded.candidates[person.id!]!
                let full = candidate.freeCapacity(as: .mentor) <= 0 || candidate.freeCapacity(as: .contactPerson) <= 0
                return [
                    el("span", [.id("colleague-\(person.id!.uuidString.lowercased())")], [
                        link(person.name, to: SiteURL.colleague(person.id).path, [.aria("label", "\(t.editProfile): \(person.name)")]),
                    ]),
                    text(person.$unit.id.flatMap { units[$0] } ?? ""),
                    el("span", full ? [.class("status overdue")] : [], t.load(mentor: candidate.mentoring, contact: candidate.contactFor,
                                                                             buddy: candidate.buddyFor, capacity: candidate.capacity)),
                    text(candidate.willing ? t.yes : t.no),
                    text(candidate.trainedAsMentor ? t.yes : t.no),
                    text(candidate.competenceAreas.sorted().joined(separator: "; ")),
                ]
            }),
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
                Form.submit(t.saveProfileButton),
            ]),
        ])
    }
}
