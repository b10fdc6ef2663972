"""Independently written batch k, Nov 2026: long stories."""

OVERLAST = [
    ("Goedenavond, ik woon sinds twee jaar op de Damstraat in Lombok en sinds de zomer is er een "
     "nieuwe bovenbuurman die vrijwel elke avond tot een uur of half 1 muziek draait met zware "
     "bassen. Het dreunt echt door mijn slaapkamerplafond. Ik heb eerst vriendelijk aangebeld, "
     "daarna een briefje onder de deur geschoven en ook Mitros gemaild, maar er verandert niks. "
     "Ik moet om 6 uur op voor mijn werk in de zorg en ik loop op mijn tandvlees. Kan iemand van "
     "de gemeente bemiddelen, of weet u of buurtbemiddeling hier iets mee kan?"),
    ("ik weet niet precies bij wie ik moet zijn dus ik probeer het hier. bij ons achter de flat aan "
     "de Van Heuven Goedhartlaan staat de ondergrondse container en die zit vaak vol, mensen zetten "
     "zakken ernaast. dat is op zich al vervelend maar nu zien we daar elke avond ratten lopen, "
     "gisteren telde ik er vier. ze gaan ook de tuintjes van de benedenwoningen in en mijn dochter "
     "durft niet meer naar de fietsenberging. ik wil graag dat er iets aan die ratten gedaan wordt, "
     "bestrijding of zo, voordat ze in de huizen zitten"),
    ("Al weken hangt er 's avonds een groep van een man of tien bij het winkelcentrum aan de "
     "Zamenhofdreef, meestal vanaf een uur of acht. Ze zitten op hun scooters met de motor aan, "
     "roepen dingen naar vrouwen die langslopen en laten lachgaspatronen achter. Er is nooit echt "
     "iets gebeurd, maar mijn buurvrouw van 78 loopt nu om naar de Albert Heijn omdat ze zich daar "
     "niet op haar gemak voelt. Ik heb het een keer bij de politie gemeld maar die kwamen pas na "
     "een uur. Kan de wijkregisseur hier eens naar kijken, misschien samen met handhaving?"),
    ("Hi, sorry for writing in English. I live on the Wittevrouwenkade and the student house two "
     "doors down has a party pretty much every Thursday and often Saturday too. Music until 3 or 4, "
     "people smoking and yelling in the street, bottles on my doorstep in the morning. I'm a "
     "student myself so I get it, but I have lectures at 9 and my partner works early shifts. I "
     "talked to one of the guys and he was nice about it but nothing changed. Is there some kind "
     "of mediation service, or who should I contact about this?"),
    ("Het grasveld bij de speeltuin aan de Tuindorpweg is één groot hondentoilet geworden. Er "
     "spelen daar elke middag kinderen en mijn zoon van 6 kwam vorige week thuis met poep tot aan "
     "zijn enkels. Er staat notabene een bord dat honden aangelijnd moeten en dat je moet opruimen, "
     "maar niemand doet het, vooral 's ochtends vroeg en 's avonds laat niet. Volgens mij zijn het "
     "steeds dezelfde drie, vier eigenaren. Kan handhaving daar eens op die tijden komen kijken?"),
    ("Goedemiddag. Mijn buurvrouw op de tweede verdieping aan de Amsterdamsestraatweg in Zuilen "
     "voert al maanden elke dag duiven met hele zakken brood. Inmiddels zitten er tientallen op de "
     "balkons, mijn balkon zit onder de poep en ik kan mijn was niet meer buiten hangen. Ik heb "
     "haar er voorzichtig op aangesproken maar ze zegt dat het zielige beestjes zijn. Ik wil geen "
     "ruzie, maar dit kan zo niet doorgaan. Mag dat eigenlijk wel, duiven voeren, en kan de "
     "gemeente haar daarop aanspreken?"),
    ("buurhond blaft en jankt de hele dag als de baasjes naar hun werk zijn, van half 8 tot een uur "
     "of 6. ik werk thuis en zit de hele dag in teams calls met dat geluid op de achtergrond. heb "
     "het gefilmd, heb een briefje in de bus gedaan, geen reactie. we wonen in Hoograven vlakbij de "
     "Hooft Graaflandstraat. wat kan ik nog doen voordat ik helemaal doordraai"),
    ("Het is pas half november en op het pleintje bij de Marco Pololaan in Kanaleneiland wordt al "
     "elke avond knalvuurwerk afgestoken. Een paar jongens gooien ook rotjes in de portieken, de "
     "knallen echoën door het hele trappenhuis en onze hond ligt trillend onder de bank. Ik dacht "
     "dat vuurwerk pas met oud en nieuw mocht? Wat zijn de regels precies, en kan er iemand gaan "
     "kijken, vooral tussen 7 en 10 uur 's avonds."),
    ("Ik wil iets melden wat al een paar maanden speelt. Op de hoek van onze straat in Hoograven "
     "stopt de hele avond door steeds een auto, iemand loopt ernaartoe en twee minuten later rijdt "
     "hij weer weg. Het is altijd dezelfde jongen die bij de elektriciteitskast staat te wachten. "
     "Het lijkt me overduidelijk dat daar gedeald wordt. Mijn kinderen fietsen daar langs naar de "
     "sportclub en ik vind het een naar idee. Ik durf het niet met mijn naam te melden, kan dat "
     "anoniem via jullie?"),
    ("Sinds het nieuwe café op de hoek van de Kanaalstraat zijn terras tot laat open heeft is het "
     "elke vrijdag en zaterdag raak. Om 1 uur gaat het terras dicht, maar dan blijft de groep "
     "gewoon buiten staan praten en roken en om 2 uur wordt er nog met kratten geschoven. Mijn "
     "slaapkamer ligt precies erboven. Ik heb de eigenaar gemaild, die zei dat hij 'zijn best "
     "doet'. Ik ben niet tegen gezelligheid maar ik wil wel graag slapen. Kan iemand controleren of "
     "ze zich aan hun vergunning houden?"),
    ("Sinds een paar maanden zit er een snackbar beneden ons op de Biltstraat en de afzuiging "
     "blaast recht naar onze achterkant. Van 11 uur 's ochtends tot middernacht ruikt het hele "
     "huis naar frituurvet, ook met de ramen dicht. Mijn kleren stinken ernaar, de gordijnen ook. "
     "Ik heb het netjes met de eigenaar besproken en hij zou een filter plaatsen, maar dat is nu "
     "zes weken geleden. Wie controleert zoiets? Kan de gemeente kijken of die afzuiging wel volgens "
     "de regels is?"),
    ("Voor de derde zaterdagnacht op rij zijn bij ons in de straat, Oog in Al rond de Thomas à "
     "Kempisweg, spiegels van auto's afgetrapt en een hele rij fietsen omgegooid. Mijn buurman "
     "heeft na de eerste keer aangifte gedaan, maar verder gebeurt er niks. Het lijkt een groepje "
     "dat terugkomt van het stappen en hier doorheen loopt. Is het mogelijk om in het weekend wat "
     "vaker te surveilleren, of om de wijkagent en de wijkregisseur hierop te wijzen?"),
    ("Mijn buren hebben een houtkachel en die gaat elke avond vanaf een uur of 5 aan. De rook hangt "
     "dan precies in onze tuin en ruikt heel sterk, en als we ventileren ruikt ons huis er binnen "
     "ook naar. Ik heb astma en merk het 's nachts echt. De buren zijn verder aardig en ik wil de "
     "relatie niet verpesten. Zijn er regels voor stoken en kan iemand van de gemeente misschien "
     "eens met ze praten, of ons helpen om het gesprek aan te gaan? We wonen in Vleuten, "
     "Schoolstraat."),
    "buren zijn al maanden aan het verbouwen en ook op zondagochtend om 8 uur wordt er geboord en gesloopt. mag dat zomaar? Leidsche Rijn, Parkwijk",
    ("My upstairs neighbour runs her washing machine at like 1am every night and the spin cycle "
     "shakes my whole ceiling. She also walks around in heels on a wooden floor. I know Dutch "
     "houses aren't great for sound. I tried a friendly note in Dutch (thanks google translate) and "
     "nothing changed. Any advice on what the municipality can do? Zuilen, near Prinses "
     "Margrietstraat"),
    ("Meeuwen! Op het platte dak van de flat tegenover ons in Overvecht nestelen elk voorjaar meer "
     "meeuwen en dan is het vanaf 4 uur 's nachts één groot gekrijs. Ze duiken ook op mensen af die "
     "met eten over straat lopen, mijn zoontje is zo zijn broodje kwijtgeraakt. Ik weet dat het "
     "beschermde dieren zijn, maar kan de gemeente niet nu, in de winter, iets afspreken met de "
     "eigenaar van dat gebouw, netten of pinnen of zo? Ik word er oprecht moe van, het gaat al drie "
     "jaar zo."),
    ("In ons portiek aan de Gambiadreef zitten bijna elke avond een paar jongens op de trap te "
     "blowen. Als je thuiskomt moet je over ze heen stappen en het hele trappenhuis stinkt naar "
     "wiet, ook bij ons binnen. Ze laten blikjes en peuken liggen. Ik heb het aan de huismeester "
     "van de woningcorporatie gevraagd maar die zegt dat het een zaak van de gemeente is. Wie moet "
     "ik nou hebben?"),
    ("Ik woon in Zeist vlak bij de Slotlaan en het café onder ons heeft sinds kort elke vrijdag "
     "een dj. Het geluid komt zo door de vloer dat ik vanuit mijn bed de teksten kan meezingen. Ik "
     "heb het café gebeld en ze zeggen dat ze binnen de normen blijven. Kan de gemeente Zeist "
     "komen meten? Of ben ik hier bij de verkeerde gemeente, want ik zag dat dit vooral over "
     "Utrecht gaat."),
    ("Iemand verderop in de straat heeft een stuk of zes katten die allemaal vrij rondlopen en "
     "onze moestuinbakken als kattenbak gebruiken. Ik haal er bijna elke dag poep uit en 's nachts "
     "zitten ze krijsend onder ons raam. Ik heb het met de eigenaar geprobeerd maar zij vindt dat "
     "katten nou eenmaal vrij zijn. Geldt er voor katten dan helemaal niks? Ik wil graag weten of "
     "de gemeente hier iets in kan betekenen, we wonen in Oog in Al."),
    "alweer herrie van de bovenburen. 3e keer deze week dat ik om 2 uur wakker lig. wie kan ik hiervoor bellen",
    ("Walking along the singel in Wittevrouwen in the evening I keep seeing rats lately, mostly "
     "around the benches where people feed the ducks with bread. Now I've seen one in my own back "
     "garden too. A neighbour said you can report this to the gemeente. Could you do something "
     "about the rats, and maybe put up a sign asking people not to feed bread?"),
    ("Het is nu kwart over 1 en bij de buren op nummer 14 is nog steeds een feest aan de gang, "
     "ramen open, muziek keihard. Ik heb om 12 uur al aangebeld. Moet ik de politie bellen of kan "
     "dat ook via jullie? Kanaleneiland-Zuid."),
    ("There's a dog in the courtyard behind our building (Lombok, near the Jan Pieterszoon "
     "Coenstraat) that barks nonstop every evening. The owners leave it out on the balcony. It's "
     "been like this since September. Who handles this kind of thing?"),
    ("In de bovenwoning naast ons aan de Twijnstraat komen sinds de zomer elk weekend andere "
     "mensen, met rolkoffers, soms op vrijdagavond om 11 uur nog. Het is zo te zien een soort "
     "Airbnb. Ze weten natuurlijk niet hoe gehorig het is, dus er wordt tot diep in de nacht "
     "gelachen en gepraat op het balkon, en één keer stond er om 3 uur iemand bij ons aan te bellen "
     "omdat hij het verkeerde huis had. Ik wil gewoon weer rust in het weekend. Kunnen jullie de "
     "eigenaar hierop aanspreken?"),
    ("Mijn achterburen hebben in de zomer een warmtepomp tegen de schutting gezet, op een meter "
     "van onze slaapkamer. Dag en nacht een brommend geluid, en 's nachts als alles stil is hoor je "
     "niks anders. Mijn vrouw slaapt inmiddels met oordoppen en ik op de bank. We hebben gevraagd "
     "of ze hem willen verplaatsen of er een omkasting omheen willen doen, maar ze zeggen dat het "
     "gewoon mag. Is dat zo? Wat zijn de geluidsregels en kan iemand komen meten? Tuindorp-Oost"),
    ("Ik woon aan de rand van het Máximapark in Leidsche Rijn en deze zomer was er bijna elk "
     "weekend een festival. Nu hoor ik dat er volgend jaar nog meer evenementen gepland staan. De "
     "bassen gaan tot 11 uur 's avonds door onze ramen heen, en daarna lopen de bezoekers langs "
     "ons huis terug naar de bus en plassen ze in onze voortuinen. Ik wil graag bezwaar maken, of "
     "in ieder geval gehoord worden. Waar kan ik met mijn klachten over die evenementen terecht?"),
    ("de shishalounge op het Columbusplein draait elke avond muziek tot 2 uur en de mensen die "
     "buiten staan te wachten houden de hele galerij wakker. ook ruikt het in ons portiek constant "
     "naar die zoete rook. wie moet ik hebben voor controle?"),
    ("Ok dit klinkt misschien klein, maar de zoon van de buren is gaan drummen. Echt een drumstel, "
     "in de kamer die aan mijn woonkamer grenst. Elke dag van 4 tot 6 en in het weekend ook 's "
     "ochtends. Ik heb met de ouders gepraat en ze hebben er een kleed onder gelegd, maar dat maakt "
     "niks uit. Ik werk nachtdiensten dus ik slaap juist overdag. Ik wil die jongen zijn hobby niet "
     "afpakken, maar hebben jullie iets van buurtbemiddeling dat kan helpen om samen een afspraak "
     "te maken?"),
    ("In Vleuten doen ze op oudjaar altijd carbidschieten op het weiland achter onze wijk, dat is "
     "traditie zeggen ze. Maar het begint nu al in november op zaterdagmiddag, met melkbussen, en "
     "de klappen zijn zo hard dat onze ruiten trillen. Ik ben er niet per se op tegen, maar zijn er "
     "regels voor wanneer dat mag? En wie kun je bellen als het buiten die tijden gebeurt?"),
    ("Every morning in the Julianapark there are big dogs running off-leash even though the signs "
     "clearly say they have to be on a leash. This morning one jumped up at my daughter. She's fine "
     "but she was really scared, and the owner just shouted 'he's friendly!'. Other parents at "
     "school say the same thing happens to them. Could enforcement (handhaving?) check there a few "
     "mornings around 8?"),
]

VERKEER = [
    ("Goedenavond. Ik woon in Oog in Al aan de Van Tuyll van Serooskerkenweg en sinds de "
     "werkzaamheden op de Weg der Verenigde Naties gebruiken veel automobilisten onze straat als "
     "sluiproute. Er mag 30, maar er wordt rustig 50 of 60 gereden, ook 's ochtends als de "
     "kinderen naar school fietsen. Vorige week moest een auto vol in de remmen voor een meisje "
     "van een jaar of tien. Met een paar buren hebben we handtekeningen verzameld, 38 huishoudens. "
     "Hoe kunnen we een drempel of een andere maatregel aanvragen, en naar wie sturen we die lijst?"),
    ("Ik duw elke dag een kinderwagen door de Bankastraat in Lombok en ik moet steeds de rijbaan "
     "op omdat er auto's met twee wielen op de stoep staan. Mijn buurman zit in een rolstoel en die "
     "komt er gewoon niet langs, hij moet dan wachten tot iemand hem helpt. Het zijn vaak dezelfde "
     "auto's, ook busjes van bedrijven. Ik heb al eens de politie gebeld maar daar hebben ze geen "
     "tijd voor. Kan handhaving hier structureel op letten? Of kunnen er paaltjes komen?"),
    ("Hallo, wij zijn vorige maand vanuit Amersfoort verhuisd naar de Adriaan van Ostadelaan en ik "
     "probeer een parkeervergunning te regelen. Mijn vrouw heeft een eigen auto en ik heb sinds kort "
     "een leaseauto van de zaak. Op de website lees ik iets over een wachtlijst en dat een tweede "
     "vergunning misschien niet kan. Klopt dat? En hoe zit het met een auto die op naam van de "
     "werkgever staat, moet ik dan een verklaring meesturen? Tot we het weten staan we elke dag in "
     "de parkeergarage en dat loopt aardig op."),
    ("Hey, the traffic light for bikes at the crossing of Amsterdamsestraatweg and Cartesiusweg has "
     "been stuck on red for at least two days. Everyone just rides through after a while, which is "
     "honestly pretty sketchy with the trucks turning right there. I've seen a few close calls "
     "already. Not sure if someone reported it yet, but can you get it fixed?"),
    ("Bij station Zuilen staat al sinds de zomervakantie een roestige damesfiets zonder zadel en "
     "met twee lekke banden in het rek. Er hangen inmiddels spinnenwebben aan. Het is daar 's "
     "ochtends altijd vol en ik moet mijn fiets elke dag ergens tegen een hek zetten. Er zit al een "
     "paar weken een label van de gemeente aan, maar hij staat er nog steeds. Hoe lang duurt het "
     "voordat zoiets weggehaald wordt?"),
    ("Goedemiddag, mijn moeder (81) woont in Hoograven en zit sinds haar beroerte in een rolstoel. "
     "Ik haal haar een paar keer per week op voor ziekenhuisafspraken en boodschappen, maar er is "
     "bijna nooit plek in de straat. Ik moet dan dubbel parkeren en haar met rolstoel en al tussen "
     "de auto's door wurmen. Ze heeft een gehandicaptenparkeerkaart. Kan er een "
     "gehandicaptenparkeerplaats voor haar deur komen, ook al heeft zij zelf geen auto maar rijd "
     "ik? Wat moeten we daarvoor aanvragen?"),
    ("Na de werkzaamheden aan de kruising Franciscusdreef en Zamenhofdreef in Overvecht is het "
     "voorrangsbord niet teruggezet. Nu is het niet duidelijk wie er voorrang heeft, de helft denkt "
     "dat rechts voorgaat en de anderen rijden gewoon door. Ik rijd er dagelijks langs en heb al "
     "twee keer op het laatste moment moeten remmen. Kan dat bord snel teruggeplaatst worden?"),
    ("Elke ochtend tussen 7 en 10 staan er op de Amsterdamsestraatweg bij de supermarkt "
     "bestelbussen dubbel geparkeerd, half op het fietspad. Als fietser moet je dan tussen de bus "
     "en het verkeer door, met stadsbussen die je rakelings passeren. Ik snap dat winkels "
     "bevoorraad moeten worden, maar kan er geen laad- en losplek komen, of kunnen ze het voor 7 "
     "uur doen? Ik heb het gevoel dat het wachten is tot het een keer misgaat."),
    ("Namens de bewonerscommissie van ons seniorencomplex in Zuilen wil ik vragen om een veiligere "
     "oversteek op de Marnixlaan, ter hoogte van de bushalte. Veel van onze bewoners lopen met een "
     "rollator en hebben te weinig tijd om over te steken, en auto's komen vanuit de bocht en zien "
     "je pas laat. Vorig jaar werd mevrouw De Bruin er bijna geschept. Een zebrapad of een "
     "middeneiland zou al enorm helpen. Hoe pakken we zo'n aanvraag aan?"),
    ("Op het fietspad langs de Leidsche Rijn, tussen Terwijde en het centrum, rijden steeds meer "
     "jongens op opgevoerde scooters en fatbikes met 40 per uur langs. Ik fiets daar met mijn "
     "dochtertje voorop en schrik me elke keer rot. Er is geen enkele controle. Kunnen jullie daar "
     "eens gaan meten of handhaven? En horen snorfietsen daar eigenlijk wel, het is toch een "
     "fietspad?"),
    ("Elke zaterdagochtend is het rond het sportpark in Vleuten één grote chaos. Ouders zetten hun "
     "auto op de stoep, in de berm, voor onze inritten en zelfs op het fietspad. Vorige week kon ik "
     "gewoon mijn eigen oprit niet af terwijl ik naar mijn moeder in het ziekenhuis moest. De club "
     "zegt dat het aan de gemeente ligt, de gemeente verwijst naar de club. Ik wil gewoon dat er "
     "iemand handhaaft of dat er extra parkeerruimte komt."),
    ("In onze straat in Zeist staat al 5 weken een camper geparkeerd die twee plekken inneemt, en "
     "de eigenaar woont hier niet eens. Mag dat?"),
    ("De fietsoversteek bij de rotonde in Terwijde is zo slecht aangegeven dat automobilisten niet "
     "doorhebben dat fietsers daar voorrang hebben. De rode kleur is bijna weg en de haaientanden "
     "zie je 's avonds niet. Ik heb er zelf al twee keer vol in de remmen moeten gaan. Graag "
     "opnieuw markeren en misschien een extra bord erbij."),
    ("Mijn vader van 86 loopt met een rollator en haalt bij het voetgangerslicht op de "
     "Vleutenseweg, bij de Albert Heijn, de overkant niet voordat het weer op rood springt. Hij "
     "staat dan nog midden op de weg terwijl de auto's al optrekken. Hij durft nu alleen nog met "
     "iemand erbij naar de winkel. Kan de groentijd voor voetgangers daar langer? Ik heb begrepen "
     "dat sommige lichten een knop of een pasje hebben voor extra tijd, misschien is dat een "
     "oplossing."),
    ("Hi! My parents are visiting from Spain for two weeks in December and they're renting a car. "
     "I live in Lombok and I think it's a paid parking zone. I don't have a car myself so I never "
     "got a parking permit. Can I still get visitor parking for them, and how does that work? Is "
     "there an app? Thanks"),
    ("Sinds de nieuwe bouwplaats aan het eind van onze straat in Hoograven rijden er dagelijks "
     "vrachtwagens door de woonstraat, terwijl ze ook via de Waterlinieweg kunnen. De straat is "
     "smal, er staan aan twee kanten auto's en de trucks rijden over de stoep om te keren. Het "
     "geeft ook stof en trillingen, maar het gaat mij vooral om de veiligheid van de kinderen. Kan "
     "er een bord komen dat vrachtverkeer daar niet mag, of een afspraak met de aannemer over de "
     "route?"),
    ("Bijna elke nacht in het weekend wordt er op de Europalaan geracet. Twee of drie auto's gaan "
     "bij het stoplicht naast elkaar staan en geven dan vol gas, je hoort het tot in de "
     "Rivierenwijk. Ik lig dan wakker en denk alleen maar: straks gaat het een keer mis. Is het "
     "mogelijk om daar een flitspaal of trajectcontrole te plaatsen, of in elk geval vaker te "
     "controleren?"),
    ("Ik ben moeder van twee kinderen op een basisschool in Kanaleneiland en elke ochtend om kwart "
     "over 8 is het daar chaos. Ouders parkeren op het zebrapad, op de stoep, in de bocht, en laten "
     "de motor draaien. Kinderen moeten tussen de auto's door oversteken. De school heeft al "
     "brieven gestuurd maar dat helpt niks. Kunnen jullie daar een paar ochtenden handhaven, of "
     "een kiss-and-ride zone maken? Ik maak me er echt zorgen over."),
    ("Het eenrichtingsbord aan het begin van de Mauritsstraat is omvergereden en ligt sinds vorig "
     "weekend plat op de stoep. Nu rijden er auto's van de verkeerde kant in."),
    ("Die deelfietsen en deelscooters worden bij ons in Leidsche Rijn Centrum gewoon midden op de "
     "stoep gedumpt, soms liggen ze om. Ik ben slechtziend en ben er vorige week over gestruikeld, "
     "mijn taststok vindt ze pas als ik er al tegenaan loop. Is er een regel voor waar ze moeten "
     "staan, en kan de gemeente de aanbieders daarop aanspreken?"),
    ("Hallo, wij hebben net een nieuwe speeltuin gekregen in De Wetering in Vleuten, super leuk, "
     "maar hij ligt aan de overkant van een vrij drukke weg waar ook de bus rijdt. Er is geen "
     "zebrapad of oversteekplaats, dus de kinderen rennen er gewoon tussendoor. Wij als ouders "
     "zouden graag zien dat daar een zebrapad of een verhoogd plateau komt. Moeten we daarvoor "
     "handtekeningen verzamelen of kan ik het gewoon hier aanvragen?"),
    ("In ons deel van Zuilen is parkeren nog gratis, maar sinds er in Ondiep betaald parkeren is "
     "ingevoerd staat onze straat vanaf 7 uur 's ochtends vol met auto's van mensen die hier "
     "parkeren en met de fiets of de bus verder gaan. Als ik 's avonds thuiskom van mijn werk moet "
     "ik soms drie straten verderop staan. Ik weet dat betaald parkeren geld kost, maar ik wil "
     "weten hoe je als buurt een vergunningsgebied kunt aanvragen. Komt daar een enquête voor?"),
    ("de laadpaal bij ons op de Kardinaal de Jongweg wordt constant bezet door een gewone "
     "benzineauto van een buurtbewoner. ik heb een elektrische auto en kan gewoon niet laden. "
     "wordt daar ooit op gecontroleerd?"),
    ("kleine ergernis maar toch: onze straat in Lombok is eenrichtingsverkeer, ook voor fietsers, "
     "maar de helft van de studenten fietst er gewoon tegenin. ik kom met de auto om de hoek en moet "
     "elke keer vol in de remmen. is het misschien een idee om fietsers er officieel tegenin te "
     "laten rijden met een bordje 'uitgezonderd fietsers' en een fietsstrook? dan weet iedereen "
     "tenminste waar hij aan toe is"),
    ("Hello, we live in Leidsche Rijn (Langerak) on a street that's supposed to be a 30 zone, but "
     "there are no bumps or anything, so people treat it like a highway to get to the A2. We have "
     "a 4 year old and a toddler and we're honestly nervous letting them play out front. A couple "
     "of other parents on the street feel the same. What's the process to request speed bumps or "
     "some other kind of traffic calming? Do we need a petition?"),
    "Verkeerslicht op de kruising Weerdsingel/Amsterdamsestraatweg staat sinds vanmiddag op knipperend oranje. Auto's uit de Weerdsingel weten niet wie er voor gaat, het is elke keer afwachten. Is dat al bekend bij jullie?",
    ("Bij de bushalte voor het winkelcentrum in Overvecht parkeren mensen elke middag op de "
     "busbaan om even snel iets te halen. De bus moet er dan omheen en blokkeert het hele "
     "kruispunt. Ik rijd zelf op die lijn als buschauffeur en zie het elke dienst gebeuren. Kunnen "
     "er camera's of handhavers komen? Het is ontzettend ergerlijk en voor fietsers die ineens een "
     "bus naast zich krijgen ook niet veilig."),
    ("Ik heb een vraag over parkeren. Ik ben mantelzorger voor mijn tante in Wittevrouwen en kom "
     "daar bijna elke dag, soms drie keer. Ik betaal me blauw aan parkeergeld en de bezoekersuren "
     "van mijn tante zijn binnen een week op. Bestaat er zoiets als een mantelzorgvergunning of een "
     "andere regeling? Ik woon zelf in Nieuwegein, dus een bewonersvergunning kan ik niet krijgen "
     "neem ik aan."),
    ("Er staat al ruim twee maanden een fiets vastgemaakt aan ons tuinhek, zonder voorwiel en met "
     "een verroest slot. Niet van ons, niet van de buren. Het hek is van ons maar de stoep is van "
     "de gemeente denk ik. Kunnen jullie hem weghalen of mag ik zelf het slot doorknippen? Oog in "
     "Al, 3531 BK"),
    ("The bike lane on the Croeselaan has been closed since Monday because of roadworks, but there "
     "is zero detour signage. So cyclists just go on the sidewalk or onto the road between the "
     "buses. In the morning rush that's hundreds of people heading to the station. Can the "
     "contractor be made to put up proper detour signs?"),
]

INITIATIEF = [
    ("Goedenavond! De huizen in onze straat in Tuindorp bestaan volgend jaar juni 100 jaar en met "
     "een groepje buren willen we daar een groot straatfeest van maken, met een lange tafel midden "
     "op straat, een springkussen voor de kinderen en een bandje tot een uur of 10. We hebben al een "
     "potje en 23 huishoudens doen mee. Moeten we de straat laten afsluiten, en hebben we daar een "
     "vergunning voor nodig? En hoe ver van tevoren moeten we dat aanvragen?"),
    ("Naast onze flat in Kanaleneiland ligt al jaren een braakliggend stuk grond met een hek "
     "eromheen en vooral onkruid. Met een paar buurvrouwen (Marokkaans, Syrisch en Nederlands, we "
     "hebben alle drie tuinervaring) zouden we er zo graag een buurtmoestuin van maken. Groente "
     "voor iedereen, de kinderen kunnen leren hoe dingen groeien, en mensen komen eens hun huis "
     "uit. Van wie is die grond en mogen we die tijdelijk gebruiken? En is er misschien geld voor "
     "zaden, bakken en gereedschap?"),
    ("Ik wil graag een geveltuintje aanleggen voor mijn huis aan de Obrechtstraat. Ik heb begrepen "
     "dat je zelf een rij tegels mag weghalen, maar mijn buurman zegt dat je eerst toestemming "
     "moet vragen omdat de stoep van de gemeente is. Hoe zit dat? En moet er een bepaalde breedte "
     "stoep overblijven? Ik wil het graag goed doen, het liefst nog dit najaar, zodat ik er bollen "
     "in kan zetten."),
    ("Met de kinderen van groep 6 van onze school willen we in maart een opruimactie houden in het "
     "park bij ons in Overvecht-Noord. Daar ligt werkelijk van alles, chipszakken, blikjes, "
     "lachgasflessen. De kinderen hebben er zelf een stuk over geschreven en willen echt iets doen. "
     "Kunnen we van de gemeente grijpers, handschoenen en zakken lenen, en kunnen jullie de volle "
     "zakken daarna ophalen? Moeten we het ergens aanmelden?"),
    ("Bij ons in de Rivierenwijk is de afgelopen maand in drie huizen ingebroken, allemaal overdag "
     "terwijl de mensen aan het werk waren. In de straat-app is iedereen nu in paniek en er worden "
     "foto's van 'verdachte' mensen gedeeld, wat ik ook niet fijn vind. Ik zou het liever goed "
     "aanpakken, met een echte buurtpreventiegroep met afspraken, zoals ik in andere wijken zie "
     "met die bordjes. Hoe begin je zoiets, en helpt de gemeente of de politie daarbij?"),
    ("Hi! I'm part of a group of internationals in Leidsche Rijn, mostly young families who moved "
     "here for work. We'd love to organise a monthly potluck dinner open to everyone in the "
     "neighbourhood, Dutch people too, so we actually get to know our neighbours. Is it possible to "
     "use the community centre (buurthuis) for something like this? How do we book it and what does "
     "it cost? It would be maybe 30-40 people."),
    ("Onze straat in Lombok is echt een stenen woestijn, geen boom, geen sprietje groen. Met een "
     "stuk of acht buren willen we daar iets aan doen: tegels eruit, plantenbakken, misschien een "
     "paar bomen als dat kan met alle kabels en leidingen. We hebben gehoord dat andere straten "
     "dat ook hebben gedaan met hulp van de gemeente. Hoe pakken we dit aan, met wie kunnen we "
     "praten en kunnen we als straat zelf een plan indienen?"),
    ("Achter de flats aan de Briljantlaan in Hoograven ligt een grasveld waar eigenlijk niemand "
     "iets mee doet, behalve honden uitlaten. Er wonen hier veel tieners die nu op straat of bij de "
     "snackbar rondhangen omdat er niks te doen is. Mijn zoon en zijn vrienden hebben zelf een "
     "tekening gemaakt van een basketbalveldje met een paar calisthenics-rekken. Ik vind het mooi "
     "dat ze met een idee komen. Hoe kunnen we dit voorstellen aan de gemeente, en is er budget "
     "voor zoiets?"),
    ("Ik ben gepensioneerd technicus en zou graag een repaircafé beginnen in Zuilen, één zaterdag "
     "per maand. Er zijn al vijf vrijwilligers die willen helpen met fietsen, kleding en "
     "elektrische apparaten. We hebben een plek nodig en wat geld voor gereedschap, een "
     "soldeerstation en koffie en thee. Ik las iets over het initiatievenfonds of bewonersbudget. "
     "Hoe vraag je dat aan, hoe lang duurt het en om wat voor bedragen gaat het?"),
    ("Is it allowed to just put a little free library (one of those book boxes on a pole) on the "
     "pavement in front of my house, or do I need permission? Wittevrouwen"),
    ("Tegenover ons huis in Tuindorp ligt een plantsoentje dat er al een tijd verwaarloosd bij "
     "ligt, de struiken zijn half dood en het is vooral onkruid. Ik klaag er niet over hoor, ik "
     "begrijp dat de gemeente niet overal tijd voor heeft. Maar met de buren zouden we het graag "
     "zelf onderhouden en er vaste planten en bloemen in zetten. Kun je zo'n stukje groen "
     "adopteren? En krijgen we dan bijvoorbeeld planten of compost van jullie?"),
    ("Wij zijn een groep ouders van een basisschool in Lunetten en we hebben toestemming van de "
     "directie om op het schoolplein een moestuin aan te leggen, maar de school heeft er geen "
     "budget voor. Het idee is dat buurtbewoners er ook buiten schooltijd gebruik van kunnen maken, "
     "zodat het echt iets van de buurt wordt. Komen we in aanmerking voor subsidie of "
     "initiatiefgeld? We schatten de kosten op zo'n 2500 euro."),
    ("Wij willen op 19 december een kleine wintermarkt organiseren op het pleintje bij de kerk in "
     "Zuilen, met kraampjes van buurtbewoners, warme chocomel, een koor uit de wijk en lichtjes. "
     "Er komen misschien 200 mensen op af. Ik heb geen idee wat er allemaal geregeld moet worden "
     "aan vergunningen en stroom. Kunt u mij vertellen waar ik moet beginnen en of we nog op tijd "
     "zijn?"),
    ("Hallo, ik help al een tijdje als vrijwilliger nieuwkomers met Nederlands leren. Het zou mooi "
     "zijn als we een wekelijks taalcafé konden houden in het buurthuis in Overvecht, op "
     "dinsdagavond bijvoorbeeld. Ik heb al een stuk of tien mensen die willen komen en drie andere "
     "vrijwilligers. Wie beheert die ruimte en wat moeten we doen om er een vaste avond te "
     "krijgen?"),
    ("wij willen met de straat kerstverlichting ophangen tussen de gevels, dwars over de straat. "
     "moet dat ergens gemeld worden? Tolsteeg"),
    ("Hey, I'm on the board of a student sports association and we want to do a volunteer clean-up "
     "along the Kromme Rijn near Rijnsweerd in spring. We'd have about 25 people. Can the "
     "municipality provide bags, gloves or those grabber sticks? And do we need to let someone "
     "know or get permission first? Would also be great if someone could pick up the full bags "
     "afterwards."),
    ("Ik heb met de buurjongens een paar vleermuiskasten en een groot insectenhotel gebouwd, echt "
     "prachtig geworden. We zouden die graag in het parkje aan het eind van onze straat in Oog in "
     "Al ophangen, in de bomen en bij de vijver. Mag dat, en bij wie moet je daarvoor toestemming "
     "vragen? We willen er ook een bordje bij met uitleg voor kinderen."),
    ("Ik zag dat ze in andere steden tegelwipcompetities houden, wie haalt de meeste tegels uit zijn "
     "tuin. Ik wil dat in Kanaleneiland-Noord gaan organiseren met het buurtcomité. Veel mensen "
     "hebben een achtertuin vol tegels en weten niet wat ze ermee moeten. Kan de gemeente de tegels "
     "ophalen en misschien planten of zakken aarde geven? En is er iemand die ons kan helpen met "
     "de promotie?"),
    ("Ik woon in een seniorenflat in Overvecht en er zijn hier zoveel mensen die de hele dag alleen "
     "in hun appartement zitten, dat hoor ik als ik met ze in de lift sta. Ik zou zelf graag op "
     "woensdag een koffieochtend willen organiseren in de gemeenschappelijke ruimte of in het "
     "buurthuis, met een spelletje en een praatje. Ik ben 72 en heb geen ervaring met zulke dingen, "
     "maar wel tijd. Wie kan mij helpen dit op te zetten, en is er een klein budget voor koffie en "
     "koek?"),
    ("Afgelopen zomer hebben we spontaan een voetbaltoernooitje gehouden op het veldje bij de "
     "Marshalllaan, met 60 kinderen uit de buurt. Het was een groot succes. Volgend jaar willen we "
     "het groter aanpakken, met echte doeltjes, een scheidsrechter, medailles en eten voor "
     "iedereen. Kunnen we daar subsidie voor krijgen, en mogen we dat veldje dan een hele zaterdag "
     "gebruiken?"),
    ("Aan het eind van onze straat in Lombok staat een transformatorhuisje met een grote kale "
     "muur, daar komen af en toe tags op die dan weer worden weggehaald. Een kunstenaar uit de "
     "buurt wil er samen met kinderen een muurschildering op maken over de geschiedenis van "
     "Lombok. Dat lijkt ons als buren een veel betere oplossing. Wie moeten we om toestemming "
     "vragen, de gemeente of de netbeheerder? En is daar ook geld voor?"),
    ("Wij willen graag dat onze straat in Wittevrouwen op woensdagmiddag een speelstraat wordt, "
     "zodat de kinderen veilig buiten kunnen spelen. Er rijdt toch bijna niemand door. Een paar "
     "buren hebben daar in Amsterdam goede ervaringen mee. Hoe vraag je zoiets aan, en moeten alle "
     "bewoners het ermee eens zijn?"),
    "Met de straat willen we op Koningsdag een buurtbarbecue op het grasveld houden. Moet dat aangevraagd worden en mag je daar een bbq neerzetten?",
    ("Ik loop elke avond met de hond door de wijk en zie daardoor best veel: kapotte lampen, open "
     "schuurdeuren, soms een auto waar iemand lang in blijft zitten. In Nieuwegein hebben ze zo'n "
     "groep hondenbezitters die een beetje op de buurt letten en dingen doorgeven. Dat zou ik in "
     "Vleuten ook willen. Kan de gemeente of de wijkagent zoiets ondersteunen, met hesjes of een "
     "startbijeenkomst?"),
    ("Onze straat heeft geen ruimte voor gft-containers en veel bewoners gooien hun groente-afval "
     "daarom maar bij het restafval. Met een paar buren willen we een gezamenlijke compostbak op "
     "het pleintje zetten die we zelf beheren, de compost gaat dan naar de geveltuinen en "
     "boomspiegels. Heeft iemand anders dit al gedaan in Utrecht, mag het op gemeentegrond en is "
     "er misschien subsidie voor de bak zelf?"),
    "Hallo, mogen wij als bewoners bloembollen planten in de boomspiegels van onze straat? we hebben met z'n allen 300 bollen gekocht en willen dat deze zaterdag doen",
    ("We run a small book club (8 people) that meets at someone's home, but it's getting too "
     "crowded. I think the buurthuis in Hoograven has rooms for resident groups. Could we use one "
     "evening a month there, and what would it cost? I can't find it anywhere on the website."),
    ("Bij ons in Zeist-West is een stukje gras bij de bushalte waar veel ouderen staan te wachten, "
     "en er is geen bankje. Een buurman is timmerman en wil er zelf een mooi houten bankje voor "
     "maken, de buurt betaalt het hout. Mag dat zomaar neergezet worden of moet de gemeente daar "
     "iets van vinden? We willen het graag netjes regelen."),
    ("Hi there, a few of us in Kanaleneiland want to set up a community fridge, a 'buurtkoelkast', "
     "where people can leave leftover food for anyone who needs it. Lots of families here are "
     "struggling with prices. We have a spot in mind in the entrance of the community centre. Who "
     "do we need to talk to, are there hygiene rules from the municipality, and is there funding "
     "for something like this?"),
    ("Vorig jaar hebben we in Parkwijk een Halloween-route gedaan langs versierde huizen en daar "
     "kwamen meer dan 300 kinderen op af. Leuk, maar ook chaotisch, en een paar buren vonden het te "
     "druk. Volgend jaar willen we het beter organiseren, met een vaste route, vrijwilligers in "
     "hesjes en een afsluiting met soep op het pleintje. Kunnen we daarbij ondersteuning krijgen "
     "vanuit de wijk of een klein bedrag uit het bewonersbudget? En wie denkt er met ons mee over "
     "een goede route?"),
]

AFVAL = [
    ("De ondergrondse restafvalcontainer bij onze flat aan de Tigrisdreef zit nu al ruim een week "
     "vol. Mensen zetten hun zakken er gewoon naast, die worden 's nachts door katten en kraaien "
     "opengetrokken en de hele stoep ligt vol luiers en etensresten. Ik heb het vorige week maandag "
     "al gemeld via de app en kreeg bericht dat het was opgelost, maar er is niemand geweest. Kan "
     "er nu echt iemand komen legen? En misschien vaker, want dit is niet de eerste keer."),
    ("Hallo, ik ben vorige maand samengetrokken met mijn vriendin in haar appartement in Leidsche "
     "Rijn en nu hebben we van alles twee. Mijn oude bank, een matras, een kast die niet meer in "
     "elkaar wil en een kapotte wasmachine moeten weg. We hebben geen auto, dus naar de milieustraat "
     "is lastig. Kan de gemeente dit ophalen, hoeveel spullen mag je aanbieden en moet ik daarvoor "
     "een afspraak maken? Kost het iets?"),
    ("Onze groene container is nu voor de tweede keer op rij niet geleegd. Hij stond gewoon om 7 "
     "uur aan de straat, met de klep naar de weg zoals het hoort, en die van de buren zijn wel "
     "geleegd! We wonen in Vleuten aan de Hindersteinlaan. Na twee weken met etensresten begint hij "
     "behoorlijk te ruiken. Kan er alsnog iemand langskomen?"),
    ("Ik ben net verhuisd naar een appartement in Zuilen en hier moet je met een pasje de container "
     "openmaken. De vorige bewoner heeft zijn pas niet achtergelaten, of hij is kwijt. Nu sta ik "
     "elke keer met mijn vuilniszak voor een dichte klep en neem ik hem maar weer mee naar binnen. "
     "Hoe kom ik aan een nieuwe pas, moet die aan mijn adres gekoppeld worden en hoe lang duurt "
     "dat?"),
    ("Hi, just moved to Hoograven. Which day do they collect paper and cardboard here? And is there "
     "a calendar somewhere in English? My postcode is 3525 RV"),
    ("Bij de containers op de hoek van de Marnixlaan in Zuilen worden bijna elk weekend matrassen, "
     "kasten en zakken met bouwafval neergezet. Het wordt na een paar dagen opgehaald, maar het "
     "weekend erna ligt er weer wat. Het is echt een vaste dumpplek geworden en de buurt ziet er "
     "verschrikkelijk uit. Eenmalig opruimen helpt dus niet. Kan er een camera komen of meer "
     "controle? Wie pakt dit structureel aan?"),
    ("Ik weet niet hoe het kan, maar de containers achter ons complex aan de Vondellaan stinken "
     "sinds een paar weken vreselijk, een zoetige rotte lucht. We denken dat er iets in de bak is "
     "blijven hangen of dat er iets lekt. Je ruikt het tot op ons balkon op de derde verdieping. "
     "Kunnen jullie de bak een keer schoonmaken of vervangen?"),
    ("Elke zaterdag is er markt op het Smaragdplein in Hoograven en dat vind ik echt gezellig. Maar "
     "na afloop liggen het plein en de straten eromheen bezaaid met plastic, kartonnen dozen, rot "
     "fruit, noem maar op. Het wordt pas maandag opgeruimd, dus de hele zondag waait het door de "
     "buurt en ligt het in onze voortuinen. Kan er op zaterdagmiddag direct na de markt worden "
     "schoongemaakt?"),
    "klep van de plasticcontainer bij de Jan van Scorelstraat zit vast, gaat niet meer open. al 4 dagen. iedereen zet z'n plastic er nu naast",
    ("Langs het fietspad bij het Noorderpark in Leidsche Rijn heeft iemand een hele lading "
     "bouwafval gedumpt: gipsplaten, een toiletpot, emmers met kitresten en een stapel tegels. Het "
     "ligt er sinds het weekend. Ik vermoed een klusbedrijf dat geen zin had om naar de stort te "
     "rijden. Kan het worden weggehaald? Ik heb foto's als jullie die willen."),
    ("Wij wonen in een straat in Oog in Al waar het plastic in zakken aan de straat wordt gezet, om "
     "de twee weken. Vandaag zijn de zakken alweer niet meegenomen, terwijl we ze keurig op tijd "
     "hadden buitengezet. Dat is de derde keer dit jaar. Nu waait er van alles over straat en moeten "
     "we de zakken weer binnenhalen tot de volgende ronde. Wat gaat er mis, en kunnen ze alsnog "
     "worden opgehaald?"),
    ("Hello! I'm moving out of my student room next month and I have some old paint cans, "
     "batteries, a broken microwave and a printer. I know you're not supposed to put that stuff in "
     "the normal trash. Where do I bring it? Is there a place close to Utrecht Science Park, and do "
     "I need to show anything? I don't have a car, only a bike with a crate."),
    ("In ons nieuwe complex in Leidsche Rijn Centrum wonen inmiddels zo'n 120 huishoudens, maar er "
     "staat maar één ondergrondse container voor restafval en één voor papier. Op zaterdag zitten "
     "ze al bijna vol en op maandag liggen de zakken ernaast. De VvE heeft al twee keer gemaild maar "
     "we horen niks. We vragen dus om extra containers of vaker legen. Hoe pakken we dit aan?"),
    ("Bij het legen is onze grijze container vorige week uit de grijparm van de vuilniswagen "
     "gevallen en nu zit er een grote scheur in de bodem en is er een wiel af. Ik zag het gebeuren "
     "vanuit het raam, de chauffeur heeft hem gewoon teruggezet. Alles lekt er nu uit. Krijg ik een "
     "nieuwe en moet ik daarvoor betalen? We wonen in Tuindorp."),
    ("Elke vrijdag- en zaterdagnacht zitten er groepjes studenten aan het water bij de Weerdsluis "
     "en 's ochtends liggen er overal lege blikjes, pizzadozen en lachgasflessen, ook in het water. "
     "Ik heb er geen probleem mee dat ze daar zitten, het is een mooie plek, maar er staat maar één "
     "prullenbak en die is na een uur vol. Kan er een grotere bak bij, en kan er in het weekend "
     "vaker worden opgeruimd?"),
    ("Mijn moeder is vorige maand verhuisd naar een aanleunwoning in Zuilen en ze heeft nog steeds "
     "geen pasje voor de container gekregen. Ze is 84 en kan zelf niet goed met de computer. Ik "
     "probeer het voor haar te regelen, maar op de website moet je inloggen met DigiD en dat heeft "
     "ze niet. Kan ik als dochter een pas voor haar aanvragen, of kan die gewoon naar haar adres "
     "worden gestuurd?"),
    ("The glass container near the Jumbo in Vleuten is completely full, there are dozens of "
     "bottles standing next to it and some broken glass on the pavement. When will it be emptied?"),
    ("Ik had een afspraak voor het ophalen van grofvuil op donderdag. De avond ervoor keurig alles "
     "aan de straat gezet zoals in de bevestiging stond: een bank, twee stoelen en een oude "
     "kledingkast in delen. Het is nu zaterdag en alles staat er nog. Het heeft ook geregend dus de "
     "bank is doorweekt. De buren beginnen te vragen wanneer het weggaat en ik schaam me een beetje. "
     "Kunnen ze het alsnog komen halen? Mijn afspraaknummer heb ik nog."),
    ("Iemand uit ons blok zet al weken op maandagavond zijn vuilniszakken naast onze voordeur aan "
     "de Hamburgerstraat, terwijl de ophaaldag pas donderdag is. De zakken worden opengescheurd door "
     "meeuwen en ik ruim elke ochtend de rommel op. Ik weet niet wie het is. Kan de gemeente een "
     "brief in het blok verspreiden of controleren, en kan er iemand komen opruimen?"),
    "Hoe werkt het met de kerstboom na de feestdagen? Wordt die opgehaald of moet ik hem ergens brengen? vorig jaar lag hij tot half januari in de tuin haha",
    ("Bij het opruimen van de schuur van ons huis in Zeist vonden we een paar golfplaten waarvan de "
     "buurman zegt dat het asbest kan zijn. Ze zijn heel, niet gebroken. Ik wil ze natuurlijk niet "
     "zomaar bij het grofvuil zetten. Hoe moet ik die inleveren, kan dat bij de milieustraat en "
     "moet ik ze inpakken? Geldt er een maximum?"),
    ("de textielcontainer bij winkelcentrum Terwijde zit propvol, er liggen zakken met kleren "
     "naast die nat worden van de regen. wie leegt die dingen eigenlijk?"),
    ("Voor de middelbare school bij ons in de straat is het elke dag hetzelfde liedje: in de pauze "
     "staan leerlingen buiten, eten chips, drinken energydrank en alles gaat op de grond. Peuken, "
     "blikjes, plastic. De school zegt dat ze buiten het hek niks kunnen doen. Ik woon er recht "
     "tegenover in Kanaleneiland en ik ben het zat om elke middag met een vuilniszak buiten te "
     "staan. Kunnen er meer prullenbakken komen en kan de straat vaker geveegd worden?"),
    "Goedemorgen, in Zeist-Noord is vandaag in onze hele straat de blauwe container (papier) niet geleegd. Moeten we hem laten staan of komen ze morgen?",
    ("In de steeg achter de huizen aan de Amsterdamsestraatweg, ongeveer tussen nummer 300 en 320, "
     "staat al twee weken een oude koelkast met de deur open, plus een matras die helemaal "
     "doorweekt is. Ik denk dat iemand is verhuisd en het gewoon heeft achtergelaten. De steeg is "
     "smal, je moet er met de fiets omheen. Kan de gemeente het weghalen? En als jullie kunnen "
     "achterhalen wie het was, mag die wat mij betreft de rekening krijgen."),
    ("Ik woon op de vierde verdieping in Overvecht en wil graag mijn groente- en fruitafval "
     "scheiden, maar er is bij ons geen gft-container. Ik heb ergens gelezen dat er in sommige "
     "wijken inzamelpunten voor etensresten zijn. Komt dat hier ook? Of hoe doen andere "
     "flatbewoners dat? Nu gaat alles bij het restafval en daar voel ik me eigenlijk schuldig over."),
    ("The bins in the Wilhelminapark are overflowing every weekend, especially when the weather is "
     "nice. Even today in November there were pizza boxes and bags lying next to the bin by the "
     "pond, and the crows pull everything out. Could they be emptied more often, or could you put "
     "bigger ones there?"),
    ("Onze ondergrondse container is verplaatst van de hoek van de straat naar het eind van de "
     "Kanaalweg, dat is voor ons zo'n 300 meter lopen. Voor mij is dat prima, maar mijn buurvrouw "
     "van 88 met een rollator krijgt haar vuilniszak daar niet meer. Ik breng hem nu voor haar weg, "
     "maar ik ben ook niet altijd thuis. Waarom is die container verplaatst, kan hij niet terug, of "
     "komt er een oplossing voor ouderen?"),
    ("Hey, people in our street in Lombok keep putting their garbage bags out the night before "
     "collection, or even two days before. The gulls tear them open and there's trash all over the "
     "pavement every single week. It's disgusting. Can someone come clean it up and maybe remind "
     "people of the rules? Honestly I don't even know what the right day is, is there a schedule?"),
    ("Wij wonen in Wittevrouwen en sinds het ophaalschema in oktober is veranderd, heb ik het gevoel "
     "dat niemand meer weet wanneer wat wordt opgehaald. In de app staat dinsdag, de buren zeggen "
     "woensdag, en vorige week is het restafval helemaal niet opgehaald. Ik heb drie zakken in mijn "
     "schuur staan. Kunnen jullie mij vertellen wat nu de juiste ophaaldag is voor 3572 BK, en of de "
     "zakken van vorige week alsnog worden meegenomen?"),
]

OPENBARE_RUIMTE = [
    ("Ik loop elke avond rond half 11 terug van mijn werk in de thuiszorg over het wandelpad langs "
     "de Vaartsche Rijn in Hoograven. Sinds een week of drie doen daar twee lantaarnpalen het niet "
     "meer, precies op het stuk bij de bosjes. Het is daar dan echt pikkedonker en ik merk dat ik "
     "met mijn sleutels in mijn hand loop. Ik neem nu een omweg van tien minuten. Er is niks "
     "gebeurd, maar het voelt niet fijn. Kunnen die lampen gerepareerd worden? Ik denk paalnummers "
     "23 en 24, maar dat weet ik niet zeker."),
    ("Vorige week is mijn moeder (79) gestruikeld over een losliggende stoeptegel voor de apotheek "
     "aan de Kanaalstraat. Gelukkig alleen een geschaafde knie en een blauwe plek, maar het had veel "
     "erger kunnen aflopen. Toen ik gisteren ging kijken lag de tegel er nog steeds zo bij en stak "
     "hij een paar centimeter uit. Er komen daar veel ouderen met een rollator. Kunnen jullie dat zo "
     "snel mogelijk rechtleggen? En kun je eigenlijk een schadeclaim bij de gemeente indienen?"),
    ("Op het fietspad langs de Waterlinieweg, ter hoogte van de afslag naar Lunetten, zit een "
     "flink gat van zeker 10 cm diep. In het donker zie je het niet, en ik ben er gisteren met mijn "
     "voorwiel in geklapt, mijn velg is krom. Er staan ook twee grote plassen naast. Kan iemand dat "
     "gat dichten voordat er iemand echt hard onderuitgaat?"),
    ("De lindes in onze straat in Oog in Al zijn al lang niet gesnoeid en de takken hangen nu zo "
     "laag boven de stoep dat ik er met mijn paraplu niet meer onderdoor kan. De vuilniswagen "
     "schuurt er elke week langs en een paar takken komen bijna tegen de ramen van de "
     "bovenwoningen. Staat onze straat ingepland voor snoeien? En zo niet, kan dat dan?"),
    ("In de speeltuin in Hoograven, achter het gezondheidscentrum, is de ketting van de grote "
     "schommel aan één kant gebroken en het zitje hangt nu scheef. Kinderen proberen er toch op te "
     "klimmen. Ik heb er met een paar moeders een lint omheen gedaan, maar dat is natuurlijk geen "
     "oplossing. Graag repareren, ik zie het elke dag als ik mijn dochter ophaal bij de opvang."),
    ("Het fietstunneltje onder het spoor bij Zuilen zit helemaal onder de tags, ook met teksten die "
     "ik liever niet aan mijn kinderen uitleg. Vorig jaar was het nog netjes geschilderd. Het geeft "
     "de hele buurt een verloederde uitstraling. Kan het worden verwijderd, en is er misschien een "
     "anti-graffiti coating mogelijk? Ik zag ook dat een paar lampen in de tunnel kapot zijn, dat "
     "kunnen jullie dan misschien meteen meenemen."),
    ("Elke keer als het flink regent staat het kruispunt bij ons in Wittevrouwen, bij de "
     "Blauwkapelseweg, blank tot aan de stoeprand en komt het water tot in de voortuinen. Ik zie "
     "dat de putten verstopt zitten met bladeren en zwerfvuil, er loopt gewoon niks meer weg. "
     "Afgelopen zaterdag moest ik door 15 centimeter water om bij mijn voordeur te komen. Kunnen de "
     "putten worden schoongemaakt, het liefst voor de volgende storm?"),
    "het gras in de berm langs de Vleutenseweg bij de rotonde staat zo hoog dat je vanuit de wijk geen fietsers meer ziet aankomen. wanneer wordt er gemaaid?",
    ("Ik loop elke dag met mijn man, die slecht ter been is, een rondje door Park Oog in Al, en "
     "halverwege moet hij even zitten. Maar van het bankje bij de vijver zijn twee planken gebroken "
     "en er steekt een schroef uit. Het volgende bankje staat een heel eind verderop. Kunnen jullie "
     "het repareren of vervangen? Voor ons is zo'n bankje echt het verschil tussen wel of niet naar "
     "buiten kunnen."),
    ("Hi, the street light in front of no. 12 on the Merelstraat keeps flickering on and off all "
     "night, it's like a disco and it shines straight into our bedroom. Some nights it goes "
     "completely dark. Could someone take a look?"),
    ("De wortels van de platanen bij ons in de straat in Lombok drukken de stoep omhoog, sommige "
     "tegels staan wel 8 centimeter scheef. Met een kinderwagen of rolstoel kom je er niet meer "
     "overheen, dus iedereen loopt maar op de weg. Ik hoop niet dat de bomen weg moeten, want die "
     "zijn prachtig, maar er moet wel iets aan de stoep gebeuren. Kan er iemand komen kijken?"),
    ("Wij hebben een huis gekocht in Tuindorp en in de achtertuin staat een enorme walnotenboom, "
     "zeker 15 meter hoog. Hij neemt al het licht weg en de wortels zitten onder het terras. We "
     "willen hem eigenlijk laten kappen en er een kleinere boom voor terugzetten. Heb ik daar een "
     "kapvergunning voor nodig, en zo ja, hoe lang duurt het voordat je die hebt? We willen het "
     "graag deze winter doen."),
    ("In het grasveld voor onze flat in Overvecht staat een boom die volgens mij dood is. Hij heeft "
     "deze zomer geen enkel blad gehad en de schors valt eraf. Bij de laatste storm zijn er al een "
     "paar grote takken afgebroken, gelukkig op het gras. Ik maak me zorgen voor straks, als er weer "
     "kinderen onder spelen. Kan er een boomdeskundige naar kijken?"),
    "Stoep voor nr 7 in de Sweelinckstraat is verzakt na het werk aan de riolering, er zit nu een kuil waar steeds water in blijft staan",
    ("Het hekje rond de kleuterspeeltuin in Pijlsweerd is aan één kant helemaal uit de grond "
     "getrokken en het klapdeurtje hangt los. Juist dat hek zorgt ervoor dat de kleintjes niet "
     "zomaar de weg op lopen en dat er geen honden in komen. Nu rennen er honden door de zandbak. "
     "Graag het hek repareren."),
    ("De leuning van het bruggetje over de Kromme Rijn bij de Abstederdijk zit los, als je ertegen "
     "leunt beweegt hij een paar centimeter mee. Er hangen vaak kinderen tegenaan om naar de eenden "
     "te kijken. Ik denk niet dat het acuut is, maar ik zou hem wel graag vastgezet zien."),
    ("Achter onze huizen in Vleuten loopt een sloot die deze zomer helemaal is dichtgegroeid met "
     "kroos en riet. Het water staat stil, er drijft rommel in en het begint een beetje te "
     "stinken. Vroeger werd hij elk najaar geschoond, ik heb het idee dat dat nu is overgeslagen. "
     "Wie is hiervoor verantwoordelijk, de gemeente of het waterschap? Kan hij nog worden "
     "uitgebaggerd?"),
    ("De bladeren van de kastanjes in de Nachtegaalstraat liggen al een week in een dikke natte "
     "laag op de stoep en het fietspad. Het is spekglad, ik zag vanochtend iemand met zijn fiets "
     "onderuitgaan (niks ernstigs). Wordt er in november nog geveegd in onze buurt?"),
    ("Ik zit in een rolstoel en woon sinds kort in Kanaleneiland-Zuid. Op mijn route naar de "
     "tramhalte is op twee plekken geen verlaagde stoeprand, dus ik moet een heel stuk over de "
     "rijbaan tussen de auto's. Bij de oversteek bij de Marshalllaan is de stoeprand wel verlaagd, "
     "maar daar staat een paaltje precies in het midden. Kan hier iets aan gedaan worden? Ik kan "
     "precies aanwijzen waar het is."),
    ("Hello, the big slide at the playground in Park Lepelenburg has a crack in the plastic and "
     "there's a sharp edge at the bottom where the kids come down. My son scratched his leg on it "
     "today (he's fine, just a scratch). Can someone repair it or at least close it off?"),
    ("In het parkje achter de Kennedylaan in Zeist zijn de struiken zo hoog en breed gegroeid dat "
     "het pad half dicht zit. Je kunt niet meer met z'n tweeën naast elkaar lopen en 's avonds voelt "
     "het onoverzichtelijk. Kan het groen worden teruggesnoeid?"),
    ("There's a street lamp at the entrance of our street in Tuindorp that's leaning badly, I think "
     "a truck hit it while turning. It still works, but it's tilted maybe 20 degrees and the base is "
     "partly sticking out of the ground. Not sure if it could tip over at some point, might be good "
     "to have someone look at it."),
    ("Na de aanleg van glasvezel in Terwijde zijn op het pleintje bij ons een stuk of twintig "
     "klinkers niet teruggelegd. Er ligt nu een zandvlak met een hekje eromheen, al sinds "
     "september. Het hekje is inmiddels omgewaaid. Wie moet dit afmaken, de gemeente of het bedrijf "
     "dat de kabels heeft gelegd? Ik heb het twee keer gemeld bij dat bedrijf maar krijg geen "
     "reactie."),
    "Het oorlogsmonument bij de kerk in Oog in Al is beklad met verf. Kan dat zo snel mogelijk weg? Ik vind het echt respectloos.",
    ("Het wandelpad door het Wilhelminapark in Zeist is na elke regenbui één grote modderpoel, "
     "vooral het stuk bij de speeltuin. Met de kinderwagen kom je er niet door en oudere mensen "
     "lopen maar over het gras. Kan er halfverharding of grind op, of kan er iets aan de afwatering "
     "worden gedaan?"),
    ("Sinds ze vorige maand de weg hebben opengebroken ligt het putdeksel voor ons huis aan de "
     "Vleutenseweg los. Elke auto en elke bus die eroverheen rijdt geeft een harde klap, ook 's "
     "nachts, honderden keren per dag. Ik schrik er steeds wakker van. Volgens mij moet hij gewoon "
     "opnieuw vastgezet worden. Kan dat snel gebeuren?"),
    ("Sinds deze week zit er een oranje stip met een papiertje op de grote beuk bij ons voor de deur "
     "in Wittevrouwen. Volgens de buurman betekent dat dat hij gekapt wordt. Die boom staat er al "
     "langer dan ik leef en is echt het hart van de straat. Waarom moet hij weg? Is hij ziek? En "
     "kunnen we als buurt nog bezwaar maken? Ik wil graag uitleg voordat de zaag erin gaat."),
    ("De houten klimtoestellen in de speeltuin in Lunetten, bij de Hondsrug, zijn zo verweerd dat er "
     "overal splinters uitsteken en er zitten een paar rotte planken in het bruggetje. Mijn dochter "
     "had gisteren een splinter zo lang als mijn pink. Het is al ruim een jaar zo. Graag vervangen "
     "of in elk geval schuren."),
    "op de stoepen in onze straat in Zuilen staat het onkruid tussen de tegels zo hoog dat het net een weiland lijkt. wordt dat dit jaar nog weggehaald?",
    ("There's a massive pothole on the Kanaalweg in Lombok, right where you turn onto the bridge. "
     "It's been growing for weeks and after rain it's basically a pond, so cars swerve around it "
     "into the bike lane. Can it be fixed please?"),
]

ZORG = [
    ("Ik maak me een beetje zorgen om mijn buurvrouw, mevrouw Jansen. Ze is 86 en woont alleen aan "
     "de overkant in Tuindorp. Vroeger was haar tuin altijd piekfijn, nu staat het onkruid tot "
     "haar knieën en stapelt de post zich op achter de deur. Vorige week stond ze om 9 uur 's avonds "
     "in haar badjas bij mij aan te bellen omdat ze dacht dat het ochtend was. Ze heeft een zoon, "
     "maar die woont in Groningen en ik heb zijn nummer niet. Kan er iemand eens bij haar langs?"),
    ("Bij ons op de galerij in Overvecht woont een man van rond de 60 en uit zijn woning komt steeds "
     "vaker een muffe, rotte lucht. Als hij de deur opendoet zie je dat het tot het plafond volstaat "
     "met kranten, tassen en dozen. Hij is verder vriendelijk, groet altijd, maar ziet er de laatste "
     "tijd verwaarloosd uit. Ik wil hem niet aangeven voor overlast of zo, ik denk dat hij gewoon "
     "hulp nodig heeft. Kan het buurtteam eens langsgaan zonder dat hij het gevoel krijgt dat de "
     "buren hem hebben verraden?"),
    ("Mijn moeder heeft sinds vorig jaar de diagnose alzheimer en woont nog alleen in haar flat in "
     "Zuilen. Mijn broer en ik doen wat we kunnen, maar we werken allebei fulltime en ik woon in "
     "Den Bosch. Ze vergeet haar medicijnen, eet niet goed en belt mij soms 15 keer op een avond. De "
     "huisarts zei dat we bij de gemeente hulp aan huis konden aanvragen, maar ik weet niet waar ik "
     "moet beginnen. Wie kan ons helpen kijken wat er mogelijk is?"),
    ("Hi, this might be a weird thing to ask a municipality chatbot. I moved to Utrecht from India "
     "8 months ago for my husband's job, I don't work yet and I don't really know anyone. My Dutch "
     "is very basic. Most days the only person I talk to is the cashier at the supermarket. Are "
     "there any activities or groups in Leidsche Rijn where I could meet people, maybe something "
     "for women or for newcomers? I'd really like to feel at home here."),
    ("Ik weet eerlijk gezegd niet goed waar ik dit moet vragen. Ik ben alleenstaande vader van twee "
     "kinderen in Kanaleneiland, ben in de zomer mijn baan kwijtgeraakt en sindsdien stapelen de "
     "rekeningen zich op. Ik slaap slecht, ben kortaf tegen de kinderen en schaam me daarvoor. Een "
     "vriend zei dat het buurtteam kan helpen met geldzaken en weer een beetje overzicht krijgen. "
     "Klopt dat, en kost dat iets? Ik wil liever niet dat het bij school bekend wordt."),
    ("Naast ons woont een jongen van een jaar of 25 die tot vorig jaar samen met zijn moeder woonde. "
     "In maart is zijn moeder overleden en sindsdien zien we hem bijna niet meer. De rolluiken zijn "
     "overdag dicht, hij doet geen boodschappen behalve dat er soms een bezorger komt, en toen ik "
     "hem laatst zag was hij erg vermagerd. Ik heb een keer soep gebracht, hij was beleefd maar "
     "kortaf. Ik weet niet of het mijn plek is, maar ik gun hem wat steun. Kan iemand van het "
     "buurtteam contact met hem zoeken?"),
    ("Ik zorg al vier jaar voor mijn man, die na een hersenbloeding half verlamd is. We wonen in "
     "Hoograven. Ik doe alles: wassen, aankleden, eten, zijn afspraken. Onze kinderen helpen als "
     "het kan. Maar ik merk dat ik op ben, vorige week stond ik in de supermarkt gewoon te huilen "
     "bij de kassa. Ik heb gehoord dat er respijtzorg of dagopvang bestaat, zodat ik een dag in de "
     "week even lucht heb. Hoe vraag ik dat aan?"),
    ("Mijn buurman van 82 in Oog in Al is al twee keer 's avonds laat buiten aangetroffen, op zijn "
     "pantoffels, zoekend naar zijn auto die hij al jaren niet meer heeft. De eerste keer heeft een "
     "buurmeisje hem thuisgebracht, vorige week deed ik dat. Hij is nu gewoon thuis en zijn dochter "
     "weet ervan, maar zij woont in het buitenland. Ik ben bang dat het een keer misgaat als het "
     "gaat vriezen. Kunnen jullie iemand vragen om te kijken of hij nog wel alleen kan wonen?"),
    ("Ik ben 77 en heb drie weken geleden een nieuwe heup gekregen. Ik woon alleen op twee hoog in "
     "Lombok zonder lift en kom de trap nog niet goed af. Mijn dochter deed de boodschappen, maar "
     "zij gaat volgende week drie weken naar het buitenland voor haar werk. Is er iemand in de "
     "buurt, een vrijwilliger of zo, die een paar keer per week boodschappen voor me kan doen? De "
     "boodschappen zelf betaal ik natuurlijk."),
    ("Onze buurvrouw in Zuilen heeft een stuk of acht katten en we ruiken het al in het "
     "trappenhuis. Vroeger vonden we dat haar eigen zaak, maar ze is de laatste maanden erg "
     "afgevallen, loopt steeds in dezelfde kleren en zegt dingen die nergens op slaan, zoals dat "
     "de buren haar post stelen. Volgens mij kan ze niet meer voor zichzelf zorgen, laat staan voor "
     "de katten. Ik bel liever niet meteen de dierenbescherming, want ik denk dat zij eerst hulp "
     "nodig heeft. Wat kan ik doen?"),
    ("Mijn vader (79) is deze zomer weduwnaar geworden, na 52 jaar getrouwd te zijn geweest. Hij "
     "woont in Vleuten en zit nu vooral thuis voor de tv. Hij is altijd een handige man geweest, "
     "heeft vroeger als monteur bij de NS gewerkt. Ik denk dat hij zou opleven van een mannenclub, "
     "een werkplaats of een vaste kaartavond, maar hij gaat het zelf nooit zoeken. Weet u wat er in "
     "Vleuten te doen is voor ouderen, of kan iemand met hem in gesprek?"),
    ("Hi, I'm an international student living in a shared house in Utrecht. One of my housemates "
     "has been really low for a couple of months, he barely leaves his room, skips his classes and "
     "hardly eats. He told me he feels stuck and doesn't know who to talk to, and he doesn't have a "
     "Dutch GP yet. I don't think it's an emergency, but I want to help him find some support. Is "
     "there something in the city where students can get mental health help, or can the "
     "neighbourhood team do anything?"),
    "wat is het nummer van het buurtteam in Lunetten? ik heb er een afspraak gehad maar ben het briefje kwijt",
    ("Goedemiddag, ik heb reuma en de laatste tijd lukt het schoonmaken van mijn huis echt niet "
     "meer, vooral stofzuigen en de badkamer. Ik woon alleen in een appartement in Leidsche Rijn en "
     "mijn kinderen wonen ver weg. Ik heb gehoord dat je via de Wmo huishoudelijke hulp kunt "
     "krijgen. Klopt dat, en hoe gaat zo'n aanvraag? Komt er dan iemand bij mij thuis kijken?"),
    ("Mijn buurman drinkt, dat weet iedereen in de straat. Meestal is hij gewoon een aardige man, "
     "maar 's avonds hoor je hem soms in zijn eentje tegen de tv praten of huilen. Het stoort me "
     "eerlijk gezegd niet zo, ik maak me meer zorgen. Hij heeft geen familie meer, zijn vrouw is "
     "weg en buiten de supermarkt komt hij nergens. Ik zou graag willen dat iemand met verstand "
     "van zaken eens met hem praat. Hoe werkt dat, en kan ik dat anoniem doorgeven?"),
    ("In de woning boven ons in Overvecht woont sinds een half jaar een Eritrees gezin met drie "
     "kinderen. Ze zijn heel aardig maar spreken nog weinig Nederlands. De moeder komt regelmatig "
     "bij mij met brieven van de Belastingdienst, de woningcorporatie en de school. Ik help waar ik "
     "kan, maar ik begrijp ook niet alles en ik merk dat er dingen misgaan, zoals een boete die ze "
     "niet begrepen. Is er iemand die hen structureel kan helpen met post en formulieren?"),
    ("Mijn schoonouders wonen in Lunetten, allebei in de tachtig. Mijn schoonvader wordt steeds "
     "vergeetachtiger en mijn schoonmoeder doet alles voor hem, maar ze is zelf ook niet meer zo "
     "sterk en heeft een slechte knie. Ze wil geen hulp, 'we redden ons wel', maar wij zien dat het "
     "niet meer gaat. Is er een ouderenadviseur of iemand van het buurtteam die vrijblijvend eens "
     "op de koffie kan komen om mee te denken?"),
    ("Goedenavond. Ik ben 74 en vorig jaar van Lombok naar een appartement in Leidsche Rijn "
     "verhuisd, omdat mijn oude huis te groot werd. Het appartement is heel fijn, maar ik ken hier "
     "niemand. In Lombok maakte ik op straat altijd een praatje, hier rijdt iedereen met de auto "
     "de garage in. Soms zeg ik een hele dag geen woord. Zijn er hier in de buurt koffieochtenden, "
     "een wandelgroep of iets dergelijks waar ik naartoe kan?"),
    ("Sinds een paar weken slaapt er een man in het portiek van de leegstaande winkel op de hoek "
     "van de Voorstraat. Hij heeft een slaapzak en een paar tassen en laat af en toe wat rommel "
     "achter, maar dat maakt me niet uit. Het gaat nu echt koud worden en hij hoest de hele tijd. "
     "Ik heb hem een keer koffie gebracht, hij spreekt gebrekkig Nederlands. Is er iemand die hem "
     "kan helpen aan een slaapplek of zorg?"),
    ("Mijn benedenbuurvrouw stopt sinds een paar maanden briefjes bij alle buren in de bus, dat er "
     "camera's in haar lampen zitten en dat wij haar 's nachts afluisteren. Eerst vonden we het "
     "vooral vervelend, maar nu hoorde ik van de overbuurvrouw dat ze ook nauwelijks nog eet omdat "
     "ze denkt dat er iets in haar eten zit. Ik denk dat ze psychisch ziek is en hulp nodig heeft, "
     "geen boze buren. Hoe kan ik haar aanmelden bij iemand die daar verstand van heeft?"),
    ("Mijn broer van 34 heeft een licht verstandelijke beperking en woont bij mijn ouders in "
     "Zeist. Sinds de sociale werkplaats waar hij werkte is gesloten zit hij de hele dag thuis op "
     "zijn telefoon, wordt hij somber en is hij snel geprikkeld. Mijn ouders zijn in de zeventig en "
     "kunnen dit niet goed meer aan. We zoeken een vorm van dagbesteding of werk waar hij zich "
     "nuttig voelt. Bij wie in Zeist moeten we daarvoor zijn?"),
    "Bestaat er in Utrecht een maaltijdservice voor ouderen? Mijn oma (91, Wittevrouwen) kookt niet meer en eet alleen nog brood.",
    ("Mijn oma is de afgelopen maanden twee keer gebeld door iemand die zich voordeed als "
     "bankmedewerker, en de tweede keer heeft ze bijna haar pincode gegeven. Ze is 88, woont alleen "
     "in Hoograven, en ik merk dat ze steeds minder overzicht heeft over haar geld: rekeningen "
     "blijven liggen, ze koopt dingen aan de deur. Ik woon in Amsterdam en kan niet alles in de "
     "gaten houden. Is er iemand in de wijk die met haar kan meekijken naar haar financiën of ons "
     "kan adviseren over bewindvoering?"),
    ("Hey, there's an older lady living next to me in Wittevrouwen, maybe in her late 80s. She's "
     "asked me three times now to get groceries for her and once to help with her hearing aid. I'm "
     "happy to help, but I travel a lot for work and I worry about what happens when I'm not "
     "around. She says she has nobody. How can we get her some regular support? Is there a "
     "volunteer program or something?"),
    ("Mijn vader woont alleen in een benedenwoning in Zuilen en is deze maand twee keer thuis "
     "gevallen. Hij kon beide keren zelf weer opstaan, maar ik moet er niet aan denken dat hij een "
     "keer blijft liggen. Hij wil absoluut niet naar een verzorgingshuis. Ik zat te denken aan zo'n "
     "alarmknop om je hals. Regelt de gemeente dat of moet dat via de zorgverzekeraar? En kan er "
     "iemand van het buurtteam met hem praten over wat hij verder nodig heeft?"),
    ("Ik ben alleenstaande moeder van een zoon van 13 en een dochter van 9 in Kanaleneiland. Sinds "
     "mijn zoon naar de middelbare school gaat zijn er thuis veel discussies, hij wil niet naar "
     "school en zit tot diep in de nacht te gamen. Ik weet soms echt niet meer hoe ik het moet "
     "aanpakken en ik sta er alleen voor. Bestaat er iets van opvoedondersteuning, of kan ik een "
     "gesprek krijgen met iemand van het buurtteam? Het is geen noodgeval, ik wil gewoon wat tips "
     "en steun."),
    "Ik zorg voor mijn moeder met parkinson. Ik hoorde dat je als mantelzorger bij de gemeente een waardering of ondersteuning kunt krijgen, hoe werkt dat in Utrecht?",
    ("Op het balkon van de flat naast ons in Kanaleneiland staan al maanden vuilniszakken, oude "
     "meubels en kratten opgestapeld, tot boven de reling, en er komen duiven op af. Eerst dacht "
     "ik: wat een rommel, dat ga ik melden. Maar toen ik de bewoonster, een oudere vrouw, laatst op "
     "de trap zag, leek ze me erg verward en ze had een verband om haar hand dat al weken niet "
     "verschoond leek. Ik denk dat zij vooral hulp nodig heeft, meer dan dat dat balkon opgeruimd "
     "moet worden. Wie moet ik bellen?"),
    "ik zit al een tijd niet lekker in mn vel, slaap slecht, zie niemand meer. huisarts heeft een lange wachttijd. kan ik bij het buurtteam terecht voor een gesprek of is dat alleen voor ouderen?",
    ("Can someone from the wijkteam visit my neighbour? He's an older man, lives alone in Lombok "
     "and speaks mostly Turkish. Since his wife passed away he's stopped taking care of himself, "
     "same clothes every day, curtains closed. I help a bit but the language is a barrier. Is there "
     "someone who speaks Turkish?"),
]

WONEN = [
    ("Goedenavond, ik woon met mijn twee kinderen in een huurflat van Mitros in Overvecht. Sinds "
     "vorige winter zit er zwarte schimmel op de muren in de slaapkamer van de kinderen, achter de "
     "kast en rond het raam. Ik ventileer elke dag en heb zelfs van mijn eigen geld een "
     "ontvochtiger gekocht. Mitros is twee keer geweest en heeft het weggespoten met chloor, maar "
     "binnen een maand was het terug. Mijn jongste hoest de hele winter en de huisarts zegt dat het "
     "van het vocht kan komen. Wat kan ik nog doen als de corporatie het niet oplost?"),
    ("Sinds een week lekt er water door het plafond van mijn badkamer, precies onder de badkamer "
     "van de bovenburen. Ik heb het meteen gemeld bij Bo-Ex en er is een monteur geweest die zei dat "
     "hij 'het zou doorzetten naar de afdeling'. Sindsdien niks gehoord. Er zit nu een bruine vlek "
     "van een halve meter en de verf bladdert eraf. Als zij douchen zet ik er een emmer onder. Hoe "
     "lang mag een corporatie hierover doen, en kan de gemeente helpen?"),
    ("Ik ben in augustus gescheiden en woon nu met mijn twee dochters (6 en 9) tijdelijk in bij mijn "
     "moeder, in haar tweekamerappartement in Zuilen. Ik slaap op de bank, de meisjes delen een bed. "
     "Ik sta pas drie jaar ingeschreven en kom met mijn inschrijfduur nergens voor in aanmerking. Een "
     "vriendin zei dat je urgentie kunt aanvragen bij een scheiding met kinderen. Klopt dat? Wat zijn "
     "de voorwaarden en hoe lang duurt zo'n aanvraag?"),
    ("Hi, I'm renting a room of about 12 m2 in Zuilen for 750 euro a month excluding utilities, "
     "with a shared kitchen and bathroom for 6 people. A Dutch friend said that's way too much and "
     "that rooms have a maximum rent based on points? How do I check that, and if it's too high can "
     "I do something about it without getting kicked out? My landlord is a private person, not a "
     "company."),
    ("Bij ons in de portiekflat van Portaal in Kanaleneiland doet de verwarming het sinds vrijdag "
     "niet meer, in het hele blok. Het is binnen 15 graden en ik heb een baby van vier maanden. "
     "Portaal zegt dat de monteur ermee bezig is, maar er is een onderdeel besteld en dat kan nog "
     "een week duren. We zitten nu met een elektrisch kacheltje en alle dekens die we hebben. Hebben "
     "wij recht op een vergoeding of iets anders, en kan de gemeente druk zetten?"),
    ("Wij hebben een tussenwoning in Hoograven gekocht en willen aan de achterkant een dakkapel "
     "laten plaatsen, zodat we op zolder een extra slaapkamer kunnen maken voor de baby die op komst "
     "is. De aannemer zegt dat het aan de achterkant vaak vergunningsvrij is, maar de buurman zegt "
     "dat hij voor zijn dakkapel wel een vergunning moest aanvragen. Hoe zit dat precies? En waar "
     "kan ik dat voor mijn adres checken?"),
    "Mijn huur bij een particuliere verhuurder gaat per januari 9% omhoog. Mag dat zomaar? Ik huur een tweekamerwoning in Lombok, vrije sector denk ik.",
    ("Ik sta nu 7 jaar ingeschreven bij WoningNet en reageer elke week op alles wat er in Utrecht "
     "vrijkomt, maar ik sta nooit bij de eerste 50. Ik ben 29, werk fulltime als verpleegkundige en "
     "woon nog bij mijn ouders in Vleuten. Dat wordt steeds lastiger. Zijn er nog andere manieren om "
     "aan een huis te komen, iets met voorrang voor zorgpersoneel, of huren via een andere route? "
     "Ik word er echt moedeloos van."),
    ("Het kozijn van onze woonkamer is zo rot dat je er met een schroevendraaier zo in prikt. Het "
     "tocht vreselijk en als het regent loopt er water langs de vensterbank naar binnen. Ik heb het "
     "in het voorjaar al gemeld bij Portaal en toen zeiden ze dat het zou worden meegenomen in de "
     "grote renovatie, maar die is nu uitgesteld tot 2028. Ik ga niet nog twee winters zo zitten. "
     "Wat zijn mijn rechten?"),
    ("Ik heb in augustus mijn studentenkamer in Wittevrouwen opgezegd en netjes opgeleverd, met "
     "foto's. Mijn verhuurder houdt nu de hele borg van 1200 euro in omdat er 'schade' aan de vloer "
     "zou zijn, maar die zat er al toen ik er kwam wonen. Hij reageert niet meer op mijn mails. Kan "
     "de gemeente hier iets mee, of waar kan ik terecht? Ik heb gehoord dat er een huurteam is."),
    ("Mijn man en ik zijn allebei 76 en wonen al 40 jaar in een eengezinswoning van Mitros in "
     "Lunetten, met drie slaapkamers en een steile trap. De kinderen zijn al jaren het huis uit en "
     "mijn man heeft sinds kort moeite met traplopen. We zouden graag naar een kleinere woning "
     "gelijkvloers of met lift, het liefst in dezelfde wijk. Is er een regeling voor ouderen die "
     "doorstromen, zodat een gezin ons huis kan krijgen?"),
    ("Hello, we rent an apartment in Oog in Al from a private landlord. There's mould on the "
     "bathroom ceiling and in the corners of the bedroom, and it keeps coming back. The landlord "
     "sent someone who said it's our fault because we don't ventilate enough, but the bathroom "
     "doesn't even have a working extractor fan. We open the windows every day. Who decides who is "
     "responsible for this, and is there somewhere in Utrecht that can inspect it?"),
    ("Wij wonen in een monumentaal pand aan de Nieuwegracht (koopwoning) en zouden graag "
     "zonnepanelen op het achterste dakvlak leggen, dat zie je vanaf de straat niet. Ik begrijp "
     "dat er voor monumenten andere regels gelden. Heb ik een omgevingsvergunning nodig en hoe gaat "
     "dat in zijn werk? Ik wil voorkomen dat we straks alles weer moeten verwijderen."),
    "Moet ik een vergunning aanvragen als ik achter in mijn eigen tuin een schuurtje van 3 bij 4 meter wil bouwen? Vleuterweide",
    ("De lift in onze flat aan de Zamenhofdreef is nu voor de derde keer dit jaar kapot, deze keer "
     "al negen dagen. Ik woon op de zevende verdieping en heb COPD, ik kom de trap niet op. Ik zit "
     "dus gewoon opgesloten in mijn eigen huis, mijn buurjongen doet de boodschappen. De corporatie "
     "zegt dat ze op een onderdeel wachten. Dit is een flat vol ouderen. Kan de gemeente de "
     "corporatie aanspreken, en is er een regel hoe snel een lift gemaakt moet worden?"),
    ("Ik huur een driekamerwoning van Bo-Ex in Lombok en wil graag ruilen met iemand met een "
     "kleinere woning, want ik woon alleen en de huur is eigenlijk te hoog voor mij. Via een site "
     "heb ik iemand gevonden die ook in een corporatiewoning in Utrecht woont. Kan dat zomaar, of "
     "moet de corporatie dat goedkeuren? Hoe lang duurt zoiets?"),
    ("Sinds de natte zomer staat er na elke flinke bui water in de kelder van ons huis in Oog in Al "
     "(koopwoning, gebouwd in 1925). Niet veel, een paar centimeter, maar het ruikt muf en het "
     "stucwerk laat los. Ik vermoed dat de grondwaterstand hoger is geworden. Weet de gemeente of "
     "dit in meer huizen in de buurt speelt, en is er een regeling of advies voor huiseigenaren?"),
    ("Ik woon al drie jaar antikraak in een oud kantoorpand in Zuilen. Gisteren kreeg ik een brief "
     "dat ik binnen vier weken moet vertrekken omdat het pand wordt gesloopt. Ik heb geen "
     "huurbescherming, dat weet ik. Maar ik heb ook geen idee waar ik heen moet, ik verdien te "
     "weinig voor de vrije sector en mijn inschrijftijd is kort. Kom ik in aanmerking voor urgentie, "
     "of is er een tijdelijke oplossing?"),
    "onze keuken is 32 jaar oud, de laatjes vallen eruit. ik huur van Mitros in Hoograven. hoe vaak moet een corporatie een keuken vervangen en kan ik daar zelf om vragen?",
    ("Ik ga een half jaar voor mijn werk naar Canada en zou mijn huurappartement in Wittevrouwen in "
     "die tijd graag onderverhuren aan een vriendin, zodat het niet leeg staat. Ik huur via een "
     "woningcorporatie. Mag dat, en wat moet ik daarvoor regelen? Ik wil mijn huis niet "
     "kwijtraken."),
    ("Mijn zoon van 15 zit sinds een ongeluk vorig jaar in een rolstoel. We wonen op driehoog zonder "
     "lift in Overvecht. Elke dag moeten mijn man en ik hem met rolstoel en al de trap op en af "
     "dragen, mijn rug is inmiddels kapot. De ergotherapeut zegt dat een aangepaste woning dringend "
     "nodig is. Kunnen wij medische urgentie aanvragen, en hoe lang duurt zo'n procedure gemiddeld?"),
    ("Wij hebben een groot herenhuis in Zeist en onze kinderen zijn het huis uit. We overwegen de "
     "bovenverdieping te verbouwen tot een apart appartement, met eigen ingang en keuken, zodat "
     "onze dochter en haar vriend daar kunnen wonen. Mag je in Zeist een woning splitsen en welke "
     "vergunningen heb je daarvoor nodig? Moeten we ook iets met het kadaster?"),
    "hoe lang is nu gemiddeld de wachttijd voor een sociale huurwoning in Utrecht? ik sta 5 jaar ingeschreven en heb het gevoel dat ik nooit aan de beurt kom",
    ("Elk jaar krijgen we van onze verhuurder een afrekening van de servicekosten en elk jaar moeten "
     "we fors bijbetalen, dit jaar 480 euro. Er staat bijvoorbeeld 'schoonmaak trappenhuis' op, "
     "terwijl er nooit iemand komt schoonmaken, dat doen we zelf om de beurt. Op ons verzoek om de "
     "bonnetjes te zien krijgen we geen antwoord. Kunnen we hier bezwaar tegen maken, en wie kan "
     "ons helpen? Het gaat om een complex van 24 woningen in Kanaleneiland."),
    ("De voordeur van ons portiek aan de Kanaalweg sluit al weken niet meer, het slot is kapot en de "
     "deur staat de hele dag open. Er lopen 's nachts allerlei mensen in en uit en er wordt soms in "
     "het trappenhuis geslapen. Ik heb de verhuurder drie keer gemaild. Wie moet dit repareren, en "
     "kan de gemeente de verhuurder erop aanspreken?"),
    ("Hi! I'm starting a PhD at Utrecht University in February and I'm trying to find housing. "
     "Every listing I see on Kamernet and Pararius is gone within hours or asks for 3x the rent in "
     "income, which I won't have as a PhD. Are there any municipal options, temporary housing for "
     "internationals, or anything I should know about registering somewhere? Any advice would be "
     "really appreciated, I'm starting to panic a bit."),
    ("Ik woon in een jaren-30 woning in Zeist (eigen huis) en wil de spouwmuur en de vloer laten "
     "isoleren, het huis is ontzettend koud en de energierekening is absurd. Ik zag dat er soms "
     "subsidie of een energielening via de gemeente is. Bestaat dat in Zeist nog, en kan ik ook "
     "advies krijgen over welke maatregelen als eerste moeten?"),
    ("Bij ons in huis (huurwoning van Mitros in Tuindorp) borrelt het toilet al een paar dagen en nu "
     "loopt het water ook niet meer goed weg uit de douche en de gootsteen. Het ruikt naar riool in "
     "de badkamer. Ik heb het gemeld, maar ze zeiden dat ik eerst zelf een ontstopper moest "
     "proberen. Dat heb ik gedaan, zonder resultaat. Wie is hier nu verantwoordelijk, ik of de "
     "verhuurder?"),
    ("Ik huur sinds 2019 een appartement in Leidsche Rijn voor 1080 euro per maand. Nu lees ik over "
     "de wet betaalbare huur, dat veel woningen in de middenhuur vallen en dat de huur omlaag moet "
     "als het puntenaantal te laag is. Ik heb een online puntentelling gedaan en kom uit op 148 "
     "punten. Hoe weet ik of dat klopt, en hoe vraag ik mijn verhuurder om de huur te verlagen? Kan "
     "het huurteam dat voor me doen?"),
    ("We just bought our first apartment in Lombok (in a building with a VvE) and want to knock down "
     "the wall between the kitchen and the living room. Do we need a permit from the municipality, or "
     "is that only something for the VvE? The wall might be load-bearing, we're not sure yet."),
]

OVERIG = [
    ("Goedenavond, wij gaan in de kerstvakantie met het hele gezin naar familie in Marokko en ik zag "
     "vandaag tot mijn schrik dat de paspoorten van mijn twee kinderen in januari verlopen. De "
     "eerste afspraak die ik online kan maken is pas over vijf weken, dat is na ons vertrek, en de "
     "tickets zijn al gekocht. Is er een manier om sneller een afspraak te krijgen, of bestaat er "
     "een spoedprocedure? En moeten beide ouders erbij zijn voor de kinderen?"),
    ("Ik ben mijn portemonnee kwijtgeraakt in de trein, met mijn ID-kaart en rijbewijs erin. Bij "
     "gevonden voorwerpen van de NS ligt hij niet. Wat moet ik nu doen, moet ik eerst aangifte van "
     "vermissing doen en kan ik daarna meteen een nieuwe ID aanvragen? Ik moet volgende week een "
     "huurcontract tekenen en heb dan een ID nodig."),
    ("Hoi, ik verhuis op 1 december van Zeist naar Utrecht, naar Lunetten. Moet ik dat bij allebei "
     "de gemeentes doorgeven of alleen in Utrecht? En hoe ver van tevoren kan dat? Mijn vriend komt "
     "bij me wonen maar die staat nu nog ingeschreven bij zijn ouders in Amersfoort. Moet hij het "
     "zelf doen, of kan ik het voor ons allebei regelen?"),
    ("Hi, I just arrived in Utrecht from Brazil for a job at a tech company, and my employer says I "
     "need to register at the municipality to get a BSN. The website says I need an appointment, "
     "but the earliest slot is in three weeks and I can't start work or open a bank account without "
     "it. Is there any faster way? Also, does my birth certificate need to be translated and "
     "apostilled?"),
    "Is het stadskantoor op zaterdag open? Ik wil mijn nieuwe rijbewijs ophalen maar werk doordeweeks tot 6 uur. Of zijn jullie misschien op een avond langer open?",
    ("Ik heb vorige week via deze chat een melding gedaan over mijn buurman en daarbij mijn naam, "
     "adres en telefoonnummer gegeven. Nu ben ik bang dat hij te horen krijgt dat ik het was. Wie "
     "kan mijn berichten lezen? Worden ze ergens opgeslagen en kan ik ze laten verwijderen? Ik wil "
     "eigenlijk gewoon weten wat er met mijn gegevens gebeurt."),
    ("Ik wil graag even laten weten dat de lantaarnpaal in onze straat, die ik een paar weken "
     "geleden via deze chat had gemeld, inmiddels is gerepareerd. Het is weer heerlijk licht als ik "
     "'s avonds met de hond loop. Ik had eerlijk gezegd niet verwacht dat het zo snel zou gaan, dus "
     "complimenten voor de mensen die het hebben gedaan. Fijne avond nog!"),
    "hoi. ben jij een echt mens of een computer? mijn dochter zegt dat het een robot is maar je antwoordt zo netjes haha. en kan ik je gewoon alles vragen?",
    ("Ik heb deze week de WOZ-beschikking voor ons huis in Tuindorp gekregen en de waarde is 14% "
     "hoger dan vorig jaar. Dat lijkt me veel te hoog: vergelijkbare huizen in de straat zijn voor "
     "minder verkocht, en wij hebben nog de keuken en badkamer uit 1985. Hoe maak ik bezwaar, tot "
     "wanneer kan dat en moet ik dan zelf een taxatierapport laten maken?"),
    ("Ik ben voorzitter van de bewonersvereniging in een deel van Hoograven en we willen voor ons "
     "jaarlijkse overleg in januari de wijkregisseur uitnodigen. Alleen weten we niet meer wie dat "
     "nu is, de vorige is met pensioen gegaan. Kunt u mij vertellen wie de wijkregisseur voor "
     "Hoograven is en hoe ik hem of haar kan bereiken?"),
    ("Mijn rijbewijs verloopt over twee maanden en ik word 75, dus ik heb begrepen dat ik eerst een "
     "keuring moet doen. Mijn huisarts doet dat niet meer. Hoe werkt dat precies, eerst de keuring "
     "en de verklaring bij het CBR en dan bij jullie aanvragen? Ik rijd nog elke week naar mijn "
     "dochter in Amersfoort, ik wil niet zonder komen te zitten."),
    ("My girlfriend and I want to get married next June, ideally at the old city hall, with a small "
     "ceremony and a registrar we pick ourselves. How far in advance do we need to book, what does "
     "it cost, and do we first have to do some kind of notice of intended marriage? I'm finding so "
     "much conflicting information online."),
    "Ik heb voor een baan in Duitsland een internationaal uittreksel uit de BRP nodig. Kan ik dat online aanvragen of moet ik langskomen?",
    ("Sinds ik arbeidsongeschikt ben leef ik van een uitkering, en deze maand kreeg ik de aanslag "
     "gemeentelijke belastingen: ruim 600 euro voor afvalstoffenheffing en rioolheffing samen. Dat "
     "kan ik echt niet in één keer betalen. Kan ik kwijtschelding aanvragen of in termijnen "
     "betalen? En hoe lang heb ik daarvoor de tijd?"),
    ("hee, weet jij of het morgen droog blijft in Utrecht? moet met de bakfiets naar de opvang en "
     "daarna naar mijn werk en heb geen zin om weer doorweekt aan te komen"),
    ("I've been standing at Utrecht Centraal for 40 minutes and there are no trains to Schiphol. "
     "Nothing on the boards and the line at the service desk goes out the door. Do you know when "
     "they'll be running again?"),
    ("Ik heb vandaag drie keer het algemene nummer 14 030 gebeld en elke keer hing ik 25 minuten in "
     "de wacht en werd ik daarna afgebroken. Ik bel over een vraag die ik al twee weken geleden per "
     "mail heb gesteld en waar ik nog steeds geen antwoord op heb. Ik snap dat het druk is, maar dit "
     "is echt belachelijk. Waar kan ik een klacht indienen over de bereikbaarheid van de gemeente?"),
    ("We hebben een puppy gekocht en iemand in het park zei dat ik hem bij de gemeente moet "
     "aanmelden voor de hondenbelasting. Ik kan op de site eigenlijk niks vinden. Bestaat dat hier "
     "nog? En zo niet, moet ik hem dan nog ergens anders registreren behalve met de chip? We wonen "
     "in Vleuten."),
    ("Ik heb net het hele huis overhoop gehaald, maar mijn stempas is echt weg. Ik denk dat hij samen met een stapel reclame bij het oud papier is beland, mijn man ruimt altijd fanatiek op. Ik heb nog nooit een verkiezing overgeslagen en dat wil ik ook nu niet. Kan ik nog een vervangende stempas aanvragen, en tot wanneer? Of kan ik op de dag zelf gewoon met mijn paspoort naar het stembureau bij ons in de buurt in Hoograven?"),
    ("hey, can I write to you in English or does this only work in Dutch? My Dutch isn't good "
     "enough yet for official stuff. And is this an actual person reading this or an AI?"),
    ("Goedenavond! Ik zag vandaag op de website dat je nu ook via Telegram met de gemeente kunt "
     "appen en wilde het even uitproberen. Ik ben 71 en mijn kleindochter heeft het voor me "
     "geïnstalleerd. Ik heb op dit moment eigenlijk geen vraag hoor, alles is in orde hier in "
     "Zuilen. Maar als ik iets heb, weet ik jullie te vinden. Werkt dit ook 's avonds laat, of moet "
     "ik dan tot de volgende dag wachten op antwoord?"),
    ("Onze dochter is vorige week in het UMC geboren en we zijn nog flink aan het bijkomen. Ik "
     "begrijp dat we haar binnen een paar dagen hadden moeten aangeven, maar met alles wat er "
     "speelde is dat erbij ingeschoten. Is het een probleem dat we nu te laat zijn? En moet ik "
     "aangifte doen in Utrecht, waar ze geboren is, of in Zeist, waar wij wonen?"),
    ("Mijn vader is afgelopen weekend overleden in het verpleeghuis. De uitvaartondernemer regelt "
     "de aangifte bij de gemeente, zei hij. Maar ik vroeg me af wat ik verder bij jullie moet "
     "regelen: zijn paspoort, zijn parkeervergunning, de gemeentelijke belastingen? Moet ik dat "
     "allemaal zelf opzeggen of gaat het automatisch? Ik ben enig kind en zit er een beetje "
     "doorheen."),
    ("Ik heb eindelijk de brief gekregen dat mijn naturalisatie is goedgekeurd! Ik woon al 11 jaar "
     "in Utrecht, oorspronkelijk kom ik uit Syrië. Wanneer is de volgende naturalisatieceremonie, "
     "en mag ik mijn familie meenemen? Ik wil ook zo snel mogelijk een Nederlands paspoort "
     "aanvragen, kan dat op dezelfde dag?"),
    "Ik zag een vacature bij de gemeente Utrecht voor beleidsmedewerker wonen. Kan ik via jou vragen hoe ver de sollicitatieprocedure is? Heb 3 weken geleden gesolliciteerd",
    ("Vorige week vroeg ik hier hoe laat het stadskantoor open is en kreeg ik te horen dat het tot 8 "
     "uur open was. Ik ben er om 7 uur vanuit Leidsche Rijn in de regen heen gefietst en de deur "
     "was dicht. Daar baal ik behoorlijk van, ik had er een vrije middag voor opgenomen. Kloppen "
     "jullie gegevens wel? En wat zijn nu echt de openingstijden op donderdag?"),
    "goedenavond 😊 even testen of dit werkt, mijn buurman zei dat je hier de gemeente kunt appen. verder geen vraag hoor, fijne avond",
    ("I've been trying all evening to log in to the municipal tax portal with DigiD, but I keep "
     "getting an error that my SMS code is wrong. I have a new phone with a new number and I think "
     "that's the problem. How do I change my number in DigiD? I need to set up a payment plan "
     "before Friday."),
    ("Ik ben student en verhuis binnen Utrecht van een kamer aan de Biltstraat naar een studio in "
     "Lombok. Mijn nieuwe verhuurder zegt dat ik me niet op dat adres mag inschrijven omdat het "
     "'eigenlijk een bedrijfsruimte' is. Maar ik moet toch ergens ingeschreven staan? Wat moet ik "
     "doen, en wat gebeurt er als ik gewoon op mijn oude adres ingeschreven blijf?"),
    ("Onze muziekvereniging in Zuilen bestaat volgend jaar 100 jaar en we zouden het een enorme eer "
     "vinden als de burgemeester bij ons jubileumconcert aanwezig zou zijn. Ik heb een mail "
     "gestuurd naar het algemene adres maar nooit antwoord gekregen. Hoe krijg ik een uitnodiging "
     "bij de burgemeester terecht, en hoe ver van tevoren moet dat?"),
]
