import Fluent
import GodstartCore
import Vapor

/// The mentor's list of what mentees have shared with them, checked item by item by the policy.
enum SharedWithMeController {
    struct Item {
        let kind: String
        let title: String
        let url: SiteURL
        let author: String
        let written: Date
    }

    @Sendable static func list(req: Request) async throws -> Response {
        let person = try req.person()
        let id = try person.requireID()
        let now = req.application.settings.now()
        let entries = try await LogbookEntry.query(on: req.db).filter(\.$sharedWith.$id == id).all()
        let journals = try await ProcessJournal.query(on: req.db).filter(\.$sharedWith.$id == id).all()
        let programmeIDs = Set(entries.map { $0.$programme.id } + journals.map { $0.$programme.id })
        let files = try await ProgrammeQueries.views(of: Programme.query(on: req.db).filter(\.$id ~~ Array(programmeIDs)).all(), on: req.db)
        let byID = Dictionary(uniqueKeysWithValues: files.map { ($0.id, $0) })
        let ctx = try await PrivateWriting.pageContext(req, files.first)
        let t = ctx.texts
        var items: [Item] = []
        for entry in entries {
            guard let file = byID[entry.$programme.id],
                  PrivateWriting.decide(.logbookEntry, .read, file: file, person: person, authorID: entry.$author.id,
                                        sharedWithID: entry.$sharedWith.id, now: now) == .allow else { continue }
            let written = entry.createdAt ?? now
            items.append(Item(kind: t.logbookEntryKind, title: t.logbookEntryTitle(date: ctx.dates.day(written)),
                              url: .logbookEntry(entry.id), author: file.newcomer?.name ?? "", written: written))
        }
        for journal in journals {
            guard let file = byID[journal.$programme.id],
                  PrivateWriting.decide(.processJournal, .read, file: file, person: person, authorID: journal.$author.id,
                                        sharedWithID: journal.$sharedWith.id, now: now) == .allow else { continue }
            items.append(Item(kind: t.journalKind, title: journal.title, url: .journal(journal.id),
                              author: file.newcomer?.name ?? "", written: journal.createdAt ?? now))
        }
        for advice in try await AdviceSharing.received(by: person, req, recordingReads: false) {
            items.append(Item(kind: t.adviceKind, title: t.evaluationKind(advice.kind), url: .sharedAdvice(advice.programme, advice.kind),
                              author: advice.author, written: advice.sharedAt))
        }
        items.sort { $0.written > $1.written }
        return SharedWithMePage.render(ctx, items: items)
    }
}
