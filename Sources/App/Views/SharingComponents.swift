import Foundation

/// How the logbook and the process journals show and change who can read an item.
enum SharingComponents {
    static func status(_ sharedWith: Person?, _ t: Texts, forMeeting: String? = nil) -> HTMLNode {
        guard let sharedWith else { return el("span", [.class("status planned")], t.onlyYou) }
        let text = t.sharedWith(name: sharedWith.name) + (forMeeting.map { " " + t.sharedForMeeting(meeting: $0) } ?? "")
        return el("span", [.class("status held")], text)
    }

    /// The author's switch: share with the mentor, or take it back. A journal can be shared for
    /// one of the coming meetings (`meetings`); `forMeeting` names the one it is shared for.
    static func form(_ ctx: PageContext, action: String, sharedWith: Person?, mentor: Person?,
                     meetings: [Form.Option] = [], forMeeting: String? = nil) -> HTMLNode {
        let t = ctx.texts
        let button: HTMLNode
        if sharedWith != nil {
            button = el("form", [.methodPost, .action(action)], [
                Form.csrf(ctx), .void("input", [.type("hidden"), .name("share"), .value("no")]),
                Form.submit(t.stopSharing, secondary: true),
            ])
        } else if let mentor {
            button = el("form", [.methodPost, .action(action)], [
                Form.csrf(ctx), .void("input", [.type("hidden"), .name("share"), .value("yes")]),
                when(!meetings.isEmpty, Form.select("meeting", label: t.journalForMeetingLabel, options: meetings, selected: nil,
                                                    placeholder: t.journalForNoParticularMeeting, hint: t.journalForMeetingHint)),
                Form.submit(t.shareWith(name: mentor.name), secondary: true),
            ])
        } else {
            button = el("p", [.class("hint")], t.noMentorToShareWith)
        }
        return el("section", [.class("sharing"), .aria("labelledby", "sharing-heading")], [
            el("h2", [.id("sharing-heading")], t.sharingColumn),
            el("p", [], [status(sharedWith, t, forMeeting: forMeeting)]),
            button,
        ])
    }
}
