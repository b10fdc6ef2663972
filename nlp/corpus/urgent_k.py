"""Independently written urgency batch k (Nov 2026): emergencies told indirectly, by what the writer sees or hears, and hard non-urgent messages."""

URGENT_K = [
    # medical: unconscious, breathing, collapse
    ("zorg", "HELP mijn buurman ligt in de gang op de grond en zegt niks meer"),
    (
        "zorg",
        "mijn vader is net van de trap gevallen en beweegt niet meer, er komt bloed uit zijn hoofd",
    ),
    (
        "zorg",
        "Er ligt een oude vrouw bij de bushalte met haar ogen dicht. Ik schud aan haar "
        "schouder maar ze reageert nergens op",
    ),
    (
        "zorg",
        "Mijn man zijn lippen worden blauw en hij haalt heel raar adem, een soort "
        "gerochel. Wat moet ik doen",
    ),
    ("zorg", "oma zit in haar stoel en ik krijg haar niet wakker, haar handen zijn ijskoud"),
    ("zorg", "Er zakte net een jongen in elkaar op het schoolplein, volgens mij ademt hij niet"),
    (
        "zorg",
        "ik vond mijn zoon net op de badkamervloer, hij is lijkbleek en reageert niet op "
        "zn naam, er liggen lege strips pillen naast hem",
    ),
    ("zorg", "baby wordt niet wakker en is helemaal slap en grauw"),
    (
        "zorg",
        "mn vriendin heeft iets gesnoven op het feest en nu ademt ze nog maar heel af en "
        "toe, ze ligt gewoon op de bank en ik krijg geen contact",
    ),
    (
        "zorg",
        "Goedemiddag, ik wilde eigenlijk iets vragen over mijn parkeervergunning. Maar ik "
        "zie nu door het raam dat mijn buurvrouw in haar tuin is gevallen, ze komt niet "
        "meer overeind en kreunt alleen",
    ),
    # choking
    (
        "zorg",
        "mijn dochter heeft een knikker ingeslikt en krijgt geen lucht meer, ze wordt paars",
    ),
    (
        "zorg",
        "man aan het tafeltje naast ons grijpt naar zijn keel en kan niks zeggen, "
        "hij krijgt niks naar binnen",
    ),
    ("zorg", "kleine heeft een stuk druif in zn keel, hij maakt geen geluid meer help"),
    # seizures
    (
        "zorg",
        "jongen op het plein ligt te schokken op de stenen met schuim op zn mond en het "
        "houdt maar niet op",
    ),
    (
        "zorg",
        "Mijn vrouw heeft nu al tien minuten de ene aanval na de andere en ze komt er "
        "niet meer uit",
    ),
    (
        "zorg",
        "m'n kleinzoon trilt over zn hele lijf en zn ogen staan weg, hij is gloeiend heet "
        "en het stopt niet",
    ),
    # stroke
    (
        "zorg",
        "Mijn moeder praat ineens heel raar en haar mond hangt scheef. Haar rechterarm "
        "doet het ook niet meer",
    ),
    (
        "zorg",
        "buurman vind opeens zn woorden niet meer en de ene kant van zn gezicht zakt weg, "
        "is net begonnen",
    ),
    (
        "zorg",
        "Opa wou net zijn kopje koffie pakken maar zijn hand doet niks en hij praat met "
        "een dubbele tong. Vanochtend was er niks aan de hand",
    ),
    # heart
    (
        "zorg",
        "man op het bankje houdt zijn borst vast en zweet zich kapot, hij zegt dat het "
        "naar zijn arm trekt",
    ),
    (
        "zorg",
        "ik heb sinds een kwartier een zwaar drukkend gevoel op mijn borst en ik ben "
        "kletsnat van het zweet, ik ben alleen thuis",
    ),
    # allergic reaction
    (
        "zorg",
        "mijn zoon at een koekje waar nootjes in zaten en nu zwelt zijn keel op, hij piept "
        "bij het ademen",
    ),
    (
        "zorg",
        "Ze is door een wesp gestoken en haar gezicht en tong worden steeds dikker, ze "
        "krijgt bijna geen lucht",
    ),
    # suicide
    (
        "zorg",
        "Mijn buurman stuurde me net een appje dat hij iedereen bedankt en dat het nu "
        "klaar is. Hij doet niet open en ik hoor niks",
    ),
    (
        "zorg",
        "Er staat een meisje op de brug aan de verkeerde kant van de reling, ze houdt "
        "zich met een hand vast en kijkt naar het water",
    ),
    (
        "zorg",
        "mijn broer zegt aan de telefoon dat hij de pillen al klaar heeft liggen en dat "
        "niemand hem nog tegenhoudt",
    ),
    ("zorg", "ik sta boven op het dak van de flat en ik wil niet meer, ik ga zo springen"),
    (
        "zorg",
        "Vriendin heeft net iets op insta gezet van 'sorry voor alles, dit is mijn laatste "
        "post' en ze neemt niet meer op",
    ),
    (
        "zorg",
        "er zit een man op de rand van het parkeerdak met zn benen naar buiten, hij huilt "
        "en roept dat we weg moeten gaan",
    ),
    ("zorg", "ik heb net al mijn slaappillen ingenomen en nu word ik bang"),
    (
        "zorg",
        "Mijn zus heeft zich met een mes opgesloten in de badkamer en roept dat ze er een "
        "eind aan maakt",
    ),
    # domestic violence happening now
    (
        "zorg",
        "ik hoor de buurvrouw gillen 'hou op hou op' en harde klappen tegen de muur, "
        "het is nu bezig",
    ),
    ("zorg", "hij slaat haar weer, ik hoor het door de muur en het kindje huilt ook"),
    (
        "zorg",
        "mijn stiefvader heeft mijn moeder bij haar keel en ik zit op mijn kamer, ik durf "
        "niet naar beneden",
    ),
    ("zorg", "Boven ons: glas breekt, een vrouw schreeuwt om hulp en nu is het ineens doodstil"),
    (
        "zorg",
        "mn ex staat voor de deur en trapt ertegen, hij zei dat hij me gaat afmaken en de "
        "deur begint te splijten",
    ),
    (
        "zorg",
        "Kan er iemand komen?? Mijn man is dronken en gooit met stoelen naar mij en de kinderen",
    ),
    ("zorg", "ik zit verstopt op de wc, hij loopt door het huis met een riem en zoekt me"),
    # children in danger
    ("zorg", "Er zit een peuter op de rand van een balkon op de vierde, ik zie nergens ouders"),
    (
        "verkeer",
        "klein kind in alleen een luier loopt midden op de weg, auto's moeten vol in de remmen",
    ),
    (
        "zorg",
        "Er zit een baby alleen in een auto op de parkeerplaats in de zon, alle ramen "
        "dicht, hij is knalrood en huilt niet meer",
    ),
    (
        "zorg",
        "kindje van de buren hangt aan de buitenkant van het raam op de tweede verdieping, "
        "hij houdt zich nog met twee handjes vast",
    ),
    # other medical
    (
        "zorg",
        "mijn vader met dementie is vannacht in zijn pyjama de deur uit gegaan en we "
        "vinden hem niet, het vriest buiten",
    ),
    (
        "zorg",
        "Er ligt een oude man zonder jas in de sneeuw achter de flat, hij trilt niet eens "
        "meer en praat niet",
    ),
    (
        "zorg",
        "mijn zoon heeft suiker en is helemaal zweterig en wazig geworden, nu reageert hij "
        "niet meer",
    ),
    (
        "zorg",
        "ik heb me aan een glas in mijn pols gesneden en het spuit eruit, het houdt niet "
        "op met doeken erop",
    ),
    (
        "zorg",
        "mijn vrouw is zeven maanden zwanger en verliest ineens heel veel bloed, ze wordt "
        "wit en duizelig",
    ),
    (
        "zorg",
        "Mijn dochtertje van twee heeft net uit de fles met ontstopper gedronken, ze huilt "
        "en haar mond is vuurrood",
    ),
    ("zorg", "Mijn opa zit klem tussen de traplift en de muur en krijgt moeilijk adem"),
    ("zorg", "hlep mjin moedr valt steeds weg en ze praat echt raar, ze kan niet meer zitten"),
    (
        "zorg",
        "Yo er ligt een mattie te stuiptrekken in de skatebaan, zn hoofd knalt steeds op het beton",
    ),
    # people in the water
    (
        "overig",
        "kind onder water in het opblaasbadje in de tuin, we hebben hem er net uit en hij is slap",
    ),
    ("overig", "Er drijft iemand in de gracht met zn gezicht naar beneden en hij beweegt niet"),
    (
        "overig",
        "jongen is door het ijs gezakt midden op de vijver en ik zie alleen nog zijn handen",
    ),
    ("overig", "auto reed net de vaart in en zakt weg, er zit nog iemand in"),
    (
        "overig",
        "meisje spartelt in de rivier en roept iets, de stroming trekt haar steeds verder mee",
    ),
    (
        "overig",
        "mn zoontje was net nog bij de sloot en nu zie ik alleen zijn fietsje en zijn pet "
        "op het water",
    ),
    ("overig", "Er sprong net een man van de kade het water in en hij komt niet meer boven"),
    (
        "overig",
        "twee kinderen op een luchtbed drijven de zee op, ze zijn al heel ver en ze zwaaien",
    ),
    # fire in a home
    (
        "wonen",
        "rook komt onder de deur van de buren vandaan en hun alarm piept al een hele tijd, "
        "niemand doet open",
    ),
    (
        "wonen",
        "ik hoor geknetter in de muur en ik ruik iets verbrands, het stopcontact wordt zwart",
    ),
    (
        "wonen",
        "pan met olie in de fik, de vlammen slaan tot aan het plafond en de afzuigkap brandt mee",
    ),
    (
        "wonen",
        "Het trappenhuis zit vol zwarte rook en we kunnen niet naar beneden, we zitten op "
        "vijf hoog met twee kleine kinderen",
    ),
    (
        "wonen",
        "oranje gloed achter de gordijnen bij de buurvrouw en er knalt iets, volgens mij "
        "ligt ze nog te slapen",
    ),
    ("wonen", "uit het dak van het huis naast ons komen vlammen en het slaat over op ons dak"),
    (
        "wonen",
        "de accu van de step in de gang sist en spuugt vonken, de hal staat blauw van de "
        "rook en ik kan niet bij de voordeur",
    ),
    ("wonen", "er s brand in de flat ik zit vast in mijn kammer met de kat, de gang is zwart"),
    # gas and carbon monoxide
    (
        "wonen",
        "Het ruikt heel sterk naar gas in de hele portiek en ik hoor gesis bij de meterkast "
        "van de onderburen",
    ),
    (
        "wonen",
        "we hebben allemaal barstende hoofdpijn en zijn misselijk, de kat ligt ook suf, de "
        "geiser brandt met een gele vlam",
    ),
    (
        "wonen",
        "mijn moeder en ik zijn heel duizelig en mijn broertje is in slaap gevallen en "
        "wordt niet goed wakker, de kachel brandt al de hele avond",
    ),
    (
        "wonen",
        "dat ronde ding op het plafond met CO erop piept en mijn vrouw is net flauwgevallen "
        "in de badkamer",
    ),
    (
        "overig",
        "graafmachine heeft net een leiding geraakt, het blaast en stinkt naar gas en de "
        "mensen in de huizen ernaast weten van niks",
    ),
    (
        "wonen",
        "het water in de kelder staat al tot mijn borst en het stijgt nog, mijn man zit "
        "beneden in zijn rolstoel",
    ),
    # fires and explosions outside
    (
        "overig",
        "Er staat een auto in brand naast het tankstation en het vuur gaat richting de "
        "pompen, er staan mensen te tanken",
    ),
    (
        "overig",
        "hele harde knal in de straat, ramen eruit, er liggen mensen op de stoep die bloeden",
    ),
    (
        "overig",
        "het vuur achter de camping komt richting de tenten en er liggen nog mensen te slapen",
    ),
    (
        "overig",
        "knal in de snackbar en nu staat de voorkant in brand, de eigenaar ligt buiten te "
        "schreeuwen met verbrande armen",
    ),
    (
        "overig",
        "vuurwerkbom is ontploft in de hand van een jongen, zijn hand is helemaal kapot en "
        "hij zakt door zijn benen",
    ),
    (
        "overig",
        "ge moet direct komen, de schuur bij de boerderij staat in de fik en den boer is "
        "nog naar binnen gegaan voor de beesten",
    ),
    (
        "overig",
        "man raakte de bovenleiding aan bij het spoor en ligt nu stil naast de rails, zijn "
        "kleren smeulen",
    ),
    (
        "overig",
        "man is net van de steiger gevallen, een meter of drie, hij ligt op zijn rug en "
        "zegt dat hij zijn benen niet voelt",
    ),
    (
        "overig",
        "Er zit een man vast onder een omgevallen heftruck op de bouwplaats, hij kreunt en "
        "wordt steeds stiller",
    ),
    # electricity and collapses
    (
        "openbare_ruimte",
        "er ligt een kabel van de paal in de ondergelopen straat en er lopen kinderen door "
        "het water",
    ),
    (
        "openbare_ruimte",
        "lantaarnpaal is omgereden, de draden liggen in de plas en het vonkt, er staan "
        "mensen vlak naast",
    ),
    (
        "openbare_ruimte",
        "de steiger aan de overkant is net omgevallen, er stonden werklui onder en ik hoor "
        "iemand roepen",
    ),
    ("wonen", "de tuinmuur is ingestort op twee kinderen die ertegen aan het voetballen waren"),
    (
        "wonen",
        "het plafond van de galerij is naar beneden gekomen en de bovenbuurvrouw ligt eronder",
    ),
    (
        "openbare_ruimte",
        "Boom is op een auto gevallen en er zit nog een vrouw in, het dak is ingedeukt tot "
        "op haar hoofd",
    ),
    (
        "openbare_ruimte",
        "kind zit met zijn hoofd klem tussen de spijlen bij het klimrek en hij wordt paars",
    ),
    ("wonen", "de lift is naar beneden gestort met mensen erin, we horen ze roepen in de schacht"),
    # burglary in progress
    (
        "overlast",
        "er loopt iemand beneden in mijn huis, ik hoor laden opengaan, ik zit boven met de "
        "deur op slot",
    ),
    ("overlast", "iemand probeert nu mijn voordeur open te breken, het kraakt bij het slot"),
    (
        "overlast",
        "Er klimt iemand via het balkon naar binnen bij de oude buurvrouw, en zij is gewoon thuis",
    ),
    # violence in the street
    ("overlast", "man met een mes rent achter een jongen aan richting het winkelcentrum"),
    (
        "overlast",
        "er loopt een man met een geweer over het schoolplein, de juffen doen net alle "
        "deuren op slot",
    ),
    (
        "overlast",
        "vechtpartij voor de kroeg, een van die gasten heeft een honkbalknuppel en slaat op "
        "iemand die al op de grond ligt",
    ),
    ("overlast", "Ze schoppen met zn vijven een jongen tegen zijn hoofd op het pleintje"),
    (
        "overlast",
        "er wordt geschoten!! twee knallen en iedereen rent weg, er ligt iemand bij de snackbar",
    ),
    ("overlast", "vrouw wordt door twee mannen een busje in getrokken, ze gilt en schopt"),
    (
        "overlast",
        "jongen met een pistool in zijn hand staat nu bij de kassa van de avondwinkel te "
        "schreeuwen",
    ),
    ("overlast", "man wordt bij de pinautomaat beroofd en ze slaan hem nog steeds"),
    (
        "overlast",
        "gast staat met een kapotte fles te zwaaien in de tram en heeft al iemand in zijn "
        "gezicht geraakt",
    ),
    ("overlast", "jong, bie de kroeg steit d'r eine mit e mes te zwaaie en d'r bleujt al eine"),
    ("overlast", "een pitbull valt een kind aan in het park en hij laat niet los"),
    (
        "overlast",
        "die man bij de fietsenstalling houdt zijn buik vast en er komt overal bloed tussen "
        "zijn vingers door, die andere rende weg",
    ),
    ("overlast", "wallah bro ze steken iemand bij de kapsalon, ze zijn nog bezig"),
    (
        "overlast",
        "In het park trekt een man een meisje de bosjes in, ze roept nee en hij houdt haar "
        "mond dicht",
    ),
    (
        "overlast",
        "de hond van de overburen heeft net de postbode in zijn been gebeten, het bloed "
        "spuit eruit",
    ),
    (
        "overlast",
        "ga je hard, bij de metro ligt een gozer met z'n kop in een plas bloed en niemand doet wat",
    ),
    (
        "overlast",
        "iemand in onze buurtgroepsapp schrijft dat hij nu met een mes naar het buurthuis "
        "gaat om die jongen af te maken, hij is net vertrokken",
    ),
    # emergency after unrelated lines
    (
        "overlast",
        "Hoi, ik heb vorige week gevraagd wanneer het grofvuil wordt opgehaald en nog niks "
        "gehoord. O wacht er gebeurt iets, de buurman staat op straat met een bijl naar "
        "zijn zoon te zwaaien",
    ),
    (
        "zorg",
        "dag gemeente, wanneer gaat de bieb weer open na de verbouwing? en sorry maar er "
        "staat nu een man op het dak van de bieb met een touw om zijn nek",
    ),
    (
        "zorg",
        "Ik wilde melden dat de lantaarnpaal voor nr 8 al weken kapot is. Terwijl ik dit "
        "typ zie ik onder die paal een vrouw die over de grond rolt van de pijn en bloed "
        "overgeeft",
    ),
    # road accidents
    (
        "verkeer",
        "auto ligt op zijn kop in de sloot langs de dijk en ik zie nog iemand in de gordel hangen",
    ),
    ("verkeer", "scooterjongen ligt onder een bestelbus op het kruispunt, hij schreeuwt"),
    (
        "verkeer",
        "fietser geschept door een vrachtwagen die rechtsaf sloeg, ze ligt onder het achterwiel",
    ),
    (
        "verkeer",
        "Klap op de rotonde, twee auto's in elkaar, er komt rook onder de motorkap vandaan "
        "en de bestuurder zit klem",
    ),
    ("verkeer", "ik heb net iemand aangereden op het zebrapad, ze ligt op de weg en zegt niks"),
    (
        "verkeer",
        "er rijdt iemand tegen het verkeer in op de rondweg, keihard, auto's schieten alle "
        "kanten op",
    ),
    (
        "verkeer",
        "oude man in een scootmobiel staat stil op het spoor en de bomen gaan net omlaag",
    ),
    (
        "verkeer",
        "motorrijder is over de vangrail gevlogen en ligt in het gras, hij bloedt uit zijn oor",
    ),
    ("verkeer", "kind aangereden voor de school, het ligt stil en de auto is doorgereden"),
    (
        "verkeer",
        "vrachtwagen is gekanteld, er lekt iets uit wat heel scherp ruikt en de chauffeur "
        "hangt nog in de cabine",
    ),
    # waste and resident initiatives
    (
        "afval",
        "Er lag een dakloze man in de papiercontainer te slapen en de vuilniswagen is hem "
        "nu aan het legen, hij zit in de pers",
    ),
    (
        "afval",
        "kind is in de ondergrondse container geklommen en zit klem, hij huilt en krijgt "
        "het benauwd",
    ),
    (
        "afval",
        "Iemand heeft vaten gedumpt achter de flat en er komt gele damp uit, twee kinderen "
        "die erbij speelden moeten overgeven en hoesten",
    ),
    (
        "initiatief",
        "bij ons buurtfeest is het springkussen weggewaaid met kinderen erin, een meisje "
        "ligt er stil naast",
    ),
    (
        "initiatief",
        "tijdens de opschoonactie van de buurt is een vrijwilliger in elkaar gezakt, hij "
        "ademt heel raar",
    ),
    (
        "initiatief",
        "bij de buurtmoestuin is een vrijwilliger door iets gestoken, zijn hele hoofd zwelt "
        "op en hij kan bijna niet meer slikken",
    ),
    (
        "initiatief",
        "Bij de buurtbarbecue is de gasfles gaan branden en er staat een man in lichterlaaie",
    ),
]

URGENT_K_EN = [
    ("zorg", "HELP my neighbour is on the floor in the hallway and he's not answering me"),
    (
        "wonen",
        "there's smoke pouring out from under the door of the flat next to mine and their "
        "alarm won't stop",
    ),
    ("overlast", "a guy with a knife is chasing someone down the street towards the park"),
    ("zorg", "my baby won't wake up and she feels all floppy"),
    (
        "verkeer",
        "car flipped over in the ditch, someone is still hanging in the seatbelt, not moving",
    ),
    (
        "zorg",
        "my husband's face is drooping on one side and he can't get his words out, it "
        "started just now",
    ),
    (
        "zorg",
        "I can hear screaming and banging through the wall right now, she's begging him to stop",
    ),
    ("overig", "a kid just went under in the pond and hasn't come back up"),
    ("wonen", "smells really strong of gas in the stairwell and something is hissing"),
    (
        "zorg",
        "my flatmate texted me that she's sorry and it's over, she's locked in her room "
        "and won't answer",
    ),
    (
        "zorg",
        "someone's standing on the outside of the bridge railing staring down at the water",
    ),
    ("zorg", "toddler sitting on the edge of a balcony three floors up, no adults around"),
    ("zorg", "my son is choking on something, he can't breathe or cough, he's going purple"),
    ("zorg", "a woman is having a fit on the tram floor, jerking, and her lips are turning blue"),
    (
        "zorg",
        "man on the bench clutching his chest, sweating buckets, says his left arm has gone numb",
    ),
    (
        "zorg",
        "ate a biscuit with peanuts in it and now my throat is closing up, I can barely talk",
    ),
    (
        "wonen",
        "we all have splitting headaches and feel sick and my dad keeps nodding off, the "
        "boiler has been making a weird noise all day",
    ),
    (
        "openbare_ruimte",
        "a power line snapped in the storm and is lying in the flooded street, kids are "
        "splashing about right next to it",
    ),
    (
        "openbare_ruimte",
        "the scaffolding on the building across the road just came down, there were "
        "workers underneath and someone is screaming",
    ),
    (
        "overlast",
        "someone is downstairs in my house right now, I can hear drawers opening, I'm "
        "hiding upstairs",
    ),
    (
        "overlast",
        "two guys are beating a man with a bat outside the chip shop and he's not getting up",
    ),
    (
        "zorg",
        "kid locked in a car in the car park in full sun, windows up, he's bright red and "
        "has stopped crying",
    ),
    (
        "overig",
        "huge bang, the front of the bakery blew out, there are people lying on the "
        "pavement bleeding",
    ),
    ("verkeer", "scooter rider is stuck under a delivery van at the junction"),
    ("zorg", "I've just taken all my pills and now I'm scared"),
    (
        "wonen",
        "sorry to bother you, I wanted to ask about bin day, but I can see an orange glow "
        "and flames in the roof of the house opposite and the old lady lives there alone",
    ),
    ("overig", "man in the canal, he's splashing and shouting and then he goes under"),
    (
        "overlast",
        "lad's just been stabbed outside the station i think, blood everywhere, the other "
        "one ran off",
    ),
    ("zorg", "my dad fell off the ladder a minute ago, landed on his head and isn't moving"),
    (
        "verkeer",
        "little boy in pyjamas wandering on the dual carriageway, cars are swerving round him",
    ),
]

HARD_NEGATIVES_K = [
    # alarming words used loosely
    ("verkeer", "Ik ga dood van het lachen om die nieuwe verkeersborden, wie heeft die bedacht"),
    (
        "afval",
        "die groene container is echt een moordwapen voor mijn rug, zo zwaar om naar de "
        "straat te slepen",
    ),
    (
        "openbare_ruimte",
        "Het gras in het park is helemaal verbrand door de hitte, gaat de gemeente nog sproeien?",
    ),
    (
        "overlast",
        "De buurtapp ontploft sinds er een nieuwe snackbar zit, iedereen klaagt over de "
        "frituurlucht",
    ),
    (
        "overlast",
        "Ik word gek van de hond van de overburen die de hele dag blaft, ik schiet bijna "
        "door het plafond",
    ),
    ("verkeer", "help!! mijn parkeervergunning is verlopen en ik krijg vast een boete"),
    ("afval", "SOS: de grofvuilafspraak is morgen en ik ben mijn containerpas kwijt"),
    (
        "overig",
        "Dit is echt een noodgeval: mijn paspoort verloopt volgende week en ik vlieg over "
        "tien dagen",
    ),
    (
        "afval",
        "onze straat is een slagveld na het buurtfeest, overal bekers, slingers en pizzadozen",
    ),
    (
        "verkeer",
        "Die kruising bij de school is levensgevaarlijk, er gaat ooit iemand dood. Kunnen "
        "er drempels komen?",
    ),
    ("wonen", "Ik verzuip in de formulieren voor de huurtoeslag, wie kan me helpen?"),
    (
        "overlast",
        "ik krijg een hartaanval van die knalpotten elke avond om elf uur, kan de politie "
        "daar niet eens op letten?",
    ),
    ("afval", "The bins are a total crime scene after the foxes got at them again"),
    ("initiatief", "I'm dying to know when the community garden opens again this spring"),
    ("verkeer", "the new roundabout is an absolute death trap, who do I complain to?"),
    # emergencies that are over or handled
    (
        "wonen",
        "Vorige week was er brand in de flat, de brandweer heeft het geblust. Wie betaalt "
        "de roetschade in mijn woning?",
    ),
    (
        "verkeer",
        "gisteren is er een auto tegen onze gevel gereden, niemand gewond en de politie "
        "heeft alles opgenomen, maar de paal staat nog scheef",
    ),
    (
        "zorg",
        "De ambulance is net vertrokken met mijn buurman, hij is in goede handen. Kan "
        "iemand van het wijkteam later bij zijn vrouw langsgaan?",
    ),
    (
        "openbare_ruimte",
        "Na het gaslek van vanochtend heeft de netbeheerder alles veilig verklaard, maar "
        "er zit nog een groot gat in de stoep",
    ),
    (
        "overlast",
        "Bij ons is afgelopen nacht ingebroken terwijl we sliepen. Ze zijn weg en niemand "
        "is gewond, wat moet ik nu doen?",
    ),
    (
        "openbare_ruimte",
        "Er was vanmiddag een vechtpartij op het plein maar de politie heeft ze "
        "meegenomen. Kan daar meer verlichting komen?",
    ),
    (
        "openbare_ruimte",
        "mijn dochter is gisteren over een losse tegel gestruikeld en heeft haar pols "
        "gebroken, ze zit al in het gips. Wanneer wordt die tegel gemaakt?",
    ),
    (
        "wonen",
        "we had a chip pan fire last month, it was put out quickly, but the kitchen still "
        "smells of smoke. Will the housing association repaint?",
    ),
    (
        "initiatief",
        "the man who collapsed at the bus stop this morning was helped by paramedics. Can "
        "we get a defibrillator on our street?",
    ),
    (
        "openbare_ruimte",
        "De jongen die in de vijver was gevallen is er allang uit en het gaat goed met "
        "hem, maar er moet echt een hekje komen",
    ),
    (
        "wonen",
        "De rookmelder ging af maar het was de pizza in de oven, alles is in orde hoor. "
        "Hoe vaak moet ik de batterij vervangen?",
    ),
    (
        "zorg",
        "mijn opa viel vorige week, gelukkig niks gebroken, maar hij wil een alarmknop. "
        "Waar vraag ik die aan?",
    ),
    (
        "openbare_ruimte",
        "Mijn zoontje van vier heeft een bult op zijn hoofd van het klimrek, hij speelt "
        "alweer vrolijk, maar er ontbreekt een stuk leuning",
    ),
    # general safety questions
    ("wonen", "Hoeveel rookmelders moet er in een huurhuis hangen en wie hangt ze op?"),
    ("overig", "Waar in de wijk hangt een AED en kan ik ergens een reanimatiecursus volgen?"),
    ("wonen", "Wat moet je eigenlijk doen als je gas ruikt? Gewoon voor de zekerheid"),
    ("overlast", "Mag je met oud en nieuw vuurwerk afsteken in onze straat, en vanaf hoe laat?"),
    ("openbare_ruimte", "Is het ijs op de vijver in het park al sterk genoeg om te schaatsen?"),
    ("wonen", "Hoe kom ik aan een koolmonoxidemelder, geeft de woningcorporatie die gratis?"),
    ("overig", "What's the police number when it isn't an emergency?"),
    ("initiatief", "Kunnen we als buurt een EHBO-cursus organiseren in het buurthuis?"),
    (
        "initiatief",
        "Ik ben zelf EHBO'er, kan ik me aanmelden als burgerhulpverlener hier in de wijk?",
    ),
    (
        "overig",
        "Zijn er zwemlessen voor volwassenen? Ik kan niet zwemmen en ben bang om ooit te "
        "verdrinken",
    ),
    # hazards with nobody in danger right now
    (
        "openbare_ruimte",
        "Er ligt een omgewaaide boom over het fietspad. Er is niemand geraakt, maar "
        "fietsers moeten door het gras",
    ),
    ("openbare_ruimte", "Putdeksel ligt los midden op de stoep, ik heb er een pion bij gezet"),
    (
        "openbare_ruimte",
        "In de speeltuin hangt een schommel aan één ketting, ik heb de kinderen "
        "weggestuurd en er een lint omheen gedaan",
    ),
    (
        "openbare_ruimte",
        "er liggen injectienaalden in de zandbak. Nu is er niemand, maar morgen spelen er "
        "weer kleuters",
    ),
    ("verkeer", "Het stoplicht bij de basisschool staat al de hele ochtend op oranje knipperen"),
    (
        "wonen",
        "There's a big crack in the ceiling of my rented flat, it's been there a while but "
        "it keeps getting longer",
    ),
    (
        "wonen",
        "De buren slopen een schuurtje met asbestplaten zonder pakken aan, mag dat zomaar?",
    ),
    (
        "openbare_ruimte",
        "het luikje van de lantaarnpaal op de hoek staat open en je ziet de draden zitten",
    ),
    ("overlast", "Wespennest onder de dakgoot boven de voordeur, nog niemand gestoken gelukkig"),
    # acute nuisance, not life-threatening
    ("overlast", "Het is 2 uur 's nachts en de bovenburen hebben nog steeds keiharde muziek aan"),
    (
        "overlast",
        "Er staat nu een groep jongeren te blowen in ons portiek en ze laten hun rommel liggen",
    ),
    ("verkeer", "Iemand heeft net een auto voor mijn uitrit gezet en ik moet naar mijn werk"),
    (
        "overlast",
        "er wordt nu vuurwerk afgestoken in de straat, mijn hond is doodsbang en ligt te "
        "trillen onder de bank",
    ),
    (
        "overlast",
        "Naast het buurthuis staat al een uur een groep mannen keihard te schreeuwen en te lachen",
    ),
    ("overlast", "The pub next door is blasting music and it's half one in the morning"),
    (
        "verkeer",
        "De gasten van het feest bij de buren parkeren de hele stoep vol, ik kom er met de "
        "kinderwagen niet langs",
    ),
    (
        "overlast",
        "Het stinkt naar verbrand plastic in de wijk, volgens mij stookt iemand afval in zijn tuin",
    ),
    (
        "overlast",
        "mijn buurman slijpt elke avond messen in de schuur, dat gekrijs is niet te harden",
    ),
    (
        "wonen",
        "Help, ik heb mezelf buitengesloten en de sleutel ligt binnen op tafel! Wie heeft "
        "een reservesleutel, de corporatie?",
    ),
    # worries about someone, no immediate danger
    (
        "zorg",
        "Mijn buurvrouw van 85 is erg eenzaam, ze vertelde dat ze soms dagen niemand spreekt",
    ),
    (
        "zorg",
        "De meneer op nummer 12 lijkt de laatste tijd verward, hij vroeg me vanochtend "
        "twee keer welke dag het was",
    ),
    (
        "zorg",
        "Ik heb de buurman al een week niet gezien, maar 's avonds gaan zijn lampen aan en "
        "uit en zijn post wordt binnengehaald",
    ),
    (
        "zorg",
        "Mijn moeder is sinds de dood van mijn vader erg somber en eet slecht. Waar kan "
        "ze met iemand praten?",
    ),
    (
        "zorg",
        "Er woont een man alleen die zijn hele huis vol spullen heeft staan, ik maak me "
        "zorgen over de hygiëne",
    ),
    (
        "zorg",
        "de jongen van de overkant zit vaak alleen op de stoep als zijn ouders werken, is "
        "er naschoolse opvang?",
    ),
    (
        "zorg",
        "My elderly neighbour seems lonely and a bit forgetful, is there a befriending service?",
    ),
    (
        "zorg",
        "I haven't seen the lady downstairs for a few days, but her radio is on and she "
        "opened her curtains this morning",
    ),
    (
        "zorg",
        "Ik hoor de buren soms ruzie maken, nu niet, maar het zit me niet lekker. Waar kan "
        "ik advies vragen?",
    ),
    (
        "zorg",
        "Vorige maand zag ik blauwe plekken op de armen van het buurmeisje, ik weet niet "
        "goed wat ik ermee moet",
    ),
    # animals
    ("openbare_ruimte", "Er ligt een dode vos op de stoep bij de bushalte"),
    (
        "overlast",
        "Er zit een hond opgesloten in een auto op de parkeerplaats, het is warm en het "
        "raam staat maar op een kiertje",
    ),
    ("verkeer", "Er zit een zwaan midden op de weg en de auto's moeten er omheen rijden"),
    ("overig", "de kat van de buren zit al sinds vanochtend hoog in de boom te miauwen"),
    ("openbare_ruimte", "Een eend met kuikens is in de put gevallen, ze piepen heel zielig"),
    ("openbare_ruimte", "There's a dog floating in the canal, I think it's been dead a while"),
    # news and rumours
    (
        "wonen",
        "Ik las dat er gisteren in de buurgemeente een flat is afgebrand, zijn onze flats "
        "wel brandveilig?",
    ),
    (
        "overlast",
        "In de buurtapp gaat een bericht rond dat er een man kinderen aanspreekt bij de "
        "school, klopt dat?",
    ),
    (
        "afval",
        "Op het nieuws zeiden ze dat er vannacht een zware storm komt, moeten we de "
        "containers binnenzetten?",
    ),
    (
        "overig",
        "Is het waar dat er vorige nacht een explosie was op het bedrijventerrein? Ik "
        "hoorde een knal maar zag niks",
    ),
    (
        "overig",
        "Someone on Facebook says there was a gas leak in the next street yesterday, was "
        "it real? I haven't smelled anything",
    ),
    ("overig", "Er hing vanochtend politielint bij de snackbar, weet iemand wat er gebeurd is?"),
    (
        "overig",
        "De brandweer houdt vandaag een oefening bij de school en er komt veel rook uit "
        "het gebouw, dat hoort er toch bij?",
    ),
    # exhaustion and frustration without self-harm
    (
        "zorg",
        "Ik zorg al twee jaar voor mijn man met dementie en ik kan niet meer, ik ben "
        "doodop. Bestaat er zoiets als respijtzorg?",
    ),
    ("wonen", "Ik word gek van die schimmel in de badkamer en niemand van de corporatie komt"),
    ("wonen", "Al drie keer gebeld over mijn lekkende dak. Ik ben er echt helemaal klaar mee."),
    (
        "openbare_ruimte",
        "Dit kost me nog mijn kop, al weken wacht ik op een reactie over die kapotte lantaarnpaal",
    ),
    ("overlast", "ik trek het niet meer met die heipalen van de bouw, ik slaap al weken slecht"),
    (
        "wonen",
        "I'm exhausted, working two jobs and I still can't find a flat, I just need some advice",
    ),
    (
        "zorg",
        "Ik zit er helemaal doorheen, baan kwijt en ik weet niet hoe ik de huur moet "
        "betalen. Wie helpt me met mijn schulden?",
    ),
    ("zorg", "I feel so alone since I moved here, are there any coffee mornings nearby?"),
    (
        "initiatief",
        "We willen een buurtpreventie-appgroep beginnen na de inbraken van vorige maand, "
        "hoe pakken we dat aan?",
    ),
    (
        "initiatief",
        "Last year's street party had the bouncy castle blow over, nobody was hurt. How "
        "do we make it safe this time?",
    ),
]
