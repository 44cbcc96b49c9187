import Vapor

enum SharedWithMePage {
    static func render(_ ctx: PageContext, items: [SharedWithMeController.Item]) -> Response {
        let t = ctx.texts
        return Layout.page(ctx, title: t.sharedWithYouTitle, [
            el("h1", t.sharedWithYouTitle),
            el("p", t.sharedWithYouIntro),
            items.isEmpty ? el("p", t.nothingSharedWithYou) : Components.table(
                label: t.sharedWithYouTitle, headers: [t.kindColumn, t.journalTitleLabel, t.newcomerColumn, t.writtenColumn],
                rows: items.map { item in
                    [text(item.kind), link(item.title, to: item.url.path), text(item.author), text(ctx.dates.shortDay(item.written))]
                }),
        ])
    }
}
