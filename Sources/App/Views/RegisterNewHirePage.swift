import GodstartCore
import Vapor

enum RegisterNewHirePage {
    static func render(_ ctx: PageContext, choices: RegisterNewHireController.Choices,
                       form: RegisterNewHireController.NewHireForm, errors: [String: String], suggest: Bool = false) -> Response {
        let t = ctx.texts
        let options = { (people: [Person]) in personOptions(people, units: choices.units) }
        let labels = ["name": t.nameLabel, "email": t.emailLabel, "unit": t.unitLabel, "firstDay": t.firstDayLabel,
                      "manager": t.managerLabel, "variant": t.variantLabel, "contactPerson": t.contactPersonLabel,
                      "mentor": t.mentorLabel, "buddy": t.buddyLabel, "overrideReason": t.overrideReasonLabel]
        // Each entry names its field, so "Fill in this field" is never heard three times without context.
        let summary = RegisterNewHireController.NewHireForm.fieldOrder.compactMap { field in
            errors[field].map { (field == "variant" ? "variant-standard" : field, "\(labels[field] ?? field): \($0)") }
        }
        return Layout.page(ctx, title: t.registerTitle, [
            el("h1", t.registerTitle),
            el("p", t.registerIntro),
            el("p", [], [link(t.openIntake, to: SiteURL.intake.path)]),
            Form.errorSummary(ctx, summary),
            el("form", [.methodPost, .action(SiteURL.programmes.path), Attr("novalidate", nil), .class("register")], [
                Form.csrf(ctx),
                el("fieldset", [], [
                    el("legend", t.newcomerSection),
                    Form.input("name", label: t.nameLabel, value: form.name, error: errors["name"], required: true, autocomplete: "off", maxLength: 200),
                    Form.input("email", label: t.emailLabel, value: form.email, error: errors["email"], hint: t.newcomerEmailHint,
                               type: "email", required: true, autocomplete: "off"),
                    Form.select("unit", label: t.unitLabel,
                                options: choices.units.map { Form.Option(value: $0.id!.uuidString, label: $0.name) },
                                selected: form.unit, placeholder: t.chooseOption, error: errors["unit"], required: true),
                    Form.date("firstDay", label: t.firstDayLabel, value: form.firstDay, error: errors["firstDay"], hint: t.firstDayHint),
                    // Offered once the first day typed has been named as a holiday or closed day.
                    Components.keepClosedDayBox(t, offered: form.firstDay.flatMap(LocalDate.init(typed:))
                        .map { choices.calendar.closedDay(on: $0) != nil } ?? false, kept: form.keepClosedDay),
                    when(form.confirmFirstDay == "on" || form.firstDay.flatMap(LocalDate.init(typed:))
                            .map { FirstDayCheck.finding($0, today: choices.today) != nil } ?? false,
                         Form.checkbox("confirmFirstDay", label: t.confirmFirstDayLabel, checked: form.confirmFirstDay == "on")),
                    Form.radios("variant", legend: t.variantLabel, options: ProgrammeVariant.allCases.map {
                        Form.Option(value: $0.rawValue, label: t.variant($0), hint: t.variantHint($0))
                    }, selected: form.variant, error: errors["variant"]),
                    Form.checkbox("stockholmCadence", label: t.stockholmCadenceLabel, checked: form.stockholmCadence == "on",
                                  hint: t.stockholmCadenceHint),
                ]),
                el("fieldset", [], [
                    el("legend", t.peopleSection),
                    Form.input("workAreas", label: t.workAreasLabel, value: form.workAreas, hint: t.workAreasHint),
                    el("button", [.type("submit"), .name("intent"), .value("suggest"), .class("button secondary")], t.showSuggestionsButton),
                    when(suggest, suggestions(ctx, choices: choices, form: form)),
                    Form.select("manager", label: t.managerLabel, options: options(choices.managers), selected: form.manager,
                                placeholder: t.chooseOption, error: errors["manager"], required: true),
                    Form.select("contactPerson", label: t.contactPersonLabel, options: options(choices.people(for: .contactPerson)),
                                selected: form.contactPerson, placeholder: t.chooseOption, error: errors["contactPerson"], required: true),
                    Form.select("mentor", label: t.mentorLabel, options: options(choices.people(for: .mentor)), selected: form.mentor,
                                placeholder: t.chooseOption, error: errors["mentor"]),
                    Form.checkbox("contactIsMentor", label: t.contactIsMentorLabel, checked: form.contactIsMentor == "on"),
                    Form.select("buddy", label: t.buddyLabel, options: options(choices.people(for: .buddy)), selected: form.buddy,
                                placeholder: t.noBuddyOption, error: errors["buddy"]),
                    Form.textarea("overrideReason", label: t.overrideReasonLabel, value: form.overrideReason, error: errors["overrideReason"],
                                  hint: t.overrideReasonHint, rows: 2),
                ]),
                el("button", [.type("submit"), .name("intent"), .value("register"), .class("button")], t.registerButton),
            ]),
        ])
    }

    /// The best-ranked colleagues for each role, with why; each can be chosen with one button.
    private static func suggestions(_ ctx: PageContext, choices: RegisterNewHireController.Choices,
                                    form: RegisterNewHireController.NewHireForm) -> HTMLNode {
        let t = ctx.texts
        let candidates = choices.people.compactMap { choices.candidates[$0.id!] }
        let names = Dictionary(uniqueKeysWithValues: choices.people.map { ($0.id!, $0.name) })
        return el("section", [.class("suggestions"), .aria("labelledby", "suggestions-heading")], [
            el("h2", [.id("suggestions-heading")], t.suggestionsHeading),
            el("p", [.class("hint")], t.suggestionsIntro),
            .group(CandidateRole.allCases.map { role in
                // The best three, and the one already chosen, so its reasons (and a full capacity) show too.
                // Nobody already chosen for another role of this new hire (the contact person may be the mentor).
                let others = CandidateRole.allCases.filter { $0 != role && !(Set([$0, role]) == [.contactPerson, .mentor]) }
                let need = choices.needs(form).taking(others.map { form.chosen($0) })
                let all = AssignmentSuggestions.rank(candidates, for: need, as: role)
                let chosen = form.chosen(role).flatMap { id in all.first { $0.candidate == id } }
                let ranked = Array(all.prefix(3)) + (chosen.map { all.prefix(3).contains($0) ? [] : [$0] } ?? [])
                let roleName = t.role(role.programmeRole)
                return .group([
                    el("h3", t.suggestionsFor(role: roleName)),
                    ranked.isEmpty ? el("p", [.class("muted")], t.noSuggestions) :
                        el("ol", [.class("suggestion-list")], ranked.map { suggestion in
                            let name = names[suggestion.candidate] ?? ""
                            return el("li", [], [
                                el("strong", name),
                                text(" · " + suggestion.reasons.map(t.suggestionReason).joined(separator: ", ")),
                                // A space of its own, so a screen reader does not run the badge into the reasons.
                                when(suggestion.needsOverride, .group([text(" "), el("span", [.class("status overdue")], t.aboveCapacity)])),
                                text(" "),
                                el("button", [.type("submit"), .name("pick"), .value("\(role.rawValue):\(suggestion.candidate.uuidString)"),
                                              .class("link-button"), .aria("label", "\(t.chooseSuggestionButton): \(name), \(roleName)")],
                                   t.chooseSuggestionButton),
                            ])
                        }),
                ])
            }),
        ])
    }

    /// People as choices, each with their unit ("Anne Sørensen (Børn og Unge)").
    static func personOptions(_ people: [Person], units: [OrganisationUnit]) -> [Form.Option] {
        let unitNames = Dictionary(uniqueKeysWithValues: units.map { ($0.id!, $0.name) })
        return people.map { p in
            let unit = p.$unit.id.flatMap { unitNames[$0] }
            return Form.Option(value: p.id!.uuidString, label: unit.map { "\(p.name) (\($0))" } ?? p.name)
        }
    }
}
