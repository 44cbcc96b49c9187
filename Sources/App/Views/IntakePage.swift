import GodstartCore
import Vapor

/// A whole intake of new hires on one page, with one balanced choice of the people around them.
enum IntakePage {
    static func render(_ ctx: PageContext, choices: RegisterNewHireController.Choices, typed: IntakeController.Typed,
                       errors: [String: String], suggested: Bool = false) -> Response {
        let t = ctx.texts
        let rows = IntakeController.rowCount(typed)
        let options = { (people: [Person]) in RegisterNewHirePage.personOptions(people, units: choices.units) }
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
            el("form", [.methodPost, .action(SiteURL.intake.path), Attr("novalidate", nil), .class("intake")], [
                Form.csrf(ctx),
                .void("input", [.type("hidden"), .name("rows"), .value(String(rows))]),
                .group((0..<rows).map { index in
                    func value(_ field: String) -> String? { typed["\(field)-\(index)"] }
                    func id(_ field: String) -> String { "\(field)-\(index)" }
                    return el("fieldset", [.class("card intake-row")], [
                        el("legend", t.intakeRow(index + 1)),
                        Form.input(id("name"), label: t.nameLabel, value: value("name"), error: errors[id("name")], autocomplete: "off"),
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
                        Form.select(id("contactPerson"), label: t.contactPersonLabel, options: options(choices.people),
                                    selected: value("contactPerson"), placeholder: t.chooseOption, error: errors[id("contactPerson")]),
                        Form.select(id("mentor"), label: t.mentorLabel, options: options(choices.people), selected: value("mentor"),
                                    placeholder: t.chooseOption, error: errors[id("mentor")]),
                        Form.select(id("buddy"), label: t.buddyLabel, options: options(choices.people), selected: value("buddy"),
                                    placeholder: t.noBuddyOption, error: errors[id("buddy")]),
                    ])
                }),
                el("div", [.class("actions")], [
                    el("button", [.type("submit"), .name("intent"), .value("suggest"), .class("button secondary")], t.suggestIntakeButton),
                    el("button", [.type("submit"), .name("intent"), .value("moreRows"), .class("button secondary")], t.moreRowsButton),
                ]),
                Form.textarea("overrideReason", label: t.overrideReasonLabel, value: typed["overrideReason"], error: errors["overrideReason"],
                              hint: t.overrideReasonHint, rows: 2),
                el("button", [.type("submit"), .name("intent"), .value("register"), .class("button")], t.registerIntakeButton),
            ]),
        ])
    }
}
