"""Independently written batch f, Nov 2026: hand-written resident messages for the eight themes."""

INITIATIEF = [
    (
        "hoi! zaterdag hebben we met 12 buren de speeltuin achter de flat opgeruimd, 9 zakken "
        "vol blikjes en glas. willen dit elke maand doen, kunnen we vaste grijpers en hesjes "
        "van jullie lenen?"
    ),
    (
        "ons taalcafe op dinsdagochtend in het buurthuis loopt nu 3 maanden en het is super, "
        "maar we zitten met 25 man in dat kleine zaaltje. kan de grote zaal misschien?"
    ),
    "kan de gemeente 4 statafels en een partytent uitlenen? vergunning straatfeest is al rond",
    (
        "idee: er hangen elke avond jongeren rond bij het bankje bij de supermarkt omdat er "
        "niks te doen is voor ze. zou een voetbalkooi op het grasveld niks zijn? ik wil best "
        "handtekeningen ophalen"
    ),
    (
        "onze straat is zo grijs en kaal, alleen maar stenen. met een paar buren willen we "
        "grote plantenbakken neerzetten en die zelf bijhouden. hoe pakken we dat aan"
    ),
    (
        "Mijn moeder (81) zit de hele dag alleen en ze is echt niet de enige in haar portiek. "
        "Ik wil een koffieochtend beginnen in de recreatieruimte van de flat, 1x per week. "
        "Bij wie moet ik zijn en is er een potje voor koffie en koek?"
    ),
    "tegelwippen, hoe werkt dat hier?",
    (
        "we zijn sinds de zomer een repair cafe begonnen in de kerkzaal, elke 2e zaterdag. "
        "zouden jullie dat op de site of in de wijkkrant kunnen zetten? we willen meer bezoekers"
    ),
    (
        "ik heb van een oud keukenkastje een minibiebje gemaakt, mag ik die aan het hek bij "
        "het speelveldje hangen of moet ik ergens toestemming voor vragen"
    ),
    (
        "Thanks to everyone who joined the litter picking on sunday!! we filled 14 bags along "
        "the water. We left them stacked by the lamp post, can someone from the council "
        "collect them? want to make this a monthly thing"
    ),
    (
        "is het mogelijk dat het schoolplein in het weekend open blijft? het is het enige stuk "
        "speelruimte in de wijk maar vrijdag om 4 uur gaat het hek op slot en dan voetballen de "
        "kids op straat tussen de geparkeerde autos. wij als ouders (we zijn met zo'n 7 "
        "gezinnen) willen best een rooster maken voor toezicht en het hek zondagavond weer "
        "dichtdoen. met de school hebben we al gepraat, die wilden dat we het bij de gemeente "
        "vragen"
    ),
    "we hebben een buurtapp opgezet, al 64 leden. kan de wijkagent of wijkregisseur er ook in?",
    (
        "ff trots delen: ons geveltuintje staat vol in bloei en nu doen er 6 buren mee 🌻 "
        "krijgen we nog die gratis plantjes waar het over ging?"
    ),
    "geveltuintje, mag dat zomaar?",
    (
        "naast de gymzaal ligt al jaren een braakliggend stukje waar alleen rommel en hondenpoep "
        "ligt. wij zijn met tien gezinnen die daar graag moestuinbakken willen neerzetten, "
        "een paar van hout, met een regenton erbij. de kinderen kunnen dan zien hoe worteltjes "
        "groeien en de oudere buren hebben ook een plek om samen te zijn. van wie is die grond "
        "eigenlijk, en bij wie moet ik zijn om dit voor elkaar te krijgen?"
    ),
    "kunnen we uit het bewonersbudget een kerstboom met lichtjes op het pleintje betalen?",
    (
        "ik organiseer met wat moeders een zwerfafval prikactie met groep 6, kunnen jullie "
        "knijpers en vuilniszakken op school afleveren? datum is 14 april"
    ),
    (
        "Hi! I host a small language exchange (dutch - english - arabic) with neighbours on "
        "thursday evenings at my place but it got too big for my living room. Is there a "
        "room in the community centre we could use for free?"
    ),
    (
        "er staat bij ons op de hoek een grote bloembak waar niemand naar omkijkt, mag ik die "
        "adopteren en er zelf iets in planten?"
    ),
    (
        "De jeugd hier verveelt zich kapot, ze hangen 's avonds wat bij de portieken omdat er "
        "gewoon niks is voor ze. Ik ben zelf moeder van twee pubers en heb een idee: 1x per "
        "maand een filmavond in het buurthuis voor 12 tot 16 jaar, met popcorn en zelf een "
        "film kiezen. Ik heb een beamer en een scherm, ik heb alleen de zaal nodig op "
        "vrijdagavond en misschien iemand van het jongerenwerk erbij. Wie kan ik daarvoor "
        "benaderen?"
    ),
    (
        "wie kan ons helpen met reclame voor de buurtmarkt in mei? flyers drukken of een "
        "berichtje op de gemeentepagina zou al heel fijn zijn"
    ),
    (
        "namens de buurtpreventie: we lopen nu 2 avonden per week een rondje met 8 vrijwilligers. "
        "kunnen we hesjes en zaklampen aanvragen?"
    ),
    (
        "op het trafohuisje zit alleen maar lelijke graffiti. wij willen er samen met kinderen "
        "uit de buurt een muurschildering op maken. mag dat en wie betaalt de verf?"
    ),
    "is er subsidie voor een buurtkoor? we oefenen nu met 15 man in iemands woonkamer haha",
    (
        "Hello, we are a few students living in the houses next to the park and we'd like to "
        "start a monthly clean-up with the neighbours. Do you hand out gloves and bags?"
    ),
    (
        "we hebben nu 40 handtekeningen voor een peuterspeeltoestel op het veldje achter "
        "de school. waar moeten we die inleveren en wie beslist erover?"
    ),
    (
        "de opa's en oma's uit onze flat willen graag een jeu de boules baan. is daar plek voor "
        "op het grasveld en zou de gemeente het zand kunnen storten? wij doen de rest"
    ),
    "mag ik een praatbankje voor mijn deur zetten zodat buren even kunnen zitten en kletsen",
    (
        "Afgelopen zaterdag met 8 buren de hele stoep geveegd en het onkruid tussen de tegels "
        "weggehaald. Het was heel gezellig. Kunnen we hier een vast ding van maken met "
        "materiaal van de gemeente, zoals bezems en een aanhanger?"
    ),
    (
        "Burendag komt eraan. We willen het pleintje afzetten voor een springkussen en lange "
        "tafels. Valt dat onder de vergunning die we al hebben voor het straatfeest of moet "
        "dat apart?"
    ),
    "idee: ruilkast voor kinderkleding in de hal van het buurthuis, wie moet ik daarvoor mailen",
    (
        "kan de opbouwwerker een keer langskomen? we zijn een groepje bewoners dat iets wil doen "
        "aan de sfeer in de straat maar we weten niet waar we moeten beginnen"
    ),
    (
        "our neighbourhood whatsapp group wants to plant a few fruit trees on the grass strip "
        "between the houses. can we just do it or do we need permission first?"
    ),
    "doeltjes lenen voor straattoernooi?",
    (
        "we doen mee met de landelijke opschoondag en willen de hele buurt doen, 30 vrijwilligers. "
        "zouden we 30 grijpers en afvalringen kunnen krijgen?"
    ),
    (
        "Goedemiddag. Met een paar buren willen we een bloemenstrook zaaien langs het fietspad, "
        "nu is het alleen kortgemaaid gras waar niks op leeft. Is dat toegestaan en heeft de "
        "gemeente zaad beschikbaar?"
    ),
    (
        "even een update van de eettafel voor ouderen in het buurthuis: draait nu een half jaar "
        "elke vrijdag en we hebben 18 vaste gasten 😊 er zit een meneer bij die eerst nooit de "
        "deur uit kwam en nu als eerste aan tafel zit. we koken met 4 vrijwilligers. we willen "
        "graag een tweede kookavond erbij maar de koelkast is veel te klein en de oven is half "
        "kapot. is daar budget voor vanuit de gemeente of het bewonersbudget?"
    ),
    "can we use the community centre kitchen for a neighbours potluck on a saturday? ~30 ppl",
    (
        "wat een opkomst bij de buurtborrel gisteren! iedereen die hielp met opbouwen en "
        "afbreken bedankt. foto's staan in de buurtapp. misschien is dit het begin van een "
        "buurtcomite, kan de gemeente ons daarbij helpen?"
    ),
    (
        "Ik woon sinds kort in een straat waar mensen elkaar amper kennen: veel oudere mensen "
        "alleen, veel nieuwe jonge gezinnen. Ik denk aan burenkoffie op zondagochtend op de "
        "stoep, met een kraampje, thermoskannen en wat koekjes, zodat mensen eens een praatje "
        "maken. Wil de gemeente meedenken? En moet ik het melden als we een paar tafels op de "
        "stoep zetten, of is dat geen probleem zolang er nog mensen langs kunnen?"
    ),
    (
        "wij willen met pasen een speurtocht voor kinderen in het park organiseren, prijsjes zijn "
        "al geregeld. mogen we briefjes aan de bomen hangen en moet dat aangevraagd worden"
    ),
    (
        "onze buurtvereniging wil een AED aan de muur van het buurthuis en een reanimatiecursus "
        "voor buren. zijn daar potjes voor?"
    ),
    (
        "plan voor een halloweenroute door de straat, 20 huizen doen mee en we willen de "
        "straat een uurtje autovrij. moet dat ergens gemeld worden?"
    ),
    (
        "Trots! Zaterdag hebben we met de hele straat getegelwipt, 45 tegels eruit en er "
        "lavendel, ooievaarsbek en een paar stokrozen voor in de plaats. Zelfs de buurman "
        "die altijd moppert deed mee en heeft koffie gezet. Het ziet er zoveel vrolijker uit. "
        "Nu liggen de tegels nog op een stapel bij nr 8, hoe komen we daarvan af? En kunnen "
        "we volgend voorjaar weer plantjes krijgen voor de overkant?"
    ),
    (
        "hi there, is there any money available for a neighbourhood initiative? we want to "
        "build a little outdoor stage for music afternoons on the square in summer"
    ),
]

OVERIG = [
    (
        "ik heb 3 weken geleden een klacht ingediend over hoe mijn bezwaar is afgehandeld en "
        "nog steeds geen reactie. hoe lang duurt dat normaal?"
    ),
    "de lamp bij ons voor de deur is gemaakt, top! dank jullie wel 👍",
    "hoi",
    "goedemorgen wijkbot",
    "ben je nou een robot of zit daar echt iemand te typen?",
    "hoe laat gaat de laatste trein vanaf het station op zondagavond",
    (
        "jullie website doet het weer eens niet, ik krijg steeds een foutmelding als ik wil "
        "inloggen met digid"
    ),
    "al 40 minuten in de wacht bij jullie nummer. is er een andere manier om iemand te spreken??",
    "moet ik al hondenbelasting betalen voor een puppy van 10 weken",
    (
        "Vandaag de WOZ-beschikking binnen en ik schrok me rot: 60.000 euro hoger dan vorig "
        "jaar. De buren links en rechts hebben precies hetzelfde rijtjeshuis, zelfde bouwjaar, "
        "en die zitten er ruim onder. Wij hebben juist nog niks verbouwd, de keuken is van "
        "1994. Hoe maak ik bezwaar, tot wanneer kan dat, en moet ik daar foto's bij doen?"
    ),
    (
        "goedenavond. ik zit sinds een half jaar in de bijstand na een burn out en nu kwam de "
        "aanslag voor de afvalstoffenheffing en rioolheffing, bijna 500 euro samen. dat kan ik "
        "echt niet ophoesten, ik betaal nu al af op een andere schuld. kom ik in aanmerking "
        "voor kwijtschelding en moet ik dat elk jaar opnieuw aanvragen? en gaat de aanmaning "
        "gewoon door terwijl ik het aanvraag?"
    ),
    "rijbewijs verloopt volgende maand, moet ik langskomen of kan dat online?",
    (
        "Hi, my employer asks for an extract from the BRP. How do I get one, and is it "
        "available in English?"
    ),
    "wij willen volgend jaar juni trouwen, hoe lang van tevoren moeten we ons melden?",
    "stempas kwijt, kan ik nog wel stemmen woensdag?",
    (
        "onze dochter is gisteren geboren 🥰 binnen hoeveel dagen moet de aangifte en moet mijn "
        "vriend daarvoor zelf langskomen"
    ),
    (
        "ik had donderdag om 10:20 een afspraak voor een nieuw paspoort maar mijn dochter is ziek "
        "en ik kan niet weg. in de bevestigingsmail staat een link om te verzetten maar die geeft "
        "een lege pagina. we vliegen over 5 weken dus het moet wel op tijd klaar zijn. hoe "
        "kan ik de afspraak verzetten, en kan het ook een avond of zaterdag?"
    ),
    "wat voor weer wordt het morgen",
    "wie heeft er gisteren gewonnen bij het voetbal",
    "is de supermarkt open op tweede paasdag, do you know?",
    "kun je me helpen een sollicitatiebrief te schrijven?",
    (
        "Wilde even bedanken voor het snel repareren van de kapotte bank in het park, binnen "
        "2 dagen opgelost. Netjes hoor!"
    ),
    "wat doen jullie eigenlijk met mijn gegevens als ik hier chat",
    "can I talk to you in english?",
    (
        "ik heb twee keer een aanslag gemeentelijke belastingen gekregen voor hetzelfde jaar, dat "
        "zal wel een fout zijn?"
    ),
    "wie is mijn wijkregisseur en hoe kan ik die bereiken",
    "is het gemeentehuis op zaterdag open",
    (
        "Ik doe keurig meldingen via de app, maar daarna hoor ik nooit meer iets. Laatst kreeg "
        "ik na 6 weken een mailtje dat het was afgehandeld, zonder uitleg wat er gedaan was. "
        "Zo heb ik niet het idee dat melden zin heeft. Kan ik ergens de status zien van wat ik "
        "gemeld heb, en waarom krijg je geen persoonlijke terugkoppeling?"
    ),
    (
        "Ik ben echt klaar met jullie klantenservice. In januari gebeld omdat mijn verhuizing "
        "niet goed was verwerkt, daarna gemaild, daarna het contactformulier ingevuld. Drie "
        "keer een automatisch antwoord en verder helemaal niks. Mijn post gaat nog steeds naar "
        "mijn oude adres en ik mis brieven. Hoe dien ik hier een officiele klacht over in?"
    ),
    "ben per 1 maart verhuisd, hoe geef ik dat ff door",
    "ik ga een jaar naar het buitenland voor werk, moet ik me uitschrijven?",
    "mijn wifi doet het niet kunnen jullie dat fixen",
    "dankjewel bot, je hebt me goed geholpen",
    "hoeveel kost een id kaart voor een kind van 8 jaar?",
    "mijn achternaam staat verkeerd gespeld op de belastingaanslag, hoe laat ik dat aanpassen",
    "Does the town hall accept card payments or only cash?",
    "haha jij snapt er ook niks van he",
    (
        "afspraak gemaakt voor een uittreksel maar de bevestigingsmail is nooit gekomen, staat "
        "die afspraak nou wel of niet?"
    ),
    "is hondenbelasting per hond of per huishouden? we hebben er 2",
    (
        "just moved here from abroad for a job, where do I register as a new resident and "
        "do I need an appointment?"
    ),
]

WONEN = [
    (
        "Ik sta nu 9 jaar ingeschreven voor een sociale huurwoning en reageer elke week. Ik ben "
        "alleenstaande moeder met 2 kinderen en we slapen met z'n drieen op een kamer bij mijn "
        "zus, mijn zoon van 12 op de bank. Kom ik in aanmerking voor urgentie of is er iets "
        "anders wat ik kan doen? Ik word er echt moedeloos van."
    ),
    (
        "mijn vader is 84 en komt de trap niet meer op, hij woont 3 hoog zonder lift. hoe komt "
        "hij aan een benedenwoning of iets gelijkvloers?"
    ),
    (
        "student here, looking for a room from september, any tips? everything is so expensive "
        "and I get rejected at every viewing"
    ),
    "huur gaat per juli weer 5,5% omhoog, mag dat zomaar bij een sociale huurwoning?",
    (
        "mijn vorige verhuurder geeft mijn borg niet terug, 1200 euro. ik heb 3 maanden geleden "
        "netjes opgeleverd, alles geschilderd, foto's gemaakt van elke kamer, en bij de "
        "eindinspectie zei hij dat het prima was. nu ineens wil hij 'schoonmaakkosten' en een "
        "nieuwe vloer rekenen die al 15 jaar oud was. hij reageert niet meer op mijn apps. wat "
        "kan ik doen, waar kan ik terecht?"
    ),
    (
        "In het huis naast ons wonen zeker 10 arbeidsmigranten in een gewone eengezinswoning. "
        "Matrassen op zolder, steeds nieuwe gezichten, busjes die ze ophalen. Mag dat zomaar "
        "van de gemeente? Volgens mij wordt het per bed verhuurd."
    ),
    "dakkapel achterkant vergunning nodig?",
    "we willen een uitbouw van 3 meter aan de achterkant, moeten we daarvoor eerst iets aanvragen",
    "mogen er zonnepanelen op een gemeentelijk monument?",
    (
        "Door de storm van gisteren zijn er een stuk of zes dakpannen van ons huis gewaaid en "
        "nu lekt het op zolder, we hebben emmers neergezet. Het is een koophuis uit de jaren 30. "
        "De dakdekker kan pas over twee weken. Kan de gemeente hierbij iets betekenen, is er "
        "een regeling voor stormschade, of is dit puur iets voor de verzekering? En mag ik "
        "zelf tijdelijk een zeil over het dak leggen?"
    ),
    (
        "wij hebben een koopwoning uit 1968 en willen dit jaar eindelijk isoleren: spouwmuur, "
        "vloer en misschien het dak. offerte is 9000 euro en dat is flink voor ons. is er een "
        "subsidie of een lening via de gemeente? en moet ik die aanvragen voordat het werk "
        "begint of kan het achteraf nog?"
    ),
    (
        "wij zijn allebei met pensioen en het huis is te groot nu de kinderen de deur uit zijn. "
        "is er een regeling om kleiner te gaan wonen, met voorrang op een appartement?"
    ),
    (
        "schimmel in de badkamer komt steeds terug, de corporatie zegt dat we beter moeten "
        "ventileren maar het raam staat altijd open"
    ),
    "cv ketel al 5 dagen stuk, koud douchen met een baby van 4 maanden en verhuurder reageert niet",
    (
        "My landlord refuses to fix the leaking roof. Water drips through the ceiling every "
        "time it rains. What are my rights?"
    ),
    "my landlord wants to raise the rent 20% in the middle of my contract, is that even legal?",
    "huurcommissie, hoe werkt dat?",
    (
        "zoeken al 4 jaar een groter huis, wonen met z'n vijven in een 2 kamer flat. mn oudste "
        "slaapt in de gang"
    ),
    "kan ik urgentie aanvragen vanwege een scheiding? moet voor 1 juni het huis uit",
    (
        "ik heb eindelijk een kamer gevonden maar de huisbaas wil niet dat ik me op het adres "
        "inschrijf. mag hij dat eisen?"
    ),
    "kozijnen rotten gewoon weg, al 2x gemeld bij de woningbouw en er gebeurt niks",
    (
        "de buren hebben een schuur van 3 meter hoog tegen onze schutting aan gebouwd, mag dat "
        "zonder vergunning?"
    ),
    "mag ik een airco buitenunit aan de voorgevel van mijn koophuis hangen",
    "wat is de inkomensgrens voor een sociale huurwoning tegenwoordig",
    (
        "Hello, we just bought an old house and want to remove a wall between kitchen and "
        "living room, probably load bearing. Do we need a permit from the municipality?"
    ),
    "afvoer in de keuken stinkt en loopt steeds vast, dat moet de verhuurder toch maken?",
    (
        "lekkage van de bovenburen, het plafond in onze slaapkamer is helemaal bruin en bol. "
        "woningcorporatie zegt dat ze pas over 3 weken kunnen komen"
    ),
    "woon antikraak en moet er binnen 2 weken uit, is daar een regeling voor?",
    (
        "Mijn moeder is 79 en woont nu 40 minuten rijden bij ons vandaan. Ze redt zich nog "
        "redelijk maar ik rij er 3x per week heen. Wij hebben een flinke achtertuin en denken "
        "aan een mantelzorgwoning, zo'n kant-en-klaar huisje. Mag dat zomaar, hebben we een "
        "vergunning nodig, en wat gebeurt er met het huisje als zij er later niet meer woont?"
    ),
    (
        "ons huurhuis heeft energielabel G en we betalen ons blauw aan gas, kan de verhuurder "
        "verplicht worden om te isoleren?"
    ),
    "mijn zoon is 23 en woont nog thuis. hoe lang is de wachttijd voor jongeren ongeveer?",
    (
        "de lift in onze flat is al 2 weken kapot en ik woon op 7 hoog met een rollator. mijn "
        "boodschappen laat ik nu door mijn kleinzoon brengen maar ik kom zelf de deur niet meer "
        "uit, ook niet naar de fysio. de woningcorporatie zegt steeds dat er een onderdeel "
        "besteld is. er hangt niet eens een briefje in de hal. hoe lang mag dit duren en kan "
        "de gemeente daar iets van zeggen?"
    ),
    "mag mijn landlord zomaar binnenkomen als ik niet thuis ben?? he did it twice this month",
    "ik wil de garage verbouwen tot slaapkamer, is dat vergunningsvrij of niet",
    (
        "Hi, my rental contract ends in 2 months and the landlord won't extend it. Is that "
        "allowed with a temporary contract? I honestly have nowhere to go"
    ),
    "moet 400 euro servicekosten bijbetalen dit jaar, klopt dat wel? vorig jaar was het 80",
    (
        "we wonen met 4 studenten in een huis vol vocht, zwarte plekken op de muren, en de "
        "huisbaas zegt dat het onze schuld is omdat we binnen was drogen"
    ),
    "schutting van mijn huurhuis is door de storm omgewaaid, wie betaalt dat ik of de verhuurder",
    "ik huur van de corporatie, moet ik toestemming vragen voor een nieuwe keuken?",
    (
        "Mijn dochter studeert en zoekt al een jaar een kamer. Ze reist nu elke dag 2 uur heen en "
        "terug. Bij elke bezichtiging staan er 30 anderen en ze kan met haar bijbaantje hooguit "
        "500 euro betalen. Zijn er hier studentencomplexen waar je je kunt inschrijven, of "
        "zoiets als een hospitaregeling?"
    ),
]

AFVAL = [
    (
        "de pizzeria op de hoek zet elke zondagavond al zijn vuilniszakken op de stoep terwijl "
        "de ophaaldag pas dinsdag is. twee nachten lang trekken de meeuwen en katten alles open, "
        "maandagochtend ligt de hele stoep vol pizzadozen, servetten en etensresten en mijn "
        "kinderen moeten er doorheen naar school. ik heb het al 2x tegen de eigenaar gezegd, "
        "hij haalt zijn schouders op. mag dat zomaar?"
    ),
    (
        "Met deze hitte is de gft-kliko niet te harden. Er zitten maden in, de vliegen zoemen "
        "eromheen en hij wordt maar eens in de twee weken geleegd. Ik doe er al krantenpapier "
        "in en zet hem in de schaduw, maakt niks uit. Kunnen jullie in juli en augustus niet "
        "elke week legen? Of verkopen jullie een soort filterdeksel?"
    ),
    "batterijen inleveren waar?",
    "piepschuim van de nieuwe koelkast, mag dat bij het plastic of niet",
    "alleen onze groene bak is vandaag niet geleegd, de rest van de straat wel. vergeten?",
    (
        "Can we get a bigger bin? We're a family of 6 and the grey one is always full "
        "after 3 days, even when we separate everything"
    ),
    "deksel van de gft bak is afgebroken, krijg ik een nieuwe of moet ik die zelf kopen",
    "wat kost een extra papiercontainer",
    (
        "ik ben het huis van mijn overleden vader aan het leegruimen en in de schuur staat een "
        "hoop chemisch spul: terpentine, halve blikken verf, onkruidgif van jaren terug, oude "
        "motorolie, een doos batterijen en accu's. het is meer dan in een kofferbak past. waar "
        "moet dat allemaal heen, en komen jullie zoiets ook ophalen of moet ik een paar keer "
        "rijden naar de milieustraat?"
    ),
    "kledingcontainer bij de supermarkt puilt uit, er staan zakken naast",
    "ondergrondse container gaat niet open met mijn pas, lampje wordt rood",
    "iemand heeft een bankstel en 2 matrassen naast de containers achter de flat gedumpt",
    "hoe maak ik een afspraak voor grofvuil? heb een kast en een oude wasmachine",
    "wanneer wordt het plastic opgehaald? de kalender in de app klopt volgens mij niet",
    (
        "de kapsalon naast ons zet elke avond volle zakken naast de ondergrondse container, "
        "volgens mij mag dat niet als bedrijf"
    ),
    "Where can I drop off an old mattress and a broken microwave? I don't have a car",
    (
        "langs de sloot bij de sporthal ligt zoveel zwerfafval, blikjes, chipszakken, "
        "lachgasflesjes. wordt daar ooit opgeruimd?"
    ),
    "restafvalcontainer al 4 dagen vol, zakken staan ernaast en het begint echt te stinken",
    "net verhuisd, hoop karton van de dozen. mag ik dat naast de papierbak zetten?",
    "oude verf en een lege gasfles, waarheen?",
    "wiel van mn container is eraf, wss door de vuilniswagen. krijg hem niet meer aan de weg",
    (
        "Het restaurant achter onze woning zet in het weekend zijn afvalbakken open in de steeg. "
        "In de zomer ruik je het in de hele tuin en de zakken met etensresten scheuren open. "
        "Het zijn bedrijfsbakken dus ik weet niet of de gemeente hierover gaat, maar kan iemand "
        "kijken of ze hun afval netjes dicht moeten houden en vaker laten legen?"
    ),
    "mogen tl buizen en spaarlampen gewoon bij het restafval?",
    "sinds de nieuwe ophaaldagen vergeten ze de kliko's in ons hofje steeds, al 3x gemist",
    "i think my bin got stolen, it's been gone since collection day. how do i get a new one",
]

OVERLAST = [
    "bovenburen draaien elke nacht tot 3 uur keiharde muziek, ook doordeweeks. ik ben op",
    (
        "Bij de ingang van het winkelcentrum staat al weken een groep van een man of 10, vanaf "
        "een uur of 8 's avonds. Ze schelden oudere mensen uit die langslopen, gebruiken "
        "lachgas en laten de lege patronen en ballonnen overal liggen. Mijn moeder durft na "
        "het donker niet meer naar de pinautomaat. Het is nu rustig, maar elke avond begint "
        "het weer. Wie kan hier structureel iets mee?"
    ),
    (
        "er wordt gedeald vanuit een grijze auto op de parkeerplaats achter de flat. elke avond "
        "rond 9 uur hetzelfde liedje: auto komt, motor blijft draaien, om de paar minuten loopt "
        "er iemand naartoe, raampje open, weg. ik zie het vanaf mijn balkon. ik wil geen gedoe "
        "en niet dat ze weten dat ik het meld, maar dit gaat al sinds de zomer zo. kan de "
        "wijkagent hier eens naar kijken?"
    ),
    "ratten in de tuin!! help",
    "hond van de buren blaft de hele dag als ze naar hun werk zijn, 8 uur lang",
    (
        "de buurvrouw op 2 hoog voert elke dag duiven, een heel brood op haar balkon. inmiddels "
        "zitten er tientallen op de dakrand en ons balkon zit helemaal onder de poep, ik kan mijn "
        "was niet meer buiten hangen en de kinderen niet meer buiten laten spelen. ik heb het "
        "vriendelijk gevraagd maar ze zegt dat het zielige beestjes zijn. mag dat voeren "
        "eigenlijk, en wie kan haar daarop aanspreken?"
    ),
    "alweer vuurwerk, het is pas oktober",
    (
        "the bar downstairs has live music until 1am on weeknights. I have to get up at 6. "
        "who do I complain to?"
    ),
    "vannacht zijn van bijna alle autos in de straat de spiegels eraf getrapt",
    (
        "hondenpoep overal op het grasveld waar de kinderen spelen, de eigenaren ruimen het "
        "gewoon niet op"
    ),
    (
        "de afzuiging van de shoarmazaak blaast recht op onze slaapkamer, alles ruikt naar "
        "frituur en knoflook"
    ),
    "buurman blowt elke avond op zijn balkon en die wietlucht trekt zo onze babykamer in",
    (
        "groep jongens van een jaar of 16 zit elke avond op het pleintje, ze roepen dingen naar "
        "vrouwen die langslopen en laten hun scooters janken"
    ),
    "meeuwen nestelen op ons dak en beginnen om 4 uur s ochtends te krijsen, hoe kom ik ervan af",
    "garagebedrijf naast me zit op zaterdag vanaf 7 uur al met de compressor te werken",
    (
        "Hoe vaak moet je iets melden voordat er wat gebeurt? Al een jaar lang is de buurman "
        "na 11 uur 's avonds aan het klussen: boren, zagen, hameren. Ik heb het netjes "
        "gevraagd, briefje gegeven, alles. Hij lacht me uit. Ik slaap slecht en mijn werk "
        "lijdt eronder. Is er iets als buurtbemiddeling?"
    ),
    "my neighbours cat poops in our kids sandbox every single day, what can I do",
    "iemand laat steeds een drone met camera boven onze tuinen hangen, voelt niet fijn",
    "wespennest in de muur naast de voordeur van de buren, mijn kids durven niet meer naar buiten",
    (
        "sinds er een feestzaal in het oude kantoor zit staat elk weekend de hele straat vol "
        "toeterende bezoekers tot diep in de nacht"
    ),
]

VERKEER = [
    (
        "bij ons in de straat is het 30 maar er wordt gescheurd met 60, 70 km per uur, vooral "
        "'s avonds en in het weekend als ze de doorgaande weg willen ontwijken. de straat is "
        "lang en recht dus ze trappen het gas vol in. er wonen hier zeker 25 kinderen onder de "
        "10. vorige week werd de kat van de overburen doodgereden. kan er een drempel of een "
        "plantenbak als versmalling komen? we hebben al handtekeningen"
    ),
    (
        "de oversteek bij de basisschool is levensgevaarlijk, geen zebrapad en de geparkeerde "
        "busjes ontnemen alle zicht op de kinderen"
    ),
    "bestelbus staat al 2 weken half op de stoep, met de kinderwagen moet ik de weg op",
    "verkeerslicht bij het kruispunt springt niet meer op groen voor fietsers",
    "stopbord ligt plat in de berm",
    "fietswrak aan het hek bij het station, geen zadel en geen voorwiel, staat er al maanden",
    "parkeervergunning 2e auto aanvragen?",
    "Can I get a disabled parking space in front of my house? I have a blue card",
    "fietspad is s avonds gevaarlijk, scooters razen erover met 50",
    (
        "Elke ochtend tussen 8:15 en 8:30 is het bij de basisschool totale chaos. Ouders "
        "parkeren op de stoep, in de bocht, op het zebrapad en zelfs voor mijn uitrit, en "
        "draaien dan midden op straat hun auto om. Kleine kinderen moeten tussen de auto's door "
        "zigzaggen. Ik kom zelf mijn oprit niet af om naar mijn werk te gaan. Kan er een "
        "kiss & ride strook komen of een keer handhaving?"
    ),
    (
        "vrachtwagens rijden door onze woonstraat om de afsluiting op de doorgaande weg te "
        "ontwijken. kan daar een bord komen?"
    ),
    "busje met buitenlands kenteken staat al weken op de bezoekersplek, mag dat zomaar?",
    "kunnen er paaltjes komen? auto's rijden gewoon over het grasveld om af te snijden",
    (
        "Ik fiets elke dag met mijn dochter van 7 naar school en op de rotonde bij de bedrijven "
        "worden we bijna elke week gesneden door auto's die niet kijken. Er is geen aparte "
        "fietsstrook en de haaientanden zijn bijna weggesleten. Kunnen jullie daar iets aan "
        "doen? Een fietspad, een drempel ervoor, wat dan ook."
    ),
    (
        "Mag een camper zomaar een maand voor ons huis staan? Het is een enorm ding van 7 meter, "
        "hij neemt twee plekken in en we hebben al zo weinig parkeerruimte. De eigenaar woont "
        "niet eens in de straat, hij gebruikt het als opslag denk ik. Mijn man moet nu elke avond "
        "drie straten verderop parkeren. Is er een regel voor hoe lang zoiets mag blijven staan?"
    ),
    "hoe lang mag je een aanhanger op straat laten staan",
    "the bike lane on the main road just ends and dumps you into traffic, super dangerous",
    "verkeersspiegel op de hoek is weg, je ziet niks als je de uitrit uit komt",
    "deelscooters liggen overal kris kras op de stoep, mijn buurman met rollator kan er niet langs",
    "bord eenrichtingsverkeer is weggedraaid en nu rijden mensen er verkeerd in",
]

OPENBARE_RUIMTE = [
    "streetlight voor nr 14 knippert al een week, super annoying",
    "diep gat in de weg bij bushalte",
    "stoeptegels liggen omhoog door de boomwortels, mijn moeder was bijna gevallen",
    "schommelketting kapot in de speeltuin",
    (
        "Na de storm van afgelopen nacht ligt er een enorme tak van de populier op het grasveld "
        "achter de flat, zeker 4 meter lang. Ik heb er met wat buren linten omheen gespannen "
        "zodat de kinderen er niet op gaan klimmen. Er hangt nog een tweede tak half los hoog "
        "in de boom, iedereen loopt er nu met een boog omheen. Kan iemand van groenonderhoud "
        "de boel komen opruimen en de boom nakijken?"
    ),
    (
        "het gras in het park is al 6 weken niet gemaaid en staat tot je knieen. je kan er "
        "niet meer met de kinderen voetballen of een kleedje neerleggen, en ik heb er vorige "
        "week 2 teken van mijn dochter afgehaald. de paden langs de vijver groeien ook dicht. "
        "vroeger kwam de maaier elke 2 weken, is er iets veranderd in het onderhoud?"
    ),
    "putje voor de deur zit verstopt, bij elke bui staat de straat blank",
    "graffiti op de bankjes en de hele muur van het tunneltje, ziet er niet uit",
    "the bench in the park is broken, one of the planks is missing",
    "overal onkruid tussen de tegels op het plein, ziet er verwaarloosd uit",
    (
        "De lindeboom voor mijn huis is de laatste jaren zo groot geworden dat de takken tegen "
        "mijn ramen op de eerste verdieping zwiepen. Binnen is het de hele dag schemerig, ik "
        "moet om 2 uur 's middags al het licht aan doen, en in het voorjaar zit alles onder het "
        "kleverige spul van de luizen. Het is een boom van de gemeente. Kan die gesnoeid "
        "worden, of wordt dat alleen eens in de zoveel jaar gedaan?"
    ),
    "mag ik de grote boom in mijn eigen voortuin omzagen of heb ik een kapvergunning nodig",
    "hek rond de vijver is kapot, kleine kinderen kunnen er zo doorheen",
    "hele rij lantaarns achter de flat is uit, pikkedonker als je van de bus komt",
    "glijbaan heeft een scherpe rand, mijn zoontje heeft er zijn hand aan opengehaald",
    (
        "Sinds de werkzaamheden aan de riolering vorig jaar is de stoep nooit meer goed "
        "teruggelegd. Overal hobbels en kuilen en bij regen grote plassen. Mijn moeder loopt "
        "met een rollator en blijft steeds haken. Wanneer wordt het fatsoenlijk hersteld?"
    ),
    "brandnetels en bramen overwoekeren het voetpad langs het water, je kan er niet meer langs",
    "drinkwaterkraantje in het park doet het al de hele zomer niet",
    "huge puddles on the footpath every time it rains, I think the drain is blocked",
    (
        "het bankje bij het water is weggehaald en nooit teruggezet, de oudjes missen hun "
        "plekje. komt dat nog terug?"
    ),
]

ZORG = [
    (
        "Mijn buurvrouw is 88 en woont al 50 jaar naast ons. De laatste maanden gaat ze hard "
        "achteruit: ze wordt steeds magerder, vergeet haar sleutels, en vorige week stond ze om "
        "7 uur 's avonds met haar jas aan bij de halte te wachten op een bus die niet meer "
        "rijdt. Haar zoon woont in het buitenland en belt af en toe. Ik help waar ik kan maar "
        "ik ben zelf ook 74. Kan er iemand eens bij haar langs?"
    ),
    (
        "mijn buurman verzamelt alles: kranten, kapotte fietsen, zakken met weet ik wat. de "
        "voortuin en de gang staan vol en bij warm weer ruik je het tot in onze woonkamer. hij "
        "is verder een heel lieve man, woont alleen sinds zijn vrouw overleed en laat niemand "
        "meer binnen. ik wil hem niet aangeven, ik denk gewoon dat hij het zelf niet meer "
        "overziet en hulp nodig heeft. wie kan daar voorzichtig op af?"
    ),
    "hoe kom ik in contact met het wijkteam? ik heb hulp nodig met mijn post en schulden",
    "mijn moeder heeft beginnende dementie en woont alleen, waar kan ik terecht voor hulp thuis?",
    (
        "ik zorg al 3 jaar voor mijn man met parkinson, dag en nacht. hij moet 's nachts 3, 4 "
        "keer naar de wc en ik slaap nauwelijks. onze kinderen helpen in het weekend maar "
        "doordeweeks sta ik er alleen voor. ik merk dat ik kortaf word en huil om niks. ik trek "
        "het zo niet lang meer. bestaat er zoiets als respijtzorg of iemand die een paar uur "
        "per week kan overnemen?"
    ),
    (
        "I'm an international student and honestly I feel really lonely here. Are there "
        "places to meet people or activities in the area?"
    ),
    (
        "oudere man in onze flat loopt 's avonds in zijn pyjama door de hal en vraagt steeds "
        "naar zijn vrouw, die is al jaren overleden. wie kan er eens bij hem langs?"
    ),
    "huishoudelijke hulp aanvragen hoe?",
    (
        "de jongen naast ons zit sinds zijn ontslag alleen maar binnen, gordijnen dicht, zegt "
        "nauwelijks nog gedag. zou iemand eens contact met hem kunnen zoeken?"
    ),
    "buurvrouw is 90 en eet volgens mij niet goed meer, koelkast is altyd leeg as ik er kom",
    (
        "zijn er activiteiten voor ouderen in de buurt? mijn vader zit sinds mijn moeder er niet "
        "meer is de hele dag alleen achter het raam"
    ),
    (
        "Mijn broer heeft al jaren psychische problemen en woont alleen. Hij neemt zijn telefoon "
        "niet op, zijn huis is een puinhoop en de huur is al 3 maanden niet betaald. Ik woon zelf "
        "ver weg en kan niet elke week langs. Kan het buurtteam bij hem langsgaan en kijken wat "
        "hij nodig heeft?"
    ),
    (
        "gezin naast ons, de kinderen lopen dagen in dezelfde kleren en in de winter zonder jas. "
        "moeder lijkt het niet aan te kunnen. waar kan ik dit neerleggen"
    ),
    "ben net gescheiden en weet niet hoe ik alles moet regelen met de kinderen, wie kan me helpen",
    (
        "my elderly neighbour seems confused, she knocked on my door 3 times today asking what "
        "day it is"
    ),
    "bestaat er een maaltijdservice voor mijn opa, hij kookt niet meer sinds oma er niet meer is",
    (
        "buurman drinkt, zit elke dag op het bankje met een blik, maakt geen ruzie maar gaat "
        "zichtbaar hard achteruit. kan iemand hem helpen?"
    ),
    (
        "kan iemand van het buurtteam langsgaan bij mevrouw op 1 hoog, ze durft sinds haar val "
        "niet meer naar buiten en doet niemand meer open"
    ),
    "hoe vraag ik een scootmobiel aan voor mijn schoonvader, hij kan niet ver meer lopen",
    (
        "jonge moeder in ons portiek met een tweeling, ze huilt vaak en zegt dat ze nauwelijks "
        "slaapt. haar man werkt in het buitenland. is er ergens hulp voor haar"
    ),
]
