import GodstartCore

extension SwedishTexts {
    var agreementTitle: String { "Samarbetsavtal" }
    var agreementIntro: String {
        "Gå igenom punkterna tillsammans på uppstartsmötet och skriv ner det ni kommer överens om. Korta svar räcker. När avtalet säger det ni båda menar bekräftar ni det var för sig."
    }
    func agreementSection(_ section: AgreementSection) -> String {
        switch section {
        case .purposeAndLearning: "Syfte och lärande"
        case .roleAndMethods: "Mentorns roll och era metoder"
        case .frame: "Ramar"
        case .groundRules: "Spelregler"
        }
    }
    func agreementSectionIntro(_ section: AgreementSection) -> String {
        switch section {
        case .purposeAndLearning: "Varför arbetsplatsen erbjuder mentorskap och vad den nyanställda behöver lära sig först. Lärandemålen kommer att ändras längs vägen."
        case .roleAndMethods: "Om ni sätter ord på hur mentorn ska arbeta med ett mål slipper ni många missförstånd."
        case .frame: "Planera två eller tre möten framåt. Ett mentorsprogram som planeras vid behov blir lätt brandsläckning eller rinner ut i sanden."
        case .groundRules: "Hur ni vill att relationen mellan er ska vara. Förtroligheten är viktigast."
        }
    }
    func agreementTopic(_ topic: AgreementTopic) -> String {
        switch topic {
        case .purpose: "Syftet med mentorsprogrammet"
        case .learningNeeds: "Lärandebehov"
        case .learningGoals: "De första lärandemålen"
        case .mentorRole: "Mentorns roll"
        case .methods: "Metoder"
        case .tools: "Verktyg"
        case .meetingFrequency: "Antal möten och hur ofta"
        case .duration: "Tidsram"
        case .room: "Lokal"
        case .noInterruptions: "Utan störningar"
        case .comingPrepared: "Att komma förberedd"
        case .confidentiality: "Förtrolighet"
        case .openness: "Öppenhet"
        case .responsibility: "Ansvar"
        case .feedback: "Återkoppling"
        case .otherGroundRules: "Andra spelregler"
        }
    }
    func agreementTopicHint(_ topic: AgreementTopic) -> String {
        switch topic {
        case .purpose: "Vad vill arbetsplatsen med mentorsprogrammet, och vad vill ni två få ut av det?"
        case .learningNeeds: "Vad är svårt för den nyanställda just nu, och vad behöver hen få grepp om?"
        case .learningGoals: "Vilka mål börjar ni med? Ni kan lägga in dem bland lärandemålen efteråt."
        case .mentorRole: "Rådgivare, coach, bollplank, kritisk granskare …: hur vill den nyanställda att mentorn ska arbeta?"
        case .methods: "Hur ska ni arbeta: samtal, ärende- och episodanalys, coachande frågor, gå bredvid?"
        case .tools: "Ska den nyanställda föra loggbok eller skriva processanteckningar? Vad tar ni med er till mötena?"
        case .meetingFrequency: "Hur många möten, och hur ofta? Vilka datum är redan bestämda?"
        case .duration: "Hur länge håller varje möte, och när avslutas mentorsprogrammet?"
        case .room: "Var träffas ni, och vem bokar rummet?"
        case .noInterruptions: "Telefonerna avstängda, inga kollegor som tittar in: vad kommer ni överens om?"
        case .comingPrepared: "Hur förbereder ni er var och en inför ett möte?"
        case .confidentiality: "Vad stannar mellan er, och får något alls föras vidare?"
        case .openness: "Hur öppna vill ni vara om oro, behov och oenigheter?"
        case .responsibility: "Vem tar initiativet, vem bokar mötena, och vad händer när ett möte måste flyttas?"
        case .feedback: "Hur och när ger ni varandra återkoppling?"
        case .otherGroundRules: "Något annat ni vill komma överens om."
        }
    }
    var agreementProposedConfidentiality: String {
        "Det vi pratar om stannar mellan oss. Ingen av oss för vidare något från våra samtal, inte heller till chefen, om vi inte har kommit överens om det tillsammans."
    }
    func agreementProposedFrequency(weeklyWeeks: Int, everyWeeksAfter: Int) -> String {
        "Vi träffas varje vecka de första \(weeklyWeeks) veckorna och därefter med \(everyWeeksAfter) veckors mellanrum. Vi har alltid de kommande två eller tre mötena inplanerade."
    }
    func agreementProposedDuration(from: String, to: String, minutes: Int) -> String {
        "Varje möte är \(minutes) minuter. Mentorsprogrammet pågår från \(from) till \(to)."
    }
    var agreementProposalHint: String { "Ramarna och förtroligheten är ifyllda med ett första förslag utifrån planen. Ändra som ni vill." }
    var saveAgreement: String { "Spara avtalet" }
    var agreementSaved: String { "Avtalet är sparat." }
    func agreementSavedAsNewVersion(number: Int) -> String {
        "Ändringen är sparad som version \(number). Ni bekräftar den båda två igen; den tidigare versionen går fortfarande att läsa."
    }
    var agreementUnchanged: String { "Inget ändrades." }
    func agreementConflict(name: String, number: Int) -> String {
        "\(name) sparade version \(number) av avtalet medan du skrev. Din text finns kvar här nedanför. Jämför den med versionen under den och spara sedan igen."
    }
    func agreementVersion(number: Int) -> String { "Version \(number)" }
    var agreementNotMadeYet: String { "Inte gjort än" }
    var agreementDraft: String { "Inte bekräftat än" }
    func agreementAwaiting(name: String) -> String { "Väntar på bekräftelse från \(name)" }
    func agreementConfirmedOn(date: String) -> String { "Bekräftat av båda \(date)" }
    func agreementYouConfirmedOn(date: String) -> String { "Du bekräftade avtalet \(date)." }
    func agreementYouConfirmedYourPart(date: String, other: String) -> String {
        "Du bekräftade din del \(date). Avtalet gäller när \(other) också har bekräftat det."
    }
    func agreementSavedBy(name: String, date: String) -> String { "Sparat av \(name) \(date)" }
    var confirmAgreement: String { "Bekräfta avtalet" }
    var confirmAgreementHint: String {
        "Bekräfta när du har läst den här versionen och håller med om den. Om någon av er ändrar den senare bekräftar ni båda igen."
    }
    var agreementConfirmedFlash: String { "Du har bekräftat avtalet." }
    var agreementChangedBeforeConfirm: String {
        "Avtalet ändrades efter att du öppnade det. Läs den nya versionen och bekräfta den sedan."
    }
    var agreementChangeAfterConfirmHint: String {
        "Den här versionen är bekräftad. Om du ändrar den blir ändringen en ny version som ni båda bekräftar igen, och den här versionen går fortfarande att läsa."
    }
    var agreementEarlierVersions: String { "Tidigare versioner" }
    var agreementReplaced: String { "Ersatt av en senare version" }
    func agreementMadeWith(name: String) -> String { "Gjort tillsammans med \(name)" }
    var agreementPrintable: String { "Utskriftsvänlig version" }
    var agreementPrintHint: String { "Skriv ut med webbläsarens utskriftskommando (Ctrl+P, eller ⌘P på en Mac), eller spara avtalet som pdf." }
    func agreementBetween(mentee: String, mentor: String) -> String { "Mellan \(mentee) (nyanställd) och \(mentor) (mentor)" }
    var agreementBackToCurrent: String { "Tillbaka till avtalet" }
    var agreementFactLabel: String { "Samarbetsavtal" }
    var openAgreement: String { "Samarbetsavtal" }
}
