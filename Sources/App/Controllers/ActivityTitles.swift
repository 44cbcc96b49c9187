import Fluent
import Foundation
import GodstartCore

/// Activities' titles in the reader's language. A built-in activity is stored with its title in the
/// organisation's language when it is planned; while nobody has changed that title, it is named by
/// its kind in the language of whoever reads it (a Swedish-speaking colleague in a Danish
/// municipality reads Swedish), and a title someone wrote is shown as they wrote it. The one rule for
/// the schedule, the list of activities a person runs and the calendar feed.
struct ActivityTitles {
    /// The built-in template activity each activity was planned from, by the activity's id.
    let builtIn: [UUID: DefaultActivity]
    /// The texts the titles were stored in: the organisation's.
    let stored: Texts

    static let none = ActivityTitles(builtIn: [:], stored: Language.fallback.texts)

    /// Reads, in one statement, which built-in activity each of `activities` was planned from.
    static func of(_ activities: [Activity], organisation: Organisation, on db: Database) async throws -> ActivityTitles {
        let templateIDs = Array(Set(activities.compactMap(\.templateActivityID)))
        let templates = templateIDs.isEmpty ? [] : try await TemplateActivity.query(on: db).filter(\.$id ~~ templateIDs).all()
        let builtInOfTemplate = Dictionary(uniqueKeysWithValues: templates.compactMap { template in template.builtIn.map { (template.id!, $0) } })
        var builtIn: [UUID: DefaultActivity] = [:]
        for activity in activities {
            if let id = activity.templateActivityID, let key = builtInOfTemplate[id], let activityID = activity.id { builtIn[activityID] = key }
        }
        return ActivityTitles(builtIn: builtIn, stored: IntroductionTemplates.texts(of: organisation))
    }

    /// The title of `activity` for a reader of `t`.
    func title(of activity: Activity, _ t: Texts) -> String {
        guard let id = activity.id, let builtIn = builtIn[id], activity.title == stored.defaultActivity(builtIn) else { return activity.title }
        return t.defaultActivity(builtIn)
    }
}
