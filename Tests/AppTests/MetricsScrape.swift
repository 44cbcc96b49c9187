import XCTVapor
@testable import App

/// One reading of /metrics, its samples looked up by name and labels. swift-metrics has one backend
/// a process and several tests' applications share it, so tests compare two readings, never totals.
struct MetricsScrape {
    struct Sample {
        let name: String
        let labels: [String: String]
        let value: Double
    }

    let text: String
    let samples: [Sample]

    init(_ text: String) {
        self.text = text
        samples = text.split(separator: "\n").filter { !$0.hasPrefix("#") }.compactMap(Self.sample)
    }

    /// The sample's value, 0 when the series is not there yet.
    func value(_ name: String, _ labels: [String: String] = [:]) -> Double {
        samples.first { $0.name == name && $0.labels == labels }?.value ?? 0
    }

    /// `name{a="x",b="y"} 1.5` or `name 2`.
    private static func sample(_ line: Substring) -> Sample? {
        guard let space = line.lastIndex(of: " "), let value = Double(line[line.index(after: space)...]) else { return nil }
        let series = line[..<space]
        guard let open = series.firstIndex(of: "{") else { return Sample(name: String(series), labels: [:], value: value) }
        var labels: [String: String] = [:]
        for match in series[series.index(after: open)...].matches(of: #/(\w+)="((?:[^"\\]|\\.)*)"/#) {
            labels[String(match.1)] = String(match.2)
        }
        return Sample(name: String(series[..<open]), labels: labels, value: value)
    }
}

extension AppTestCase {
    /// /metrics as operations read it, with a token.
    func scrapeMetrics() async throws -> MetricsScrape {
        if app.settings.metricsToken == nil { app.settings.metricsToken = "s3cret-token" }
        let page = try await browser().get(SiteURL.metrics.path, headers: [("Authorization", "Bearer \(app.settings.metricsToken!)")])
        XCTAssertEqual(page.status, .ok)
        return MetricsScrape(page.body)
    }
}
