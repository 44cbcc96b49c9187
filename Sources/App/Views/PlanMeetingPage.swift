import GodstartCore
import Vapor

enum PlanMeetingPage {
    /// `offerToKeepDay`: the date typed was named as a holiday or closed day; the box keeps it.
    static func render(_ ctx: PageContext, file: ProgrammeFile, kinds: [MeetingKind], form: PlanMeetingController.PlanForm,
                       errors: [String: String], offerToKeepDay: Bool = false) -> Response {
        let t = ctx.texts
        let labels = ["kind": t.kindLabel, "date": t.dateLabel, "time": t.timeLabel, "place": t.placeLabel]
        return Layout.page(ctx, title: t.planMeeting, [
            el("p", [.class("breadcrumb")], [link(t.programmeTitle(name: file.newcomer?.name ?? ""), to: SiteURL.programme(file.id).path)]),
            el("h1", t.planMeeting),
            el("p", t.planMeetingIntro),
            Form.errorSummary(ctx, ["kind", "date", "time", "place"].compactMap { key in
                errors[key].map { (key == "kind" ? "kind-\(kinds[0].rawValue)" : key, "\(labels[key] ?? key): \($0)") }
            }),
            el("form", [.methodPost, .action(SiteURL.newMeeting(file.id).path), Attr("novalidate", nil)], [
                Form.csrf(ctx),
                Form.radios("kind", legend: t.kindLabel, options: kinds.map { Form.Option(value: $0.rawValue, label: t.meetingKind($0)) },
                            selected: form.kind, error: errors["kind"]),
                Form.date("date", label: t.dateLabel, value: form.date, error: errors["date"]),
                Components.keepClosedDayBox(t, offered: offerToKeepDay, kept: form.keepClosedDay),
                Form.input("time", label: t.timeLabel, value: form.time, error: errors["time"], type: "time", required: true),
                Form.input("place", label: t.placeLabel, value: form.place, error: errors["place"], maxLength: 200),
                el("div", [.class("actions")], [
                    Form.submit(t.planMeeting),
                    link(t.cancel, to: SiteURL.programme(file.id).path, [.class("button secondary")]),
                ]),
            ]),
        ])
    }
}
