"""Independently written batch m, Nov 2026: theme boundaries."""

OVERLAST = [
    # rats near the containers: rats are overlast even at a waste spot
    ("Bij de ondergrondse containers op de Kanaalstraat zitten 's avonds echt tientallen ratten, "
     "ze rennen gewoon over de stoep. Kan de gemeente daar iets aan doen?"),
    # neighbours burning waste: smoke/odour nuisance from neighbours, not a waste collection issue
    ("de buren op nr 14 stoken elk weekend hun afval op in een vuurkorf in de tuin, plastic en al. "
     "de stank trekt ons huis in en ik kan mn was niet buiten hangen. wie moet ik hiervoor hebben"),
    # scooters on a car park: the complaint is the noise of the group, not parking
    ("Elke avond hangt er een groep jongens met scooters op het parkeerterrein achter de Jumbo in "
     "Overvecht, motoren laten brullen tot 1 uur 's nachts. Het gaat me niet om het parkeren, het "
     "gaat om de herrie."),
    # dog fouling on a grass field: dog fouling is overlast, not grass maintenance
    ("Het grasveldje aan de Marnixlaan ligt vol hondenpoep, mijn kinderen kunnen er niet meer "
     "spelen. Worden hondenbezitters hier ooit op aangesproken?"),
    ("Hoi, boven de winkels aan de Amsterdamsestraatweg nestelen honderden duiven, de stoep eronder "
     "is wit van de poep. Wie gaat er over duivenoverlast?"),
    # glass container mentioned, but the complaint is a bar making noise at night
    ("Hi, the bar on the corner of our street in Lombok dumps its empty bottles in the glass "
     "container at 2am every night, the crashing wakes up the whole street. I'm not asking for the "
     "container to be emptied, I just want them to stop doing it at night."),
    # vandalism of bikes by a group: vandalism = overlast, not a verkeer/bicycle matter
    ("Al drie keer dit jaar zijn bij ons in de fietsenstalling aan de Briljantlaan banden lek "
     "gestoken en lampjes eraf getrokken. Er loopt 's nachts een groepje rond dat hier lol in "
     "heeft. Kan de wijkregisseur hier eens naar kijken?"),
    ("Het shoarmarestaurant onder ons in Vleuten heeft een afzuiging die recht op onze slaapkamer "
     "blaast. Frituurlucht tot middernacht. Dit is toch niet normaal?"),
    # renovation noise from neighbours: overlast, the resident has no housing problem of their own
    ("mn bovenburen zijn al 4 maanden aan het verbouwen, boren en hakken ook op zondag om 8 uur. "
     "ik huur zelf en heb verder niks aan mn huis, het gaat puur om de herrie. mag dat zomaar?"),
    # fireworks at a playground: about the fireworks, not the playground
    ("Sinds half november wordt er in Kanaleneiland-Zuid elke avond zwaar vuurwerk afgestoken bij "
     "het speeltuintje. Mijn hond durft niet meer naar buiten. Vanaf wanneer mag dat eigenlijk?"),
    ("Is there anything the municipality can do about a neighbour whose dog barks nonstop while "
     "he's at work? I work from home in Wittevrouwen and it's literally 8 hours a day."),
    # loitering group at a bench: the bench is fine, the group is the problem
    ("Het bankje bij de vijver in Park Transwijk is elke avond bezet door een groep die drinkt, "
     "blowt en voorbijgangers naroept. Het bankje zelf is prima hoor, maar ik loop er met een boog "
     "omheen."),
    # dealing from a parked car: drug dealing = overlast, not a parking complaint
    ("Er staat bijna elke avond een witte auto met draaiende motor op de hoek van de Johannes "
     "Camphuysstraat, mensen lopen even naar het raampje en weer weg. Ik denk dat er gedeald wordt. "
     "Niet acuut, maar het gaat al weken zo."),
    # odour from neighbours entering a rented flat: nuisance, not a housing repair
    ("Onderburen roken de hele dag wiet op hun balkon en het komt via onze ventilatieroosters "
     "binnen. We huren bij Mitros maar het huis zelf is verder in orde. Wat kan ik doen?"),
    ("bij ons aan de oudegracht komen na sluitingstijd steeds groepjes dronken mensen langs die "
     "schreeuwen en tegen de voordeuren plassen. ik weet dat het de binnenstad is maar 3 nachten "
     "per week is echt te veel"),
    ("Op het dak van het appartementencomplex naast ons in Leidsche Rijn broeden meeuwen, vanaf 4 "
     "uur 's ochtends krijsen ze. Kan de gemeente iets doen of is dat de VvE?"),
    # parties in the community centre: noise complaint, not a request to use the centre
    ("Het buurthuis in Zuilen wordt in het weekend verhuurd voor feesten, muziek tot 2 uur en "
     "bezoekers die daarna nog op straat blijven hangen. Leuk dat het buurthuis gebruikt wordt, "
     "maar dit gaat te ver."),
    # rats attracted by a neighbour feeding birds: rats = overlast
    ("De buurvrouw gooit elke dag brood en frituurvet in haar tuin voor de vogels en nu hebben wij "
     "ratten onder de schuur. Ze wil er niet over praten. Help"),
    # residents' planters kicked over: vandalism by a group = overlast, not the initiative itself
    ("De plantenbakken die wij als buurt op het Willem van Noortplein hebben neergezet worden elke "
     "week omgetrapt door een groepje jongeren. Zo heeft het weinig zin. Wie kan die jongens eens "
     "aanspreken?"),
    # parked car with loud music: noise nuisance, not a parking problem
    ("iemand parkeert elke avond rond 23u onder ons raam in de Thomas a Kempisweg en laat dan een "
     "half uur de muziek keihard aanstaan met de ramen open. de bas dreunt door het hele huis"),
    ("Kan iemand eens controleren of het terras van het café op de Twijnstraat wel om 23u dicht "
     "gaat? Het is elke avond tot half 1 gezellig luidruchtig onder mijn raam."),
    # cats in a stairwell: animal nuisance and smell, the landlord angle is secondary
    ("There's a guy in my building in Overvecht who feeds stray cats in the stairwell, now there "
     "are like 8 of them and the smell of cat pee is horrible. The housing corp says it's not their "
     "problem."),
    # dogs off the leash in a park: dog rules = overlast, not park upkeep
    ("In het Julianapark lopen steeds grote honden los op het speelveldje terwijl daar kleine "
     "kinderen zijn. Geldt daar geen aanlijnplicht?"),
    ("De bouwplaats aan de Croeselaan begint elke ochtend om half 7 met heien, ook op zaterdag. "
     "Mag dat zomaar van de gemeente??"),
    # playground used as a hangout: the group is the problem, nitrous canisters are a side note
    ("de speeltuin in Hoograven bij de Van Zijstweg wordt 's avonds gebruikt als hangplek, overal "
     "lachgaspatronen en ze intimideren de kinderen die er nog spelen. de toestellen zijn ok, het "
     "gaat om de groep"),
    # neighbour's heat pump humming: noise from a neighbour, not a question about one's own home
    ("De warmtepomp van de buren staat pal tegen onze slaapkamermuur en zoemt de hele nacht door. "
     "Bestaat daar een regel voor hoeveel geluid zo'n ding mag maken?"),
    ("Hey, someone in our street in Oog in Al lets their dog poop on the pavement right in front of "
     "my door every morning and just walks off. Can you put up a sign or fine them or something?"),
    # holiday let next door: the resident wants the noise to stop, not a housing answer
    ("In het huis naast ons wordt volgens mij aan toeristen verhuurd, elk weekend andere mensen met "
     "rolkoffers die tot diep in de nacht in de tuin feesten. Wij willen gewoon weer kunnen slapen."),
    "weer die herrie van de shishalounge op de hoek, elke nacht hetzelfde liedje. ik ben het zo zat",
    ("Wij hebben al een jaar gedoe met de buren over hun harde muziek, praten helpt niet meer. "
     "Bestaat er in Utrecht zoiets als buurtbemiddeling?"),
]

VERKEER = [
    # parked van blocks the waste truck: the fix is parking enforcement
    ("Er staat sinds vorige week een busje zo geparkeerd in de Bollenhofsestraat dat de "
     "vuilniswagen er niet meer langs kan. Onze container is nu al twee keer niet geleegd. Kan er "
     "iemand komen handhaven op dat busje?"),
    # abandoned bicycle = verkeer even though it looks like junk
    ("Aan het hek bij station Zuilen staat al sinds de zomer een fiets zonder voorwiel, helemaal "
     "verroest. Kan die weggehaald worden? Het ziet eruit als grofvuil."),
    ("Het voetgangerslicht op de kruising Vleutenseweg / Thomas à Kempisweg springt niet meer op "
     "groen, de knop doet niks. Mensen steken nu gewoon door rood over."),
    # missing one-way sign after sewer works: missing traffic sign = verkeer
    ("Na de rioleringswerkzaamheden in Tuindorp is het bord 'eenrichtingsverkeer' bij de "
     "Kastanjelaan niet teruggezet. Er rijden nu auto's de verkeerde kant op."),
    ("Cars keep parking on the cycle lane on Kanaalweg, right by the recycling bins, to pop into the "
     "supermarket. I have to swerve into traffic every single day. Can enforcement come by sometime?"),
    ("Kunnen er drempels komen in de Ravellaan? Sinds de school er zit wordt er door ouders echt te "
     "hard gereden bij het halen en brengen."),
    # speeding next to a playground: traffic measure request, not playground upkeep
    ("Naast de nieuwe speeltuin in Parkwijk rijden auto's gewoon 50 door de woonstraat. Kunnen daar "
     "bordjes 'spelende kinderen' komen of kan het een 30-zone worden?"),
    # wheelchair user blocked by cars on the pavement: parking, not a care request
    ("Mijn moeder zit in een rolstoel en kan door de auto's die half op de stoep staan in de Jan "
     "Pieterszoon Coenstraat niet meer langs. Ze moet dan de weg op. Kan daar gehandhaafd worden?"),
    # disabled parking space = verkeer (FAQ gehandicaptenparkeerplaats)
    ("Ik heb sinds mijn heupoperatie een gehandicaptenparkeerkaart. Hoe vraag ik een eigen "
     "invalidenparkeerplaats aan voor de deur in Hoograven?"),
    # moving house is mentioned, but the question is about the parking permit
    ("ik verhuis 1 december naar de Oosterstraat in Wittevrouwen, moet ik mijn parkeervergunning "
     "opnieuw aanvragen of verhuist die gewoon mee?"),
    ("hi, how long is the waiting list for a parking permit in the city centre? I just moved here "
     "from Germany for work and I have a car"),
    ("Die rotonde bij de Europalaan is echt een gekkenhuis, fietsers hebben daar geen voorrang maar "
     "niemand snapt dat. Kan er een duidelijker bord of markering komen?"),
    # worn-out zebra crossing near a school: crossing safety = verkeer
    ("Het zebrapad bij de basisschool in Lunetten is bijna helemaal weggesleten. Automobilisten "
     "zien het niet meer en stoppen niet voor de kinderen."),
    # abandoned bikes full of rubbish: abandoned bicycles = verkeer, not litter
    ("In het fietsenrek bij de bieb op de Neude staan zeker tien weesfietsen met lekke banden en "
     "troep in de mandjes. Daardoor is er nooit plek. Worden die ooit gelabeld en opgehaald?"),
    # cars parked on the grass: the resident wants parking enforcement, not grass repair
    ("Bij de flats aan de Einsteindreef parkeren mensen 's avonds gewoon op het gras omdat er te "
     "weinig plekken zijn, het grasveld is één grote modderpoel. Kan daar op gehandhaafd worden?"),
    ("Al drie maanden staat er een camper met Duits kenteken in onze straat in Oog in Al, hij neemt "
     "twee plekken in en de eigenaar komt er nooit naar kijken. Mag dat zomaar?"),
    ("The traffic light for cyclists at the Catharijnesingel crossing stays green for like 5 "
     "seconds, half of us end up going through on red. Can someone look at the timing?"),
    # signatures collected by residents: still a request for a traffic measure, not an initiative
    ("Namens een groep bewoners van de Pijlsweerdstraat: we hebben handtekeningen verzameld en "
     "willen graag dat onze straat een 30 km-straat wordt. Bij wie moeten we die inleveren?"),
    ("elke ochtend staan de bevoorradingswagens vd supermarkt op het fietspad aan de "
     "Amsterdamsestraatweg te lossen. fietsers moeten er tussen de auto's door omheen. kan dat "
     "anders geregeld worden"),
    # shared scooters littering the pavement: parking nuisance, not waste
    ("Overal op de stoep in de binnenstad liggen deelscooters en deelfietsen kriskras door elkaar, "
     "mensen met een blindenstok struikelen erover. Wie ruimt die op, of wie kan ik daarop "
     "aanspreken?"),
    # damaged priority sign = verkeer, not general street furniture
    ("Het voorrangsbord op de hoek van de Burgemeester Reigerstraat ligt al een week plat in de "
     "berm, iemand is er waarschijnlijk tegenaan gereden. Graag terugplaatsen."),
    # car blocking the waste chute: the requested fix is a parking ban
    ("Bij de ondergrondse container aan de Kijkduinlaan staat vaak een auto pal voor de inwerpzuil "
     "geparkeerd, je krijgt je zak er gewoon niet in. Kan daar een parkeerverbod komen?"),
    ("Is it allowed to park a boat trailer on the street for months? My neighbour in Vleuten has "
     "had one there since spring, it's full of dead leaves and rubbish and it takes the only spot "
     "near my house."),
    # street racing: the resident's concern is road safety, noise is secondary
    ("Op de Weg der Verenigde Naties wordt 's nachts geracet, echt scheurende auto's. Ik hoor het "
     "wel, maar ik maak me vooral zorgen dat er een keer een fietser wordt geraakt. Kunnen er "
     "flitspalen of drempels komen?"),
    ("Het is elke ochtend chaos bij de Jenaplanschool in Tuindorp: ouders parkeren dubbel, keren op "
     "de stoep en rijden achteruit tussen de fietsende kinderen door. Kan er een kiss & ride of een "
     "verbod komen?"),
    # abandoned car without plates: abandoned vehicle on a parking lot, handled as verkeer
    ("Er staat al weken een auto zonder nummerborden op de parkeerplaats aan de Marco Polohof, "
     "lekke banden, ruit eruit. Dat is toch gewoon gedumpt? Wie sleept zoiets weg?"),
    # bikes locked to trees and benches: shortage of bicycle parking = verkeer
    ("waarom zijn er zo weinig fietsenrekken bij station Vaartsche Rijn? iedereen zet zn fiets nu "
     "tegen de bomen en bankjes"),
    "drempels op de mississippidreef aub, daar wordt gereden als een stel gekken",
    # graffiti on a stop sign: the point is an unreadable traffic sign, not graffiti removal
    ("Op het stopbord bij de uitrit van het fietspad langs het Merwedekanaal is zoveel graffiti "
     "gespoten dat je 'STOP' niet meer kunt lezen. Auto's rijden gewoon door."),
    ("Geachte heer/mevrouw, hierbij wil ik melden dat de verkeerssituatie bij de uitrit van het "
     "bouwterrein aan de Kanaalweg gevaarlijk is: vrachtwagens draaien over het fietspad zonder "
     "verkeersregelaar. Ik verzoek u dit te laten controleren."),
]

INITIATIEF = [
    # clean-up organised by residents = initiatief, not an afval report
    ("Wij willen met de buurt op zaterdag 14 maart een opruimactie houden langs de Vecht in Zuilen, "
     "er ligt zoveel zwerfafval. Kunnen we grijpers, zakken en hesjes lenen, en komt iemand de "
     "zakken daarna ophalen?"),
    # a speeding campaign by parents themselves = initiatief
    ("Een paar ouders uit Hoograven willen zelf een actie starten tegen hardrijden: spandoeken aan "
     "de hekken, zelfgemaakte bordjes 'hier spelen onze kinderen'. Mag dat en is daar geld voor?"),
    # facade garden: initiatief even though paving tiles come out
    ("Mag ik een geveltuintje aanleggen voor mijn huis in de Dichterswijk? De stoep is breed genoeg. "
     "Moet ik de tegels er zelf uithalen of doet de gemeente dat?"),
    # adopting tree pits = initiatief, the dog mess is only the reason
    ("In onze straat in Lombok zijn de boomspiegels alleen maar zand en hondenpoep. Wij willen ze "
     "graag adopteren en er bloemen in zetten. Hoe werkt dat?"),
    ("Hi! A few of us in Leidsche Rijn want to turn the empty lot behind the school into a "
     "community vegetable garden. Who do we talk to about using the land, and is there any "
     "funding?"),
    # neighbourhood watch group after break-ins = initiatief
    ("Er wordt de laatste tijd veel ingebroken in schuurtjes in Tuindorp-Oost. Een paar buren en ik "
     "willen een buurtpreventie-appgroep starten. Hoe pakken we dat goed aan en kan de wijkagent "
     "aansluiten?"),
    # street party that closes the street to cars = initiatief, not verkeer
    ("voor ons straatfeest in juni moet de straat dicht voor auto's. moeten we zelf dranghekken "
     "regelen of krijg je die van de gemeente bij de vergunning? gaat om de Bankastraat"),
    # a 'chat bench' for lonely elderly, proposed and funded by residents = initiatief
    ("Wij willen als bewoners een praatbankje plaatsen bij de Albert Heijn in Kanaleneiland, waar "
     "ouderen even kunnen zitten en een praatje maken. Kan dat via het initiatievenfonds?"),
    # playground idea, nothing is broken = initiatief
    ("Het speeltuintje aan de Kaatstraat is verouderd, alleen een wipkip en een zandbak. Met een "
     "paar ouders hebben we een plan gemaakt voor een natuurspeeltuin. Waar kunnen we dat "
     "voorleggen?"),
    # tile removal to fight flooding, asking for subsidy = initiatief
    ("Bij hevige regen staat onze gedeelde binnenplaats in Oog in Al altijd blank. Met de buren "
     "willen we tegels eruit halen en er een regentuin van maken. Kunnen we daar subsidie voor "
     "krijgen?"),
    # resident wants to start a coffee morning in the community centre = initiatief
    ("Ik zie in mijn portiek in Overvecht veel ouderen die nooit bezoek krijgen. Ik wil in het "
     "buurthuis een wekelijkse koffieochtend beginnen. Kan ik daar een ruimte voor krijgen en wie "
     "betaalt de koffie?"),
    # student litter picking walk = initiatief
    ("We're organising a litter picking walk for international students around the Science Park "
     "next month. Can the municipality provide bags and pick them up afterwards? We'd also love a "
     "small budget for snacks."),
    ("Onze buurt wil een AED aan de gevel van het buurthuis hangen en een reanimatiecursus "
     "organiseren voor de straat. Kan dat uit het bewonersbudget betaald worden?"),
    # residents want to brighten up a dumping spot with planters: asking for permission and money
    ("Rondom de containers aan de Gruttersdijk wordt steeds rommel neergezet. Wij denken dat het "
     "helpt als we de plek opknappen met plantenbakken en een muurschildering. Wie kan ons helpen "
     "met toestemming en een beetje geld?"),
    # mural over tags: residents' art project = initiatief, not graffiti removal
    ("De tunnel onder het spoor bij de Kruisvaart zit vol lelijke tags. Een paar kunstenaars uit de "
     "buurt willen er samen met kinderen een muurschildering maken. Bij wie vragen we toestemming?"),
    # greening the street = initiatief, not tree maintenance
    ("Onze straat in Transwijk heeft geen enkele boom. Wij willen met alle bewoners samen bomen "
     "laten planten en zelf een deel betalen. Bestaat daar een regeling voor?"),
    ("Hi, I live in Wittevrouwen and want to put a little free library box on the pavement outside "
     "my house. Is that allowed or do I need a permit?"),
    # Christmas dinner for people who are alone, organised by residents = initiatief
    ("we willen met kerst een buurtdiner organiseren in de gymzaal vd basisschool in Zuilen, voor "
     "iedereen die alleen is. weet iemand of daar subsidie voor is"),
    # residents maintaining the grass themselves = initiatief, not a mowing complaint
    ("Het grasveld achter onze rij huizen in Vleuten wordt maar twee keer per jaar gemaaid. Mogen "
     "wij als bewoners dat stuk zelf onderhouden en er een bloemenweide van maken?"),
    # play street one Sunday a month = initiatief, not a traffic measure
    ("Wij willen in de zomer één zondag per maand onze straat autovrij maken zodat de kinderen "
     "buiten kunnen spelen, zo'n speelstraat. Kan dat en hoe vragen we dat aan?"),
    ("Ik ben gepensioneerd monteur en wil in het buurthuis in Ondiep een repaircafé opzetten, zodat "
     "mensen hun kapotte spullen niet meteen bij het grofvuil zetten. Wat moet ik regelen?"),
    # residents' own campaign with dog-bag dispensers = initiatief
    ("Wij willen als buurtvereniging zelf poepzakjesautomaatjes ophangen in het park in Oog in Al "
     "en een vriendelijke campagne doen voor hondenbezitters. Mag dat en krijgen we er geld voor?"),
    # planters to stop illegal parking, paid from the neighbourhood budget = initiatief
    ("Could our street get money from the neighbourhood budget for some big planters on the corner "
     "where people keep parking illegally? We'd take care of the plants ourselves."),
    # Christmas lights between lamp posts = residents' initiative, not street lighting upkeep
    ("Mogen wij als bewoners van de Nachtegaalstraat in december kerstverlichting tussen de "
     "lantaarnpalen ophangen? We betalen het zelf en halen het in januari weer weg."),
    ("Met een paar buren in Lunetten willen we een buurtcomposthoop beginnen voor groenafval, zodat "
     "de gft-bakken minder snel vol zitten. Waar mag zoiets staan?"),
    ("Geachte wijkregisseur, namens Stichting Samen Kanaleneiland wil ik een aanvraag doen bij het "
     "initiatievenfonds voor een sport- en spelmiddag op het Cartesiusplein. Wat is de uiterste "
     "indiendatum?"),
    ("kunnen we vanuit de straat vogelhuisjes en gierzwaluwkasten ophangen in de bomen langs de "
     "singel? leuk voor de kids en schijnt ook te helpen tegen muggen"),
    # young people clearing snow for elderly neighbours = initiatief
    ("In de winter willen een paar jongeren uit onze straat de stoepen sneeuwvrij maken bij "
     "ouderen. Kunnen we daarvoor strooizout en scheppen van de gemeente krijgen?"),
    ("Hello, me and my housemates want to organise a small acoustic music evening in the park in "
     "Lombok this summer. Do we need a permit and can we get electricity from somewhere?"),
    ("is er nog geld in het bewonersbudget van noordoost voor dit jaar? wij willen een "
     "pannenkoekenmiddag voor de hele straat"),
]

AFVAL = [
    # glass container blocks cyclists' view: asks the waste service to move the container
    ("De nieuwe glasbak aan de Kanaalweg is zo neergezet dat je als fietser bij het oversteken de "
     "auto's niet meer ziet aankomen. Kan de afvaldienst hem een paar meter opschuiven?"),
    # dumped furniture in a park = illegal dumping, not park maintenance
    ("In het Griftpark naast de speeltuin heeft iemand een oude bank en twee matrassen gedumpt. Kan "
     "dat opgehaald worden?"),
    # smelly container: a container problem, not an odour nuisance from people
    ("De gft-container bij ons in de Anton Geesinkstraat stinkt zo erg dat we 's zomers de ramen "
     "niet open kunnen. Hij wordt volgens mij gewoon te weinig geleegd."),
    # missed collection; parked cars are mentioned but the request is the pick-up
    ("onze straat is vandaag weer overgeslagen door de vuilniswagen, vorige keer zei de chauffeur "
     "dat er auto's in de weg stonden. maar vandaag stond er niks. wanneer komen ze alsnog?"),
    # seagulls tearing bags: the request is to empty the full bin
    ("Hi, the underground bin on Croeselaan has been full for 4 days, people leave their bags next "
     "to it and the seagulls are tearing them open. Could someone empty it?"),
    # moving house mentioned, but it's about bulky waste
    ("Ik ben net verhuisd naar Vleuten en er staan nog een kast en een oude wasmachine van de "
     "vorige bewoner. Hoe maak ik een afspraak voor grofvuil?"),
    # container pass stopped working after an address change = afval
    ("Mijn containerpas werkt niet meer sinds ik mijn adres heb laten wijzigen, de klep gaat niet "
     "open. Moet ik een nieuwe aanvragen?"),
    # litter in a park = afval, not park upkeep
    ("Na elk zonnig weekend ligt het Máximapark bezaaid met blikjes, wegwerpbarbecues en "
     "pizzadozen. De prullenbakken puilen uit. Kunnen die vaker geleegd worden of kunnen er meer "
     "bij?"),
    # recurring dumping hot spot: still afval, wijkregisseur only as extra
    ("Bij de flat aan de Zamenhofdreef staat elke week weer een berg huisraad naast de containers. "
     "Dit is echt een vaste dumpplek geworden. Kan de wijkregisseur hier eens structureel naar "
     "kijken?"),
    # broken container lid = afval, not public space repair
    ("De klep van de papiercontainer op het Lombokplein is kapot en hangt half open. Als het "
     "regent wordt alles nat en bij wind waait het eruit."),
    ("Wanneer wordt het oud papier opgehaald in Tuindorp? De afvalkalender in de app laat niks zien "
     "voor mijn postcode 3551 BK."),
    # getting rid of one's own broken bike = waste question, not an abandoned bicycle
    ("Quick question, where do I throw away an old bike? It's mine, not abandoned, it's just "
     "completely broken."),
    ("Worden kerstbomen in januari weer opgehaald in Hoograven, of moet ik hem zelf naar de "
     "milieustraat brengen?"),
    # litter around a fast food restaurant: litter, not horeca nuisance
    ("Rondom de McDonald's bij Vredenburg liggen elke ochtend bakjes, bekers en zakjes over de hele "
     "straat. Er staan wel prullenbakken maar die zitten allemaal vol. Meer bakken graag."),
    ("kledingcontainer bij de AH in Overvecht-Noord zit propvol, er liggen zakken kleren ernaast in "
     "de regen. wie leegt die?"),
    # rubbish in a ditch = illegal dumping, not water maintenance
    ("In de sloot langs het fietspad in Parkwijk drijven vuilniszakken en er ligt een "
     "winkelwagentje in. Wie haalt dat eruit?"),
    # neighbours putting bags out too early: a question about the waste rules and the mess
    ("Klopt het dat vuilniszakken pas op de ophaaldag buiten mogen? Bij ons in de Vogelenbuurt "
     "staan ze al op zondag en de katten trekken ze open. Wie ruimt die rotzooi op?"),
    # uncollected bulky waste blocking the pavement: a missed pick-up
    ("Gisteren had ik een grofvuilafspraak, alles netjes om 7 uur buitengezet, maar het staat er "
     "nog steeds. Nu blokkeert het de hele stoep. Wat nu?"),
    ("Our building in Kanaleneiland has no bins for plastic at all, everything goes into the "
     "general waste. Can we get a PMD container?"),
    # builders' rubbish left in a green strip after renovation = dumping
    ("Bij de renovatie van de huizen aan de Jan van Scorelstraat heeft de aannemer puin en "
     "isolatiemateriaal in de groenstrook achtergelaten. Wie haalt dat weg?"),
    ("Wij zijn met 5 studenten in een huis in de Vogelenbuurt komen wonen en hebben maar één "
     "containerpas. Kunnen we er extra krijgen?"),
    # dumped mattress on a cycle path: dumping, not a traffic matter
    ("Er ligt een matras midden op het fietspad langs het Amsterdam-Rijnkanaal bij de "
     "Kanaleneilandbrug. Fietsers moeten eromheen slingeren. Kan dat weg?"),
    ("Waar is de glasbak bij het Berlijnplein gebleven? Hij is ineens weg en nu moet ik een "
     "kilometer lopen met mijn flessen."),
    # emptying a rented flat before handover: the question is about small chemical waste
    ("ik ben mn huurhuis aan het leeghalen voor de oplevering, waar laat ik de oude verfblikken en "
     "de spaarlampen?"),
    ("I found out the bins in my street in Lombok get collected at 7am, but my landlord told me 8. "
     "Where can I check the schedule? kinda tired of chasing the truck in my pyjamas"),
    # broken glass and cans in a sandbox: litter, the play equipment itself is fine
    ("In de zandbak van de speeltuin aan de Columbusweg liggen glasscherven en blikjes. Kan iemand "
     "dat opruimen voordat de kinderen er weer in gaan?"),
    ("De afvalbak bij de bushalte in de Sint Jacobsstraat puilt elke ochtend uit, overal "
     "koffiebekers op de stoep. Misschien vaker legen?"),
    # full dog-waste bin: a bin to be emptied, not dog fouling
    ("de hondenpoepbak bij het uitlaatveld aan de Tiberdreef is al 2 weken niet geleegd, de zakjes "
     "liggen er omheen. ff laten legen aub"),
    # pruning waste from one's own hedge = garden waste question
    ("Hoe raak ik een grote hoeveelheid snoeiafval kwijt? We hebben de heg flink gesnoeid en het "
     "past nooit in de groene bak."),
    ("Hi there, someone dumped like 20 bags of garden waste in the little park behind the "
     "Hooghiemstraplein. Please send someone to pick it up."),
]

OPENBARE_RUIMTE = [
    # tree roots lifting the cycle path = tree/paving upkeep, not traffic
    ("Op het fietspad langs de Kromme Rijn drukken de boomwortels de tegels omhoog, er zitten "
     "bulten van wel 10 cm in. In het donker zie je ze niet."),
    # broken street light at a crossing = street lighting, not a traffic light
    ("De lantaarnpaal bij de oversteek aan de Eykmanlaan is al twee weken uit. Het is daar 's "
     "avonds pikdonker bij het zebrapad."),
    # graffiti = openbare_ruimte even if it feels like vandalism
    ("De muur van de fietstunnel onder de Waterlinieweg zit vol graffiti met grove teksten. Kan die "
     "eraf?"),
    # drain blocked by leaves = blocked drain, not a waste matter
    ("De put in de goot voor ons huis in de Hobbemastraat zit dicht met bladeren en vuil, bij elke "
     "bui staat de straat blank tot aan de stoep."),
    # pothole on a cycling route = road surface upkeep
    ("There's a massive pothole on the corner of Adelaarstraat, I almost came off my bike "
     "yesterday. Can someone fill it?"),
    # broken swing: playground equipment repair, not a playground idea
    ("De schommel in het speeltuintje aan de Gageldijk hangt nog maar aan één ketting. De kinderen "
     "uit de straat hebben een briefje geschreven of hij gemaakt kan worden."),
    # fallen branch on a cycle path = tree upkeep
    ("na de storm van gisteren ligt er een dikke tak over het fietspad in het maximapark, je moet "
     "afstappen om erlangs te komen"),
    ("Het onkruid op de stoepen in Zuilen staat kniehoog, met een rollator kom je er bijna niet meer "
     "langs. Wordt er dit jaar nog gewied?"),
    # low branches hit by the waste truck: the request is pruning
    ("De takken van de lindes in de Prins Hendriklaan hangen zo laag dat de vuilniswagen er elke "
     "week takken afrijdt. Kunnen ze gesnoeid worden?"),
    # dark park attracting loiterers: the resident asks for the lights to be repaired
    ("In het park achter de Briljantlaan zijn drie lampen kapot. Sinds het daar donker is blijven er "
     "groepjes hangen en voelen mensen zich niet prettig. Als de verlichting het weer doet scheelt "
     "dat al een hoop."),
    ("The bench at the bus stop on Vleutenseweg has a broken slat with nails sticking out. "
     "Someone's going to rip their trousers on it."),
    # sunken pavement in front of a rented house: the pavement is public, not the landlord's
    ("Voor mijn huurhuis aan de Wolter Heukelslaan is de stoep verzakt, na regen staat er een plas "
     "tot aan de voordeur. De corporatie zegt dat de stoep van de gemeente is."),
    # felling permit for a tree in one's own garden = boom-kappen FAQ, not wonen
    ("Wij willen de grote berk in onze achtertuin in Tuindorp laten kappen omdat de wortels onder "
     "het huis komen. Hebben we daar een kapvergunning voor nodig?"),
    # long grass blocking the view: the request is mowing
    ("Het gras in de middenberm van de Europalaan staat zo hoog dat je bij het afslaan de fietsers "
     "niet meer ziet. Kan er gemaaid worden?"),
    "losse stoeptegel voor nr 42 in de cremerstraat, al 3x over gestruikeld. graag vastleggen",
    # fence around a playground with a hole = playground upkeep
    ("Het hek rond de speeltuin bij de school in Pijlsweerd heeft een groot gat, de kleintjes lopen "
     "er zo doorheen richting de straat. Kan dat gerepareerd worden?"),
    ("The little park next to our flat in Overvecht floods every time it rains, the path turns into "
     "a lake and you can't even walk the dog. Is there a drainage problem?"),
    # swear words sprayed on a slide = graffiti, not overlast
    ("Iemand heeft de glijbaan in de speeltuin aan de Rubenslaan volgespoten met scheldwoorden. Niet "
     "echt iets wat je je kinderen wil laten voorlezen."),
    ("De kastanje voor het buurthuis in Ondiep is volgens mij dood, geen blad meer en er vallen "
     "steeds stukken schors af. Kan er iemand naar kijken voordat er een tak naar beneden komt?"),
    "Het watertappunt in het Wilhelminapark doet het al de hele zomer niet. Wordt dat nog gemaakt?",
    # flickering street light that disturbs sleep = street lighting, not noise/nuisance
    ("De straatlantaarn voor ons slaapkamerraam in de Gerard Doustraat knippert de hele nacht aan "
     "en uit. Het lijkt wel een disco, ik slaap er slecht door."),
    # kerb damaged by a removal van = pavement repair
    ("Bij de verhuizing van de buren heeft de verhuiswagen een stuk van de stoeprand kapotgereden. "
     "Nu zit er een gat waar je met de kinderwagen in blijft hangen."),
    # overgrown cycle path = greenery upkeep
    ("De brandnetels en bramen langs het fietspad naar Vleuten groeien zo ver over dat je bij "
     "tegenliggers in de struiken belandt. wanneer wordt dat teruggesnoeid?"),
    # loose manhole cover banging: the fix is street maintenance, not a noise complaint
    ("Er ligt een putdeksel los op de Amsterdamsestraatweg ter hoogte van nr 300. Elke auto die "
     "eroverheen rijdt geeft een harde klap, tot diep in de nacht. Kan die vastgezet worden?"),
    ("Hi, the ping pong table in the park in Oog in Al has a big crack through the middle and the "
     "net is gone. Who fixes these?"),
    ("De lindebomen in onze straat druppen elke zomer plakkerig spul op alle auto's en fietsen. "
     "Kunnen ze gesnoeid of vervangen worden?"),
    ("Het houten bruggetje over de singel bij de Nicolaasweg is spekglad door mos en blad. Mijn "
     "buurvrouw van 80 durft er niet meer overheen."),
    ("de basketbalring op het trapveldje in Kanaleneiland hangt scheef en het net is eraf, de "
     "jongens uit de buurt vroegen of ik dat kon doorgeven"),
    ("The street lights in my whole street in Lunetten have been off since Sunday. Feels a bit "
     "sketchy walking home from the station at night."),
    ("Geachte gemeente, graag vraag ik aandacht voor de verzakte klinkers op het Jacobikerkhof. "
     "Voor mensen met een rollator of rolstoel is het lopen daar echt lastig geworden. Met "
     "vriendelijke groet, J. de Bruin"),
]

ZORG = [
    # hoarding rubbish: the worry is about the neighbour, not the waste
    ("Mijn buurman van in de 80 verzamelt al maanden vuilniszakken in zijn gang en op zijn balkon. "
     "Het ruikt niet fijn, maar vooral: ik denk dat hij het niet meer overziet. Wie kan eens bij "
     "hem langs?"),
    ("De vrouw tegenover mij in de Rivierenwijk zit de hele dag achter het raam en krijgt nooit "
     "bezoek. Ik wil iets doen maar weet niet wat. Is er iemand van het buurtteam die kan "
     "langsgaan?"),
    # confused neighbour ringing bells at night: annoying, but the concern is his wellbeing
    ("Onze bovenbuurman belt 's nachts bij iedereen aan en vraagt waar zijn vrouw is, maar die is "
     "al jaren overleden. Het is vervelend, maar we maken ons vooral zorgen om hem."),
    # overgrown garden mentioned, but this is about a withdrawn neighbour
    ("Bij de buurvrouw op de hoek is de tuin een oerwoud geworden, de gordijnen zijn altijd dicht "
     "en als ik haar gedag zeg reageert ze niet meer. Vroeger was ze heel sociaal. Kan daar "
     "iemand naar kijken?"),
    # help with letters from the municipality: a support need, not a general municipal question
    ("My elderly neighbour in Lombok keeps asking me to read her letters from the municipality, she "
     "seems really overwhelmed and doesn't speak much Dutch. Is there someone who can help her with "
     "paperwork?"),
    ("Mijn moeder (84) woont alleen in Overvecht en kan haar huishouden niet meer aan. Hoe vraag je "
     "huishoudelijke hulp aan via de gemeente?"),
    # stairlift via the Wmo is care support, even though it is a change to the home
    ("Mijn vader kan na zijn beroerte de trap niet meer op. Kan hij via de Wmo een traplift krijgen "
     "in zijn huurhuis?"),
    # neighbour shouting at night: the resident wants help for him, not nuisance handling
    ("De jongen naast ons praat en schreeuwt 's nachts in zichzelf, soms tegen de muur. Hij is niet "
     "agressief en ik wil geen politie, maar hij heeft volgens mij hulp nodig. Wie kan ik bellen?"),
    "hoe bereik ik het buurtteam in Zuilen? ik heb schulden en weet niet meer waar ik moet beginnen",
    # barking dog, but the concern is the owner who can no longer cope
    ("De buurvrouw laat haar hond nauwelijks meer uit en het beest blaft de hele dag. Ik denk niet "
     "dat het onwil is, ze loopt zelf heel slecht en lijkt de draad een beetje kwijt."),
    # loneliness activities = zorg FAQ, not a resident initiative
    ("I'm an international student and honestly I've been feeling pretty isolated since I moved to "
     "Utrecht. Are there any activities or groups in my neighbourhood where I can meet people?"),
    # smell in the stairwell and an inactive landlord, but the request is help for the man
    ("In het portiek ruikt het steeds sterker naar de flat van meneer op de tweede. Volgens de "
     "huismeester staat zijn woning vol spullen en eet hij slecht. De corporatie doet niks, wie "
     "kan hem helpen?"),
    ("Ik ben alleenstaande moeder van een tweeling en ik trek het even niet meer, ik kom niet aan "
     "slapen toe. Is er een buurtteam waar ik gewoon even mee kan praten?"),
    # activities in the community centre for a lonely father = zorg
    ("Zijn er in het buurthuis in Hoograven activiteiten voor ouderen? Mijn vader is sinds mijn "
     "moeder overleed erg eenzaam en komt de deur bijna niet meer uit."),
    ("Ik zorg al twee jaar voor mijn man met dementie en ben op. Bestaat er in Utrecht "
     "ondersteuning voor mantelzorgers, of iemand die af en toe een middag kan overnemen?"),
    # person sleeping in a tent in a park: concern for him, not overlast or park upkeep
    ("Onder de brug bij Park Lepelenburg slaapt al een paar weken een man in een tentje. Hij doet "
     "niemand kwaad, maar het wordt koud. Kan iemand kijken of hij hulp nodig heeft?"),
    # wandering neighbour, not an acute situation: the neighbours want his care arranged
    ("There's an old man in my building in Kanaleneiland who keeps wandering outside in his "
     "slippers looking lost, the neighbours always walk him back home. I don't think his family "
     "knows. Who should we contact?"),
    # many cats in a flat: the worry is the woman, not the smell
    ("Mevrouw op nummer 5 heeft inmiddels zeker 15 katten in huis en ze kan het niet meer "
     "bijhouden. Het is niet de stank die me dwarszit, ik denk dat ze zelf hulp nodig heeft."),
    # rubbish piling up in a kitchen: sign of a forgetful neighbour, not a waste issue
    ("de oude meneer naast me zet al weken zijn vuilnis niet meer buiten, het staat allemaal in zijn "
     "keuken. hij is heel vergeetachtig geworden. kan er iemand vd gemeente langs?"),
    ("Bestaat er in Vleuten nog maaltijdservice aan huis? Mijn tante kan sinds ze haar heup brak "
     "niet meer zelf koken."),
    # broken heating in her rental, but the request is help for a confused neighbour
    ("Mijn buurvrouw woont in een huurwoning waar de verwarming al weken kapot is, maar ze durft de "
     "verhuurder niet te bellen en is erg in de war. Kan iemand haar helpen dit te regelen?"),
    ("Hoe vraag ik een scootmobiel aan? Ik kan niet meer naar de winkel lopen en de bushalte is te "
     "ver voor mij."),
    # flat and landlord are fine: this is a mental health / support request
    ("My landlord is fine, the flat is fine, it's me that isn't. I've been struggling with "
     "depression and can't keep up with anything anymore. Who can I talk to at the buurtteam?"),
    # tax reminder mentioned, but the request is help with money problems
    ("Ik heb een aanmaning voor de gemeentelijke belastingen gekregen en kan het niet betalen, er "
     "stapelen zich steeds meer rekeningen op. Is er iemand die mij kan helpen met mijn geldzaken?"),
    ("Is er een maatjesproject in Leidsche Rijn? Ik ben zelf 72 en zou het fijn vinden om af en toe "
     "met iemand te wandelen."),
    # man drinking on a bench: the resident explicitly says it is not about nuisance
    ("De man die altijd op het bankje bij het winkelcentrum zit te drinken wordt steeds magerder. "
     "Het gaat me niet om overlast, hij doet niks, maar ik maak me zorgen om hem."),
    # family without furniture: support need, not a housing question
    ("Naast ons is een Syrisch gezin komen wonen en ze hebben niks: geen gordijnen, geen meubels, "
     "de kinderen hebben geen winterjas. Waar kunnen ze terecht voor hulp?"),
    # a messy house and drinking: concern about a brother, not a housing issue
    ("mijn broer woont in Overvecht en is weer aan het drinken, zn huis is een puinhoop en hij "
     "neemt zelden op als ik bel. ik woon zelf in Groningen. kan het wijkteam daar iets mee?"),
    # help with rent allowance forms for someone with a learning disability = support
    ("Hi, is the buurtteam the right place for help filling in forms for rent allowance? I have a "
     "learning disability and my support worker just left."),
    ("wie kan er eens bij mn opa langs? hij is zo somber sinds oma er niet meer is, hij zegt bijna "
     "niks meer als ik bel"),
]

WONEN = [
    # noise through the wall: asks for insulation in one's own rented flat, not about the neighbours
    ("Ik hoor elk woord van mijn buren door de muur heen. Het ligt niet aan hen, ze praten gewoon "
     "normaal. Kan ik Bo-Ex vragen om betere geluidsisolatie in mijn huurwoning?"),
    # children coughing from mould: a damp problem in a rented home
    ("Onze kinderen hoesten de hele winter en de slaapkamer zit vol zwarte schimmel achter de kast. "
     "We huren bij Mitros in Kanaleneiland. Ze zijn al twee keer geweest maar het komt steeds "
     "terug."),
    # leak from the upstairs neighbours = repair in a rented home
    ("Bij de bovenburen lekt er iets, er zit een bruine vlek in ons plafond die steeds groter "
     "wordt. Wij huren allebei van dezelfde corporatie. Moeten wij dit melden of zij?"),
    # son with autism mentioned, but the question is housing urgency
    ("Ik woon met mijn twee kinderen in een eenkamerflat in Zuilen en mijn zoon heeft autisme, hij "
     "heeft echt een eigen kamer nodig. Kom ik in aanmerking voor urgentie?"),
    ("My landlord wants to raise the rent of my studio in Lombok by 15%, is that even legal? Where "
     "can I check this?"),
    # 78-year-old without heating: the request is a repair by the housing association
    ("De cv in mijn huurflat in Overvecht doet het al 5 dagen niet, ik ben 78 en zit hier met drie "
     "vesten aan. De storingslijn van de corporatie neemt niet op."),
    # permit question about one's own home = wonen, not a general municipal service
    ("Wij willen een dakkapel op ons huis in Tuindorp. Heb ik daar een omgevingsvergunning voor "
     "nodig of valt dat onder vergunningvrij bouwen?"),
    ("Ik ga scheiden en moet uit huis. Hoe lang is de wachttijd voor een sociale huurwoning in "
     "Utrecht, en telt het mee dat ik kinderen heb?"),
    # people sleeping in the stairwell because the door is broken: the request is to fix the lock
    ("De voordeur van ons portiek aan de Camera Obscuradreef sluit al maanden niet, waardoor er 's "
     "nachts mensen in het trappenhuis slapen. Kan de corporatie eindelijk dat slot maken?"),
    # drain on the balcony of a rented home = landlord repair, not a street drain
    ("Het afvoerputje op ons balkon loopt steeds over als het regent, het water komt dan onder de "
     "deur door naar binnen. Is dat iets voor de verhuurder?"),
    ("Hi, I'm a PhD student at Utrecht University, my contract ends in a year. Am I allowed to sign "
     "up for social housing as a non-EU citizen?"),
    # subsidy for insulating one's own home = wonen, not the initiative budget
    ("Is er nog subsidie van de gemeente voor het isoleren van je eigen huis? Wij hebben een "
     "jaren-30 woning in Oog in Al en willen de vloer en het dak laten doen."),
    ("mn huisbaas reageert niet op mn berichten over de schimmel in de badkamer, het is een "
     "particuliere verhuurder. kan de gemeente hem daarop aanspreken?"),
    # crumbling balcony of a rented home = repair
    ("Op het balkon van mijn huurwoning in Hoograven komen stukjes beton los van de rand. Het is "
     "niet acuut maar ik laat mijn kinderen er niet meer op. Wie moet dit repareren?"),
    # elderly woman wanting a ground-floor home: a housing request, not care
    ("Ik ben 71 en woon alleen in een eengezinswoning met steile trappen. Ik wil graag naar een "
     "gelijkvloerse seniorenwoning in de buurt. Hoe pak ik dat aan?"),
    # humming ventilation in one's own new-build home: building question, not neighbour noise
    ("De mechanische ventilatie in ons nieuwbouwhuis in Leidsche Rijn bromt zo hard dat ik er 's "
     "nachts wakker van lig. Het komt uit onze eigen woning, niet van de buren. De ontwikkelaar "
     "zegt dat het binnen de norm is."),
    ("The washing machine drain in my rented room is leaking into the ceiling downstairs and my "
     "landlord is abroad. What do I do?"),
    ("Ik woon antikraak in een pand in Lombok en moet er binnen twee weken uit. Heb ik recht op "
     "hulp bij het vinden van een andere woning?"),
    ("mag ik zonder vergunning een schuurtje van 3x3 in mn achtertuin zetten? koophuis in "
     "Vleuten"),
    # water in the basement after a downpour: the question is damp in a rented home
    ("Na de hoosbui van vorige week stond ons souterrain onder water en nu ruikt het muf. De "
     "straatputten werken wel weer. Wie moet het vocht in de muren aanpakken, wij of de "
     "verhuurder?"),
    ("Mijn servicekosten zijn dit jaar ineens verdubbeld, terwijl het trappenhuis juist minder vaak "
     "wordt schoongemaakt. Kan ik dat laten toetsen?"),
    # possible asbestos while renovating one's own kitchen: a building question about one's home
    ("Bij het slopen van de oude keuken in ons koophuis kwamen we platen tegen die mogelijk asbest "
     "zijn. We zijn direct gestopt. Moeten we dit bij de gemeente melden voordat we verder gaan?"),
    # asthma and a doctor's letter: the request is housing urgency
    ("Can I get urgency for housing? My current flat has such a bad mould problem that my GP wrote "
     "a letter about my asthma."),
    ("Ik wil een kamer in mijn koopwoning in Wittevrouwen verhuren aan een student. Heb ik daar een "
     "vergunning voor nodig?"),
    ("De kozijnen van onze huurwoning aan de Kanaalstraat zijn zo rot dat je er met je vinger "
     "doorheen drukt. Het tocht verschrikkelijk. De corporatie zegt al drie jaar 'volgend jaar'."),
    "vanaf welke leeftijd kan ik me inschrijven voor een huurwoning? ik word in januari 18",
    # broken lift in a flat: the user uses a walker, but wants the landlord to repair it
    ("De lift in onze flat aan de Zamenhofdreef is al 10 dagen kapot. Ik woon op de 9e met een "
     "rollator en kom mijn huis bijna niet uit. Kan de gemeente de verhuurder onder druk zetten?"),
    ("Klopt het dat de gemeente tijdelijke woningen bouwt voor starters? Hoe kom ik daarvoor in "
     "aanmerking?"),
    ("Our student house on Biltstraat has had a broken toilet for two weeks and the landlord keeps "
     "saying he'll send someone. Is there any way the municipality can push him?"),
    ("Mag ik zonnepanelen op het dak van mijn huis in de Museumwijk? Het is volgens mij beschermd "
     "stadsgezicht."),
]

OVERIG = [
    # waste tax assessment = taxes, not a waste collection matter
    ("Ik heb een aanslag afvalstoffenheffing gekregen voor een meerpersoonshuishouden, maar ik woon "
     "sinds maart alleen. Hoe kan ik bezwaar maken?"),
    # objecting to a parking fine = an appeal against the municipality, not a traffic report
    ("Ik heb een parkeerboete gekregen in de Vogelenbuurt terwijl mijn vergunning gewoon geldig "
     "was. Waar kan ik bezwaar indienen?"),
    # thanks for a repaired pothole: carries no request
    "Even een bedankje: het gat in de weg dat ik vorige week meldde is al gerepareerd. Top gedaan!",
    # question about the bot and privacy, the neighbours are only context
    ("Is this bot run by the municipality or by a private company? Do you store the messages I "
     "send about my neighbours?"),
    # registering a move = overig, even when it's a new rented home
    ("Ik heb net de sleutel van mijn nieuwe huurwoning in Leidsche Rijn gekregen. Hoe geef ik mijn "
     "verhuizing door aan de gemeente?"),
    ("Hoe lang van tevoren moet ik een afspraak maken voor een nieuw paspoort? We gaan in februari "
     "op vakantie."),
    # who is the wijkregisseur = overig FAQ
    ("Wie is eigenlijk de wijkregisseur van Lombok? Ik wil hem of haar graag een keer spreken over "
     "de buurt in het algemeen."),
    "goedenavond",
    # driving licence pick-up: an opening-hours question, not traffic
    "Is het Stadskantoor op zaterdag open? Ik moet mijn rijbewijs ophalen.",
    # dog tax = taxes, not dog nuisance
    ("Moet ik in Zeist hondenbelasting betalen? Ik heb net een pup en wil niet voor verrassingen "
     "komen te staan."),
    ("hi, does the chatbot understand English or should I write in Dutch? I want to report "
     "something about my street later"),
    # property valuation (WOZ) objection = taxes, not a housing question
    ("De WOZ-waarde van mijn huis in Zeist is dit jaar ineens 20% hoger. Kan ik daar bezwaar tegen "
     "maken?"),
    # ID card stolen some time ago: a request for a new ID card
    ("Mijn ID-kaart is vorige week uit mijn fietstas gestolen bij het station. Hoe vraag ik een "
     "nieuwe aan en moet ik eerst aangifte doen?"),
    ("Weten jullie welke energieleverancier het goedkoopst is? Net mijn eerste huurflatje in "
     "Utrecht, haha waarschijnlijk niet jullie afdeling"),
    # question about the bot's coverage area
    "Werkt deze chat ook voor meldingen in Zeist, of alleen voor Utrecht?",
    # thanks after a complaint about neighbours was handled: no new request
    ("Dank jullie wel voor het doorsturen van mijn klacht over de buren, de wijkregisseur heeft me "
     "vandaag gebeld. Fijn!"),
    ("How do I register as a new resident? I'm moving from Amsterdam to a room in Utrecht next "
     "month"),
    # remission of waste and sewage tax = taxes, even with a low income
    ("Ik heb een bijstandsuitkering. Kan ik kwijtschelding krijgen voor de rioolheffing en de "
     "afvalstoffenheffing?"),
    ("Ik wil een klacht indienen over een medewerker van de gemeente die erg onbeschoft was aan de "
     "telefoon. Hoe doe ik dat?"),
    "waar kan ik stemmen bij de gemeenteraadsverkiezingen, ik woon in hoograven",
    # data deletion request after an earlier report about a neighbour
    ("Ik heb gisteren hier iets gemeld over mijn buurvrouw, maar ik wil toch liever niet dat mijn "
     "naam ergens staat. Kunnen jullie mijn gegevens verwijderen?"),
    # regional bus delays: public transport is out of scope, not verkeer
    "Bus 50 naar Zeist is elke ochtend te laat. Wie moet ik daarvoor hebben?",
    # thanks with a waste word, no request
    "Thanks for the help earlier with the bin thing! Have a good evening",
    ("Hoe maken we een afspraak om ons huwelijk aan te melden? We willen in juni trouwen in het "
     "Stadhuis."),
    ("Ik wil vrijwilligerswerk gaan doen bij het buurthuis en ze vragen een VOG. Kan ik die bij de "
     "gemeente aanvragen en wat kost dat?"),
    # asks whether the bot is a person, the neighbour complaint is only context
    ("ben jij een echt persoon of een robot? ik wil niet dat mn klacht over de buren bij een "
     "computer blijft hangen"),
    ("Welk telefoonnummer heeft de gemeente Zeist? Ik wil iets vragen over mijn aanslag gemeentelijke "
     "belastingen."),
    # speeding fine for a car that was already sold = fines administration, not a traffic report
    ("Ik heb een flitsboete gekregen op de Waterlinieweg maar ik reed daar niet, mijn auto was toen "
     "al verkocht. Kan de gemeente dat terugdraaien?"),
    ("Can I get a certified copy of my birth certificate from the municipality? I need it for my "
     "visa application."),
    # just testing the bot, the waste remark is chit-chat
    ("hallo wijkbot, gewoon even testen of je werkt. mn buurman zei dat je ook over afval gaat "
     "haha"),
]
