"""Independently written batch j, Nov 2026: hand-written messages, initiatief/overig focus."""

INITIATIEF = [
    (
        "wij hebben zaterdag met 6 kids uit de straat 4 volle vuilniszakken zwerfafval geraapt!! "
        "kan iemand die zakken ophalen en kunnen we volgende keer grijpers lenen van jullie?"
    ),
    (
        "mn dochter van 9 heeft een heel skatepark getekend voor het grasveld achter de flat, met "
        "rampen en een bankje voor de ouders haha. ze wil het echt opsturen, naar wie moet dat?"
    ),
    (
        "De jongeren hangen elke avond bij het bankje rond omdat er niks voor ze te doen is. Zou "
        "er geen pannakooi kunnen komen op dat lege veldje? Ik wil best handtekeningen ophalen."
    ),
    (
        "we organiseren al 3 jaar een maandelijkse lunch voor ouderen in de kerkzaal maar die gaat "
        "per januari dicht. kunnen we misschien terecht in het buurthuis? is gratis voor de "
        "deelnemers"
    ),
    (
        "vorig jaar was onze straatbarbecue eerlijk gezegd een drama: het regende, de partytent "
        "waaide weg en er was gedoe met 1 buurman over de muziek. Toch willen we het dit jaar weer "
        "doen, eind juni, en nu beter geregeld. Moet de straat afgesloten worden en hoe vraag ik "
        "dat aan? En mag er een kleine box staan tot 10 uur s avonds? Liever nu alles netjes op "
        "papier."
    ),
    (
        "we hebben een buurtpreventie appgroep met zo'n 40 adressen. zou de wijkagent daar ook in "
        "willen? hoe vragen we dat"
    ),
    (
        "Is there any budget for a mural on that ugly grey wall of the parking garage? It's "
        "covered in tags and nobody likes it. A few artists in our building would love to paint "
        "something colourful there, birds and plants, and the kids from the primary school could "
        "help with the lower part. We'd need permission from whoever owns the wall, some money for "
        "paint and maybe scaffolding. Who do we talk to first?"
    ),
    "ik wil een minibiebje maken van een oud kastje en bij de stoep zetten. mag dat zomaar?",
    (
        "volgende maand wil ik een zadenruilmiddag houden, mensen nemen zaadjes en stekjes mee. "
        "kan dat in het wijkcentrum en bij wie moet ik zijn"
    ),
    (
        "ons repair café zoekt vrijwilligers die handig zijn met naaimachines, stofzuigers of "
        "fietsen. kunnen jullie dat ergens delen? elke 2e zaterdag vd maand"
    ),
    "Wij willen een bewonerscommissie oprichten voor ons blok. Waar begin je zoiets?",
    (
        "ik heb een idee om van het lege stuk grond naast de school een soort buurtboomgaard te "
        "maken. is er een vast aanspreekpunt bij de gemeente voor dit soort plannen?"
    ),
    (
        "Ik woon sinds een jaar in een rijtjeshuis en voor de deur is alleen maar grijze stoep. De "
        "stoep is zo'n 2,5 meter breed dus er blijft genoeg ruimte over voor kinderwagens en "
        "rolstoelen. Ik zou graag een geveltuintje van 30 cm aanleggen met lavendel en een "
        "klimroos, en mijn buurvrouw wil ook meedoen. Moet ik daar toestemming voor vragen, en "
        "halen jullie de tegels eruit of doe ik dat zelf?"
    ),
    (
        "het perkje voor onze deur is al jaren kaal zand. mogen wij als buren het zelf beplanten "
        "en bijhouden? we hebben al plantjes over"
    ),
    (
        "in maart doen we mee met de landelijke opschoondag. krijgen we van de gemeente "
        "afvalzakken, handschoenen en prikstokken? we zijn met ongeveer 15 man"
    ),
    (
        "is er geld te krijgen voor een buurtborrel rond kerst? warme chocomel, oliebollen, een "
        "kraampje. we willen dat mensen elkaar eens leren kennen"
    ),
    (
        "my son and his friends want a basketball hoop next to the playground. they even wrote a "
        "letter with all their names on it lol. who should we give it to?"
    ),
    (
        "idee voor het plein: een jeu de boules baan naast het bankje. er zitten daar elke middag "
        "een stel oudere heren een beetje naar de duiven te kijken, en een paar van hen speelden "
        "vroeger fanatiek. ik heb het ze gevraagd en ze zijn meteen enthousiast, ze willen de baan "
        "zelfs zelf bijhouden. kost volgens mij niet veel, wat gravel en een randje. wie kan ik "
        "hierover benaderen?"
    ),
    (
        "elke dinsdag hebben we een koffieochtend voor de oudjes van de flat, maar de ruimte die "
        "we huurden is verkocht. weet iemand een nieuwe plek? max 20 mensen, rolstoeltoegankelijk"
    ),
    "hoe kunnen we met een paar buren een moestuin beginnen op het braakliggende veldje?",
    (
        "we willen met halloween een griezelroute door de straat maken voor de kinderen, moeten we "
        "dat ergens melden?"
    ),
    (
        "buurtpreventie hier: we lopen al een half jaar s avonds rondjes met hesjes. is er een "
        "potje voor zaklampen en een paar portofoons?"
    ),
    (
        "vanmorgen met groep 6 rondom school 212 blikjes en ruim 3 kilo plastic opgeraapt 💪 wilde "
        "het even laten weten, de kinderen zijn super trots"
    ),
    (
        "zou er een picknicktafel op het grote grasveld kunnen? dan gaan we er met de buren "
        "zondagmiddag samen eten, we betalen desnoods mee"
    ),
    (
        "can we close off our street on sunday afternoons so the kids can play (a speelstraat)? "
        "how does that work here"
    ),
    (
        "Bij ons in de straat staat helemaal geen groen, alleen lantaarnpalen en auto's. Een "
        "groepje van 8 huishoudens wil hangende bloembakken aan de palen, zoals je in sommige "
        "dorpen ziet. We kopen zelf de planten en geven water in de zomer, daar hebben we al een "
        "rooster voor gemaakt. Mag dat aan jullie palen, en is er misschien een bijdrage uit het "
        "bewonersbudget mogelijk voor de bakken zelf?"
    ),
    (
        "ik geef gratis stoelyoga en zoek een ruimte in het buurthuis voor 1 ochtend per week. wie "
        "gaat over de zaalverhuur?"
    ),
    (
        "mijn klas wil samen met de buurt een insectenhotel bouwen in het park. mag dat en mogen "
        "we het zelf ophangen?"
    ),
    "vrijmarkt koningsdag, vergunning nodig?",
    (
        "een paar bewoners willen de boomspiegels in de straat adopteren en er bloemen in zetten. "
        "gaat dat via een formulier?"
    ),
    (
        "ik wil een burenhulp groepje beginnen, zodat buren elkaar kunnen helpen met een lampje "
        "vervangen of een boodschap. wordt zoiets gesteund door de gemeente?"
    ),
    (
        "de jongens van 15 hier willen zelf een voetbaltoernooi in de wijk organiseren in de "
        "zomervakantie. wie kan ze op weg helpen"
    ),
    (
        "we want to buy an AED together with the neighbours in our street, is there any subsidy "
        "for that?"
    ),
    (
        "mijn zoontje heeft voor school een speeltuin ontworpen met een kabelbaan en een klimrots, "
        "juf zei stuur het naar de gemeente. welk adres of mailadres moet ik hebben?"
    ),
    (
        "kan iemand ons helpen met de aanvraag voor bewonersbudget? het formulier is nogal "
        "ingewikkeld en we snappen niet wat ze bij 'begroting' willen"
    ),
    (
        "we wanna do a clean up walk with our studentenhuis, is there some ophaalservice for the "
        "bags after?"
    ),
    (
        "wij willen de saaie fietstunnel laten beschilderen door jongeren uit de buurt, samen met "
        "een kunstenaar. kan zoiets?"
    ),
    "zijn er meer mensen die een wijkkrantje willen maken? en betaalt de gemeente het drukken?",
    "buurtbbq gaat door! mogen we de tafels en stoelen van het buurthuis lenen?",
    (
        "Sinds de zomer loop ik elke zondag met mijn hond een rondje en raap ik het zwerfvuil op "
        "langs het fietspad. Inmiddels doen er 5 buren mee en we hebben een eigen appgroepje. We "
        "zouden het leuk vinden om officieel zwerfafvalvrijwilligers te worden, gaat dat via "
        "jullie? En krijg je dan ook spullen zoals een hesje en een knijper?"
    ),
    (
        "er is hier een groep jongens van 14 15 die steeds op de parkeerplaats voetballen en tegen "
        "de autos aan trappen. ze zijn niet vervelend hoor, ze vervelen zich gewoon. ik denk echt "
        "dat een pannakooi of een trapveldje met 2 goals een hoop zou oplossen. een paar ouders "
        "willen meehelpen en de jongens zelf ook. hoe dienen we zo'n plan in?"
    ),
    (
        "de soos voor 65+ op donderdagmiddag moet weg uit het wijkcentrum omdat de huur omhoog "
        "gaat. kan de gemeente meedenken over een andere ruimte?"
    ),
    (
        "Hi! A group of us started a monthly language café where neighbours practise Dutch over "
        "coffee. We've been meeting in a café but now they want us to pay rent. Is there a "
        "community centre room we could use for free or cheap? We're about 15 people, mostly "
        "newcomers, and it's really helping people find their way."
    ),
    (
        "vorig jaar hebben een paar buren op eigen houtje een kerstboom op het pleintje gezet, met "
        "lichtjes aan een verlengsnoer uit iemands keuken. was super gezellig, mensen bleven staan "
        "en er werd gluhwein gedronken. toen kwam er iemand van de gemeente zeggen dat het niet "
        "mocht vanwege het snoer over de stoep. dit jaar willen we het netjes regelen. kan er een "
        "stroompunt komen of zijn er regels voor zo'n boom?"
    ),
    (
        "ik heb een plan voor een omheind hondenveldje waar ze los mogen, heb al 30 "
        "handtekeningen. waar kan ik dat voorleggen?"
    ),
    (
        "onze whatsapp preventiegroep heeft vorige maand een paar keer iets verdachts gemeld en nu "
        "willen we graag een keer om tafel met de wijkagent. kan die aanschuiven op een avond?"
    ),
    "stoepkrijtwedstrijd voor de kids op de straat, moet daar een vergunning voor?",
    (
        "hoi! wij zijn 3 moeders en willen een speelochtend voor peuters beginnen. wie beslist "
        "over de ruimtes in het buurthuis?"
    ),
    (
        "thanks for the grabbers you lent us! we cleaned the whole edge of the park, 11 bags. can "
        "we borrow them again next month?"
    ),
    (
        "wij willen met de straat aan tegelwippen doen, tegels eruit en groen erin. krijgen we "
        "planten of hulp van de gemeente?"
    ),
]

OVERIG = [
    (
        "Ik moet volgende week dinsdag heel vroeg naar het vliegveld, mijn vlucht gaat om 7 uur en "
        "ik moet er om 5 uur zijn. Ik heb geen auto en een taxi is zo duur. Rijdt er dan al een "
        "bus of trein? Ik heb twee koffers en mijn dochter van 4 bij me, dus lopen naar een halte "
        "ver weg gaat niet echt. Of weet je een goedkope shuttle?"
    ),
    "wat is de lekkerste pizzeria hier in de buurt",
    "weet jij hoe het nederlands elftal gisteren gespeeld heeft?",
    "wordt het morgen droog? wil de was buiten hangen",
    "kun je mn zoon ff helpen met zn huiswerk, breuken delen snapt hij niet",
    (
        "hey, random question maybe but can you help me write a motivation letter? I'm applying "
        "for a job at the supermarket, stacking shelves and cash register, and I've never written "
        "one in Dutch. I'm 19, I did some volunteering at a sports club and worked in a cafe for "
        "one summer. It should be short and not too formal I think. Can you make something I can "
        "copy?"
    ),
    (
        "Jullie website is echt een ramp. Ik probeer al 3 dagen in te loggen met DigiD om een "
        "aanvraag te doen, en elke keer krijg ik na het inloggen een witte pagina. Op mijn "
        "telefoon, op de laptop, in een andere browser, maakt niks uit. Toen ik belde kreeg ik een "
        "bandje dat het druk was. Wanneer wordt dit opgelost? En kan ik het ondertussen op een "
        "andere manier regelen?"
    ),
    "45 min in de wacht gestaan bij jullie telefoonnummer en toen gewoon opgehangen. belachelijk",
    "bedankt voor de snelle hulp gisteren!",
    "hallo",
    "ben jij een robot of zit daar een echt mens?",
    (
        "Ik heb vandaag de aanslag gemeentelijke belastingen gekregen, bijna 900 euro in één keer. "
        "Er staat op dat ik in termijnen kan betalen maar ik snap niet hoe. Moet ik daarvoor een "
        "machtiging voor automatische incasso afgeven, en hoeveel termijnen zijn het dan? De "
        "eerste betaaldatum is eind volgende maand en ik heb net een nieuwe baan, mijn eerste "
        "salaris komt pas later binnen."
    ),
    "mijn rijbewijs verloopt volgende maand, moet ik dat bij jullie verlengen?",
    (
        "ik heb een uittreksel uit het geboorteregister nodig voor mn nieuwe baan, hoe vraag ik "
        "dat aan"
    ),
    "we willen in mei trouwen, hoe ver van tevoren moeten we ons melden?",
    "stempas kwijt en over 2 weken zijn de verkiezingen, wat nu?",
    "I've lived here for 6 years now, how do I apply for naturalisation?",
    (
        "kan ik kwijtschelding krijgen voor de gemeentelijke belastingen? ik heb alleen een "
        "uitkering en kan die aanslag echt niet betalen"
    ),
    (
        "waarom is de afvalstoffenheffing op mijn aanslag dit jaar zoveel hoger? dat is bijna 80 "
        "euro meer dan vorig jaar"
    ),
    "WOZ waarde van ons huis is veel te hoog geschat, hoe maak ik bezwaar",
    "hoe lang van tevoren moet ik mijn verhuizing doorgeven",
    "is the town hall open on easter monday?",
    "wat gebeurt er eigenlijk met alles wat ik hier typ? wordt dat bewaard?",
    "wie is onze wijkregisseur en hoe kan ik die bereiken",
    (
        "paspoort gestolen op vakantie, ben nu terug. moet ik bij jullie iets melden of bij de "
        "politie?"
    ),
    "hoe vraag ik een VOG aan, heb hem nodig voor vrijwilligerswerk bij de voetbalclub",
    "aanslag hondenbelasting klopt niet, onze hond is al een jaar dood 😢",
    "what's a decent gym around here that isn't too expensive?",
    "wat is 'aanslag' in het engels? snap mijn brief niet",
    "thank you so much, you were really helpful 🙏",
    (
        "Vorige week probeerde ik online een afspraak te maken voor een nieuwe ID-kaart voor mijn "
        "moeder. Het systeem liet alleen plekken over 7 weken zien, en toen ik belde zei de "
        "medewerker dat ik elke ochtend om 8 uur moest kijken of er iets vrijkwam. Dat is toch "
        "geen service? Mijn moeder heeft haar ID nodig voor de bank en kan niet eindeloos wachten."
    ),
    (
        "mijn vriend en ik willen trouwen maar hij heeft alleen een buitenlandse nationaliteit en "
        "zijn papieren zijn in een andere taal. welke documenten hebben we nodig, moeten die "
        "vertaald worden, en klopt het dat je op maandagochtend gratis kunt trouwen? we hebben "
        "niet zoveel geld dus dat zou fijn zijn"
    ),
    "goedemorgen wijkbot ☀️",
    "werkt deze chat ook in het weekend of alleen doordeweeks",
    "Do you speak English or only Dutch?",
    "hoe laat begint de film vanavond in de bios",
    (
        "mijn dochter moet een spreekbeurt houden over de gemeenteraad, waar vindt ze makkelijke "
        "info voor kinderen?"
    ),
    "ik krijg een aanmaning voor de rioolheffing maar ik heb allang betaald, heb het afschrift nog",
    "hoe werkt stemmen met een volmacht? mijn vader kan niet zelf gaan",
    (
        "Onze zoon is afgelopen zaterdag geboren, alles goed gelukkig 😊 Nu moet ik aangifte doen "
        "maar ik lees verschillende dingen: binnen 3 dagen, of binnen 3 werkdagen? Mijn vriendin "
        "en ik zijn niet getrouwd, ik heb hem wel al erkend tijdens de zwangerschap. Kan ik het "
        "online regelen of moet ik langskomen, en wat moet ik meenemen? Wil niet te laat zijn."
    ),
    (
        "Ik wil een klacht indienen over een medewerker bij de balie, die was heel onvriendelijk "
        "tegen mijn moeder"
    ),
    "wat is het telefoonnummer van de gemeente",
    "lol je snapt er echt niks van he",
    (
        "naturalisatieceremonie volgende maand, mogen mijn kinderen en mijn schoonouders mee of is "
        "het beperkt?"
    ),
    (
        "so I moved here from abroad 2 weeks ago and still need to register at the municipality, "
        "do I need an appointment or can I just walk in? I have a rental contract and my passport"
    ),
]

VERKEER = [
    (
        "Voor de derde keer deze maand staat er een auto precies voor mijn uitrit. Vanochtend om "
        "kwart voor 7 wilde ik naar mijn werk en kon ik er gewoon niet uit. Ik heb een briefje "
        "achter de ruitenwisser gedaan en bij de buren aangebeld maar niemand weet van wie hij is. "
        "Uiteindelijk heb ik een taxi genomen. Wie kan ik bellen om dit te laten handhaven of de "
        "auto weg te laten slepen?"
    ),
    (
        "We verhuizen volgende maand naar een straat waar betaald parkeren geldt. Ik heb 2 auto's, "
        "waarvan 1 van de zaak. Krijg ik meteen een vergunning of kom ik op een wachtlijst? En wat "
        "moet ik doen de eerste dagen dat ik er woon en nog geen vergunning heb, krijg ik dan "
        "gewoon bonnen? Ik wil het graag op tijd regelen."
    ),
    (
        "elke ochtend om 8:20 is het chaos bij de basisschool, ouders parkeren op de stoep en "
        "zelfs op het zebrapad. mijn dochter moet er tussendoor fietsen"
    ),
    "ik heb een bekeuring gekregen terwijl mn vergunning gewoon geldig was, hoe maak ik bezwaar",
    (
        "er staat al 2 maanden een busje zonder kentekenplaten op de parkeerplaats, alle 4 de "
        "banden lek. kan dat weggesleept worden?"
    ),
    (
        "kruispunt bij de supermarkt is levensgevaarlijk, niemand weet wie voorrang heeft. "
        "vanmiddag weer bijna een botsing met een scooter"
    ),
    "kan er een verkeersdrempel komen? ze rijden hier 70 in een 30 straat",
    "someone parked across my driveway again, it's been there since last night. who do I call?",
    "het stoplicht bij het fietspad staat al 3 dagen te knipperen",
    "bord eenrichtingsverkeer is omgereden en ligt nu in de berm",
    "fietswrak bij de bushalte, al maanden",
    (
        "Mijn vader van 81 heeft sinds zijn beroerte een gehandicaptenparkeerkaart. Hij woont in "
        "een straat waar je bijna nooit een plek vindt, en nu moet hij soms 200 meter lopen met "
        "zijn stok, wat eigenlijk niet gaat. Ik breng hem vaak naar de dokter. Kunnen we een eigen "
        "gehandicaptenparkeerplaats op zijn kenteken aanvragen, en hoe lang duurt zoiets? De auto "
        "staat op zijn naam, ik rijd hem."
    ),
    "mijn ouders komen 3 dagen logeren, hoe regel ik dat ze bij ons in de straat mogen parkeren",
    (
        "Vrachtwagens rijden dwars door onze woonstraat om de file te ontwijken. Kan daar een "
        "verbod komen voor zwaar verkeer?"
    ),
    "auto's op de stoep bij de bakker, ik kom er met mn rollator niet langs",
    "scooters op het fietspad scheuren langs de kinderen, echt gevaarlijk",
    "zebrapad is bijna weggesleten, je ziet de strepen niet meer en niemand stopt",
    "100 euro boete omdat ik 5 minuten te lang aan de laadpaal stond?? serieus?",
    (
        "The two EV charging spots in our street are almost always taken by normal petrol cars, "
        "sometimes for the whole weekend. I drive electric and can't charge at home, so I end up "
        "driving around at 11 at night looking for another charger. There's a clear sign saying "
        "it's only for charging. Does anyone actually enforce this, and can I report it somewhere "
        "so they get a fine?"
    ),
    "er staat al weken een camper in de straat die 3 plekken inneemt",
    (
        "wij wonen in een lange rechte straat waar nu 50 gereden mag worden, maar er wonen "
        "inmiddels heel veel jonge gezinnen. er spelen elke dag kinderen op de stoep en soms "
        "rennen ze achter een bal de weg op. vorige maand is er een kat doodgereden en dat had net "
        "zo goed een kind kunnen zijn. met 12 huishoudens hebben we een brief geschreven. hoe "
        "vragen we een 30 km zone aan, hebben we handtekeningen nodig?"
    ),
    "parkeerautomaat neemt geen pinpas meer aan en ik heb geen app, hoe moet ik nou betalen",
    (
        "ik ben klaar-over bij de school van mn kinderen en elke ochtend is het hetzelfde liedje: "
        "ouders die in de kiss and ride stoppen en 10 minuten blijven staan, auto's die keren over "
        "de stoep, en vorige week reed er een vader achteruit bijna een kleuter aan. kan er "
        "handhaving komen of kan de straat tussen 8 en half 9 dicht voor auto's?"
    ),
    "waarom hangen er ineens blauwe zone borden? hoe lang mag ik nu staan met een parkeerschijf",
    (
        "there's a trailer that's been parked in the same spot in our street for like half a year, "
        "is that even allowed?"
    ),
    "overal deelscooters midden op de stoep neergesmeten, kinderwagen kan er niet langs",
    (
        "mijn buurman zet zijn bedrijfsbus altijd half op de stoep en half voor mijn oprit, ik "
        "moet elke keer steken om eruit te komen"
    ),
    (
        "ik krijg een nieuwe auto met een ander kenteken, moet ik de parkeervergunning opnieuw "
        "aanvragen?"
    ),
    "how much is a resident parking permit per year, and can I pay monthly?",
    "de spiegel bij de uitgang van de parkeergarage is kapot, je ziet niks aankomen",
    "die nieuwe drempel is zo hoog dat mijn auto elke keer met de bodem schuurt",
    "op de rotonde krijgen fietsers nooit voorrang, wanneer gaat het een keer mis",
    (
        "autowrak met ingeslagen ruiten op de parkeerplaats achter de flat, er liggen al bladeren "
        "op het dak"
    ),
    "hoe lang mag een auto zonder apk en verzekering op straat blijven staan?",
    (
        "de oversteek bij het speeltuintje heeft geen zebrapad en auto's komen er met een bocht "
        "aan, kan er een veilig oversteekpunt komen?"
    ),
]

AFVAL = [
    (
        "de restaurants op de hoek zetten hun vuilniszakken al om 3 uur s middags buiten, de "
        "meeuwen trekken alles open voordat de wagen komt"
    ),
    (
        "Sinds de nieuwe snackbar open is staan er elke avond vanaf 7 uur zakken op de stoep, "
        "terwijl het bedrijfsafval pas de volgende ochtend om 6 uur wordt opgehaald. 's Nachts "
        "lopen er ratten overheen en de stoep ligt bezaaid met bakjes en servetjes. Kunnen jullie "
        "die ondernemers aanspreken op de tijden dat ze hun afval buiten mogen zetten?"
    ),
    (
        "Voor de tweede keer op rij is onze grijze kliko niet geleegd, terwijl de rest van de "
        "straat gewoon leeg is. Hij stond om 7 uur aan de weg met de handvatten naar de straat, "
        "zoals het hoort. Nu zit hij tjokvol en met deze warmte begint het echt te stinken, er "
        "vliegen al vliegen omheen. Wanneer komen ze hem alsnog legen? En waarom wordt hij steeds "
        "overgeslagen?"
    ),
    "ondergrondse container zit weer vol, mensen zetten de zakken er maar naast",
    "grofvuil afspraak maken voor een oude bank en een matras, hoe?",
    "pizzadoos met kaas eraan, moet die bij het papier of het restafval?",
    "containerpas doet het niet meer, lampje blijft rood",
    (
        "Hi, I just moved here from abroad and honestly the waste rules are confusing me. At home "
        "we had one bin for everything. Here I have a grey bin, a green bin, and there's an orange "
        "thing on the corner. Where do glass jars go, and do I need to wash them first? What about "
        "the lids, and those milk cartons? Also is there a collection calendar in English "
        "somewhere? Thanks!"
    ),
    (
        "iemand heeft vannacht een hele verbouwing naast de glasbak gedumpt: gebroken tegels, "
        "gipsplaten, een oude wc pot en zakken met puin. gisteravond om 10 uur stond er nog niks. "
        "ik heb fotos gemaakt. er spelen vlakbij kinderen en er steken spijkers uit de planken. "
        "kunnen jullie het snel weghalen? en kijkt er iemand of er iets tussen zit waaruit je kan "
        "zien van wie het is?"
    ),
    "waar vind ik de afvalkalender voor volgend jaar",
    "onze gft bak stinkt vreselijk en zit vol maden, kan ik er een met een beter deksel krijgen?",
    "kliko gestolen, wat nu?",
    "wanneer worden de kerstbomen opgehaald?",
    (
        "de supermarkt zet dozen en folie naast de papiercontainer en bij elke windvlaag waait "
        "alles over de stoep"
    ),
    "na de kermis ligt het hele grasveld vol blikjes en bakjes, wordt dat nog opgeruimd?",
    "iemand gooit luiers in de papiercontainer van onze flat, gadver",
    "kan ik een grotere restafvalbak krijgen, we zijn met 6 in huis",
    "pmd wordt maar om de 2 weken opgehaald maar onze zak zit na 4 dagen al vol",
    "where can I drop off old batteries and broken light bulbs?",
    "de klep van de ondergrondse container klemt, mn zak past er niet in",
    (
        "bij de kapper en de nagelstudio staan sinds maandag zakken naast de container met meeuwen "
        "erop, het is echt een zooi"
    ),
    (
        "The kebab place next to our building puts its bags on the street every night around 10, "
        "and by morning the seagulls have ripped them open and there are chicken bones and fries "
        "all over the pavement. I've asked the owner twice. Is there a rule about what time "
        "businesses can put out their rubbish?"
    ),
    "wat kost het om een oude koelkast op te laten halen",
    "de prullenbak bij de bushalte puilt uit, alles ligt ernaast",
    "de vuilniswagen heeft mijn container kapot gemaakt bij het legen, deksel hangt eraf",
    "de kledingcontainer bij de supermarkt is weg, waar kan ik nu textiel kwijt?",
    "is de milieustraat op zaterdag open en tot hoe laat",
    "al weken liggen er afvalzakken gedumpt in de bosjes achter de flat",
    (
        "het restaurant naast ons zet jerrycans met oud frituurvet naast de container, het lekt op "
        "de stoep"
    ),
    "glasbak vol, flessen ernaast gezet en nu liggen er scherven op de stoep",
]

ZORG = [
    (
        "mijn buurvrouw van 88 doet wel open maar lijkt steeds meer in de war, ze vroeg me "
        "gisteren 3 keer wie ik was. wie kan er eens bij haar langs?"
    ),
    (
        "mijn buurman verzamelt enorm veel spullen, zijn balkon en gang staan helemaal vol. ik "
        "maak me zorgen om hem, hij ziet er ook slecht uit"
    ),
    (
        "hoe bereik ik het buurtteam? sinds mijn man overleden is lukt de administratie me niet "
        "meer, er liggen stapels post"
    ),
    (
        "my elderly neighbour keeps knocking on my door in the evening asking what day it is. she "
        "lives alone and I think she's confused. who can check on her?"
    ),
    (
        "waar kan mijn moeder heen om mensen te ontmoeten? ze zit sinds ze weduwe is de hele dag "
        "alleen voor de tv"
    ),
    "hoe vraag ik huishoudelijke hulp aan via de wmo? ik heb net een nieuwe heup",
    (
        "de jonge moeder onder ons huilt veel en de kindjes zien er verwaarloosd uit, vieze kleren "
        "en vaak geen jas. niet acuut, maar ik twijfel of ik iets moet doen"
    ),
    "ik ben de laatste tijd zelf erg somber en weet niet bij wie ik moet aankloppen",
    (
        "Sinds zijn vrouw vorig jaar is overleden komt de man naast ons bijna niet meer buiten. "
        "Zijn tuin, die altijd zo mooi was, is helemaal verwilderd en hij doet niet meer open als "
        "we aanbellen, al zien we hem soms wel achter het raam. Zijn kinderen wonen ver weg. Ik "
        "wil me niet opdringen maar het voelt niet goed. Is er iemand die voorzichtig contact met "
        "hem kan zoeken?"
    ),
    "hoe kom ik aan een scootmobiel? ik kan niet meer naar de winkel lopen",
    (
        "ik ben mantelzorger voor mijn vader met parkinson en ik trek het niet meer. bestaat er "
        "zoiets als respijtzorg, dat iemand het even overneemt?"
    ),
    (
        "de jongen van hiernaast drinkt veel en loopt vaak verward rond, niet agressief hoor, maar "
        "volgens mij heeft hij hulp nodig"
    ),
    (
        "student here, feeling really isolated since I moved for my studies. are there any "
        "activities nearby to meet people?"
    ),
    (
        "de oude meneer van 3 hoog loopt in zijn pyjama en op sloffen naar de supermarkt, familie "
        "zien we nooit"
    ),
    (
        "Mijn oom van 72 woont alleen sinds zijn scheiding en het gaat de laatste maanden echt "
        "bergafwaarts. Hij komt bijna niet meer uit bed, eet alleen nog crackers en de afwas staat "
        "al weken. Hij zegt zelf dat het wel gaat en wil geen hulp van familie. Ik woon 2 uur "
        "rijden verderop en kan niet elke week komen. Is er iemand van het wijkteam die bij hem "
        "langs kan om te kijken wat hij nodig heeft?"
    ),
    (
        "mijn oma van 90 is sinds de winter bang om alleen naar buiten te gaan, ze is een keer "
        "gevallen op het natte blad. vroeger liep ze elke dag een rondje en dronk ze koffie bij de "
        "bakker, nu zit ze alleen binnen en belt ze mij 5 keer per dag. ik werk fulltime. bestaat "
        "er een vrijwilliger of maatje die een paar keer per week met haar wil wandelen en "
        "kletsen?"
    ),
    "wij hebben flinke schulden gekregen en ik weet niet meer hoe ik het moet oplossen, wie helpt?",
    (
        "the lady next door is very old and never lets anyone in, and now there are flies at her "
        "window and a bad smell in the hallway. I saw her this morning so she's ok, but I'm "
        "worried about how she's living"
    ),
    (
        "buurvrouw met dementie is deze maand al 2x de weg kwijtgeraakt, haar dochter woont ver "
        "weg. kan het wijkteam iets regelen?"
    ),
    "ik zit sinds kort in een rolstoel en heb hulp nodig bij boodschappen en schoonmaken",
]

WONEN = [
    "schimmel in de badkamer en slaapkamer van onze huurwoning, de corporatie reageert niet",
    (
        "lekkage van boven, als de buren douchen druppelt het bij ons door het plafond. al 2 x "
        "gemeld bij de verhuurder"
    ),
    "hoe lang is de wachttijd voor een sociale huurwoning tegenwoordig?",
    (
        "ik ga scheiden en moet met mijn 2 kinderen het huis uit, kan ik urgentie aanvragen voor "
        "een woning?"
    ),
    "mag ik een dakkapel aan de achterkant plaatsen zonder vergunning?",
    "my rent went up 7% this year, is that even legal??",
    "my landlord hasn't fixed the heating for 3 weeks, it's 14 degrees in my living room",
    "heb ik een vergunning nodig voor een schutting van 2 meter in mijn achtertuin",
    (
        "Onze cv ketel is sinds vrijdag kapot, dus geen verwarming en geen warm water. Ik heb "
        "meteen de woningcorporatie gebeld en die zeggen dat de monteur pas over 10 dagen kan "
        "komen. We hebben een baby van 5 maanden en s nachts is het binnen nog geen 15 graden, we "
        "douchen nu bij mijn schoonmoeder. Is dit normaal, en kan ik iets doen om het sneller "
        "gemaakt te krijgen?"
    ),
    (
        "I rent a room in a student house and the walls in my room are turning black with mould, "
        "my clothes smell and I've been coughing for weeks. The landlord says I need to open the "
        "window more but the window doesn't even close properly. What are my rights and who can I "
        "report this to?"
    ),
    "servicekosten veel te hoog, klopt dat wel",
    (
        "We hebben net een jaren 30 huis gekocht en willen de zolder verbouwen tot slaapkamer voor "
        "onze oudste. Er moet een dakraam in aan de voorkant en misschien een dakkapel aan de "
        "achterkant, en de vlizotrap moet eruit voor een vaste trap. Het is een straat met "
        "allemaal dezelfde huizen, ik weet niet of dat beschermd is. Heb ik voor een van die "
        "dingen een vergunning nodig, en hoe lang duurt dat?"
    ),
    "het tocht enorm door de kozijnen, ramen sluiten niet meer goed. huurhuis, wie moet dat maken",
    "ik ben 75 en de trap wordt te zwaar, hoe kom ik aan een seniorenwoning op de begane grond?",
    "na elke flinke regenbui staat er water in de kelder van ons koophuis, wat kan ik doen",
    "is er subsidie voor het isoleren van mijn eigen huis? spouwmuur en vloer",
    "zonnepanelen op een plat dak, heb ik daar een vergunning voor nodig?",
    "ik sta al 9 jaar ingeschreven en krijg nog steeds geen huis, hoe kan dat nou",
    (
        "de corporatie wil onze flat renoveren en wij moeten tijdelijk weg. krijgen we een "
        "verhuisvergoeding?"
    ),
    "wij willen ruilen met een groter huurhuis, we zijn met 5 in een 2 kamer flat",
]

OVERLAST = [
    "buren draaien elke vrijdag tot 1 uur s nachts keiharde muziek",
    (
        "hangjongeren in het portiek roken jointjes en schelden je uit als je erlangs wil met de "
        "boodschappen"
    ),
    "hondenpoep overal op het trapveldje!!",
    (
        "Onze bovenburen voeren de duiven, ze gooien elke ochtend brood van het balkon. Inmiddels "
        "zitten er tientallen duiven op de goot en de balkons, en ons balkon zit letterlijk onder "
        "de poep. Mijn zoontje heeft astma en ik laat hem daar niet meer spelen. We hebben het al "
        "vriendelijk gevraagd maar ze vinden het zielig voor de vogels. Mag dat zomaar, duiven "
        "voeren? En wie kan er iets van zeggen?"
    ),
    "de rook van de houtkachel van de buren trekt elke avond onze slaapkamer in",
    "er wordt al weken vuurwerk afgestoken, wanneer mag dat eigenlijk?",
    "bij het café op de hoek staan de rokers tot 2 uur buiten te schreeuwen en te lachen",
    "someone keeps kicking over the flower pots at our entrance at night, third time this month",
    (
        "Our neighbours leave their dog alone from 8 in the morning till about 6 at night and it "
        "barks and howls almost non-stop. I work from home so I hear it all day long. I've left a "
        "friendly note and talked to them once, they said the dog will 'get used to it'. It's been "
        "three months now. Is there anything the municipality can do, or someone who can mediate "
        "between us?"
    ),
    (
        "elke avond rond 11 staat er een auto met draaiende motor en steeds stappen er andere "
        "mensen even in en weer uit. volgens mij wordt er gedeald"
    ),
    "ratten in de tuin, ze kruipen onder de schutting door vanaf het braakliggende stuk",
    "bovenbuurman boort elke zondagochtend om 8 uur, hoe vaak moet ik er nog wat van zeggen",
    "vannacht heeft iemand de spiegels van bijna alle auto's in de straat eraf getrapt",
    "enorme stank van de visroker verderop, je kunt de ramen niet open doen",
    "meeuwen op het dak die vanaf 4 uur s ochtends krijsen, wat kun je daar tegen doen",
    (
        "Het is echt niet meer te doen met de buren naast ons. Ze hebben 3 kinderen die vanaf half "
        "7 door het huis rennen, op de trap springen en tot 10 uur s avonds gillen. Als we er wat "
        "van zeggen krijgen we een grote mond. We hebben het zelf geprobeerd, met een briefje en "
        "een gesprek. Is er iets als buurtbemiddeling en hoe werkt dat?"
    ),
    "loslopende honden in het park, mijn zoontje werd besprongen en is erg geschrokken",
    (
        "the flat next to ours is on airbnb and every weekend there's a new group of tourists "
        "partying and dragging suitcases up the stairs at 3am"
    ),
    "wespennest in de spouwmuur, de kinderen durven niet meer in de tuin",
    "de kat van de buren poept elke dag in de zandbak van mijn kinderen",
]

OPENBARE_RUIMTE = [
    "lantaarnpaal voor nummer 12 doet het al een week niet meer",
    "gat in de weg bij de fietsenstalling, er zijn al 2 fietsers onderuit gegaan",
    (
        "stoeptegels liggen helemaal scheef door de boomwortels, mijn moeder is er bijna over "
        "gestruikeld"
    ),
    "schommel in de speeltuin heeft een gebroken ketting, hangt nu scheef",
    (
        "na de storm hangt er een grote tak half los boven het fietspad. niemand onder, maar hij "
        "hangt er al een paar dagen zo"
    ),
    "het gras op het middenveld is al 6 weken niet gemaaid, je ziet de hondjes niet meer lol",
    (
        "bij ons in de straat staat na elke flinke bui het water tot aan de stoeprand, de putten "
        "lopen gewoon niet meer door. er zit volgens mij blad en zand in. gisteren moest ik op "
        "laarzen naar de auto en de oude buurvrouw kon niet oversteken met haar rollator. bij de "
        "buren is het al een keer bijna de voordeur in gelopen. kunnen de putten worden "
        "schoongemaakt voor de herfst echt begint?"
    ),
    "graffiti op de muur bij de speeltuin, met behoorlijk grof taalgebruik. kan dat eraf?",
    "bankje in park kapot",
    (
        "The big lime tree in front of my house hasn't been pruned in years. It blocks all the "
        "light in our living room, the branches touch the upstairs windows and scratch the glass "
        "when it's windy, and in summer everything under it gets covered in sticky stuff. It's a "
        "municipal tree so I don't want to touch it myself. Can someone come and prune it, or tell "
        "me when it's on the schedule?"
    ),
    "mag ik de berk in mijn eigen achtertuin kappen of heb ik een kapvergunning nodig?",
    "het onkruid tussen de tegels komt hier tot mn knieën, wordt er nog gewied?",
    "er steekt een spijker uit de houten glijbaan, mijn zoon heeft zn broek gescheurd",
    "het hek van het park hangt scheef uit de scharnieren",
    "het paaltje bij het fietspad is eruit getrokken, nu zit er een diep gat",
    (
        "Ik loop elke dag met mijn kleinkinderen naar de speeltuin achter de flat, maar het wordt "
        "steeds erger. Het klimrek wiebelt, onder de duikelrekken liggen geen rubbertegels meer "
        "maar alleen modder, en het zand in de zandbak is al jaren niet ververst. Er liggen zelfs "
        "stukken glas in. Wanneer wordt er onderhoud gepleegd?"
    ),
    "er worden geen bladeren geveegd, de stoep is spekglad",
    "vlonder over de sloot in het park heeft rotte planken, je zakt er bijna doorheen",
    "streetlight outside our building keeps flickering on and off all night",
    "het bloemperk bij de ingang is kapotgereden door een vrachtwagen, alles ligt plat",
]
