import Foundation
import GodstartCore
import Vapor

/// The materials library, and the coordinator's form for one document.
enum MaterialPages {
    static let taggedRoles: [ProgrammeRole] = [.newcomer, .contactPerson, .mentor, .buddy, .manager]

    static func list(_ ctx: PageContext, _ materials: [Material], filter: MaterialController.Filter, canEdit: Bool) -> Response {
        let t = ctx.texts
        let byPhase = Dictionary(grouping: materials, by: \.materialPhase)
        return Layout.page(ctx, title: t.materialsTitle, [
            el("h1", t.materialsTitle),
            el("p", t.materialsIntro),
            when(canEdit, el("p", [.class("actions")], [link(t.addMaterialButton, to: SiteURL.newMaterial.path, [.class("button")])])),
            Components.filterForm(ctx, action: SiteURL.materials, [
                Components.filterSelect(ctx, "phase", t.materialPhaseLabel,
                                        MaterialPhase.allCases.filter { $0 != .any }.map { ($0.rawValue, t.materialPhase($0)) },
                                        filter.materialPhase?.rawValue),
                Components.filterSelect(ctx, "role", t.materialRolesLabel, taggedRoles.map { ($0.rawValue, t.role($0)) },
                                        filter.programmeRole?.rawValue),
                Components.filterSelect(ctx, "language", t.materialLanguageLabel, Language.allCases.map { ($0.rawValue, $0.nativeName) },
                                        filter.chosenLanguage?.rawValue),
            ]),
            materials.isEmpty ? el("p", [.class("muted")], t.noMaterials) : .group(MaterialPhase.allCases.compactMap { phase in
                byPhase[phase].map { items in
                    el("section", [.aria("labelledby", "phase-\(phase.rawValue)")], [
                        el("h2", [.id("phase-\(phase.rawValue)")], t.materialPhase(phase)),
                        el("ul", [.class("materials")], items.map { item(ctx, $0, canEdit: canEdit) }),
                    ])
                }
            }),
        ])
    }

    static func size(_ bytes: Int, _ language: Language) -> String {
        if bytes < 1_000_000 { return "\(max(1, bytes / 1000)) kB" }
        let megabytes = Double((bytes + 50_000) / 100_000) / 10
        return megabytes.formatted(.number.precision(.fractionLength(1)).locale(language.locale)) + " MB"
    }

    static func item(_ ctx: PageContext, _ material: Material, canEdit: Bool) -> HTMLNode {
        let t = ctx.texts
        let roles = material.roleList.isEmpty ? t.materialForEveryone : material.roleList.map { t.role($0) }.joined(separator: ", ")
        let kind = material.kind?.rawValue.uppercased() ?? ""
        return el("li", [.class("material")], [
            el("p", [.class("material-title")], [
                link(material.title, to: SiteURL.materialFile(material.id).path,
                     [.aria("label", "\(t.downloadMaterial): \(material.title) (\(kind), \(size(material.byteCount, ctx.language)))")]),
                text(" (\(kind), \(size(material.byteCount, ctx.language)))"),
            ]),
            material.details.map { el("p", $0) } ?? .empty,
            el("p", [.class("meta")], "\(roles) · \(material.materialLanguage?.nativeName ?? material.language)"),
            when(canEdit, el("p", [], [link(t.editMaterial, to: SiteURL.material(material.id).path,
                                            [.aria("label", "\(t.editMaterial): \(material.title)")])])),
        ])
    }

    static func form(_ ctx: PageContext, _ material: Material?, typed: MaterialController.MaterialForm,
                     errors: MaterialController.Errors) -> Response {
        let t = ctx.texts
        let title = material == nil ? t.addMaterialButton : material!.title
        let action = material == nil ? SiteURL.materials : SiteURL.material(material!.id)
        let labels = [("title", t.materialTitleLabel), ("details", t.materialDetailsLabel), ("phase", t.materialPhaseLabel),
                      ("language", t.materialLanguageLabel), ("file", t.materialFileLabel)]
        let chosen = Set(typed.roles ?? [])
        return Layout.page(ctx, title: title, [
            el("p", [.class("breadcrumb")], [link(t.materialsTitle, to: SiteURL.materials.path)]),
            el("h1", title),
            Form.errorSummary(ctx, labels.compactMap { field, label in errors[field].map { (field, "\(label): \($0)") } }),
            el("form", [.methodPost, .action(action.path), Attr("enctype", "multipart/form-data"), Attr("novalidate", nil)], [
                Form.csrf(ctx),
                Form.input("title", label: t.materialTitleLabel, value: typed.title, error: errors["title"]),
                Form.textarea("details", label: t.materialDetailsLabel, value: typed.details, error: errors["details"],
                              hint: t.materialDetailsHint, rows: 3),
                Form.select("phase", label: t.materialPhaseLabel,
                            options: MaterialPhase.allCases.map { Form.Option(value: $0.rawValue, label: t.materialPhase($0)) },
                            selected: typed.phase, placeholder: t.chooseOption, error: errors["phase"]),
                el("fieldset", [.class("field")], [
                    el("legend", t.materialRolesLabel),
                    el("p", [.class("hint"), .id("roles-hint")], t.materialRolesHint),
                ] + taggedRoles.map { role in
                    el("div", [.class("field checkbox")], [
                        .void("input", [.type("checkbox"), .id("roles-\(role.rawValue)"), .name("roles[]"), .value(role.rawValue)]
                              + (chosen.contains(role.rawValue) ? [.checked] : [])),
                        el("label", [.for("roles-\(role.rawValue)")], t.role(role)),
                    ])
                }),
                Form.select("language", label: t.materialLanguageLabel,
                            options: Language.allCases.map { Form.Option(value: $0.rawValue, label: $0.nativeName) },
                            selected: typed.language, placeholder: t.chooseOption, error: errors["language"]),
                el("div", [.class(errors["file"] == nil ? "field" : "field has-error")], [
                    el("label", [.for("file")], material == nil ? t.materialFileLabel : t.materialReplaceFileLabel),
                    el("p", [.class("hint"), .id("file-hint")],
                       t.materialFileHint(maximumMB: MaterialRules.maximumBytes / 1_000_000,
                                          kinds: MaterialFileKind.allCases.map { $0.rawValue.uppercased() }.joined(separator: ", "))),
                    errors["file"].map { el("p", [.class("field-error"), .id("file-error")], $0) } ?? .empty,
                    .void("input", [.type("file"), .id("file"), .name("file"),
                                    Attr("accept", MaterialFileKind.allCases.flatMap(\.extensions).map { ".\($0)" }.joined(separator: ",")),
                                    .aria("describedby", errors["file"] == nil ? "file-hint" : "file-hint file-error")]
                          + (errors["file"] == nil ? [] : [.aria("invalid", "true")])),
                ]),
                when(errors["file"] == nil && errors.count > 0, el("p", [.class("hint")], t.materialChooseFileAgain)),
                Form.submit(material == nil ? t.addMaterialButton : t.saveMaterialButton),
            ]),
            material.map { material in
                el("form", [.methodPost, .action(SiteURL.materialRemoval(material.id).path), .class("danger-zone")], [
                    Form.csrf(ctx),
                    el("p", [.class("hint")], t.removeMaterialHint),
                    Form.submit(t.removeMaterialButton, secondary: true),
                ])
            } ?? .empty,
        ])
    }
}
