import GodstartCore

/// Form fields that label themselves, show their error beside them and keep what was typed.
enum Form {
    static func csrf(_ ctx: PageContext) -> HTMLNode {
        .void("input", [.type("hidden"), .name(CSRF.fieldName), .value(ctx.csrfToken)])
    }

    struct Option {
        let value: String
        let label: String
        var hint: String? = nil
    }

    private static func describedBy(_ id: String, hint: String?, error: String?) -> [Attr] {
        let ids = [hint.map { _ in "\(id)-hint" }, error.map { _ in "\(id)-error" }].compactMap { $0 }
        var attrs: [Attr] = ids.isEmpty ? [] : [.aria("describedby", ids.joined(separator: " "))]
        if error != nil { attrs.append(.aria("invalid", "true")) }
        return attrs
    }

    private static func messages(_ id: String, hint: String?, error: String?) -> [HTMLNode] {
        [
            hint.map { el("p", [.class("hint"), .id("\(id)-hint")], $0) } ?? .empty,
            error.map { el("p", [.class("field-error"), .id("\(id)-error")], $0) } ?? .empty,
        ]
    }

    static func input(
        _ id: String, label: String, value: String?, error: String? = nil, hint: String? = nil,
        type: String = "text", required: Bool = false, autocomplete: String? = nil, maxLength: Int? = nil, extra: [Attr] = []
    ) -> HTMLNode {
        var attrs: [Attr] = [.type(type), .id(id), .name(id), .value(value ?? "")]
        if required { attrs.append(.required) }
        // The same limit the server checks, so a browser stops the typing there.
        if let maxLength { attrs.append(Attr("maxlength", String(maxLength))) }
        if let autocomplete { attrs.append(.autocomplete(autocomplete)) }
        attrs += describedBy(id, hint: hint, error: error) + extra
        return el("div", [.class(error == nil ? "field" : "field has-error")],
                  [el("label", [.for(id)], label)] + messages(id, hint: hint, error: error) + [.void("input", attrs)])
    }

    /// A date field that never loses what was typed: a date it understands is shown as a date
    /// (`3.8.2026` becomes 2026-08-03); anything else comes back in a plain text field, as typed,
    /// because a date field cannot show text it does not understand.
    static func date(_ id: String, label: String, value: String?, error: String? = nil, hint: String? = nil,
                     required: Bool = true) -> HTMLNode {
        let typed = value ?? ""
        if typed.isEmpty { return input(id, label: label, value: "", error: error, hint: hint, type: "date", required: required) }
        guard let day = LocalDate(typed: typed) else {
            return input(id, label: label, value: typed, error: error, hint: hint, type: "text", required: required)
        }
        return input(id, label: label, value: day.iso, error: error, hint: hint, type: "date", required: required)
    }

    /// `name` differs from `id` where one page holds the same form several times.
    static func textarea(_ id: String, label: String, value: String?, error: String? = nil, hint: String? = nil,
                         rows: Int = 4, name: String? = nil) -> HTMLNode {
        el("div", [.class(error == nil ? "field" : "field has-error")], [el("label", [.for(id)], label)]
            + messages(id, hint: hint, error: error)
            + [el("textarea", [.id(id), .name(name ?? id), .rows(rows)] + describedBy(id, hint: hint, error: error), value ?? "")])
    }

    static func select(
        _ id: String, label: String, options: [Option], selected: String?, placeholder: String,
        error: String? = nil, hint: String? = nil, required: Bool = false
    ) -> HTMLNode {
        var attrs: [Attr] = [.id(id), .name(id)] + describedBy(id, hint: hint, error: error)
        if required { attrs.append(.required) }
        let choices = [el("option", [.value("")], placeholder)] + options.map { option in
            el("option", [.value(option.value)] + (option.value == selected ? [.selected] : []), option.label)
        }
        return el("div", [.class(error == nil ? "field" : "field has-error")],
                  [el("label", [.for(id)], label)] + messages(id, hint: hint, error: error) + [el("select", attrs, choices)])
    }

    /// `name` differs from the ids' prefix `idPrefix` where one page holds the same form several times.
    static func radios(_ idPrefix: String, legend: String, options: [Option], selected: String?, error: String? = nil,
                       hint: String? = nil, name: String? = nil) -> HTMLNode {
        let field = name ?? idPrefix
        let name = idPrefix
        return el("fieldset", [.class(error == nil ? "field radios" : "field radios has-error")] + describedBy(name, hint: hint, error: error)
            .filter { $0.name != "aria-invalid" }, [
            el("legend", legend),
        ] + messages(name, hint: hint, error: error) + options.map { option in
            let id = "\(name)-\(option.value)"
            var attrs: [Attr] = [.type("radio"), .id(id), .name(field), .value(option.value)]
            if option.value == selected { attrs.append(.checked) }
            if option.hint != nil { attrs.append(.aria("describedby", "\(id)-hint")) }
            return el("div", [.class("radio")], [
                .void("input", attrs),
                el("label", [.for(id)], option.label),
                option.hint.map { el("p", [.class("hint"), .id("\(id)-hint")], $0) } ?? .empty,
            ])
        })
    }

    /// `name` and `value`: one of several boxes sent as a list ("role[]" = "coach").
    static func checkbox(_ id: String, name: String? = nil, value: String = "on", label: String, checked: Bool, hint: String? = nil) -> HTMLNode {
        el("div", [.class("field checkbox")], [
            .void("input", [.type("checkbox"), .id(id), .name(name ?? id), .value(value)] + (checked ? [.checked] : [])
                  + describedBy(id, hint: hint, error: nil)),
            el("label", [.for(id)], label),
        ] + messages(id, hint: hint, error: nil))
    }

    /// A summary at the top of a form with errors, linking to each field.
    static func errorSummary(_ ctx: PageContext, _ errors: [(field: String, message: String)]) -> HTMLNode {
        guard !errors.isEmpty else { return .empty }
        // Focused as the page opens (no script needed), so a keyboard or screen reader starts at what to fix.
        return el("div", [.class("error-summary"), Attr("role", "alert"), Attr("tabindex", "-1"), .id("error-summary"), Attr("autofocus", nil)], [
            el("h2", ctx.texts.formHasErrors),
            el("ul", [], errors.map { el("li", [], [link($0.message, to: "#\($0.field)")]) }),
        ])
    }

    static func submit(_ title: String, secondary: Bool = false) -> HTMLNode {
        el("button", [.type("submit"), .class(secondary ? "button secondary" : "button")], title)
    }
}
