"""Independently written batch i, Nov 2026: hand-written messages, zorg/wonen/overlast focus."""

OVERLAST = [
    (
        "elke ochtend op weg naar school is het zigzaggen tussen de hondenpoep. mijn zoon van 6 is "
        "er vandaag weer middenin gestapt. kan hier eens op gehandhaafd worden"
    ),
    (
        "s nachts rond 2 uur komt er een chemische lucht van het bedrijf aan de overkant, een "
        "soort oplosmiddel. ramen kunnen niet open en ik word er hoofdpijnig wakker van. wie "
        "controleert dat? vorige week rook mijn buurvrouw het ook, dus ik beeld het me niet in. "
        "overdag merk je er niks van"
    ),
    (
        "De buren onder ons roken elke avond wiet en het komt via de ventilatie ons huis binnen. "
        "We hebben een baby van 4 maanden en de hele babykamer ruikt ernaar. De woningcorporatie "
        "zegt dat we het zelf met de buren moeten oplossen, maar die doen de deur niet open. Wat "
        "kunnen we nog doen?"
    ),
    (
        "elke avond vanaf een uur of 9 staan er auto's op de parkeerplaats achter de flat waar "
        "gedeald wordt. mensen lopen af en aan, motor blijft draaien, deur open dicht. ik ben het "
        "zat"
    ),
    (
        "buren hebben elk weekend feest tot 4 uur, bassen dreunen door de muur. gesprek gehad, "
        "helpt niks"
    ),
    (
        "Upstairs neighbours stomp around and drag furniture every night after midnight. I've left "
        "a polite note, nothing changed. Is there some kind of mediation?"
    ),
    (
        "groep jongens hangt elke avond bij het bankje op het pleintje, harde muziek uit een box, "
        "lachgaspatronen overal en ze roepen dingen naar mijn dochter als ze langsfietst"
    ),
    (
        "ratten in de tuin, zie ze s avonds langs de schutting rennen. komt door de buren die "
        "brood voeren"
    ),
    "duiven op het balkon van de buren, alles onder de poep en dat gekoer om 5 uur s ochtends",
    (
        "hond van de overburen blaft de hele dag als ze naar hun werk zijn, echt 8 uur lang. ik "
        "werk thuis en kan geen teams call meer doen"
    ),
    "wanneer mag je vuurwerk afsteken? hier knalt het al sinds half november elke avond",
    (
        "de shishalounge op de hoek zorgt tot 3 uur s nachts voor herrie: toeterende autos, "
        "geschreeuw bij sluitingstijd, portieren die dichtknallen"
    ),
    (
        "kan de gemeente iets aan de wietlucht in ons portiek doen? niet 1 keer maar elke dag "
        "vanaf de middag. mijn kinderen ruiken het als ze uit school komen"
    ),
    (
        "there's a car parked near the playground almost every evening and people walk up to the "
        "window for like 30 seconds and then leave. pretty sure it's dealing. who do I tell?"
    ),
    "de bakker beneden zet om 4 uur de afzuiging aan en dat gebrom hoor je door het hele huis",
    (
        "het hoveniersbedrijf naast ons start om 7 uur op zaterdag de bladblazers. is daar geen "
        "regel voor?"
    ),
    (
        "honden worden los gelaten op het grasveld waar de kinderen voetballen en de baasjes "
        "ruimen niks op. mag dat gewoon?"
    ),
    (
        "buurman sleutelt elke avond aan brommers in zijn schuur, tot 11 uur constant dat gejank "
        "van de motor"
    ),
    (
        "voor de tweede keer deze maand zijn bij ons in de straat de spiegels van de auto's eraf "
        "getrapt. iedereen is het beu, wat kan de gemeente doen"
    ),
    (
        "Ik woon naast een pand waar 8 mensen op kamers wonen. Er is constant gedoe: harde muziek, "
        "mensen die om 3 uur s nachts schreeuwend thuiskomen, fietsen die tegen onze gevel worden "
        "gesmeten, feestjes in de tuin. De eigenaar woont zelf ergens anders en neemt nooit op. "
        "Wij hebben twee kleine kinderen die er steeds wakker van worden. Kan de wijkregisseur "
        "hier eens naar kijken?"
    ),
    (
        "stank van de frituur van de snackbar hangt de hele dag in onze tuin, het wasgoed ruikt "
        "naar patat"
    ),
    (
        "er wordt in het steegje achter ons huis gedeald, vaak jongens op scooters die even "
        "stoppen en weer wegrijden. zakjes liggen in de bosjes"
    ),
    "geluidsoverlast van buren melden, waar?",
    (
        "iemand voert de meeuwen op het dak van de flat, nu krijsen ze de hele dag en duiken ze op "
        "iedereen die met eten langsloopt"
    ),
    (
        "the bar downstairs has live music on thursdays until 1am and the bass comes straight "
        "through my floor. is that allowed on a weeknight?"
    ),
    "buurvrouw laat haar kat steeds in onze zandbak poepen, praten helpt niet",
    (
        "een paar jongeren gooien al weken s avonds met stenen tegen de ramen van het buurthuis, "
        "er zijn er nu 3 gebarsten. wie pakt dit aan"
    ),
    (
        "De buren barbecueën bijna elke dag op houtskool op hun balkon, de rook trekt zo onze "
        "slaapkamer in. Mijn man heeft astma. Is daar iets tegen te doen?"
    ),
    "garagebedrijfje verderop spuit autos en de verflucht is niet te harden, vooral s avonds",
    (
        "Vorige week is er bij ons tegenover een stel komen wonen met twee grote honden. Overdag "
        "staan die op het balkon en blaffen ze naar alles wat beweegt, ook naar de kinderen die "
        "naar school lopen. Mijn dochtertje durft er niet meer langs en neemt nu een omweg. Ik heb "
        "al twee keer aangebeld, de eigenaar zei dat honden nou eenmaal blaffen. Kan hier iemand "
        "op af?"
    ),
    "kan ik anoniem melden dat er vanuit een woning gedeald wordt? ben bang voor gedoe",
    (
        "tegenover ons zit een huis waar volgens mij wiet gekweekt wordt, ramen altijd afgeplakt, "
        "een zoete lucht en 's nachts gezoem. wie gaat daarover"
    ),
    "wespennest onder de dakgoot van de buren, ze zwermen zo onze tuin in. wie haalt dat weg?",
    (
        "bovenbuurman heeft laminaat gelegd en loopt de hele avond op schoenen heen en weer, ik "
        "hoor elke stap. wat kan ik doen"
    ),
    (
        "the neighbours' kids kick a football against our wall every evening until dark, bang bang "
        "bang. talked to the parents, they just laughed at me"
    ),
    (
        "de kroeg op de hoek zet de terrasstoelen pas om 1 uur binnen en dat gesleep en gelal "
        "houdt iedereen wakker"
    ),
    "we have mice in the shared storage room of our building, who is supposed to deal with that?",
    (
        "een groepje zit steeds in onze portiek te blowen en laat blikjes en peuken achter. oudere "
        "bewoners durven er s avonds bijna niet meer langs"
    ),
    (
        "hondenpoep op het schoolpad, echt elke meter. kunnen er niet wat meer boetes uitgedeeld "
        "worden"
    ),
    "buurman heeft een haan gekocht. die kraait om half 5. elke dag. help",
]

VERKEER = [
    (
        "er wordt veel te hard gereden in onze straat, is 30 maar ze gaan 60. kan er een drempel "
        "komen?"
    ),
    "autos parkeren steeds half op de stoep, ik kan er met de kinderwagen niet langs",
    "stoplicht voor fietsers bij het kruispunt staat al 2 dagen op rood, niemand wacht meer",
    "fietswrak staat al maanden tegen het hek bij de bibliotheek, zonder wiel en zadel",
    "How do I apply for a parking permit? Just moved here and I keep getting fines.",
    "gehandicaptenparkeerplaats aanvragen voor mijn vader, hoe gaat dat in zn werk",
    "het bord eenrichtingsverkeer is omgereden en ligt al een week in de berm",
    (
        "de oversteek bij de school is levensgevaarlijk, autos stoppen niet voor de kinderen. kan "
        "er een zebrapad komen of een klaar-over?"
    ),
    (
        "busjes van pakketbezorgers staan elke middag dubbel geparkeerd en de bus kan er dan niet "
        "langs"
    ),
    "fietspad is zo smal dat scooters je rakelings passeren. kan er een scheiding tussen komen",
    "buurman parkeert zijn camper al 3 weken voor onze deur, mag dat zomaar?",
    (
        "cars race on the long straight road behind our building every friday night, like actual "
        "races with people watching. can you put speed cameras or bumps there?"
    ),
    "kan er een spiegel komen bij de uitrit van de parkeergarage, je ziet niks aankomen",
    (
        "the charging spot in our street is always taken by a car that isn't even electric. can "
        "that be enforced?"
    ),
    "mijn bezoekersparkeervergunning werkt niet in de app, hoe los ik dat op",
    (
        "de drempel bij ons is zo hoog dat iedereen er met twee wielen over de stoep omheen rijdt, "
        "voetgangers moeten dan opzij springen"
    ),
    (
        "vrachtwagens rijden dwars door de woonwijk om de brug te ontwijken, terwijl er een "
        "verbodsbord staat"
    ),
    (
        "Elke ochtend tussen 8 en half 9 is het bij de basisschool één grote chaos. Ouders zetten "
        "hun auto op de stoep, in de bocht en zelfs op het fietspad om even hun kind af te zetten. "
        "Mijn dochter van 9 fietst zelf en moet er tussendoor laveren. Er is al een keer een kind "
        "geraakt door een achteruitrijdende auto, gelukkig niks ergs. Kan er handhaving komen of "
        "een kiss-and-ride strook?"
    ),
    (
        "er staan al weken 6 fietsen zonder eigenaar aan het rek bij het station, allemaal "
        "verroest en zonder ketting"
    ),
    (
        "voetgangerslicht bij de rotonde springt veel te snel op rood. oudere mensen met een "
        "rollator halen de overkant niet"
    ),
]

INITIATIEF = [
    (
        "we willen in september een buurtbarbecue houden op het pleintje, moeten we daar een "
        "vergunning voor aanvragen?"
    ),
    "Is er geld beschikbaar voor een moestuin bij de flat? We zijn met een groepje van 8 bewoners.",
    "mag ik een geveltuintje maken voor mijn huis? de stoep is vrij breed",
    (
        "wij willen het plantsoentje op de hoek zelf gaan onderhouden, het ziet er nu niet uit. "
        "kan dat?"
    ),
    (
        "hoe start je een buurtpreventie appgroep? na 3 inbraken deze maand willen we als straat "
        "iets doen"
    ),
    (
        "some neighbours and I want to organise a clean-up morning in the park. can the "
        "municipality provide grabbers and bags, and pick up the full bags afterwards?"
    ),
    "idee: een minibieb kastje op het pleintje. mag dat zomaar neergezet worden?",
    (
        "ik wil graag een wekelijkse koffieochtend voor ouderen organiseren in het buurthuis. bij "
        "wie moet ik zijn om een ruimte te krijgen en is er een potje voor koffie en koek? ik heb "
        "al 4 vrijwilligers en een paar oudere buurvrouwen die het leuk vinden om te helpen"
    ),
    (
        "kunnen we als buurt meedenken over de nieuwe speeltuin? we hebben al tekeningen gemaakt "
        "met de kinderen"
    ),
    "ons straatje wil de boomspiegels vol bloemen zetten, mag dat en krijgen we plantjes?",
    "hoe vraag ik bewonersbudget aan voor een kerstmarkt in de wijk",
    (
        "Hallo! Wij zijn een paar moeders uit de straat en willen in de zomervakantie elke "
        "woensdagmiddag iets doen voor de kinderen die niet op vakantie gaan: spelletjes, "
        "knutselen, limonade. We denken aan het grasveld achter de flat, of het buurthuis als het "
        "regent. Kunnen we hier subsidie voor krijgen en moeten we iets regelen qua verzekering?"
    ),
    (
        "straat afsluiten voor een straatfeest op koningsdag, hoe lang van tevoren moet je dat "
        "aanvragen?"
    ),
    (
        "is it possible to start a repair café in the community centre? I'm handy with bikes and "
        "electronics and would love to help people out once a month"
    ),
    "we willen tegels eruit en groen erin in onze straat, tegelwippen. doet de gemeente mee?",
    "ik heb een idee voor een jeu de boules baan op het pleintje, waar kan ik dat indienen?",
    (
        "Wij zouden met de buren graag een bankje en een paar plantenbakken neerzetten bij de "
        "ingang van de flat. Wie moet daar toestemming voor geven?"
    ),
    "kan ik het buurthuis gebruiken voor een taalcafé dat ik met vrijwilligers wil opzetten",
    (
        "Onze buurtmoestuin draait nu twee jaar en is een groot succes, we hebben een wachtlijst "
        "van 15 bewoners die ook een bakje willen. Naast de tuin ligt een strook gras waar nooit "
        "iemand komt. Kunnen we die erbij krijgen, en bij wie moeten we daarvoor aankloppen?"
    ),
    (
        "we willen een gezamenlijke iftar in de buurt organiseren, open voor iedereen. mag dat op "
        "het plein en is er budget voor?"
    ),
]

AFVAL = [
    "container bij ons is weer vol en er staan zakken naast, het stinkt enorm met dit weer",
    "grofvuil ophalen, hoe maak ik een afspraak? heb een oude bank en 2 matrassen",
    "gft is deze week niet opgehaald, de hele straat staat nog buiten",
    "ik ben mijn containerpas kwijt, hoe krijg ik een nieuwe",
    "Which day is paper collected here? Can't find the waste calendar anywhere.",
    "iemand heeft een hele keuken gedumpt naast de glasbak. kastjes, aanrecht, alles",
    "de klep van de ondergrondse container zit vast, niemand kan zijn afval kwijt",
    "overal zwerfvuil langs de sloot, blikjes en chipszakken. kan de veegploeg eens komen?",
    "mn pas werkt niet meer bij de container, lampje blijft rood",
    (
        "sommige buren zetten hun vuilniszakken al op zondag buiten terwijl de ophaaldag dinsdag "
        "is. katten en kraaien trekken ze open en alles ligt over de stoep"
    ),
    "waarom wordt het plastic maar 1x per maand opgehaald, mijn schuur staat vol",
    "kunnen we een extra grijze container krijgen? we zijn met 6 personen",
    (
        "Al weken wordt er bij de containers achter de flat van alles gedumpt: matrassen, kapotte "
        "stoelen, zakken met kleding en vorige week zelfs een koelkast. Het ziet er vreselijk uit "
        "en het trekt ongedierte aan. Ik heb het al drie keer via de app gemeld en dan wordt het "
        "wel opgehaald, maar een week later ligt er gewoon weer een nieuwe berg. Kan er misschien "
        "een camera komen of een bord met boetes?"
    ),
    "glasbak zit propvol, de flessen staan ernaast op de grond en er ligt overal glas",
    (
        "I'm moving out and have an old fridge and a desk. Can the municipality pick these up or "
        "do I have to bring them somewhere myself?"
    ),
    "how much does it cost to have bulky waste (grofvuil) picked up?",
    "onze kliko is door de vuilniswagen kapot gereden, er is een wiel af",
    (
        "Na de markt op zaterdag ligt het plein vol met kartonnen dozen, plastic en rotte groente, "
        "en dat blijft liggen tot maandag. Zondag waait alles door de straat en in de voortuinen. "
        "Kan de reiniging niet direct na de markt langskomen?"
    ),
    "waar kan ik oud frituurvet en restjes verf inleveren",
    "afvalwijzer app zegt dinsdag maar de papieren kalender zegt woensdag, welke klopt?",
]

OPENBARE_RUIMTE = [
    (
        "in de fietstunnel onder het spoor staan sinds vorige week allemaal racistische teksten op "
        "de muur. vind het heel naar voor de kinderen die er elke dag doorheen fietsen. kan dat "
        "eraf?"
    ),
    "graffiti op de muur bij het speeltuintje, tags over de hele lengte",
    (
        "the path from campus to our student housing is pitch dark, like 4 lamps in a row are out. "
        "feels really unsafe walking home after the library closes"
    ),
    "lantaarnpaal voor nummer 12 knippert al weken en nu is hij helemaal uit",
    "het bankje bij de vijver is kapot, er missen twee planken en er steken spijkers uit",
    (
        "boomwortels drukken de stoep omhoog, mijn moeder met rollator is er gisteren bijna over "
        "gestruikeld. kan dat rechtgelegd worden"
    ),
    (
        "na elke regenbui staat de kruising bij ons blank, de putten lopen gewoon niet door. "
        "gisteren stond het water tot over de stoeprand"
    ),
    "diep gat in de weg bij de bushalte, fietsers moeten er omheen slingeren",
    (
        "kan het gras op het veldje achter de flat gemaaid worden? het staat kniehoog en mijn hond "
        "zit onder de teken"
    ),
    (
        "grote tak hangt half afgebroken boven het fietspad sinds de storm, kan die eruit gehaald "
        "worden"
    ),
    (
        "de glijbaan in de speeltuin heeft een scherpe scheur in het plastic, het zoontje van de "
        "buren heeft er zijn broek aan opengehaald"
    ),
    (
        "someone sprayed really nasty stuff about a girl from my school on the wall next to the "
        "bus stop, with her full name. can it be removed asap please, she's really upset"
    ),
    (
        "de stoeptegels liggen los voor de ingang van de supermarkt, al drie keer iemand zien "
        "struikelen"
    ),
    (
        "onkruid tussen de tegels op het plein staat een halve meter hoog, wordt daar nog wel eens "
        "iets aan gedaan?"
    ),
    (
        "waarom is het wandelpad langs het water zo slecht verlicht? halve pad is donker sinds de "
        "zomer"
    ),
    (
        "straatkolk voor ons huis zit verstopt met bladeren. bij regen loopt het water bijna onze "
        "voortuin in"
    ),
    (
        "mag de boom voor mijn huis gekapt worden? hij neemt al het licht weg en de bladeren "
        "zitten in mijn goot"
    ),
    "hekwerk rond het trapveldje is doorgezakt, de bal rolt steeds de sloot in",
    (
        "Goedenavond. Ik loop elke avond met de hond het rondje door het parkje en sinds een paar "
        "weken is het daar echt pikkedonker, ik denk dat er vier of vijf lampen kapot zijn. Je "
        "ziet de paaltjes en de boomwortels niet meer, vorige week ben ik gestruikeld en heb ik "
        "mijn pols verstuikt. Kan dit met voorrang gemaakt worden voordat er meer mensen vallen?"
    ),
    "flinke verzakking in het trottoir bij de ingang van de flat, na regen een soort zwembadje",
    "wie haalt dat hakenkruis op het transformatorhuisje weg? staat er al een maand",
    (
        "the swings at the small playground have been broken since summer, one chain is missing. "
        "my kids ask every day when they'll be fixed"
    ),
    "de fontein in het park doet het al een jaar niet en staat vol groene smurrie",
    (
        "De bomen op het plein hebben al jaren geen snoeibeurt gehad. De takken schuren nu tegen "
        "onze ramen op 1 hoog, bij harde wind tikt het de hele nacht, en de lantaarnpaal ertussen "
        "is helemaal ingegroeid zodat de stoep s avonds donker is. Wanneer komt de snoeiploeg "
        "langs?"
    ),
    "het houten bankje bij de bushalte is helemaal verrot, je zakt er bijna doorheen",
]

ZORG = [
    (
        "mijn buurvrouw van 84 heb ik al ruim een week niet gezien en haar brievenbus puilt uit. "
        "vanmiddag aangebeld, geen reactie, maar haar rollator staat ook niet in de gang dus "
        "misschien is ze bij haar zoon. ik heb geen nummer van de familie. wie kan er eens "
        "navragen of alles goed met haar is?"
    ),
    (
        "buurman op 3 hoog komt al weken de deur niet uit, de folders liggen tot in de gang. "
        "vanavond even aangeklopt, hij deed open en zei dat alles prima ging maar hij zag er "
        "slecht uit en het rook niet fris. ik denk dat hij niet meer goed voor zichzelf zorgt. bij "
        "wie kan ik dit kwijt?"
    ),
    (
        "de bovenbuurvrouw bewaart echt alles, je ziet de dozen en tassen tot aan het raam staan "
        "en als ze de deur opendoet komt er een vieze lucht uit. ze is verder een schat van een "
        "mens. ik maak me zorgen om haar, kan er iemand langs die haar kan helpen zonder dat ze "
        "zich aangevallen voelt"
    ),
    (
        "ik ben het zo zat. drie jaar mantelzorg voor mn moeder met dementie naast een fulltime "
        "baan en niemand die het eens een weekend overneemt. mijn broer laat niks van zich horen. "
        "is er iets van respijtzorg of iemand waarbij ik gewoon even mijn verhaal kwijt kan?"
    ),
    (
        "ik trek het bijna niet meer met de schulden. elke week weer een brief van een "
        "incassobureau en ik durf de enveloppen niet eens meer open te maken, ze liggen in een "
        "schoenendoos. is er iemand die met me mee kan kijken en het op een rijtje kan zetten?"
    ),
    "Hoe kom ik in contact met het wijkteam?",
    "buurtteam tel nr?",
    (
        "sinds mn man vorig jaar is overleden zit ik de hele dag alleen in huis. de kinderen wonen "
        "ver weg en bellen 1x per week. zijn er hier in de buurt dingen voor ouderen, een "
        "koffieochtend of een kaartclub of zo?"
    ),
    (
        "Onze zoon is 24 en komt al maanden zijn kamer bijna niet meer uit. Hij gamet tot een uur "
        "of 5 s nachts, slaapt tot de middag en eet nauwelijks mee. Naar de huisarts wil hij niet. "
        "Hij is niet agressief, gewoon helemaal teruggetrokken. Wij weten als ouders niet meer wat "
        "we moeten doen. Is er iemand die met ons mee kan denken of die eens met hem kan praten?"
    ),
    (
        "de jonge moeder naast ons (baby en een peuter, vader is vertrokken denk ik) ziet er echt "
        "doodop uit. de was hangt al een week op het balkon, ze huilt soms als ik haar op de "
        "galerij tegenkom. niks ergs gebeurd hoor maar ze lijkt het niet aan te kunnen. bestaat er "
        "hulp voor zulke gezinnen?"
    ),
    (
        "ik heb brief van belastingdienst over naheffing en ik snap er niks van. mijn nederlands "
        "is niet zo goed. wie kan mij helpen met lezen en terugschrijven"
    ),
    (
        "Kan iemand mijn vader helpen met zijn post? Hij krijgt brieven van het CJIB over boetes "
        "die hij niet begrijpt en stopt ze gewoon in een la. Hij is 79 en raakt het overzicht "
        "kwijt, ik woon zelf 2 uur rijden verderop."
    ),
    (
        "wachtlijst jeugdzorg is 9 maanden zeggen ze. mijn dochter van 13 is heel somber, slaapt "
        "slecht en gaat al 3 weken niet naar school. kan het wijkteam in de tussentijd iets doen? "
        "haar vader en ik zijn gescheiden en we merken allebei dat we tekortschieten. ze zegt zelf "
        "dat ze gewoon moe is van alles"
    ),
    (
        "de thuiszorg van mijn moeder is teruggebracht van 6 naar 3 uur per week. ze kan zichzelf "
        "niet eens goed wassen. waar kan ik bezwaar maken of extra hulp aanvragen"
    ),
    (
        "hoelang duurt het om via de gemeente bij een psycholoog te komen? ik sta al 5 maanden op "
        "een lijst bij de ggz en heb het gevoel dat ik vastloop, werk gaat ook steeds slechter"
    ),
    (
        "Hi, my elderly neighbour downstairs seems really confused lately. Yesterday she knocked "
        "on my door at 11pm asking if I had seen her husband, who passed away years ago. She's "
        "physically ok I think, just lost. Who should I contact so someone can check on her?"
    ),
    (
        "I'm an international student and honestly just very lonely here, I don't know anyone "
        "outside of class. are there any social groups or places to meet people nearby?"
    ),
    "hoe vraag je huishoudelijke hulp aan via de wmo",
    (
        "mijn buurman drinkt veel en ik zie hem steeds magerder worden. laatst zat hij om 10 uur s "
        "ochtends al met een blikje op het bankje. ik wil me er niet mee bemoeien maar vind het "
        "zielig, is er iemand die eens met hem kan praten"
    ),
    (
        "mn vrouw heeft ms en ik zorg voor haar en onze 3 kids. ben op. echt op. wie kan er helpen "
        "met dagbesteding voor haar of een paar uurtjes hulp in huis"
    ),
    (
        "Is er een maatjesproject? Mijn tante woont alleen en zou graag iemand hebben om mee te "
        "wandelen."
    ),
    (
        "buurvrouw is sinds haar heupoperatie erg vergeetachtig geworden. ze vergeet te eten en "
        "vraagt me 3x per dag hoe laat het is. familie woont in het buitenland. kan iemand van het "
        "wijkteam eens bij haar langs"
    ),
    (
        "ik durf het bijna niet te vragen maar heb sinds 2 weken geen geld meer voor boodschappen. "
        "waar is de voedselbank en moet ik me ergens aanmelden?"
    ),
    (
        "moeder van 3 hier, alles zit tegen. ben zo moe dat ik s ochtends niet uit bed kom. "
        "bestaat er iets van gezinsondersteuning?"
    ),
    "hoe kom ik aan een scootmobiel via de wmo? mn vader loopt nog maar 50 meter",
    (
        "het lukt me niet meer om de formulieren voor bijzondere bijstand in te vullen, het zijn "
        "er zo veel. is er iemand die kan helpen? ik heb adhd en raak alles kwijt"
    ),
    (
        "my neighbour's flat smells horrible, like rotting food, and you can see stuff piled to "
        "the ceiling through the window. he's a sweet old guy, I think he just can't cope anymore. "
        "wie moet ik daarvoor bellen?"
    ),
    (
        "Ik ben mantelzorger voor mijn zus met een verstandelijke beperking. Bestaat er zoiets als "
        "een mantelzorgwaardering?"
    ),
    (
        "een vriendin van mijn moeder eet al weken alleen soep uit blik en komt niemand meer "
        "tegen. ze zegt dat ze niemand tot last wil zijn. ik zou graag willen dat er eens iemand "
        "bij haar op bezoek gaat, kan dat?"
    ),
    "is het wijkteam ook in het weekend bereikbaar",
    (
        "ik zit in de schuldhulpverlening maar de wachttijd voor een gesprek is 3 maanden. "
        "intussen blijven de aanmaningen binnenkomen. kan ik ergens eerder terecht?"
    ),
    (
        "Misschien ben ik overbezorgd maar de oude meneer tegenover ons (alleenstaand, rond de 90) "
        "had ik sinds zondag niet gezien. Normaal haalt hij elke ochtend om 9 uur de krant en "
        "zwaait hij. Ik heb net aangebeld, hij deed na een tijdje open in zijn pyjama en zei dat "
        "hij griep had. Hij leek wat verward en er stond bijna niks in zijn koelkast. Wie kan ik "
        "dit laten weten zodat er de komende dagen iemand naar hem omkijkt?"
    ),
    (
        "de buurjongen van 17 is gestopt met school en zit de hele dag binnen. zijn moeder vraagt "
        "mij om advies maar ik weet het ook niet. waar kan hij terecht voor begeleiding?"
    ),
    (
        "waar is een inloop of buurtkamer waar je gewoon even koffie kan drinken? ik ben net "
        "gescheiden en ken hier niemand"
    ),
    (
        "How do I get in touch with the buurtteam? My GP said they could help with my situation at "
        "home but I can't find a phone number anywhere on the website."
    ),
    (
        "My mother-in-law's home care was cut from 3 visits a week to 1 and she can't shower on "
        "her own anymore. Can we appeal that, and who decides it?"
    ),
    (
        "mijn opa is 92 en wil per se thuis blijven wonen. hij heeft een alarmknop maar redt het "
        "eigenlijk niet meer met koken en wassen. wat is er nog meer mogelijk aan zorg aan huis? "
        "mijn moeder gaat nu elke dag na haar werk langs maar die loopt zelf ook op haar tandvlees"
    ),
    (
        "de buurvrouw praat soms hardop tegen zichzelf in het trappenhuis, ze is echt in de war. "
        "niet agressief hoor, eerder verdrietig. kan er iemand naar haar kijken"
    ),
    (
        "mijn moeder van 88 belt me wel 20 keer per dag omdat ze bang is alleen. ik kan het niet "
        "meer opbrengen naast mijn werk en de kinderen. is er dagopvang of zoiets in de buurt?"
    ),
    (
        "Ik word steeds van loket naar loket gestuurd. Ik heb gewoon iemand nodig die naast me "
        "gaat zitten bij de aanvraag voor de zorgtoeslag en de uitkering, want ik snap die "
        "formulieren niet. Wie doet dat?"
    ),
    "iemand om mee te praten, waar kan dat",
    (
        "ik ben 67 en sinds kort weduwnaar. koken heb ik nooit gedaan, mijn vrouw deed dat altijd. "
        "zijn er plekken waar je samen met anderen kan eten?"
    ),
    (
        "Onze dochter van 10 heeft autisme en staat al een jaar op de wachtlijst voor begeleiding. "
        "School belt ons bijna elke dag om haar op te halen, ik ben mijn baan bijna kwijt en mijn "
        "man werkt nachtdiensten. We zijn uitgeput. Kan het wijkteam tussentijds iets regelen, al "
        "is het maar een paar uur ondersteuning per week?"
    ),
    (
        "de man van 2 hoog met de hond komt al weken niet meer buiten. de hond wordt nauwelijks "
        "uitgelaten en piept de hele dag. ik denk dat het niet goed met hem gaat, hij is vorig "
        "jaar zijn baan en zijn vrouw kwijtgeraakt"
    ),
    (
        "not sure who to ask but the lady next door has had her post piling up for about 10 days. "
        "I knocked twice, no answer, but her lights go on in the evening so I think she's home and "
        "just not opening. Is there someone from the neighbourhood team who could look in on her?"
    ),
    (
        "Hoi, ik ben 19 en woon sinds kort op mezelf. Ik krijg allemaal brieven over "
        "zorgverzekering en belasting en ik weet niet wat ik ermee moet. Is er iemand die kan "
        "helpen met die administratie? Er ligt nu een stapel van zeker 15 brieven op mijn bureau "
        "en ik heb er eerlijk gezegd een beetje angst voor."
    ),
    (
        "mijn broer heeft een psychose gehad en is nu weer thuis maar redt het niet alleen. de ggz "
        "zegt dat er geen plek is voor begeleid wonen. wat kan de gemeente doen"
    ),
    (
        "vraagje: buurvrouw is net bevallen van een tweeling en heeft verder niemand. ik help waar "
        "ik kan maar ze is kapot. bestaat er gezinshulp via de gemeente?"
    ),
    (
        "voel me de laatste tijd zo alleen en down. niks ergs hoor, wil gewoon eens met iemand "
        "praten. kan dat via jullie?"
    ),
    (
        "ik kreeg vandaag een aanmaning van het cjib van 380 euro, ik dacht dat ik alles betaald "
        "had. ik raak echt in paniek van dit soort post en weet niet waar ik moet beginnen. wie "
        "kan met me meekijken?"
    ),
]

WONEN = [
    (
        "Al 9 jaar ingeschreven als woningzoekende en nog steeds niks. Ik woon met mijn 2 kinderen "
        "op één kamer bij mijn moeder. Ik word er gek van, wat moet ik nog doen??"
    ),
    (
        "urgentie afgewezen terwijl ik in een rolstoel zit en op de 3e verdieping woon zonder "
        "lift. hoe kan ik hier bezwaar tegen maken"
    ),
    (
        "ik ben 78 en wil graag naar een gelijkvloerse woning, de trappen worden me te zwaar. hoe "
        "pak ik dat aan?"
    ),
    "hoe vraag ik huurtoeslag aan",
    "mijn huurtoeslag is stopgezet omdat mijn zoon weer bij me is ingetrokken, klopt dat wel?",
    (
        "servicekosten zijn dit jaar met 40 euro per maand omhoog gegaan zonder enige uitleg. mag "
        "dat zomaar?"
    ),
    (
        "huisbaas reageert al 3 maanden niet op mijn melding over de kapotte cv ketel. ik douche "
        "koud en verwarm de woonkamer met een elektrisch kacheltje. wat kan ik doen"
    ),
    (
        "na de storm van vorige week zijn er een stuk of tien dakpannen van ons huis gewaaid en de "
        "dakgoot hangt los. het is ons eigen huis. heb ik een vergunning nodig om het te laten "
        "repareren of kan de dakdekker gewoon aan de slag?"
    ),
    (
        "Our landlord refuses to fix the mould in the bathroom, he says it's because we don't "
        "ventilate enough. The fan has been broken since we moved in. It's been 6 months. Where "
        "can we complain? We have photos of everything and my flatmate has started coughing a lot."
    ),
    "How long is the waiting list for social housing here? I'm on a 4 year PhD contract.",
    (
        "schimmel in de slaapkamer van mn dochtertje, woningcorporatie komt pas over 6 weken "
        "kijken. ze hoest al de hele winter. kan dat niet sneller"
    ),
    (
        "Goedenavond, ik wil een dakkapel op mijn eigen woning plaatsen. Heb ik daarvoor een "
        "vergunning nodig?"
    ),
    (
        "ik ben het echt zat. 12 jaar wachten, elke week op woningen reageren en dan sta je op "
        "plek 200 of zo. ik ben 58 en slaap al een jaar op de bank bij mijn broer. hoe kom ik ooit "
        "aan een huis"
    ),
    (
        "kan ik met voorrang een woning krijgen na mijn scheiding? ik zit nu met de kinderen in "
        "een vakantiehuisje en dat kan maar tot eind van de maand"
    ),
    "mijn huur gaat per 1 juli 6% omhoog, mag dat bij een sociale huurwoning?",
    (
        "het raam in de woonkamer sluit niet meer en het tocht enorm. de corporatie zegt dat het "
        "'op de planning staat', sinds maart al"
    ),
    "Wie moet de verstopte afvoer in mijn huurhuis laten ontstoppen, ik of de verhuurder?",
    (
        "door de storm is onze schutting omgewaaid en zit er een scheur in de achtergevel. moet ik "
        "dat bij de gemeente melden of alleen bij de verzekering? het is een koophuis"
    ),
    (
        "Wij wonen met z'n vijven in een tweekamerflat. De drie kinderen slapen samen op één "
        "kamer, de oudste van 14 maakt zijn huiswerk op de wc-deksel omdat er nergens rust is. "
        "Onze aanvraag voor urgentie werd afgewezen want 'geen acute noodsituatie'. Wat is dan wel "
        "nood? Kunnen we nog iets anders proberen?"
    ),
    (
        "ik heb een indicatie voor een rolstoelwoning maar er komt nooit iets vrij in deze "
        "gemeente. hoe lang moet ik nog wachten"
    ),
    (
        "the heating in our student flat has been broken for 2 weeks, the landlord keeps saying "
        "the mechanic is coming. it's 14 degrees inside. what are our rights?"
    ),
    (
        "vochtplekken op het plafond van de badkamer, komt volgens mij van de bovenburen. ik huur "
        "bij een particulier, wie betaalt de reparatie"
    ),
    "mag ik zelf een nieuwe keuken laten plaatsen in mijn huurwoning",
    "woningruil, hoe werkt dat? willen kleiner nu de kinderen de deur uit zijn",
    (
        "Mijn moeder is 85 en woont op 2 hoog zonder lift. Ze komt bijna niet meer naar beneden "
        "omdat de trap te steil is, dus ze is alleen nog binnen. Ze staat ingeschreven voor een "
        "seniorenwoning maar de wachttijd is 7 jaar. Is er een snellere route voor ouderen, of kan "
        "ze met medische urgentie voorgaan?"
    ),
    "huurcommissie hoe werkt dat? betaal 1100 voor een studio van 25m2, dat lijkt me te veel",
    (
        "De afzuiging in de badkamer doet het al maanden niet en het hele plafond wordt zwart. "
        "Melding gedaan bij de corporatie maar er gebeurt niets."
    ),
    "heb ik een vergunning nodig voor zonnepanelen op mijn dak?",
    "urgentieverklaring aanvragen, hoe",
    (
        "ik moet over 2 maanden mijn huis uit omdat de eigenaar het gaat verkopen. ik heb geen "
        "idee waar ik heen moet met mijn hond. hoe kom ik snel aan een woning?"
    ),
    (
        "ik heb een huurachterstand van 2 maanden en de corporatie stuurt een brief over "
        "ontruiming. kan ik nog een betalingsregeling treffen?"
    ),
    "Can I get huurtoeslag as an EU citizen working part time? My rent is 780 a month.",
    (
        "ons huis is aan het verzakken, er komen scheuren in de muren en de deuren klemmen. het is "
        "een koopwoning uit 1930. kan de gemeente iets met funderingsproblemen of moeten we het "
        "zelf uitzoeken? de buren twee deuren verder hebben hetzelfde, dus we vermoeden dat de "
        "hele rij het heeft"
    ),
    (
        "Ik zit al 2 jaar in de maatschappelijke opvang en ben er klaar voor om zelfstandig te "
        "wonen, mijn begeleider is het daarmee eens. Hoe werkt de doorstroom naar een eigen "
        "woning?"
    ),
    (
        "front door of our rental doesn't lock properly, lock has been jammed for weeks and the "
        "housing corporation just doesn't send anyone"
    ),
    (
        "de lift in onze flat is al 3 weken kapot en ik woon op de 8e. met boodschappen en een "
        "kinderwagen is dat niet te doen. wie moet dat maken, de corporatie reageert niet. mijn "
        "buurvrouw van 80 zit nu al die tijd binnen omdat ze de trap niet af kan, en wij sjouwen "
        "alles 8 trappen op"
    ),
    "kan ik huurverlaging krijgen nu mijn inkomen omlaag is gegaan?",
    (
        "we own our house and want to build an extension at the back, about 3 metres. do we need a "
        "permit and how long does that take?"
    ),
    (
        "na de storm lekt het dak van onze huurwoning bij de schoorsteen. er staat een emmer op "
        "zolder en die is elke ochtend halfvol. de corporatie neemt de telefoon niet op"
    ),
    (
        "ik ben 70 en heb een nieuwe knie, maar onze douche in de huurwoning heeft een hoge "
        "opstap. kan de woningcorporatie dat aanpassen?"
    ),
]

OVERIG = [
    "hoe verleng ik mijn paspoort",
    "is het gemeentehuis op zaterdag open",
    "ik ga verhuizen, hoe geef ik mijn nieuwe adres door",
    "wie is de wijkregisseur voor onze buurt",
    "What happens to the data I type in this chat? Can I have it deleted?",
    "hoi",
    "dank je wel, je hebt me echt geholpen!",
    "ben jij een robot of een echt mens?",
    "kan ik de gemeentelijke belastingen in termijnen betalen",
    "afspraak maken om mijn rijbewijs te verlengen",
    "I need a copy of my birth certificate for my visa application, how do I request it?",
    "wat is het telefoonnummer van de gemeente",
    "hondenbelasting, moet ik dat nog betalen nu mijn hond is overleden?",
    "kan ik hier ook een klacht indienen over een medewerker van de gemeente",
    "wat voor weer wordt het morgen haha",
]
