extension SwedishTexts {
    var statusCancelled: String { "Inställt" }
    var cancelMeeting: String { "Ställ in mötet" }
    var restoreMeeting: String { "Lägg tillbaka mötet i planen" }
    var meetingCancelled: String { "Mötet är inställt. Det står kvar i planen som inställt." }
    var meetingRestored: String { "Mötet är tillbaka i planen." }
    var planMeeting: String { "Planera ett möte" }
    var planMeetingIntro: String { "Lägg till ett möte i planen. Deltagarna ser det i sin plan direkt." }
    var kindLabel: String { "Typ av möte" }
    var meetingPlanned: String { "Mötet är planerat." }
    var fewerThanTwoPlanned: String {
        "Färre än två mentorssamtal är planerade framåt. Planera de nästa nu: ett mentorsprogram som planeras ”vid behov” rinner lätt ut i sanden."
    }
    var flagFewerThanTwo: String { "Färre än två möten planerade framåt" }
    func homeworkFromLastTime(_ text: String) -> String { "Det ni kom överens om sist: \(text)" }
    var noHomeworkAgreed: String { "Ni kom inte överens om något att förbereda sist." }
    var stockholmCadenceLabel: String { "Stockholmsmodellen: trepartssamtal med chefen och avstämningar mellan chef och mentor" }
    var stockholmCadenceHint: String {
        "Utöver mentorssamtalen träffas den nyanställda, mentorn och chefen varje vecka under mentorsprogrammets första fyra veckor och därefter varannan vecka. Chef och mentor träffas varannan vecka."
    }
}
