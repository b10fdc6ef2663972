"""Independently written FAQ tuning set (Nov 2026): for choosing the FAQ abstain rule; never trained on."""

# (slug, text): the resident really asks the question this FAQ entry answers,
# but indirectly, with personal context around it. 3 per slug.
HARD_POSITIVES_B = [
    # grofvuil-ophalen
    ("grofvuil-ophalen", "We gaan volgende maand verhuizen en in de schuur staan nog een oude bank en een kapotte wasmachine. Hoe krijg ik die spullen opgehaald zonder dat ik zelf een aanhanger moet huren?"),
    ("grofvuil-ophalen", "is het mogelijk om een oud matras aan de deur te laten ophalen"),
    ("grofvuil-ophalen", "My landlord finally replaced the wardrobe but left the old one with me. Can I have the council pick it up from the kerb, and how do I book that?"),
    # afvalkalender
    ("afvalkalender", "Ik woon hier sinds vorige week en heb geen idee wanneer de groene bak aan de straat moet. Weet jij dat?"),
    ("afvalkalender", "Vroeger kregen we altijd zo'n papieren kalender in de bus maar dit jaar niks ontvangen, waar kan ik nu zien op welke dag het oud papier word opgehaald"),
    ("afvalkalender", "Nieuw in de buurt hier. De buren zetten hun containers op verschillende dagen buiten en nu weet ik het echt niet meer, hoe kom ik erachter wanneer wij aan de beurt zijn?"),
    # containerpas
    ("containerpas", "sinds gisteren gaat de klep van de ondergrondse container niet meer open met mijn pasje, het lampje wordt gewoon rood. wat moet ik doen"),
    ("containerpas", "Ik ben bij het verhuizen mijn afvalpas kwijtgeraakt, zat denk ik in een doos die bij het oud papier is beland. Kan ik een nieuwe krijgen?"),
    ("containerpas", "My wallet got stolen last weekend and the bin card was in it. Is it possible to get a replacement?"),
    # container-vol-melden
    ("container-vol-melden", "De glasbak bij de supermarkt zit al dagen propvol en mensen zetten hun flessen er nu gewoon naast. Waar kan ik zoiets melden?"),
    ("container-vol-melden", "hoe geef ik door dat de klep van de papiercontainer klemt? krijg hem niet meer dicht en het regent erin"),
    ("container-vol-melden", "De plasticcontainer bij onze flat zit sinds het weekend helemaal vol en er liggen nu zakken omheen die door de meeuwen worden opengepikt. Aan wie moet ik dit doorgeven?"),
    # vuurwerk-regels
    ("vuurwerk-regels", "Mijn zoon van 16 heeft met zijn vrienden vuurwerk gekocht voor oud en nieuw. Vanaf hoe laat mogen ze dat eigenlijk afsteken, en zijn er plekken waar het helemaal niet mag?"),
    ("vuurwerk-regels", "we willen met de buurt samen afsteken op het grasveld achter de flat, weet jij of dat daar toegestaan is"),
    ("vuurwerk-regels", "First New Year's Eve in this country for us. Are there set hours when you can light fireworks, or is it allowed all day on the 31st?"),
    # geluidsoverlast-buren
    ("geluidsoverlast-buren", "Sinds de nieuwe bovenburen er wonen hoor ik elke nacht gestamp en harde muziek tot een uur of twee. Ik heb al een keer aangebeld maar dat hielp niks, ze lachten me gewoon uit. Wat kan ik nog doen?"),
    ("geluidsoverlast-buren", "Is het mogelijk om buurtbemiddeling in te schakelen? De buren naast ons boren en timmeren elke zondag vanaf acht uur en praten lukt niet meer."),
    ("geluidsoverlast-buren", "De hond van mijn buurvrouw blaft urenlang als zij naar haar werk is en ik werk thuis. Ik wil het niet meteen op ruzie laten aankomen, is er iemand die ons kan helpen om het uit te praten?"),
    # ongedierte
    ("ongedierte", "Ik zag gisteravond twee ratten bij de vuilcontainers achter ons blok wegschieten. Bij wie moet ik daarvoor zijn?"),
    ("ongedierte", "hoe zit het met muizen in huis, regelt de gemeente dat of moet ik zelf iemand bellen"),
    ("ongedierte", "There's a wasps' nest under the roof of the bike shed and my kids play right next to it. Who deals with something like that?"),
    # honden-regels
    ("honden-regels", "We hebben sinds kort een pup en ik wil hem graag lekker laten rennen in het park. Mag hij daar los of moet hij overal aan de lijn?"),
    ("honden-regels", "weet jij of ik de poep van mijn hond moet opruimen in het gras naast het fietspad, of is dat een uitlaatstrook waar het mag blijven liggen"),
    ("honden-regels", "Onze hond komt uit het asiel en is nog een beetje schichtig. Zijn er hier plekken waar ze los mag, of moet ze in de hele wijk aan de lijn"),
    # parkeervergunning
    ("parkeervergunning", "Ik krijg volgende maand een leaseauto van mijn werk en wij wonen in het stuk waar je moet betalen om te parkeren. Kan ik als bewoner dan een vergunning krijgen en hoe regel ik dat?"),
    ("parkeervergunning", "hoe zit het met een parkeervergunning als je net verhuisd bent, moet ik die zelf aanvragen of gaat dat automatisch"),
    ("parkeervergunning", "My partner is moving in with me and bringing her car. Is it possible to get a second resident parking permit for our address, and how do we apply?"),
    # gehandicaptenparkeerplaats
    ("gehandicaptenparkeerplaats", "Mijn moeder zit sinds haar beroerte in een rolstoel en woont nu bij ons in. Het lukt bijna nooit om de auto in de buurt van de voordeur kwijt te kunnen. Kunnen we een eigen plek voor de deur krijgen?"),
    ("gehandicaptenparkeerplaats", "is het mogelijk om een invalidenparkeerplaats op mijn kenteken te krijgen, ik heb al wel een gehandicaptenkaart"),
    ("gehandicaptenparkeerplaats", "Ik heb MS en meer dan vijftig meter lopen is sommige dagen echt een opgave. Kan ik een vaste gehandicaptenplek bij mijn flat krijgen en wat heb ik daarvoor nodig?"),
    # fietswrak
    ("fietswrak", "Er staat al sinds de zomer een roestige fiets zonder zadel tegen het hek van onze flat. Niemand haalt hem op. Wat gebeurt daar eigenlijk mee?"),
    ("fietswrak", "weet jij hoe het zit met achtergelaten fietsen? bij ons staat er eentje met twee lekke banden al maanden aan een lantarenpaal vast"),
    ("fietswrak", "There's been a bike with no front wheel chained to the rack outside our building for about two months now. Does the council do anything about bikes like that?"),
    # verkeersmaatregel-aanvragen
    ("verkeersmaatregel-aanvragen", "Bij ons in de straat wordt echt veel te hard gereden, laatst is de kat van de buren nog doodgereden. Met een paar buren willen we proberen er een drempel te krijgen. Hoe pakken we dat aan?"),
    ("verkeersmaatregel-aanvragen", "is het mogelijk om als bewoners een zebrapad aan te vragen bij de basisschool, de kinderen steken nu gewoon tussen de geparkeerde autos door over"),
    ("verkeersmaatregel-aanvragen", "Een paar ouders en ik willen dat de weg langs de school een 30 km-zone wordt. Bij wie moeten we zijn en hoe gaat zoiets in z'n werk?"),
    # buurtfeest-organiseren
    ("buurtfeest-organiseren", "We willen in juni met de hele straat een barbecue houden en de straat een middag afsluiten zodat de kinderen kunnen spelen. Moet daar een vergunning voor komen?"),
    ("buurtfeest-organiseren", "hoe zit het met een springkussen en muziek op straat voor het partijtje van mijn dochter, moet ik dat ergens aanvragen"),
    ("buurtfeest-organiseren", "Our street wants to do a little summer party, tables in the road and some music until about ten. Do we need to register or apply for anything with the council?"),
    # bewonersbudget
    ("bewonersbudget", "Met een groepje moeders willen we elke woensdag een knutselmiddag voor de kinderen uit de flat organiseren, maar we hebben geen geld voor materiaal. Kan de gemeente daar iets in betekenen?"),
    ("bewonersbudget", "wij willen bankjes en plantenbakken op het pleintje zetten zodat mensen elkaar meer tegenkomen. weet jij of daar een potje voor is"),
    ("bewonersbudget", "Is het mogelijk om subsidie te krijgen voor een buurtkoor? We repeteren nu in iemands huiskamer maar willen graag een ruimte huren en een dirigent betalen."),
    # geveltuin
    ("geveltuin", "Ik woon in een rijtjeshuis en de stoep voor mijn gevel is best breed. Ik zou graag wat stokrozen en een klimplant tegen de muur willen. Mag ik daarvoor zelf een paar tegels weghalen?"),
    ("geveltuin", "hoe zit het met een geveltuintje, moet ik dat aanvragen of kan ik gewoon beginnen"),
    ("geveltuin", "I rent a ground floor flat and would love a narrow strip of plants along the front wall. Is that allowed, and how do I go about it?"),
    # groen-adopteren
    ("groen-adopteren", "Het perkje aan het eind van onze straat is al jaren een bende met onkruid en zwerfvuil. Ik ben met pensioen en heb tijd genoeg. Kan ik dat zelf gaan bijhouden en er iets moois van maken?"),
    ("groen-adopteren", "Weet jij of we als buurt de boomspiegels in de straat zelf mogen beplanten en onderhouden?"),
    ("groen-adopteren", "is het mogelijk om een stuk van het grasveld achter de flat te adopteren, we willen er met de bewoners bloemen zaaien"),
    # buurtpreventie
    ("buurtpreventie", "Er is de laatste maanden drie keer ingebroken bij ons in het hofje. Een paar buren en ik willen elkaar beter in de gaten houden. Hoe beginnen we zo'n appgroep goed, en helpt de gemeente daarbij?"),
    ("buurtpreventie", "kan ik met de buurt een buurtpreventieteam opzetten, met avondrondes en zo? wat moet je daarvoor allemaal regelen"),
    ("buurtpreventie", "Is it possible to set up one of those WhatsApp neighbourhood watch groups officially, with the signs on the lampposts and everything?"),
    # straatverlichting-melden
    ("straatverlichting-melden", "Sinds vorige week is het pikdonker op het pad naar de garageboxen omdat de lantaarn het niet meer doet. Ik loop daar 's avonds met de hond en vind het eerlijk gezegd eng. Hoe geef ik zoiets door?"),
    ("straatverlichting-melden", "weet jij waar ik moet melden dat een lantaarnpaal steeds aan en uit flikkert"),
    ("straatverlichting-melden", "Is het mogelijk om via deze chat een kapotte straatlamp door te geven, of moet ik daarvoor ergens anders zijn?"),
    # boom-kappen
    ("boom-kappen", "In onze achtertuin staat een grote berk en mijn zoon is daar heel allergisch voor. We willen hem eigenlijk weg hebben. Moet ik daarvoor toestemming vragen of mag dat zomaar op eigen grond?"),
    ("boom-kappen", "hoe zit het met een kapvergunning voor een conifeer in de voortuin, is dat nodig als de stam niet zo dik is"),
    ("boom-kappen", "The walnut tree in my garden is pushing up the base of the shed. Can I just cut it down, or do I need a permit first?"),
    # losse-stoeptegel
    ("losse-stoeptegel", "Mijn buurvrouw van 84 is vorige week bijna gevallen over een tegel die scheef omhoog staat voor de apotheek. Ik wil voorkomen dat het nog eens gebeurt, waar geef ik zoiets door?"),
    ("losse-stoeptegel", "er zit een flink gat in het fietspad waar ik elke dag langs moet, hoe meld ik dat"),
    ("losse-stoeptegel", "Weet jij hoe ik een verzakte stoep kan doorgeven? Na elke regenbui staat er een grote plas voor onze deur omdat de tegels zijn weggezakt."),
    # wijkteam-contact
    ("wijkteam-contact", "Sinds mijn scheiding loop ik helemaal vast met de post, de rekeningen en de kinderen. Iemand op het schoolplein zei dat het wijkteam kan helpen. Hoe kom ik bij hen terecht?"),
    ("wijkteam-contact", "ik zoek het telefoonnummer van het buurtteam, ik heb hulp nodig bij het invullen van formulieren"),
    ("wijkteam-contact", "My dad lives on his own and is struggling to cope at home since his hip operation. Is there a local team I can contact to arrange some support for him?"),
    # zorgen-om-buurtbewoner
    ("zorgen-om-buurtbewoner", "De oude meneer naast mij wordt steeds verwarder. Gisteren stond hij in zijn pyjama op straat en wist hij niet meer waar hij woonde. Zijn familie woont ver weg. Wat kan ik het beste doen?"),
    ("zorgen-om-buurtbewoner", "weet jij bij wie ik terecht kan als ik me zorgen maak om de vrouw beneden? ze is erg vermagerd en komt nooit meer buiten"),
    ("zorgen-om-buurtbewoner", "Is het mogelijk om anoniem door te geven dat het met een buurvrouw niet goed gaat? Haar huis raakt steeds voller met spullen en het begint in het trappenhuis te stinken."),
    # eenzaamheid-activiteiten
    ("eenzaamheid-activiteiten", "Sinds mijn vrouw vorig jaar is overleden zit ik veel alleen thuis. De kinderen wonen ver weg en bellen af en toe. Ik zou graag wat vaker onder de mensen komen, maar ik weet niet goed waar ik moet beginnen."),
    ("eenzaamheid-activiteiten", "zijn er in de buurt koffieochtenden of zo waar je gewoon kan aanschuiven? ben net verhuisd en ken nog niemand"),
    ("eenzaamheid-activiteiten", "I moved here for work six months ago and honestly haven't made a single friend yet. Are there any local groups or activities where I could meet people?"),
    # reparatie-huurwoning
    ("reparatie-huurwoning", "We huren al zes jaar dit appartement en sinds de winter komt er zwarte schimmel op de slaapkamermuur, hoe vaak ik ook lucht en hoe vaak ik het ook wegpoets met azijn. Mijn dochtertje van drie hoest de laatste tijd veel en de huisarts vroeg al naar vocht in huis. Wie moet dit oplossen, ik of de verhuurder?"),
    ("reparatie-huurwoning", "het lekt door het plafond van de badkamer als de bovenburen douchen. moet ik daarvoor bij de woningcorporatie zijn of bij jullie"),
    ("reparatie-huurwoning", "Hoe zit het als de verhuurder niks doet aan het vocht in huis? Het is een particuliere huurbaas en ik heb het al drie keer gevraagd."),
    # woning-zoeken
    ("woning-zoeken", "Ik ben 23, woon nog bij mijn ouders op een zolderkamertje en wil echt graag op mezelf. Hoe kom ik aan een sociale huurwoning, moet ik me ergens inschrijven?"),
    ("woning-zoeken", "Na mijn scheiding slaap ik nu al twee maanden met mijn twee kinderen bij mijn zus op de bank. Haar huis is eigenlijk te klein voor haar eigen gezin en de sfeer wordt er niet beter op. De kinderen moeten elke ochtend ver reizen naar school. Is het mogelijk om met spoed een woning te krijgen?"),
    ("woning-zoeken", "We're a family of five in a two-room flat and it's getting impossible. How does the waiting list for social housing work here?"),
    # paspoort-aanvragen
    ("paspoort-aanvragen", "We gaan in mei voor het eerst met de kinderen naar een land waar je echt een paspoort nodig hebt, en ik zie net dat dat van mijn oudste verlopen is. Hoe regel ik snel een nieuwe?"),
    ("paspoort-aanvragen", "is het mogelijk om een identiteitskaart voor mijn baby aan te vragen, of kan dat pas als ze wat ouder is"),
    ("paspoort-aanvragen", "mijn id-kaart verloopt over 2 maanden. hoe zit het met verlengen, moet ik daarvoor persoonlijk langskomen?"),
    # verhuizing-doorgeven
    ("verhuizing-doorgeven", "Eindelijk de sleutel van ons nieuwe huis gekregen! We trekken er volgend weekend in. Moet ik dat nog ergens bij de gemeente doorgeven, en hoe dan?"),
    ("verhuizing-doorgeven", "mijn zoon gaat op kamers, weet jij of hij zelf zijn nieuwe adres moet doorgeven of kan ik dat voor hem doen"),
    ("verhuizing-doorgeven", "I'm moving in with my girlfriend next month. How do I update my address with the municipality?"),
    # openingstijden
    ("openingstijden", "Ik werk in ploegendienst en ben tot vijf uur aan het werk, dus overdag langskomen lukt eigenlijk nooit. Vrij nemen kan pas weer over een paar weken en mijn leidinggevende doet daar altijd moeilijk over. Is het gemeentehuis ook een avond in de week open?"),
    ("openingstijden", "wat is het nummer van de gemeente, ik wil gewoon iemand aan de lijn hebben ipv deze chat"),
    ("openingstijden", "Weet jij of het stadskantoor tussen kerst en oud en nieuw gewoon open is? Ik moet nog papieren afgeven."),
    # wie-is-mijn-wijkregisseur
    ("wie-is-mijn-wijkregisseur", "Ik zit sinds kort in de bewonerscommissie van ons complex en we willen graag eens met de gemeente om tafel over de buurt. Wie is eigenlijk ons aanspreekpunt en hoe bereik ik die persoon?"),
    ("wie-is-mijn-wijkregisseur", "hoe heet onze wijkregisseur ook alweer? en heeft die een mailadres?"),
    ("wie-is-mijn-wijkregisseur", "Is there a specific person at the council who is responsible for our neighbourhood? I'd like to talk to them about a few ongoing issues."),
    # privacy-chatbot
    ("privacy-chatbot", "Ik heb net in deze chat mijn adres en het hele verhaal over mijn buurman getypt. Achteraf vind ik dat toch een beetje eng. Wat doen jullie met die gegevens?"),
    ("privacy-chatbot", "kan ik mijn gesprek met deze bot laten verwijderen"),
    ("privacy-chatbot", "Wordt dit gesprek ergens opgeslagen? En wie kan het allemaal teruglezen?"),
]

# (slug it is close to, text): the right outcome is NO FAQ answer. 5 per slug,
# mixing reports, neighbouring topics, status questions, complaints and
# requests for the municipality to act.
NEAR_MISSES = [
    # grofvuil-ophalen
    ("grofvuil-ophalen", "Er staat al drie dagen een berg grofvuil naast de container bij ons portiek, een bank, een kast en een paar vuilniszakken. Kan iemand dat komen weghalen?"),
    ("grofvuil-ophalen", "Ik heb een kapsalon aan huis, mag ik mijn bedrijfsafval gewoon bij het grofvuil zetten?"),
    ("grofvuil-ophalen", "mijn grofvuilafspraak was vanochtend en de spullen staan er om vier uur nog steeds, komen ze nog??"),
    ("grofvuil-ophalen", "Waarom moet je bij jullie weken wachten op een grofvuilafspraak terwijl het in andere gemeentes binnen een paar dagen kan?"),
    ("grofvuil-ophalen", "The bulky waste crew took my sofa this morning but left the broken chair behind. Who do I contact about that?"),
    # afvalkalender
    ("afvalkalender", "De gft-bak is vandaag weer niet geleegd terwijl hij gewoon om half acht aan de straat stond. Kunnen jullie alsnog langskomen?"),
    ("afvalkalender", "Mag piepschuim bij het plastic of moet dat ergens anders heen?"),
    ("afvalkalender", "Hoe kom ik aan een extra grijze container? Met vijf kinderen zit die van ons elke week propvol."),
    ("afvalkalender", "Waarom wordt het papier maar eens in de vier weken opgehaald? Dat is toch veel te weinig"),
    ("afvalkalender", "Wat een zooi weer vandaag, de vuilniswagen had haast en de helft lag ernaast. Moet ik dat nou zelf opruimen of zo?"),
    # containerpas
    ("containerpas", "De ondergrondse container aan de overkant is stuk, de klep gaat bij niemand open, ook niet bij de buren. Kan er iemand naar kijken?"),
    ("containerpas", "Hoeveel keer per jaar mag ik de klep van de restafvalcontainer openen voordat ik moet bijbetalen?"),
    ("containerpas", "Ik heb drie weken geleden een nieuwe pas aangevraagd omdat de oude kwijt was, en betaald ook, maar hij is nog steeds niet binnen. Ondertussen sta ik elke keer met mijn vuilniszak bij de buren aan te bellen of ik hun pasje even mag lenen, dat is toch geen doen. Hoe lang duurt dat normaal?"),
    ("containerpas", "Waarom heeft iedereen in de straat ineens een pasje nodig voor het restafval, vroeger gooide je je zak toch ook gewoon in de bak?"),
    ("containerpas", "Could you move the underground bin closer to our building? The elderly residents can barely walk that far with their bags."),
    # container-vol-melden
    ("container-vol-melden", "De restafvalcontainer op de hoek puilt alweer uit en het stinkt enorm, kan die vandaag nog geleegd worden?"),
    ("container-vol-melden", "Ik heb vorige week maandag gemeld dat de papierbak kapot is, meldingsnummer en alles, maar er is nog steeds niks gebeurd. Wanneer komen ze?"),
    ("container-vol-melden", "Hoe kan het dat die container elke vrijdag overvol zit? Jullie weten toch allang dat hij te klein is voor zoveel huishoudens?"),
    ("container-vol-melden", "Kan er een extra glasbak bij ons in de buurt komen? De dichtstbijzijnde is tien minuten lopen en ik heb geen auto."),
    ("container-vol-melden", "Someone set fire to the paper bin last night and it's completely melted. Please send someone to replace it."),
    # vuurwerk-regels
    ("vuurwerk-regels", "Er wordt al de hele week elke avond vuurwerk afgestoken bij het speelveld, mijn hond is doodsbang. Kan daar iemand op letten?"),
    ("vuurwerk-regels", "Mijn auto is met oud en nieuw beschadigd door een vuurpijl. Kan ik die schade bij de gemeente claimen?"),
    ("vuurwerk-regels", "Ik heb na de jaarwisseling gemeld dat onze straat vol ligt met vuurwerkafval, wanneer wordt dat eens opgeruimd?"),
    ("vuurwerk-regels", "Waarom komt er nou nog steeds geen totaal vuurwerkverbod? Elk jaar weer gewonden en kapotte bushokjes."),
    ("vuurwerk-regels", "Could the council just organise a proper fireworks show so people stop setting off their own in the street?"),
    # geluidsoverlast-buren
    ("geluidsoverlast-buren", "Het is nu half drie 's nachts en er is een keihard feest aan de gang twee huizen verderop. Kan er iemand langskomen?"),
    ("geluidsoverlast-buren", "Het cafe onder ons heeft elk weekend livemuziek tot sluitingstijd. Mag dat zomaar, hebben ze daar een vergunning voor?"),
    ("geluidsoverlast-buren", "We zijn twee maanden geleden aangemeld voor buurtbemiddeling maar er heeft nog steeds niemand contact met ons opgenomen. Klopt dat wel?"),
    ("geluidsoverlast-buren", "Waarom doen jullie eigenlijk nooit iets tegen de herrie van die bouwplaats om zeven uur 's ochtends?"),
    ("geluidsoverlast-buren", "The scooters racing past every night make a horrible noise. Can you put up cameras or something?"),
    # ongedierte
    ("ongedierte", "Bij het speeltuintje ligt een dode rat naast de zandbak, kan iemand die weghalen voordat de kinderen uit school komen?"),
    ("ongedierte", "De buurvrouw gooit elke dag oud brood naar de eenden en de meeuwen. Mag dat eigenlijk?"),
    ("ongedierte", "Twee weken geleden is er iemand van de ongediertebestrijding geweest voor de ratten in de tuin, maar ik zie ze nog steeds. Komt er nog iemand terug?"),
    ("ongedierte", "Waarom laten jullie die sloot zo verslonzen dat de ratten er gewoon overdag rondlopen? Schandalig toch?"),
    ("ongedierte", "Achter de snackbar staan elke avond open vuilniszakken, het trekt van alles aan. Kunnen jullie die eigenaar niet eens aanspreken?"),
    # honden-regels
    ("honden-regels", "Hoeveel hondenbelasting betaal ik voor twee honden en hoe meld ik de tweede aan?"),
    ("honden-regels", "Er ligt elke ochtend hondenpoep voor onze voordeur, steeds dezelfde man met zijn herder. Kunnen jullie daar een boa op zetten?"),
    ("honden-regels", "Kan er een hondenuitlaatveld komen bij de nieuwbouw? Er is daar nu nergens plek om je hond te laten rennen."),
    ("honden-regels", "Waarom staan er nergens poepzakjesautomaten terwijl we wel hondenbelasting betalen?"),
    ("honden-regels", "A big loose dog jumped at my daughter in the playground this morning and the owner just laughed. What are you going to do about it?"),
    # parkeervergunning
    ("parkeervergunning", "Ik heb een parkeerboete gekregen terwijl mijn vergunning gewoon geldig was. Hoe maak ik bezwaar?"),
    ("parkeervergunning", "Er staat al een week een busje met een buitenlands kenteken op de vergunninghoudersplek voor mijn deur. Kan dat weggesleept worden?"),
    ("parkeervergunning", "mijn aanvraag voor de parkeervergunning loopt nu al vijf weken en ik hoor niks. intussen heb ik al drie bonnen gekregen omdat ik gewoon voor mijn eigen huis sta, want waar moet ik anders heen met die auto. hoe lang duurt dit nog en krijg ik die bonnen terug?"),
    ("parkeervergunning", "Waarom is een parkeervergunning dit jaar bijna drie keer zo duur als vorig jaar? Ik vind dat echt belachelijk"),
    ("parkeervergunning", "Could you add more parking spaces in our street? Even with a permit I never find a spot after 6 pm."),
    # gehandicaptenparkeerplaats
    ("gehandicaptenparkeerplaats", "Kan ik via de gemeente een scootmobiel krijgen? Ik kan steeds slechter lopen."),
    ("gehandicaptenparkeerplaats", "Er staat alweer een auto zonder kaart op de gehandicaptenplek voor nummer 12, dit is de derde keer deze week. Kan daar gehandhaafd worden?"),
    ("gehandicaptenparkeerplaats", "Ik heb in het voorjaar een gehandicaptenparkeerplaats aangevraagd en de keuring gehad, maar het bord staat er nog steeds niet. Wanneer word het geplaatst?"),
    ("gehandicaptenparkeerplaats", "Waarom moet ik voor mijn gehandicaptenplek elk jaar opnieuw betalen? Ik word heus niet beter."),
    ("gehandicaptenparkeerplaats", "De stoeprand naast de invalidenplek is veel te hoog voor een rolstoel. Kunnen jullie die verlagen?"),
    # fietswrak
    ("fietswrak", "Mijn fiets is gisteren weggehaald bij het station omdat hij verkeerd stond. Waar kan ik hem terughalen en wat kost dat?"),
    ("fietswrak", "Mijn fiets is vannacht uit de schuur gestolen, moet ik daarvoor bij jullie zijn?"),
    ("fietswrak", "Ik heb drie weken terug een fietswrak gemeld, er hangt inmiddels een label aan maar hij staat er nog steeds. Wanneer wordt hij nou echt opgehaald?"),
    ("fietswrak", "Waarom zijn er altijd te weinig fietsenrekken, zodat iedereen zijn fiets maar tegen de gevel zet?"),
    ("fietswrak", "Can you put a proper bike shed in our street? There's no room to keep bikes indoors in these flats."),
    # verkeersmaatregel-aanvragen
    ("verkeersmaatregel-aanvragen", "Vanochtend weer bijna een kind geschept bij de oversteek, de automobilisten stoppen gewoon niet. Dit moet echt anders!"),
    ("verkeersmaatregel-aanvragen", "Kan ik een ontheffing krijgen om met een verhuiswagen door het voetgangersgebied te rijden?"),
    ("verkeersmaatregel-aanvragen", "We hebben in maart met de hele straat een handtekeningenlijst voor een drempel ingeleverd. Is daar al een besluit over genomen?"),
    ("verkeersmaatregel-aanvragen", "Het verkeerslicht bij het kruispunt staat al twee dagen op knipperen, kunnen jullie dat maken?"),
    ("verkeersmaatregel-aanvragen", "The new speed bump outside our house makes every bus rattle our windows. Can it be removed?"),
    # buurtfeest-organiseren
    ("buurtfeest-organiseren", "Kunnen we de zaal van het buurthuis huren voor een verjaardagsfeest, en wat kost dat?"),
    ("buurtfeest-organiseren", "De buren hebben gisteren tot drie uur 's nachts een straatfeest gehouden met een dj en niemand deed er iets aan. Is dit nou normaal?"),
    ("buurtfeest-organiseren", "Ik heb zes weken geleden de vergunning voor ons buurtfeest aangevraagd en het feest is over tien dagen. Krijg ik nog op tijd antwoord?"),
    ("buurtfeest-organiseren", "Waarom moet je voor een simpel straatfeestje al acht weken van tevoren alles indienen? Dat is toch absurd"),
    ("buurtfeest-organiseren", "Our street party last Saturday got shut down by enforcement officers even though we had a permit. Who can I complain to?"),
    # bewonersbudget
    ("bewonersbudget", "Hoe huur ik de grote zaal van het buurthuis voor onze bewonersvergadering?"),
    ("bewonersbudget", "Kom ik in aanmerking voor een bijdrage uit het minimafonds voor de contributie van de voetbalclub van mijn zoon?"),
    ("bewonersbudget", "We hebben in januari een aanvraag voor het bewonersbudget ingediend voor een buurtmoestuin en nog steeds geen besluit. Hoe staat het ermee?"),
    ("bewonersbudget", "Waarom gaat het bewonersbudget altijd naar dezelfde clubjes? Wij krijgen nooit wat."),
    ("bewonersbudget", "We got approved for initiative funding in the spring but the money still hasn't been transferred. Who can I chase about this?"),
    # geveltuin
    ("geveltuin", "De geveltuin van de buren is zo breed geworden dat ik met de kinderwagen de stoep niet meer op kan. Kunnen jullie daar iets van zeggen?"),
    ("geveltuin", "Mag ik mijn voortuin helemaal betegelen zodat ik de auto erop kan zetten?"),
    ("geveltuin", "Ik heb twee maanden geleden via de actie een gratis geveltuinpakket aangevraagd. Wanneer wordt dat bezorgd?"),
    ("geveltuin", "Waarom mag de een wel een geveltuin van een meter breed en krijg ik een brief dat die van mij te groot is?"),
    ("geveltuin", "Why did the council remove the plants in front of my house without any warning? I put them there three years ago."),
    # groen-adopteren
    ("groen-adopteren", "Het gras in het parkje is al weken niet gemaaid en staat tot je knieen. Wanneer komt de maaier?"),
    ("groen-adopteren", "Kunnen jullie de heg langs het fietspad snoeien? Je ziet de fietsers niet meer aankomen."),
    ("groen-adopteren", "Waar kan ik een volkstuin huren? Ik heb zelf geen tuin en wil graag groente kweken."),
    ("groen-adopteren", "Geachte heer/mevrouw, wij hebben sinds vorig jaar een adoptiecontract voor de plantsoenen, maar het toegezegde gereedschap is nooit geleverd. Kunt u dat navragen?"),
    ("groen-adopteren", "Why does the council keep ripping out perfectly healthy shrubs and replacing them with gravel?"),
    # buurtpreventie
    ("buurtpreventie", "Vannacht is er weer een auto opengebroken in onze straat, de derde deze maand. Gaan jullie hier nog iets aan doen?"),
    ("buurtpreventie", "Waar kan ik aangifte doen van een inbraak die vorige week al gebeurd is? Ik was op vakantie en kwam er gisteren pas achter."),
    ("buurtpreventie", "Kan er 's avonds vaker politie of een handhaver door onze buurt rijden?"),
    ("buurtpreventie", "Waarom hangen er overal borden 'buurtpreventie' als er nooit iemand rondloopt?"),
    ("buurtpreventie", "I signed up for the neighbourhood WhatsApp group a month ago but nobody has added me yet. Who manages it?"),
    # straatverlichting-melden
    ("straatverlichting-melden", "De lantaarnpaal voor huisnummer 8 is kapot, wil iemand die komen maken?"),
    ("straatverlichting-melden", "Ik heb twee weken geleden een kapotte lamp gemeld en kreeg een bevestiging, maar hij is nog steeds uit. Wat is de stand van zaken?"),
    ("straatverlichting-melden", "Kan er een extra lantaarnpaal komen op het fietspad langs het water? Het is daar 's avonds echt te donker."),
    ("straatverlichting-melden", "Waarom brandt de straatverlichting bij ons overdag gewoon, terwijl het op andere plekken 's nachts pikdonker is? Zonde van het geld toch?"),
    ("straatverlichting-melden", "The new LED street lamp shines straight into our bedroom. Can it be dimmed or fitted with some kind of shield?"),
    # boom-kappen
    ("boom-kappen", "Kunnen jullie de boom voor mijn raam snoeien? De takken hangen tegen de ramen en het is binnen de hele dag donker."),
    ("boom-kappen", "Er is vannacht door de storm een grote tak van een boom in het park op het fietspad gevallen. Kan die snel weggehaald worden?"),
    ("boom-kappen", "Ik heb in september een kapvergunning aangevraagd voor de eik achter ons huis, hoe lang duurt het nog voor ik bericht krijg?"),
    ("boom-kappen", "Waarom worden er in onze wijk gezonde bomen gekapt voor nieuwbouw? Wie heeft dat besloten?"),
    ("boom-kappen", "The council tree outside my house drops sticky sap all over my car every summer. Can I claim the cleaning costs?"),
    # losse-stoeptegel
    ("losse-stoeptegel", "Er ligt een stoeptegel los voor nummer 23, kan iemand die vastleggen?"),
    ("losse-stoeptegel", "Ik ben gevallen over een losliggende tegel en heb mijn pols gebroken. Kan ik de gemeente aansprakelijk stellen?"),
    ("losse-stoeptegel", "Ik heb in het voorjaar al een gat in de weg gemeld en nu is het alleen maar groter geworden. Waarom is er nog steeds niks gedaan?"),
    ("losse-stoeptegel", "Kunnen jullie de stoep in onze straat niet gewoon helemaal opnieuw bestraten? Hij ligt overal scheef."),
    ("losse-stoeptegel", "I want to lower the kerb in front of my house so I can park on my drive. Who do I ask for permission?"),
    # wijkteam-contact
    ("wijkteam-contact", "Mijn toeslagen zijn stopgezet, kunnen jullie me vertellen waarom?"),
    ("wijkteam-contact", "Ik heb een maand geleden een intakegesprek gehad met iemand van het wijkteam over de schulden en de problemen met mijn zoon. Ze zou na twee weken terugbellen met een plan, maar er is helemaal niks gebeurd en ik lig er wakker van."),
    ("wijkteam-contact", "Ik wil een klacht indienen over mijn begeleider van het buurtteam, hij komt steeds zijn afspraken niet na."),
    ("wijkteam-contact", "Mijn bijstandsuitkering is deze maand te laat gestort en ik moet de huur betalen, bij wie moet ik zijn?"),
    ("wijkteam-contact", "How do I apply for the energy allowance for people on a low income?"),
    # zorgen-om-buurtbewoner
    ("zorgen-om-buurtbewoner", "Mijn buurman ligt in zijn tuin op de grond en reageert niet!"),
    ("zorgen-om-buurtbewoner", "Mijn moeder van 90 woont nog zelfstandig maar het gaat echt niet meer. Hoe regel ik een plek in een verpleeghuis?"),
    ("zorgen-om-buurtbewoner", "Ik heb vorige maand bij jullie gemeld dat mijn buurvrouw erg in de war is. Weet u of er al iemand bij haar langs is geweest?"),
    ("zorgen-om-buurtbewoner", "Kunnen jullie ervoor zorgen dat de buurman die alles verzamelt zijn tuin opruimt? Er liggen bergen rommel en het trekt ongedierte aan."),
    ("zorgen-om-buurtbewoner", "The woman across the road was taken away in an ambulance yesterday. Can you tell me which hospital she's in?"),
    # eenzaamheid-activiteiten
    ("eenzaamheid-activiteiten", "Is er een regeling waarmee ik met een laag inkomen goedkoper kan zwemmen?"),
    ("eenzaamheid-activiteiten", "Ik heb me vorige maand aangemeld voor het maatjesproject maar niemand heeft nog gebeld. Staat mijn aanmelding er nog wel?"),
    ("eenzaamheid-activiteiten", "Waarom is de ouderensoos in het buurthuis opgeheven? Dat was het enige waar mijn moeder nog naartoe ging."),
    ("eenzaamheid-activiteiten", "Kunnen jullie de bankjes op het plein terugzetten? Daar zaten de ouderen altijd samen en nu is er niks meer."),
    ("eenzaamheid-activiteiten", "The lift in our building has been broken for two weeks and my elderly neighbours can't get out of the house at all. When will it be fixed?"),
    # reparatie-huurwoning
    ("reparatie-huurwoning", "Mijn huur gaat per juli weer omhoog met vijf procent. Mag dat zomaar en kan ik er bezwaar tegen maken?"),
    ("reparatie-huurwoning", "Wij hebben een koophuis en er zit vocht in de kelder. Is er subsidie om de boel te isoleren?"),
    ("reparatie-huurwoning", "De corporatie zou vorige week dinsdag de lekkage komen repareren maar er is niemand gekomen. Kunnen jullie ze bellen?"),
    ("reparatie-huurwoning", "Waarom duurt het bij de woningcorporatie altijd maanden voordat er iets gerepareerd wordt? Dit is toch niet normaal?"),
    ("reparatie-huurwoning", "Can I get my deposit back if my landlord refuses to return it? I moved out two months ago."),
    # woning-zoeken
    ("woning-zoeken", "Hoe vraag ik huurtoeslag aan?"),
    ("woning-zoeken", "Ik wil mijn koophuis verkopen. Hoe hoog is de WOZ-waarde eigenlijk en kan ik daar bezwaar tegen maken?"),
    ("woning-zoeken", "Ik heb drie maanden geleden urgentie aangevraagd en nog steeds geen beslissing. Hoe lang duurt dat nog?"),
    ("woning-zoeken", "Kunnen jullie ervoor zorgen dat er meer betaalbare woningen voor jongeren gebouwd worden?"),
    ("woning-zoeken", "Waarom moet je hier meer dan tien jaar op een huurwoning wachten terwijl er overal dure appartementen worden neergezet?"),
    # paspoort-aanvragen
    ("paspoort-aanvragen", "Mijn rijbewijs is verlopen, kan ik bij jullie een nieuwe aanvragen?"),
    ("paspoort-aanvragen", "Ik heb een uittreksel uit de basisregistratie nodig voor mijn nieuwe werkgever. Hoe kom ik daaraan?"),
    ("paspoort-aanvragen", "Ik heb twee weken geleden een paspoort aangevraagd, wanneer kan ik hem ophalen? Ik heb nog geen sms gehad."),
    ("paspoort-aanvragen", "Waarom kost een paspoort bij jullie zoveel meer dan bij andere gemeenten?"),
    ("paspoort-aanvragen", "I applied for my passport last month and my pick-up appointment was cancelled. Can I just walk in and collect it?"),
    # verhuizing-doorgeven
    ("verhuizing-doorgeven", "Ik heb mijn verhuizing drie weken geleden online doorgegeven maar nog geen bevestiging gekregen. Is het wel goed gegaan?"),
    ("verhuizing-doorgeven", "Ons blok wordt gesloopt. Hoe vraag ik de verhuisvergoeding aan bij de woningcorporatie?"),
    ("verhuizing-doorgeven", "Kunnen jullie de post van de vorige bewoner naar zijn nieuwe adres sturen? Die blijft maar bij ons binnenkomen."),
    ("verhuizing-doorgeven", "Waarom duurt het zo lang voordat een adreswijziging verwerkt is? Ik krijg nog steeds brieven van de gemeente op mijn oude adres."),
    ("verhuizing-doorgeven", "According to your letter there are two people registered at my address that I've never heard of. How can that be?"),
    # openingstijden
    ("openingstijden", "Hoe laat gaat de milieustraat op zaterdag dicht?"),
    ("openingstijden", "Wat zijn de openingstijden van de bibliotheek?"),
    ("openingstijden", "Ik heb vorige week het algemene nummer gebeld en zou teruggebeld worden, maar er is niks gebeurd."),
    ("openingstijden", "Waarom hang je bij jullie altijd een half uur in de wacht als je belt? Belachelijk."),
    ("openingstijden", "Could you open the town hall on Saturdays? Lots of working people can't make it during the week."),
    # wie-is-mijn-wijkregisseur
    ("wie-is-mijn-wijkregisseur", "Wie is onze wijkagent en hoe kan ik die bereiken?"),
    ("wie-is-mijn-wijkregisseur", "Wie is de huismeester van ons flatgebouw? De lift is weer stuk."),
    ("wie-is-mijn-wijkregisseur", "Ik heb vorige maand de wijkregisseur gemaild over de hangjongeren en nog steeds geen antwoord. Kan iemand dat navragen?"),
    ("wie-is-mijn-wijkregisseur", "Wat doet zo'n wijkregisseur eigenlijk de hele dag? Je ziet hem nooit in de buurt."),
    ("wie-is-mijn-wijkregisseur", "Who is our local councillor? I want to raise something at the next council meeting."),
    # privacy-chatbot
    ("privacy-chatbot", "Ik wil inzage in alle gegevens die de gemeente in de basisregistratie over mij heeft. Hoe vraag ik dat aan?"),
    ("privacy-chatbot", "Ben jij een echt mens of een computer?"),
    ("privacy-chatbot", "Ik heb een maand geleden gevraagd om mijn gegevens te laten verwijderen en nog niks gehoord. Is dat nou gebeurd?"),
    ("privacy-chatbot", "Er hangt een camera van de gemeente bij het plein die recht in mijn woonkamer kijkt. Mag dat zomaar?"),
    ("privacy-chatbot", "Honestly, why would the council use a chatbot instead of just hiring people?"),
]
