extension DanishTexts {
    func developmentTalkDue(inDays days: Int) -> String {
        days > 0 ? "MUS-samtale om \(days) \(days == 1 ? "dag" : "dage")"
            : days == 0 ? "MUS-samtale i dag" : "MUS-samtalen er \(-days) \(days == -1 ? "dag" : "dage") forsinket"
    }
    func moreAlerts(_ count: Int) -> String {
        "Og \(count) \(count == 1 ? "punkt" : "punkter") mere. Forløbene med de mest presserende står øverst i listen herunder."
    }
}
