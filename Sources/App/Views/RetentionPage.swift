import Foundation
import GodstartCore
import Vapor

/// The retention page: tables of the share still employed, survival curves drawn as SVG (no
/// JavaScript), the numbers at risk under them, and a CSV download.
enum RetentionPage {
    static func render(_ ctx: PageContext, _ loaded: RetentionController.Loaded) -> Response {
        let t = ctx.texts
        let figures = loaded.figures
        let query = loaded.unit.map { "?unit=\($0.uuidString.lowercased())" } ?? ""
        return Layout.page(ctx, title: t.retentionTitle, [
            el("h1", t.retentionTitle),
            el("p", t.retentionIntro(minimum: RetentionRules.minimumGroupSize)),
            loaded.unitChosenForThem ? el("p", t.retentionOwnUnit(loaded.units.first { $0.id == loaded.unit }?.name ?? ""))
                : Components.filterForm(ctx, action: SiteURL.retention, [
                    Components.filterSelect(ctx, "unit", t.unitLabel, loaded.units.map { ($0.id!.uuidString.lowercased(), $0.name) },
                                            loaded.unit?.uuidString.lowercased()),
                ]),
            figures.cohorts.isEmpty
                ? el("p", [.class("notice")], t.retentionTooFew(counted: figures.counted, minimum: RetentionRules.minimumGroupSize))
                : .group([
                    section(ctx, id: "cohorts", heading: t.retentionByCohort, curves: figures.cohorts, fromYear: nil),
                    comparison(ctx, loaded),
                    el("p", [.class("actions")], [
                        link(t.downloadCSV, to: SiteURL.retentionCSV.path + query, [.class("button secondary"), Attr("download", nil)]),
                    ]),
                ]),
            when(ctx.person.map { AccessPolicy.decide(Access.standing($0), .employmentDates, .write) == .allow } == true,
                 el("p", [], [link(t.employmentsKeepLink, to: SiteURL.employments.path)])),
        ])
    }

    private static func comparison(_ ctx: PageContext, _ loaded: RetentionController.Loaded) -> HTMLNode {
        let t = ctx.texts
        guard let start = loaded.programmeStart else {
            return el("section", [], [el("h2", t.retentionComparison), el("p", t.retentionNoProgrammeYet)])
        }
        let intro = el("p", t.retentionProgrammeBegan(ctx.dates.day(start)))
        guard !loaded.figures.comparison.isEmpty else {
            return el("section", [], [el("h2", t.retentionComparison), intro,
                                  el("p", [.class("muted")], t.retentionComparisonTooFew(minimum: RetentionRules.minimumGroupSize))])
        }
        return section(ctx, id: "comparison", heading: t.retentionComparison, curves: loaded.figures.comparison,
                       fromYear: loaded.figures.comparisonFromYear, intro: intro)
    }

    private static func section(_ ctx: PageContext, id: String, heading: String, curves: [RetentionCurve], fromYear: Int?,
                                intro: HTMLNode = .empty) -> HTMLNode {
        let t = ctx.texts
        let names = curves.map { name($0.group, fromYear: fromYear, t) }
        let shareRows: [[HTMLNode]] = zip(curves, names).map { curve, name in
            [text(name), text(String(curve.size))] + RetentionRules.checkpointMonths.map { months in
                text(curve.survival(afterMonths: months).map { percent($0, ctx.language) } ?? t.retentionNotYetSeen)
            }
        }
        let atRiskRows: [[HTMLNode]] = zip(curves, names).map { curve, name in
            [text(name)] + RetentionRules.atRiskMonths.map { text(String(curve.atRisk(afterMonths: $0))) }
        }
        return el("section", [.aria("labelledby", "\(id)-heading")], [
            el("h2", [.id("\(id)-heading")], heading),
            intro,
            Components.table(label: heading, caption: t.retentionShareCaption,
                             headers: [t.retentionGroupColumn, t.retentionPeopleColumn] + RetentionRules.checkpointMonths.map(t.retentionAfterMonths),
                             rows: shareRows),
            el("p", [.class("hint")], t.retentionNotYetSeenExplained),
            RetentionChart.svg(curves, names: names, label: "\(heading): \(t.retentionChartLabel)", t),
            Components.table(label: t.retentionAtRiskCaption, caption: t.retentionAtRiskCaption,
                             headers: [t.retentionGroupColumn] + RetentionRules.atRiskMonths.map(t.retentionMonthsShort),
                             rows: atRiskRows),
        ])
    }

    static func name(_ group: RetentionCurve.Group, fromYear: Int?, _ t: Texts) -> String {
        switch group {
        case .cohort(let c): c.firstYear == c.lastYear ? t.retentionHiredIn(String(c.firstYear))
            : t.retentionHiredIn("\(c.firstYear)–\(c.lastYear)")
        case .beforeProgramme: t.retentionHiredBefore(fromYear ?? 0)
        case .sinceProgramme: t.retentionHiredFrom(fromYear ?? 0)
        }
    }

    static func percent(_ share: Double, _ language: Language) -> String {
        share.formatted(.percent.precision(.fractionLength(0)).rounded(rule: .toNearestOrAwayFromZero).locale(language.locale))
    }
}

/// Survival curves as an SVG picture: one stepped line per group, told apart by colour and dash
/// pattern both and named at its end, with a legend, and the same figures in the tables beside it.
enum RetentionChart {
    static let width = 720.0, height = 300.0
    /// The right margin holds each line's name at its end.
    static let left = 52.0, right = 110.0, top = 12.0, bottom = 44.0
    static let lastMonth = 24
    /// Colours with at least 3:1 contrast on white, and dash patterns, so no line is told apart by colour alone.
    static let styles: [(colour: String, dash: String?)] = [
        ("#1f5fa8", nil), ("#b3401c", "8 4"), ("#2e7d32", "2 4"), ("#6a3d9a", "10 4 2 4"), ("#7a5c00", "4 4"), ("#333333", "1 6"),
    ]

    static func x(_ day: Int) -> Double {
        left + (width - left - right) * Double(min(day, RetentionRules.days(months: lastMonth))) / Double(RetentionRules.days(months: lastMonth))
    }

    static func y(_ share: Double) -> Double { top + (height - top - bottom) * (1 - share) }

    static func format(_ v: Double) -> String { String(format: "%.1f", v) }

    /// The stepped path of one curve by whole months (`RetentionCurve.byMonth`), from 100 % at the
    /// start to the end of its last observed month (within the chart): a step at the exact day of a
    /// leaving would tell, in a small group, who left.
    static func path(_ curve: RetentionCurve) -> String {
        var d = "M\(format(x(0))),\(format(y(1)))"
        var share = 1.0
        let months = curve.byMonth
        for month in months where month.month <= lastMonth {
            let end = RetentionRules.days(months: month.month)
            // The last month is observed only in part: its leavings still show, at the month's end.
            let observed = month.survivalAtEnd ?? (month.month == months.last?.month ? curve.steps.last?.survival : nil)
            if let survival = observed, survival != share {
                d += " H\(format(x(end))) V\(format(y(survival)))"
                share = survival
            }
        }
        let lastObservedMonth = min(months.last?.month ?? 0, lastMonth)
        d += " H\(format(x(RetentionRules.days(months: lastObservedMonth))))"
        return d
    }

    /// The share still employed where a curve's line ends.
    static func endShare(_ curve: RetentionCurve) -> Double {
        var share = 1.0
        let months = curve.byMonth
        for month in months where month.month <= lastMonth {
            let observed = month.survivalAtEnd ?? (month.month == months.last?.month ? curve.steps.last?.survival : nil)
            if let survival = observed { share = survival }
        }
        return share
    }

    /// At most as many groups as there are styles, the latest (the tables beside show every one),
    /// so no two lines look alike.
    static func svg(_ allCurves: [RetentionCurve], names allNames: [String], label: String, _ t: Texts) -> HTMLNode {
        let shown = Array(zip(allCurves, allNames).suffix(styles.count))
        let curves = shown.map(\.0), names = shown.map(\.1)
        let plotBottom = height - bottom
        let grid: [HTMLNode] = [0.0, 0.25, 0.5, 0.75, 1.0].map { share in
            .group([
                el("line", [Attr("x1", format(left)), Attr("x2", format(width - right)), Attr("y1", format(y(share))),
                            Attr("y2", format(y(share))), Attr("stroke", "#d0d0d0")], []),
                el("text", [Attr("x", format(left - 6)), Attr("y", format(y(share) + 4)), Attr("text-anchor", "end")],
                   [text("\(Int(share * 100))")]),
            ])
        }
        let ticks: [HTMLNode] = RetentionRules.atRiskMonths.map { months in
            let px = x(RetentionRules.days(months: months))
            return .group([
                el("line", [Attr("x1", format(px)), Attr("x2", format(px)), Attr("y1", format(plotBottom)),
                            Attr("y2", format(plotBottom + 5)), Attr("stroke", "#555555")], []),
                el("text", [Attr("x", format(px)), Attr("y", format(plotBottom + 18)), Attr("text-anchor", "middle")], [text(String(months))]),
            ])
        }
        let lines: [HTMLNode] = curves.enumerated().map { index, curve in
            let style = styles[index % styles.count]
            return el("path", [Attr("d", path(curve)), Attr("fill", "none"), Attr("stroke", style.colour), Attr("stroke-width", "2.5")]
                      + (style.dash.map { [Attr("stroke-dasharray", $0)] } ?? []), [])
        }
        let axes: [HTMLNode] = [
            el("line", [Attr("x1", format(left)), Attr("x2", format(left)), Attr("y1", format(top)), Attr("y2", format(plotBottom)),
                        Attr("stroke", "#555555")], []),
            el("line", [Attr("x1", format(left)), Attr("x2", format(width - right)), Attr("y1", format(plotBottom)),
                        Attr("y2", format(plotBottom)), Attr("stroke", "#555555")], []),
            el("text", [Attr("x", format((left + width - right) / 2)), Attr("y", format(height - 6)), Attr("text-anchor", "middle")],
               [text(t.retentionAxisMonths)]),
            el("text", [Attr("x", "14"), Attr("y", format((top + plotBottom) / 2)), Attr("text-anchor", "middle"),
                        Attr("transform", "rotate(-90 14 \(format((top + plotBottom) / 2)))")], [text(t.retentionAxisShare)]),
        ]
        // Each line named where it ends, so no two are told apart by colour or dash alone; names
        // that would overlap are spread apart, in the order their lines end.
        var ends = curves.indices.map { index in (index: index, y: y(endShare(curves[index]))) }.sorted { $0.y < $1.y }
        for i in ends.indices.dropFirst() where ends[i].y - ends[i - 1].y < 13 { ends[i].y = ends[i - 1].y + 13 }
        let endLabels: [HTMLNode] = ends.compactMap { end in
            guard end.index < names.count else { return nil }
            return el("text", [Attr("x", format(width - right + 6)), Attr("y", format(end.y + 4)), .class("line-label"),
                               Attr("fill", styles[end.index % styles.count].colour)], [text(names[end.index])])
        }
        let legend = el("ul", [.class("chart-legend")], zip(curves.indices, names).map { index, name in
            let style = styles[index % styles.count]
            return el("li", [], [
                el("svg", [Attr("width", "36"), Attr("height", "10"), Attr("aria-hidden", "true"), Attr("focusable", "false")], [
                    el("line", [Attr("x1", "0"), Attr("x2", "36"), Attr("y1", "5"), Attr("y2", "5"), Attr("stroke", style.colour),
                                Attr("stroke-width", "3")] + (style.dash.map { [Attr("stroke-dasharray", $0)] } ?? []), []),
                ]),
                text(" \(name)"),
            ])
        })
        return el("figure", [.class("chart")], [
            el("svg", [Attr("viewBox", "0 0 \(Int(width)) \(Int(height))"), Attr("role", "img"), .aria("label", label),
                       Attr("xmlns", "http://www.w3.org/2000/svg"), .class("survival")],
               [el("title", label)] + grid + ticks + axes + lines + endLabels),
            el("figcaption", [], [legend]),
        ])
    }
}

/// The curves as a table for a spreadsheet: one row per day with a change, per group.
enum RetentionCSV {
    static func text(_ figures: RetentionFigures, _ t: Texts, language: Language) -> String {
        func number(_ v: Double) -> String {
            v.formatted(.number.precision(.fractionLength(4)).grouping(.never).locale(language.locale))
        }
        func field(_ text: String) -> String {
            // A spreadsheet takes a cell starting with = + - or @ for a formula; a quote keeps it text.
            let s = text.first.map { "=+-@".contains($0) } == true ? "'" + text : text
            return s.contains(";") || s.contains("\"") ? "\"\(s.replacingOccurrences(of: "\"", with: "\"\""))\"" : s
        }
        var lines = [t.retentionCSVHeader.map(field).joined(separator: ";")]
        // Whole months only: the day of a leaving would tell, in a small group, who left.
        for curve in figures.cohorts + figures.comparison {
            let name = RetentionPage.name(curve.group, fromYear: figures.comparisonFromYear, t)
            for month in curve.byMonth {
                lines.append([field(name), String(curve.size), String(month.month), String(month.atStart), String(month.left),
                              String(month.lastSeenEmployed), month.survivalAtEnd.map(number) ?? ""].joined(separator: ";"))
            }
        }
        return "\u{FEFF}" + lines.joined(separator: "\r\n") + "\r\n"
    }
}
