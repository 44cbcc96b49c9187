import GodstartCore

extension DanishTexts {
    var suggestionsHeading: String { "Forslag" }
    var suggestionsIntro: String {
        "Godstart rangerer kollegerne efter, hvor meget plads de har, om de har sagt ja til opgaven, om de er uddannet som mentor, hvilke områder de kender, og for kontaktperson og buddy, om de er i samme enhed. Lederen bliver aldrig foreslået. Vælg først enhed og leder, og skriv, hvad den nyansatte skal arbejde med."
    }
    var workAreasLabel: String { "Den nyansattes opgaver" }
    var workAreasHint: String { "Et par stikord, fx DUBU, underretninger, Signs of Safety." }
    var showSuggestionsButton: String { "Vis forslag" }
    func suggestionsFor(role: String) -> String { "Forslag til \(role.lowercased())" }
    var noSuggestions: String { "Der er ingen at foreslå." }
    func suggestionReason(_ reason: SuggestionReason) -> String {
        switch reason {
        case .freeCapacity(let n): n == 1 ? "plads til 1 mere" : "plads til \(n) mere"
        case .atCapacity: "ingen ledig plads"
        case .willing: "har sagt ja"
        case .notWilling: "har sagt nej indtil videre"
        case .trainedAsMentor: "uddannet mentor"
        case .sharedArea(let area): "kender \(area)"
        case .sameUnit: "samme enhed"
        case .otherUnit: "et andet team"
        }
    }
    var chooseSuggestionButton: String { "Vælg" }
    var aboveCapacity: String { "Har ikke plads til flere" }
    var overrideReasonLabel: String { "Begrundelse for et valg uden for reglerne" }
    var overrideReasonHint: String {
        "Kun hvis en, du vælger, ikke har plads til flere, ikke har sagt ja til at være mentor eller selv er i sit første år. Skriv mindst en sætning; begrundelsen står på forløbet og på siden Kolleger."
    }

    var navProfiles: String { "Kolleger" }
    var profilesTitle: String { "Kontaktpersoner, mentorer og buddyer" }
    var profilesIntro: String {
        "Det, du ved om hver kollega, når du vælger personerne omkring en nyansat: hvor mange nyansatte de kan have ad gangen (to, medmindre andet er aftalt), om de har sagt ja, og om de er uddannet som mentor. De områder, de kender, kommer fra oversigten over videnspersoner."
    }
    var capacityLabel: String { "Nyansatte ad gangen" }
    var capacityHint: String { "For hver rolle. Fem-seks nyansatte ad gangen har vist sig at være for mange." }
    var willingLabel: String { "Vil gerne være kontaktperson eller mentor" }
    var trainedLabel: String { "Uddannet mentor" }
    var areasColumn: String { "Kender" }
    var editProfile: String { "Ret" }
    var saveProfileButton: String { "Gem profilen" }
    var profileSaved: String { "Profilen er gemt." }
    var errorCapacity: String { "Skriv et helt tal fra 0 til 6." }
    var yes: String { "Ja" }
    var no: String { "Nej" }

    var intakeTitle: String { "Opret et hold af nyansatte" }
    var intakeIntro: String {
        "Flere nyansatte, der starter sammen. Skriv dem ind, og bed om ét samlet, afbalanceret forslag til kontaktpersoner, mentorer og buddyer til dem alle på én gang. Forslaget fordeler dem, så ingen får flere, end de har plads til. Ret de valg, du ved bedre om, før du opretter dem. Tomme rækker bliver sprunget over."
    }
    func intakeRow(_ number: Int) -> String { "Nyansat \(number)" }
    var intakeSuggested: String { "Valgene herunder er ét afbalanceret forslag til hele holdet. Tjek dem, og ret det, du ved bedre om." }
    var suggestIntakeButton: String { "Foreslå en afbalanceret fordeling" }
    var moreRowsButton: String { "Flere rækker" }
    var registerIntakeButton: String { "Opret dem alle" }
    func intakeRegistered(_ count: Int) -> String { count == 1 ? "1 nyansat er oprettet." : "\(count) nyansatte er oprettet." }
    var openIntake: String { "Starter flere sammen? Opret et hold" }
}
