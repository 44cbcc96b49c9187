import GodstartCore
import Vapor

/// A whole intake of new hires on one page, with one balanced choice of the people around them.
enum IntakePage {
    /// The places a suggestion left open, and why, by row and role.
    struct OpenPlaces {
        var byRow: [Int: [CandidateRole: IntakeAssignment.OpenPlace]] = [:]

        var count: Int { byRow.values.map(\.count).reduce(0, +) }

        /// The best-suited full people named across the open places, most often named first.
        var fullPeople: [UUID] {
            var counts: [UUID: Int] = [:]
            for place in byRow.values.flatMap(\.values) {
                if case .allFull(let best) = place { for id in best { counts[id, default: 0] += 1 } }
            }
            return counts.sorted { ($0.value, $1.key.uuidString) > ($1.value, $0.key.uuidString) }.map(\.key)
        }

        var anyNobodyEligible: Bool { byRow.values.flatMap(\.values).contains(.nobodyEligible) }
    }

    static func render(_ ctx: PageContext, choices: RegisterNewHireController.Choices, typed: IntakeController.Typed,
                       errors: [String: String], suggested: Bool = false, open: OpenPlaces = .init(),
                       rowLimitReached: Bool = false) -> Response {
        let t = ctx.texts
        let rows = IntakeController.rowCount(typed)
        let options = { (people: [Person]) in RegisterNewHirePage.personOptions(people, units: choices.units) }
        func openHint(_ index: Int, _ role: CandidateRole) -> String? {
            open.byRow[index]?[role].map { place in
                let names: [String] = if case .allFull(let best) = place { best.map(choices.name) } else { [] }
                return t.intakeOpenPlace(place, role: t.role(role.programmeRole), names: names)
            }
        }
        let atLimit = rows >= IntakeController.maximumRows
        let labels = ["name": t.nameLabel, "email": t.emailLabel, "unit": t.unitLabel, "firstDay": t.firstDayLabel,
                      "manager": t.managerLabel, "variant": t.variantLabel, "workAreas": t.workAreasLabel,
                      "contactPerson": t.contactPersonLabel, "mentor": t.mentorLabel, "buddy": t.buddyLabel]
        let summary: [(String, String)] = (0..<rows).flatMap { index in
            IntakeController.rowFields.compactMap { field in
                errors["\(field)-\(index)"].map { ("\(field)-\(index)", "\(t.intakeRow(index + 1)), \(labels[field] ?? field): \($0)") }
            }
        } + (errors["overrideReason"].map { [("overrideReason", "\(t.overrideReasonLabel): \($0)")] } ?? [])
        return Layout.page(ctx, title: t.intakeTitle, [
            el("p", [.class("breadcrumb")], [link(t.registerTitle, to: SiteURL.newProgramme.path)]),
            el("h1", t.intakeTitle),
            el("p", t.intakeIntro),
            Form.errorSummary(ctx, summary),
            when(suggested, el("p", [.class("notice")], t.intakeSuggested)),
            when(open.count > 0, el("div", [.class("notice"), Attr("role", "status")], [
                el("p", [], [el("strong", t.intakeOpenSummary(open.count))]),
                when(!open.fullPeople.isEmpty, el("p", t.intakeHelpRaise(open.fullPeople.prefix(3).map(choices.name)))),
                when(open.anyNobodyEligible, el("p", t.intakeHelpNobodyEligible)),
            ])),
            when(rowLimitReached, el("p", [.class("notice"), Attr("role", "status")], t.intakeRowLimit(IntakeController.maximumRows))),
            el("form", [.methodPost, .action(SiteURL.intake.path), Attr("novalidate", nil), .class("intake")], [
                Form.csrf(ctx),
                .void("input", [.type("hidden"), .name("rows"), .value(String(rows))]),
                .group((0..<rows).map { index in
                    func value(_ field: String) -> String? { typed["\(field)-\(index)"] }
                    func id(_ field: String) -> String { "\(field)-\(index)" }
                    return el("fieldset", [.class("card intake-row")], [
                        el("legend", t.intakeRow(index + 1)),
                        Form.input(id("name"), label: t.nameLabel, value: value("name"), error: errors[id("name")], autocomplete: "off", maxLength: 200),
                        Form.input(id("email"), label: t.emailLabel, value: value("email"), error: errors[id("email")], type: "email",
                                   autocomplete: "off"),
                        Form.select(id("unit"), label: t.unitLabel, options: choices.units.map { Form.Option(value: $0.id!.uuidString, label: $0.name) },
                                    selected: value("unit"), placeholder: t.chooseOption, error: errors[id("unit")]),
                        Form.date(id("firstDay"), label: t.firstDayLabel, value: value("firstDay"), error: errors[id("firstDay")]),
                        Form.select(id("manager"), label: t.managerLabel, options: options(choices.managers), selected: value("manager"),
                                    placeholder: t.chooseOption, error: errors[id("manager")]),
                        Form.select(id("variant"), label: t.variantLabel,
                                    options: ProgrammeVariant.allCases.map { Form.Option(value: $0.rawValue, label: t.variant($0)) },
                                    selected: value("variant") ?? ProgrammeVariant.standard.rawValue, placeholder: t.chooseOption,
                                    error: errors[id("variant")]),
                        Form.input(id("workAreas"), label: t.workAreasLabel, value: value("workAreas")),
                        Form.select(id("contactPerson"), label: t.contactPersonLabel, options: options(choices.people(for: .contactPerson)),
                                    selected: value("contactPerson"), placeholder: t.chooseOption, error: errors[id("contactPerson")],
                                    hint: openHint(index, .contactPerson)),
                        Form.select(id("mentor"), label: t.mentorLabel, options: options(choices.people(for: .mentor)), selected: value("mentor"),
                                    placeholder: t.chooseOption, error: errors[id("mentor")], hint: openHint(index, .mentor)),
                        Form.select(id("buddy"), label: t.buddyLabel, options: options(choices.people(for: .buddy)), selected: value("buddy"),
                                    placeholder: t.noBuddyOption, error: errors[id("buddy")], hint: openHint(index, .buddy)),
                    ])
                }),
                el("div", [.class("actions")], [
                    el("button", [.type("submit"), .name("intent"), .value("suggest"), .class("button secondary")], t.suggestIntakeButton),
                    atLimit ? el("p", [.class("hint")], t.intakeRowLimit(IntakeController.maximumRows))
                        : el("button", [.type("submit"), .name("intent"), .value("moreRows"), .class("button secondary")], t.moreRowsButton),
                ]),
                Form.textarea("overrideReason", label: t.overrideReasonLabel, value: typed["overrideReason"], error: errors["overrideReason"],
                              hint: t.overrideReasonHint, rows: 2),
                el("button", [.type("submit"), .name("intent"), .value("register"), .class("button")], t.registerIntakeButton),
            ]),
        ])
    }
}
