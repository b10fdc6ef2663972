"""A small civic thesaurus: Dutch and English word stems grouped into concepts.

Used three ways: the keyword fallback counts concepts per theme; the classifiers get a
`c_<concept>` feature per word and phrase (nlp/features.py), so they generalise from
"lantaarnpaal" to "lichtmast" or "street light"; and the FAQ index matches on concepts too.
Entries are word prefixes (a normalised word starting with one matches) unless they end in
"$" (whole word only); entries with a space are phrases.
"""

from __future__ import annotations

from functools import lru_cache

from nlp.text import normalize, words

# fmt: off
CONCEPTS: dict[str, tuple[str, tuple[str, ...]]] = {
    "geluid": ("overlast", (
        "herrie", "lawaai", "geluid", "muziek", "bassen", "dreun", "kabaal", "keihard",
        "luidruchtig", "schreeuw", "gillen$", "tv$", "noise", "noisy", "loud", "music", "gekrijs",
        "krijs", "toeter", "bonk", "gebonk", "boren$", "timmer", "feest", "party", "knallen$",
        "versterkt",
    )),
    "groep": ("overlast", (
        "hangjongeren", "jongeren", "jongens$", "jeugd", "groepje", "hangplek", "hangen$",
        "rondhangen", "youths", "teenagers", "loiter", "intimid", "schelden", "scheldt",
        "lastig$", "lastigvallen", "naroepen",
    )),
    "drugs": ("overlast", (
        "drugs", "deal", "wiet", "blow", "lachgas", "coke", "cocaine", "verslaafd", "junk",
        "spuiten$", "drug",
    )),
    "dier": ("overlast", (
        "hond$", "honden", "blaf", "kat$", "katten", "poes", "papegaai", "haan$", "hanen",
        "kraai", "dog$", "dogs$", "barking", "cat$", "cats$", "parrot", "rooster", "duif",
        "duiven", "meeuw", "ganzen", "pigeon", "seagull",
    )),
    "ongedierte": ("overlast", (
        "rat$", "ratten", "muis$", "muizen", "kakkerlak", "wesp", "ongedierte", "rats$", "mice",
        "cockroach", "pest", "vlooien", "bedwants", "zilvervis", "processierups",
    )),
    "poep": ("overlast", (
        "hondenpoep", "poep", "uitwerpselen", "drollen", "drol$", "kak$", "plassen$", "plast$",
        "urine", "wildplas", "dog poo", "dog mess", "poo$",
    )),
    "vuurwerk": ("overlast", (
        "vuurwerk", "strijker", "cobra", "knalvuurwerk", "fireworks", "firework",
        "carbidschieten",
    )),
    "stank": ("overlast", (
        "stank", "stinkt", "stinken", "geur", "rioollucht", "smell", "stench", "stinks",
        "houtstook", "rook van", "barbecue rook", "frituur",
    )),
    "vandalisme": ("overlast", (
        "vernield", "vernielen", "vernieling", "vandal", "gesloopt", "slopen$", "bekrast",
        "ingegooid", "kapotgemaakt", "beschadigd door", "smashed", "sloop", "vandalism",
    )),
    "buren": ("overlast", (
        "buren", "buurman", "buurvrouw", "bovenburen", "onderburen", "benedenburen", "overburen",
        "neighbour", "neighbor", "next door", "upstairs", "downstairs",
    )),
    "horeca": ("overlast", (
        "kroeg", "cafe$", "bar$", "terras", "horeca", "shisha", "snackbar", "kebab", "restaurant",
        "disco", "club$", "nachtclub", "feestzaal",
    )),
    "diefstal": ("overlast", (
        "gestolen", "diefstal", "inbraak", "ingebroken", "opengebroken", "dief", "stolen",
        "burgl", "theft", "zakkenroll", "beroofd",
    )),
    "dronken": ("overlast", (
        "dronken", "alcohol", "bier$", "blikjes bier", "zuipen", "drunk", "beschonken",
    )),
    "snelheid": ("verkeer", (
        "hard rijden", "te hard", "racen", "racet", "scheuren", "scheurt", "snelheid", "speeding",
        "too fast", "rijden als", "km per uur", "kilometer per uur", "flitspaal",
        "snelheidsmeting", "hardrijders", "sluiproute", "sluipverkeer",
    )),
    "parkeren": ("verkeer", (
        "parkeer", "parkeren", "geparkeerd", "parkeert", "parking", "parked", "park on",
        "dubbel geparkeerd", "p+r", "parkeerplek", "parkeervak", "vergunninghouder",
        "invalidenparkeer", "gehandicaptenparkeer", "gehandicaptenkaart", "blauwe zone",
        "laadpaal", "laadpunt",
    )),
    "oversteek": ("verkeer", (
        "oversteek", "oversteken", "zebrapad", "zebra", "kruising", "kruispunt", "rotonde",
        "crossing", "junction", "roundabout", "voorrang", "afslag", "bocht", "onoverzichtelijk",
        "overweg", "spoorwegovergang", "spoorbomen",
    )),
    "verkeerslicht": ("verkeer", (
        "stoplicht", "verkeerslicht", "traffic light", "knoppaal", "drukknop", "rood licht",
        "door rood",
    )),
    "verkeersbord": ("verkeer", (
        "verkeersbord", "stopbord", "bord$", "borden$", "wegmarkering", "belijning",
        "haaientanden", "sign$", "road sign", "eenrichting", "one-way",
    )),
    "voertuig": ("verkeer", (
        "auto$", "auto's", "autos", "automobilist", "bestuurder", "vrachtwagen", "vrachtverkeer",
        "bus$", "bussen", "busbaan", "taxi", "scooter", "brommer", "motor$", "motoren",
        "motorrijder", "bestelbus", "busje", "car$", "cars$", "truck", "lorry", "van$", "vans$",
        "moped", "tractor", "deelscooter", "caravan", "aanhanger", "camper", "tram$",
    )),
    "fiets": ("verkeer", (
        "fietser", "fietspad", "fietsstraat", "fietsenrek", "fietsenstalling", "fietswrak",
        "weesfiets", "fietsen$", "fiets$", "bike", "bicycle", "cyclist", "cycle path", "bakfiets",
        "e-bike", "wrak$",
    )),
    "maatregel": ("verkeer", (
        "drempel", "verkeersdrempel", "30 km", "30-zone", "30 zone", "verkeersmaatregel",
        "speed bump", "paaltjes", "afsluiten voor verkeer", "verkeersveilig", "verkeersonveilig",
        "verkeer$", "traffic",
    )),
    "feest": ("initiatief", (
        "buurtfeest", "straatfeest", "burendag", "barbecue", "bbq", "festival", "kerstmarkt",
        "rommelmarkt", "koningsdag", "buitenspeeldag", "street party", "block party", "evenement",
        "buurtmaaltijd", "zomerfeest", "optreden",
    )),
    "groen_initiatief": ("initiatief", (
        "geveltuin", "moestuin", "pluktuin", "buurttuin", "voedselbos", "bijenhotel",
        "bloemenweide", "plantenbak", "planters", "vergroen", "adopteren", "adopt", "steenbreek",
        "tegels eruit", "facade garden", "community garden", "boomspiegel", "tuinieren", "zaaien",
    )),
    "idee": ("initiatief", (
        "idee", "voorstel", "initiatief", "plan$", "plannen", "organiseren", "opzetten",
        "oprichten", "beginnen met", "starten", "idea", "initiative", "organise", "organize",
        "set up", "minibieb", "ruilbieb", "repair cafe", "kunstwerk", "muurschildering", "mural",
        "taalcafe", "buurtkoor", "samen met de buurt", "met de buren", "vrijwilliger",
        "volunteer",
    )),
    "budget": ("initiatief", (
        "subsidie", "budget", "bewonersbudget", "initiatievenfonds", "fonds$", "financiering",
        "geld voor", "bijdrage", "funding", "grant", "sponsor",
    )),
    "preventie": ("initiatief", (
        "buurtpreventie", "buurtwacht", "whatsapp", "buurtapp", "preventieteam",
        "neighbourhood watch", "rondes lopen", "surveilleren",
    )),
    "container": ("afval", (
        "container", "kliko", "minicontainer", "glasbak", "papierbak", "textielbak", "afvalbak",
        "prullenbak", "vuilnisbak", "bak$", "bakken$", "bin$", "bins$", "wheelie", "afvalpas",
        "containerpas", "milieupas", "pasje",
    )),
    "afval": ("afval", (
        "afval", "vuilnis", "vuil$", "huisvuil", "restafval", "gft", "pmd", "plastic", "karton",
        "papier", "glas$", "textiel", "rommel", "troep", "zwerfvuil", "zwerfafval", "litter",
        "rubbish", "garbage", "trash", "waste", "vuilniszak", "zakken", "bags$", "blikjes",
        "peuken", "flesjes", "snoeiafval", "tuinafval", "bouwafval", "puin", "frituurvet",
    )),
    "grofvuil": ("afval", (
        "grofvuil", "grof afval", "grof huisvuil", "matras", "bankstel", "bank op", "koelkast",
        "wasmachine", "meubels", "kast$", "bulky", "sofa", "mattress", "fridge", "dump",
        "gedumpt", "achtergelaten spullen", "milieustraat", "afvalbrengpunt",
    )),
    "ophalen": ("afval", (
        "ophalen", "opgehaald", "ophaaldag", "geleegd", "legen$", "overgeslagen", "vuilniswagen",
        "vuilnisman", "afvalkalender", "vuilnismannen", "collected", "collection", "emptied",
        "pick up", "picked up",
    )),
    "verlichting": ("openbare_ruimte", (
        "lantaarn", "lantaren", "straatlamp", "straatverlichting", "lichtmast", "verlichting",
        "licht$", "lamp$", "lampen", "streetlight", "street light", "street lamp", "lamppost",
        "brandt niet", "geen licht", "donker$", "aardedonker",
    )),
    "bestrating": ("openbare_ruimte", (
        "stoeptegel", "tegel", "bestrating", "klinkers", "stoep$", "trottoir", "wegdek", "asfalt",
        "gat in", "gaten in", "kuil", "verzakt", "verzakking", "scheef", "struikel", "pothole",
        "paving", "pavement", "sidewalk", "hobbel", "wortels", "opgedrukt",
    )),
    "groen": ("openbare_ruimte", (
        "gras$", "grasveld", "maaien", "gemaaid", "onkruid", "distels", "brandnetels",
        "berenklauw", "struiken", "bosjes", "heg$", "haag$", "berm$", "plantsoen", "park$",
        "perk$", "overwoekerd", "snoei", "grass", "weeds", "mowed", "mown", "hedge", "bladeren",
        "blad$", "leaves",
    )),
    "boom": ("openbare_ruimte", (
        "boom$", "bomen", "tak$", "takken", "kappen", "kapvergunning", "gekapt", "omzagen",
        "stam$", "kastanje", "eik$", "eiken", "linde", "populier", "wilg", "walnoot", "tree$",
        "trees$", "branch", "felling", "cut down", "omgewaaid", "omgevallen",
    )),
    "speelplek": ("openbare_ruimte", (
        "speeltuin", "speeltoestel", "schommel", "glijbaan", "zandbak", "klimrek", "wip$",
        "trapveld", "speelveld", "basketbal", "playground", "swing$", "slide$", "waterpomp",
    )),
    "water": ("openbare_ruimte", (
        "riool", "putje", "putdeksel", "kolk", "afvoer", "wateroverlast", "blank$", "onder water",
        "plas$", "plassen water", "sloot", "vijver", "gracht", "duiker", "kademuur", "drain",
        "sewer", "flood", "fontein", "stilstaand water",
    )),
    "meubilair": ("openbare_ruimte", (
        "bankje", "bank in het park", "bench", "hek$", "hekwerk", "leuning", "paal$", "paaltje",
        "brug$", "bruggetje", "trap$", "straatnaambord", "fence", "railing", "bridge",
        "prullenbak aan",
    )),
    "graffiti": ("openbare_ruimte", (
        "graffiti", "bekladding", "beklad", "tags$", "gespoten", "spray",
    )),
    "glad": ("openbare_ruimte", (
        "gladheid", "strooien", "gestrooid", "ijzel", "sneeuw", "icy", "slippery",
    )),
    "zorgen": ("zorg", (
        "zorgen om", "zorgen over", "zorgen maak", "ongerust", "bezorgd", "worried", "concerned",
        "niet goed met", "niet meer gezien", "niet gezien", "gordijnen dicht", "post stapelt",
        "doet niet open", "doet de deur niet",
    )),
    "eenzaam": ("zorg", (
        "eenzaam", "eenzaamheid", "alleen$", "alleenstaand", "niemand", "lonely", "loneliness",
        "isolement", "geisoleerd", "maatje", "ontmoeten", "aanspraak", "meet people",
        "koffieochtend", "inloop", "clubs",
    )),
    "verward": ("zorg", (
        "verward", "dement", "dementie", "alzheimer", "vergeetachtig", "de weg kwijt",
        "in de war", "confused", "herkent", "recognise", "recognize", "dwaalt",
        "wandelt 's nachts",
    )),
    "verwaarlozing": ("zorg", (
        "verwaarloos", "vervuild", "vervuiling", "verzamel", "hoarding", "hoarder", "neglect",
        "mager", "vermagerd", "eet niet", "vieze kleren", "vies huis",
    )),
    "hulp": ("zorg", (
        "wijkteam", "buurtteam", "sociaal team", "hulp nodig", "hulp bij", "ondersteuning",
        "mantelzorg", "thuiszorg", "wmo", "huishoudelijke hulp", "support", "help at home",
        "care$", "zorg$", "rolstoel", "scootmobiel", "maatschappelijk werk", "help nodig",
        "red het niet",
    )),
    "psyche": ("zorg", (
        "psychisch", "depress", "somber", "stress", "burn-out", "burnout", "angst", "paniek",
        "huilen", "huilt", "mental", "suicid", "zelfmoord", "overspannen", "drink steeds",
        "drinkt veel", "verslaving", "gokken", "uitzichtloos",
    )),
    "kwetsbaar": ("zorg", (
        "ouder$", "oudere", "ouderen", "bejaard", "senior", "elderly", "oma$", "opa$",
        "mevrouw van", "meneer van", "dakloos", "dakloze", "nergens heen", "op straat slapen",
        "homeless", "slaapt buiten", "kinderen alleen", "huiselijk geweld", "veilig thuis",
        "alleenstaande moeder", "schulden", "rondkomen", "voedselbank", "geldzorgen", "debt",
    )),
    "huur": ("wonen", (
        "huurwoning", "huurhuis", "huur$", "huurder", "verhuurder", "huisbaas",
        "corporatie", "woningcorporatie", "woningbouw", "mitros", "portaal", "bo-ex", "woongoed",
        "huurcommissie", "huurverhoging", "servicekosten", "borg$", "landlord", "rent$", "rented",
        "tenant", "housing association", "vve", "studentenhuis", "kamer huren", "onderhuur",
    )),
    "gebrek": ("wonen", (
        "schimmel", "vocht", "vochtig", "lekkage", "lekt", "lek$", "cv-ketel", "cv ketel",
        "ketel", "verwarming", "radiator", "warm water", "stroom valt", "stroomstoring",
        "kortsluiting", "groepenkast", "tocht", "kozijn", "houtrot", "ventilatie", "plafond",
        "mould", "mold", "damp", "leak", "heating", "boiler", "lift$", "reparatie", "repair",
    )),
    "woning_zoeken": ("wonen", (
        "woning zoeken", "huis zoeken", "woningzoekend", "woningnet", "sociale huur", "urgentie",
        "wachtlijst", "wachttijd", "inschrijven voor een", "starterswoning", "seniorenwoning",
        "social housing", "find a home", "woonruimte", "een huis", "ander huis", "groter huis",
    )),
    "bouwen": ("wonen", (
        "verbouw", "aanbouw", "uitbouw", "dakkapel", "bouwvergunning", "omgevingsvergunning",
        "muur doorbreken", "draagmuur", "koopwoning", "eigen huis", "eigen woning",
        "zonnepanelen", "isolatie", "isoleren", "verduurzam", "schutting", "renovatie", "b&b",
        "bed & breakfast", "bed and breakfast", "extension", "renovat",
    )),
    "document": ("overig", (
        "paspoort", "id-kaart", "id kaart", "identiteitskaart", "rijbewijs", "vog$",
        "verklaring omtrent", "uittreksel", "geboorteakte", "passport", "id card",
        "driving licence", "brp",
    )),
    "gemeente_dienst": ("overig", (
        "belasting", "ozb", "woz", "aanslag", "kwijtschelding", "bezwaar", "uitkering",
        "bijstand", "afspraak", "balie", "loket", "openingstijden", "opening hours",
        "stadskantoor", "gemeentehuis", "stadhuis", "town hall", "city office", "telefoonnummer",
        "bellen naar", "verkiezing", "stemmen$", "trouwen", "vacature", "parkeerboete", "boete",
        "tax$", "taxes",
    )),
    "verhuizen": ("overig", (
        "verhuis", "verhuizen", "verhuizing", "adreswijziging", "nieuwe adres", "inschrijven op",
        "moving house", "new address", "move to",
    )),
    "gesprek": ("overig", (
        "hallo$", "hoi$", "hey$", "goedemorgen", "goedemiddag", "goedenavond", "bedankt",
        "dank je", "dankjewel", "thanks", "thank you", "hello", "hi$", "doei", "fijne dag",
        "top$", "super$", "ok$", "oke$",
    )),
    "bot": ("overig", (
        "chatbot", "bot$", "robot", "wijkbot", "privacy", "gegevens", "persoonsgegevens",
        "wissen", "verwijderen", "data$", "officieel kanaal", "extern bedrijf", "ben jij",
        "wie ben", "mens spreken", "medewerker spreken", "human",
    )),
    "klacht_gemeente": ("overig", (
        "duurt zo lang", "geen antwoord", "niemand belt", "klacht over", "reactie van jullie",
        "antwoord van jullie", "slechte service", "service", "terugbellen",
        "status van mijn melding", "mijn melding",
    )),
}
# fmt: on


@lru_cache(maxsize=1)
def _index() -> tuple[dict[str, str], dict[str, str], list[tuple[str, str]]]:
    exact: dict[str, str] = {}
    prefix: dict[str, str] = {}
    phrases: list[tuple[str, str]] = []
    for concept, (_, entries) in CONCEPTS.items():
        for entry in entries:
            key = normalize(entry)
            if " " in key.rstrip("$"):
                phrases.append((" " + key.rstrip("$"), concept))
            elif key.endswith("$"):
                exact[key[:-1]] = concept
            else:
                prefix[key] = concept
    return exact, prefix, phrases


@lru_cache(maxsize=200_000)
def word_concept(word: str) -> str | None:
    """The concept of one word (already a single word: see `word_concepts` for a token)."""
    exact, prefix, _ = _index()
    hit = exact.get(word)
    if hit is None:
        for k in range(min(len(word), 16), 2, -1):
            hit = prefix.get(word[:k])
            if hit:
                break
    return hit


def concepts(text: str) -> list[str]:
    """Concept names found in `text`, in order of first appearance, without repeats."""
    return list(_concepts(text))


@lru_cache(maxsize=32_768)
def _concepts(text: str) -> tuple[str, ...]:
    """Concept names found in `text`, in order of first appearance, without repeats."""
    found: dict[str, None] = {}
    tokens = words(text)
    for word in tokens:
        hit = word_concept(word)
        if hit:
            found.setdefault(hit)
    by_first_word = _phrases_by_first_word()
    candidates = [p for word in set(tokens) for p in by_first_word.get(word, ())]
    if candidates:
        joined = " " + " ".join(tokens) + " "
        for phrase, concept in candidates:
            if phrase in joined:
                found.setdefault(concept)
    return tuple(found)


@lru_cache(maxsize=1)
def _phrases_by_first_word() -> dict[str, list[tuple[str, str]]]:
    index: dict[str, list[tuple[str, str]]] = {}
    for phrase, concept in _index()[2]:
        index.setdefault(phrase.split()[0], []).append((phrase + " ", concept))
    return index


def concept_theme(concept: str) -> str:
    return CONCEPTS[concept][0]


def word_concepts(token: str) -> list[str]:
    """Concepts of the words in one token (a spaCy token: "auto's", "e-bike", "lantaarnpaal")."""
    found: list[str] = []
    for word in words(token):
        hit = word_concept(word)
        if hit and hit not in found:
            found.append(hit)
    return found


def phrase_concepts() -> list[tuple[tuple[str, ...], str]]:
    """The lexicon's phrases as (words, concept)."""
    return [(tuple(phrase.split()), concept) for phrase, concept in _index()[2]]
