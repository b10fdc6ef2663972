"""Independently written batch h, Nov 2026: hand-typed resident messages, ~25% English/mixed."""

VERKEER = [
    (
        "er staat alweer een auto voor mn uitrit. derde keer deze week. ik moet om 8 uur op mn "
        "werk zijn en sta nu met de sleutels in mn hand te wachten tot meneer klaar is met zijn "
        "broodjes halen bij de bakker. ik weet niet eens van wie die auto is. kan hier niet een "
        "keer een bon voor komen of een bordje uitrit vrijhouden?"
    ),
    (
        "Elke ochtend om kwart over 8 hetzelfde liedje bij de basisschool: ouders die dubbel "
        "parkeren met de knipperlichten aan, portieren die zomaar opengaan, en wij met de "
        "bakfiets ertussendoor. Mijn zoontje van 5 zit voorin. Het duurt maar 10 minuten maar "
        "het is elke dag chaos. Kan de handhaving daar eens een paar ochtenden gaan staan?"
    ),
    (
        "Ik heb een parkeerboete gekregen terwijl ik mijn schoonmoeder netjes had aangemeld als "
        "bezoeker in de app. kenteken klopte, tijd klopte. hoe maak ik hier bezwaar tegen?"
    ),
    "hoe lang mag je eigenlijk gratis parkeren voor de deur? zie nergens een bord staan",
    (
        "het verkeersbord bij de kruising ligt plat op de stoep, wss heeft iemand er tegenaan "
        "gereden. niemand gewond ofzo maar het moet wel weer rechtop"
    ),
    "iemand heeft het eenrichtingsbord een kwartslag gedraaid, nu lijkt het net of je er in mag",
    (
        "Dagelijks rijden er auto's tegen de richting in door ons eenrichtingsstraatje, vooral "
        "'s avonds als het donker is. Wachten we tot het een keer misgaat?"
    ),
    (
        "Die nieuwe paaltjes bij de ingang van het fietspad zie je in het donker echt niet. Mijn "
        "man is er gisteravond bijna vol tegenaan gefietst. Kan er iets reflecterends op of een "
        "witte streep op de grond?"
    ),
    "zou er bij de school een kiss and ride strook kunnen komen? nu stopt iedereen op de stoep",
    (
        "Can we please get a zebra crossing near the supermarket? Crossing there with a stroller "
        "is a nightmare, cars just don't stop for you."
    ),
    (
        "Bij ons in de straat mag je nog steeds 50 terwijl er overal kinderen buiten spelen. "
        "Hoe vragen we als buren een 30 km zone aan? Moeten we handtekeningen verzamelen?"
    ),
    "zo'n bord dat je snelheid laat zien met een smiley, kan dat bij ons? ze scheuren hier door",
    (
        "waarom zijn er zo weinig laadpalen hier. ik rij sinds kort elektrisch en moet elke avond "
        "drie rondjes rijden om een vrije paal te vinden"
    ),
    (
        "how do I request a public charging point near my house? just got an EV and there's "
        "none anywhere in our street"
    ),
    (
        "de busjes van de pakketbezorgers staan de hele dag half op de stoep met draaiende motor. "
        "mijn moeder met de rollator moet dan de weg op"
    ),
    (
        "Scooters op het fietspad die gewoon 50 rijden. Mijn dochter van 8 fietst sinds kort "
        "alleen naar school en ik sta elke keer met mn hart in mn keel. Kan daar op gecontroleerd "
        "worden?"
    ),
    (
        "er staat al sinds de zomer een fiets zonder voorwiel aan het hek bij de flat, helemaal "
        "verroest en de ketting hangt eraf. mag die weg?"
    ),
    (
        "Op het parkeerterrein achter de flat staat al maanden een oude auto met vier lekke "
        "banden en zonder kentekenplaten. Er groeit letterlijk mos op de motorkap en kinderen "
        "klimmen erop. Wie haalt zo'n wrak weg, en hoe lang duurt zoiets?"
    ),
    (
        "Bij het station staan de rekken zo vol dat mensen hun fiets gewoon tegen de gevel of op "
        "de stoep gooien. Kunnen er meer fietsenrekken bij?"
    ),
    (
        "hi, I got a parking fine but my visitor was registered in the app, I have a screenshot "
        "of it. who do I send this to? sorry my dutch is not so good yet"
    ),
    (
        "hoi, ik woon hier pas sinds september. can I get a parkeervergunning as a student "
        "renting a room, or is that only for the main tenant?"
    ),
    (
        "het voetgangerslicht bij het kruispunt staat maar een paar seconden op groen, mijn oma "
        "haalt met haar stok de overkant niet"
    ),
    "geldt de blauwe zone ook op zaterdag?",
    "de drempel voor de school is zo laag dat niemand afremt. kan die hoger of steiler",
    (
        "Someone keeps parking their camper van in front of our house for weeks at a time. It "
        "blocks all the light in our living room and takes up two spots, so my wife has to park "
        "three streets away with the shopping and our toddler. It moves for a day and then comes "
        "right back. Is that even allowed on a normal residential street?"
    ),
    (
        "Al weken staat er een scooterwrak tegen de lantaarnpaal, geen kenteken, en elke dag "
        "sloopt iemand er weer een onderdeel af"
    ),
    (
        "Bij de uitgang van de parkeergarage zie je de fietsers pas als je er al half overheen "
        "bent, door de heg en de busjes die daar altijd staan. Ik heb er deze maand twee keer "
        "bijna een aanrijding zien gebeuren, een keer met een jongen met een krantentas. Kan daar "
        "een verkeersspiegel komen of de heg korter, of wat dan ook?"
    ),
    (
        "De buurman zet zijn aanhanger steeds op de invalidenparkeerplaats voor de deur. Mijn "
        "vader heeft een gehandicaptenkaart en komt 3x per week naar mij toe, hij kan maar een "
        "klein stukje lopen. Dan moet hij dus op de rijbaan uitstappen. Ik heb het de buurman "
        "al gezegd maar hij zegt dat er toch nooit iemand staat. Kan hier op gecontroleerd "
        "worden?"
    ),
    "hoe vraag ik een gehandicaptenparkeerplaats aan voor mijn moeder? ze heeft al een kaart",
    (
        "The bike lane by the school has zero separation from the cars. My kids (7 and 10) "
        "cycle there every morning and honestly I'm scared every day. Any chance of a proper "
        "separated lane or at least some paaltjes?"
    ),
    (
        "klopt het dat betaald parkeren wordt uitgebreid naar onze wijk? hoor het van de buren "
        "maar heb niks gekregen"
    ),
    "deelscooters liggen overal over de stoep, gisteren 3 stuks voor de ingang van de huisarts",
    (
        "iemand parkeert al 3 dagen half op mijn oprit. briefje achter de ruitenwisser gedaan, "
        "geen reactie. wat kan ik doen"
    ),
    (
        "Het bord verboden te parkeren bij de laad- en losplek van de bakker is verdwenen. Nu "
        "staat daar de hele dag iemand en moet de vrachtwagen op de rijbaan lossen"
    ),
    (
        "there's a car parked fully on the pavement at the corner every night, we have to walk "
        "on the road with the pram"
    ),
    (
        "De bocht bij het sportpark is onoverzichtelijk en mensen snijden hem steeds af. Kan er "
        "een doorgetrokken streep of wat paaltjes?"
    ),
    "de laadpaal hier wordt de hele dag bezet door een auto die allang vol is. mag dat zomaar?",
    (
        "Sinds de weg aan de andere kant dicht is voor werkzaamheden rijdt al het sluipverkeer "
        "door onze straat. Vrachtwagens, bestelbusjes, alles, vanaf half 7 's ochtends. De "
        "straat is smal met aan beide kanten geparkeerde auto's, de spiegels van de auto's "
        "sneuvelen al. Kunnen er tijdelijk borden komen dat het alleen voor bestemmingsverkeer "
        "is? Of een afsluiting zolang het werk duurt?"
    ),
    (
        "any idea why the cyclist light at the big crossing stays red for like 3 minutes? "
        "everyone just rides through it now"
    ),
    (
        "de snelheidsdisplay bij het begin van onze straat is kapot, it just shows 00 sinds "
        "maanden. kan die gemaakt worden?"
    ),
]

AFVAL = [
    "ondergrondse container bij de flat zit weer propvol, de zakken staan er al naast",
    (
        "De klep van de restafvalcontainer gaat niet meer open, hij zit muurvast. Ik heb nu twee "
        "zakken in de gang staan en het begint te ruiken"
    ),
    (
        "mn pasje doet het niet meer bij de container. lampje gaat op rood en dan gebeurt er "
        "niks. gisteren ook al geprobeerd bij die aan de andere kant van het plein, zelfde "
        "verhaal. ik heb nu 3 zakken op het balkon staan en het is warm. is mijn pas "
        "geblokkeerd ofzo? heb alles gewoon betaald"
    ),
    (
        "The container card doesn't work, it beeps and stays red. I just moved in, do I need "
        "to activate it somewhere?"
    ),
    "onze grijze kliko is vandaag niet geleegd, de rest van de straat wel. vergeten?",
    "waar kan ik een oude bank kwijt? past niet in de auto",
    "hoe maak ik een afspraak voor grofvuil, heb een matras en een kledingkast",
    (
        "Achter de garageboxen wordt steeds afval gedumpt. Nu weer een koelkast en een stel "
        "zakken met bouwpuin. Dit is al de derde keer deze maand, volgens mij is het steeds "
        "dezelfde persoon met een busje"
    ),
    "rond de glasbak ligt overal glas en karton, het ziet er niet uit",
    "in welke bak moeten pizzadozen met vet erop? oud papier of rest?",
    (
        "Ok, recycling question because my flatmates and I keep arguing about it. Is a milk "
        "carton plastic or paper here? And what about the plastic windows in envelopes, coffee "
        "cups, and those black plastic meat trays? Every country does it differently and we "
        "really don't want to mess up the bins. Is there a simple list somewhere, preferably "
        "in English?"
    ),
    "wanneer wordt het oud papier opgehaald? ik kan de kalender nergens vinden",
    (
        "Bah. Ik deed net de deksel van de groene bak open en hij zit helemaal vol maden, ze "
        "kruipen al langs de rand naar buiten. Hij stinkt tot in de keuken. De bak is twee weken "
        "geleden voor het laatst geleegd, volgens de kalender had hij vorige week woensdag "
        "moeten gaan. Wordt zo'n bak ooit schoongemaakt door jullie, of moet ik dat zelf doen?"
    ),
    (
        "maggots in the green bin again, gross. is there a service that cleans the bins or do "
        "we have to do that ourselves"
    ),
    (
        "De gft-container is al twee weken niet geleegd en het is 25 graden. Je kan wel raden "
        "hoe het ruikt in de straat"
    ),
    (
        "Vorige week een afspraak gemaakt voor grofvuil. Keurig dinsdagochtend om 7 uur alles "
        "aan de straat gezet: een oude wasmachine, twee stoelen en een kapotte tuinset. Er is "
        "niemand gekomen. Nu staat het er al vier dagen en de buren zetten er hun eigen "
        "vuilniszakken bij, dus het wordt alleen maar meer. Wat moet ik nu doen, opnieuw een "
        "afspraak maken?"
    ),
    (
        "er staan weer 2 matrassen naast de containers op het pleintje, plus een kapotte "
        "kinderwagen en een bak vol schoenen. vorige maand precies hetzelfde. ik denk dat het "
        "mensen van buiten de buurt zijn die hier s nachts met een auto komen. kan het worden "
        "opgehaald en kan er misschien een camera of een bord komen? het trekt ook weer ander "
        "afval aan"
    ),
    "waarom zit de papiercontainer op maandag altijd vol? kan die vaker geleegd worden",
    "kunnen wij een extra kliko krijgen? we zijn met zn zessen en hij zit na 3 dagen vol",
    "wat doe ik met oude verfblikken en lege batterijen",
    (
        "Hi, international student here. Where can I get rid of an old desk chair? It doesn't "
        "fit in the big bins near my building"
    ),
    (
        "Iemand heeft zn hele verhuisboel naast de ondergrondse gezet, dozen, een oude tv, "
        "zakken kleding. kan dat opgehaald worden?"
    ),
    "kliko is kapot, wiel eraf en de deksel gescheurd. krijg ik een nieuwe of moet ik die kopen",
    (
        "bij het bankje langs het water ligt elke maandagochtend een berg blikjes, "
        "chipszakken en pizzadozen van het weekend"
    ),
    "De afvalbak bij de bushalte puilt uit, alles waait over straat",
    "ik ben mijn containerpas kwijt. hoe kom ik aan een nieuwe?",
    "de afvalkalender app says paper on thursday but nobody came. klopt dat wel?",
    "mag plastic, blik en drinkpakken bij ons samen in 1 zak? de buurvrouw zegt van niet",
    (
        "Er ligt al een week een zak met luiers naast de container, de katten hebben hem "
        "opengetrokken en het ligt nu over het hele pad"
    ),
    "container bij de supermarkt is weer stuk. al 3x gemeld",
    (
        "Is it true we have to pay for bulky waste pickup? Back home it was free. And how many "
        "items can I put out at once?"
    ),
    "kerstboom, waar laat ik die? wordt die in januari nog opgehaald",
    "onze straat is overgeslagen door de vuilniswagen, alle bakken staan nog aan de weg",
    "can I put glass jars in the regular trash? the glass bin is really far from our place",
    (
        "De containers staan vlak naast de speeltuin en al het zwerfvuil waait zo de zandbak in. "
        "Kan er vaker iemand komen prikken daar?"
    ),
    (
        "We hebben de kliko's van de vorige bewoners overgenomen, moeten die op onze naam? En "
        "hoe vaak wordt de gft eigenlijk geleegd in de winter"
    ),
    (
        "iemand heeft een hele aanhanger tuinafval in de berm gekiept, takken en gras, langs het "
        "fietspad bij de sloot"
    ),
    (
        "The underground bin near our apartment has been full since Friday. People leave their "
        "bags on the street now and the seagulls are ripping them open, there's trash everywhere"
    ),
    "mag frituurvet in de gft? of waar moet dat heen",
    (
        "Goedenavond, ik woon sinds kort in een appartement zonder eigen kliko. De beheerder zegt "
        "dat ik een pasje nodig heb voor de containers aan de voorkant, maar ik weet niet waar "
        "ik dat moet halen. Moet ik daarvoor naar het gemeentehuis of kan het online? Alvast "
        "bedankt"
    ),
]

INITIATIEF = [
    (
        "Wij willen in juni met de straat een buurtbarbecue houden. Moet daar een vergunning voor "
        "en mogen we de straat dan een middag afsluiten?"
    ),
    "Hoi! Ik wil graag een geveltuintje voor mijn huis. Mag dat zomaar of moet ik iets aanvragen?",
    (
        "Is er geld voor een buurtinitiatief? We willen met een groepje een moestuin beginnen op "
        "het braakliggende stukje achter de school"
    ),
    (
        "We're a group of neighbours who want to start a community garden on the empty lot "
        "behind our building. Who do we talk to about using that land?"
    ),
    (
        "ik zou graag het perkje voor onze deur adopteren, het wordt nu 2x per jaar gemaaid en "
        "verder gebeurt er niks. ik wil er bloemen en kruiden in zetten"
    ),
    (
        "na die inbraken willen we met een paar buren een whatsapp buurtpreventie groep "
        "beginnen. hoe pak je dat aan? is er iemand bij de gemeente die meedenkt?"
    ),
    (
        "Zaterdag 12 oktober gaan we met de kinderen uit de straat zwerfafval opruimen. Kunnen "
        "we grijpers, hesjes en vuilniszakken lenen?"
    ),
    (
        "Even een update over onze buurtmoestuin: we zijn nu met 14 mensen en hebben de eerste "
        "courgettes al geoogst! Alleen slepen we nog steeds met gieters vanuit huis. Kan de "
        "gemeente helpen met een waterpunt of een regenton?"
    ),
    (
        "Goedemiddag. Mijn buurman is gepensioneerd elektricien en ik naai veel, en we willen "
        "graag een repair cafe beginnen: mensen brengen een kapotte broodrooster of een broek "
        "met een scheur en wij helpen met repareren, met koffie erbij. Kunnen we het buurthuis "
        "daar 1x per maand op zaterdag voor gebruiken? En is er misschien wat geld voor "
        "gereedschap en een verlengsnoer of twee?"
    ),
    (
        "I'd like to start a weekly language café for newcomers and Dutch neighbours. Is there "
        "a room in the community centre we could use, ideally for free?"
    ),
    "ideetje: een minibiebkastje op het pleintje waar mensen boeken ruilen. mag ik dat neerzetten?",
    (
        "De speeltuin achter de flat is eigenlijk alleen voor kleintjes. Mijn zoon van 12 en "
        "zijn vrienden hangen daardoor maar wat rond op de parkeerplaats. Wij als ouders willen "
        "samen met de kinderen een plan maken voor een pannakooi of een klein skatebaantje op "
        "het grasveld ernaast. Hoe dienen we zo'n idee in, en kunnen de kinderen zelf ook "
        "meepraten?"
    ),
    "wie is de opbouwwerker hier? we willen met een paar mensen een bewonerscommissie oprichten",
    (
        "Our street wants to take out some pavement tiles and plant flowers and small trees "
        "instead. Does the municipality help with that, like with plants or picking up the tiles?"
    ),
    (
        "Hebben jullie nog een potje voor een sinterklaasfeest voor de kinderen uit de buurt? "
        "vorig jaar hadden we er 40 en hebben we alles zelf betaald"
    ),
    (
        "ik wil een jeu de boules baan voorstellen op het grasveld, genoeg ouderen hier die dat "
        "leuk vinden"
    ),
    (
        "Wij zijn een groepje moeders en willen elke dinsdag een wandelgroep laten vertrekken "
        "vanuit het buurthuis, met koffie na afloop. Mogen we daar flyers ophangen en de keuken "
        "gebruiken?"
    ),
    "hoe vraag ik bewonersbudget aan? we willen een bankje en plantenbakken op ons pleintje",
    (
        "hi, we want to organise a burendag on saturday the 28th. mogen we tafels op de stoep "
        "zetten and do we need a permit for that?"
    ),
    (
        "Update: de geveltuinen in onze straat zijn klaar, 9 huizen doen mee! Dank voor het "
        "ophalen van de tegels. Kunnen we volgend jaar ook de boomspiegels gaan beplanten?"
    ),
    (
        "naast de parkeerplaats ligt al jaren een kaal stuk grond. wij willen daar met de buren "
        "een bloemenweide van maken. wie moet ik daarvoor hebben"
    ),
    (
        "We zitten met de buurtpreventie inmiddels met 30 mensen in de app. Kunnen we van de "
        "gemeente zo'n bord krijgen voor aan de lantaarnpaal?"
    ),
    (
        "I run a small kids football group on the field on Wednesday afternoons. Could we get "
        "two small goals placed there permanently? We'd happily look after them."
    ),
    (
        "Met de bewoners van ons portiek willen we de entree opfleuren met plantenbakken en een "
        "muurschildering. De corporatie vindt het prima, maar is er ook een bijdrage van de "
        "gemeente mogelijk?"
    ),
    "idee: a yearly flea market on the square. wat moeten we allemaal regelen?",
    (
        "Met een inzamelactie hebben we als buurt een AED gekocht, nu zoeken we een plek om hem "
        "op te hangen. Kan dat aan de gevel van het buurthuis?"
    ),
    (
        "Since the late night parties on the square keep happening we thought, let's do "
        "something positive there instead: a monthly picnic with some music on Sunday "
        "afternoon. Is that possible and who could help us set it up?"
    ),
    (
        "kan ik een contactpersoon krijgen voor ons initiatief? we willen een kledingruil "
        "organiseren maar weten niet goed waar we moeten beginnen"
    ),
    (
        "Hallo, wij hebben een idee voor onze straat. Er wonen hier zeker 25 kinderen onder de "
        "12 maar er is nergens plek om te spelen, want overal staan auto's. We willen graag een "
        "speelstraat: elke woensdagmiddag de straat dicht met hekken zodat de kinderen kunnen "
        "stoepkrijten en fietsen. Bijna alle buren hebben al getekend. Hoe werkt dat, en wie "
        "zorgt voor de hekken?"
    ),
    (
        "de kinderen uit de buurt willen met een kunstenaar een muurschildering maken in het "
        "fietstunneltje, die muur is zo saai en grijs. wie moet daar toestemming voor geven"
    ),
    (
        "Vorig jaar hebben we met een paar buren spontaan een kerstboom op het plein gezet met "
        "lichtjes, warme chocomel en een koortje van de school, er kwamen zeker 80 mensen op af. "
        "Dit jaar willen we het groter doen. Is er een potje waar we een bijdrage uit kunnen "
        "krijgen voor de boom en de stroom? Wij regelen de rest, vrijwilligers genoeg"
    ),
    (
        "We'd like to put a community fridge somewhere so people can share leftover food. Can "
        "that be outside on the street or should it be in the community centre?"
    ),
    (
        "my neighbour and I started a small seed library in our hallway, nu willen we het "
        "groter maken in de bieb of het buurthuis. who can we ask about that?"
    ),
    (
        "Sinds vorig jaar onderhouden drie buren en ik het rondje groen bij de bushalte. We "
        "hebben er zelf lavendel en vaste planten in gezet en houden het onkruidvrij. Vorige "
        "week kwam de aannemer alles gewoon kort maaien, zonde! Kunnen we officieel afspreken "
        "dat wij dat stukje adopteren, zodat dat niet meer gebeurt?"
    ),
    (
        "wanneer is de volgende ronde van het buurtbudget? we hebben een plan voor "
        "insectenhotels en een bijenlint langs het fietspad"
    ),
]

WONEN = [
    (
        "in de badkamer van ons huurhuis zit overal zwarte schimmel, in de kitranden, op het "
        "plafond en nu ook achter de wasmachine. ik poets het elke week weg met chloor maar het "
        "komt binnen een paar dagen terug. er zit geen werkende afzuiging in. de corporatie "
        "reageert al sinds augustus niet op mn mails. wat kan ik nog meer doen?"
    ),
    (
        "There's mould on the bedroom walls of my rental and my landlord says it's because I "
        "don't ventilate enough. I do! Who can I turn to?"
    ),
    (
        "de verwarming doet het al een week niet, huurwoning. corporatie zegt dat de monteur "
        "binnenkort komt maar binnenkort is al 7 dagen"
    ),
    (
        "Hoe kom ik ooit aan een sociale huurwoning? Ik sta al 6 jaar ingeschreven, reageer elke "
        "week op alles wat past, en sta steeds op plek 200 of hoger. Ik woon nu met mijn "
        "dochter van 3 op een kamer van 12 m2 bij mijn ouders. Is er nog iets anders dat ik kan "
        "doen of waar ik recht op heb?"
    ),
    "ik ga scheiden en heb 2 kinderen, kan ik urgentie krijgen voor een woning?",
    "mag ik een dakkapel op mijn eigen huis zetten of heb ik daar een vergunning voor nodig",
    (
        "We huren sinds drie jaar een benedenwoning. Elke keer als het hard regent komt er water "
        "door de kozijnen in de woonkamer. De verhuurder heeft twee keer een klusjesman gestuurd "
        "die er wat kit op smeerde, maar het lekt gewoon weer. Nu begint het laminaat op te "
        "bollen en ruikt de hele kamer muf. Wat kan ik doen als de verhuurder het niet goed "
        "oplost?"
    ),
    "is my rent too high? I pay 1100 for a studio of 24 m2. how can I check this",
    "7% huurverhoging dit jaar, mag dat zomaar?",
    (
        "er komt water door het plafond van de badkamer, de bovenburen hebben een lekkende "
        "douche. ik huur, moet ik dat zelf oplossen of de verhuurder"
    ),
    (
        "Mijn moeder van 82 kan de trap naar haar slaapkamer niet meer op. Komt ze in aanmerking "
        "voor een gelijkvloerse huurwoning, en hoe regel je dat?"
    ),
    "wil een schuur bouwen in de achtertuin, 3 bij 4 meter. vergunning nodig?",
    (
        "Ik zoek een kamer, I'm a PhD student starting in January. Waar moet ik me inschrijven "
        "voor woonruimte?"
    ),
    (
        "de afzuigkap in de keuken van onze huurflat is kapot en de corporatie zegt dat dat niet "
        "onder hun onderhoud valt. klopt dat?"
    ),
    (
        "Ons huurhuis heeft nog enkel glas, het tocht overal en de stookkosten zijn belachelijk. "
        "Kan ik de verhuurder verplichten om te isoleren?"
    ),
    (
        "Hi, my landlord won't return my 1500 euro deposit after I moved out, he keeps saying "
        "the walls were damaged but they weren't. Is there anyone at the municipality who helps "
        "with this?"
    ),
    "ik wil zonnepanelen op mijn eigen dak, moet ik dat ergens melden?",
    "hoe lang is de wachttijd voor een seniorenwoning hier ongeveer",
    (
        "De voordeur van ons portiek valt niet meer in het slot, al 2 maanden gemeld bij de "
        "woningbouw en er gebeurt niks"
    ),
    (
        "Hoe vraag ik woningurgentie aan? Ik slaap al drie maanden bij een vriend op de bank "
        "sinds ik uit huis moest"
    ),
    (
        "The shower in our student house has been leaking into the kitchen below for weeks now. "
        "The housing company says they'll plan it in. Any way to speed that up?"
    ),
    "mag ik mijn huurwoning onderverhuren als ik een half jaar naar het buitenland ga?",
    (
        "Vocht en schimmel in de kinderkamer, de muur achter het bed is zwart. Mijn jongste "
        "hoest al weken en de corporatie kan pas over 6 weken komen kijken. Kan dat sneller? "
        "Ik heb de kinderen nu bij ons in de slaapkamer"
    ),
    (
        "ik wil de muur tussen keuken en kamer eruit halen in mijn koophuis, is dat "
        "vergunningsplichtig"
    ),
    (
        "wij huren via een particuliere landlord and he wants to raise the rent by 200 euro per "
        "month. is that legal?"
    ),
]

ZORG = [
    (
        "mijn buurvrouw van 87 komt de laatste tijd bijna niet meer buiten, ik zie haar alleen "
        "nog achter het raam. ze heeft geen familie in de buurt. kan er iemand langsgaan?"
    ),
    (
        "De buurman verzamelt van alles. Zijn balkon en tuin liggen vol met spullen en zakken, en "
        "als zijn voordeur opengaat zie je dat de gang tot het plafond vol staat. Hij is heel "
        "vriendelijk hoor, maar ik maak me echt zorgen, ook omdat hij nauwelijks nog bij zijn "
        "keuken kan komen denk ik. Wie kan daar eens voorzichtig naar kijken?"
    ),
    (
        "hoe kom ik in contact met het wijkteam? sinds mijn vrouw is overleden deed zij altijd "
        "de papieren en nu ligt er een stapel op tafel waar ik niks van snap. toeslagen, "
        "verzekeringen, brieven van de bank. ik ben 78 en mijn zoon woont ver weg. ik overzie "
        "het niet meer en slaap er slecht van. kan er iemand een keer met me meekijken?"
    ),
    (
        "My elderly neighbour seems confused lately. Last night she knocked on my door at 11pm "
        "asking for her husband, who passed away years ago. I walked her home and she's fine "
        "now, but I'm worried. Who should I contact?"
    ),
    (
        "zijn er hier activiteiten voor ouderen? mijn vader (81) woont alleen sinds mama vorig "
        "jaar is overleden en zit de hele dag binnen voor de tv. hij was altijd zo gezellig, "
        "kaarten, biljarten, maar nu komt hij de deur niet meer uit. ik woon een uur rijden "
        "verderop en kan maar 1x per week langs. iets met koffie of een maaltijd samen zou al "
        "mooi zijn"
    ),
    (
        "ik zorg al 4 jaar voor mijn man met dementie en ik trek het bijna niet meer. is er "
        "iemand die me kan helpen of even kan overnemen zodat ik op adem kan komen"
    ),
    (
        "my neighbour's flat smells really bad and there are flies at his window. I saw him "
        "yesterday with his groceries maar hij doet nooit open als ik aanbel. ik weet niet goed "
        "wat ik moet doen"
    ),
    (
        "Ik ben 24 en zit al maanden vooral alleen thuis, ik spreek bijna niemand. Is er iets in "
        "de buurt waar ik bij kan aansluiten?"
    ),
    (
        "de jongen boven ons lijkt het psychisch zwaar te hebben, hij praat soms uren hardop "
        "tegen zichzelf en loopt 's nachts op en neer. niet agressief, maar volgens mij heeft "
        "hij niemand die hem helpt"
    ),
    (
        "Can someone help my mother with groceries and cleaning? She's 79, lives alone here and "
        "I live abroad, so I can only visit twice a year"
    ),
    "hoe vraag ik huishoudelijke hulp aan via de gemeente? ik heb net een nieuwe heup gekregen",
    (
        "Naast ons woont een moeder met drie jonge kinderen. Sinds haar man weg is zien we de "
        "kinderen vaak zonder jas naar school gaan en ze vragen soms of ze bij ons mogen eten. "
        "Ze is echt niet onaardig, maar ze lijkt het gewoon niet meer te redden in haar eentje. "
        "Ik wil haar niet aangeven of zo, maar wie kan haar op een vriendelijke manier "
        "ondersteunen?"
    ),
    (
        "mijn oom woont alleen in een flatje en het wordt steeds viezer bij hem, overal afwas en "
        "vuil, en hij wil geen hulp van de familie aannemen"
    ),
    (
        "Is er een buurtteam waar ik mee kan praten over mijn zoon? Hij is 17, gaat al weken niet "
        "naar school en komt zijn kamer bijna niet uit"
    ),
    (
        "The lady downstairs never gets visitors and told me she sometimes doesn't speak to "
        "anyone for a whole week. Is there some kind of volunteer visiting program?"
    ),
    (
        "ik schaam me een beetje om dit te vragen. ik heb schulden, eerst alleen een "
        "telefoonrekening en nu ook de zorgverzekering en energie, en ik durf de post niet "
        "meer open te maken. er ligt een hele la vol. ik werk wel maar het is nooit genoeg. waar "
        "kan ik terecht zonder dat iedereen het weet?"
    ),
    (
        "buurman is net uit het ziekenhuis en kan niet zelf koken, kan er zoiets als "
        "maaltijdservice voor hem geregeld worden?"
    ),
    "waar kan ik een rolstoel of scootmobiel aanvragen voor mijn vrouw",
    (
        "Ik maak me zorgen om de oude meneer op de hoek. Vorige week liep hij in de kou in zijn "
        "pyjama naar de supermarkt. Zijn kinderen wonen ver weg en ik weet niet of ze het weten"
    ),
    (
        "We're new here with a baby and I feel really isolated. Are there groups for young "
        "parents nearby, maybe even in English?"
    ),
    (
        "de buurvrouw heeft een stuk of 15 katten in haar appartement en ze lijkt zelf ook niet "
        "goed voor zichzelf te zorgen, ze is erg mager geworden"
    ),
    "mantelzorger hier. ik zoek een vrijwilliger die 1 middag per week bij mijn moeder kan zitten",
    "wie kan me helpen met formulieren invullen? ik kan niet zo goed lezen",
    (
        "hoi, ik ben student and I've been struggling mentally lately. ik weet niet bij wie ik "
        "hier terecht kan. not in danger or anything, I just need someone to talk to"
    ),
    (
        "Sinds zijn vrouw overleden is laat de buurman alles verslonzen: de tuin, zichzelf en ook "
        "de hond. Hij zegt dat het hem allemaal te veel wordt. Kan het buurtteam eens bij hem "
        "langs?"
    ),
]

OVERLAST = [
    (
        "de bovenburen draaien elke nacht tot 3 uur muziek, ook doordeweeks. al vaker "
        "vriendelijk gevraagd of het zachter kan"
    ),
    (
        "Elke avond hangt er een groep jongeren bij de ingang van de flat. Ze roepen dingen naar "
        "mijn dochter als ze thuiskomt en je moet je er echt langs wurmen"
    ),
    (
        "The neighbours' dog barks all day when they're at work, literally 8 hours straight, "
        "from about 8:30 until they come home at 5. I work from home and have calls all day, "
        "my colleagues can hear it through my headset. I left a polite note in their mailbox "
        "two weeks ago but nothing changed. What are my options here?"
    ),
    (
        "ratten bij de schuurtjes achter ons huis. gisteren zag ik er 2 langs de schutting "
        "rennen en vanochtend lag er een gat onder de tegels bij de compostbak. de buren achter "
        "voeren de vogels met hele boterhammen, volgens mij komt het daardoor. wij hebben een "
        "kleuter die graag in de tuin speelt. wie komt hier naar kijken?"
    ),
    (
        "Er wordt gedeald vanuit een auto op de parkeerplaats. Elke avond rond 10 uur komen er "
        "brommers even langs, raampje open, raampje dicht en weer weg"
    ),
    "dog poop overal op het grasveld where the kids play. wordt daar ooit op gehandhaafd?",
    "de houtkachel van de buren, ons hele huis ruikt naar rook en ik kan geen raam open zetten",
    "iemand heeft vannacht bij alle auto's in de straat de spiegels eraf getrapt",
    (
        "Al weken wordt er vuurwerk afgestoken op het plein, het is pas half december. Mijn hond "
        "durft niet meer naar buiten. Vanaf wanneer mag dat eigenlijk?"
    ),
    (
        "Het terras van het cafe op de hoek zit sinds de zomer tot middernacht vol, en na "
        "sluitingstijd blijven er groepjes op straat staan praten en roken. Het geluid galmt "
        "tussen de flats, ik hoor elk woord op de 4e verdieping. Ik snap dat mensen plezier "
        "willen, maar ik moet om 5 uur op. Mogen ze zo lang open en zo hard?"
    ),
    "duiven nestelen op het balkon van de buren, alles zit onder de poep, ook ons balkon",
    (
        "Sinds twee maanden woont er een nieuw stel naast ons. Ze hebben elk weekend vrienden "
        "over, met harde bas en gelach op het balkon tot 2, half 3. We hebben het een keer "
        "netjes aangekaart maar toen werd de buurman chagrijnig en is het eerder erger "
        "geworden. Ik wil geen ruzie. Bestaat er zoiets als buurtbemiddeling?"
    ),
    (
        "the guy downstairs smokes weed on his balcony en het komt zo onze slaapkamer in, "
        "every single night"
    ),
    (
        "jongens met opgevoerde brommers die rondjes rijden over het plein tot 12 uur 's nachts, "
        "het lawaai is niet normaal"
    ),
    "de katten van de buurvrouw poepen steeds in de zandbak van mijn kinderen",
    (
        "The student house next door has parties every Thursday until 4am. We have a baby. "
        "We've talked to them twice, nothing changes."
    ),
    (
        "de bouwvakkers bij de verbouwing naast ons beginnen om 6 uur 's ochtends al met slopen, "
        "ook op zaterdag. is dat toegestaan?"
    ),
    (
        "Bij het bankje naast de speeltuin hangen steeds mannen rond die drinken en tegen de "
        "bosjes plassen, terwijl de kinderen daar spelen"
    ),
    (
        "buurman laat zn twee honden los lopen in het park en ze springen tegen mijn kinderen op. "
        "dat mag toch niet?"
    ),
    "meeuwen die om 5 uur 's ochtends op ons dak lopen te krijsen, kan daar iets aan gedaan worden",
    "de winkel onder ons heeft een koelmotor die dag en nacht bromt, je hoort het in de slaapkamer",
    (
        "hi, the extraction fan of the restaurant behind our building blows frying smell "
        "straight into our bedroom window every evening. who handles this?"
    ),
    "Elk weekend wordt hier wel iets vernield, nu is de ruit van het bushokje weer ingetrapt",
    (
        "Muizen in de hele flat, bij 5 buren al gezien, ze lijken uit de kelderboxen te komen. "
        "Wie gaat dat bestrijden?"
    ),
    (
        "Is there anything I can do about the neighbour's rooster? It crows from 4:30 every "
        "morning and this is just a normal residential street"
    ),
]

OPENBARE_RUIMTE = [
    "lantaarnpaal voor nummer 14 is al twee weken kapot, het is daar aardedonker",
    "er zit een gat in de weg vlak na de drempel, je rijdt er met de fiets zo in",
    "losse stoeptegels bij de bushalte, mn moeder is er vanochtend bijna over gestruikeld",
    (
        "The swing at the playground has a broken chain, one side is just hanging. Can someone "
        "fix it before a kid gets hurt?"
    ),
    (
        "Na de storm ligt er een grote tak dwars over het wandelpad in het park. Niemand geraakt "
        "hoor, maar je kan er niet meer langs met de kinderwagen"
    ),
    "mag ik de berk in mijn eigen tuin kappen of heb ik een kapvergunning nodig? hij is best groot",
    (
        "De gemeenteboom voor ons raam moet echt gesnoeid worden. De takken schuren bij elke "
        "windvlaag tegen de ramen en het dak, en de dakgoot zit elke herfst helemaal vol blad. "
        "In de woonkamer is het ook de hele dag schemerig. Ik heb het vorig jaar al gemeld en "
        "toen werd gezegd dat hij in de snoeiplanning stond, maar er is niemand geweest"
    ),
    "het gras op de middenberm staat zo hoog, wanneer wordt er weer gemaaid",
    (
        "de putten in onze straat lopen bij elke flinke bui over en dan staat de hele stoep "
        "blank tot aan de voordeuren. vorige week stond het water 10 cm hoog en bij de buren op "
        "de hoek liep het bijna de gang in. als je in de put kijkt zit hij helemaal vol met "
        "bladeren en zand. kan iemand de kolken komen doorspuiten voor de volgende storm?"
    ),
    "Iemand heeft de tunnelmuur helemaal volgespoten met graffiti, ook met hele lelijke teksten",
    (
        "Het bankje bij de vijver waar ik elke ochtend met mijn buurman zit, is half kapot. Twee "
        "latten zijn gebroken en er steken spijkers uit. We zijn allebei in de tachtig en nu "
        "kunnen we nergens meer even uitrusten tijdens ons rondje. Wordt het bankje gerepareerd "
        "of komt er een nieuwe?"
    ),
    (
        "The streetlight outside our building keeps flickering on and off all night, it shines "
        "right into our bedroom like a disco"
    ),
    "onkruid tussen de tegels op het plein staat tot je knieën, wordt hier nog wat aan gedaan?",
    "de glijbaan in de speeltuin heeft een scheur waar kinderen hun vingers in kunnen krijgen",
    "de wortels van de boom duwen de stoep omhoog, het is inmiddels een soort schans geworden",
    (
        "the grass field in the park is full of holes and kuilen, de kinderen verzwikken steeds "
        "hun enkel bij het voetballen"
    ),
    (
        "Een stuk van het hek om het speeltuintje is omgevallen, nu kunnen de kleintjes zo naar "
        "de weg lopen. Kan dat snel worden rechtgezet?"
    ),
    (
        "Can the municipality remove the graffiti on the wall next to the school? It's been "
        "there for months and it's not the nice artistic kind, just big ugly tags and a few "
        "swear words that the kids read out loud every morning. The wall belongs to the "
        "municipality as far as I know. Happy to help paint it over if that's easier"
    ),
    "de sloot achter de flat is helemaal dichtgegroeid en stinkt, kan die uitgebaggerd worden",
    "er ligt een stoeprand los bij de oversteek, zo'n betonblok van een halve meter",
    "het pad door het park is na elke regenbui een modderbad, kan daar niet wat grind op?",
    (
        "In het steegje achter de huizen doen al 3 lantaarns op rij het niet. Ik moet daar 's "
        "avonds langs naar mijn schuurtje en voel me er echt niet prettig"
    ),
    "hoi, when will the leaves in our street be cleaned up? de stoep is spekglad",
    (
        "there's a huge pothole right at the entrance of the parking lot, my bike tyre went flat "
        "yesterday because of it"
    ),
    (
        "De dode boom naast de speeltuin, kan die weg? Er vallen steeds takken uit en mijn "
        "kleinkinderen spelen daar"
    ),
]

OVERIG = [
    "wanneer is het gemeentehuis open op vrijdag?",
    (
        "Mijn paspoort verloopt in maart en we gaan in april met het hele gezin op vakantie. "
        "Moeten de kinderen (6 en 9) dan ook een nieuw paspoort, of kan hun id-kaart ook? En "
        "moet ik voor ons allemaal een aparte afspraak maken of kan dat in één keer? Ik kan "
        "alleen op woensdag, dan ben ik vrij"
    ),
    (
        "I'm moving to a new apartment next month. How do I register my new address with the "
        "municipality?"
    ),
    "hoe lang duurt het om een id-kaart te krijgen voor mijn dochter van 4",
    "ben jij een robot of een echt mens?",
    "Bedankt voor de snelle hulp vorige week!",
    "wat gebeurt er met de gegevens die ik hier typ? kan ik die laten verwijderen?",
    "hallo",
    "wie is de wijkregisseur bij ons in de buurt? ik wil graag een keer kennismaken",
    (
        "Ik heb drie keer gebeld met het algemene nummer over de aanslag gemeentelijke "
        "belastingen. Elke keer een half uur in de wacht, en daarna zei iemand dat ik moest "
        "mailen. Op die mail heb ik na vijf weken nog steeds geen antwoord. Is dit nou de "
        "bedoeling? Waar kan ik een klacht indienen over hoe ik hier behandeld word?"
    ),
    "Can I get a BSN here? I just arrived for a new job and my employer needs it",
    "kan ik mijn rijbewijs ook bij jullie verlengen?",
    (
        "Hoe maak ik bezwaar tegen de WOZ-waarde van mijn huis? Die is dit jaar met 14% "
        "omhoog gegaan terwijl het huis van de buren, precies hetzelfde type en met een "
        "nieuwe keuken, lager is getaxeerd. Ik heb foto's van mijn keuken die nog uit 1985 "
        "is. Moet ik dat per brief doen of kan het via de site, en tot wanneer kan het?"
    ),
    "waarom duurt het zo lang voor de gemeente antwoordt, 6 weken geleden een vraag gesteld",
    "Do you speak English? My Dutch is still very basic",
    "we willen trouwen in het gemeentehuis, hoe plannen we dat?",
    "kan ik kwijtschelding aanvragen voor de afvalstoffenheffing, ik zit in de bijstand",
    "ik heb een uittreksel uit de BRP nodig voor mijn nieuwe werkgever, kan dat online",
    (
        "the municipality website keeps giving an error when I try to book an appointment. I "
        "tried on my phone and on my laptop, different browsers, it always crashes at the step "
        "where you pick a date. I need to register my address before my contract starts on the "
        "1st, so I'm getting a bit stressed. is there another way to book, by phone maybe?"
    ),
    "jij snapt er ook helemaal niks van he",
    "waar moet ik zijn voor gevonden voorwerpen? ben mn sleutelbos kwijt",
    "hoi, I have an appointment for my registration tomorrow, welke documenten moet ik meenemen?",
    "wat is het telefoonnummer van de gemeente",
    "can I please talk to a real person, not a bot?",
    "mag ik de hondenbelasting in termijnen betalen?",
]
