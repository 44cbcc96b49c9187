import GodstartCore
import Vapor

enum RegisterNewHirePage {
    static func render(_ ctx: PageContext, choices: RegisterNewHireController.Choices,
                       form: RegisterNewHireController.NewHireForm, errors: [String: String]) -> Response {
        let t = ctx.texts
        let unitNames = Dictionary(uniqueKeysWithValues: choices.units.map { ($0.id!, $0.name) })
        func options(_ people: [Person]) -> [Form.Option] {
            people.map { p in
                let unit = p.$unit.id.flatMap { unitNames[$0] }
                return Form.Option(value: p.id!.uuidString, label: unit.map { "\(p.name) (\($0))" } ?? p.name)
            }
        }
        let labels = ["name": t.nameLabel, "email": t.emailLabel, "unit": t.unitLabel, "firstDay": t.firstDayLabel,
                      "manager": t.managerLabel, "variant": t.variantLabel, "contactPerson": t.contactPersonLabel,
                      "mentor": t.mentorLabel, "buddy": t.buddyLabel]
        // Each entry names its field, so "Fill in this field" is never heard three times without context.
        let summary = RegisterNewHireController.NewHireForm.fieldOrder.compactMap { field in
            errors[field].map { (field == "variant" ? "variant-standard" : field, "\(labels[field] ?? field): \($0)") }
        }
        return Layout.page(ctx, title: t.registerTitle, [
            el("h1", t.registerTitle),
            el("p", t.registerIntro),
            Form.errorSummary(ctx, summary),
            el("form", [.methodPost, .action(SiteURL.programmes.path), Attr("novalidate", nil), .class("register")], [
                Form.csrf(ctx),
                el("fieldset", [], [
                    el("legend", t.newcomerSection),
                    Form.input("name", label: t.nameLabel, value: form.name, error: errors["name"], required: true, autocomplete: "off"),
                    Form.input("email", label: t.emailLabel, value: form.email, error: errors["email"], hint: t.newcomerEmailHint,
                               type: "email", required: true, autocomplete: "off"),
                    Form.select("unit", label: t.unitLabel,
                                options: choices.units.map { Form.Option(value: $0.id!.uuidString, label: $0.name) },
                                selected: form.unit, placeholder: t.chooseOption, error: errors["unit"], required: true),
                    Form.date("firstDay", label: t.firstDayLabel, value: form.firstDay, error: errors["firstDay"], hint: t.firstDayHint),
                    Form.radios("variant", legend: t.variantLabel, options: ProgrammeVariant.allCases.map {
                        Form.Option(value: $0.rawValue, label: t.variant($0), hint: t.variantHint($0))
                    }, selected: form.variant, error: errors["variant"]),
                    Form.checkbox("stockholmCadence", label: t.stockholmCadenceLabel, checked: form.stockholmCadence == "on",
                                  hint: t.stockholmCadenceHint),
                ]),
                el("fieldset", [], [
                    el("legend", t.peopleSection),
                    Form.select("manager", label: t.managerLabel, options: options(choices.managers), selected: form.manager,
                                placeholder: t.chooseOption, error: errors["manager"], required: true),
                    Form.select("contactPerson", label: t.contactPersonLabel, options: options(choices.people),
                                selected: form.contactPerson, placeholder: t.chooseOption, error: errors["contactPerson"], required: true),
                    Form.select("mentor", label: t.mentorLabel, options: options(choices.people), selected: form.mentor,
                                placeholder: t.chooseOption, error: errors["mentor"]),
                    Form.checkbox("contactIsMentor", label: t.contactIsMentorLabel, checked: form.contactIsMentor == "on"),
                    Form.select("buddy", label: t.buddyLabel, options: options(choices.people), selected: form.buddy,
                                placeholder: t.noBuddyOption, error: errors["buddy"]),
                ]),
                Form.submit(t.registerButton),
            ]),
        ])
    }
}
