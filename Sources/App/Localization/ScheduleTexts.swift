import GodstartCore

/// The texts of the introduction's schedule of activities.
public protocol ScheduleTexts: Sendable {
    var scheduleTitle: String { get }
    var scheduleIntro: String { get }
    func activityKind(_ kind: ActivityKind) -> String
    func weekStarting(date: String) -> String
    var previousWeek: String { get }
    var nextWeek: String { get }
    var noActivitiesThisWeek: String { get }
    var allActivities: String { get }
    var noActivitiesYet: String { get }
    var addActivityHeading: String { get }
    var activityKindLabel: String { get }
    var activityTitleLabel: String { get }
    var runByLabel: String { get }
    var runByHint: String { get }
    var noOneInParticular: String { get }
    var activityGoalLabel: String { get }
    var addActivityButton: String { get }
    var activityAdded: String { get }
    var activityRemoved: String { get }
    var removeActivity: String { get }
    func errorActivityOutsideIntroduction(from: String, to: String) -> String
    var errorActivityTitleMissing: String { get }
    var errorMinutes: String { get }
    var errorUnknownPerson: String { get }
    var myActivitiesTitle: String { get }
    var myActivitiesIntro: String { get }
    var noActivitiesToRun: String { get }
    var openSchedule: String { get }
    func activityRunBy(name: String) -> String
    func activityFor(name: String) -> String
    func activityServes(goal: String) -> String
    var navMyActivities: String { get }

    // Knowledge persons
    var knowledgeTitle: String { get }
    var knowledgeIntro: String { get }
    func knowledgeKind(_ kind: KnowledgeKind) -> String
    var knowledgeSearchLabel: String { get }
    var knowledgeSearchButton: String { get }
    func noKnowledgeMatches(query: String) -> String
    var noKnowledgePersonsYet: String { get }
    var addKnowledgeHeading: String { get }
    var knowledgePersonLabel: String { get }
    var knowledgeAreaLabel: String { get }
    var knowledgeAreaHint: String { get }
    var knowledgeKindLabel: String { get }
    var addKnowledgeButton: String { get }
    var knowledgeAdded: String { get }
    var knowledgeRemoved: String { get }
    var removeKnowledge: String { get }
    var errorAreaMissing: String { get }
    var navKnowledge: String { get }
}
