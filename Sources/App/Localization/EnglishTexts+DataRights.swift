import GodstartCore

extension EnglishTexts {
    var myDataContents: [String] {
        [
            "your name, address, roles and settings",
            "the programmes you take part in, and, in your own programme, the meetings with the notes you may read",
            "what you wrote: logbook, process journals, preparation, evaluations and ideas",
            "the agreement, learning goals and learning and competence plan of your own mentoring",
            "what you wrote or are responsible for in other people's programmes: meeting notes, learning goals, changes to the plan, agreements, answers and ticked-off checklist items",
            "your employments, the groups and networks you take part in, and what you added for the organisation",
            "the mails Godstart sent you, and the audit log of what concerns you",
        ]
    }
    func archiveProgrammeOf(_ newcomer: String) -> String { "\(newcomer)'s programme" }
    func storageMonths(_ months: Int) -> String { months % 12 == 0 ? (months == 12 ? "1 year" : "\(months / 12) years") : "\(months) months" }
    var erasureWhatHappens: [String] {
        [
            "Their name, e-mail address, phone number and job title are removed, and they can no longer sign in.",
            "Their logbook, process journals, preparation, evaluation texts and ideas are deleted; in their own programme as new hire, every private text is deleted too.",
            "Their employment stays in the retention figures, without their name.",
            "The audit log keeps what happened, under \"erased person\". This cannot be undone.",
        ]
    }
}
