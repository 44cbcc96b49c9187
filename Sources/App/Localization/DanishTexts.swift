import GodstartCore

struct DanishTexts: Texts {
    let catalogue = Catalogue.all["da"]!

    func meetingTitle(_ kind: MeetingKind, number: Int) -> String {
        switch kind {
        case .statusMeeting, .dialogueMeeting: "\(meetingKind(kind)) \(number)"
        default: meetingKind(kind)
        }
    }
}
