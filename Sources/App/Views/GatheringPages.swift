import Foundation
import GodstartCore
import Vapor

/// Group sessions and networks: the list of series, planning one, a series with its meetings and
/// who came, one meeting, its attendance, and the group evaluation.
enum GatheringPages {
    typealias Errors = GatheringController.Errors

    static func summary(_ ctx: PageContext, _ errors: Errors, _ labels: [(String, String)]) -> HTMLNode {
        Form.errorSummary(ctx, labels.compactMap { field, label in errors[field].map { (field, "\(label): \($0)") } })
    }

    static func list(_ ctx: PageContext, _ series: [GatheringSeries], meetings: [UUID: [Gathering]], canPlan: Bool) -> Response {
        let t = ctx.texts
        let rows: [[HTMLNode]] = series.map { s in
            let own = meetings[s.id!] ?? []
            let next = own.first { $0.startsAt >= ctx.now }
            return [
                link(s.title(for: t), to: SiteURL.gatheringSeries(s.id).path),
                text(t.gatheringKind(s.gatheringKind)),
                text(String(own.count)),
                next.map { Components.time($0.startsAt, ctx) } ?? text(t.gatheringNoMoreMeetings),
            ]
        }
        return Layout.page(ctx, title: t.gatheringsTitle, [
            el("h1", t.gatheringsTitle),
            el("p", canPlan ? t.gatheringsIntroCoordinator : t.gatheringsIntro),
            when(canPlan, el("p", [.class("actions")], [link(t.newGatheringButton, to: SiteURL.newGathering.path, [.class("button")])])),
            series.isEmpty ? el("p", [.class("muted")], canPlan ? t.noGatheringsYet : t.notInvitedToGatherings)
                : Components.table(label: t.gatheringsTitle,
                                   headers: [t.gatheringTitleLabel, t.gatheringKindLabel, t.gatheringMeetingsColumn, t.gatheringNextColumn],
                                   rows: rows),
        ])
    }

    static func newSeries(_ ctx: PageContext, typed: GatheringController.SeriesForm, errors: Errors) -> Response {
        let t = ctx.texts
        let kinds = GatheringKind.allCases.map { kind in
            Form.Option(value: kind.rawValue, label: t.gatheringKind(kind), hint: t.gatheringKindHint(kind))
        }
        return Layout.page(ctx, title: t.newGatheringButton, [
            el("p", [.class("breadcrumb")], [link(t.gatheringsTitle, to: SiteURL.gatherings.path)]),
            el("h1", t.newGatheringButton),
            el("p", t.newGatheringIntro),
            summary(ctx, errors, [("kind", t.gatheringKindLabel), ("title", t.gatheringTitleLabel), ("firstDay", t.gatheringFirstDayLabel),
                                  ("time", t.timeLabel), ("everyWeeks", t.gatheringEveryWeeksLabel), ("count", t.gatheringCountLabel),
                                  ("minutes", t.minutesLabel), ("place", t.placeLabel)]),
            el("form", [.methodPost, .action(SiteURL.gatherings.path), Attr("novalidate", nil)], [
                Form.csrf(ctx),
                Form.radios("kind", legend: t.gatheringKindLabel, options: kinds, selected: typed.kind, error: errors["kind"]),
                Form.input("title", label: t.gatheringTitleLabel, value: typed.title, error: errors["title"], hint: t.gatheringTitleHint, maxLength: 200),
                Form.date("firstDay", label: t.gatheringFirstDayLabel, value: typed.firstDay, error: errors["firstDay"]),
                Form.input("time", label: t.timeLabel, value: typed.time, error: errors["time"], type: "time", required: true),
                Form.input("everyWeeks", label: t.gatheringEveryWeeksLabel, value: typed.everyWeeks, error: errors["everyWeeks"],
                           hint: t.gatheringDefaultHint, extra: [Attr("inputmode", "numeric"), .class("short")]),
                Form.input("count", label: t.gatheringCountLabel, value: typed.count, error: errors["count"],
                           hint: t.gatheringDefaultHint, extra: [Attr("inputmode", "numeric"), .class("short")]),
                Form.input("minutes", label: t.minutesLabel, value: typed.minutes, error: errors["minutes"],
                           hint: t.gatheringDefaultHint, extra: [Attr("inputmode", "numeric"), .class("short")]),
                Form.input("place", label: t.placeLabel, value: typed.place, error: errors["place"], maxLength: 200),
                Form.submit(t.createGatheringButton),
            ]),
        ])
    }

    static func series(_ ctx: PageContext, _ loaded: GatheringController.Loaded, person: Person, attendance: [GatheringAttendance],
                       ownEvaluation: GatheringEvaluation?, evaluationOpen: Bool, summary: GroupEvaluationSummary?) -> Response {
        let t = ctx.texts
        let isCoordinator = person.isCoordinator
        let cameTo = Dictionary(grouping: attendance) { $0.$gathering.id }
        let invited = loaded.participants.count
        let meetings = el("ol", [.class("gatherings")], loaded.meetings.map { meeting in
            let came = cameTo[meeting.id!]?.count ?? 0
            let mine = cameTo[meeting.id!]?.contains { $0.$person.id == person.id } ?? false
            let theme = meeting.theme(for: t, kind: loaded.series.gatheringKind)
            return el("li", [.class("gathering")], [
                el("h3", theme),
                el("p", [.class("meta")], [
                    Components.time(meeting.startsAt, ctx),
                    text(" · \(t.minutesText(meeting.minutes))"),
                    meeting.place.map { text(" · \($0)") } ?? .empty,
                ]),
                meeting.reading(for: t).map { el("p", [], [el("strong", "\(t.gatheringReadingLabel): "), text($0)]) } ?? .empty,
                isCoordinator
                    ? el("p", [.class("actions")], [
                        link(t.changeGatheringMeeting, to: SiteURL.gatheringMeeting(meeting.id).path,
                             [.class("button secondary"), .aria("label", "\(t.changeGatheringMeeting): \(theme)")]),
                        link(t.recordAttendance, to: SiteURL.gatheringAttendance(meeting.id).path,
                             [.class("button secondary"), .aria("label", "\(t.recordAttendance): \(theme)")]),
                        // A meeting still ahead has nobody to count yet.
                        when(meeting.startsAt <= ctx.now || came > 0, text(" \(t.attendanceCount(came, of: invited))")),
                    ])
                    : when(meeting.startsAt < ctx.now && mine, el("p", [.class("status done")], t.youCame)),
            ])
        })
        let people = loaded.participants.sorted { (loaded.names[$0.$person.id] ?? "") < (loaded.names[$1.$person.id] ?? "") }
        return Layout.page(ctx, title: loaded.series.title(for: t), [
            el("p", [.class("breadcrumb")], [link(t.gatheringsTitle, to: SiteURL.gatherings.path)]),
            el("h1", loaded.series.title(for: t)),
            el("p", [.class("meta")], t.gatheringKind(loaded.series.gatheringKind)),
            el("h2", t.gatheringMeetingsHeading),
            loaded.meetings.isEmpty ? el("p", [.class("muted")], t.gatheringNoMoreMeetings) : meetings,
            evaluationSection(ctx, loaded, isCoordinator: isCoordinator, isInvited: loaded.isInvited(person), own: ownEvaluation,
                              open: evaluationOpen, summary: summary),
            el("h2", t.gatheringInvitedHeading(invited)),
            people.isEmpty ? el("p", [.class("muted")], t.gatheringNobodyInvited)
                : el("ul", [.class("columns")], people.map { p in
                    el("li", "\(loaded.names[p.$person.id] ?? "") (\(ProgrammeRole(rawValue: p.role).map { t.role($0) } ?? p.role))")
                }),
            when(isCoordinator && GatheringPlan.invitationsOpen(lastMeeting: loaded.lastDay, today: LocalDate(ctx.now, in: loaded.timeZone)),
                 el("form", [.methodPost, .action(SiteURL.gatheringInvitations(loaded.series.id).path)], [
                Form.csrf(ctx),
                el("p", [.class("hint")], t.inviteAgainHint(loaded.series.gatheringKind)),
                Form.submit(t.inviteAgainButton, secondary: true),
            ])),
        ])
    }

    static func evaluationSection(_ ctx: PageContext, _ loaded: GatheringController.Loaded, isCoordinator: Bool, isInvited: Bool,
                                  own: GatheringEvaluation?, open: Bool, summary: GroupEvaluationSummary?) -> HTMLNode {
        let t = ctx.texts
        var content: [HTMLNode] = [el("h2", t.groupEvaluationHeading)]
        let closesOn = loaded.lastDay.map { GatheringPlan.evaluationClosesOn(lastMeeting: $0) }
        let published = GatheringPlan.evaluationPublished(lastMeeting: loaded.lastDay, today: LocalDate(ctx.now, in: loaded.timeZone))
        if isInvited {
            content.append(open
                ? el("p", [], [link(own == nil ? t.answerGroupEvaluation : t.changeGroupEvaluation,
                                    to: SiteURL.gatheringEvaluation(loaded.series.id).path, [.class("button secondary")])])
                : el("p", [.class("muted")], published ? t.groupEvaluationClosed : t.groupEvaluationOpensAfterLast))
        }
        if isCoordinator, let summary {
            content.append(el("p", t.groupEvaluationAnswers(summary.count, minimum: EvaluationRules.minimumGroupSize)))
            if !published, let closesOn {
                content.append(el("p", [.class("hint")], t.groupEvaluationShownWhenClosed(date: ctx.dates.day(closesOn))))
            }
            if let counts = summary.ratingCounts, let average = summary.average {
                content.append(el("p", [], [el("strong", "\(t.averageRatingColumn): "), text(t.averageRating(average)),
                                            text(" · \(t.ratingDistributionColumn): \(t.ratingDistribution(counts))")]))
            }
            if let texts = summary.texts, !texts.isEmpty {
                content.append(el("h3", t.groupEvaluationTextsHeading))
                content.append(el("ul", [], texts.map { el("li", $0) }))
            }
        }
        return el("section", [.aria("label", t.groupEvaluationHeading)], content)
    }

    static func meeting(_ ctx: PageContext, _ meeting: Gathering, _ loaded: GatheringController.Loaded,
                        typed: GatheringController.MeetingForm, errors: Errors, offerToKeepDay: Bool = false) -> Response {
        let t = ctx.texts
        return Layout.page(ctx, title: meeting.theme(for: t, kind: loaded.series.gatheringKind), [
            el("p", [.class("breadcrumb")], [link(loaded.series.title(for: t), to: SiteURL.gatheringSeries(loaded.series.id).path)]),
            el("h1", t.changeGatheringMeeting),
            summary(ctx, errors, [("theme", t.gatheringThemeLabel), ("reading", t.gatheringReadingLabel), ("date", t.dateLabel),
                                  ("time", t.timeLabel), ("minutes", t.minutesLabel), ("place", t.placeLabel)]),
            el("form", [.methodPost, .action(SiteURL.gatheringMeeting(meeting.id).path), Attr("novalidate", nil)], [
                Form.csrf(ctx),
                Form.input("theme", label: t.gatheringThemeLabel, value: typed.theme, error: errors["theme"], maxLength: 200),
                Form.textarea("reading", label: t.gatheringReadingLabel, value: typed.reading, error: errors["reading"],
                              hint: t.gatheringReadingHint, rows: 3),
                Form.date("date", label: t.dateLabel, value: typed.date, error: errors["date"]),
                Components.keepClosedDayBox(t, offered: offerToKeepDay, kept: typed.keepClosedDay),
                Form.input("time", label: t.timeLabel, value: typed.time, error: errors["time"], type: "time", required: true),
                Form.input("minutes", label: t.minutesLabel, value: typed.minutes, error: errors["minutes"],
                           extra: [Attr("inputmode", "numeric"), .class("short")]),
                Form.input("place", label: t.placeLabel, value: typed.place, error: errors["place"], maxLength: 200),
                Form.submit(t.saveGatheringMeeting),
            ]),
        ])
    }

    static func attendance(_ ctx: PageContext, _ meeting: Gathering, _ loaded: GatheringController.Loaded, came: Set<UUID>) -> Response {
        let t = ctx.texts
        let people = loaded.participants.sorted { (loaded.names[$0.$person.id] ?? "") < (loaded.names[$1.$person.id] ?? "") }
        return Layout.page(ctx, title: t.recordAttendance, [
            el("p", [.class("breadcrumb")], [link(loaded.series.title(for: t), to: SiteURL.gatheringSeries(loaded.series.id).path)]),
            el("h1", "\(t.recordAttendance): \(meeting.theme(for: t, kind: loaded.series.gatheringKind))"),
            el("p", [.class("meta")], [Components.time(meeting.startsAt, ctx)]),
            people.isEmpty ? el("p", [.class("muted")], t.gatheringNobodyInvited)
                : el("form", [.methodPost, .action(SiteURL.gatheringAttendance(meeting.id).path)], [
                    Form.csrf(ctx),
                    el("fieldset", [.class("field")], [el("legend", t.whoCameLegend)] + people.map { p in
                        let id = p.$person.id.uuidString.lowercased()
                        return el("div", [.class("field checkbox")], [
                            .void("input", [.type("checkbox"), .id("came-\(id)"), .name("came[]"), .value(id)]
                                  + (came.contains(p.$person.id) ? [.checked] : [])),
                            el("label", [.for("came-\(id)")], loaded.names[p.$person.id] ?? ""),
                        ])
                    }),
                    Form.submit(t.saveAttendanceButton),
                ]),
        ])
    }

    static func evaluation(_ ctx: PageContext, _ loaded: GatheringController.Loaded, typed: GatheringController.EvaluationForm,
                           errors: Errors) -> Response {
        let t = ctx.texts
        return Layout.page(ctx, title: t.groupEvaluationHeading, [
            el("p", [.class("breadcrumb")], [link(loaded.series.title(for: t), to: SiteURL.gatheringSeries(loaded.series.id).path)]),
            el("h1", "\(t.groupEvaluationHeading): \(loaded.series.title(for: t))"),
            el("p", t.groupEvaluationIntro(minimum: EvaluationRules.minimumGroupSize)),
            summary(ctx, errors, [("rating", t.groupRatingLegend), ("worked", t.groupWorkedLabel), ("change", t.groupChangeLabel)]),
            el("form", [.methodPost, .action(SiteURL.gatheringEvaluation(loaded.series.id).path), Attr("novalidate", nil)], [
                Form.csrf(ctx),
                Form.radios("rating", legend: t.groupRatingLegend,
                            options: EvaluationRules.ratingRange.map { Form.Option(value: String($0), label: t.ratingValue($0)) },
                            selected: typed.rating, error: errors["rating"]),
                Form.textarea("worked", label: t.groupWorkedLabel, value: typed.worked, error: errors["worked"], rows: 4),
                Form.textarea("change", label: t.groupChangeLabel, value: typed.change, error: errors["change"], rows: 4),
                Form.submit(t.saveGroupEvaluation),
            ]),
        ])
    }
}
