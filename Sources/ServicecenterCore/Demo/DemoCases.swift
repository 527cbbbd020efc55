import Foundation

/// What a demo hand-over carries: a matter a citizen could have brought about its category,
/// and, where a sector would call or write back, call-back details that are plainly fictional.
///
/// Phone numbers come from 070-174 06 05 – 070-174 06 99, the series Post- och telestyrelsen
/// keeps for films and books (never given to a subscriber); e-mail addresses end in
/// example.com (RFC 2606). Drawn from a generator of its own per contact, so adding cases left
/// every other demo figure as it was.
extension DemoGenerator {
    /// `contact` with a matter and call-back details when it is forwarded; unchanged otherwise.
    func withCase(_ contact: Contact) -> Contact {
        guard case .forwarded = contact.resolution else { return contact }
        var random = SeededGenerator(seed: seed ^ Self.stableHash(contact.externalID ?? ""))
        var contact = contact
        let choices = Self.matters[contact.category] ?? Self.fallbackMatters
        contact.matter = choices[Int(random.next() % UInt64(choices.count))]
        contact.callback = Self.callback(for: contact, using: &random)
        return contact
    }

    /// How the sector reaches this citizen: by phone for phone calls and visits, often by
    /// e-mail for e-mail and sign language; now and then not at all (the citizen will call).
    static func callback(for contact: Contact, using random: inout SeededGenerator) -> Callback? {
        let roll = random.unit()
        guard roll < 0.9 else { return nil }
        let writes = contact.channel == .signLanguage || (contact.channel == .digital && contact.medium == .email)
        let phone = writes && roll < 0.6 ? nil : fictionalPhone(using: &random)
        let email = writes || roll < 0.2 ? fictionalEmail(using: &random) : nil
        let time = phone == nil ? nil : preferredTimes[Int(random.next() % UInt64(preferredTimes.count))]
        return Callback(phone: phone, email: email, preferredTime: time)
    }

    /// A number in PTS's fiction series 070-174 06 05 – 070-174 06 99.
    static func fictionalPhone(using random: inout SeededGenerator) -> String {
        let last = 5 + Int(random.next() % 95)
        return "070-174 06 \(last < 10 ? "0" : "")\(last)"
    }

    static func fictionalEmail(using random: inout SeededGenerator) -> String {
        let first = firstNames[Int(random.next() % UInt64(firstNames.count))]
        let last = lastNames[Int(random.next() % UInt64(lastNames.count))]
        return "\(first).\(last)@example.com"
    }

    /// FNV-1a over the id's bytes: the same number in every process (Swift's `hashValue` is not).
    static func stableHash(_ text: String) -> UInt64 {
        text.utf8.reduce(0xCBF2_9CE4_8422_2325) { ($0 ^ UInt64($1)) &* 0x0000_0100_0000_01B3 }
    }

    static let firstNames = ["anna", "erik", "fatima", "johan", "lena", "mohammed", "sara", "oskar", "amina", "per"]
    static let lastNames = ["andersson", "berg", "hassan", "karlsson", "lind", "nilsson", "ali", "svensson", "holm", "ek"]
    static let preferredTimes: [String?] = ["förmiddag", "eftermiddag", "efter kl. 15", "helst före lunch", nil, nil]

    static let fallbackMatters = [
        "Vill prata med en handläggare om sitt ärende och få besked om hur det går vidare.",
        "Har fått ett brev från förvaltningen och förstår inte vad som begärs; vill bli kontaktad.",
    ]

    /// A few matters per category, in the words a guide writes while the citizen talks.
    static let matters: [String: [String]] = [
        "bygglov": [
            "Vill bygga ett uterum på 15 kvm mot tomtgränsen; frågar om bygglov krävs och om grannens medgivande behövs.",
            "Planerar att byta fasad från trä till puts på villa i detaljplanelagt område; vill veta om det kräver lov.",
        ],
        "bygglov_arende": [
            "Sökte bygglov för garage för sex veckor sedan och har inte hört något; vill veta var ärendet står.",
            "Har fått begäran om komplettering men förstår inte vilken ritning som saknas.",
        ],
        "detaljplan": ["Undrar vad den nya detaljplanen för grannkvarteret betyder för utsikten och trafiken på gatan."],
        "karta": ["Behöver nybyggnadskarta för tomten inför bygglovsansökan; vill veta leveranstid och pris."],
        "bostadsanpassning": [
            "Mamma, 84 år, kan inte längre ta sig upp i badkaret; vill söka bidrag för att byta till dusch.",
            "Behöver ramp vid entrén efter en stroke; frågar vad som behövs till ansökan om bostadsanpassning.",
        ],
        "forskoleplats": [
            "Har sökt förskoleplats till augusti men inte fått erbjudande; vill veta plats i kön och möjliga förskolor.",
            "Flyttar till kommunen i mars och behöver förskoleplats till två barn från första april.",
        ],
        "forskola_avgift": ["Har fått faktura för förskola för en månad då barnet var uppsagt; vill ha den rättad."],
        "pedagogisk_omsorg": ["Undrar om det finns dagbarnvårdare med plats i Adolfsberg från hösten."],
        "skolval": [
            "Vill byta skola för sonen i årskurs 4 till en skola närmare nya bostaden; vill veta om det finns plats.",
            "Fick inte förstahandsvalet till förskoleklass och vill överklaga placeringen.",
        ],
        "skolskjuts": ["Dottern har fått avslag på skolskjuts trots 4 km skolväg längs landsväg; vill ha beslutet omprövat."],
        "fritids": ["Behöver fritidsplats från nästa vecka efter ny anställning med tidiga arbetspass."],
        "skolmat": ["Barnet har nyupptäckt celiaki; vill veta hur specialkost ordnas och vilket intyg skolan behöver."],
        "elevhalsa": ["Oroad förälder: sonen har varit borta från skolan i tre veckor; vill prata med elevhälsan."],
        "gymnasieval": ["Flyttar hit mitt i terminen; vill veta hur byte till gymnasieskola i kommunen går till."],
        "vuxenutbildning": ["Vill läsa upp matematik 2 på komvux till hösten; frågar om ansökan och studiestart."],
        "studiehjalp": ["Har sökt inackorderingstillägg men inte fått besked; flytten till skolorten sker om två veckor."],
        "ekonomiskt_bistand": [
            "Har sökt ekonomiskt bistånd för december och undrar när beslut kommer; hyran ska betalas den 30:e.",
            "Har fått avslag på bistånd till tandvård och vill veta hur man överklagar.",
        ],
        "akut_bistand": ["Har inga pengar till mat över helgen efter försenad lön; behöver akut hjälp i dag."],
        "barn_familj": ["Vill ha kontakt med familjebehandlare om konflikter hemma med tonårsdotter."],
        "familjeratt": ["Vill boka samarbetssamtal om umgänge efter separation."],
        "skuldradgivning": ["Har flera skulder hos Kronofogden och vill boka tid hos budget- och skuldrådgivare."],
        "missbruk": ["Anhörig orolig för vuxen son med alkoholproblem; vill veta vilket stöd som finns."],
        "vald_i_nara_relation": ["Behöver prata med socialtjänsten om skyddat boende; vill bli kontaktad på säkert sätt."],
        "hemtjanst": [
            "Pappa är utskriven från sjukhuset och behöver hjälp med dusch och inköp; vill ansöka om hemtjänst.",
            "Hemtjänsten kommer vid olika tider varje dag; vill prata med enhetschef om planeringen.",
        ],
        "hemtjanst_avgift": ["Avgiften för hemtjänst har höjts och stämmer inte med antalet timmar; vill ha den prövad."],
        "trygghetslarm": ["Vill ansöka om trygghetslarm till 90-årig mamma som bor ensam."],
        "sarskilt_boende": ["Har ansökt om särskilt boende för maken med demens; undrar hur lång väntetiden är."],
        "anhorigstod": ["Vårdar make med Parkinson och vill veta om avlösning och anhöriggrupper."],
        "fardtjanst": [
            "Har fått avslag på färdtjänst trots att hon använder rullator; vill överklaga.",
            "Färdtjänstkortet har inte kommit trots beviljat tillstånd för tre veckor sedan.",
        ],
        "lss": ["Vill ansöka om personlig assistans för sonen med autism; frågar vad som ska bifogas."],
        "ledsagning": ["Behöver ledsagare till läkarbesök varannan vecka; vill veta hur man ansöker."],
        "parkeringstillstand": ["Har sökt parkeringstillstånd för rörelsehindrad i augusti men inte fått beslut."],
        "parkering": ["Har fått en felparkeringsavgift på egen gård och vill bestrida den."],
        "gata_fel": [
            "Gatubelysningen på hela gatan har varit släckt i en vecka; vill veta när den lagas.",
            "Stort hål i asfalten vid busshållplatsen; cyklist har redan fallit där.",
        ],
        "snorojning": ["Gång- och cykelvägen till skolan har inte plogats på två dagar; barn går i bilvägen."],
        "vatten_avlopp": [
            "Lågt vattentryck i fastigheten sedan i måndags; grannarna har samma problem.",
            "Vatten tränger upp i källarens golvbrunn vid regn; vill att kommunen kontrollerar servisen.",
        ],
        "vattenfaktura": ["Fakturan för vatten är tre gånger högre än förra kvartalet; misstänker fel avläst mätare."],
        "avfall": [
            "Soptunnan har inte tömts på tre veckor trots felanmälan; vill ha besked om när den töms.",
            "Vill byta till mindre kärl och glesare hämtning; frågar vad det kostar och när det kan ändras.",
        ],
        "atervinning": ["Vill beställa hämtning av grovavfall efter dödsbo; frågar om pris och datum."],
        "parker_lek": ["Trasig gunga på lekplatsen i parken med vass kant; vill att den tas bort innan någon skadas."],
        "livsmedel": ["Ska öppna kafé i april och behöver registrera livsmedelsanläggningen; frågar om handlingar och avgift."],
        "miljoklagomal": ["Störande buller från fläkt på restaurangens tak dygnet runt; vill göra klagomål."],
        "enskilt_avlopp": ["Ska byta enskilt avlopp på landet; vill veta vad ansökan ska innehålla och handläggningstid."],
        "halsoskydd": ["Ska öppna tatueringsstudio; frågar om anmälan och inspektion innan start."],
        "bibliotek": ["Har fått krav på ersättning för bok som hon menar är återlämnad; vill att biblioteket utreder."],
        "bad_idrott": ["Förening vill boka idrottshall torsdagskvällar under vårterminen."],
        "forening": ["Förening undrar varför aktivitetsbidraget inte betalats ut; ansökan skickades i februari."],
        "kulturskola": ["Barnet har stått i kö till fiol i två år; vill veta plats i kön."],
        "fritidsgard": ["Vill anmäla sonen till sommarlovsaktiviteter; anmälan i e-tjänsten fungerar inte."],
        "arbetsmarknad": ["Har fått praktikplats via kommunen men vet inte när den börjar; vill prata med sin coach."],
        "etablering": ["Nyanländ familj vill anmäla sig till samhällsorientering på arabiska."],
        "bostad": ["Akut bostadslös efter separation; vill veta om kommunen kan hjälpa med tillfälligt boende."],
        "overformyndare": ["God man har inte lämnat årsräkning för brodern; vill anmäla det till överförmyndaren."],
        "kommunfaktura": ["Har betalat fakturan men fått påminnelse; vill att betalningen letas upp och avgiften tas bort."],
        "synpunkt": ["Vill lämna klagomål på bemötandet vid besök på förvaltningen och få svar från ansvarig chef."],
        "allman_handling": ["Begär ut beslut och protokoll från nämndens sammanträde i oktober."],
        "politik": ["Vill lämna medborgarförslag om farthinder på bostadsgatan och veta hur det behandlas."],
        "vaxel": ["Söker sin handläggare, som lovat återkomma förra veckan; vill bli uppringd av henne."],
        "e_legitimation": ["Kan inte logga in i e-tjänsten för bygglov med BankID; felkod vid varje försök."],
        "val": ["Röstkortet har skickats till gammal adress; vill veta var hon kan rösta."],
        "vigsel": ["Vill boka borgerlig vigsel i stadshuset en lördag i juni."],
        "naringsliv": ["Företagare vill ha hjälp att få rätt tillstånd för uteservering inför sommaren."],
        "krisberedskap": ["Vill veta var det finns trygghetspunkter i stadsdelen vid längre strömavbrott."],
        "ovrigt": ["Vill ha kontakt med rätt handläggare om ett ärende som inte passar någon ärendetyp."],
    ]
}
