import Foundation
import GodstartCore

/// Pieces that several pages show the same way.
enum Components {
    static func stageText(_ stage: ProgrammeStage, _ t: Texts) -> String {
        guard let phase = stage.phase else { return t.part(stage.part) }
        return "\(t.part(stage.part)) · \(t.phase(phase))"
    }

    static func meetingTitle(_ meeting: some MeetingRecord, _ t: Texts) -> String {
        t.meetingTitle(meeting.meetingKind, number: meeting.number)
    }

    /// The box that keeps a day typed on a holiday or closed day, offered once the day is named.
    static func keepClosedDayBox(_ t: Texts, offered: Bool, kept: String?) -> HTMLNode {
        when(offered || kept == "on", Form.checkbox("keepClosedDay", label: t.keepClosedDayLabel, checked: kept == "on"))
    }

    /// "Følordning: hos DUBU-superbrugeren"-style heading of a schedule entry, its kind said once:
    /// a title that already begins with the kind ("Følordning hos ...") stands alone.
    static func activityHeading(_ activity: Activity, title: String, _ t: Texts) -> String {
        let kind = t.activityKind(activity.activityKind)
        return title.lowercased().hasPrefix(kind.lowercased()) ? title : "\(kind): \(title)"
    }

    static func status(_ meeting: some MeetingRecord, _ ctx: PageContext, now: Date) -> HTMLNode {
        let t = ctx.texts
        if meeting.isCancelled {
            return el("span", [.class("status cancelled")], t.statusCancelled)
        }
        if meeting.isHeld {
            return el("span", [.class("status held")], meeting.heldAt.map { t.heldOn(ctx.dates.shortDay($0)) } ?? t.statusHeld)
        }
        if LocalDate(meeting.startsAt, in: ctx.dates.timeZone) < LocalDate(now, in: ctx.dates.timeZone) {
            return el("span", [.class("status overdue")], t.notMarkedAsHeld)
        }
        return el("span", [.class("status planned")], t.statusPlanned)
    }

    /// The "plan two meetings ahead" prompt, for the mentor and the new hire; links to planning.
    static func planAheadPrompt<M, P>(_ file: ProgrammeFileOf<M, P>, relations: Set<ProgrammeRelation>, _ ctx: PageContext, now: Date) -> HTMLNode {
        guard relations.contains(.mentor) || relations.contains(.newcomer), file.needsPlanning(now: now) else { return .empty }
        return el("p", [.class("notice plan-ahead")], [
            text(ctx.texts.fewerThanTwoPlanned + " "),
            link(ctx.texts.planMeeting, to: SiteURL.newMeeting(file.id).path),
        ])
    }

    /// "Statusmøde 3, 30. nov. 2026" as a link, for overview tables.
    static func nextMeetingCell<M: MeetingRecord>(_ meeting: M?, _ ctx: PageContext) -> HTMLNode {
        guard let meeting, let id = meeting.id else { return text(ctx.texts.noMeeting) }
        return link("\(meetingTitle(meeting, ctx.texts)), \(ctx.dates.shortDay(meeting.startsAt))", to: SiteURL.meeting(id).path)
    }

    /// Links to the previous and next page of a long list, and which page this is; nothing for one page.
    static func pager(_ ctx: PageContext, page: Int, pages: Int, link pageLink: (Int) -> String) -> HTMLNode {
        guard pages > 1 else { return .empty }
        let t = ctx.texts
        return el("nav", [.class("pager"), .aria("label", t.pagesLabel)], [
            page > 1 ? link(t.previousPage, to: pageLink(page - 1), [Attr("rel", "prev")]) : .empty,
            el("span", [.aria("current", "page")], t.pageOf(page, pages: pages)),
            page < pages ? link(t.nextPage, to: pageLink(page + 1), [Attr("rel", "next")]) : .empty,
        ])
    }

    static func time(_ instant: Date, _ ctx: PageContext) -> HTMLNode {
        el("time", [.datetime(instant.ISO8601Format())], ctx.dates.dayAndTime(instant))
    }

    /// The plan as a timeline, one list per part of the programme.
    static func plan<M: MeetingRecord>(_ meetings: [M], _ ctx: PageContext, now: Date, headingLevel: Int = 3) -> HTMLNode {
        let t = ctx.texts
        let parts = ProgrammePart.allCases.compactMap { part -> HTMLNode? in
            let inPart = meetings.filter { $0.meetingKind.part == part }
            guard !inPart.isEmpty else { return nil }
            let partName: String = switch part {
            case .introduction: t.part(.introduction)
            case .mentoring: t.part(.mentoring)
            case .developmentTalk: t.part(.developmentTalk)
            }
            return el("section", [.class("plan-part")], [
                el("h\(headingLevel)", partName),
                el("ol", [.class("timeline")], inPart.map { meeting in
                    el("li", [.class(meeting.isHeld ? "done" : meeting.isCancelled ? "cancelled" : "")], [
                        el("span", [.class("when")], ctx.dates.shortDay(meeting.startsAt)),
                        link(meetingTitle(meeting, t), to: SiteURL.meeting(meeting.id).path),
                        status(meeting, ctx, now: now),
                    ])
                }),
            ])
        }
        return el("div", [.class("plan")], parts)
    }

    /// Who is who in a programme, with how to reach them.
    static func people<M, P>(_ file: ProgrammeFileOf<M, P>, coordinator: (any PersonRecord)?, _ ctx: PageContext,
                             withNewcomer: Bool = false) -> HTMLNode {
        let t = ctx.texts
        var rows: [(String, (any PersonRecord)?)] = withNewcomer ? [(t.role(.newcomer), file.newcomer)] : []
        rows += [
            (t.role(.contactPerson), file.person(.contactPerson)),
            (t.role(.mentor), file.person(.mentor)),
            (t.role(.buddy), file.person(.buddy)),
            (t.role(.manager), file.person(.manager)),
        ]
        if let coordinator { rows.append((t.role(.coordinator), coordinator)) }
        return el("ul", [.class("people")], rows.map { role, person in
            el("li", [], [
                el("span", [.class("role")], role),
                person.map { personCard($0) } ?? el("span", [.class("muted")], t.notAssigned),
            ])
        })
    }

    static func personCard(_ person: some PersonRecord) -> HTMLNode {
        el("span", [.class("person")], [
            el("strong", person.name),
            person.title.map { el("span", [.class("title")], $0) } ?? .empty,
            link(person.email, to: "mailto:\(person.email)"),
            person.phone.map { link($0, to: "tel:\($0.filter { !$0.isWhitespace })") } ?? .empty,
        ])
    }

    /// A table in a region that scrolls sideways on a phone; the region is labelled and can take
    /// focus, so keyboard users can scroll it too.
    /// A GET form that narrows a page down (by unit, by part of the programme), without JavaScript.
    static func filterForm(_ ctx: PageContext, action: SiteURL, _ selects: [HTMLNode]) -> HTMLNode {
        el("form", [Attr("method", "get"), .action(action.path), .class("filters"), .aria("label", ctx.texts.filterHeading)],
           selects + [Form.submit(ctx.texts.showFilterButton, secondary: true)])
    }

    /// One choice of a filter form, with "all" first.
    static func filterSelect(_ ctx: PageContext, _ id: String, _ label: String, _ options: [(value: String, title: String)],
                             _ selected: String?) -> HTMLNode {
        el("div", [.class("field")], [
            el("label", [.for(id)], label),
            el("select", [.id(id), .name(id)], [el("option", [.value("")], ctx.texts.allOption)] + options.map { option in
                el("option", [.value(option.value)] + (option.value == selected ? [.selected] : []), option.title)
            }),
        ])
    }

    /// The form of an import from HR: a file or pasted lines (kept after a preview to be corrected),
    /// "show preview", and "import" once the preview allows it. `before` comes first in the form.
    static func csvImportForm(_ ctx: PageContext, action: SiteURL, csv: String, error: String?, canImport: Bool,
                              before: [HTMLNode] = []) -> HTMLNode {
        let t = ctx.texts
        return el("form", [.methodPost, .action(action.path), Attr("enctype", "multipart/form-data"), Attr("novalidate", nil)],
                  [Form.csrf(ctx)] + before + [
            el("div", [.class("field")], [
                el("label", [.for("file")], t.importFileLabel),
                el("p", [.class("hint"), .id("file-hint")], t.importFileHint),
                .void("input", [.type("file"), .id("file"), .name("file"), Attr("accept", ".csv,.txt,text/csv,text/plain"),
                                .aria("describedby", "file-hint")]),
            ]),
            Form.textarea("csv", label: t.importPasteLabel, value: csv, error: error, hint: t.importPasteHint, rows: 8),
            el("div", [.class("actions")], [
                el("button", [.type("submit"), .name("intent"), .value("preview"), .class(canImport ? "button secondary" : "button")],
                   t.showPreviewButton),
                when(canImport, el("button", [.type("submit"), .name("intent"), .value("import"), .class("button")], t.confirmImportButton)),
            ]),
        ])
    }

    static func table(label: String, caption: String? = nil, headers: [String], rows: [[HTMLNode]]) -> HTMLNode {
        el("div", [.class("table-wrap"), Attr("role", "region"), .aria("label", label), Attr("tabindex", "0")], [
            el("table", [], [
                caption.map { el("caption", $0) } ?? .empty,
                el("thead", [], [el("tr", [], headers.map { el("th", [Attr("scope", "col")], $0) })]),
                el("tbody", [], rows.map { cells in el("tr", [], cells.map { el("td", [], [$0]) }) }),
            ]),
        ])
    }

    /// The mentoring's own pages that this person may open: preparation, agreement, goals, plan.
    static func mentoringTools<M, P>(_ ctx: PageContext, _ file: ProgrammeFileOf<M, P>, _ relations: Set<ProgrammeRelation>) -> HTMLNode {
        let t = ctx.texts
        var links: [(String, SiteURL)] = []
        if PreparationQuestion.set(for: relations) != nil { links.append((t.openPreparation, .preparation(file.id))) }
        if AccessPolicy.decide(relations, .agreement, .read) == .allow { links.append((t.openAgreement, .agreement(file.id))) }
        if AccessPolicy.decide(relations, .learningGoals, .read, AccessContext(part: .mentoring)) == .allow {
            links.append((t.openLearningGoals, .learningGoals(file.id)))
        }
        if CompetencePlanController.decide(file, relations, .read) == .allow { links.append((t.openCompetencePlan, .competencePlan(file.id))) }
        if EvaluationKind.allCases.contains(where: { EvaluationRules.respondentRole(relations, $0) != nil }) {
            links.append((t.openEvaluations, .evaluations(file.id)))
        }
        return when(!links.isEmpty, el("div", [.class("actions")], links.map { link($0.0, to: $0.1.path, [.class("button secondary")]) }))
    }
}
