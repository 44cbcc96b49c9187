import GodstartCore

extension SwedishTexts {
    var myDataContents: [String] {
        [
            "ditt namn, dina kontaktuppgifter, roller och inställningar",
            "de program du deltar i och, i ditt eget program, mötena med de anteckningar som du får läsa",
            "det du har skrivit: loggbok, processanteckningar, förberedelse, utvärderingar och idéer",
            "samarbetsavtalet, lärandemålen och lärande- och kompetensplanen i ditt eget mentorsprogram",
            "det du har skrivit eller ansvarar för i andras program: mötesanteckningar, lärandemål, ändringar i planen, samarbetsavtal, svar och avbockningar på checklistan",
            "dina anställningar, de grupper och nätverk du deltar i och det du har lagt in för organisationen",
            "de mejl som Godstart har skickat till dig och det i åtkomstloggen som rör dig",
        ]
    }
    func archiveProgrammeOf(_ newcomer: String) -> String {
        newcomer.hasSuffix("s") || newcomer.hasSuffix("x") || newcomer.hasSuffix("z") ? "\(newcomer) program" : "\(newcomer)s program"
    }
    func storageMonths(_ months: Int) -> String {
        months % 12 == 0 ? "\(months / 12) år" : (months == 1 ? "1 månad" : "\(months) månader")
    }
    var erasureWhatHappens: [String] {
        [
            "Personens namn, e-postadress, telefonnummer och befattning tas bort, och hen kan inte längre logga in.",
            "Personens loggbok, processanteckningar, förberedelse, svar på utvärderingar och idéer raderas. I personens eget program som nyanställd raderas dessutom alla privata texter.",
            "Anställningen räknas fortfarande med i siffrorna för kvarstannande, men utan namn.",
            "Åtkomstloggen behåller det som har hänt, under ”raderad person”. Raderingen går inte att ångra.",
        ]
    }
}
