import pytest

from nlp.urgency import assess

URGENT = [
    "Er staat een auto in brand op de parkeerplaats!",
    "ik ruik gas in het trappenhuis",
    "Man met een mes bedreigt mensen bij het station",
    "Mijn buurman ligt bewusteloos in de tuin en ademt niet",
    "fietser aangereden op de kruising, hij ligt op de grond",
    "Iemand staat op de brug en zegt dat hij wil springen",
    "Ik hoor de buurman zijn vrouw slaan, ze gilt om hulp",
    "Er wordt op dit moment ingebroken bij de buren",
    "een kind is in de vijver gevallen en komt niet boven",
    "mijn vriend heeft me net geslagen en ik heb me opgesloten",
    "there's a fight outside and someone has a knife",
    "I smell gas in the hallway",
    "er ligt een stroomkabel op straat en er komen vonken uit",
]

NOT_URGENT = [
    "het is een ramp met het afval in onze straat",
    "levensgevaarlijke oversteek bij de school, graag een zebrapad",
    "die kruising is een ongeluk dat wacht om te gebeuren",
    "wachten tot er een kind wordt aangereden?",
    "de lantaarnpalen branden de hele dag",
    "ik kan de buren wel vermoorden met hun muziek",
    "de brandgang achter ons huis staat vol brandnetels",
    "bijna aangereden door een scooter op het zebrapad",
    "lekke banden gestoken bij de school",
    "vorig jaar was er een ernstig ongeluk op deze plek, graag een drempel",
    "we willen een cursus reanimatie in het buurthuis",
    "wespennest bij de speeltuin, kinderen worden gestoken",
    "de woningcorporatie reageert niet op mijn reparatieverzoek",
]


@pytest.mark.parametrize(
    "text",
    [
        "De buren hebben nu om 3 uur 's nachts nog steeds een keihard feest",
        "Vannacht is er bij ons ingebroken, de achterdeur is opengebroken",
        "Loud party next door right now, it's 2 am",
    ],
)
def test_acute_but_not_life_threatening(text: str) -> None:
    verdict = assess(text)
    assert verdict.acute and not verdict.urgent


def test_lemmas_widen_the_net() -> None:
    assert not assess("ze overvielen de kiosk").urgent
    assert assess("ze overvielen de kiosk", lemmas=["ze", "overvallen", "de", "kiosk"]).urgent


@pytest.mark.parametrize(
    "text",
    [
        "mijn buurman ligt bewustelos in de gang",
        "onze koolmonnoxidemelder piept en mijn man is duizelig",
    ],
)
def test_one_typo_in_an_alarming_word_is_still_urgent(text: str) -> None:
    assert assess(text).urgent


def test_typo_tolerance_leaves_ordinary_words_alone() -> None:
    assert not assess("het is gewoon een gewone dinsdag, alles is rustig").urgent


def test_noise_last_week_is_not_acute() -> None:
    assert not assess("de buren hadden vorige week een feest tot 3 uur 's nachts").acute


# Emergencies in freer wording: words further apart, symptoms described rather than named,
# subordinate clauses, progressive English forms (checked after they were missed once).
URGENT_FREER = [
    'ik ruik heel sterk gas in het trappenhuis',
    'het ruikt hier naar gas in de hele portiek',
    'gas lucht bij de meterkast, wat moet ik doen',
    "there's a strong gas smell in our building",
    'it smells like gas in the hallway',
    'someone is breaking into the car across the street right now',
    'er zijn twee mannen bezig een auto open te breken voor mijn deur',
    'iemand klimt nu via het balkon de woning van de buren in',
    'somebody is trying to break into my neighbours house',
    'klein kind alleen op de rand van de gracht, geen ouder te zien',
    'er loopt een peuter in zijn eentje op de provinciale weg',
    'een kind is door het ijs gezakt bij de vijver',
    'a little boy fell into the canal and is not coming up',
    'de keuken van de bovenburen staat in de fik',
    'er komt zwarte rook onder de deur van de benedenburen vandaan',
    'there is a fire in the apartment next door',
    'the car park is on fire',
    'de afvalcontainer bij de school brandt, vlakbij de gevel',
    'man met een pistool bij de ingang van de supermarkt',
    'er zwaait iemand met een groot mes in de tram',
    'a guy is waving a knife at people outside the station',
    'ze zijn elkaar aan het afslaan voor het café, iemand ligt al op de grond',
    'a group is kicking a man on the ground',
    'mijn vriend slaat me en ik durf niet naar buiten',
    'my husband is hitting me please help',
    'de buurman mishandelt zijn hond en nu ook zijn vrouw, ik hoor haar schreeuwen',
    'mijn opa is ineens in elkaar gezakt en reageert niet',
    'er ligt een vrouw op straat die niet meer ademt',
    "my dad collapsed and he's not breathing",
    'mijn buurjongen heeft pillen geslikt en is suf en praat onsamenhangend',
    'iemand heeft een epileptische aanval in de bus',
    'man op de fiets geschept door een bestelbus, hij ligt op de weg',
    'auto tegen een boom, de bestuurder zit bekneld',
    'a cyclist got hit by a truck and is lying on the road',
    'mijn zus stuurt me dat ze er een eind aan wil maken',
    'er staat een jongen op de brug en hij wil springen',
    "my friend texted that she's going to kill herself tonight",
    'iemand staat op het dak van de flat en dreigt te springen',
    'de gevel van het oude pand stort in, er lopen mensen onder',
    'er hangt een stroomkabel op de stoep na de storm, hij vonkt',
    'there is a live electrical wire hanging down on the street',
    'ik word achtervolgd door een man en ik ben bang',
    'een meisje wordt een auto in getrokken bij het park',
    'the man next door is threatening to kill his wife',
    'hij is in de gracht gevallen en kan niet zwemmen',
    'baby alleen in een hete auto op de parkeerplaats van de albert heijn',
    'de buurvrouw is van de trap gevallen, ze bloedt uit haar hoofd en reageert niet',
    'mijn moeder krijgt geen lucht meer',
    'er is net een explosie geweest in de straat, ramen zijn kapot',
    'overval op de juwelier, ze hebben wapens',
    'hulp! er is iemand neergestoken bij de snackbar',
    'er hangt een brandlucht en ik zie vlammetjes achter het raam van nummer 14',
    'help mijn keuken staat vol rook en het alarm gaat',
    'flat 3 hoog: rook komt uit de ventilatie, mensen op de galerij',
    "our neighbours' garage is burning and there may be people inside",
    'het stinkt hier enorm naar gas sinds een uur, de monteur is er niet',
    'ik denk dat er een gaslek is in de kelder, je ruikt het overal',
    'smell of gas is really strong near the playground',
    'twee gasten met bivakmutsen proberen de voordeur van de overburen te forceren',
    'er is iemand in ons huis, ik hoor beneden voetstappen en ik ben alleen',
    "I can see someone climbing through my neighbour's window at this moment",
    'er rijdt een auto met grote snelheid het winkelcentrum in, mensen liggen op de grond',
    'vrouw van de fiets gevallen, hoofd op de stoeprand, ze is niet bij bewustzijn',
    'mijn baby ademt heel raar en wordt blauw',
    'oude man in de supermarkt grijpt naar zijn borst en zakt in elkaar',
    "my neighbour is lying at the bottom of the stairs and won't wake up",
    'a woman is having a seizure at the bus stop',
    'mijn buurman heeft gezegd dat hij zichzelf vannacht van het leven gaat beroven',
    'ik wil er niet meer zijn, ik heb de pillen al klaarliggen',
    "I don't want to live anymore",
    'er slaat een man een vrouw midden op straat, ze huilt',
    'ze trekken een jongen van zijn fiets en schoppen hem',
    "there's a fight with bottles outside the bar, someone is bleeding",
    'mijn ex staat voor de deur met een honkbalknuppel en schreeuwt dat hij me pakt',
    "my neighbour is screaming and I hear things breaking, I think he's hurting her",
    'een jongetje van een jaar of drie staat helemaal alleen bij het water in het park',
    'a toddler is walking alone on the tram tracks',
    'man met een vuurwapen op het schoolplein',
    'iemand schiet met een luchtbuks op voorbijgangers',
    'a man pulled a knife on the bus driver',
    'er ligt een boom over de weg en er zit iemand vast in zijn auto',
    'de balkonvloer van de bovenburen is naar beneden gekomen, er lag iemand onder',
    'stroomdraden hangen los over het fietspad en vonken',
    'een vrachtwagen is op een fietser ingereden, veel bloed',
    'scooterrijder onderuit en blijft liggen, hij beweegt niet',
    'auto ondersteboven in de sloot, ik zie niemand uitstappen',
    'iemand is in het kanaal gesprongen en komt niet meer boven',
    'er wordt een meisje lastiggevallen en meegetrokken door twee mannen',
    'help, mijn zoontje heeft schoonmaakmiddel gedronken',
]

NOT_URGENT_MORE = [
    'het is een drama met de parkeerplekken hier',
    'die kruising is levensgevaarlijk, er moet echt een zebrapad komen',
    'die containers zijn echt een bom van stank in de zomer',
    'vorige week is er bij ons ingebroken, de politie is al geweest',
    'ik word gek van het gas geven van die scooters',
    'gasfles in de container gegooid, mag dat wel?',
    'de brandweer heeft vorig jaar een oefening gedaan bij ons, kan dat weer?',
    'het verkeer hier is moordend druk in de ochtend',
    'dat speeltoestel is een ongeluk dat staat te gebeuren',
    'mijn auto staat al weken met een lekke band op straat',
    'ons kind speelt graag bij de vijver, kan er een hek komen?',
    'de schoolkinderen steken over zonder dat er iemand oplet, wanneer komt er een klaar-over?',
    'ze schieten als paddenstoelen uit de grond, die nieuwe flats',
    'de muziek van de buren slaat nergens op',
    'my neighbour is killing me with his loud music lol',
    'this pothole is going to kill someone one day',
    'er ligt al weken een dode rat in de goot',
    'het licht is uit in de tunnel, ik schrik me dood elke keer',
    'kapotte stoeptegels, mijn moeder is vorige maand gevallen',
    'ik ben bang dat er ooit een ongeluk gebeurt bij dat kruispunt',
    'de gasleidingen worden vervangen in onze straat, hoe lang duurt dat?',
    'kan ik een rookmelder krijgen via de gemeente?',
    'hoe meld ik een gaslek achteraf bij de netbeheerder',
    'die vlammende discussies in de buurtapp worden me te veel',
    'de rook van de houtkachel van de buren is vervelend',
    'we hebben een brandgang achter de huizen die vol rommel ligt',
    'de gasfitter komt morgen voor de ketel, moet ik iets regelen?',
    'de inbraakpreventie cursus van vorig jaar was goed, komt die terug?',
    'mijn fiets is gisteren gestolen bij het station',
    'kinderen spelen altijd bij het water, er is geen hek, kan er een hek komen?',
    "er rijden hier auto's veel te hard langs de speeltuin, er gebeurt nog eens een ongeluk",
    'bij ons wordt nooit gestrooid, je breekt je nek op de stoep',
    'ik schrok me rot van de knallen van het vuurwerk vannacht',
    'de buren maken ruzie, elke avond geschreeuw, al maanden',
    'iemand heeft vorige week met een stift op de bankjes getekend',
    'de lantaarnpaal brandt overdag ook, zonde van de energie',
    'het licht op de brug brandt de hele dag',
    'ik heb net een dode vogel gevonden in de tuin',
    'de verlichting bij het fietspad doet het niet, je ziet niks',
    'de bomen worden gekapt, dat is echt moord op de natuur',
    'dit is de druppel die de emmer doet overlopen met het afval',
    'the council is killing this neighbourhood with all the roadworks',
    'the new parking rules are a disaster',
    'hoe kan ik een reanimatiecursus volgen in de buurt?',
    'waar kan ik een AED vinden in onze wijk?',
    'er ligt een dood konijn op het fietspad',
    'mijn buurman valt me lastig over de heg',
    'onze kat is al twee dagen weg',
]


# Signs rather than names, threats, and everyday frames that make alarming words harmless.
SIGNS = [
    "mijn man heeft ineens pijn op de borst en zijn linkerarm tintelt",
    "ze ligt te schokken op de vloer met schuim op haar mond",
    "opa praat met dubbele tong en zijn mond hangt scheef",
    "mijn zoontje heeft tabletten van oma ingeslikt en wordt heel suf",
    "het bloed spuit uit zijn been en we krijgen het niet gestopt",
    "buurvrouw ligt op de vloer in de gang, ze is ijskoud en reageert nauwelijks",
    "hij staat weer voor de deur ondanks zijn contactverbod en bonkt op het raam",
    "hij schreeuwt dat hij me wat aan gaat doen",
    "ik hoor klappen bij de buren en het kind gilt stop",
    "mijn vriendin appte me net afscheid en zegt dat iedereen beter af is zonder haar",
    "the man upstairs is hitting his girlfriend, I can hear everything",
    "de elektriciteitskast is opengebroken, kabels hangen eruit en de kinderen spelen er naast",
    "the electricity box on the corner is open with wires sticking out and kids playing around it",
    "er wordt vuurwerk naar mensen gegooid bij het plein, een man is geraakt",
    "mijn zoon ligt te bloeden op straat na een val van zijn fiets",
]
HARMLESS = [
    "het bord op de hoek is omvergereden en ligt in de struiken",
    "stroomkast is beklad met graffiti, kinderen spelen er vaak",
    "het vuurwerk knalt al de hele avond, de hond is doodsbang",
    "ik krijg een hartaanval van die servicekosten",
    "busjes staan dubbel geparkeerd, gisteren kon de ambulance er niet door",
    "loud parties every weekend; before this turns into a real fight, is there mediation?",
    "i really dont want a fight with him, he seems nice otherwise. is there mediation?",
    "een chemische lucht die in je keel prikt, geen gaslucht hoor, meer oplosmiddel",
    "gisteravond was er een vechtpartij bij het winkelcentrum, gelukkig niemand gewond. Meer toezicht graag",
    "is er een ehbo cursus in de buurt? ik wil weten wat je moet doen bij verslikken",
    "er lag een roestig mes in de zandbak, ik heb het weggehaald",
    "we willen een open dag met de brandweer en een ambulance organiseren voor de kinderen",
    "the fire department visited our school today, the kids loved it",
    "ik schiet niks op met jullie klantenservice",
    "wie betaalt de rookschade na de brand van vorige maand?",
    "what should I do if I ever smell gas? we have a gas stove",
]


@pytest.mark.parametrize("text", [*URGENT, *URGENT_FREER, *SIGNS])
def test_emergencies_are_urgent(text: str) -> None:
    verdict = assess(text)
    assert verdict.urgent, text
    assert verdict.reason


@pytest.mark.parametrize("text", [*NOT_URGENT, *NOT_URGENT_MORE, *HARMLESS])
def test_loose_alarming_words_are_not_urgent(text: str) -> None:
    assert not assess(text).urgent, text


# A time long past or an object knocked over cancels a match further on in its sentence; the
# other negations stay within 40 characters, so "kan er een" (as in "kan er een ongeluk
# gebeuren") does not reach an emergency told later in a request for an ambulance. No
# negation reaches across the end of a sentence, and the past cancels from the first word on.
SENTENCE_SCOPE = [
    ("vorige zomer is mijn buurman aangereden, er moet een stoplicht komen", False),
    ("twee jaar geleden is hier een kind aangereden, doe er iets aan", False),
    ("a few weeks ago a kid was hit by a car here, we need a crossing", False),
    ("de prullenbak is helemaal in elkaar getrapt", False),
    ("Mijn buurman is neergestoken! Vorige week was er ook al ruzie", True),
    ("Mijn buurman is neergestoken! Een paar weken geleden was er ook al ruzie", True),
    ("Er ligt een man bewusteloos op straat. Bijna elke week gebeurt hier iets", True),
    ("Help er is brand in de flat. Last year there was also a fire", True),
    ("Kan er een ambulance komen? Hij bloedt heel erg uit zijn hoofd", True),
    ("Vorig jaar is mijn buurman op deze kruising aangereden en sindsdien is er niks veranderd.", False),
    ("Het bord eenrichtingsverkeer op de hoek is omver gereden en ligt in de struiken.", False),
    ("Vorig jaar was het rustig. Nu is mijn buurman op deze kruising aangereden, hij ligt op straat!", True),
    ("Kan er een ambulance komen, mijn buurman is van de ladder gevallen en bloedt uit zijn hoofd", True),
    ("De buurman staat met een groot keukenmes op de galerij te schreeuwen dat hij iedereen gaat afmaken", True),
    ("Ik zorg al twee jaar voor mijn man met dementie en ik ben op. Ik wil even mijn verhaal kwijt", False),
    ("Mijn moeder met dementie is weggelopen en we kunnen haar nergens vinden", True),
]



# Written independently (corpus batches l and m, an urgency check set): a river, an object, a
# confused man talking to himself are not emergencies; a lightly dressed man in the frost is.
NAMED_AND_NOTED = [
    ("Opruimactie langs de Vecht in Zuilen, er ligt zoveel zwerfafval", False),
    ("Er wordt gevochten bij de Vecht, twee mannen met een fles!", True),
    ("bord eenrichtingsverkeer is weg gereden denk ik, ligt in de struiken", False),
    ("De jongen naast ons schreeuwt 's nachts in zichzelf, soms tegen de muur. Hij is niet agressief", False),
    ("er zit een oude man op een bankje in alleen een pyjama, het vriest en hij trilt heel erg", True),
    ("buurman loopt steeds verward op straat in zn pyjama, niet gevaarlijk maar toch", False),
    ("Het hekje is inmiddels omgewaaid. Wie moet dit afmaken, de gemeente of de aannemer?", False),
    ("hij schreeuwt door de gang dat hij me gaat afmaken", True),
    ("ik weet niet of het mijn plek is, maar ik gun hem wat steun", False),
    ("there is a man with a gun in front of the supermarket", True),
    ("het is geen noodgeval, ik wil gewoon wat tips over opvoeden", False),
    ("I don't think it's an emergency, but my housemate barely eats", False),
    ("de verhuurder reageert niet meer op mijn mails over de borg", False),
    ("mijn buurman ligt op de grond en reageert niet meer op mijn geroep", True),
]



# Signs written independently (corpus batch urgent_l), in other words than the batch has them.
SIGNS_SEEN = [
    ("op de galerij zwaait een man met een broodmes naar de buren", True),
    ("de bus heeft een fietser geraakt op de kruising, hij ligt er onder", True),
    ("er drijft iemand in het water bij de brug, ik zie geen beweging", True),
    ("mijn opa is in de gracht gevallen bij de Weerdsluis!!", True),
    ("haar peuter zit op de vensterbank van de 3e verdieping en niemand let op", True),
    ("mijn collega ademt nauwelijks nog en is grauw", True),
    ("iemand staat met een koevoet aan de achterdeur te wrikken", True),
    ("na de knal hoor ik mensen roepen onder het puin", True),
    ("gisteren een aanrijding gezien, de ambulance was er snel en iedereen is ok", False),
    ("mijn auto is vannacht aangereden terwijl hij geparkeerd stond", False),
    ("het stikt hier van de ganzen in het park", False),
    ("auto's rijden tegen het verkeer in in onze eenrichtingsstraat", False),
    ("ik krijg geen reactie van de verhuurder op mijn klacht", False),
    ("kan deze chatbot ook 112 bellen als er iets ernstigs gebeurt?", False),
    ("de jongens op het trapveldje schieten de bal steeds over het hek", False),
    ("Stedin heeft het gaslek gisteren gerepareerd, maar de stoep is nog open", False),
    ("ik las over die steekpartij in Amsterdam, gaat de gemeente hier ook iets doen?", False),
    ("er is een explosie van onkruid tussen de stoeptegels", False),
    ("what should I do if my diabetic neighbour ever collapses?", False),
    ("wat moet ik doen als de container weer in de fik gaat? dat is al 2x gebeurd", False),
    ("ik hoor de buurvrouw schreeuwen dat hij moet ophouden, er gaan dingen kapot", True),
]


# Signs and loose uses from a later independent batch (corpus batch urgent_n), in other words.
SIGNS_N = [
    ("het sist bij de gaskraan en de hele gang stinkt", True),
    ("er staan twee gasten onze achterdeur in te trappen", True),
    ("iemand is in ons huis, ik zit verstopt in de badkamer", True),
    ("ik word al vanaf de tramhalte gevolgd en hij loopt nu vlak achter me", True),
    ("een man sleurt een meisje aan haar haren over de stoep", True),
    ("ze gooien vuurwerk naar mensen bij de bushalte", True),
    ("ze hebben hem in het water geduwd bij de kade", True),
    ("er ligt een vrouw op de rotonde en niemand stopt", True),
    ("hij snijdt zichzelf met een mes en het bloed stopt niet", True),
    ("onder de trap ligt een jongen, volgens mij ademt hij niet", True),
    ("ik hoorde een klap en nu zegt ze niks meer aan de telefoon", True),
    ("mijn buurvrouw ligt op de vloer, al sinds gisteren zegt ze", True),
    ("hij slaat zijn vrouw op dit moment, ik hoor haar gillen", True),
    ("de buurtapp staat weer in de fik over het nieuwe parkeerbeleid", False),
    ("noodgeval: mijn rijbewijs is kwijt en ik moet morgen rijden", False),
    ("het klinkt elke avond als schoten, maar het is gewoon carbid", False),
    ("mag je 112 ook sms'en als je doof bent?", False),
    ("welk mes mag ik meenemen als ik ga vissen?", False),
    ("mijn zoons vechten de hele tijd om de afstandsbediening", False),
    ("de brandweer rijdt hier elke ochtend met sirenes langs, kan dat anders?", False),
    ("de kinderen spelen met plastic pistooltjes in het park", False),
    ("de monteur heeft de ketel op gaslucht laten checken, geen lek gevonden", False),
    ("the bins were set on fire on saturday and are burnt out, can we get new ones?", False),
]

# And from a second one (batch urgent_o), again in other words.
SIGNS_O = [
    ("Brand bij de buren!", True),
    ("snel help het brandt hier", True),
    ("ze steken hem neer op het plein", True),
    ("een man loopt met een machete door de winkelstraat", True),
    ("hij roept dat hij een bom heeft, bij de ingang van het station", True),
    ("inbraak gaande bij de overburen", True),
    ("someone is being robbed at the tram stop", True),
    ("een peuter loopt helemaal alleen op de weg richting de brug", True),
    ("een kindje in de vijver, ik zie niemand, help", True),
    ("zijn keel zwelt op na een wespensteek en hij krijgt weinig lucht", True),
    ("mijn opa is gevallen en komt niet meer overeind", True),
    ("mijn moeder heeft dementie en we kunnen haar sinds vanmiddag niet vinden", True),
    ("bedankt voor alles, ik sta nu op het dak", True),
    ("het balkon hierboven kraakt en zakt, er staan mensen op", True),
    ("dat kind kan bijna niet ademen", True),
    ("SOS het grofvuil staat er nog steeds", False),
    ("gisteren werd mijn buurman beroofd, gelukkig ongedeerd. kan er meer licht komen?", False),
    ("vergoedt de gemeente rookmelders voor ouderen?", False),
    ("ik zag op rtv utrecht dat er een brand was in overvecht", False),
    ("hij riep als grap dat hij van het dak springt", False),
    ("ze trappen de bal over het spoor", False),
]

# And from a third (batch urgent_p: understated and hedged emergencies, hard negatives).
SIGNS_P = [
    ("ik hoor de buurvrouw 'stop, stop' roepen en er wordt gebonkt", True),
    ("hij heeft een mes in zijn hand en schreeuwt naar de kassière", True),
    ("misschien overdrijf ik maar ons kindje is zo slap en grauw", True),
    ("mijn vader heeft pijn op de borst die naar zijn kaak trekt en zweet heel erg", True),
    ("ze heeft een knoopbatterij ingeslikt denk ik", True),
    ("ik hoor al een tijd hulpgeroep uit het portiek", True),
    ("een man giet benzine over de auto en heeft een aansteker", True),
    ("hij ligt in de schuur onder een kast en reageert niet", True),
    ("er vallen stukken beton naar beneden bij de ingang van de flat", True),
    ("ik zie hem al een minuut niet meer boven komen bij de steiger", True),
    ("schiet even een vraagje af over de parkeervergunning", False),
    ("de buurman zit te gamen en roept de hele avond schiet hem neer", False),
    ("twee weken terug was er een gaslek, nu is de stoep nog open", False),
    ("hoe meld ik een gaslek, er is nu niks aan de hand", False),
    ("het is om te stikken in mijn zolderkamer", False),
    ("de meeuwen vechten om het afval", False),
    ("noodgeval!! mijn digid doet het niet", False),
]

# From the errors of urgency sets g, h and i, in other words. "Laat maar" and "never mind"
# close a message only at its end or when what follows says it is over.
SIGNS_GHI = [
    ("vraagje over de afvalpas... laat maar. er komt rook uit de meterkast en vlammen", True),
    ("question about parking, never mind, a car just hit a cyclist and he is lying in the road", True),
    ("laat maar, het is al opgelost", False),
    ("ik zie het echt niet meer zitten, niemand zou me missen", True),
    ("ik zie het financieel niet meer zitten, waar vind ik schuldhulp?", False),
    ("de pan met vet vlamt op tot het plafond", True),
    ("er liggen mensen onder de ingestorte overkapping", True),
    ("er ging een gerucht dat er iemand met een mes rondliep, niemand heeft hem gezien", False),
    ("gisteravond was er een vechtpartij, de politie was er snel bij", False),
    ("er brandt geen enkele lamp in de tunnel", False),
    ("he says he's fine but his face is drooping", True),
    # and of the whole-task sets c and f
    ("het verkeersbord bij de ingang van de wijk naast de school is omver gereden en ligt op de stoep", False),
    ("daar gaat nog eens iemand gewond raken", False),
    ("de paspoort van mijn zoon is kwijt", False),
    ("gisteren stond er een man te dreigen met een mes, de politie heeft hem opgepakt", False),
    # and of the whole-task set h (measured blind first)
    ("ik heb het gevoel dat ik elk moment kan instorten van de zorg voor mijn vader", False),
    ("de prijzen schieten omhoog als een bom", False),
    ("moet ik dan de netbeheerder bellen of meteen 112?", False),
    ("hij roept vaak 'help' maar dat komt door zijn dementie", False),
]

# From a fourth batch (urgent_q: worry that turns into an emergency), in other words.
SIGNS_Q = [
    ("ik heb de buurman al een week niet gezien en nu zitten er vliegen tegen zijn raam", True),
    ("onze vader met dementie is weer weg, het is midden in de nacht", True),
    ("ze zette een foto van pillen online met vaarwel erbij", True),
    ("nu duwt hij haar de trap af", True),
    ("er valt iemand in de gracht en hij komt niet meer boven", True),
    ("hij zegt dat hij zich van de brug gooit", True),
    ("ze schoppen een jongen die al op de grond ligt", True),
    ("hij bedreigt de buschauffeur met een schroevendraaier", True),
    ("iemand gooit een molotov naar het huis", True),
    ("a woman is on the wrong side of the railing of the bridge", True),
    ("mijn vader met dementie was gisteren zoek maar de politie heeft hem teruggebracht", False),
    ("ze heeft geen gedachten om zichzelf iets aan te doen, maar is wel somber", False),
    ("die muziek is om te schieten", False),
    ("welk nummer is het alarmnummer, 112 of 911? voor een pubquiz", False),
    # and from a fifth (urgent_r: situations easily forgotten)
    ("mijn buurman zit vast in de lift en krijgt geen lucht", True),
    ("er is net een kind uit het raam gevallen op de eerste verdieping", True),
    ("a boy fell out of the third floor window", True),
    ("er rijdt een auto dwars door de mensen op de markt", True),
    ("het vuurwerk is in zijn hand ontploft", True),
    ("de hond bijt in haar arm en laat niet los", True),
    ("een man zwaait met een injectiespuit naar de kassière", True),
    ("zijn vrouw zegt dat hij zichzelf wil ophangen", True),
    ("ze is zwanger en verliest heel veel bloed", True),
    ("hoe kom ik aan een rookmelder voor mijn moeder?", False),
    ("er is nog niks gebeurd, maar die overweg is gevaarlijk", False),
    ("mijn hoofd staat in brand van alle belastingpapieren", False),
    ("which hospital has an emergency department near Zeist?", False),
]

# from the errors of urgency set k and whole-task sets i and j (Nov 26 (4)), in other words
SIGNS_K = [
    ("we hoorden vier knallen op het plein en iedereen rent weg", True),
    ("twee harde knallen bij de snackbar, dat was zeker geen vuurwerk", True),
    ("er zit een man met een steekwond op de trap van ons portiek", True),
    ("mijn zoon is van zijn fiets gevallen en is helemaal verward", True),
    ("opa viel van de ladder en praat nu heel raar", True),
    ("de wond aan zijn been bloedt flink en hij is wit weggetrokken", True),
    ("er hangt een chemische lucht in de hal en de kinderen zijn misselijk en duizelig", True),
    ("we hebben hoofdpijn en zijn duizelig, de kachel staat al de hele dag aan", True),
    ("mijn moeder zit vast in haar kelder en het water stijgt hoger", True),
    ("een verwarde man loopt midden op de ringweg", True),
    ("een peuter in pyjama loopt tussen de auto's op de kruising", True),
    ("de brandweer is weg, maar nu komt er weer rook uit het dak", True),
    ("de ambulance heeft mijn buurvrouw vanochtend meegenomen, wie geeft haar planten water?", False),
    ("de rookmelder heeft vannacht een keer kort gepiept, is de batterij leeg?", False),
    ("mijn broer zegt al jaren dat hij er een eind aan maakt, maar hij is nu in therapie", False),
    ("we hebben er zoveel uren in gestoken en nu is alles weg", False),
    ("de brandweer is zojuist vertrokken, het vuur in de container is uit", False),
    ("vorige week een vechtpartij bij het station, de politie was er heel snel bij", False),
    ("vaak aanrijdingen op die rotonde, nooit gewonden gelukkig", False),
    ("het ruikt naar gas bij de opgebroken straat, maar stedin is er al", False),
    ("who checks the fire extinguishers in our flat?", False),
    ("ik hoor ze soms ruzie maken en klappen. nu is het stil. wat moet ik doen?", False),
    ("ik sta echt op instorten door de herrie van de buren", False),
    ("mijn vader is gevallen en kan niet meer zelf koken, welke hulp is er?", False),
    # and from urgency set l
    ("the battery of his e-bike exploded, there is smoke everywhere in the stairwell", True),
    ("de powerbank is ontploft en er komt rook uit de slaapkamer", True),
    ("ik zag op het journaal dat er weer een fietser is aangereden op die kruising", False),
    ("vorige week een botsing met een scooter, het liep goed af maar het is te druk", False),
    ("the kids slam the doors all evening, the neighbour upstairs slaat met de deuren", False),
    ("we roken gas, de monteur is net geweest en alles is weer dicht", False),
    ("de inbrekers waren al weg toen we thuiskwamen, hoe doe ik aangifte?", False),
    ("mijn zoon vond een mes in het park en we hebben het naar het politiebureau gebracht", False),
    ("de buren stoken de houtkachel en er komt veel rook uit de schoorsteen", False),
    ("ik heb op de testknop van de rookmelder gedrukt en hij loeit, klopt dat?", False),
    ("are barbecues on balconies a fire risk?", False),
    # and from whole-task set k
    ("de paal is omver gereden en er komen vonken uit de kabels, er lopen mensen langs", True),
    ("a bus knocked the lamp post down and the wires are sparking next to the kids", True),
    ("het verkeersbord is omgereden, ligt al twee dagen op de stoep", False),
    ("ik zorg voor mijn moeder en ik trek het niet meer, wie kan helpen?", False),
    ("de rookmelder piept elke minuut maar er is geen rook, batterij is nieuw", False),
    ("wat moet je eigenlijk doen als je gas ruikt in de flat? wil het gewoon weten", False),
    ("mijn buurman is gisteren met een ambulance opgehaald en is nu weer thuis", False),
    # and from urgency set m
    ("de vrouw van hiernaast gilt 'laat me los!' en er vliegt van alles door de kamer", True),
    ("ik hoor geschreeuw bij de buren en nu hoor ik glas breken", True),
    ("mijn oude buurvrouw roept al een uur zwakjes om hulp achter haar deur", True),
    ("kan ik bij jullie een co-melder krijgen? voor het zekere voor het onzekere", False),
    # and from whole-task set l
    ("vannacht hebben ze in onze straat weer een scooter in brand gestoken, komt er toezicht?", False),
    # and from urgency set n
    ("mijn huisgenoot heeft iets geslikt en reageert nergens op", True),
    ("wat moet je doen bij een hartstilstand? mijn vader ligt op de grond en ik krijg hem niet wakker", True),
    ("een bestelbus heeft net een fietser geraakt op de rotonde", True),
    ("er is een kind het kanaal in gefietst bij de brug", True),
    ("mijn vriendin wordt vastgehouden door haar ex en mag de deur niet uit", True),
    ("ik maak er vannacht een einde aan", True),
    ("dit is mijn laatste bericht aan jullie", True),
    ("the smoke you smell is from a fire far away, it is under control", False),
    ("er hangen geen draden uit die kast, maar kan het deurtje erop?", False),
    ("de ambulance is er al en ze wordt geholpen, kan iemand straks het glas vegen?", False),
    ("in de buurtapp gelezen dat er iemand met een mes liep, klopt dat?", False),
    ("mag ik de aed van het buurthuis gebruiken als iemand onwel wordt?", False),
    ("sorry, nevermind my last message, he was just sleeping", False),
    # and from whole-task set n
    ("de speeltuin is zo vernield, het lijkt wel alsof er een bom is ingeslagen", False),
    ("elke dag worden hier kinderen net niet aangereden bij het zebrapad", False),
    # and from whole-task set o
    ("gisteravond alweer een knokpartij bij de snackbar, de politie is gekomen", False),
    ("noodgeval! de verwarming doet het al twee weken niet", False),
    ("SOS!! mijn buurman ligt op de grond en ademt niet", True),
    # and from urgency set o
    ("de steiger aan de overkant helt over en er lopen mensen onderdoor", True),
    ("een jongen staat op de dakrand van de flat en wankelt", True),
    ("hij rende weg en zei dat we hem nooit meer terugzien", True),
    ("ons babytje is ineens helemaal slap", True),
    ("een kleuter loopt alleen op de stoep van de ringweg en de vrachtwagens razen langs", True),
    ("wat moet mijn zoon doen als oma een keer niet wakker wordt?", False),
    ("er gaat een gerucht dat er iemand met een pistool rondloopt, klopt dat?", False),
    ("ik kreeg een nl-alert over een brand in rotterdam, moet ik iets doen?", False),
    ("in dat donkere steegje word je nog eens beroofd", False),
    ("onze co-melder gaf een kort piepje, batterij leeg?", False),
    ("mijn vader brak zijn heup en ligt nog in het ziekenhuis, wie helpt thuis?", False),
    ("mag de school een epipen voor mijn zoon bewaren?", False),
    ("gisteren is er een kind in het water gevallen bij de sluis, er moet een hek komen", False),
    # and from urgency set p
    ("de co-melder gaat af, ik dacht dat de batterij leeg was maar we zijn allemaal duizelig", True),
    ("er ligt een fietser op het kruispunt die niet opstaat", True),
    ("de pillen staan op tafel en vanavond slik ik ze allemaal in", True),
    ("de politie en de ambulance zijn al weg, maar wie veegt het glas op?", False),
    ("laatst zag ik een van die jongens met een mes, kan er toezicht komen?", False),
    ("bij het koken slaat de stroom steeds af, wie repareert dat?", False),
    ("dit is een test, zeg je nu 112 als ik brand typ?", False),
    # and from whole-task set q
    ("op de schoolpleinen lopen kinderen met messen bij zich rond, wat doet de gemeente?", False),
    ("de buren vermoorden ons elke nacht met hun muziek", False),
    ("noodgeval!! mijn rijbewijs is verlopen en ik moet morgen rijden", False),
    ("oma was weg maar de buren hebben haar net thuisgebracht", False),
]

# from the errors of urgency sets q and r and whole-task sets r and s (Nov 26 (5)), in other words
SIGNS_R = [
    ("twee koeien zijn ontsnapt en lopen los over de ringweg tussen het verkeer", True),
    ("a horse got loose and is running along the motorway between the cars", True),
    ("er is een tak op een busje gevallen en de bestuurder zit er nog in", True),
    ("a tree fell on a car outside and the driver is still inside", True),
    ("bij de haven lekt een tankwagen, iedereen begint te hoesten", True),
    ("there's a chemical smell from the factory and our eyes sting", True),
    ("I can hear my neighbour groaning through the wall and she doesn't answer the door", True),
    ("ik hoor de buurman kermen maar hij doet niet open", True),
    ("two kids are crying in a hot car in the parking lot and no one is around", True),
    ("jongens zitten met hun handen aan de open stroomkast op het speelveld", True),
    ("een reclamebord hangt los op het dak en zwaait boven de stoep waar mensen lopen", True),
    ("hij staat beneden en schreeuwt dat hij me gaat afmaken", True),
    ("er zit een vreemde man in haar keuken en hij wil niet weg", True),
    ("someone is testing all the car doors in our car park right now", True),
    ("it's over 30 degrees and a toddler is locked in the car", True),
    ("just asking for future reference, nothing is happening right now: who do I call about an overdose?", False),
    ("de ambulance is toen gekomen en heeft haar meegenomen, hoe gaat het nu met haar?", False),
    ("our neighbour was taken to hospital by ambulance last night, can someone feed the cat?", False),
    ("the alarm keeps beeping but it's not a fire, only the battery", False),
    ("ik las vanochtend over die brand in de flat, wanneer mogen de bewoners terug?", False),
    ("hoeveel woningbranden zijn er per jaar in Utrecht? het is voor een spreekbeurt", False),
    ("als ik typ dat er een ongeluk is, bel jij dan 112?", False),
    ("wat is het verschil tussen 112 en het nummer van de huisartsenpost?", False),
    ("mijn zoon had gisteren een epileptische aanval, de huisarts is geweest en nu gaat het beter", False),
    ("ik moet steeds de ambulance bellen voor mijn vader, kan er thuiszorg komen?", False),
    ("het is niet acuut, maar mijn vriend zegt soms dat hij het leven niet meer ziet zitten", False),
    ("my ex used to threaten me, it's over and I moved, who can help me feel safe?", False),
    # and from the second round (whole-task sets t and u, urgency set s)
    ("my dad is on oxygen and the bottle is almost empty, the lift is stuck", True),
    ("oma is van de trap gestruikeld, haar enkel staat helemaal verdraaid", True),
    ("een kano is omgeslagen op de singel en er liggen twee kinderen in het water", True),
    ("mijn moeder met alzheimer loopt in haar nachthemd midden over de kruising", True),
    ("vorige zaterdag was er een vechtpartij op het plein, er kwam zelfs een ambulance", False),
    ("moet ik voor een omgevallen boom de brandweer bellen of jullie?", False),
    ("I thought I smelled gas this morning but it's gone now, should I still report it?", False),
    ("what if the lift breaks down during a fire, how does my neighbour get out?", False),
    ("de scooterrijder die gisteren hier op de hoek werd aangereden, weet iemand hoe het met hem gaat?", False),
    ("gisteren is mijn dochter op het zebrapad aangereden, het valt gelukkig mee", False),
    ("last night there was shouting and glass breaking next door, can I talk to someone?", False),
    ("help!! ik ben al weken op zoek naar een afspraak maar mijn paspoort verloopt morgen", False),
    # and from the third round (urgency sets h, m and s after the corpus batch o, whole-task w)
    ("er staat een vrouw bij de schommels die de kinderen in haar auto probeert te lokken", True),
    ("the roof of the gym collapsed and there are people trapped underneath", True),
    ("ik heb al mijn slaappillen gespaard en vanavond slik ik ze door", True),
    ("mijn broer zwemt in de vaart en er komt een binnenvaartschip aan", True),
    ("als er hier een brandweerauto moet komen, kan die er niet door met al die geparkeerde busjes", False),
    ("de stroomkast staat open, maar Stedin weet het al en komt vanmiddag", False),
    ("I heard on the school app that a man tried to lure children, is that true?", False),
    # and from the fourth round (whole-task sets x and y (Zeist), urgency set t)
    ("someone is trying the doors of the bike sheds with a crowbar, he's still there", True),
    ("the fire from the barbecue is spreading to the hedge and the house", True),
    ("de vlammen slaan over naar onze schuur en er staat een gasfles", True),
    ("de bouwkraan valt om, er lopen mensen onder", True),
    ("gelukkig was er niemand thuis toen het plafond instortte, wie repareert dit?", False),
    ("noodgeval!! het toilet is verstopt en de verhuurder neemt niet op", False),
    ("kinderen springen van de kade in het water, mag dat eigenlijk?", False),
    ("ze waren gisteren aan het vechten op het plein, vandaag is het rustig", False),
    ("er is vanmiddag een knokpartij geweest bij het station, iedereen is weg", False),
    ("moet er eerst iemand zwaargewond raken voordat die stoep gemaakt wordt?", False),
    ("om 12 uur ging het luchtalarm, was dat de maandelijkse test of een echt noodgeval?", False),
    ("'s nachts klinkt die putdeksel als een explosie", False),
    ("de rookmelder piept", False),
    # and from urgency set u (ordinary intake that mentions alarming things)
    ("die brandlucht bleek uit de afvoer te komen, de monteur is geweest en alles is in orde", False),
    ("ik ben bang dat daar ooit een keer iemand wordt beroofd, kan er een lamp bij?", False),
    ("de buurman dreigt al maanden dat hij mijn schuur in de fik steekt, kan er bemiddeling komen?", False),
    ("vorige week was er een man met een mes in de winkel, niemand is gewond, is er nazorg?", False),
    ("gisteren werd een vrouw onwel in de bus en de ambulance kon de halte niet vinden", False),
    ("weet iemand wat er gebeurd is bij de vijver? er lag daar gisteren een gewonde hond", False),
    # and from whole-task set z (the event first, the request last)
    ("stel dat er iets ergs gebeurt, moet ik dan altijd zelf 112 bellen?", False),
    ("las net dat er bij de flat weer een explosie is geweest, komt er extra toezicht?", False),
    ("voor als de angst me 's nachts weer overvalt: is er een chatlijn?", False),
    # and from the sixth round (urgency set v: writers not used to writing; whole-task set ab: June)
    ("mijn vader hangt. op zolder. help", True),
    ("de bus is over een fietser heen gereden, hij ligt er nog onder", True),
    ("een kleuter loopt alleen over de vluchtstrook van de A12", True),
    ("mijn zoontje zit in de kliko en komt er niet meer uit, de vuilniswagen komt eraan", True),
    ("mijn zoon hangt de hele middag in de schuur te klussen", False),
    ("op school nemen ze messen mee zegt mijn dochter, het gebeurt niet nu maar wat kunnen we doen?", False),
    ("vannacht knallen die klonken als schieten, weet iemand wat het was?", False),
    ("had ik gisteren 112 moeten bellen toen die man flauwviel?", False),
    ("dat droge gras: één vonk en het hele veld staat in de fik, kan het gemaaid worden?", False),
    ("geen hek om de vijver met al die peuters, dat is vragen om een verdrinking", False),
    ("die knallen elke avond op het plein, dat zijn geen gewone rotjes meer, kan er handhaving komen?", False),
    ("mijn zus zegt dat ze het niet meer ziet zitten, ze is nu bij ons en rustig, welk nummer kan ze bellen?", False),
    ("er zit een wespennest in de schutting van de school en er zijn al drie kinderen gestoken", False),
    ("wespen in de tuin, mijn dochter is gestoken en haar lippen zwellen op, ze is allergisch", True),
    ("bij het station is een jongen gestoken, er ligt bloed op straat", True),
    # and from whole-task set ac (measured with the session's final code)
    ("jongens gooien nu de etalage van de bakker in, de eigenaar staat er nog", True),
    ("ze trappen de ruiten van het buurthuis kapot en er zijn nog kinderen binnen", True),
    ("de groepsapp ontplofte van de berichten over het straatfeest", False),
    ("mijn moeder is net thuis na een beroerte en heeft hulp nodig bij het douchen", False),
    ("gisteren zag ik iemand met iets wat op een pistool leek bij de snackbar, kan er toezicht komen?", False),
    ("vorige maand kon de brandweer er niet eens door met al die geparkeerde auto's", False),
]


@pytest.mark.parametrize(
    ("text", "urgent"),
    [*SENTENCE_SCOPE, *NAMED_AND_NOTED, *SIGNS_SEEN, *SIGNS_N, *SIGNS_O, *SIGNS_P, *SIGNS_GHI, *SIGNS_Q,
     *SIGNS_K, *SIGNS_R],
)  # fmt: skip
def test_verdicts_on_independent_wording(text: str, urgent: bool) -> None:
    assert assess(text).urgent is urgent, text
