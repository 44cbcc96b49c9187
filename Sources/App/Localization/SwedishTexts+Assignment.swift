import GodstartCore

extension SwedishTexts {
    var suggestionsHeading: String { "Förslag" }
    var suggestionsIntro: String {
        "Godstart rangordnar kollegorna efter hur mycket plats de har, om de har sagt ja till uppdraget, om de är utbildade mentorer, vilka områden de kan och, för kontaktperson och fadder, om de finns på samma enhet. Chefen föreslås aldrig. Välj först enhet och chef, och skriv vad den nyanställda ska arbeta med."
    }
    var workAreasLabel: String { "Den nyanställdas arbetsuppgifter" }
    var workAreasHint: String { "Några stickord, till exempel Procapita, orosanmälningar, Signs of Safety." }
    var showSuggestionsButton: String { "Visa förslag" }
    func suggestionsFor(role: String) -> String { "Förslag på \(role.lowercased())" }
    var noSuggestions: String { "Det finns ingen att föreslå." }
    func suggestionReason(_ reason: SuggestionReason) -> String {
        switch reason {
        case .freeCapacity(let n): n == 1 ? "plats för 1 till" : "plats för \(n) till"
        case .atCapacity: "ingen plats kvar"
        case .willing: "har sagt ja"
        case .notWilling: "har sagt nej tills vidare"
        case .trainedAsMentor: "utbildad mentor"
        case .sharedArea(let area): "kan \(area)"
        case .sameUnit: "samma enhet"
        case .otherUnit: "ett annat team"
        }
    }
    var chooseSuggestionButton: String { "Välj" }
    var aboveCapacity: String { "Har inte plats för fler" }
    var overrideReasonLabel: String { "Motivering till ett val utanför reglerna" }
    var overrideReasonHint: String {
        "Bara om någon du väljer inte har plats för fler, inte har sagt ja till att vara mentor eller själv är inne på sitt första år. Skriv minst en mening; motiveringen syns i programmet och på sidan Kollegor."
    }

    var navProfiles: String { "Kollegor" }
    var profilesTitle: String { "Kontaktpersoner, mentorer och faddrar" }
    var profilesIntro: String {
        "Det du vet om varje kollega när du väljer personerna runt en nyanställd: hur många nyanställda de kan ha samtidigt (två, om inget annat är överenskommet), om de har sagt ja och om de är utbildade mentorer. Områdena de kan hämtas från listan över kunskapspersoner."
    }
    var capacityLabel: String { "Nyanställda samtidigt" }
    var capacityHint: String { "Per roll. Fem, sex nyanställda samtidigt har visat sig vara för många." }
    var willingLabel: String { "Kan tänka sig att vara kontaktperson eller mentor" }
    var trainedLabel: String { "Utbildad mentor" }
    var areasColumn: String { "Kunskapsområden" }
    var editProfile: String { "Ändra" }
    var saveProfileButton: String { "Spara profilen" }
    var profileSaved: String { "Profilen är sparad." }
    var errorCapacity: String { "Skriv ett heltal från 0 till 6." }
    var yes: String { "Ja" }
    var no: String { "Nej" }

    var intakeTitle: String { "Registrera en grupp nyanställda" }
    var intakeIntro: String {
        "Flera nyanställda som börjar samtidigt. Skriv in dem och be om ett samlat, balanserat förslag på kontaktpersoner, mentorer och faddrar för alla på en gång. Förslaget fördelar dem så att ingen får fler än de har plats för. Ändra de val du vet bättre om innan du registrerar. Tomma rader hoppas över."
    }
    func intakeRow(_ number: Int) -> String { "Nyanställd \(number)" }
    var intakeSuggested: String { "Valen nedan är ett balanserat förslag för hela gruppen. Kontrollera dem och ändra det du vet bättre om." }
    var suggestIntakeButton: String { "Föreslå en balanserad fördelning" }
    var moreRowsButton: String { "Fler rader" }
    var registerIntakeButton: String { "Registrera alla" }
    func intakeRegistered(_ count: Int) -> String { count == 1 ? "1 nyanställd har registrerats." : "\(count) nyanställda har registrerats." }
    var openIntake: String { "Börjar flera samtidigt? Registrera en grupp" }
}
