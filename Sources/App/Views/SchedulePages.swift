import Foundation
import GodstartCore
import Vapor

enum SchedulePages {
    static func schedule(_ ctx: PageContext, _ loaded: ScheduleController.Loaded, week day: LocalDate, colleagues: [Person],
                         typed: ScheduleController.AddForm, errors: [String: String], offerToKeepDay: Bool = false) -> Response {
        let t = ctx.texts
        let file = loaded.file
        let days = ScheduleRules.week(of: day)
        let monday = days[0]
        let weekPath = { (d: LocalDate) in SiteURL.schedule(file.id).path + "?week=\(d.iso)" }
        let thisWeek = loaded.activities.filter { days.contains($0.localDay) }
        return Layout.page(ctx, title: t.scheduleTitle, [
            el("p", [.class("breadcrumb")], [link(t.programmeTitle(name: file.newcomer?.name ?? ""), to: SiteURL.programme(file.id).path)]),
            el("h1", t.scheduleTitle),
            el("p", t.scheduleIntro),
            Form.errorSummary(ctx, ["kind", "title", "date", "time", "minutes", "place", "runBy", "learningGoal"].compactMap { key in
                errors[key].map { (key == "kind" ? "kind-\(ActivityKind.allCases[0].rawValue)" : key, $0) }
            }),
            el("section", [.aria("labelledby", "week-heading")], [
                el("h2", [.id("week-heading")], t.weekStarting(date: ctx.dates.day(monday))),
                el("p", [.class("actions")], [
                    link(t.previousWeek, to: weekPath(monday.adding(days: -7))),
                    link(t.nextWeek, to: weekPath(monday.adding(days: 7))),
                ]),
                thisWeek.isEmpty ? el("p", [.class("muted")], t.noActivitiesThisWeek)
                    : .group(days.compactMap { d in
                        let ofDay = thisWeek.filter { $0.localDay == d }
                        guard !ofDay.isEmpty else { return nil }
                        return .group([el("h3", ctx.dates.day(d)), el("ul", [.class("meeting-list")], ofDay.map { row(ctx, loaded, $0, withDay: false) })])
                    }),
            ]),
            el("section", [.aria("labelledby", "all-heading")], [
                el("h2", [.id("all-heading")], t.allActivities),
                loaded.activities.isEmpty ? el("p", [.class("muted")], t.noActivitiesYet)
                    : el("ul", [.class("meeting-list")], loaded.activities.map { row(ctx, loaded, $0, withDay: true) }),
            ]),
            when(loaded.mayAdapt, addForm(ctx, file, colleagues, typed, errors, offerToKeepDay: offerToKeepDay)),
        ])
    }

    private static func row(_ ctx: PageContext, _ loaded: ScheduleController.Loaded, _ activity: Activity, withDay: Bool) -> HTMLNode {
        let t = ctx.texts
        let at = (withDay ? ctx.dates.day(activity.localDay) + " " : "") + activity.localTime.text
        return el("li", [.class("activity")], [
            el("p", [], [
                el("strong", Components.activityHeading(activity, title: loaded.title(of: activity, t), t)),
                text(" · \(at) (\(activity.minutes) min)"),
            ]),
            el("p", [.class("muted")], [
                activity.$runBy.id.flatMap { loaded.runners[$0] }.map { runner in
                    // A knowledge person links to what they know about.
                    loaded.knowledgePersons.contains(runner.id!)
                        ? link(t.activityRunBy(name: runner.name), to: SiteURL.knowledgePersons.path + "?q=" + (runner.name
                            .addingPercentEncoding(withAllowedCharacters: .urlQueryAllowed) ?? ""))
                        : text(t.activityRunBy(name: runner.name))
                } ?? .empty,
                activity.place.map { text(" · \($0)") } ?? .empty,
                activity.learningGoal.map { text(" · \(t.activityServes(goal: $0))") } ?? .empty,
            ]),
            when(loaded.mayAdapt, el("form", [.methodPost, .action(SiteURL.activityRemoval(activity.id).path)], [
                Form.csrf(ctx),
                el("button", [.type("submit"), .class("link-button"), .aria("label", "\(t.removeActivity): \(loaded.title(of: activity, t))")], t.removeActivity),
            ])),
        ])
    }

    private static func addForm(_ ctx: PageContext, _ file: ProgrammeFile, _ colleagues: [Person], _ typed: ScheduleController.AddForm,
                                _ errors: [String: String], offerToKeepDay: Bool) -> HTMLNode {
        let t = ctx.texts
        return el("section", [.class("card"), .aria("labelledby", "add-activity-heading")], [
            el("h2", [.id("add-activity-heading")], t.addActivityHeading),
            el("form", [.methodPost, .action(SiteURL.schedule(file.id).path), Attr("novalidate", nil)], [
                Form.csrf(ctx),
                Form.radios("kind", legend: t.activityKindLabel,
                            options: ActivityKind.allCases.map { Form.Option(value: $0.rawValue, label: t.activityKind($0)) },
                            selected: typed.kind ?? ActivityKind.shadowing.rawValue, error: errors["kind"]),
                Form.input("title", label: t.activityTitleLabel, value: typed.title, error: errors["title"]),
                Form.date("date", label: t.dateLabel, value: typed.date, error: errors["date"]),
                Components.keepClosedDayBox(t, offered: offerToKeepDay, kept: typed.keepClosedDay),
                Form.input("time", label: t.timeLabel, value: typed.time ?? "09:00", error: errors["time"], type: "time"),
                Form.input("minutes", label: t.minutesLabel, value: typed.minutes ?? "60", error: errors["minutes"], type: "number",
                           extra: [Attr("min", "15"), Attr("max", "480"), Attr("inputmode", "numeric")]),
                Form.input("place", label: t.placeLabel, value: typed.place, error: errors["place"], maxLength: 200),
                Form.select("runBy", label: t.runByLabel, options: colleagues.map { Form.Option(value: $0.id!.uuidString, label: $0.name) },
                            selected: typed.runBy, placeholder: t.noOneInParticular, error: errors["runBy"], hint: t.runByHint),
                Form.input("learningGoal", label: t.activityGoalLabel, value: typed.learningGoal, error: errors["learningGoal"]),
                Form.submit(t.addActivityButton),
            ]),
        ])
    }

    static func mine(_ ctx: PageContext, _ activities: [Activity], files: [ProgrammeFile], titles: ActivityTitles) -> Response {
        let t = ctx.texts
        return Layout.page(ctx, title: t.myActivitiesTitle, [
            el("h1", t.myActivitiesTitle),
            el("p", t.myActivitiesIntro),
            activities.isEmpty ? el("p", [.class("muted")], t.noActivitiesToRun)
                : el("ul", [.class("meeting-list")], activities.map { activity in
                    let newcomer = files.first { $0.id == activity.$programme.id }?.newcomer?.name ?? ""
                    return el("li", [.class("activity")], [
                        el("p", [], [
                            el("strong", Components.activityHeading(activity, title: titles.title(of: activity, t), t)),
                            text(" · \(t.activityFor(name: newcomer))"),
                        ]),
                        el("p", [.class("muted")], "\(ctx.dates.day(activity.localDay)) \(activity.localTime.text) (\(activity.minutes) min)"
                            + (activity.place.map { " · \($0)" } ?? "")),
                    ])
                }),
        ])
    }
}
