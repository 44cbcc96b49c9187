import Vapor

/// The page shell: skip link, header with menu, language picker and sign-out, the main region.
enum Layout {
    static func page(_ ctx: PageContext, title: String, _ content: [HTMLNode]) -> Response {
        let t = ctx.texts
        let document = HTMLNode.group([
            .trustedMarkup("<!DOCTYPE html>"),
            el("html", [.lang(ctx.language.rawValue)], [
                el("head", [], [
                    .void("meta", [Attr("charset", "utf-8")]),
                    .void("meta", [.name("viewport"), Attr("content", "width=device-width, initial-scale=1")]),
                    el("title", "\(title) · \(t.productName)"),
                    .void("link", [Attr("rel", "stylesheet"), .href(SiteURL.stylesheet.path)]),
                ]),
                el("body", [], [
                    el("a", [.class("skip-link"), .href("#main")], t.skipToContent),
                    header(ctx),
                    el("main", [.id("main"), Attr("tabindex", "-1")], flash(ctx) + content),
                    el("footer", [.class("site-footer")], [el("p", t.productTagline)]),
                ]),
            ]),
        ])
        let response = Response(status: .ok, body: .init(buffer: ByteBuffer(bytes: document.bytes)))
        response.headers.contentType = .html
        return response
    }

    private static func flash(_ ctx: PageContext) -> [HTMLNode] {
        guard let message = ctx.flash else { return [] }
        return [el("p", [.class("flash"), Attr("role", "status")], message)]
    }

    private static func header(_ ctx: PageContext) -> HTMLNode {
        let t = ctx.texts
        var items: [HTMLNode] = []
        if let person = ctx.person {
            items = ctx.homes.map { home in
                let current = ctx.currentPath == home.path
                return el("li", [], [link(homeTitle(home, t), to: home.path,
                                            current ? [.aria("current", "page")] : [])])
            }
            if person.isCoordinator {
                for (title, url) in [(t.navRegisterNewHire, SiteURL.newProgramme), (t.navProfiles, SiteURL.colleagues),
                                     (t.navTemplates, SiteURL.templates),
                                     (t.navCatalogue, SiteURL.catalogue),
                                     (t.navEvaluations, SiteURL.evaluationTotals), (t.navKnowledge, SiteURL.knowledgePersons)] {
                    items.append(el("li", [], [link(title, to: url.path, ctx.currentPath == url.path ? [.aria("current", "page")] : [])]))
                }
            }
            var more: [(String, SiteURL)] = []
            if person.isCoordinator || person.isAdmin || person.isManager { more.append((t.navRetention, .retention)) }
            more.append((t.navMaterials, .materials))
            if person.isAdmin { more.append((t.navApiTokens, .apiTokens)) }
            if person.isAdmin { more.append((t.navOutbox, .outbox)) }
            if person.isAdmin { more.append((t.navSignInSettings, .signInSettings)) }
            if person.isAdmin { more.append((t.navAuditLog, .auditLog)) }
            if person.isAdmin { more.append((t.navStorage, .storage)) }
            if person.isAdmin || person.isCoordinator { more.append((t.navWorkingDays, .workingDays)) }
            if !person.isAdmin || person.isCoordinator { more.append((t.navCalendar, .calendar)) }
            more.append((t.navMailSettings, .mailSettings))
            more.append((t.navOwnAuditLog, .ownAuditLog))
            more.append((t.navMyData, .myData))
            if !person.isAdmin || person.isCoordinator { more.append((t.navGatherings, .gatherings)) }
            if !person.isAdmin || person.isCoordinator { more.append((t.navIdeas, person.isCoordinator ? .ideaInbox : .ideas)) }
            for (title, url) in more {
                items.append(el("li", [], [link(title, to: url.path, ctx.currentPath == url.path ? [.aria("current", "page")] : [])]))
            }
        }
        return el("header", [.class("site-header")], [
            el("div", [.class("brand")], [link(t.productName, to: SiteURL.root.path)]),
            when(!items.isEmpty, el("nav", [.aria("label", t.mainNavigation)], [el("ul", [], items)])),
            el("div", [.class("header-tools")], [
                languageForm(ctx),
                ctx.person.map { person in
                    el("form", [.class("sign-out"), .methodPost, .action(SiteURL.signOut.path)], [
                        Form.csrf(ctx),
                        el("span", [.class("who")], "\(t.signedInAs) \(person.name)"),
                        el("button", [.type("submit"), .class("link-button")], t.signOut),
                    ])
                } ?? .empty,
            ]),
        ])
    }

    static func homeTitle(_ home: SiteURL, _ t: Texts) -> String {
        switch home {
        case .myProgramme: t.navMyProgramme
        case .myNewcomers: t.navMyNewcomers
        case .team: t.navTeam
        case .programmes: t.navAllProgrammes
        case .people: t.navPeople
        case .logbook: t.navLogbook
        case .journals: t.navJournals
        case .sharedWithMe: t.navShared
        case .myActivities: t.navMyActivities
        default: t.navHome
        }
    }

    private static func languageForm(_ ctx: PageContext) -> HTMLNode {
        let t = ctx.texts
        return el("form", [.class("language"), .methodPost, .action(SiteURL.language.path)], [
            Form.csrf(ctx),
            .void("input", [.type("hidden"), .name("back"), .value(ctx.currentPath)]),
            el("label", [.for("language-choice")], t.languageLabel),
            el("select", [.id("language-choice"), .name("language")], Language.allCases.map { language in
                el("option", [.value(language.rawValue), Attr("lang", language.rawValue)]
                    + (language == ctx.language ? [.selected] : []), language.nativeName)
            }),
            el("button", [.type("submit")], t.changeLanguage),
        ])
    }
}
