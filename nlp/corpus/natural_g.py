"""Independently written batch g, Nov 2026: hand-written resident messages for eight themes."""

OVERLAST = [
    (
        "dat bedrijf achter de flat stinkt weer een uur in de wind, een soort chemische lucht die "
        "in je keel prikt. geen gaslucht hoor, meer iets als oplosmiddel. ramen moeten dicht. "
        "wie controleert die bedrijven eigenlijk?"
    ),
    (
        "elke ochtend om 7 uur staat de hovenier van de vve met een bladblazer onder ons raam. "
        "ik word er gek van"
    ),
    "buurman begint zaterdag om half 8 al met zn heggenschaar en kettingzaag. mag dat zomaar??",
    (
        "er komt wietlucht via de ventilatie onze badkamer in, volgens mij van de benedenburen. "
        "de kinderen slapen er net boven. wat kan ik hiermee"
    ),
    (
        "weed smell coming through our vents every night from the flat below, even our towels "
        "smell of it. who do I report this to?"
    ),
    (
        "vannacht weer bij 4 autos in onze straat de spiegels eraf getrapt. derde keer deze "
        "maand, wordt er nou eens iets aan gedaan"
    ),
    (
        "Vanochtend zag ik dat iemand een kras over de hele zijkant van mijn auto heeft gezet "
        "en de ruitenwissers heeft verbogen. Bij de buren precies hetzelfde. Aangifte doe ik, "
        "maar ik wil het ook bij de wijkregisseur melden want dit gebeurt hier steeds vaker "
        "'s nachts."
    ),
    (
        "groepje jongens hangt elke avond bij de ingang van de flat, roepen dingen naar meisjes en "
        "gaan expres in de weg staan als je erlangs wil. mn dochter van 15 durft er niet meer "
        "langs. nu zijn ze weg maar morgen staan ze er gewoon weer"
    ),
    (
        "kroeg op de hoek heeft elk weekend live muziek tot 1 uur, de bas dreunt zo door in onze "
        "slaapkamer. hebben die daar een vergunning voor?"
    ),
    (
        "the bar downstairs has live bands until past midnight on fridays and saturdays, our "
        "walls literally shake. can someone check their permit pls"
    ),
    (
        "De hond van de buren blaft en jankt de hele dag zodra zij naar hun werk zijn, van half "
        "8 tot een uur of 6. Ik werk thuis en heb de hele dag online vergaderingen, collega's "
        "vragen al of ik een kennel heb. Ik heb een briefje in hun bus gedaan maar geen reactie. "
        "Het is echt een ramp. Wat zijn de volgende stappen?"
    ),
    (
        "duiven op ons balkon, alles onder de poep. buurvrouw gooit elke dag brood voor ze neer. "
        "mag dat eigenlijk"
    ),
    (
        "ratten bij de speeltuin achter de flat!! gisteravond zag ik er 3 tegelijk rennen onder "
        "de glijbaan door, en vanochtend zat er eentje gewoon bij de zandbak. er is een oudere "
        "meneer die daar elke dag een zak brood strooit voor de eenden en de duiven, ik heb het "
        "hem al eens gezegd maar hij wordt dan boos. mijn kinderen spelen daar. wie kan dit "
        "aanpakken, de gemeente of moet ik zelf een bestrijder bellen?"
    ),
    (
        "ze zijn hier al sinds half november knallen aan het afsteken, elke avond rond 9 uur. mn "
        "hond trilt onder de bank"
    ),
    (
        "Onze buurman heeft een beveiligingscamera aan zijn schuur gehangen die precies onze "
        "tuin en het keukenraam in filmt. Wij zitten daar met de kinderen te eten en in de zomer "
        "in zwemkleding in de tuin. We hebben netjes gevraagd of hij hem wil draaien, hij zegt "
        "dat het zijn goed recht is. Mag dat zomaar, en wie kan hierin bemiddelen?"
    ),
    (
        "ik ga dood van die herrie, elke nacht die jongens die met hun scooters staan te ronken "
        "voor de snackbar tot 2 uur"
    ),
    (
        "snackbar naast ons heeft een nieuwe afzuiger en die bromt dag en nacht, en alles ruikt "
        "naar frituurvet. wie gaat daarover"
    ),
    (
        "Wij wonen naast een bakkerij die om 4 uur 's nachts begint met laden en lossen. "
        "Vrachtwagen met draaiende motor, rolcontainers die over de klinkers ratelen, mannen die "
        "tegen elkaar roepen. Ik heb twee keer met de eigenaar gepraat, hij is heel vriendelijk "
        "maar er verandert niks. Kan de gemeente hierin bemiddelen of is er een regel voor "
        "nachtelijk lawaai van bedrijven?"
    ),
    (
        "bovenburen lopen tot laat op hakken en schuiven met stoelen, en om 12 uur 's nachts gaat "
        "de wasmachine aan. ik heb het vriendelijk gevraagd, helpt niks. doen jullie aan "
        "buurtbemiddeling?"
    ),
    (
        "er is 1 man die elke ochtend zn hond op het grasveld laat poepen en het gewoon laat "
        "liggen. kinderen spelen daar"
    ),
    (
        "weer die gasten, de ruiten van het buurthuis zijn voor de 2e keer dit jaar ingegooid. er "
        "moet echt iets gebeuren"
    ),
    (
        "de man van 2 hoog schreeuwt s nachts tegen zn tv en knalt met deuren. niks gevaarlijks, "
        "gewoon irritant en we slapen slecht"
    ),
    (
        "er wordt gedeald in ons portiek. elke avond rond 10 uur dezelfde zwarte auto, jongens "
        "lopen even naar binnen en weer naar buiten. nu niet, maar het gaat al weken zo"
    ),
    (
        "the seagulls on our roof start screaming at 4am and they dive at you when you take the "
        "rubbish out. is there anything the municipality does about gulls?"
    ),
    (
        "de garage verderop spuit autos in een open werkplaats, die verflucht komt tot bij ons "
        "binnen. ik krijg er hoofdpijn van"
    ),
    (
        "hangjongeren bij het winkelcentrum intimideren oudere mensen, mn moeder durft na 4 uur "
        "geen boodschappen meer te doen"
    ),
    (
        "Seriously, someone is setting off cobras behind our building every night. It's the 2nd "
        "of December. My baby wakes up every single time."
    ),
    (
        "een tuinfeestje is prima maar bij de buren is het élk weekend, met dj en rookmachine. ik "
        "word er echt gek van"
    ),
    (
        "onderburen houden kippen en een haan in de tuin. die haan kraait vanaf 5 uur. mag je in "
        "een woonwijk zomaar een haan houden?"
    ),
    (
        "iemand laat zn 2 grote honden los lopen op het speelveld, vorige week is een kleuter "
        "omvergelopen. niet gebeten hoor, maar de moeders op het veldje zijn bang"
    ),
    (
        "muizen in de schuur en de buurman heeft ratten gezien, volgens mij komt het van de "
        "volière van nummer 8 met al dat voer. wie kan komen kijken"
    ),
    (
        "s avonds zitten er jongeren op het dak van de garageboxen met een speaker, lachgas en "
        "blikjes bier. ze schoppen tegen de deuren als ze weggaan. politie komt nooit"
    ),
    (
        "Can I complain about a neighbour who smokes on his balcony all day? It drifts straight "
        "into our kids' bedroom window."
    ),
    (
        "houtkachel van de buren, op windstille avonden stinkt de hele straat naar rook en mijn "
        "astma speelt op. is daar regelgeving voor"
    ),
    (
        "elke zondagochtend om 8 uur gaat de buurman met de hogedrukreiniger aan de gang. een "
        "ramp gewoon"
    ),
    (
        "de shishalounge die net open is trekt tot diep in de nacht publiek. mensen staan buiten "
        "te schreeuwen, portieren dicht, toeteren bij het wegrijden. elke nacht weer"
    ),
    (
        "Dit is nu de tweede keer in een maand dat er verf en eieren tegen onze voordeur en ramen "
        "zijn gegooid. We hebben geen idee waarom, we hebben met niemand ruzie. Mijn vrouw "
        "slaapt er slecht van en de kinderen vragen wie ons niet aardig vindt. Het voelt als "
        "pesterij. Wie kan ik hierover spreken?"
    ),
    (
        "de kat van de buren poept steeds in de zandbak van mn kinderen en in mn moestuinbak. wat "
        "kan ik doen behalve boos worden"
    ),
    (
        "1 bewoner zet elke avond keiharde muziek op in onze gezamenlijke binnentuin en de vve "
        "doet niks"
    ),
    (
        "die gast die voor zn deur aan zn brommer sleutelt, de hele middag gas geven. ik ga d'r "
        "dood van haha maar echt"
    ),
]

VERKEER = [
    "er wordt hier zo hard gereden, 50 waar 30 mag. kan er een drempel komen?",
    (
        "autos staan elke ochtend half op de stoep bij de school, ik kom er met de kinderwagen "
        "niet langs"
    ),
    "het verkeerslicht bij het kruispunt staat al 2 dagen op geel knipperen",
    "verkeersbord omgereden, ligt sinds het weekend in de berm",
    (
        "there's a bike wreck chained to the railing outside our building for months, no saddle, "
        "flat tyres. can it be removed?"
    ),
    "hoe vraag ik een parkeervergunning aan voor een tweede auto",
    (
        "mijn vader heeft een gehandicaptenparkeerkaart, kan er een eigen parkeerplek bij zijn "
        "voordeur komen?"
    ),
    (
        "oversteekplaats bij de basisschool is gevaarlijk, autos stoppen gewoon niet voor het "
        "zebrapad. elke ochtend hetzelfde liedje"
    ),
    "bouwbusje staat al 3 weken op de invalidenplek",
    (
        "scooters scheuren met 45 over het fietspad door het park. levensgevaarlijk voor de "
        "kinderen die daar fietsen"
    ),
    (
        "Kunnen wij als straat een 30 km zone aanvragen? Er is veel sluipverkeer en de auto's "
        "scheuren erdoor om de file te ontwijken. We hebben al een lijst met 60 handtekeningen en "
        "een paar bewoners willen best meedenken over drempels of versmallingen. Hoe pakken we "
        "dat aan en bij wie leveren we het in?"
    ),
    (
        "vrachtwagens draaien elke ochtend onze smalle straat in en rijden over de stoep, de "
        "paaltjes liggen al 2x plat"
    ),
    "camper staat al maanden langs de weg en neemt 2 plekken in",
    "de haaientanden bij de rotonde zijn bijna weggesleten, niemand weet meer wie voorrang heeft",
    (
        "People keep parking across my driveway, sometimes for a whole evening. Last Tuesday I "
        "was 40 minutes late for my night shift because I couldn't get the car out, and nobody "
        "answered when I knocked around the houses. There's no sign or yellow line. Who "
        "enforces this, and could you paint a line or put up a sign?"
    ),
    "fietsers rijden hier constant tegen de richting in, kan er een bord of een paaltje komen",
    (
        "als je de parkeergarage uitrijdt zie je niks door de geparkeerde busjes, al een paar keer "
        "bijna een botsing gehad"
    ),
    (
        "fietsenrekken bij het station staan vol met weesfietsen zonder wiel, je kan je eigen "
        "fiets nergens kwijt"
    ),
    (
        "die nieuwe drempel is veel te hoog, mn auto schraapt elke keer over de bodem. wie heeft "
        "dat bedacht"
    ),
    (
        "Overal liggen deelscooters kriskras over de stoep, soms drie naast elkaar voor onze "
        "deur. Mijn buurman is slechtziend en is er gisteren met zijn stok over gestruikeld, "
        "gelukkig alleen een blauwe knie. Kunnen die bedrijven niet verplicht worden om ze in een "
        "vak te parkeren, of kan er een vaste plek komen?"
    ),
]

INITIATIEF = [
    (
        "wij willen in juni een straatfeest. moet de straat dan afgesloten worden en hoe vraag ik "
        "dat aan?"
    ),
    "mag ik een geveltuintje maken voor mijn huis? ik huur trouwens",
    (
        "Een paar buren en ik willen het braakliggende stuk grond achter de flat omtoveren tot "
        "moestuin. Wie is eigenaar van die grond en bij wie moeten we aankloppen?"
    ),
    (
        "is er subsidie voor een buurtinitiatief? we willen een minibieb / ruilkast op het "
        "pleintje zetten"
    ),
    (
        "idee: bankje met plantenbak bij de bushalte, kunnen wij als buren dat zelf neerzetten en "
        "onderhouden?"
    ),
    (
        "Na drie inbraken in twee maanden willen een paar buren en ik een buurtpreventie "
        "appgroep beginnen, misschien ook samen een avondrondje lopen met hesjes. We weten "
        "alleen niet goed hoe je dat netjes opzet: regels in de groep, contact met de wijkagent, "
        "bordjes bij de ingang van de straat. Is er een handleiding of iemand die ons op weg helpt?"
    ),
    (
        "we're organising a clean-up with some neighbours next saturday, can the municipality lend "
        "us grabbers, gloves and bags?"
    ),
    "kunnen we een zaal in het buurthuis huren voor een wekelijkse breiclub? wat kost dat ongeveer",
    (
        "ik wil met de kinderen uit de straat de boomspiegels vol bloemen zetten. mag dat of is "
        "dat niet de bedoeling"
    ),
    (
        "Hoi! Wij hebben een plan voor een kleine natuurspeeltuin op het grasveld tussen de "
        "blokken: boomstammen om op te klimmen, een wilgenhut, een zandbak. De kinderen hebben "
        "zelf tekeningen gemaakt en een vader is hovenier en wil helpen. Hoe dienen we zo'n idee "
        "in en kan het uit het bewonersbudget betaald worden?"
    ),
    (
        "ik wil in december een klein kerstmarktje in de buurt organiseren met kraampjes op het "
        "plein, heb ik een vergunning nodig?"
    ),
    (
        "mogen wij het stukje gemeentegroen voor ons huis adopteren? we willen er lavendel en "
        "vlinderstruiken in"
    ),
    (
        "we willen met de hele straat tegels eruit en groen erin, kunnen jullie helpen met planten "
        "of een container voor de tegels"
    ),
    (
        "ik wil een repaircafe beginnen in het buurthuis, 1 zaterdag per maand. ik ben "
        "gepensioneerd elektricien en ken nog 2 mannen die fietsen en naaimachines kunnen maken. "
        "we hebben alleen een ruimte nodig met een paar tafels en stroom, en misschien wat geld "
        "voor gereedschap en koffie. met wie kan ik daarover praten en hoe snel kan zoiets "
        "starten?"
    ),
    "mag een buurtbarbecue op het grasveld, met een paar tafels en 2 bbq's?",
    (
        "How do we apply for the neighbourhood budget? A few of us want to run a free yoga class "
        "in the park this summer."
    ),
    (
        "idee voor de buurt: jeu de boules baan naast het bankje bij de vijver. veel ouderen hier "
        "zouden dat super vinden"
    ),
    (
        "namens de bewonerscommissie: we willen bloembakken bij alle portieken zetten. waar kunnen "
        "we geld aanvragen?"
    ),
    "als we zelf geld inzamelen, mag er dan een pingpongtafel op het pleintje komen?",
    "kan de opbouwwerker ons helpen met een kookavond om nieuwe bewoners te leren kennen",
    (
        "met een groepje ouders willen we elke woensdagmiddag de speeltuin opruimen en een beetje "
        "opknappen, is daar materiaal voor"
    ),
    "hoe zit het met een springkussen op straat als we een kinderfeest voor de hele buurt geven",
    (
        "een kunstenaar uit de buurt wil een muurschildering maken op de blinde muur van de "
        "garageboxen, met de kinderen erbij. hoe krijgen we daar toestemming voor? beter dan "
        "al die tags toch"
    ),
    (
        "Ik wil een buddyproject opzetten waarbij scholieren uit de buurt boodschappen doen en "
        "een praatje maken met ouderen. Ik zoek iemand bij de gemeente die mee wil denken en "
        "misschien een klein budget voor flyers en koffie. Bij wie moet ik zijn?"
    ),
    (
        "we wanna start a community garden on the empty lot next to the school, who do we talk "
        "to? also is there funding for tools and seeds"
    ),
]

AFVAL = [
    "ondergrondse container bij de flat zit weer vol, de zakken staan ernaast",
    "hoe maak ik een afspraak voor grofvuil? heb een oude bank en een matras",
    "mijn containerpas doet het niet meer, klep gaat niet open",
    "de groene bak is vandaag niet geleegd, de rest van de straat wel behalve wij",
    (
        "Someone dumped an entire kitchen (cabinets, sink, tiles) next to the recycling bins last "
        "night. Can it be picked up?"
    ),
    "wanneer wordt het oud papier opgehaald? kan de afvalkalender niet vinden",
    (
        "er ligt al een week een berg vuilniszakken in de bosjes bij het fietspad, ze zijn al "
        "opengescheurd"
    ),
    "klep van de papiercontainer is kapot en alles waait eruit over het plein",
    (
        "gft bak stinkt verschrikkelijk met die warmte en er zitten maden in. kan die "
        "schoongemaakt worden?"
    ),
    (
        "Waarom wordt de plasticcontainer bij ons maar één keer in de twee weken geleegd? Wij "
        "zijn met vijf mensen, scheiden keurig alles, en na drie dagen zit hij al propvol. Dan "
        "moet ik de zakken in de schuur bewaren tot de volgende keer en dat ruikt niet lekker. "
        "Kan er een extra bak komen of vaker geleegd worden?"
    ),
    "zwerfvuil langs de sloot achter de school: blikjes, chipszakken, flesjes, van alles",
    "portemonnee kwijt en de containerpas zat erin. hoe krijg ik een nieuwe",
    (
        "Er staan al weken een koelkast en een kapotte wasmachine naast de containers, ik denk van "
        "de nieuwe huurders op 4 hoog. Het trekt ander afval aan, nu ligt er ook een stoel en een "
        "zak met kleren. Het is niet de eerste keer op deze plek. Kan de handhaving hier eens "
        "extra op letten?"
    ),
    "mag de kerstboom bij het restafval of wordt die apart opgehaald",
    "kunnen er meer prullenbakken in het park komen? na een zonnige dag ligt alles vol troep",
    "waar moet ik met oude verf en lege batterijen heen",
    (
        "vuilniswagen heeft vanochtend bij het legen mn kliko laten vallen en nu is er een wiel "
        "af. de chauffeur reed gewoon door. ik kan hem nu niet meer naar de stoep rijden, hij is "
        "best zwaar en ik ben 74. krijg ik een nieuwe of komt er iemand die het wiel vervangt?"
    ),
    "kunnen wij een grotere grijze container krijgen? we zijn met z'n zessen",
    "new here, which bin is for glass and where are the bottle banks around here?",
    "iemand gooit elke week zn vuilnis in onze kliko, op ophaaldag zit ie steeds al vol",
]

OPENBARE_RUIMTE = [
    (
        "de grote boom op het pleintje is volgens mij dood, geen blad meer sinds de zomer en de "
        "schors laat los. kan iemand kijken"
    ),
    "takken van de platanen hangen zo laag boven de stoep dat je moet bukken met de kinderwagen",
    (
        "vannacht is er door de wind een flinke tak op mijn geparkeerde auto gevallen, deuk in de "
        "motorkap en barst in de voorruit. die boom staat in het gemeenteperk. waar meld ik dit "
        "en kan ik de schade ergens claimen?"
    ),
    "weer dode takken op de autos langs het water, de bomen daar moeten echt gesnoeid worden",
    "de stroomkast op de hoek zit helemaal onder de tags. wordt dat nog eens schoongemaakt?",
    (
        "graffiti op de muur van de onderdoorgang met een paar hele lelijke woorden, niet leuk "
        "voor de kinderen die erlangs naar school lopen"
    ),
    (
        "someone sprayed tags all over the wall of the playground and even on the slide. could it "
        "be cleaned?"
    ),
    (
        "gras in het park is al weken niet gemaaid, staat tot aan je knieën. de hond verdwijnt "
        "erin haha"
    ),
    (
        "onkruid tussen de stoeptegels is gigantisch, sommige stukken lijken wel een berm. wordt "
        "er dit jaar nog gewied?"
    ),
    (
        "De fontein op het plein staat al sinds het voorjaar droog. Het bassin ligt vol bladeren, "
        "blikjes en een oud winkelwagentje, en de stenen rand is groen uitgeslagen. Vroeger "
        "speelden de kinderen er in de zomer en zaten er mensen omheen, nu loopt iedereen er "
        "met een boog omheen. Wordt die nog gerepareerd en schoongemaakt?"
    ),
    "water in de fontein is groen en stinkt",
    (
        "schommel in de speeltuin hangt nog maar aan 1 ketting. kinderen gaan er toch op zitten, "
        "graag repareren"
    ),
    (
        "glijbaan heeft een scherpe rand waar het plastic gescheurd is, mn zoontje heeft zn broek "
        "er al aan opengehaald"
    ),
    (
        "stoep voor de huizen 20 tot 26 is helemaal verzakt, bij regen staat er een meertje en "
        "mijn moeder met haar rollator kan er dan niet langs"
    ),
    "de putten in onze straat lopen bij elke bui over, dan staat de straat blank tot de stoeprand",
    (
        "De wortels van de kastanjeboom drukken de stoeptegels omhoog, er zit nu een richel van "
        "zeker 8 cm. Ik ben er vorige week in het donker bijna over gestruikeld."
    ),
    (
        "tree roots have lifted the paving outside our door, it's a real tripping hazard for the "
        "older people in our block"
    ),
    (
        "Het voetpad langs de sloot naar de bushalte is 's avonds pikkedonker, drie "
        "lantaarnpalen op rij doen het al sinds de herfstvakantie niet. Ik loop daar na mijn "
        "late dienst rond half 11 langs en gebruik de zaklamp van mijn telefoon, maar je ziet "
        "de kuilen en de hondenpoep niet. Mijn dochter fietst er ook. Kunnen die lampen "
        "gemaakt worden?"
    ),
    "lantaarnpaal voor mn deur knippert de hele nacht aan uit aan uit",
    "straatlamp bij het bushokje al 3 weken stuk",
    (
        "flinke kuil in het asfalt bij de ingang van de parkeerplaats, mn voorwiel heeft er al een "
        "slag van"
    ),
    "er ligt een losse stoeptegel die omhoog wipt als je erop stapt, ligt er al maanden zo",
    "het bankje bij de vijver is kapot, er mist een plank en er steekt een spijker uit",
    "de heg van het speelveld groeit over het hele trottoir, met de rolstoel moet ik de weg op",
    (
        "De knotwilgen langs het water zijn al jaren niet geknot. De takken hangen tot in het "
        "water en twee bomen zijn half ingescheurd, je ziet het kale hout. Wanneer staan die "
        "op de planning? Ik wil niet wachten tot er een in het water ligt."
    ),
    "kunnen jullie de boomspiegels eens schoonmaken? allemaal brandnetels en distels",
    "hek van de speeltuin sluit niet meer, de klink is afgebroken",
    "zandbak in de speeltuin is al een jaar niet ververst, zit vol onkruid en scherven",
    (
        "na de storm ligt er nog steeds een omgevallen boom over het wandelpad in het park. je kan "
        "er niet langs"
    ),
    (
        "waarom worden de bomen bij ons in de straat zo rigoureus teruggesnoeid? het zijn nu kale "
        "stompen"
    ),
    "mag ik de berk in mijn voortuin kappen of heb ik daar een vergunning voor nodig",
    (
        "tags on the electricity box AND on the brand new bench by the pond, within a week of it "
        "being placed lol"
    ),
    "de kolk voor ons huis is compleet verstopt met bladeren, het regenwater loopt niet meer weg",
    (
        "het grasveld achter de flat is 1 grote modderpoel geworden met diepe sporen erin. kan er "
        "nieuw gras of zand op"
    ),
    (
        "De bestrating op het plein is op meerdere plekken verzakt en er liggen klinkers los. Er "
        "is elke donderdag markt en ik zie regelmatig oudere mensen struikelen. Gelukkig nog "
        "niemand ernstig gewond, maar het wordt steeds erger. Kan het plein een keer goed "
        "herstraat worden in plaats van steeds een gaatje dichten?"
    ),
    (
        "waarom gaan de lampen in het parkje pas rond 10 uur aan? om half 6 is het al donker en je "
        "ziet geen hand voor ogen"
    ),
    "klimrek in de speeltuin wiebelt, er zit een paal los in de grond",
    (
        "boven het fietsenrek hangt een halve afgebroken tak in de boom, bij de volgende storm "
        "komt die naar beneden"
    ),
    (
        "Hi, the lamps along the footpath behind our building have been out for over a week. "
        "It's pitch dark when I walk home from the bus after work, I've tripped twice on the "
        "uneven tiles and I honestly don't feel great walking there alone. Could someone come "
        "and fix them? It's the three lamps closest to the bike shed."
    ),
    (
        "Ons speelveld staat na elke flinke regenbui een week onder water. De kinderen kunnen er "
        "niet voetballen, het doel staat in een plas en het gras is aan het wegrotten. Volgens "
        "mij is de afwatering verstopt of kapot, want vroeger was het binnen een dag weer droog. "
        "Kan daar iemand naar kijken?"
    ),
]

ZORG = [
    (
        "mn buurvrouw op de galerij verzamelt echt alles. voor haar deur staan tassen en dozen "
        "opgestapeld en er komt een zoetige lucht uit haar huis. ze is alleen en ik maak me "
        "zorgen om haar. wie kan daar eens gaan kijken"
    ),
    (
        "buurman zn ramen zitten helemaal dicht met kranten en spullen, je ziet niet meer naar "
        "binnen. hij komt bijna nooit buiten. kan iemand vriendelijk bij hem langs?"
    ),
    (
        "De meneer naast ons lijkt de laatste tijd erg in de war. Gisteren stond hij in zijn "
        "pyjama bij de brievenbus en wist niet welke dag het was. Volgens mij heeft hij geen "
        "familie in de buurt. Wat kan ik het beste doen?"
    ),
    (
        "buurvrouw vraagt me steeds opnieuw hoe laat het is en of ik haar zoon ken. volgens mij "
        "gaat het niet goed met haar"
    ),
    (
        "de kinderen van de overburen lopen in november zonder jas naar school en vragen bij ons "
        "vaak om een boterham. ik wil niet meteen moeilijk doen maar ik maak me zorgen. bij wie "
        "kan ik dit kwijt?"
    ),
    (
        "er spelen hier 2 jochies van een jaar of 6 nog om 10 uur savonds alleen buiten op het "
        "pleintje, bijna elke avond. ouders zie ik nooit. nu zijn ze binnen hoor, maar het zit "
        "me niet lekker"
    ),
    (
        "My housemate hasn't really left his room in almost two weeks. He barely eats, the "
        "curtains stay shut and when we knock he just says he's fine. We're all students and "
        "have no idea who to ask. Is there someone from the municipality who helps with this "
        "kind of thing?"
    ),
    (
        "onze zoon van 23 woont nog thuis en zit al maanden op zn kamer, eet nauwelijks nog mee, "
        "gordijnen dicht. naar de huisarts wil hij niet. waar kunnen wij als ouders terecht"
    ),
    "ik voel me zo alleen sinds mn vrouw er niet meer is",
    (
        "Sinds vorig jaar ben ik weduwnaar en de dagen zijn lang. Zijn er in de buurt mensen of "
        "clubjes waar je een kop koffie kunt drinken en een praatje maken? Ik ben 78 en loop nog "
        "prima, kaarten vind ik ook leuk."
    ),
    (
        "zijn er koffieochtenden voor ouderen in de buurt? mijn vader zit de hele dag alleen voor "
        "de tv"
    ),
    (
        "ik zorg al 4 jaar voor mn man met parkinson en ik kan echt niet meer. slaap slecht, geen "
        "minuut voor mezelf. bestaat er zoiets als respijtzorg of iemand die eens een middag "
        "kan overnemen?"
    ),
    (
        "mantelzorger hier. mijn moeder heeft dementie en woont alleen, 150 km bij mij vandaan. "
        "ik rij elk weekend op en neer maar ik merk dat het thuis niet meer gaat, ze vergeet te "
        "eten en de post stapelt zich op. kan de gemeente hier iets in betekenen of moet dat via "
        "haar eigen gemeente?"
    ),
    (
        "my mum has early dementia and lives on her own, I'm abroad most of the year. who do I "
        "contact so someone checks on her now and then?"
    ),
    "al 14 weken wachten op mn rolstoel via de wmo. niemand belt terug. hoe lang nog",
    (
        "Ik heb in de zomer een scootmobiel aangevraagd, er is een keukentafelgesprek geweest "
        "maar daarna hoor ik niks meer. Bij wie kan ik navragen hoe het ermee staat?"
    ),
    (
        "I had hip surgery three weeks ago and can't vacuum or carry groceries yet. Is there "
        "some kind of home help I can apply for, and how long does that usually take?"
    ),
    (
        "mijn moeder heeft een traplift en een beugel bij de wc nodig, ze valt bijna elke week. "
        "valt dat onder de wmo of moet ze het zelf betalen"
    ),
    (
        "onze dochter van 9 staat al 8 maanden op de wachtlijst voor jeugdzorg. op school gaat "
        "het steeds slechter en thuis ook. is er iemand die ons in de tussentijd kan helpen?"
    ),
    (
        "wachtlijst jeugd-ggz is een jaar zeggen ze. dat kan toch niet voor een kind van 12. wie "
        "kan er meekijken"
    ),
    (
        "Ik krijg steeds brieven van de belastingdienst en het CJIB en ik snap er echt niks van. "
        "Is er hier een formulierenspreekuur of iemand die samen met mij de post kan lezen?"
    ),
    (
        "is er nog zo'n spreekuur waar ze helpen met formulieren invullen? voor toeslagen enzo. "
        "mijn nederlands is niet zo goed"
    ),
    (
        "ik heb schulden en het groeit me boven het hoofd. de aanmaningen stapelen zich op en ik "
        "durf de post niet meer open te maken. waar kan ik hulp vragen zonder dat ik me dood "
        "hoef te schamen"
    ),
    "hoe kom ik in contact met het buurtteam",
    (
        "wat doet het buurtteam eigenlijk precies? kan ik daar ook terecht als ik gewoon een "
        "beetje vastloop met alles"
    ),
    (
        "Can the wijkteam help with budgeting? I'm behind on my health insurance and energy bills "
        "and I don't get how the Dutch system works."
    ),
    (
        "buurvrouw is sinds haar val heel stil geworden en doet de deur bijna niet meer open. "
        "vroeger zat ze altijd op het bankje voor de deur te kletsen. ik mis haar eigenlijk"
    ),
    (
        "meneer van nummer 12 ruikt echt niet fris meer, zn kleren zijn vies en hij is mager "
        "geworden. ik denk dat hij zichzelf verwaarloost. hoe meld ik dat zonder dat het voelt "
        "alsof we over hem klagen"
    ),
    (
        "ik ben 34 en ken hier nauwelijks iemand sinds ik verhuisd ben. voel me best eenzaam "
        "eerlijk gezegd. zijn er dingen voor mensen van mijn leeftijd?"
    ),
    (
        "Sorry dat ik het hier vraag. Mijn broer is psychisch niet in orde, hij belt me midden in "
        "de nacht met verhalen dat de buren hem afluisteren via de muur. Hij doet niemand iets, "
        "maar hij wil geen hulp en ik ben bang dat het verder afglijdt. Bij wie kan ik "
        "aankloppen?"
    ),
    (
        "Het oude buurmannetje naast ons krijgt eigenlijk geen bezoek meer sinds zijn dochter "
        "naar het buitenland is vertrokken. Ik doe al een jaar zijn boodschappen en drink op "
        "zondag een kopje koffie met hem, maar ik verhuis zelf over twee maanden. Ik vind het "
        "een akelig idee dat hij dan helemaal niemand meer heeft. Kan iemand dit overnemen?"
    ),
    (
        "bestaat er een maatje of vrijwilliger die met mijn oma gaat wandelen? ze zit in een "
        "rolstoel en komt bijna nooit buiten"
    ),
    (
        "hulp nodig bij de aanvraag bijzondere bijstand, het formulier is 12 pagina's lol ik kom "
        "er niet uit"
    ),
    (
        "Our neighbours' kids (maybe 4 and 7) often sit on the stairs in the gallery for hours, "
        "no coats, and it doesn't look like they get dinner. They're okay right now, but it's "
        "been going on for weeks. I don't want to get the family in trouble. Who can look into "
        "this gently?"
    ),
    (
        "ik heb het gevoel dat ik alleen nog maar zorg: werk, 2 kinderen en mn vader met copd. "
        "waar kan ik als mantelzorger ondersteuning krijgen"
    ),
    (
        "wanneer komt de thuiszorg nou eens? mn moeder wacht al sinds maandag op iemand die haar "
        "steunkousen aandoet"
    ),
    (
        "Mijn neefje van 15 woont sinds een paar weken bij ons omdat het thuis bij mijn zus niet "
        "meer gaat. Hij is stil, slaapt slecht en gaat niet elke dag naar school. Wij willen hem "
        "graag helpen maar we weten niet waar we recht op hebben, of er begeleiding is en wie ons "
        "kan adviseren. Waar beginnen we?"
    ),
    (
        "mn opa van 91 wil geen hulp maar hij eet al weken alleen beschuit en de koelkast is leeg. "
        "hij woont in de flat hiernaast. hoe pak ik dit aan"
    ),
    (
        "Goedemiddag, ik zie sinds kort erg slecht en kan mijn post niet goed meer lezen. Is er "
        "iemand die mij daarbij kan helpen, bijvoorbeeld een keer per week?"
    ),
    (
        "vluchtelingengezin naast ons heeft moeite met alle brieven en afspraken, ze vragen mij "
        "steeds maar ik weet het ook niet. is er een plek waar zij terecht kunnen"
    ),
    (
        "zit in een burn-out en krijg het huishouden niet meer rond, de was en afwas stapelen zich "
        "op. kan het wijkteam iets regelen?"
    ),
    (
        "buurman verzamelt oud ijzer en fietsonderdelen, zn balkon en een stuk van de galerij "
        "liggen vol. het gaat mij niet eens om de rommel, ik denk dat hij het zelf niet meer "
        "overziet en hij ziet er slecht uit. kan iemand met hem gaan praten"
    ),
    (
        "hi, international student here and honestly I feel really isolated. is there a social "
        "group or someone to talk to? not an emergency, just lonely"
    ),
    (
        "Mijn moeder (82) woont alleen en vergeet haar medicijnen. De huisarts zegt dat we "
        "thuiszorg moeten regelen, maar hoe werkt dat? Wie moet ik bellen?"
    ),
    (
        "mn buurvrouw is echt super lonely sinds haar man weg is, ze praat iedereen bij de kassa "
        "aan. any idea waar ze heen kan voor wat gezelschap?"
    ),
]

WONEN = [
    (
        "schimmel in de badkamer komt steeds terug, corporatie zegt dat we beter moeten "
        "ventileren. we ventileren al de hele dag"
    ),
    (
        "lekkage uit het plafond sinds vorige week, bovenburen zeggen dat het niet van hen komt en "
        "de verhuurder reageert niet"
    ),
    "hoe lang is de wachttijd voor een sociale huurwoning? ik sta al 6 jaar ingeschreven",
    (
        "Net gescheiden en ik slaap met mijn 2 kinderen bij een vriendin op de bank. Kom ik in "
        "aanmerking voor urgentie?"
    ),
    "my landlord hasn't fixed the heating in 3 weeks, it's 14 degrees inside. what can I do?",
    "huurverhoging van 7% dit jaar, mag dat zomaar bij een sociale huurwoning?",
    "wij willen een dakkapel op ons huis, moet daar een vergunning voor aangevraagd worden?",
    (
        "kozijnen rotten weg en het tocht enorm. woningbouw zegt volgend jaar pas. kan dat niet "
        "sneller"
    ),
    "mag ik mijn schuur verbouwen tot thuiswerkplek of moet ik daar iets voor aanvragen",
    "ons huis is te klein geworden, 3 kinderen op 1 slaapkamer. hoe kom ik aan een grotere woning",
    (
        "student here, my room has mould all over the walls and the landlord says it's my fault. "
        "where can I complain?"
    ),
    (
        "De lift in ons complex is al twee weken stuk en ik woon op 7 hoog. Ik heb een slechte "
        "knie en kom nu de deur bijna niet meer uit, mijn zoon doet de boodschappen. De "
        "woningcorporatie zegt dat er op een onderdeel gewacht wordt. Kunnen zij niet iets "
        "tijdelijks regelen, of kan ik ergens een klacht indienen?"
    ),
    (
        "Wij worden ouder en willen kleiner gaan wonen, het liefst gelijkvloers. Hoe gaat dat met "
        "inschrijven en krijgen senioren voorrang op zo'n woning?"
    ),
    "mag ik zonnepanelen op mn eigen dak leggen zonder vergunning",
    (
        "afvoer van het aanrecht loopt heel langzaam weg en stinkt, moet ik dat zelf betalen of de "
        "verhuurder"
    ),
    (
        "Er zit vocht in de muur van de kinderkamer, het behang laat los en het ruikt muf. De "
        "woningcorporatie is al drie keer geweest en heeft het alleen overgeschilderd, en het "
        "komt telkens terug. Mijn jongste hoest 's nachts veel. Kan de gemeente druk zetten?"
    ),
    "we hebben iemand gevonden om van woning te ruilen, hoe werkt dat",
    (
        "servicekosten gaan elk jaar omhoog maar het trappenhuis wordt nooit schoongemaakt. kan ik "
        "daar bezwaar tegen maken"
    ),
    (
        "my son is 20 and looking for a room, is there any youth housing here or a list he can "
        "sign up for?"
    ),
    "cv ketel valt steeds uit en de monteur van de verhuurder kan pas over 10 dagen",
]

OVERIG = [
    "is het stadhuis op zaterdag open?",
    "mn paspoort verloopt in maart, hoe vroeg moet ik een afspraak maken",
    "ik ben verhuisd, hoe geef ik mijn nieuwe adres door",
    "wie is de wijkregisseur bij ons in de wijk?",
    "bedankt voor de snelle hulp vorige week!",
    "ben jij een echt mens of een bot?",
    "what happens with the info I type in here? is it stored somewhere?",
    "hoe kan ik mijn gegevens uit deze chat laten verwijderen",
    (
        "aanslag gemeentelijke belastingen klopt niet, ik word aangeslagen voor 3 personen maar we "
        "zijn met z'n 2en"
    ),
    "goedemorgen",
    "kan ik mn rijbewijs bij jullie verlengen of moet dat ergens anders",
    "mijn id-kaart is gestolen, moet ik eerst aangifte doen voor ik een nieuwe kan aanvragen?",
    (
        "Hoi, wij willen volgend jaar in september trouwen. Hoe reserveer ik een datum in het "
        "gemeentehuis, wat kost dat en kunnen we zelf een trouwambtenaar kiezen, bijvoorbeeld "
        "een oom van mij die dat graag wil doen? En moeten we daarvoor eerst ergens anders "
        "langs, of kan alles in één afspraak?"
    ),
    "hoe laat sluit het klantcontactcentrum vandaag",
    "kun je ook in het engels antwoorden? my dutch is not great yet",
    "mijn hond is overleden, hoe stop ik de hondenbelasting",
    "wat voor weer wordt het morgen lol",
    "ik heb een uittreksel uit de brp nodig voor mn nieuwe werkgever, kan dat online?",
    (
        "I just moved here from abroad and need to register at the municipality, how do I book an "
        "appointment?"
    ),
    (
        "Vorige maand heb ik hier gevraagd hoe ik mijn verhuizing moest doorgeven en dat ging "
        "prima, dus eerst even bedankt. Nu wil ik weten of mijn kinderen ook automatisch mee "
        "verhuisd zijn in het systeem, of dat ik dat voor hen apart moet doen. De oudste is 17."
    ),
]
