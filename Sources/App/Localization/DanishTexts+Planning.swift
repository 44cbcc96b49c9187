extension DanishTexts {
    var statusCancelled: String { "Aflyst" }
    var cancelMeeting: String { "Aflys mødet" }
    var restoreMeeting: String { "Sæt mødet tilbage i planen" }
    var meetingCancelled: String { "Mødet er aflyst. Det står stadig i planen som aflyst." }
    var meetingRestored: String { "Mødet er tilbage i planen." }
    var planMeeting: String { "Planlæg et møde" }
    var planMeetingIntro: String { "Føj et møde til planen. Deltagerne kan se det i deres plan med det samme." }
    var kindLabel: String { "Type møde" }
    var meetingPlanned: String { "Mødet er planlagt." }
    var fewerThanTwoPlanned: String {
        "Der er planlagt færre end to mentorsamtaler frem. Planlæg de næste nu: et mentorforløb, der planlægges »efter behov«, løber nemt ud i sandet."
    }
    var flagFewerThanTwo: String { "Færre end to møder planlagt frem" }
    func homeworkFromLastTime(_ text: String) -> String { "Aftalt sidst: \(text)" }
    var noHomeworkAgreed: String { "I aftalte ikke noget at forberede sidst." }
    var stockholmCadenceLabel: String { "Stockholm-rytme: trepartsmøder med lederen og møder mellem leder og mentor" }
    var stockholmCadenceHint: String {
        "Ud over mentorsamtalerne mødes den nyansatte, mentoren og lederen hver uge i mentorforløbets første fire uger og derefter hver anden uge. Leder og mentor mødes hver anden uge."
    }
}
