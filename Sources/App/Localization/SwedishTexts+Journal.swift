import GodstartCore

extension SwedishTexts {
    var navLogbook: String { "Min loggbok" }
    var navJournals: String { "Mina processanteckningar" }
    var navShared: String { "Delat med mig" }

    var logbookTitle: String { "Din loggbok" }
    var logbookIntro: String {
        "Här skriver du dina egna reflektioner, bara för dig själv. Ingen annan kan läsa dem. Vill du prata om något med din mentor kan du dela just den anteckningen och ta tillbaka den när du vill."
    }
    var newLogbookEntry: String { "Ny anteckning" }
    func logbookPrompt(_ prompt: LogbookPrompt) -> String {
        switch prompt {
        case .unsure: "Det jag är osäker på"
        case .learned: "Det jag har lärt mig"
        case .remember: "Det jag vill komma ihåg"
        case .actOn: "Det jag vill göra något åt"
        case .knowMore: "Det jag behöver veta mer om"
        }
    }
    var logbookEmpty: String { "Du har inte skrivit något än." }
    func logbookEntryTitle(date: String) -> String { "Anteckning från \(date)" }
    var saveEntry: String { "Spara anteckningen" }
    var entrySaved: String { "Din anteckning är sparad." }
    var errorEntryEmpty: String { "Skriv något under minst en av rubrikerna." }

    func sharedWith(name: String) -> String { "Delad med \(name)" }
    var onlyYou: String { "Bara du" }
    func shareWith(name: String) -> String { "Dela med \(name)" }
    var stopSharing: String { "Sluta dela" }
    func sharedFlash(name: String) -> String { "Nu kan \(name) läsa den. Du kan ta tillbaka den när du vill." }
    var unsharedFlash: String { "Nu är det bara du som kan läsa den." }
    var noMentorToShareWith: String { "Du har ingen mentor än, så det finns ingen att dela med." }
    var sharingColumn: String { "Kan läsas av" }
    var sharedWithYouTitle: String { "Delat med dig" }
    var sharedWithYouIntro: String {
        "Här kan du läsa det som nyanställda har valt att dela med dig. Det är fortfarande deras, och de kan ta tillbaka det."
    }
    var nothingSharedWithYou: String { "Ingen har delat något med dig just nu." }
    func sharedBy(name: String) -> String { "\(name) har delat det här med dig." }
    var logbookEntryKind: String { "Loggboksanteckning" }
    var journalKind: String { "Processanteckning" }
    var writtenColumn: String { "Skriven" }
    var kindColumn: String { "Typ" }

    var journalsTitle: String { "Dina processanteckningar" }
    var journalsIntro: String {
        "En processanteckning är en utförlig beskrivning av ett enda samtal med den enskilde, som du skriver för ditt eget lärande. Den blir aldrig en del av journalen eller akten, och den måste vara avidentifierad: Godstart letar efter personuppgifter innan något sparas."
    }
    var newJournal: String { "Ny processanteckning" }
    var journalsEmpty: String { "Du har inga processanteckningar än." }
    var journalTitleLabel: String { "Kort rubrik" }
    var journalTitleHint: String { "Något du själv känner igen, utan namn, till exempel ”Första hembesöket, familj med tre barn”." }
    func journalPart(_ part: JournalPart) -> String {
        switch part {
        case .facts: "Korta, avidentifierade fakta"
        case .account: "Samtalet"
        case .thoughts: "Dina tankar och känslor under samtalet"
        case .reflections: "Dina reflektioner efteråt"
        }
    }
    func journalPartHint(_ part: JournalPart) -> String {
        switch part {
        case .facts: "Den enskildes situation och ärendet hittills, utan namn, nummer eller adresser."
        case .account: "Vad som sades och gjordes, vad du lade märke till i minspel och tonfall, och gärna citat."
        case .thoughts: "Vad som rörde sig i dig medan samtalet pågick."
        case .reflections: "Hur du ser på det nu: vad du skulle göra igen och vad du skulle göra annorlunda."
        }
    }
    var saveJournal: String { "Spara processanteckningen" }
    var journalSaved: String { "Din processanteckning är sparad." }
    var forLearningOnly: String { "Bara för ditt eget lärande. Blir aldrig en del av journalen eller akten." }
    var errorJournalEmpty: String { "Skriv åtminstone om själva samtalet." }

    var findingsTitle: String { "Det finns personuppgifter i texten, och inget är sparat än" }
    var findingsIntro: String {
        "En processanteckning måste vara avidentifierad. Ersätt varje uppgift med en platshållare, eller behåll den om det inte är en personuppgift. Allt du har skrivit finns kvar här."
    }
    func findingKind(_ kind: IdentifierScanner.Kind) -> String {
        switch kind {
        case .cprNumber: "CPR-nummer"
        case .personnummer: "Personnummer eller samordningsnummer"
        case .phoneNumber: "Telefonnummer"
        case .email: "E-postadress"
        case .streetAddress: "Adress"
        }
    }
    func placeholder(_ kind: IdentifierScanner.Kind) -> String {
        switch kind {
        case .cprNumber: "[CPR]"
        case .personnummer: "[personnummer]"
        case .phoneNumber: "[telefon]"
        case .email: "[e-post]"
        case .streetAddress: "[adress]"
        }
    }
    func findingIn(kind: String, part: String) -> String { "\(kind) i ”\(part)”" }
    func replaceWith(_ placeholder: String) -> String { "Ersätt med \(placeholder)" }
    var keepFinding: String { "Inte en personuppgift, behåll den" }
    var replaceAllFindings: String { "Ersätt alla" }
    var replacedAllReadBeforeSaving: String { "Alla fynd är ersatta. Läs igenom texten och spara journalen när den är som den ska vara. Inget är sparat än." }
    var markedTextLabel: String { "Här står det" }
    var noProgrammeForWriting: String { "Loggboken och processanteckningarna hör till ett program. Du har inget program i Godstart än." }
    var journalForMeetingLabel: String { "Till mötet" }
    var journalForMeetingHint: String { "Välj det möte där du vill gå igenom den, om det finns något." }
    var journalForNoParticularMeeting: String { "Inget särskilt möte" }
    func sharedForMeeting(meeting: String) -> String { "till \(meeting)" }
    var journalsForThisMeeting: String { "Processanteckningar till det här mötet" }
    var signInAgainTextKept: String {
        "Du loggades ut innan det sparades. Logga in igen inom två timmar, så står det du skrev i formuläret, redo att sparas. Det lämnas bara tillbaka till dig: loggar någon annan in på den här datorn raderas det. Du kan också se det här nedanför."
    }
    var keptTextRestored: String { "Här är det du skrev innan du loggades ut. Det är inte sparat än: läs igenom det och spara." }
}
