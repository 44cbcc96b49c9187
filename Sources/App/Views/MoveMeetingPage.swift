import Vapor

enum MoveMeetingPage {
    /// `offerToKeepDay`: the date typed was named as a holiday or closed day; the box keeps it.
    static func render(_ ctx: PageContext, _ loaded: MeetingController.Loaded, form: MeetingController.MoveForm,
                       errors: [String: String], offerToKeepDay: Bool = false) -> Response {
        let t = ctx.texts
        let meeting = loaded.meeting
        let title = "\(t.moveMeetingTitle): \(Components.meetingTitle(meeting, t))"
        let order = ["date", "time", "place"]
        let labels = ["date": t.dateLabel, "time": t.timeLabel, "place": t.placeLabel]
        return Layout.page(ctx, title: title, [
            el("p", [.class("breadcrumb")], [link(Components.meetingTitle(meeting, t), to: SiteURL.meeting(meeting.id).path)]),
            el("h1", title),
            el("p", t.moveMeetingIntro),
            Form.errorSummary(ctx, order.compactMap { key in errors[key].map { (key, "\(labels[key] ?? key): \($0)") } }),
            el("form", [.methodPost, .action(SiteURL.meetingMove(meeting.id).path), Attr("novalidate", nil)], [
                Form.csrf(ctx),
                Form.date("date", label: t.dateLabel, value: form.date, error: errors["date"]),
                Components.keepClosedDayBox(t, offered: offerToKeepDay, kept: form.keepClosedDay),
                Form.input("time", label: t.timeLabel, value: form.time, error: errors["time"], type: "time", required: true),
                Form.input("place", label: t.placeLabel, value: form.place, error: errors["place"], maxLength: 200),
                el("div", [.class("actions")], [
                    Form.submit(t.saveMove),
                    link(t.cancel, to: SiteURL.meeting(meeting.id).path, [.class("button secondary")]),
                ]),
            ]),
        ])
    }
}
