import Foundation

/// Text typed into a form while its writer's session ran out (shared/ACCESS.md): it is the writer's
/// private text, so it is kept only for them and only for a short while.
///
/// - It is kept only when the form proves it came from the writer's own page: it carries the form
///   token of the session that just ran out (which no other site can read), and the browser does not
///   say it was sent from another site. A form sent with no session, or with a token of its own,
///   keeps nothing: otherwise any site could plant text into whoever signs in next.
/// - It is handed back only to the person whose session ran out, after they sign in again; anyone
///   else signing in in that browser never sees it, and it is dropped unread.
/// - It waits `waitsFor` for its writer: long enough to sign in again after a meeting, short enough
///   that a shared office PC does not hold someone's logbook text overnight. The sign-in page shows
///   the text at once as well, so nothing is lost when it is gone.
public enum KeptTextRules {
    public static let waitsFor: TimeInterval = 2 * 3600

    /// Whether a form sent as its session ran out may be kept. `fetchSite` is the browser's
    /// Sec-Fetch-Site header (nil from browsers that do not send it).
    public static func mayKeep(carriesTheEndedSessionsToken: Bool, fetchSite: String?) -> Bool {
        guard carriesTheEndedSessionsToken else { return false }
        return fetchSite == nil || fetchSite == "same-origin"
    }

    /// Whether text kept for `writer` at `keptAt` goes to `reader` now.
    public static func handsBack(keptFor writer: UUID, keptAt: Date, to reader: UUID, now: Date) -> Bool {
        writer == reader && now.timeIntervalSince(keptAt) <= waitsFor
    }
}
