"""Urgent messages told indirectly (questions, asides, understatement, slang) and hard negatives."""

URGENT_INDIRECT: list[tuple[str, str]] = [
    # beroerte / hart, verstopt in een vraag of terloops
    (
        "zorg",
        "is het normaal dat mijn vader ineens scheef praat en zijn koffie laat vallen? zijn mondhoek hangt ook",
    ),
    (
        "zorg",
        "misschien overdreven maar mijn vrouw ziet opeens dubbel en haar gezicht hangt aan één kant",
    ),
    (
        "zorg",
        "moet ik morgen de huisarts bellen? mijn man heeft al een half uur een zwaar gevoel op de borst en zweet erg",
    ),
    (
        "zorg",
        "sorry voor het storen, ben alleen thuis, mijn linkerarm tintelt, mijn kaak doet zeer en ik ben zo misselijk",
    ),
    (
        "zorg",
        "goedemiddag, mijn echtgenoot is tijdens het eten met zijn hoofd op tafel gezakt en zegt niets meer. m.vr.gr.",
    ),
    (
        "zorg",
        "kreeg net een spraakbericht van mn moeder, ze praat wartaal en zegt dat haar been niet wil. ze woont alleen",
    ),
    ("zorg", "opa zei ineens auw en nu zit hij heel raar scheef en hij praat niet meer terug"),
    # niet wakker / ligt stil / reageert niet
    ("zorg", "ik krijg 'm nie wakker, hij ligt sinds vanmiddag op de bank en snurkt heel raar"),
    ("zorg", "die gozer ligt d'r gestrekt bij de bushalte en beweegt nie meer"),
    (
        "zorg",
        "oma zit heel stil in haar stoel, als ik haar roep kijkt ze niet op en haar lippen zijn paars",
    ),
    (
        "zorg",
        "buurman ik zie hem door raam, hij ligt stil op vloer. deur is dicht. hij woont alleen",
    ),
    (
        "zorg",
        "vast niks, maar de buurman van 92 heeft al twee dagen de rolluiken dicht en ik hoor binnen zachtjes geklop",
    ),
    (
        "zorg",
        "de hond van mevrouw hiernaast jankt de hele dag en ze doet niet open, normaal loopt ze om 8 uur haar rondje",
    ),
    (
        "zorg",
        "mijn buurvrouw roept al een uur zachtjes 'hallo' achter haar voordeur maar ze doet niet open",
    ),
    ("zorg", "ouwe ligt plat in de gang, zegt geen boe of ba meer"),
    ("zorg", "mien pa is in de schuur umme vallen en hij gef gien antwoord meer"),
    (
        "zorg",
        "wil niet lastig zijn maar er ligt al een tijdje iemand heel stil op het fietspad onder de brug",
    ),
    (
        "zorg",
        "hoe krijg je een wc-deur van buiten open? er was een bonk en mijn vader geeft geen antwoord meer",
    ),
    (
        "zorg",
        "ik ben alleen thuis en mijn zusje is van het stapelbed gevallen, ze doet haar ogen niet open",
    ),
    ("zorg", "Mijn man vallen in douche, hij niet praten, veel bloed uit hoofd. Wat ik moet doen?"),
    (
        "zorg",
        "Ik ben mevrouw Jansen, 84 jaar. Ik lig sinds vanochtend op de keukenvloer en kom niet meer overeind.",
    ),
    # toeval, verslikken, bloeden
    (
        "zorg",
        "weet niet of dit hier hoort maar mijn buurjongen schokt op de grond en er komt schuim uit zijn mond",
    ),
    ("zorg", "die kerel ligt te stuiptrekken op de stoep bij de Action, z'n ogen draaien weg"),
    (
        "zorg",
        "mijn dochter heeft koorts en nu trekken haar armpjes heel raar en ze kijkt dwars door me heen",
    ),
    (
        "zorg",
        "zoontje heeft een stukje worst in zn keel en maakt ineens geen geluid meer, hij wordt rood",
    ),
    ("zorg", "uitgeschoten met het broodmes, het blijft maar spuiten, de handdoek is al doorweekt"),
    # overdosis, vergiftiging, allergie, astma, suiker
    (
        "zorg",
        "vast niks maar mijn vriendin heeft bij de wijn een stel van haar slaappillen geslikt en praat niet meer terug",
    ),
    (
        "zorg",
        "op de wc's van het festival ligt een jongen met piepkleine pupillen die heel langzaam ademt",
    ),
    ("zorg", "vriendin heeft 3 pilletjes genomen en is gloeiend heet, ze krampt en kletst onzin"),
    (
        "zorg",
        "mijn huisgenoot heeft iets gesnoven, nu trilt hij en zijn hart bonkt, hij zegt dat hij doodgaat",
    ),
    (
        "zorg",
        "ik ben 9 en mijn broertje heeft de pillen van oma opgegeten, heel veel, mama is er niet",
    ),
    (
        "zorg",
        "waarschijnlijk niks, maar mijn zoon van 2 heeft aan de ontstopper gezeten, hij kwijlt en huilt als hij slikt",
    ),
    (
        "zorg",
        "ik heb een wesp in mijn mond gehad en nu voelt mijn keel dik en klinkt mijn stem raar",
    ),
    (
        "zorg",
        "m'n vriend at een koekje met pinda, nu is zijn gezicht opgezwollen en hij piept bij het ademen",
    ),
    ("zorg", "mijn vrouw krijgt geen lucht, haar puffer helpt niet en haar lippen worden blauw"),
    ("zorg", "oom heeft suiker, hij zweet helemaal, is heel verward en wil niks eten of drinken"),
    (
        "zorg",
        "mijn zoon van 12 heeft diabetes, hij ruikt naar aceton, ademt diep en snel en is heel suf",
    ),
    # kou, hitte, drankje
    (
        "zorg",
        "onze buurman van 80 staat al uren in zijn pyjama in de sneeuw in de tuin en trilt niet eens meer",
    ),
    (
        "zorg",
        "oude meneer op een bankje in de volle zon, knalrood, zweet niet meer en zegt niks zinnigs",
    ),
    (
        "zorg",
        "iemand heeft iets in mijn drankje gedaan denk ik, ik kan niet meer staan en mijn vriendinnen zijn weg",
    ),
    (
        "zorg",
        "mijn zus appt vanuit de club dat ze na één drankje haar benen niet meer voelt en niet weet waar ze is",
    ),
    # baby, bevalling
    (
        "zorg",
        "mijn kleine hangt helemaal slap in mijn armen en huilt niet meer, komt dat van de koorts?",
    ),
    ("zorg", "de baby ademt met lange pauzes en ze wordt een beetje grauw rond haar mondje"),
    ("zorg", "vrouw is 38 weken en er komt ineens heel veel bloed, de verloskundige neemt niet op"),
    (
        "zorg",
        "mijn buurvrouw is aan het bevallen in de badkamer, er ligt een plas bloed en ze wordt lijkbleek",
    ),
    # suïcide, indirect
    (
        "zorg",
        "ik heb alles ingenomen wat in het kastje lag, wil alleen dat iemand de kat komt halen",
    ),
    (
        "zorg",
        "mijn dochter van 15 stuurde net 'sorry mam ik hou van je, dit is de laatste keer'. ze neemt niet op",
    ),
    ("zorg", "niemand gaat me missen toch. de sleutel ligt onder de mat voor wie me vindt"),
    (
        "zorg",
        "mijn broer heeft vandaag al zijn spullen weggegeven, die heeft hij niet meer nodig zei hij. nu is hij weg",
    ),
    (
        "zorg",
        "ik sta boven op de parkeergarage en het is zo rustig hier. wilde nog even iemand spreken",
    ),
    ("zorg", "man hangt over de reling van de brug en zijn jas ligt netjes opgevouwen op de stoep"),
    ("zorg", "kan iemand na vannacht voor mijn hond zorgen? de pillen liggen klaar"),
    (
        "zorg",
        "een vriend zet afscheidsteksten op insta met een foto van het spoor, ik weet niet waar hij is",
    ),
    ("zorg", "hoe lang duurt het voordat slaappillen werken als je er 40 neemt"),
    (
        "zorg",
        "waarom doet het zo'n pijn als je nergens bij hoort. ik loop vanavond gewoon het water in denk ik",
    ),
    (
        "zorg",
        "buurjongen zit al een uur op de vensterbank van de 7e met zijn benen naar buiten en huilt",
    ),
    (
        "zorg",
        "mijn moeder heeft haar testament op tafel gelegd, alle medicijnen uit de kast gehaald en zit op slot",
    ),
    # huiselijk geweld, nu
    (
        "zorg",
        "ik zit op slot in de badkamer, hij beukt tegen de deur en zegt dat hij me gaat pakken",
    ),
    (
        "zorg",
        "bij de bovenburen dreunt het, de vrouw gilt 'stop stop', er breekt glas en de kinderen huilen",
    ),
    ("zorg", "kan niet bellen. hij is beneden en heeft iets uit de messenla gepakt"),
    ("zorg", "mama ligt op de grond en papa schreeuwt nog steeds. ik zit onder mijn bed"),
    (
        "zorg",
        "juf zei als er iets is moet ik hulp vragen. papa heeft mama geduwd en ze bloedt aan haar hoofd",
    ),
    (
        "zorg",
        "dat wijf van hiernaast krijgt klappen van d'r vent, ik hoor het door de muur, ze jankt",
    ),
    (
        "zorg",
        "Mijn vriend houdt me vast in de slaapkamer en heeft mijn telefoon afgepakt, ik typ dit op de laptop",
    ),
    # kind in gevaar
    (
        "zorg",
        "mijn broertje is in het zwembadje in de tuin gegaan en hij drijft met zijn gezicht naar beneden",
    ),
    (
        "zorg",
        "peuter in alleen een luier loopt langs de {street}, auto's razen langs en geen ouder te zien",
    ),
    (
        "zorg",
        "op de parkeerplaats bij {place} zit een baby alleen in een auto, rood hoofdje, ramen dicht, 30 graden",
    ),
    ("zorg", "peutertje klimt op het kozijn van het open raam op de 4e, ik zie niemand erachter"),
    ("zorg", "naast ons krijst al een uur een kind en een man brult dat hij het gaat afmaken"),
    (
        "zorg",
        "op het schoolplein trekt een man een meisje mee naar een busje, ze huilt en roept dat ze hem niet kent",
    ),
    # via een ander gehoord
    (
        "zorg",
        "buurvrouw belt net aan, haar man loopt blauw aan aan de keukentafel en ze weet niet wat ze moet doen",
    ),
    (
        "zorg",
        "mijn zoon belt vanaf schoolreis dat zijn vriend van de klimwand is gevallen en niet meer praat",
    ),
    (
        "zorg",
        "mijn dochter appt net dat haar huisgenoot bewegingloos op de badkamervloer ligt, de deur zit op slot",
    ),
    (
        "zorg",
        "Al weken hondenpoep voor mijn deur, schandalig. Ook ligt de overbuurman al een uur in zijn voortuin",
    ),
    (
        "zorg",
        "de lift zit vast tussen twee verdiepingen, mijn oma zit erin, ze is benauwd en haar hart doet raar",
    ),
    # gas, koolmonoxide, brand, instorting thuis
    (
        "wonen",
        "raar, de portiek ruikt naar rotte eieren en bij de buren sist iets. wordt er vandaag aan leidingen gewerkt?",
    ),
    (
        "wonen",
        "sinds de geiser aanstaat hebben we allemaal barstende koppijn en mijn zoon moest net overgeven",
    ),
    (
        "wonen",
        "we zijn met z'n drieën duf en misselijk sinds de kachel brandt, mijn man viel net bijna om",
    ),
    (
        "wonen",
        "dat kastje bij de cv piept steeds en de baby is heel slaperig en wil niet drinken, hoort dat bij elkaar?",
    ),
    (
        "wonen",
        "ken iemand zeggen waarom er zwarte walm onder de deur van de buren door komt? ruikt naar plastic",
    ),
    (
        "wonen",
        "het stopcontact in de slaapkamer knettert, er springen vonken uit en het ruikt verschroeid",
    ),
    (
        "wonen",
        "kleine vraag over mijn afvalpas... oja de wasdroger in de gang staat te roken en ik krijg hem niet uit",
    ),
    (
        "wonen",
        "buren zijn op vakantie maar hun rookmelder gaat en achter de gordijnen flakkert oranje licht",
    ),
    (
        "wonen",
        "scheur in de voorgevel is in een uur flink gegroeid en er vallen stenen op de stoep waar mensen lopen",
    ),
    ("wonen", "balkon boven ons hangt scheef en kraakt, er staan mensen op te feesten"),
    (
        "wonen",
        "kom thuis en ruik zo'n zoetige lucht in de gang, mijn moeder ligt op bed en reageert niet",
    ),
    (
        "wonen",
        "er smeult iets in de kelderboxen, het trappenhuis loopt vol en de mensen boven slapen nog",
    ),
    (
        "wonen",
        "gooide water op de pan olie en nu is er een vuurbal, het plafond wordt zwart en het gaat niet uit",
    ),
    (
        "wonen",
        "op de bovenste verdieping zwaait iemand met een laken uit het raam, het trappenhuis is pikzwart",
    ),
    ("wonen", "effe melden, dr komt dikke rook uit de flat ernaast en er hangt een oma uit t raam"),
    (
        "wonen",
        "de zolder van de buren is met een klap naar beneden gekomen, ik hoor iemand roepen onder het puin",
    ),
    (
        "wonen",
        "boorde net in de badkamermuur en nu blaast er iets hard en stinkt het hele huis naar gas",
    ),
    ("wonen", "rook uit kelder help"),
    (
        "wonen",
        "onze hele gang is grijs en mijn ogen prikken, het alarm piept, waar komt dat vandaan? ik zie niks",
    ),
    (
        "wonen",
        "bij nr {nr} komt rook uit de schoorsteen en ook uit de dakpannen ernaast, dat is toch niet goed?",
    ),
    # inbraak, geweld, bedreiging op straat
    (
        "overlast",
        "vraagje over parkeren. btw staan er nu 2 gasten met bivakmuts aan de achterdeur van de buren te wrikken",
    ),
    (
        "overlast",
        "er sluipt iemand met een zaklamp door het huis van mijn buurvrouw en zij ligt in het ziekenhuis",
    ),
    (
        "overlast",
        "hoor voetstappen beneden terwijl er niemand thuis is, het schuifraam stond open. zit boven met mn dochter",
    ),
    (
        "overlast",
        "al vanaf het station loopt een man achter me aan, steek ik over dan hij ook. ik ben nu bij {place}",
    ),
    (
        "overlast",
        "die jongens in de steeg hebben mijn vriend in een hoek gedrukt, ik zag iets glimmen",
    ),
    (
        "overlast",
        "bij de pinautomaat houden twee mannen een oud vrouwtje vast en trekken aan haar tas",
    ),
    (
        "overlast",
        "net werd een meisje achterin een grijze auto geduwd, ze schopte en gilde, ze rijden richting snelweg",
    ),
    (
        "overlast",
        "mn ex staat te bonken op de deur en stuurt foto's van een pistool, hij wacht tot ik naar buiten kom",
    ),
    (
        "overlast",
        "voor het café ligt iemand op de grond en een gast blijft met een barkruk op hem inslaan",
    ),
    (
        "overlast",
        "hond van hiernaast sprong over het hek en hangt aan de postbode, die ligt op de grond",
    ),
    (
        "overlast",
        "ik durf niet naar huis, 3 jongens bij mijn portiek zeiden dat ze me steken als ik terugkom",
    ),
    ("overlast", "groep trapt mijn buurjongen in het park, hij ligt al en ze houden niet op"),
    (
        "overlast",
        "ze zitten op mijn zolder. ik hoor ze praten en dingen schuiven, ik zit met de deur dicht in de slaapkamer",
    ),
    (
        "overlast",
        "man in de speeltuin heeft iets lang en blinkends in zijn hand en schreeuwt naar de moeders",
    ),
    (
        "overlast",
        "rare knallen gehoord, iedereen rent van het plein en er ligt een jongen bij de fietsen die niet opstaat",
    ),
    ("overlast", "in de tram grijpt een dronken vent een vrouw bij de keel, de rest kijkt weg"),
    (
        "overlast",
        "iemand rammelt nu aan onze deurklink en probeert het slot, het is 3 uur en ik ben alleen",
    ),
    (
        "overlast",
        "man op scooter rukte net mijn moeders ketting af en sleurde haar mee, ze ligt met haar hoofd op de stoep",
    ),
    (
        "overlast",
        "ik ben 14 en alleen bij de tramhalte en een kerel blijft me volgen en zegt enge dingen",
    ),
    (
        "overlast",
        "ik zweer je er loopt een gast met een blaffer rond op het plein, hij richt hem op mensen",
    ),
    (
        "overlast",
        "ze hebben net een gast geprikt bij de shoarmatent, er ligt rood op de stoep en hij zakt in elkaar",
    ),
    (
        "overlast",
        "dochter stuurt vanuit haar studentenhuis: er loopt iemand met een mes rond die aan de deuren rammelt",
    ),
    (
        "overlast",
        "jongens gooien stenen naar een man in een rolstoel bij de {street} en schoppen hem",
    ),
    (
        "overlast",
        "iemand heeft net benzine over de voordeur van de benedenburen gegoten en staat er met een aansteker",
    ),
    (
        "overlast",
        "de kassière wordt door een vent met capuchon over de toonbank getrokken, hij wil de la, ik sta achterin",
    ),
    # verkeer
    (
        "verkeer",
        "er ligt een fiets in de berm en iets verderop iemand in de sloot, je ziet alleen zijn benen",
    ),
    ("verkeer", "vrachtwagen sloeg rechtsaf en nu ligt er een fiets onder en een meisje dat gilt"),
    (
        "verkeer",
        "gaat de gemeente over de busbaan? er ligt een auto op z'n dak, er komt damp uit en er zit nog iemand in",
    ),
    ("verkeer", "Auto tegen een boom, airbags zijn uit en de bestuurder kreunt alleen nog"),
    ("verkeer", "een auto scheurt over de stoep van de markt, er liggen mensen op de grond"),
    ("verkeer", "oude man met scootmobiel is van de dijk gereden en ligt onder zijn karretje"),
    (
        "verkeer",
        "ik denk dat ik iemand heb geraakt, het was donker, hij ligt achter mijn auto en zegt niks",
    ),
    ("verkeer", "auto de gracht in, alleen het dak is nog te zien en er komen belletjes omhoog"),
    (
        "verkeer",
        "er staat een man in zijn auto bij het stoplicht, al 3x groen geweest, hij hangt over het stuur",
    ),
    (
        "verkeer",
        "bro m'n maat is van z'n scooter gevlogen, z'n been staat de verkeerde kant op en het bloedt zwaar",
    ),
    (
        "verkeer",
        "klein vraagje, wie gaat over de gladheid? er is net een bus in de sloot gegleden met kinderen erin",
    ),
    # water, ijs, bomen, kabels, instorting buiten
    (
        "openbare_ruimte",
        "het ijs op de vijver is gebroken, ik zie een muts drijven maar het kind zie ik niet meer",
    ),
    ("openbare_ruimte", "iemand hangt aan de rand van het wak in het park en roept steeds zachter"),
    ("openbare_ruimte", "bij de kade zag ik net een hand boven water en toen niks meer"),
    ("openbare_ruimte", "oude vrouw loopt met kleren aan de gracht in en zakt steeds verder weg"),
    (
        "openbare_ruimte",
        "na de storm hangt er een draad laag boven het fietspad te vonken, fietsers rijden er gewoon onder door",
    ),
    (
        "openbare_ruimte",
        "groot stuk boom op het speeltuintje gevallen, ik hoor een kindje eronder huilen",
    ),
    (
        "openbare_ruimte",
        "de loopbrug in het park zakt door en er staan nog mensen op die niet weg kunnen",
    ),
    (
        "openbare_ruimte",
        "steiger bij het winkelcentrum helt over naar de straat, mensen lopen er gewoon onder",
    ),
    (
        "openbare_ruimte",
        "bij de bouwput is de grond weggezakt en een werkman zit tot zijn borst vast in het zand",
    ),
    (
        "openbare_ruimte",
        "jongen is in de hoogspanningsmast bij het spoor geklommen, hij zit al halverwege",
    ),
    (
        "openbare_ruimte",
        "hallo wij deden een spel en nu is mijn vriendje in de sloot gevallen en hij komt niet boven",
    ),
    (
        "openbare_ruimte",
        "kan iemand strooien, het is spekglad. buurvrouw is net uitgegleden, ligt te kreunen en kan niet op",
    ),
    (
        "openbare_ruimte",
        "Ik wil klagen over de lantaarnpaal. O en net riep iemand om hulp vanuit het water bij de sluis",
    ),
    # afval
    ("afval", "achter de school smeult de afvalbak tegen de houten schuur, er komen al vlammetjes"),
    (
        "afval",
        "oranje gloed uit de ondergrondse container en de rook trekt de babykamer in, het raam stond open",
    ),
    (
        "afval",
        "wilde grofvuil aanmelden maar nu staan de kliko's tegen de flat te fikken, het gaat richting de balkons",
    ),
    ("afval", "naast de container die nu vlam vat slaapt een dakloze, hij wordt niet wakker"),
    # overig
    (
        "overig",
        "weet niet bij wie ik moet zijn, er was een harde klap in de fabriekshal, ramen eruit en mensen bloeden",
    ),
    (
        "overig",
        "in de hal van het gemeentehuis staat een tas met draadjes eruit en een man zei dat het om 12 uur afgaat",
    ),
]

URGENT_INDIRECT_EN: list[tuple[str, str]] = [
    (
        "zorg",
        "is it normal that my dad suddenly cant lift his arm and his words come out wrong? hes on the couch now",
    ),
    (
        "zorg",
        "probably nothing but my husband has had a heavy chest for 30 min and he is grey and sweaty",
    ),
    (
        "zorg",
        "my roommate wont wake up, hes snoring weird and theres an empty blister pack by the bed",
    ),
    (
        "zorg",
        "sorry my english. my wife fall on kitchen floor, she not answer me, eyes open but nothing",
    ),
    (
        "zorg",
        "the old lady next door hasnt taken her milk in for 3 days, her tv is on and her dog keeps whining",
    ),
    (
        "zorg",
        "my friend is shaking on the floor and theres foam coming out of his mouth, what do i do",
    ),
    ("zorg", "baby is really floppy and wont feed, she makes a little grunt with every breath"),
    ("zorg", "my son ate a cookie with nuts and his lips are swelling up and he sounds wheezy"),
    (
        "zorg",
        "i think someone put something in my drink, the room is spinning and i cant find my friends",
    ),
    (
        "zorg",
        "my sister texted from the bar she cant feel her legs after one drink and a guy keeps pulling her outside",
    ),
    ("zorg", "cut my hand on a broken glass and its pumping out, the towel is soaked already"),
    ("zorg", "nobody will miss me anyway. just wanted someone to know the door is unlocked"),
    ("zorg", "gave my guitar and my cat to my neighbour today. wont need them after tonight"),
    (
        "zorg",
        "my flatmate left a note saying sorry for everything and took the car keys, hes not picking up",
    ),
    ("zorg", "how many of my antidepressants would it take to not wake up"),
    (
        "zorg",
        "standing on the bridge by the station. its quiet up here. just wanted to say thanks for everything",
    ),
    (
        "zorg",
        "a colleague posted goodbye pics and a photo of the railway tracks, nobody knows where he is",
    ),
    (
        "zorg",
        "he locked me in the bedroom and took my phone, im typing this on my ipad, please send someone",
    ),
    ("zorg", "upstairs neighbours: loud thuds, a woman screaming 'let go of me', a kid crying"),
    ("zorg", "im 10 and my mum is on the floor and not talking, my little brother is crying"),
    ("zorg", "theres a toddler climbing the balcony railing on the 5th floor, cant see any adult"),
    (
        "zorg",
        "little girl strapped in a car seat in the supermarket car park, shes red and crying, windows shut",
    ),
    (
        "zorg",
        "my kid swallowed one of those button batteries and now hes drooling and says his chest hurts",
    ),
    ("zorg", "my wife is 37 weeks pregnant and theres blood everywhere, it wont stop"),
    (
        "zorg",
        "diabetic neighbour is sweating, confused and slurring, he cant even hold the juice i gave him",
    ),
    ("zorg", "old man on the bench in the full sun, bright red, not sweating and talking nonsense"),
    ("zorg", "found a guy lying in the snow by the canal, hes ice cold and barely talks"),
    (
        "zorg",
        "my grandma got food stuck at dinner, she cant cough or speak and is holding her throat",
    ),
    (
        "zorg",
        "my mate took two pills at the festival and now hes boiling hot, twitching and talking gibberish",
    ),
    ("zorg", "guy in the toilets at the station, lips blue, breathing like once every 10 sec"),
    (
        "zorg",
        "hi I wanted to ask about my rent allowance. also my neighbour just collapsed in the hallway, not moving",
    ),
    (
        "zorg",
        "my daughter just messaged that her roommate is on the bathroom floor and not responding",
    ),
    (
        "zorg",
        "my uncle cant feel the left side of his face and keeps dropping things, he says its nothing",
    ),
    ("zorg", "dad fell off the ladder in the garden and says he cant feel his legs"),
    # home
    (
        "wonen",
        "weird rotten egg smell all over the stairwell and a hissing sound from the neighbours door",
    ),
    (
        "wonen",
        "since we turned the heater on we all have splitting headaches and my son just threw up",
    ),
    (
        "wonen",
        "black smoke coming under the door of the flat next to mine, smells like burning plastic",
    ),
    ("wonen", "the socket in the bedroom is sparking and crackling and it smells burnt"),
    ("wonen", "the balcony above us is tilting and creaking and theres a party going on up there"),
    (
        "wonen",
        "neighbours are on holiday but their smoke alarm is going and theres orange flicker behind the curtains",
    ),
    ("wonen", "the kitchen ceiling just came down with a bang and my dad is under it"),
    ("wonen", "stairwell full of grey haze, people on the 4th floor are waving from their windows"),
    # street
    ("overlast", "theres someone walking around downstairs with a torch and im alone upstairs"),
    (
        "overlast",
        "a man has been following me since the train station, now hes waiting outside the shop im in",
    ),
    (
        "overlast",
        "two guys in balaclavas are trying to lever open the door of the house across the road",
    ),
    (
        "overlast",
        "at the playground a dog clamped onto a kids leg, the owner is pulling but it wont let go",
    ),
    ("overlast", "guys with bats smashing up a car with someone still sitting inside"),
    ("overlast", "a girl is being dragged into a van and shes screaming she doesnt know him"),
    ("overlast", "my ex is banging on my door and sent me a photo of a knife, says hell wait"),
    (
        "overlast",
        "heard bangs, everyone running from the square and a boy is lying by the bikes not getting up",
    ),
    ("overlast", "someone poured petrol on the front door downstairs and is holding a lighter"),
    (
        "overlast",
        "a guy is shoving an old lady to the ground at the cash machine and grabbing her bag",
    ),
    # traffic
    ("verkeer", "bike in the ditch and further on a person face down in the water"),
    ("verkeer", "truck turned right and theres a bike under it and a woman screaming"),
    ("verkeer", "car on its roof on the ring road with steam coming out and someone still in it"),
    (
        "verkeer",
        "i think i hit someone, it was dark, hes lying behind my car and not saying anything",
    ),
    ("verkeer", "a car just drove onto the terrace full of people and kept going"),
    # public space
    ("openbare_ruimte", "the ice broke on the pond and i can see a hat but not the kid anymore"),
    (
        "openbare_ruimte",
        "after the storm a cable hangs low over the cycle path throwing sparks, cyclists just ride under it",
    ),
    (
        "afval",
        "orange glow and crackling from the bins against our building, smoke is coming in the windows",
    ),
]

# (theme, text, acute): not urgent, even though the wording or the situation sounds alarming.
HARD_NEGATIVES_INDIRECT: list[tuple[str, str, bool]] = [
    # losse woorden
    (
        "overig",
        "mijn zoon verveelt zich dood in de vakantie, zijn er activiteiten in de wijk?",
        False,
    ),
    (
        "overig",
        "mijn telefoon is dood en reageert niet, kan ik jullie ook per brief bereiken?",
        False,
    ),
    ("overig", "die nieuwe parkeerregels zijn een tijdbom onder de buurt", False),
    ("overig", "het is een bloedbad met de prijzen op de weekmarkt tegenwoordig", False),
    (
        "openbare_ruimte",
        "de {street} is al maanden een oorlogsgebied door de wegwerkzaamheden",
        False,
    ),
    ("overig", "mijn baas vermoordt me als ik weer te laat ben door die omleiding", False),
    (
        "overig",
        "haha mijn kinderen slaan elkaar de hersens in om de playstation, weten jullie een speeltuin?",
        False,
    ),
    ("overig", "dit gesprek met de chatbot is een nachtmerrie, ik wil een mens spreken", False),
    ("afval", "de afvalbak bij de bushalte is zo vol dat het een explosie van troep is", False),
    (
        "overig",
        "mijn wifi ligt er al drie dagen uit, ik heb moord en brand geschreeuwd bij de provider",
        False,
    ),
    (
        "zorg",
        "mijn buurvrouw zegt steeds 'ik ga nog dood van de stress' door de verbouwing, kan die sneller?",
        False,
    ),
    ("overlast", "ik vermoord hem nog 😂 mijn buurman zet zijn kliko weer voor mijn oprit", False),
    # voorbij en afgehandeld
    (
        "wonen",
        "vorige week brand in de flat, nu nog steeds roetlucht in het trappenhuis, wie maakt dat schoon?",
        False,
    ),
    (
        "wonen",
        "de gaslucht van gisteren is opgelost, de monteur heeft de leiding gemaakt. moet ik nog iets melden?",
        False,
    ),
    (
        "wonen",
        "de gasmonteur is net geweest en zegt dat alles weer veilig is, moet ik de rekening zelf betalen?",
        False,
    ),
    (
        "zorg",
        "mijn buurman is net met de ambulance meegenomen, kan iemand zijn planten water geven?",
        False,
    ),
    (
        "afval",
        "waar blijft de vervanging van de verbrande papierbak op het plein? dat is al twee weken geleden",
        False,
    ),
    (
        "afval",
        "de brandweer heeft de containerbrand van vannacht geblust, nu ligt er een zwarte smurrie",
        False,
    ),
    (
        "openbare_ruimte",
        "de boom die vannacht omwaaide ligt nog over het fietspad, niemand gewond, wel lastig",
        False,
    ),
    (
        "verkeer",
        "vanochtend kop-staartbotsing op de {street}, alles al opgeruimd, maar het gebeurt daar vaak",
        False,
    ),
    (
        "zorg",
        "opa is weer thuis na zijn val van vorige week en het gaat prima, wie regelt zo'n traplift?",
        False,
    ),
    (
        "zorg",
        "de man die gisteren in elkaar zakte bij de bushalte, weet iemand hoe het nu met hem gaat?",
        False,
    ),
    (
        "overig",
        "na de brand van vorige maand in het winkelcentrum, wanneer gaat de bakker weer open?",
        False,
    ),
    (
        "zorg",
        "mijn vriendin werd vorige maand onwel na een drankje in de kroeg, kan ik dat nu nog ergens melden?",
        False,
    ),
    (
        "wonen",
        "gisteren rook in de keuken maar het was aangebrande rijst, moet de melder nu gereset worden?",
        False,
    ),
    # alarm afgeblazen
    ("overig", "loos alarm hoor, die walm bij de buren kwam van hun barbecue", False),
    ("zorg", "laat maar, de man op het bankje sliep gewoon, hij is net zelf weggelopen", False),
    (
        "zorg",
        "vergeet mijn vorige bericht, mijn moeder was haar hoortoestel kwijt, ze hoorde me gewoon niet",
        False,
    ),
    (
        "overlast",
        "sorry voor de melding van net, die 'inbreker' in de tuin was mijn zoon die zijn sleutel kwijt was",
        False,
    ),
    # geruchten en nieuws
    ("overig", "ik las in de krant dat er een steekpartij in de buurt was, klopt dat?", False),
    ("overig", "op facebook zeggen ze dat er een wolf in het park loopt, is dat waar?", False),
    (
        "verkeer",
        "op het nieuws een dodelijk ongeluk in een andere stad, kan dat hier ook bij de overweg?",
        False,
    ),
    # hypothetisch en veiligheidsvragen
    (
        "zorg",
        "wat moet ik doen als mijn oma ooit valt en ik ben er niet? bestaat er een alarmknop?",
        False,
    ),
    ("wonen", "hoe weet ik of mijn co-melder nog werkt? hij piept niet meer bij de test", False),
    ("wonen", "is een gasfornuis veilig in een huurhuis met kleine kinderen?", False),
    ("openbare_ruimte", "bij de vijver staat geen hek, wat als er ooit een kind in valt?", False),
    (
        "wonen",
        "de cv-ketel tikt soms, geen lucht of melder die afgaat, kan dat wachten tot maandag?",
        False,
    ),
    (
        "initiatief",
        "kunnen we in het buurthuis leren hoe je iemand helpt die zich verslikt?",
        False,
    ),
    (
        "initiatief",
        "idee: een workshop 'wat te doen bij een overval' voor de winkeliers in de wijk",
        False,
    ),
    (
        "initiatief",
        "we willen met de buurt een ijsbaan op het veldje, wie controleert of het ijs sterk genoeg is?",
        False,
    ),
    # statische gevaren en overlast
    (
        "openbare_ruimte",
        "het gat in de stoep bij de {street} wordt elke week een beetje groter, graag naar kijken",
        False,
    ),
    (
        "openbare_ruimte",
        "het ijs op de vijver is nog heel dun, kan er een bordje komen dat schaatsen niet mag?",
        False,
    ),
    (
        "openbare_ruimte",
        "er hangt een losse kabel van de kerstverlichting uit een boom, de stroom is eraf",
        False,
    ),
    (
        "openbare_ruimte",
        "sinds de storm hangt er een grote tak half los boven het wandelpad, wil iemand kijken?",
        False,
    ),
    (
        "wonen",
        "er zit al jaren dezelfde scheur in het plafond van de badkamer, kan de verhuurder kijken?",
        False,
    ),
    (
        "wonen",
        "onze rookmelder piept om de minuut, vast de batterij, wie vervangt die in een huurwoning?",
        False,
    ),
    (
        "overlast",
        "de man van nummer 5 brult de hele dag tegen zijn hond, kan daar iemand iets van zeggen?",
        False,
    ),
    (
        "overlast",
        "de jongeren op het plein zijn 's middags heel luidruchtig, er gebeurt niks maar het is irritant",
        False,
    ),
    (
        "overlast",
        "er zit de hele middag een man op het bankje te drinken, hij valt niemand lastig",
        False,
    ),
    (
        "afval",
        "naast de speeltuin ligt een half verbrand matras, het vuur is al lang uit maar het stinkt nog",
        False,
    ),
    (
        "overlast",
        "elke nacht rond 4 uur scheurt er een scooter zonder uitlaat door de straat",
        False,
    ),
    ("verkeer", "op de {street} staat al dagen een auto met pech half op het fietspad", False),
    (
        "verkeer",
        "vandaag weer bijna een fietser geschept bij de rotonde, wanneer komt die fietsstrook?",
        False,
    ),
    # gewonde dieren
    (
        "overlast",
        "er ligt een gewonde duif op de stoep die niet kan vliegen, wie haalt die op?",
        False,
    ),
    ("overlast", "een zwaan met een gebroken vleugel zit op het fietspad, wie kan helpen?", False),
    # zorgvragen zonder acuut gevaar
    (
        "zorg",
        "is het normaal dat mijn vader sinds zijn pensioen de hele middag slaapt? verder is hij gewoon fit",
        False,
    ),
    ("zorg", "mijn moeder van 88 wordt steeds vergeetachtiger, waar kan ik hulp aanvragen?", False),
    (
        "zorg",
        "mijn peuter heeft een likje tandpasta doorgeslikt en speelt gewoon verder, moet ik iets doen?",
        False,
    ),
    (
        "zorg",
        "dochter heeft een bijensteek met een rode bult, verder gaat het prima, is een zalfje genoeg?",
        False,
    ),
    # nu 's nachts herrie, of inbraak achteraf ontdekt
    (
        "overlast",
        "half 4 en de studenten boven hebben nog een dj op het balkon, ik moet om 6 uur op",
        True,
    ),
    (
        "overlast",
        "zo'n herrie nu, buurman houdt karaoke in de tuin en het is kwart over 1 's nachts",
        True,
    ),
    (
        "overlast",
        "midden in de nacht een huisfeest in de flat tegenover, de bassen dreunen door ons raam",
        True,
    ),
    ("overlast", "net terug van vakantie, achterruit ingeslagen en de laptops zijn weg", True),
    (
        "overlast",
        "bij thuiskomst krassen bij het slot en alle laden leeg op de vloer, er is niemand meer binnen",
        True,
    ),
    (
        "overlast",
        "vanochtend zag ik dat iemand in onze berging is geweest, het slot is doorgezaagd",
        True,
    ),
    # English
    ("overig", "my phone is dead and not responding, can I book the appointment by email?", False),
    ("overig", "im bored to death, any events in the neighbourhood this weekend?", False),
    (
        "openbare_ruimte",
        "our street has been a war zone for months because of the roadworks",
        False,
    ),
    ("overig", "false alarm, the smoke was just our neighbours barbecue, sorry", False),
    (
        "wonen",
        "the gas leak from yesterday was fixed by the engineer, do I need to report anything else?",
        False,
    ),
    ("zorg", "my neighbour was taken by ambulance this morning, who can feed her cat?", False),
    ("overig", "heard on the news there was a shooting in another city, is our area safe?", False),
    ("zorg", "what should I do if my elderly mum ever falls when im not there?", False),
    (
        "openbare_ruimte",
        "the ice on the canal is really thin, nobody on it, but can you put up a warning sign?",
        False,
    ),
    ("overlast", "im going to kill my brother lol he parked in my spot again", False),
    (
        "zorg",
        "my toddler swallowed a little toothpaste, hes playing normally, anything I should do?",
        False,
    ),
    ("overlast", "theres an injured hedgehog in my garden, who do I call?", False),
    (
        "overlast",
        "its past 3 am and the house across has a DJ in the garden, the bass is shaking our windows",
        True,
    ),
    ("overlast", "got home from the weekend and found our back door forced and the TV gone", True),
    (
        "afval",
        "whats left of the burnt bin by our building is a melted lump, who clears that away?",
        False,
    ),
    (
        "wonen",
        "our smoke alarm keeps chirping every minute, probably the battery, who replaces it in a rental?",
        False,
    ),
    ("overig", "this waiting time is killing me, can someone reply please", False),
    (
        "openbare_ruimte",
        "the sinkhole near the school gets a bit bigger every week, can someone look at it?",
        False,
    ),
    (
        "zorg",
        "nevermind my last message, the man on the bench was just asleep and he walked off",
        False,
    ),
    (
        "verkeer",
        "there was a crash on the ring road this morning, all cleared now, but that junction needs a light",
        False,
    ),
    ("overig", "prices at the market are a bloodbath lately", False),
    (
        "wonen",
        "is it normal that my boiler makes a clicking sound? no smell, just wondering",
        False,
    ),
    (
        "initiatief",
        "could the community centre host a baby CPR evening for young parents? who do we ask?",
        False,
    ),
    (
        "overlast",
        "the neighbours argue loudly in the afternoon, annoying but nobody gets hurt",
        False,
    ),
    (
        "zorg",
        "my dad is 90 and sleeps a lot in the afternoon, is there day care for elderly in the area?",
        False,
    ),
]
