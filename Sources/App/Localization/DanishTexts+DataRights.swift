import GodstartCore

extension DanishTexts {
    var myDataContents: [String] {
        [
            "dit navn, dine kontaktoplysninger, roller og indstillinger",
            "de forløb, du er med i, og i dit eget forløb møderne med de noter, du må læse",
            "det, du har skrevet: logbog, procesjournaler, forberedelse, evalueringer og idéer",
            "samarbejdsaftalen, læringsmålene og lærings- og kompetenceplanen fra dit eget mentorforløb",
            "det, du har skrevet eller har ansvaret for i andres forløb: mødenoter, læringsmål, ændringer i planen, samarbejdsaftaler, svar og afkrydsninger på tjeklisten",
            "dine ansættelser, de grupper og netværk, du er med i, og det, du har lagt ind for organisationen",
            "de mails, Godstart har sendt dig, og det i adgangsloggen, der vedrører dig",
        ]
    }
    func archiveProgrammeOf(_ newcomer: String) -> String {
        newcomer.hasSuffix("s") || newcomer.hasSuffix("x") || newcomer.hasSuffix("z") ? "\(newcomer)' forløb" : "\(newcomer)s forløb"
    }
    func storageMonths(_ months: Int) -> String {
        months % 12 == 0 ? "\(months / 12) år" : (months == 1 ? "1 måned" : "\(months) måneder")
    }
    var erasureWhatHappens: [String] {
        [
            "Personens navn, e-mailadresse, telefonnummer og stillingsbetegnelse bliver fjernet, og personen kan ikke længere logge ind.",
            "Personens logbog, procesjournaler, forberedelse, svar på evalueringer og idéer bliver slettet. I personens eget forløb som nyansat bliver alle private tekster også slettet.",
            "Ansættelsen tæller stadig med i tallene for fastholdelse, men uden navn.",
            "Adgangsloggen bevarer det, der er sket, under »slettet person«. Sletningen kan ikke fortrydes.",
        ]
    }
}
