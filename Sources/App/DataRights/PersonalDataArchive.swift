import Fluent
import Foundation
import GodstartCore

/// Everything Godstart holds about one person (GDPR art. 15), as sections of labelled facts. The
/// same sections become a page to read (index.html) and data for other programs (data.json), in a
/// ZIP archive. Texts others wrote appear only where the access policy lets the person read them.
struct PersonalDataArchive: Encodable {
    struct Field: Encodable {
        let label: String
        let value: String
    }

    struct Item: Encodable {
        let heading: String
        let fields: [Field]
    }

    /// A part of the archive; one that groups others (what the person wrote in each other
    /// programme) holds them in `parts`, and says in `about` how to read them.
    struct Section: Encodable {
        let title: String
        var about: String? = nil
        let items: [Item]
        var parts: [Section]? = nil
    }

    let title: String
    let made: String
    let about: String
    let sections: [Section]
    let language: String

    /// The archive as a file: index.html and data.json.
    func zip(modified: Date) throws -> [UInt8] {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        var archive = ZipArchive()
        archive.add("index.html", Array(html.utf8), modified: modified)
        archive.add("data.json", Array(try encoder.encode(self)), modified: modified)
        return archive.data
    }

    /// A page that reads and prints well on its own, without the site around it.
    var html: String {
        let style = "body{font-family:system-ui,sans-serif;max-width:50rem;margin:2rem auto;padding:0 1rem;line-height:1.5}"
            + "dt{font-weight:600}dd{margin:0 0 .5rem 0;white-space:pre-wrap}section{margin-top:2rem}"
        let body: [HTMLNode] = [
            el("h1", title),
            el("p", about),
            el("p", made),
        ] + sections.map { Self.html($0, level: 2) }
        let document = el("html", [Attr("lang", language)], [
            el("head", [], [
                .void("meta", [Attr("charset", "utf-8")]),
                el("title", title),
                el("style", [], [text(style)]),
            ]),
            el("body", [], body),
        ])
        return "<!DOCTYPE html>\n" + document.rendered
    }

    /// A section under a heading of `level` (h2, h3 ...), its items one level below.
    private static func html(_ section: Section, level: Int) -> HTMLNode {
        el("section", [], [el("h\(level)", section.title)] + (section.about.map { [el("p", $0)] } ?? [])
            + section.items.map { item in
                el("article", [], [
                    el("h\(level + 1)", item.heading),
                    el("dl", [], item.fields.flatMap { [el("dt", $0.label), el("dd", $0.value)] }),
                ])
            }
            + (section.parts ?? []).map { html($0, level: level + 1) })
    }
}
