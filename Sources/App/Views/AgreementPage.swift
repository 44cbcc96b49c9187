import Foundation
import GodstartCore
import Vapor

/// The guided start meeting that produces the collaboration agreement, and one version for print.
enum AgreementPage {
    static func render(
        _ ctx: PageContext, _ loaded: AgreementController.Loaded, typed: [AgreementTopic: String], basedOn: UUID?,
        errors: [AgreementTopic: String], conflict: AgreementVersion?, isProposal: Bool
    ) -> Response {
        let t = ctx.texts
        let file = loaded.file
        let latest = loaded.latest
        let confirmedByAnyone = latest.map { $0.menteeConfirmedAt != nil || $0.mentorConfirmedAt != nil } ?? false
        return Layout.page(ctx, title: t.agreementTitle, [
            el("p", [.class("breadcrumb")], [link(t.programmeTitle(name: file.newcomer?.name ?? ""), to: SiteURL.programme(file.id).path)]),
            el("h1", t.agreementTitle),
            Form.errorSummary(ctx, AgreementTopic.allCases.compactMap { topic in
                errors[topic].map { (topic.rawValue, "\(t.agreementTopic(topic)): \($0)") }
            }),
            conflict.map { version in
                el("div", [.class("error-summary"), Attr("role", "alert")], [
                    el("p", t.agreementConflict(name: writer(loaded, version)?.name ?? "", number: loaded.displayNumber(of: version))),
                ])
            } ?? .empty,
            latest.map { status(ctx, loaded, $0, canConfirm: conflict == nil) } ?? .empty,
            el("section", [.aria("labelledby", "agreement-form-heading")], [
                el("h2", [.id("agreement-form-heading"), .class("visually-hidden")], t.agreementTitle),
                el("p", t.agreementIntro),
                when(isProposal, el("p", [.class("hint")], t.agreementProposalHint)),
                when(confirmedByAnyone && conflict == nil, el("p", [.class("hint")], t.agreementChangeAfterConfirmHint)),
                el("form", [.methodPost, .action(SiteURL.agreement(file.id).path), Attr("novalidate", nil)], [
                    Form.csrf(ctx),
                    .void("input", [.type("hidden"), .name("based_on"), .value(basedOn?.uuidString ?? "")]),
                ] + AgreementSection.allCases.map { section in
                    el("fieldset", [.class("agreement-section")], [
                        el("legend", t.agreementSection(section)),
                        el("p", [.class("hint")], t.agreementSectionIntro(section)),
                    ] + section.topics.map { topic in
                        Form.textarea(topic.rawValue, label: t.agreementTopic(topic), value: typed[topic],
                                      error: errors[topic], hint: t.agreementTopicHint(topic), rows: 2)
                    })
                } + [Form.submit(t.saveAgreement)]),
            ]),
            conflict.map { versionText(ctx, loaded, $0, headingLevel: 2) } ?? .empty,
            history(ctx, loaded),
        ])
    }

    private static func statusText(_ ctx: PageContext, _ loaded: AgreementController.Loaded, _ version: AgreementVersion) -> String {
        statusText(version, isLatest: version.id == loaded.latest?.id, mentee: loaded.file.newcomer,
                   mentor: loaded.mentor(of: version), ctx)
    }

    /// Where a version stands, in words; facts only, so the programme page can show it too.
    static func statusText(_ version: AgreementVersion?, isLatest: Bool, mentee: (any PersonRecord)?, mentor: (any PersonRecord)?, _ ctx: PageContext) -> String {
        let t = ctx.texts
        guard let version else { return t.agreementNotMadeYet }
        if !isLatest && version.status != .confirmed { return t.agreementReplaced }
        switch version.status {
        case .draft: return t.agreementDraft
        case .awaitingConfirmation(let role): return t.agreementAwaiting(name: (role == .newcomer ? mentee : mentor)?.name ?? "")
        case .confirmed: return t.agreementConfirmedOn(date: ctx.dates.day(version.confirmedAt ?? Date()))
        }
    }

    private static func writer(_ loaded: AgreementController.Loaded, _ version: AgreementVersion) -> Person? {
        loaded.file.people[version.$writtenBy.id] ?? loaded.earlierMentors[version.$writtenBy.id]
    }

    private static func savedBy(_ ctx: PageContext, _ loaded: AgreementController.Loaded, _ version: AgreementVersion) -> String {
        ctx.texts.agreementSavedBy(name: writer(loaded, version)?.name ?? "", date: ctx.dates.day(version.updatedAt ?? version.createdAt ?? Date()))
    }

    /// Where the latest version stands, and the person's own confirmation.
    private static func status(_ ctx: PageContext, _ loaded: AgreementController.Loaded, _ version: AgreementVersion,
                               canConfirm: Bool) -> HTMLNode {
        let t = ctx.texts
        let own = loaded.isMentee ? version.menteeConfirmedAt : version.mentorConfirmedAt
        return el("section", [.class("panel"), .aria("labelledby", "agreement-status-heading")], [
            el("h2", [.id("agreement-status-heading")], t.agreementVersion(number: loaded.displayNumber(of: version))),
            el("p", [.class("agreement-status")], [el("strong", statusText(ctx, loaded, version))]),
            el("p", [.class("muted")], savedBy(ctx, loaded, version)),
            own.map { date in
                if case .awaitingConfirmation(let role) = version.status {
                    let other = (role == .newcomer ? loaded.file.newcomer : loaded.mentor(of: version))?.name ?? ""
                    return el("p", t.agreementYouConfirmedYourPart(date: ctx.dates.day(date), other: other))
                }
                return el("p", t.agreementYouConfirmedOn(date: ctx.dates.day(date)))
            }
                ?? when(canConfirm, el("form", [.methodPost, .action(SiteURL.agreementConfirmation(loaded.file.id).path)], [
                    Form.csrf(ctx),
                    .void("input", [.type("hidden"), .name("version"), .value(version.id?.uuidString ?? "")]),
                    el("p", [.class("hint"), .id("confirm-hint")], t.confirmAgreementHint),
                    el("button", [.type("submit"), .class("button"), .aria("describedby", "confirm-hint")], t.confirmAgreement),
                ])),
            el("p", [], [link(t.agreementPrintable, to: SiteURL.agreementVersion(version.id).path)]),
        ])
    }

    private static func history(_ ctx: PageContext, _ loaded: AgreementController.Loaded) -> HTMLNode {
        let t = ctx.texts
        let earlier = (loaded.versions.dropLast() + loaded.earlierMentorsVersions).sorted { $0.number > $1.number }
        guard !earlier.isEmpty else { return .empty }
        return el("section", [.aria("labelledby", "history-heading")], [
            el("h2", [.id("history-heading")], t.agreementEarlierVersions),
            el("ul", [.class("versions")], earlier.map { version in
                let formerMentor = version.$mentor.id != loaded.file.programme.$mentor.id
                return el("li", [], [
                    link(t.agreementVersion(number: loaded.displayNumber(of: version)), to: SiteURL.agreementVersion(version.id).path),
                    text(" · \(statusText(ctx, loaded, version))"),
                    when(formerMentor, text(" · \(t.agreementMadeWith(name: loaded.mentor(of: version)?.name ?? ""))")),
                ])
            }),
        ])
    }

    /// The text of one version, topic by topic; topics left empty are left out.
    private static func versionText(_ ctx: PageContext, _ loaded: AgreementController.Loaded, _ version: AgreementVersion,
                                    headingLevel: Int) -> HTMLNode {
        let t = ctx.texts
        let texts = version.topicTexts
        return el("div", [.class("agreement-text")], AgreementSection.allCases.compactMap { section in
            let topics = section.topics.filter { texts[$0] != nil }
            guard !topics.isEmpty else { return nil }
            return el("section", [], [
                el("h\(headingLevel)", t.agreementSection(section)),
                el("dl", [], topics.flatMap { topic in
                    [el("dt", t.agreementTopic(topic)), el("dd", [.class("note-text")], texts[topic] ?? "")]
                }),
            ])
        })
    }

    static func renderVersion(_ ctx: PageContext, _ loaded: AgreementController.Loaded, _ version: AgreementVersion) -> Response {
        let t = ctx.texts
        let file = loaded.file
        let number = loaded.displayNumber(of: version)
        let mentee = file.newcomer?.name ?? ""
        let mentor = loaded.mentor(of: version)?.name ?? ""
        return Layout.page(ctx, title: "\(t.agreementTitle) · \(t.agreementVersion(number: number))", [
            el("p", [.class("breadcrumb no-print")], [link(t.agreementBackToCurrent, to: SiteURL.agreement(file.id).path)]),
            el("article", [.class("print-page")], [
                el("h1", t.agreementTitle),
                el("p", [.class("agreement-parties")], t.agreementBetween(mentee: mentee, mentor: mentor)),
                el("p", [], [el("strong", "\(t.agreementVersion(number: number)) · \(statusText(ctx, loaded, version))")]),
                el("p", [.class("muted")], savedBy(ctx, loaded, version)),
                versionText(ctx, loaded, version, headingLevel: 2),
            ]),
            el("p", [.class("hint no-print")], t.agreementPrintHint),
        ])
    }
}
