"""Independently written batch n, Nov 2026: care, initiatives and general services."""

OVERLAST = [
    ("De bewoners op nummer 14 draaien elke avond tot na enen harde muziek. Ik heb al twee keer "
     "aangebeld maar er verandert helemaal niks."),
    ("Sinds een paar weken hangt er elke avond een groep jongens bij het winkelcentrum in Overvecht. "
     "Ze roepen dingen naar vrouwen die langslopen, niet fijn zo."),
    "rat gezien bij de ondergrondse container op de Kanaalstraat, 2e keer deze week al",
    "Het is pas november en in Zuilen knalt het nu al elke avond. Mag dat vuurwerk nou wel of niet?",
    ("The bar below my flat on the Oudegracht keeps people on the terrace way past closing time, "
     "shouting and singing at 3am on weeknights. Who do I complain to about this?"),
    "Bovenbuurman z'n hond janket de hele dag als hij naar zn werk is. Ik werk thuis, het is niet te doen",
    ("Iemand laat z'n hond elke ochtend op het grasveldje naast de basisschool poepen en ruimt nooit "
     "iets op. Daar spelen de kleuters in de pauze!"),
    ("Volgens mij wordt er gedeald vanuit een auto die elke avond rond tienen op de parkeerplaats aan "
     "de Marnixlaan staat. Steeds andere mensen die even instappen en na twee minuten weer uitstappen."),
    "duiven op mn balkon, alles onder de poep. kan de gemeente daar iets mee of moet ik zelf iemand bellen",
    ("Wat een stank weer vanuit die snackbar op de hoek van de Briljantlaan, de afzuiging blaast recht "
     "op onze slaapkamerramen. Hoograven, 3523."),
    ("Deze maand zijn al drie keer de spiegels van geparkeerde auto's in onze straat eraf getrapt, "
     "vannacht weer. Kan er wat meer toezicht komen 's nachts?"),
    "hi, our neighbours in Lombok seem to have a rooster?? it starts at 5am every day. is that even allowed in the city",
    ("Goedenavond, ik wil melden dat de benedenburen structureel wiet roken in hun tuin. De lucht trekt "
     "zo onze slaapkamer in en we hebben een baby. Een briefje heeft niks geholpen."),
    ("Bij het Julianapark staan elke avond jongens met scooters te ronken en muziek uit een box, tot "
     "ver na middernacht. Ik word er echt moedeloos van"),
    "Kun je ook anoniem klagen over een buurman? Hij boort elke zondagochtend om 8 uur en ik wil geen ruzie",
    ("Bij de ingang van de flat aan de Vasco da Gamalaan zitten 's avonds steeds mensen lachgas te "
     "gebruiken. Overal die cilinders en ze zijn best intimiderend als je erlangs moet."),
    "Meeuwen hebben zich genesteld op het dak van de Jumbo in Vleuten en krijsen vanaf 4u s ochtends. Idd niet te harden",
    ("Is there anything I can do about a neighbour who leaves his dog on the balcony barking all evening? "
     "Tried talking to him, he just laughed at me."),
    "Een kat uit de buurt poept elke nacht in de zandbak van mijn kinderen en sproeit tegen de schuur. Van wie is dat beest",
    "feest in het studentenhuis naast ons, alweer derde weekend op rij, boxen in de vensterbank. Tuindorp hoor, niet de binnenstad",
    ("Het evenement in het Park Transwijk afgelopen zaterdag ging tot middernacht door met keiharde bassen. "
     "Was daar echt een vergunning voor tot zo laat?"),
    "Wespennest in de gevel van het buurhuis, ze komen massaal onze keuken in. Wie moet dat weghalen?",
    ("Sportschool onder ons appartement laat vanaf 6 uur 's ochtends gewichten op de grond knallen, "
     "het hele gebouw trilt mee. Wat zijn de regels daarvoor?"),
    ("the guys in the flat across keep setting off those heavy firecrackers in the courtyard, every night "
     "this week, my cat is terrified. Kanaleneiland, 3526"),
]

VERKEER = [
    "Op de Amsterdamsestraatweg rijden ze 's avonds echt veel te hard, kan daar geen drempel of flitspaal komen?",
    ("Auto's staan continu half op de stoep in de Jan Pieterszoon Coenstraat, ik kom er met mijn "
     "rollator gewoon niet meer langs"),
    "Het fietsstoplicht op de kruising Vleutenseweg / Thomas a Kempisweg staat al 2 dagen op knipperen",
    "Hoe vraag ik een parkeervergunning aan voor een tweede auto? Woon in Wittevrouwen, 3581",
    ("There's a bike locked to the railing outside my building for like two months now, flat tyres, "
     "rusty chain, the saddle is gone. Can the city remove it?"),
    ("Het bord eenrichtingsverkeer aan het begin van onze straat is omgereden en ligt in de struiken. "
     "Nu rijden mensen er gewoon verkeerd in."),
    ("Levensgevaarlijk die oversteek bij de basisschool in Hoograven, niemand stopt voor het zebrapad. "
     "Wanneer gebeurt daar nou eens wat aan?"),
    ("Mijn moeder heeft een gehandicaptenparkeerkaart en kan maar een paar meter lopen. Kunnen we een "
     "eigen plek voor haar deur aanvragen?"),
    "Busjes van een bouwbedrijf staan al weken op de invalidenplek voor de apotheek, echt asociaal",
    "Fietspad langs het kanaal in Kanaleneiland: snorfietsers gaan daar 50, ik schrik me elke ochtend kapot",
    ("Kunnen we als straat een 30 km zone aanvragen? Terwijde, Leidsche Rijn. Al het sluipverkeer naar "
     "de A2 gaat door onze woonstraat"),
    "parkeren in lombok is echt een ramp op zaterdag, marktbezoekers zetten alles vol, ook de laadplekken",
    "De drempel op de Kardinaal de Jongweg is zo hoog dat de bus er elke keer overheen stuitert, kan die niet wat lager?",
    ("In onze straat in Zuilen geldt een verbod voor vrachtwagens maar ze rijden er gewoon door. Het bord "
     "wordt compleet genegeerd, kan er gehandhaafd worden?"),
    "Waarom staat het voetgangerslicht bij het Westplein zo belachelijk lang op rood? Iedereen loopt dan maar door rood",
    ("Er staat al een maand een auto zonder kenteken op het parkeerterrein achter ons blok, banden lek, "
     "ruit ingeslagen. Wie haalt die weg?"),
    "Spiegel bij de uitrit van de parkeergarage is weg, je ziet de fietsers echt niet aankomen",
    ("Can you please do something about the delivery vans parking on the cycle lane on the Biltstraat? "
     "Every single morning I have to swerve into traffic."),
    "6 fietswrakken in het rek bij station Vleuten, niemand kan zn fiets nog kwijt",
    ("Hoe lang van tevoren moet ik een ontheffing aanvragen om een verhuiswagen een dag voor de deur te "
     "laten staan? Het is een vergunningsgebied."),
    ("de kruising bij de Zonnebaan is gewoon onoverzichtelijk sinds die nieuwe afslag er is, vanmiddag "
     "zag ik weer bijna een botsing tussen een auto en een scholier"),
    "Deelscooters worden overal op de stoep gesmeten in Oog in Al, mijn buurvrouw met rollator moet de weg op",
    ("Ouders parkeren bij het ophalen van school dubbel in de Prins Bernhardlaan, een vuilniswagen of "
     "ambulance zou er nooit door kunnen. Kan er een kiss and ride zone komen?"),
    "hey, is it possible to request a parking spot with a charging point near my house? I don't have a driveway",
]

INITIATIEF = [
    ("Wij willen met de straat een buurtfeest houden op 21 juni. Moeten we een vergunning aanvragen om "
     "de straat af te sluiten, en hoe lang duurt dat?"),
    ("Is er subsidie voor een moestuin op het braakliggende stuk grond naast onze flat in Overvecht? "
     "We hebben al acht buren die mee willen doen."),
    "Mag ik een geveltuintje aanleggen voor mijn huis? Woon in Tuindorp en de stoep is best breed",
    ("Die grasstrook bij ons voor de deur wordt toch nooit fatsoenlijk onderhouden. Mogen wij hem als "
     "bewoners adopteren en er zelf bloemen in zetten?"),
    ("Ik erger me dood aan het zwerfvuil langs de Vaartsche Rijn. Ik wil elke eerste zaterdag van de maand "
     "een opruimochtend met buren organiseren. Kan de gemeente grijpers en zakken uitlenen?"),
    ("We'd like to set up a neighbourhood WhatsApp group for safety after a few break-ins on our street. "
     "Does the municipality support that in any way, or give tips on how to start?"),
    "na alle inbraken hier in Vleuten willen een paar van ons een buurtpreventieteam opzetten, met hesjes en avondrondes. bij wie moet ik zijn",
    ("Het speeltuintje in onze binnentuin is al jaren weg. Wij als ouders hebben een plan gemaakt met een "
     "klein klimrek en een zandbak, waar kunnen we dat indienen?"),
    ("Hoi! Ik ben Samira en ik wil in het buurthuis in Kanaleneiland een kookavond voor vrouwen uit de wijk "
     "starten. Hoe kan ik daar een ruimte reserveren?"),
    "Kunnen we de boomspiegels in onze straat zelf beplanten ipv dat kale zand met hondenpoep?",
    ("Wat is het bewonersbudget precies en hoeveel kun je aanvragen? We willen een picknicktafel bij de "
     "speelweide in Zuilen en de buren willen meebetalen."),
    "Ons plan: een ruilkast voor boeken en spullen op het pleintje aan de Amsterdamsestraatweg. Mag dat zomaar op openbare grond?",
    ("Gaat de gemeente nou echt niks doen aan die kale tegelvlakte op het Willemsplantsoen? Dan doen we het "
     "zelf wel. We hebben al twintig handtekeningen om tegels eruit te halen en er groen van te maken."),
    ("Hi there, a few of us in Oog in Al want to organise a small Christmas market in our street on "
     "14 December. What permits do we need and who should we talk to?"),
    ("Ik zou graag een repair cafe opzetten in Hoograven, heb zelf 30 jaar als monteur gewerkt. Is er een "
     "ruimte beschikbaar en kan ik ergens een beetje startgeld krijgen?"),
    ("Met vijf huishoudens willen we een gezamenlijke composthoop maken in ons hofje. Mag dat, en bij wie "
     "moeten we toestemming vragen?"),
    "doet utrecht ook mee aan dat tegelwippen? ik wil met de hele straat aan de slag volgend voorjaar",
    ("Mijn zoon en zijn vrienden willen graag een skatebaan in Leidsche Rijn. Ze hebben zelf een "
     "tekening gemaakt en willen die aan iemand van de gemeente laten zien. Hoe pakken ze dat aan?"),
    "Buurtbarbecue in het Wilhelminapark, zo'n 40 man, geen versterkte muziek, we ruimen zelf op. Moet ik dat ergens melden?",
    ("Er is zoveel eenzaamheid in onze flat. Ik wil een wekelijkse koffieochtend beginnen in de "
     "gemeenschappelijke ruimte beneden. Kan ik een kleine bijdrage krijgen voor koffie en koek?"),
    ("Is het mogelijk om een bijenhotel en een strook wilde bloemen te plaatsen op het grasveld achter "
     "de Cremerstraat? Wij onderhouden het zelf."),
    ("I'm a student at UU and my housemates and I want to do a litter picking afternoon in Lombok as part "
     "of a uni project. Can we borrow equipment from the city?"),
    "we willen een muurschildering maken op die lelijke blinde muur bij de tunnel in hoograven ipv al die tags. wie gaat daarover",
    ("Goedemiddag, namens de bewonerscommissie van de Gagelflat vraag ik of er budget is voor een burendag "
     "in september. Wij denken aan een springkussen, muziek en een gezamenlijke maaltijd."),
    "Kan ik op donderdagavond een ruimte in het buurthuis krijgen voor een schaakclubje? Gratis voor iedereen uit de wijk",
    ("Wij willen een kerstboom met lichtjes op ons pleintje zetten, betaald door de buren zelf. Is daar "
     "toestemming voor nodig en mogen we stroom van de lantaarnpaal gebruiken?"),
    ("Kunnen we een speelstraat aanvragen? Dan gaat onze straat op woensdagmiddag dicht voor auto's en "
     "kunnen de kinderen buiten spelen. De meeste buren vinden het een goed idee."),
    "Rommelmarkt op Koningsdag voor de hele Burgemeester Reigerstraat, moeten we dat aanmelden of kan dat gewoon",
    ("Wij willen een voedselbos beginnen op het stuk groen naast het Noorderpark, met een paar fruitbomen "
     "en bessenstruiken. Wie van de gemeente kan met ons meedenken?"),
    ("Ik ben oud-docent en heb een idee: een gratis huiswerkklas voor kinderen in Overvecht, gedraaid door "
     "gepensioneerde leraren. Waar kan ik met dit plan terecht?"),
    "Kunnen we plantenbakken op de parkeerplek voor ons huis zetten? We hebben zelf geen auto en willen het wat groener",
    "hoe zit het met die subsidie voor initiatieven, initiatievenfonds ofzo? moet je een stichting zijn of kan het ook als groepje buren",
    ("the fence around the little park on our street looks awful, could we as neighbours repaint it and "
     "plant climbing roses along it? happy to pay for the paint ourselves"),
    "Ons buurtcomite wil een AED aanschaffen voor aan de gevel van de kerk. Zijn daar potjes voor bij de gemeente?",
    ("Ik wil iets doen aan al die hondenpoep op het veldje: een bordjesactie met de kinderen van de "
     "basisschool en een paal met poepzakjes. Helpt de gemeente daarbij?"),
    ("We willen op 5 juli een buurtvoetbaltoernooi houden op het grasveld bij de Hooft Graaflandstraat, "
     "er zijn al 6 teams. Mag dat daar en kunnen we doeltjes lenen?"),
    ("Wij zijn een groep moeders uit Kanaleneiland en willen 's ochtends na schooltijd een wandelgroep "
     "starten. Mogen we een flyer in het buurthuis ophangen en is er een klein budget voor shirts?"),
    "Kan ik als bewoner een bankje laten plaatsen ter nagedachtenis aan mijn vader? We betalen hem zelf, het liefst aan de Kromme Rijn",
    "Een paar buren willen de verwaarloosde bloembakken op de brug bij de Twijnstraat overnemen en bijhouden, wie moeten we mailen",
    ("Is it possible to organise an outdoor movie night in summer on the field next to the community "
     "centre in Zuilen? We'd bring our own projector and screen."),
]

AFVAL = [
    "De papiercontainer bij de flats aan het Jaarbeursplein zit al 4 dagen propvol, nu liggen de dozen ernaast",
    "Vandaag is het gft niet opgehaald in de Bilderdijkstraat, de rest van de buurt wel. Komen ze nog?",
    "hoe maak ik een afspraak voor grofvuil, heb een oude bank en een matras",
    ("My container pass stopped working, the light just turns red and the flap stays shut. I live in "
     "Wittevrouwen, where do I get a new one?"),
    "Iemand heeft een complete keukenkast en zakken puin gedumpt bij de ingang van het Maximapark",
    "Welke dag wordt het plastic opgehaald in Vleuten? Ik kan de afvalkalender nergens vinden op de site",
    "Het stinkt enorm bij de restafvalcontainer op de Van Lieflandlaan, er lekt volgens mij iets onder de klep uit",
    "Klep van de ondergrondse container aan de Marco Pololaan is kapot, zakken blijven steken en hij gaat niet meer dicht",
    ("Elke week ligt er weer een berg vuilniszakken naast de container op het pleintje aan de Ravellaan. "
     "Dit is echt een vaste dumpplek geworden, kan daar structureel iets aan gebeuren?"),
    ("Waarom is de glasbak bij de Albert Heijn in Zuilen weggehaald? Nu moet ik met mijn flessen helemaal "
     "naar de andere kant van de wijk."),
    "Kan ik een extra gft-container krijgen? We hebben een grote tuin en hij zit na een week al vol",
    "zwerfafval overal rond het schoolplein na schooltijd, chipszakken en blikjes waaien zo onze voortuinen in",
    ("Hi, I'm moving out of my student room next week and have a broken desk and chair. Can I just put "
     "them on the street or do I need to book a pick-up?"),
    "Is er een milieustraat waar ik zelf oude verf en batterijen kan brengen, en tot hoe laat is die open?",
    "Ik ben mijn containerpas kwijtgeraakt bij het verhuizen, moet ik voor een nieuwe betalen?",
    ("Grofvuil zou vanochtend worden opgehaald en ik had een bevestigingsmail, maar alles staat er nog. "
     "Hoe nu verder? Het staat op de stoep in de weg."),
    "Wie ruimt die gedumpte matrassen op? Ze liggen al een week onder het viaduct bij de Cartesiusweg",
    "Mogen pizzadozen nou wel of niet bij het oud papier? Krijg steeds andere antwoorden",
    ("De textielcontainer op de hoek bij de kerk in Hoograven is zo vol dat mensen de zakken ernaast zetten, "
     "en nu is alles doorweekt en opengescheurd."),
    "Kunnen jullie een prullenbak plaatsen bij het bankje aan het water in Oog in Al? Iedereen laat z'n blikjes en bakjes liggen",
    ("Sinds we nieuwe ondergrondse containers hebben kan ik mijn afval niet meer kwijt, de opening zit te "
     "hoog voor mijn rolstoel. Kan er een aangepaste komen?"),
    "er staat al 3 weken een kapotte koelkast op de stoep voor nr 8, wie haalt die op??",
    "the bins at our building haven't been emptied for two weeks, overflowing and starting to smell. Kanaleneiland-Zuid",
    "Klopt het dat we vanaf januari geen aparte plasticbak meer krijgen? Waar moet mijn plastic dan heen?",
]

OPENBARE_RUIMTE = [
    "Lantaarnpaal voor Kanaalstraat 112 doet het al een week niet, s avonds pikkedonker op de stoep",
    "Er zit een flink gat in het fietspad door het Griftpark, in het donker zie je het echt niet",
    ("Losse stoeptegels voor de ingang van de supermarkt in Hoograven. Mijn moeder is er vorige week bijna "
     "over gestruikeld."),
    "Grote tak afgebroken na de storm van gisteren, ligt nu dwars over het wandelpad in het Wilhelminapark",
    ("De glijbaan in de speeltuin aan de Ondiep-Zuidzijde heeft een scherpe scheur, mijn dochter haalde er "
     "haar broek aan open. Kan die worden afgezet tot hij gemaakt is?"),
    ("Mag ik de grote esdoorn in mijn eigen achtertuin kappen? Hij neemt al het licht weg en de wortels "
     "drukken tegen de schuur. Heb ik een vergunning nodig?"),
    "Het gras op het talud langs de Vleutenseweg staat kniehoog, wanneer wordt daar gemaaid?",
    "Na elke regenbui staat onze straat in Wittevrouwen blank, de putten zitten volgens mij vol bladeren",
    "graffiti op het nieuwe bankje bij de vijver in het Maximapark, kan dat eraf?",
    ("The bench on the square in front of the mosque in Lombok is broken, one plank is missing and there "
     "are nails sticking out."),
    "Onkruid tussen de stoeptegels tot aan je knieen in onze straat. Vroeger werd dat gewoon gedaan, nu nooit meer",
    ("De bomen in de Prins Hendriklaan moeten echt gesnoeid worden, de takken hangen ver over de weg en "
     "tikken tegen de bussen aan."),
    "Er verzakt een put bij ons voor de deur, er zit nu een kuil van zo'n 10 cm rond het deksel. 3552 HK",
    ("Die verlichting in de fietstunnel onder het spoor bij Zuilen is al weken kapot. Als vrouw fiets ik "
     "daar 's avonds niet graag meer doorheen."),
    "Wie gaat over de bomen in het Lepelenburg? Er hangen veel dode takken in, lijkt me niet gezond voor die bomen",
    "Het hek rond de speeltuin aan de Bisschopsweg is kapot en het poortje valt niet meer dicht",
    "hey, the wooden bridge in the park near Terwijde has a rotten plank, someone's going to twist an ankle on it",
    "Stoep helemaal opgedrukt door boomwortels in de Ina Boudier-Bakkerlaan, met de kinderwagen kom je er niet meer langs",
    "Waarom worden de bladeren in onze straat niet geruimd? Het is spekglad en de goten zitten vol",
    "De lichtmast bij het basketbalveldje in Overvecht brandt dag en nacht, ook midden op de dag. Zonde vd stroom",
    "Twee wilgen langs de sloot in Vleuten zijn omgewaaid en liggen half in het water, zonde",
    ("Het klimrek in het speeltuintje aan de Hooft Graaflandstraat is in de zomer weggehaald, er staan "
     "alleen nog vier paaltjes. Komt er nog een nieuwe?"),
    "Stuk klinkers steekt omhoog bij de bushalte op de Europalaan, iemand gaat daar een keer over onderuit",
    ("Can someone remove the tags on the wall of the underpass near Kanaleneiland station? It's getting "
     "worse every week."),
]

ZORG = [
    ("Mijn buurvrouw van 84 belt de laatste tijd steeds bij mij aan omdat ze denkt dat haar man nog leeft. "
     "Hij is vorig jaar overleden. Ik weet niet zo goed wat ik hiermee moet."),
    ("De man onder mij in Overvecht verzamelt alles, zijn balkon staat vol zakken en oude spullen en het "
     "begint te ruiken. Ik denk dat hij hulp nodig heeft, geen boete."),
    ("Hoe kom ik in contact met het buurtteam? Ik heb schulden en de brieven stapelen zich op, ik durf "
     "ze niet eens meer open te maken."),
    ("I think the old man next door is very lonely. He sits by the window all day and I never see any "
     "visitors. Is there someone who could visit him now and then?"),
    "mijn moeder woont alleen in zuilen en redt het huishouden niet meer. hoe regel ik huishoudelijke hulp via de wmo",
    ("Ik zorg al drie jaar voor mijn man met Parkinson en ik ben op. Bestaat er zoiets als respijtzorg, of "
     "iemand die het eens een dagje overneemt?"),
    "Sinds mijn scheiding zit ik eigenlijk alleen maar thuis. Zijn er in Leidsche Rijn activiteiten waar ik mensen kan leren kennen?",
    ("Mijn buurjongen van een jaar of 25 gebruikt volgens mij veel drugs. Hij is erg afgevallen en zijn "
     "huis is een puinhoop. Zijn moeder vroeg mij of er ergens hulp te krijgen is."),
    ("Beste gemeente, mijn vader (79) raakte vorige week de weg kwijt op de fiets in zijn eigen wijk en de "
     "politie heeft hem thuisgebracht. Het gaat nu weer, maar we maken ons zorgen. Waar kunnen we "
     "terecht voor een indicatie of dagbesteding?"),
    ("Ik ben student en voel me al maanden somber, ik kom mijn bed bijna niet meer uit en mis al mijn "
     "colleges. Ik wil met iemand praten maar weet niet waar ik moet beginnen."),
    ("Kan iemand van het wijkteam eens bij mijn buurman gaan kijken? Hij loopt in november nog in korte "
     "broek en slippers buiten en praat in zichzelf. Volgens mij eet hij ook slecht."),
    "Heeft u het nummer van het buurtteam in Hoograven? Mijn oma heeft hulp nodig met al haar formulieren en ze snapt er niks meer van",
    ("my flatmate has been drinking every night since his girlfriend left and he's skipping all his "
     "classes. I'm worried but don't know who to ask, is there some kind of support in the city for that"),
    ("Mijn buurvrouw heeft 11 katten in een tweekamerflat en het ruikt in het hele trappenhuis. Ze is "
     "heel lief, maar ik geloof echt dat ze het niet meer overziet."),
    ("Ik heb een beperking en kan de trap niet meer op. Wie kan me helpen met een traplift of andere "
     "aanpassingen zodat ik thuis kan blijven wonen?"),
    ("goedenavond, mijn broer heeft schizofrenie en is gestopt met zijn medicatie. hij is niet agressief "
     "maar wel steeds verwarder. wie kan er eens bij hem langs"),
    ("Mijn buurman is net weduwnaar en ik zie hem zichzelf verwaarlozen, de gordijnen blijven dicht tot "
     "de middag. Van mij wil hij niks aannemen. Kan het buurtteam het eens proberen?"),
    "Is er in Tuindorp een maatjesproject of zo? Ik ben 71, mijn kinderen wonen in het buitenland en de avonden zijn lang",
    ("I moved here from Spain six months ago and honestly I feel really isolated. I don't speak Dutch yet "
     "and I don't know anyone. Are there meetups or language cafes for newcomers?"),
    "Mijn schoonvader gokt zijn hele pensioen weg en mijn schoonmoeder zit met de gebakken peren. Kan zij ergens terecht voor schuldhulp?",
    ("Er loopt een oudere dame in onze straat die bijna elke dag bij verschillende huizen aanbelt en vraagt "
     "of haar dochter er is. Ze gaat daarna rustig naar huis, maar ik denk dat ze aan het dementeren is. "
     "Wie kan daar iets mee?"),
    "mn moeder wil geen hulp maar het huis wordt steeds viezer en ze vergeet te eten. ik woon in groningen en kan niet steeds komen. wat kan ik doen",
    ("Hoi, ik ben mantelzorger voor mijn zus met een verstandelijke beperking. Ze gaat binnenkort "
     "zelfstandig wonen in Kanaleneiland. Wie kan haar daar begeleiden?"),
    ("Ik ben mijn baan kwijt en loop drie maanden achter met de huur, ik schaam me kapot. Kan iemand met "
     "me meekijken naar mijn geldzaken voordat het nog erger wordt?"),
    ("Mijn buurvrouw krijgt nooit bezoek en ik hoor haar soms huilen door de muur. Ik wil niet "
     "opdringerig zijn, maar kan er iemand eens bij haar aanbellen?"),
    "Kan ik mezelf aanmelden bij het buurtteam? Ben net klaar in een verslavingskliniek en heb hulp nodig om mijn dagen weer op de rit te krijgen",
    "Wat moet ik doen als ik denk dat mijn buurman een burn-out heeft? Hij zit al maanden thuis en zegt dat hij niks meer kan",
    "Mijn vader van 90 kan niet meer zelf boodschappen doen. Bestaat er in Zeist een maaltijdservice of boodschappenhulp?",
    ("Could someone check in on the lady at number 23? I still see her at the window but she's stopped "
     "going out and her garden has gone completely wild, I think she's struggling."),
    ("ik ben 19 en mijn moeder drinkt, ik regel eigenlijk alles thuis. ik trek het niet meer naast mijn "
     "studie. is er iemand bij wie ik terecht kan"),
    ("hallo, wie kan mijn buurman helpen met zijn post? hij kan niet goed lezen en krijgt steeds "
     "aanmaningen die hij niet begrijpt"),
    ("Mijn tante is na haar ziekenhuisopname thuisgekomen maar niemand helpt haar met wassen en aankleden. "
     "De thuiszorg kan pas over twee weken. Wat nu?"),
    ("I'm worried about a homeless guy who's been sleeping in the bike shelter near Overvecht station for "
     "weeks, it's getting cold at night. Who can I contact so someone reaches out to him?"),
    ("Man in mijn portiek begint steeds over complotten en zegt dat de buren hem afluisteren. Niet "
     "agressief hoor, maar hij lijkt echt in de war. Kan het wijkteam eens langsgaan?"),
    "Hoe vraag ik een scootmobiel aan? Mijn knieen willen niet meer en de winkels in Kanaleneiland zijn te ver lopen",
    "Voel me zo alleen sinds de kinderen het huis uit zijn. Is er in Vleuten een plek waar je gewoon koffie kunt drinken met anderen?",
    ("Onze buurvrouw is pas bevallen en zit er helemaal doorheen, haar vriend werkt dag en nacht. Bestaat "
     "er hulp aan huis voor jonge moeders?"),
    ("Onze zoon van 16 spijbelt al weken en zit alleen maar te gamen, we krijgen geen contact meer met hem. "
     "Is er opvoedondersteuning in Zuilen?"),
    "Hoe vraag ik de mantelzorgwaardering aan? Ik zorg voor mijn schoonmoeder die in Oog in Al woont",
    ("My elderly neighbour keeps asking me to read her letters from the council because she can't see well "
     "anymore. I'm happy to help but I'm moving soon. Is there a service that could take over?"),
]

WONEN = [
    ("In mijn huurwoning van Mitros zit schimmel op de slaapkamermuur en het wordt steeds erger. Twee keer "
     "gemeld, maar er komt niemand kijken."),
    "Hoe lang is de wachttijd voor een sociale huurwoning in Utrecht eigenlijk? Sta sinds 2019 ingeschreven",
    ("Lekkage vanuit de badkamer van de bovenburen, ons plafond is bruin en bladdert. De woningcorporatie "
     "reageert niet. Wat kan ik doen?"),
    ("Ik ga scheiden en kan met mijn 2 kinderen nergens heen. Kom ik in aanmerking voor urgentie en hoe "
     "vraag ik dat aan?"),
    "My landlord raised the rent by 12% this year, is that even legal? It's a private rental in Lombok",
    "Mag ik een dakkapel plaatsen op mijn eigen huis in Zuilen of heb ik daar een vergunning voor nodig?",
    "De cv-ketel doet het al 5 dagen niet en de verhuurder zegt dat hij 'ernaar kijkt'. Het is 14 graden binnen",
    ("Het tocht overal door de kozijnen, nog enkel glas, en de stookkosten zijn niet te betalen. Kan de "
     "corporatie verplicht worden om te isoleren?"),
    "Ik ben 23 en woon nog bij mijn ouders, wil op mezelf. Waar moet ik me inschrijven voor een huurwoning in de regio?",
    "Onze huisbaas weigert de borg terug te betalen nu we eruit zijn, 1800 euro. Waar kunnen we terecht?",
    "Zilvervisjes en vocht in de badkamer van mn studentenkamer, de verhuurder zegt dat het aan ons ligt omdat we niet luchten",
    ("Wij zijn allebei in de 70 en onze eengezinswoning in Kanaleneiland is te groot geworden. Kunnen we "
     "voorrang krijgen op een kleinere woning zonder trap?"),
    "ik huur een kamer van 12m2 voor 750 euro, volgens mij is dat veel te veel. kan de huurcommissie daarnaar kijken",
    "Wij willen de zolder verbouwen tot slaapkamer, moeten we dat ergens melden of aanvragen?",
    ("De voordeur van onze portiekflat sluit al weken niet meer, iedereen kan zo naar binnen. Portaal weet "
     "ervan maar doet niks."),
    ("Hi, we got a letter saying our building will be renovated and we have to move out for 3 months. "
     "Do we have a right to a replacement home and some compensation?"),
    "Dak lekt bij flinke regen, er staan emmers in de gang. Particuliere verhuurder, Oudwijk. Wie kan hem aanspreken?",
    "Hoe werkt woningruil? Ik wil van Overvecht naar Leidsche Rijn, dichter bij mijn werk",
    "Mag mijn verhuurder zomaar binnenkomen als ik niet thuis ben? Hij heeft een sleutel en ik merkte dat er iemand was geweest",
    ("kan er iemand komen kijken naar de schimmel in onze slaapkamer, mijn dochter heeft astma en het wordt "
     "erger. de woningcorporatie zegt dat het bewonersgedrag is"),
    "Mag ik zonnepanelen op mijn koopwoning leggen als die in beschermd stadsgezicht ligt?",
    "Sinds de renovatie van onze flat werkt de mechanische ventilatie niet, het is benauwd en de ramen beslaan elke ochtend",
    ("What are the rules for subletting my apartment while I'm abroad for half a year? I rent it from "
     "a housing association."),
    ("Is er een regeling voor statushouders om aan een woning te komen? Mijn neef zit al 8 maanden in "
     "het azc en heeft zijn verblijfsvergunning."),
]

OVERIG = [
    "Mijn paspoort verloopt in februari, hoe vroeg kan ik een afspraak maken om het te verlengen?",
    "Goedenavond! Ben ik hier aan het goede adres voor een vraag over mijn ID-kaart?",
    "Ik ga van Zeist naar Utrecht verhuizen, hoe geef ik mijn adreswijziging door en hoeveel dagen van tevoren mag dat?",
    "Bedankt voor het snelle antwoord gisteren over de lantaarnpaal, hij doet het weer!",
    "Are you a real person or a bot? And who actually reads these messages?",
    "Wat gebeurt er met mijn gegevens als ik hier iets meld? En kan ik alles laten verwijderen?",
    "Is het stadskantoor ook open op zaterdag?",
    "Wie is de wijkregisseur voor Lunetten en hoe bereik ik die?",
    "Hoe maak ik bezwaar tegen de WOZ-waarde van mijn huis? Die is echt veel te hoog ingeschat dit jaar",
    ("Ik heb een aanslag afvalstoffenheffing gekregen voor een adres waar ik sinds maart niet meer woon. "
     "Hoe krijg ik dat rechtgezet?"),
    "Ik wil een terrasvergunning voor mijn lunchroom aan de Twijnstraat, waar vraag ik die aan?",
    "hoe vraag ik een uittreksel brp aan, mn nieuwe werkgever wil dat zien",
    "Where do I register as a new resident? I just moved here from Germany and need a BSN to start my job",
    "Ik ben mijn stempas kwijt voor de verkiezingen van volgende week, kan ik nog wel stemmen?",
    "Sorry verkeerde chat, dit was voor mijn zus bedoeld",
    "Hebben jullie ook gewoon een telefoonnummer? Ik typ niet zo graag",
    "Kan ik kwijtschelding aanvragen voor de gemeentelijke belastingen? Ik zit in de bijstand",
    ("Ik heb een parkeerboete gekregen terwijl ik met mijn bezoekersvergunning gewoon goed stond. Hoe "
     "kan ik daar bezwaar tegen maken?"),
    "is de bieb in leidsche rijn ook van de gemeente? wilde weten of die open is met kerst",
    "Hoe geef ik de geboorte van mijn zoon aan? Moet dat op het stadskantoor of kan het online?",
    "Kunnen we op een vrijdag in het stadhuis trouwen en wat kost dat ongeveer?",
    "hallo wijkbot, wat kun jij eigenlijk allemaal?",
    ("I applied for social assistance (bijstand) three weeks ago and haven't heard anything. Who can I "
     "call to check the status?"),
    "Onze hond is overleden, hoe stop ik de hondenbelasting? We wonen in Zeist",
    "Waar vraag ik een VOG aan? Ik ga vrijwilligerswerk doen bij de voetbalclub in Tuindorp",
    ("Wanneer bespreekt de gemeenteraad de nieuwe woningbouwplannen voor de Merwedekanaalzone? "
     "Ik wil graag inspreken."),
    ("Ik heb vorige maand drie dingen gemeld via deze chat (afval, een lantaarnpaal en iets met parkeren). "
     "Kan ik ergens terugzien wat ermee gebeurd is?"),
    "Is er een loket voor gevonden voorwerpen? Ben mijn portemonnee verloren in de bus over de Biltstraat",
    "Can I pay the tourist tax for my Airbnb guests online? First time renting out my place in Wittevrouwen",
    ("Goedemorgen, ik wilde even laten weten dat de medewerker aan de balie gisteren ontzettend vriendelijk "
     "en geduldig was. Fijn!"),
    "Hoe lang duurt het voor een nieuwe ID-kaart klaar is? Ik vlieg over 10 dagen naar Turkije",
    "Moet ik mijn verhuizing ook doorgeven als ik binnen dezelfde straat verhuis? Van 14 naar 22 bis",
    "waarom reageert de bot niet op mijn vorige vraag??",
    ("Wij organiseren als bedrijf een foodtruckfestival op het Jaarbeursplein met kaartverkoop. Hoeveel "
     "weken van tevoren moet de evenementenvergunning binnen zijn?"),
    "Heeft de gemeente vacatures? Ik zou graag als chauffeur bij de afvalinzameling willen werken",
    "Is de gemeentewinkel in Vleuten ook open voor het ophalen van een paspoort, of moet ik naar het centrum?",
    "thanks, that was all I needed!",
    ("Wij hebben een kapsalon in Oog in Al en willen een reclamebord op de stoep zetten. Heb ik daar een "
     "vergunning voor nodig?"),
    "Is deze chat ook voor Zeist of alleen voor Utrecht?",
    ("I need a certified copy of my birth certificate for my residence permit abroad. I was born in "
     "Utrecht but don't live here anymore, can I request it online?"),
]
