import GodstartCore
import Vapor

/// The person's calendar feed: what it holds, its secret address (shown once), renewing and stopping it.
enum CalendarPage {
    static func render(_ ctx: PageContext, hasFeed: Bool, newURL: String?) -> Response {
        let t = ctx.texts
        return Layout.page(ctx, title: t.calendarTitle, [
            el("h1", t.calendarTitle),
            el("p", t.calendarIntro),
            newURL.map { url in
                el("div", [.class("panel"), Attr("role", "status")], [
                    el("h2", t.calendarLinkHeading),
                    el("p", t.calendarLinkShownOnce),
                    el("div", [.class("field")], [
                        el("label", [.for("feed-url")], t.calendarLinkLabel),
                        .void("input", [.type("text"), .id("feed-url"), .value(url), Attr("readonly", nil), .class("wide")]),
                    ]),
                    el("p", [.class("hint")], t.calendarHowToSubscribe),
                ])
            } ?? el("p", hasFeed ? t.calendarLinkActive : t.calendarNoLink),
            el("form", [.methodPost, .action(SiteURL.calendar.path)], [
                Form.csrf(ctx),
                el("div", [.class("actions")], [
                    el("button", [.type("submit"), .name("intent"), .value("new"), .class("button")],
                       hasFeed ? t.renewCalendarLink : t.makeCalendarLink),
                    when(hasFeed, el("button", [.type("submit"), .name("intent"), .value("stop"), .class("button secondary")],
                                     t.stopCalendarLink)),
                ]),
                when(hasFeed, el("p", [.class("hint")], t.renewCalendarHint)),
            ]),
        ])
    }
}
