import GodstartCore
import Vapor

/// "My data": what the archive holds, and the button that downloads it.
enum MyDataPage {
    static func render(_ ctx: PageContext) -> Response {
        let t = ctx.texts
        return Layout.page(ctx, title: t.myDataTitle, [
            el("h1", t.myDataTitle),
            el("p", t.myDataIntro),
            el("ul", [], t.myDataContents.map { el("li", $0) }),
            el("p", [], [link(t.myDataDownload, to: SiteURL.myDataArchive.path, [.class("button"), Attr("download", nil)])]),
        ])
    }
}

/// The administrator's storage period, and where erasure starts.
enum StoragePage {
    static func render(_ ctx: PageContext, months: Int, purged: Int, error: String?) -> Response {
        let t = ctx.texts
        return Layout.page(ctx, title: t.storageTitle, [
            el("h1", t.storageTitle),
            el("p", t.storageIntro),
            Form.errorSummary(ctx, error.map { [("months", $0)] } ?? []),
            el("form", [.methodPost, .action(SiteURL.storage.path)], [
                Form.csrf(ctx),
                Form.select("months", label: t.storagePeriodLabel,
                            options: StoragePeriod.monthChoices.map { Form.Option(value: String($0), label: t.storageMonths($0)) },
                            selected: String(months), placeholder: "—", error: error, hint: t.storagePeriodHint, required: true),
                Form.submit(t.storageSave),
            ]),
            when(purged > 0, el("p", t.storagePurgedCount(purged))),
            el("h2", t.erasureHeading),
            el("p", t.erasureIntro),
            el("p", [], [link(t.navPeople, to: SiteURL.people.path)]),
        ])
    }
}

/// "Erase X?": what happens, and a confirmation that cannot be given by accident.
enum ErasurePage {
    static func render(_ ctx: PageContext, _ person: Person, refusal: ErasureRules.Refusal?, runningParts: Int,
                       missingConfirmation: Bool) -> Response {
        let t = ctx.texts
        let title = t.erasureConfirmTitle(person.name)
        guard refusal == nil else {
            let reason = switch refusal! {
            case .yourself: t.erasureRefusedYourself
            case .lastAdministrator: t.erasureRefusedLastAdministrator
            case .alreadyErased: t.erasureRefusedAlreadyErased
            }
            return Layout.page(ctx, title: title, [
                el("h1", title),
                el("p", [.class("notice"), Attr("role", "alert")], reason),
                el("p", [], [link(t.erasureCancel, to: SiteURL.people.path)]),
            ])
        }
        return Layout.page(ctx, title: title, [
            el("h1", title),
            Form.errorSummary(ctx, missingConfirmation ? [("confirm", t.erasureConfirmMissing)] : []),
            el("ul", [], t.erasureWhatHappens.map { el("li", $0) }),
            when(runningParts > 0, el("p", [.class("notice")], t.erasureRoles(runningParts))),
            el("form", [.methodPost, .action(SiteURL.personErasure(person.id).path)], [
                Form.csrf(ctx),
                Form.checkbox("confirm", label: t.erasureConfirmLabel, checked: false,
                              hint: missingConfirmation ? t.erasureConfirmMissing : nil),
                el("div", [.class("actions")], [
                    Form.submit(t.erasureConfirmButton),
                    link(t.erasureCancel, to: SiteURL.people.path, [.class("button secondary")]),
                ]),
            ]),
        ])
    }
}
