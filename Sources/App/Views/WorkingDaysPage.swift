import GodstartCore
import Vapor

/// The organisation's holidays and closed days: the country and the customary days, its own closed
/// days, and what that makes of this year and the next.
enum WorkingDaysPage {
    static func render(_ ctx: PageContext, _ loaded: WorkingDaysController.Loaded, typed: WorkingDaysController.ClosedDayForm,
                       errors: [String: String]) -> Response {
        let t = ctx.texts
        let organisation = loaded.organisation
        let thisYear = LocalDate(ctx.now, in: organisation.timeZone).year
        return Layout.page(ctx, title: t.workingDaysTitle, [
            el("h1", t.workingDaysTitle),
            el("p", t.workingDaysIntro),
            Form.errorSummary(ctx, ["date", "name"].compactMap { field in
                errors[field].map { (field, "\(field == "date" ? t.dateLabel : t.closedDayNameLabel): \($0)") }
            }),
            el("form", [.methodPost, .action(SiteURL.workingDays.path)], [
                Form.csrf(ctx),
                Form.radios("country", legend: t.holidayCountryLegend,
                            options: HolidayCountry.allCases.map { Form.Option(value: $0.rawValue, label: t.holidayCountryName($0)) },
                            selected: organisation.country.rawValue),
                Form.checkbox("customary", label: t.customaryDaysLabel, checked: organisation.closesCustomaryDays ?? true,
                              hint: t.customaryDaysHint),
                Form.submit(t.saveWorkingDaysButton),
            ]),
            el("section", [.id("own-closed-days"), .aria("labelledby", "own-heading")], [
                el("h2", [.id("own-heading")], t.ownClosedDaysHeading),
                el("p", t.ownClosedDaysIntro),
                loaded.own.isEmpty ? el("p", [.class("muted")], t.noOwnClosedDays) : el("ul", [.class("closed-days")], loaded.own.map { day in
                    el("li", [], [
                        text("\(LocalDate(iso: day.date).map(ctx.dates.day) ?? day.date): \(day.name) "),
                        el("form", [.methodPost, .action(SiteURL.ownClosedDayRemoval(day.id).path), .class("inline")], [
                            Form.csrf(ctx),
                            el("button", [.type("submit"), .class("link-button"),
                                          .aria("label", "\(t.removeClosedDayButton): \(day.name)")], t.removeClosedDayButton),
                        ]),
                    ])
                }),
                el("form", [.methodPost, .action(SiteURL.ownClosedDays.path), Attr("novalidate", nil)], [
                    Form.csrf(ctx),
                    Form.date("date", label: t.dateLabel, value: typed.date, error: errors["date"]),
                    Form.input("name", label: t.closedDayNameLabel, value: typed.name, error: errors["name"], hint: t.closedDayNameHint,
                               extra: [Attr("maxlength", String(WorkingDaysController.nameLimit))]),
                    Form.submit(t.addClosedDayButton, secondary: true),
                ]),
            ]),
            el("section", [.aria("labelledby", "on-closed-days")], [
                el("h2", [.id("on-closed-days")], t.meetingsOnClosedDaysHeading),
                loaded.onClosedDays.isEmpty ? el("p", [.class("muted")], t.noMeetingsOnClosedDays) : .group([
                    el("p", t.meetingsOnClosedDaysIntro(loaded.onClosedDays.count)),
                    el("ul", [], loaded.onClosedDays.map { entry in
                        el("li", [], [
                            link("\(entry.file.newcomer?.name ?? ""): \(Components.meetingTitle(entry.meeting, t))",
                                 to: SiteURL.meeting(entry.meeting.id).path),
                            text(" · " + t.meetingOnClosedDay(day: ctx.dates.day(entry.file.date(of: entry.meeting)),
                                                              closed: t.closedDayName(entry.closed), workingDay: ctx.dates.day(entry.workingDay))),
                        ])
                    }),
                ]),
            ]),
            .group([thisYear, thisYear + 1].map { year in
                let days = loaded.calendar.closedDays(from: LocalDate(year: year, month: 1, day: 1), through: LocalDate(year: year, month: 12, day: 31))
                return el("section", [.aria("labelledby", "closed-\(year)")], [
                    el("h2", [.id("closed-\(year)")], t.closedDaysOfYear(year)),
                    el("ul", [.class("closed-days")], days.map { day in
                        el("li", "\(ctx.dates.day(day.date)): \(t.closedDayName(day.name))")
                    }),
                ])
            }),
        ])
    }
}
