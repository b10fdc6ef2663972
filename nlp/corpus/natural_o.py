"""Independently written batch o, Nov 2026: the boundaries between themes."""

OVERLAST = [
    ("De bovenburen hebben laminaat gelegd en nu hoor ik elke stap en elke stoel "
     "die verschuift, tot na middernacht. Praten helpt niet. Kunnen jullie "
     "buurtbemiddeling regelen?"),
    ("de buren verbouwen al 4 maanden en ook op zondag word er vanaf 7 uur "
     "geboord en gesloopt. Mag dat zomaar?"),
    ("Het terras van het cafe op de hoek blijft na sluitingstijd vol, mensen "
     "schreeuwen en plassen tegen onze gevel. Dit gaat al de hele zomer zo."),
    ("Buurman stookt elke avond zijn houtkachel, de rook trekt zo onze slaapkamer "
     "in dat we de ramen niet meer open kunnen doen"),
    ("er hangt al weken een groep jongens bij de speeltuin in de Rivierenwijk, ze "
     "roepen dingen naar moeders met kinderen en laten overal lachgaspatronen achter"),
    ("Bij het bushokje op de Marnixlaan zit elke avond een groepje dat mensen die "
     "op de bus wachten uitscheldt. Ik durf er 's avonds niet meer te staan."),
    ("Op het parkeerterrein achter de Jumbo in Overvecht wordt volgens mij gedeald "
     "vanuit een auto, steeds andere mensen die even instappen en weer weggaan. "
     "Wie kan hier eens naar kijken?"),
    ("De afzuiging van de snackbar onder ons blaast de hele dag frituurlucht tegen "
     "onze ramen. mag dat zomaar??"),
    ("Wanneer mag er eigenlijk vuurwerk worden afgestoken in Utrecht? Bij ons op het "
     "plein knallen ze al sinds half november elke avond."),
    ("Kinderen gooien elke avond rotjes in de ondergrondse containers in onze straat, "
     "het knalt enorm en onze hond is er helemaal van slag van."),
    ("Iemand krast steeds met een sleutel over de auto's in onze straat en trapt de "
     "spiegels eraf, al vier keer deze maand. Kan de wijkregisseur hier iets mee?"),
    ("De buurvrouw voert de duiven op haar balkon, ons balkon en onze was zitten "
     "onder de poep. Ik heb het haar gevraagd maar ze stopt er niet mee."),
    ("Since the neighbours started putting bread out for the birds we have rats "
     "running through the shared back gardens. Who deals with that?"),
    "hond van de overburen blaft de hele dag als ze naar hun werk zijn, ik werk thuis en word er gek van",
    ("Er ligt elke ochtend hondenpoep in de zandbak van het speeltuintje aan de "
     "Jan van Scorelstraat. Baasjes laten hun honden daar gewoon loslopen."),
    ("Do dogs have to be on a leash in the Julianapark? Loose dogs keep running up "
     "to my kids there."),
    ("De supermarkt naast ons krijgt om half 6 's ochtends bevoorrading: een "
     "vrachtwagen met piepend achteruitrijsignaal en rammelende rolcontainers. "
     "Elke dag weer."),
    ("Meeuwen hebben een nest op het platte dak naast ons en krijsen vanaf 4 uur "
     "'s nachts. Kan de gemeente daar iets aan doen?"),
    ("In ons trappenhuis wordt elke avond geblowd door jongeren die niet eens in "
     "het gebouw wonen, de hele hal stinkt naar wiet."),
    ("Goedemiddag, ik wil melding maken van aanhoudende geluidsoverlast door een "
     "warmtepomp die de buren in hun achtertuin hebben geplaatst. Het apparaat bromt "
     "dag en nacht op ongeveer twee meter van onze slaapkamer. Een gesprek heeft "
     "niets opgeleverd. Met vriendelijke groet, fam. De Wit"),
    "feestboot op de Oudegracht met keiharde bassen elk weekend, ook na 11en. wie handhaaft dat eigenlijk",
    ("Het studentenhuis naast ons heeft elke donderdag een feest in de tuin tot 4 "
     "uur. Geen straatfeest met vergunning hoor, gewoon elke week."),
    ("Na het buurtfeest van zaterdag ging de muziek bij een adres gewoon door tot "
     "zondagmiddag. Het feest zelf was leuk maar dit kan echt niet."),
    ("De kat van de buren gebruikt onze eigen moestuinbak in de achtertuin als "
     "kattenbak en graaft alle plantjes om, ik heb het netjes gevraagd maar er "
     "verandert niks"),
    ("Our neighbour uses a leaf blower every Saturday at 7am for two hours. Are "
     "there any rules about that?"),
    ("There's a group of guys hanging around the square in Kanaleneiland every "
     "evening, revving their scooters just for the noise and shouting at anyone "
     "who walks past."),
    ("Achter buurthuis De Pijler wordt 's avonds gedeald en bezoekers van de "
     "activiteiten worden aangesproken. Kan de wijkregisseur eens langskomen?"),
    ("Our downstairs neighbours smoke constantly on their balcony and it goes "
     "straight into our baby's room. Is there anything the municipality can do?"),
    ("iemand heeft weer alle bloembakken van ons geveltuintjesproject vernield en "
     "de planten eruit getrokken, al de derde keer"),
    ("Er zitten ratten onder de schuurtjes in ons hofje, ik zie ze zelfs overdag "
     "lopen. Moet ik dat bij jullie melden of bij de woningcorporatie?"),
]

VERKEER = [
    ("Ik heb een naheffingsaanslag parkeerbelasting gekregen terwijl ik gewoon "
     "betaald had via de app. Hoe maak ik bezwaar?"),
    ("Er staat al sinds de zomer een fiets zonder zadel en met lekke banden "
     "vastgeketend aan het hek bij de Twijnstraat, de mand zit vol reclamefolders."),
    ("In onze straat in Lunetten staat al maanden een auto zonder kentekenplaten met "
     "platte banden. Is dat een weesauto en wie haalt die weg?"),
    ("We just moved to Utrecht (Oog in Al). How do I apply for a resident parking "
     "permit and how long does it take?"),
    ("Mijn moeder is slecht ter been en heeft een gehandicaptenparkeerkaart. Kan er "
     "een gehandicaptenparkeerplaats voor haar deur in de Vogelenbuurt komen?"),
    ("Mijn mantelzorger kan nergens parkeren bij mij in de binnenstad. Kan ik een "
     "bezoekersvergunning of zoiets voor haar krijgen?"),
    ("Het verkeerslicht voor fietsers op de kruising Catharijnesingel/Vredenburg "
     "blijft steeds op rood staan, uiteindelijk rijdt iedereen maar door rood."),
    ("bij de school op de Kardinaal de Jongweg wordt keihard gereden, kan er een "
     "drempel komen?? de ouders maken zich echt zorgen"),
    ("Wij als bewoners in Ondiep hebben 120 handtekeningen verzameld voor een "
     "30 km-zone in onze straat. Aan wie moeten we die aanbieden?"),
    ("Het paaltje midden op het fietspad langs de Vleutenseweg is 's avonds niet te "
     "zien, er zit geen reflectie op. Er zijn al meerdere fietsers tegenaan gereden."),
    ("Haaientanden en de stopstreep bij de uitrit aan de Croeselaan zijn helemaal "
     "weggesleten, niemand weet meer wie voorrang heeft."),
    ("Snorfietsers rijden met 50 over het fietspad door het Griftpark, dat is toch "
     "niet de bedoeling? Graag handhaving."),
    ("Elke vrijdagnacht wordt er op de Europalaan met auto's geracet, ze rijden zeker "
     "120. Kunnen er flitspalen of drempels komen?"),
    ("Bezorgbusjes van pakketdiensten staan de hele dag dubbel geparkeerd in de "
     "Voorstraat, de bus kan er amper langs."),
    ("Er staat steeds een auto voor de ondergrondse containers geparkeerd waardoor "
     "de vuilniswagen ze niet kan legen. Kunnen daar paaltjes of een parkeerverbod "
     "komen?"),
    ("Op de grasberm langs de Kanaalweg parkeren mensen gewoon hun auto, er staat "
     "ook al een week een busje van een klusbedrijf. Mag dat?"),
    ("A camper van from outside the neighbourhood has been parked in our street for "
     "three weeks, taking up two spots. Is that allowed?"),
    ("deelscooters liggen kris kras over de stoep bij Utrecht Centraal, met een "
     "rolstoel kom je er gewoon niet langs"),
    ("Cars keep parking on the pavement in front of our house in Wittevrouwen, I "
     "can't get past with the pram. Who enforces this?"),
    ("Het groene licht bij de oversteek naar het gezondheidscentrum in Hoograven is "
     "veel te kort, mijn vader met rollator haalt de overkant niet. Kan dat langer?"),
    ("Vanuit ons hofje kun je de straat niet overzien als je eruit rijdt. Kun je een "
     "verkeersspiegel aanvragen?"),
    ("Het bord eenrichtingsverkeer aan het begin van de Nobelstraat is omgereden en "
     "ligt in de struiken, nu rijden mensen er verkeerd in."),
    ("Bij de wegwerkzaamheden op de Weg der Verenigde Naties staan geen "
     "omleidingsborden, al het verkeer rijdt nu door onze woonwijk."),
    ("Kunnen jullie de fietsenrekken bij station Zuilen eens opruimen? Er staan "
     "tientallen roestige fietsen waar al jaren niemand aan komt."),
    "How do I request a public charging point for my electric car? I don't have a driveway.",
    ("Ouders parkeren elke ochtend op het fietspad bij de basisschool in Leidsche "
     "Rijn om hun kinderen af te zetten. Er moet een kiss & ride komen of handhaving."),
    ("The junction of Maliebaan and Nachtegaalstraat is really dangerous for "
     "cyclists, cars turning right just don't look. Could it be made safer?"),
    ("Geachte heer/mevrouw, Hierbij verzoek ik u de snelheid op de Biltstraat te "
     "laten meten. Vrachtwagens rijden hier structureel veel harder dan toegestaan "
     "en de trillingen zijn in onze woningen voelbaar. Ik zie uw reactie graag "
     "tegemoet. Hoogachtend, J. Verbeek"),
    ("mijn auto is weggesleept terwijl ik dacht dat ik daar mocht staan, waar haal "
     "ik hem op en kan ik bezwaar maken"),
    ("Op de vergunningplekken staan steeds auto's zonder vergunning. Ik betaal "
     "ervoor en kan zelf nooit staan!"),
]

INITIATIEF = [
    ("Wij willen op 14 juni een straatfeest in de Bollenhofsestraat. Moet de straat "
     "afgesloten worden via een vergunning en wie regelt de dranghekken?"),
    ("Mogen we bij ons buurtfeest een dj tot 23.00 uur laten draaien, of hebben we "
     "daar een aparte ontheffing voor nodig?"),
    ("Hoi! Met een paar buren willen we een buurtbarbecue houden in het parkje aan "
     "de Thomas a Kempisweg. Moet je dat ergens melden?"),
    ("Onze buurtmoestuin aan de Zonnebloemstraat heeft geen water meer sinds de kraan "
     "is afgesloten. Kunnen we als tuingroep een eigen tappunt aanvragen?"),
    ("Ik wil twee stoeptegels voor mijn gevel eruit halen voor een geveltuin. Mag ik "
     "dat zelf doen of komt de gemeente dat doen?"),
    "kunnen wij als buren de boomspiegels in onze straat adopteren en er bloemetjes in zetten?",
    ("Idee: twee parkeerplekken in de Pijlstraat omtoveren tot een groen zitplekje "
     "met plantenbakken. Een paar buren willen het onderhouden. Hoe pakken we dat aan?"),
    ("Het speelveldje bij ons in Zuilen is saai, er staat alleen een wipkip. Wij als "
     "ouders hebben ideeen voor een natuurspeelplek en willen graag meedenken."),
    ("Kan ik bewonersbudget aanvragen voor een grote picknicktafel op ons pleintje, "
     "zodat buren elkaar daar kunnen ontmoeten? We zorgen zelf voor het onderhoud."),
    ("Wij organiseren elke dinsdag een koffieochtend voor ouderen in de wijk en "
     "zoeken een bijdrage voor koffie en koek. Bestaat daar een potje voor?"),
    ("We doen zaterdag een opschoonactie in Kanaleneiland met de kinderen van de "
     "straat. Kunnen we grijpers, vuilniszakken en hesjes lenen?"),
    ("Wij willen in maart meedoen met de Landelijke Opschoondag. Hoe regelen we dat "
     "de zakken die we verzamelen daarna worden opgehaald?"),
    ("Na een paar inbraken in onze straat willen we een buurtpreventie-appgroep "
     "beginnen. Hoe doe je dat goed en wat mag je wel en niet delen in zo'n groep?"),
    ("Ons buurtpreventieteam in Tuinwijk loopt 's avonds rondes. Kunnen we hesjes "
     "en zaklampen van de gemeente krijgen?"),
    ("Wij willen elke maand een repaircafe in het wijkcentrum houden. Bij wie moet ik "
     "zijn om een ruimte te reserveren?"),
    ("can we use a room in the community centre for a weekly Ukrainian language and "
     "coffee meetup? who do i ask"),
    ("Wij willen een muurschildering maken op de blinde muur naast de Albert Heijn, "
     "de eigenaar vindt het goed. Hebben we toestemming nodig en is er subsidie?"),
    "Mag ik een minibieb (boekenkastje op een paal) voor mijn huis op de stoep zetten?",
    ("We willen elke woensdagmiddag van onze straat een speelstraat maken, met "
     "hekjes aan beide kanten. Hoe vraag je dat aan?"),
    ("We'd like to organise a Halloween walk for the kids in our street through "
     "Park Transwijk. Do we have to register that anywhere?"),
    ("Dit jaar willen we met de straat een kerstboom met lichtjes op het pleintje "
     "zetten. Mag dat en is er ergens een stroompunt?"),
    ("Idee voor de berm langs de Waterlinieweg: stop met maaien en maak er een "
     "bloemenweide voor bijen van. Ik wil met een paar buren zaadjes zaaien."),
    ("Zouden we met de flat een buurtcomposthoop kunnen beginnen op het grasveld "
     "achter ons? Veel bewoners willen hun groenteafval zelf composteren."),
    ("Wij hebben een weggeefkast gebouwd en willen die bij het buurthuis neerzetten. "
     "Wie moet daar toestemming voor geven?"),
    ("Is there a neighbourhood budget in Utrecht for residents who want to start a "
     "community garden? We're a group of 8 in Lombok."),
    ("Is er iemand van de gemeente die ons kan helpen een buurtvereniging op te "
     "richten? We willen meer samen doen in de wijk maar weten niet waar te beginnen."),
    ("Een pingpongtafel op het plein bij de Wolga zou echt leuk zijn voor de jeugd "
     "die daar nu een beetje rondhangt. Kunnen we dat voorstellen?"),
    ("Geachte gemeente, Namens de bewonerscommissie van de Kapelweg dien ik een "
     "verzoek in voor het vergroenen van onze straat: gevelbankjes, plantenbakken en "
     "drie nieuwe bomen. Wij zijn bereid mee te betalen en het onderhoud van de "
     "bakken op ons te nemen. Graag hoor ik hoe de procedure verloopt. Met "
     "vriendelijke groet, R. Bakker"),
    ("we willen een fietsenreparatiemiddag voor kinderen in het buurthuis organiseren, "
     "kunnen we hiervoor wat budget krijgen voor onderdelen?"),
    ("How does adopting a piece of public green work? The strip next to our building "
     "in Hoograven is just bare soil and I'd love to plant it."),
]

AFVAL = [
    ("Na de verbouwing van onze badkamer heb ik een hoop oude tegels en een "
     "wastafel. Valt dat onder grofvuil of moet ik naar de milieustraat?"),
    ("We zijn verhuisd en de oude bank en kast staan nog in het oude huis. Kan ik een "
     "grofvuilafspraak maken voor het oude adres?"),
    ("Mijn vader is naar het verpleeghuis gegaan en we moeten zijn flat leegruimen. "
     "Kunnen jullie een bed, twee matrassen en twee kasten ophalen?"),
    ("Ik ben verhuisd naar de Rivierenwijk. Werkt mijn oude containerpas hier ook of "
     "moet ik een nieuwe aanvragen?"),
    ("De gft-container bij ons voor de deur stinkt vreselijk met deze hitte en zit "
     "vol maden. Kan die vaker geleegd of schoongemaakt worden?"),
    "het deksel van de papiercontainer op de hoek is kapot en klappert de hele nacht in de wind, erg irritant",
    ("Na dit zonnige weekend ligt het Wilhelminapark vol met blikjes, pizzadozen en "
     "wegwerpbarbecues. Wie ruimt dat op?"),
    ("In de Kromme Rijn bij de brug drijft een hoop plastic en iemand heeft er een "
     "winkelwagentje in gegooid."),
    ("Iemand heeft drie matrassen in de portiek van onze flat aan de Marco Pololaan "
     "gedumpt. De corporatie zegt dat de gemeente het moet weghalen."),
    ("The bin at the bus stop on Amsterdamsestraatweg has been overflowing for days, "
     "rubbish is blowing all over the street."),
    ("Kan er een extra afvalbak komen bij het hondenuitlaatveld in Leidsche Rijn? De "
     "enige die er staat zit altijd vol met poepzakjes."),
    ("Voor het cafe op de Neude liggen elke ochtend honderden peuken en plastic "
     "bekertjes. Moeten zij dat niet zelf opruimen?"),
    "Rondom de glasbak bij het Ledig Erf ligt overal glas, fietsers rijden er zo doorheen.",
    "When do you collect Christmas trees in Zuilen? Is that on the waste calendar?",
    "Where can I bring old paint tins and batteries? I'm redecorating my flat.",
    ("we hebben nog steeds geen groene bak gekregen sinds we in de nieuwbouw in "
     "Rijnvliet wonen, al 3x gebeld"),
    ("Er staat al een week een koelkast op de stoep in de Kanaalstraat, half op het "
     "fietspad. Niemand haalt hem weg."),
    ("Eind juni vertrekken de studenten en dan ligt onze straat in de Vogelenbuurt "
     "vol met banken, matrassen en zakken. Kan er dan extra worden opgehaald?"),
    ("Mijn buurvrouw van 88 kan haar grofvuil niet naar beneden krijgen. Kunnen "
     "jullie het ook uit de berging halen, of moet het echt aan de straat?"),
    ("Na Koningsdag zijn alle containers in de binnenstad overvol en staan er overal "
     "zakken naast. Wordt er nog extra geleegd?"),
    ("My container pass stopped working this week, the underground bin in Lombok "
     "just beeps red. Do I need a new one?"),
    ("Vuilniswagen heeft onze straat (Ravellaan) vandaag overgeslagen, de "
     "plastic zakken staan er nog. Komt die nog terug?"),
    ("Op de hoek van het speelveld in Overvecht worden steeds bouwafval en oude "
     "autobanden gedumpt. Het is echt een dumpplek geworden."),
    "hoi ik ben mn containerpasje kwijt, hoe kom ik aan een nieuwe",
    ("Wanneer wordt het oud papier opgehaald in Tuindorp? Ik kan de kalender nergens "
     "vinden op de site."),
    ("Geachte heer/mevrouw, Al meer dan een maand is de ondergrondse "
     "restafvalcontainer aan de Gerard Doustraat defect: de klep gaat niet open. "
     "Bewoners zetten hun zakken daarom naast de container. Ik verzoek u vriendelijk "
     "de container te laten repareren. Met vriendelijke groet, M. Jansen"),
    ("Bij de volkstuinen langs de Vecht worden zakken tuinafval in de berm gedumpt. "
     "Kan dat worden opgeruimd?"),
    "Kan ik een grofvuilafspraak maken voor een oude trampoline? Het frame is gebroken.",
    ("There are black bags piled up next to the containers on Biltstraat every "
     "weekend, I think someone is dumping restaurant waste there."),
    ("Hoeveel keer per jaar mag ik gratis grofvuil laten ophalen? Ik ga binnenkort "
     "mijn zolder opruimen."),
]

OPENBARE_RUIMTE = [
    ("Op het pad door het Zocherpark zijn drie lantaarns kapot, het is daar 's "
     "avonds aardedonker en het voelt echt onveilig."),
    ("De lantaarnpaal naast het zebrapad op de Burgemeester Reigerstraat doet het "
     "niet meer, je ziet overstekende mensen pas heel laat."),
    ("Er zit een flink gat in het fietspad langs de Kennedylaan, vlak na de brug. "
     "Met de fiets knal je er zo in."),
    ("De boomwortels drukken het fietspad op de Croeselaan zo omhoog dat er een "
     "soort schans is ontstaan."),
    ("Mijn moeder is vorige week over een losse stoeptegel voor de apotheek in "
     "Overvecht gestruikeld. Ze is gelukkig oke, maar die tegel ligt er nog steeds los."),
    ("Bij de oversteek naar de Albert Heijn is de stoep niet verlaagd, met een "
     "scootmobiel kom je er niet op. Kan er een stoepverlaging komen?"),
    ("Langs de Vaartsche Rijn zijn alle bankjes weggehaald. Voor ouderen die een "
     "stukje wandelen is er nu nergens meer om even te zitten."),
    ("De schommel in de speeltuin aan de Johannes de Bekestraat hangt al twee weken "
     "aan een ketting. Kan die gerepareerd worden?"),
    ("Iemand heeft de hele zijmuur van buurthuis De Leeuw volgespoten met graffiti. "
     "Kan dat verwijderd worden?"),
    ("De takken van de linde voor ons huis hangen tegen onze ramen en in de dakgoot. "
     "Kan de boom gesnoeid worden?"),
    "Mag ik de grote berk in mijn eigen achtertuin laten kappen of heb ik een kapvergunning nodig?",
    ("de putten in onze straat zijn verstopt met bladeren, na elke regenbui staat de "
     "hele straat blank tot aan de voordeur"),
    ("Na de hoosbui van gisteren stond het water op de Oudenoord zo hoog dat het bij "
     "ons het souterrain inliep. De straatkolken kunnen het gewoon niet aan."),
    "onkruid tussen de tegels op ons pleintje staat kniehoog, word dat nog bijgehouden?",
    ("The grass on the verge along Thomas a Kempisweg hasn't been mowed in months, "
     "it's knee high and full of thistles."),
    ("Na de storm staat een boom in het Maximapark scheef en de wortels komen half "
     "uit de grond. Kan iemand ernaar kijken?"),
    ("Het putdeksel midden in onze straat klappert elke keer als er een auto "
     "overheen rijdt, dat hoor je tot diep in de nacht."),
    ("Die nieuwe ledlamp in de lantaarnpaal schijnt recht onze slaapkamer in, het "
     "lijkt wel daglicht. Kan er een kapje op?"),
    ("The street lights on Prins Hendriklaan have been on during the day all week, "
     "what a waste of energy."),
    "De fontein in het Griftpark doet het al maanden niet en de vijver is groen van de algen.",
    ("Het poortje van het hek rond de speeltuin in Kanaleneiland sluit niet meer, "
     "daardoor lopen er steeds honden de speeltuin in."),
    "Het trappetje naar de werf bij de Oudegracht is spekglad van het mos.",
    ("De leuning op het bruggetje over de Vaartsche Rijn bij de Jansbrug zit los, "
     "hij beweegt als je erop leunt."),
    ("Doordat er steeds auto's over de berm rijden is het gras bij de Marnixlaan een "
     "grote modderbak geworden. Kan de berm hersteld worden?"),
    ("There's graffiti all over the electricity box and the bench at the corner of "
     "our street in Wittevrouwen, it's been there for weeks."),
    "The drinking water tap in Park Lepelenburg isn't working anymore.",
    "De picknicktafel in het Julianapark is half doorgerot, er steken spijkers uit.",
    ("Geachte heer/mevrouw, Op het trottoir voor de woningen aan de Adriaen van "
     "Ostadelaan zijn de tegels door verzakking scheef komen te liggen. Met name voor "
     "bewoners met een rollator levert dit problemen op. Graag verzoek ik u het "
     "trottoir te herstellen. Met vriendelijke groet, A. de Groot"),
    ("A dead branch broke off one of the trees in the Wilhelminapark playground and "
     "is lying in the sandpit. Could someone come and remove it?"),
    ("Het bankje bij ons speeltuintje is gesloopt, alleen de poten staan er nog. "
     "Komt er een nieuwe?"),
]

ZORG = [
    ("Mijn buurman van boven de 80 laat zijn vuilniszakken al weken op het balkon "
     "staan en het begint te stinken. Ik denk dat hij het allemaal niet meer overziet."),
    ("Mijn oudere buurvrouw krijgt haar vuilniszak niet meer naar de container en "
     "laat hem in het trappenhuis staan. Is er hulp voor haar?"),
    ("Vannacht liep mijn buurman met dementie in zijn pyjama op straat, ik heb hem "
     "weer thuisgebracht. Het is de tweede keer. Wie kan ik hierover inlichten?"),
    ("De man op de derde verdieping praat en schreeuwt 's nachts in zichzelf, ik "
     "denk dat hij psychisch in de knel zit. Ik wil geen klacht indienen, ik maak "
     "me zorgen om hem."),
    ("Mijn eenzame buurvrouw belt elke dag vijf keer aan om te praten. Ik gun haar "
     "het contact, maar ik kan het niet alleen opvangen. Kan er iemand bij haar "
     "langsgaan?"),
    ("Hoe vraag ik huishoudelijke hulp aan via de Wmo? Ik heb een nieuwe heup en kan "
     "thuis niet meer stofzuigen."),
    ("Mijn man heeft MS en kan de trap niet meer op. Kunnen we via de gemeente een "
     "traplift of een andere woningaanpassing krijgen?"),
    ("Hoe kom ik aan een scootmobiel? Ik loop steeds moeilijker en kom niet meer "
     "op de markt op het Vredenburg."),
    ("Is er vervoer voor ouderen in Utrecht? Mijn moeder moet twee keer per week "
     "naar de dagbesteding en kan niet meer fietsen."),
    "ik heb schulden en durf mn post niet meer open te maken. kan het buurtteam me helpen?",
    ("Waar kan ik in Kanaleneiland mensen ontmoeten? Sinds mijn vrouw overleden is "
     "zit ik de hele dag alleen thuis."),
    ("Are there any activities for lonely international students? I moved here for "
     "my master's and I haven't really talked to anyone in weeks."),
    ("Ik ben mantelzorger voor mijn moeder en ik trek het niet meer. Is er iets van "
     "respijtzorg of iemand die het even kan overnemen?"),
    ("Mijn zoon van 19 zit al maanden op zijn kamer, gaat niet meer naar school en "
     "praat nauwelijks. Waar kan ik terecht voor hulp?"),
    ("In de fietsenstalling van onze flat slaapt al een paar nachten een man. Hij "
     "doet niemand kwaad maar het is koud en ik maak me zorgen om hem."),
    ("De tuin van mijn oude buurman in Tuindorp is een wildernis geworden, zijn "
     "gordijnen blijven dicht en hij is erg vermagerd. Wie kan eens bij hem langs?"),
    ("Our elderly neighbour seems more and more confused, she asked me three times "
     "today what day it is. Who should we contact?"),
    "what's the phone number of the buurtteam in Overvecht?",
    ("Kan iemand van het wijkteam helpen met het invullen van formulieren? Mijn "
     "buurman komt uit Syrie en begrijpt de brieven van instanties niet."),
    ("My father lives alone and isn't eating properly anymore. Is there a meal "
     "service in Utrecht?"),
    ("Ik zoek dagbesteding voor mijn vader met beginnende alzheimer, in de buurt "
     "van Zuilen. Hoe regel je zoiets?"),
    ("Is er in Leidsche Rijn een vrijwilliger die boodschappen kan doen voor mijn "
     "oma? Ze is slecht ter been en woont alleen."),
    ("Geachte medewerker, Graag uit ik mijn zorgen over mijn buurvrouw op nummer 12. "
     "Sinds enkele maanden verzamelt zij grote hoeveelheden spullen, waardoor haar "
     "woning nauwelijks nog begaanbaar is. Zij lijkt dit zelf niet als probleem te "
     "zien. Kan het buurtteam contact met haar opnemen? Met vriendelijke groet, "
     "H. Visser"),
    ("mn buurvrouw zegt dat ze zich zo somber voelt de laatste tijd, ze komt haar "
     "huis bijna niet meer uit. hoe kan ik haar helpen zonder dat het raar wordt"),
    ("Ik word binnenkort 75 en zie op tegen de winter alleen. Zijn er in Hoograven "
     "activiteiten of een inloop waar ik koffie kan drinken met anderen?"),
    ("Can the neighbourhood team help me find a psychologist? I've been struggling "
     "with anxiety since I lost my job."),
    ("Mijn buren hebben een kindje met een beperking en de moeder is doodop. Kan "
     "iemand van de gemeente kijken welke ondersteuning ze kunnen krijgen?"),
    ("Buurman heeft zoveel katten in huis dat hij ze niet meer kan verzorgen, en "
     "zichzelf eigenlijk ook niet. Hij is nog wel vriendelijk. Wie kan helpen?"),
    ("Ik ben net uit de kliniek en woon weer zelfstandig. Kan iemand van het "
     "buurtteam me af en toe ondersteunen?"),
    ("Hoi, ik wil graag een afspraak met iemand van het wijkteam, het gaat over de "
     "opvoeding van mijn puberdochter"),
]

WONEN = [
    ("De cv-ketel in onze huurwoning van Mitros is kapot en het is binnen 14 graden. "
     "De corporatie zegt dat er pas volgende week een monteur kan komen. Wat kan ik doen?"),
    ("In de kinderkamer zit zwarte schimmel op de muur en onze dochter hoest steeds. "
     "Bo-Ex zegt dat we meer moeten luchten. Wie kan ons helpen?"),
    ("Van de bovenburen lekt water door ons plafond, hun badkamer lekt al maanden. "
     "Wij huren allebei van Portaal."),
    ("In onze nieuwbouwflat hoor je de buren letterlijk praten. Kan de corporatie "
     "verplicht worden om betere geluidsisolatie aan te brengen?"),
    ("Ik ben net gescheiden en slaap met twee kinderen bij mijn moeder op de bank. "
     "Kan ik urgentie aanvragen voor een woning?"),
    ("Mijn moeder (82) woont op driehoog zonder lift. Hoe vindt zij een "
     "gelijkvloerse seniorenwoning in Utrecht?"),
    "My rent went up 7% this year on a social housing flat, is that even allowed?",
    ("Mag ik zonder vergunning een dakkapel aan de achterkant van mijn huis in "
     "Oog in Al plaatsen?"),
    ("We wonen in een monument aan de Nieuwegracht en willen zonnepanelen. Kan dat "
     "en welke vergunning hoort daarbij?"),
    ("De lampen in het trappenhuis van onze portiekflat zijn al twee weken kapot, "
     "het is er 's avonds pikdonker. Onze verhuurder is Mitros."),
    ("De voordeur van onze galerijflat sluit niet meer, waardoor iedereen zo naar "
     "binnen loopt. Wie moet dat repareren?"),
    ("lift in onze flat in Overvecht is wéér kapot, 3e keer deze maand, en ik woon "
     "op 9 hoog met een kinderwagen"),
    ("De afvoer van onze douche is verstopt en het water komt weer omhoog. Het is "
     "een huurwoning van een particuliere verhuurder, wie moet dat betalen?"),
    ("Ik heb een eigen huis en na elke regenbui staat er water in de kruipruimte. "
     "Kan de gemeente me adviseren of is dat mijn eigen probleem?"),
    ("My landlord charges 950 euros for a 14 m2 student room in Utrecht. Is that "
     "legal and where can I check it?"),
    ("Onze particuliere verhuurder repareert het kapotte keukenraam al een half jaar "
     "niet. Kan het Huurteam ons helpen?"),
    ("Hoe schrijf ik me in bij WoningNet voor een sociale huurwoning en hoe lang is "
     "de wachttijd in Utrecht ongeveer?"),
    ("De schutting van onze achtertuin is omgewaaid, het is een huurwoning van "
     "Portaal. Moet ik dat zelf maken of zij?"),
    ("De mechanische ventilatie in onze huurflat maakt zo'n herrie dat we er niet van "
     "kunnen slapen. De verhuurder reageert niet."),
    ("Ik woon antikraak en het contract stopt over zes weken. Ik heb geen ander "
     "adres. Waar kan ik terecht?"),
    ("Ik wil de muur tussen keuken en kamer weghalen in mijn koopwoning. Heb ik "
     "daar een vergunning van de gemeente voor nodig?"),
    ("wij zijn een gezin met 3 kinderen in een tweekamerflat, kan ik ruilen met "
     "iemand die groter woont?"),
    ("Hi, there's mould all around the windows of my rented flat in Kanaleneiland and "
     "the housing association won't come. What are my rights?"),
    ("Bij het verbouwen van mijn huis uit 1965 vond ik platen waarvan ik denk dat het "
     "asbest is. Moet ik dat melden en mag ik het zelf weghalen?"),
    ("Geachte heer/mevrouw, Sinds november zijn er ernstige vochtproblemen in mijn "
     "huurwoning aan de Damstraat. Ondanks herhaalde meldingen bij mijn verhuurder is "
     "er nog niets hersteld. Kunt u mij adviseren welke stappen ik kan zetten? "
     "Hoogachtend, K. El Amrani"),
    ("Onze corporatie gaat de hele flat renoveren en we moeten tijdelijk ergens "
     "anders wonen. Hebben we recht op een vergoeding?"),
    ("Kan ik als starter ergens terecht voor hulp bij het zoeken naar een betaalbare "
     "woning in Utrecht? Ik woon nu nog bij mijn ouders in Houten."),
    ("De dakgoot van onze huurwoning lekt en er loopt water langs de gevel naar "
     "binnen. De woningbouw komt maar niet."),
    ("Mag ik als huurder zelf een nieuwe keuken plaatsen, en moet ik die bij vertrek "
     "weer weghalen?"),
    ("I'm a student and my landlord says the municipality found out my room is "
     "rented out without a permit. Do I have to leave? Where can I get advice?"),
]

OVERIG = [
    "Ik ga verhuizen naar Leidsche Rijn, hoe geef ik mijn nieuwe adres door?",
    ("Ik heb de aanslag OZB voor mijn woning gekregen en de WOZ-waarde is veel te "
     "hoog. Hoe maak ik bezwaar?"),
    "Moet je in Utrecht hondenbelasting betalen? We hebben net een puppy.",
    ("Kan ik kwijtschelding krijgen van mijn gemeentelijke belastingen? Ik heb alleen "
     "een uitkering."),
    "Wie is de wijkregisseur van Kanaleneiland en hoe bereik ik die?",
    ("Als ik hier een melding doe over mijn buren, krijgen zij dan te zien dat het "
     "van mij komt?"),
    "What happens to my data in this chat? I'd like everything I typed deleted.",
    "Zit daar nou een echt persoon achter of praat ik met een computer?",
    "Waarom zet je mijn vraag bij afval? Ik vroeg iets heel anders.",
    "Kan ik hier ook een foto meesturen?",
    "Hallo, is daar iemand?",
    "Wanneer is het Stadskantoor open? En moet ik altijd een afspraak maken?",
    ("Mijn paspoort verloopt over twee maanden en ik ga in juni op vakantie. Hoe snel "
     "kan ik een nieuwe krijgen?"),
    "Need an ID card for my 6 year old, do both parents have to come to the appointment?",
    "mn rijbewijs moet verlengt worden, kan dat bij jullie?",
    ("Ik ben gisteren mijn portemonnee verloren in de tram naar de Uithof. Heeft "
     "iemand hem bij de gemeente afgegeven?"),
    ("Ik heb een uittreksel uit de BRP nodig voor mijn nieuwe huurcontract. Hoe vraag "
     "ik dat aan?"),
    "We willen trouwen in het stadhuis. Hoe ver van tevoren moet je dat regelen?",
    "Hoe geef ik de geboorte van onze dochter aan?",
    ("Ik heb een klacht over de manier waarop een medewerker mij aan de telefoon te "
     "woord stond."),
    "Bedankt voor de snelle hulp, fijne dag nog!",
    "Waar is mijn stembureau voor de gemeenteraadsverkiezingen?",
    "We're moving back to Spain next month. How do we deregister from Utrecht?",
    "weet jij hoe laat de Jaarbeurs vandaag open is?",
    "Kun je me ook in het Engels of in het Arabisch antwoorden?",
    "Ik zoek een vacature bij de gemeente Utrecht, waar staan die?",
    ("Geachte heer/mevrouw, Graag ontvang ik informatie over de procedure voor "
     "naturalisatie en de datum van de eerstvolgende naturalisatieceremonie. "
     "Met vriendelijke groet, D. Osei"),
    "Welk telefoonnummer moet ik bellen voor de gemeente, is dat 14 030?",
    "What's the weather going to be like tomorrow in Utrecht?",
    ("Wie is de wijkregisseur voor mijn straat? Ik woon in Lunetten en wil hem iets "
     "persoonlijk vragen."),
]
