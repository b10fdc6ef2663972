"""Hand-written urgent messages in freer wording, and more hard negatives."""

URGENT_EXTRA: list[tuple[str, str]] = [
    # brand / rook
    ("wonen", "vlammen uit de keuken van de benedenburen, de rook komt al door onze vloer omhoog"),
    (
        "wonen",
        "het rookalarm gaat en de hele gang staat blauw van de rook, ik krijg de voordeur niet open",
    ),
    ("wonen", "bij nummer {nr} slaan de vlammen uit het dak!!"),
    (
        "wonen",
        "mijn frituurpan vloog net in de fik en nu zit het vuur in de afzuigkap, krijg het niet uit",
    ),
    (
        "wonen",
        "Er komt heel veel zwarte rook uit de kelderboxen onder ons appartement en we kunnen de trap niet meer af",
    ),
    (
        "wonen",
        "de accu van een e-bike is in de gang van de buren ontploft en het brandt, daar wonen kleine kinderen",
    ),
    (
        "wonen",
        "schuur achter ons huis staat in lichterlaaie en het vuur slaat al over naar de schuting",
    ),
    (
        "wonen",
        "Ik zie rook uit het dakraam van mijn bovenbuurvrouw komen, ze is slecht ter been en doet niet open",
    ),
    ("wonen", "help de kerstboom staat in brand in de woonkamer"),
    ("wonen", "brand brand bij de overburen, alles oranje achter de ramen"),
    (
        "wonen",
        "in het huis naast ons piept al tien minuten een rookmelder en er komt een brandlucht uit de brievenbus",
    ),
    (
        "afval",
        "iemand heeft de ondergrondse container aangestoken, hoge vlammen vlak naast de geparkeerde autos",
    ),
    ("afval", "De papiercontainer bij {place} brandt en de rook trekt zo het schoolgebouw in"),
    ("afval", "Stapel grofvuil tegen de gevel is in brand gevlogen, het raamkozijn vat al vlam"),
    (
        "afval",
        "containers achter de flat branden, het plastic smelt en de ramen op de eerste verdieping worden zwart",
    ),
    (
        "verkeer",
        "er staat een bestelbus te branden midden op de {street}, de bestuurder zit ernaast op de grond",
    ),
    # gas / koolmonoxide
    (
        "wonen",
        "Toen ik de voordeur opendeed kwam me een enorme gaslucht tegemoet, ik sta nu buiten met de kids",
    ),
    ("wonen", "het sist bij de gasmeter en t stinkt naar rotte eieren in de hele kelder"),
    (
        "openbare_ruimte",
        "Graafmachine heeft net een leiding geraakt in de {street}, het blaast hard en ruikt overal naar gas",
    ),
    (
        "wonen",
        "onze co-melder piept en mijn dochter en ik hebben allebei bonkende hoofdpijn en zijn heel suf",
    ),
    (
        "wonen",
        "volgens mij lekt er gas bij de benedenburen, bij hun deur ruik je het heel sterk en ze doen niet open",
    ),
    ("wonen", "gaslucht in portiek {nr} en er staat iemand gewoon een sigaret te roken, pls snel"),
    (
        "wonen",
        "Sinds de geiser aanstaat is iedereen hier misselijk en duizelig en mijn moeder valt steeds in slaap",
    ),
    # geweld / vechtpartij
    ("overlast", "vechtpartij op het schoolplein, ouders slaan elkaar nu met stoelen"),
    (
        "overlast",
        "Een groep jongeren staat een man te slaan bij de bushalte, hij ligt al en ze blijven trappen",
    ),
    (
        "overlast",
        "Bij {place} is het compleet uit de hand gelopen, er vliegen flessen en er ligt een meisje te bloeden",
    ),
    (
        "overlast",
        "snel politie, twee mannen rollen over straat en de ene slaat het hoofd van de ander tegen de stoeprand",
    ),
    (
        "overlast",
        "Er wordt een bezorger in elkaar getrapt voor onze deur, ik durf niet naar buiten",
    ),
    (
        "overlast",
        "In de tram wordt een vrouw door een man in haar gezicht gestompt en niemand doet iets",
    ),
    (
        "overlast",
        "massale knokpartij op het veld van de voetbalclub, ze slaan elkaar met de hoekvlaggen",
    ),
    ("overlast", "ze beroven een oude man bij de pinautomaat en duwen hem tegen de grond"),
    ("overlast", "buiten wordt iemand mishandeld, ik hoor hem smeken dat ze moeten ophouden"),
    (
        "overlast",
        "Er is zojuist een man met een glas in zijn gezicht geslagen in het café op de hoek, het bloedt enorm",
    ),
    # wapens
    ("overlast", "gast met een machete loopt door de {street} en hakt op de autos in"),
    (
        "overlast",
        "Ik zag net iemand een pistool uit zijn jas halen en het op een jongen bij de snackbar richten",
    ),
    (
        "overlast",
        "er is iemand gestoken bij de fietsenstalling van het station, de dader rent richting centrum",
    ),
    ("overlast", "man met een bijl staat op de voordeur van zijn ex in te hakken"),
    (
        "overlast",
        "Net meerdere knallen gehoord en nu ligt er iemand op de stoep voor {nr}, volgens mij is er geschoten",
    ),
    (
        "overlast",
        "jongens met honkbalknuppels slaan de ruiten van de shoarmazaak in terwijl er nog klanten binnen zitten",
    ),
    (
        "overlast",
        "De buurman staat met een groot keukenmes op de galerij te schreeuwen dat hij iedereen gaat afmaken",
    ),
    (
        "overlast",
        "iemand bedreigt de caissière met een mes, ik sta achter in de winkel en zit verstopt",
    ),
    ("overlast", "een vent richt een vuurwapen op de automobilisten die voor het stoplicht staan"),
    (
        "overlast",
        "Twee groepen tegenover elkaar op het pleintje, ik zie messen en eentje heeft iets wat op een geweer lijkt",
    ),
    ("overlast", "schietpartij bij de supermarkt, iedereen ligt op de grond"),
    # bewusteloos / niet ademen
    ("zorg", "er ligt een vrouw op het fietspad die niet ademt, ik weet niet hoe reanimeren werkt"),
    (
        "zorg",
        "mijn vader is van de bank gegleden en reageert niet als ik hem roep, zijn ogen staan half open",
    ),
    ("zorg", "Jongen zit onderuitgezakt in een portiek, hij ziet grauw en ik voel geen adem"),
    ("zorg", "mn moeder wordt niet wakker, ik schud aan haar maar ze doet helemaal niks"),
    (
        "zorg",
        "Bij de bushalte ligt een vrouw te snurken en ze is niet wakker te krijgen, er zit bloed bij haar hoofd",
    ),
    (
        "zorg",
        "ik heb net mijn buurman gevonden, hij hangt over de keukentafel en reageert nergens op",
    ),
    ("zorg", "een fietser viel zomaar om op de brug en ligt nu stil, hij maakt rare snurkgeluiden"),
    (
        "zorg",
        "In de sporthal is een man bij het zaalvoetbal neergevallen, we zijn aan het reanimeren, waar blijft de ambu",
    ),
    ("zorg", "snel ambulance, vrouw in elkaar gestort bij de kassa"),
    (
        "zorg",
        "Dakloze man ligt al uren op een bankje in de vrieskou, hij reageert bijna niet en is ijskoud",
    ),
    # hart
    (
        "zorg",
        "Mijn man heeft een drukkend gevoel op zijn borst dat naar zijn kaak trekt en hij zweet enorm",
    ),
    (
        "zorg",
        "vrouw bij de kassa van {place} houdt haar hand op haar hart, wordt lijkbleek en valt om",
    ),
    ("zorg", "opa klaagt over pijn in zijn linkerarm en op de borst, hij is klam en ziet grauw"),
    (
        "zorg",
        "ik heb sinds tien minuten vreselijke pijn op mijn borst en krijg amper lucht, ik ben alleen thuis",
    ),
    (
        "zorg",
        "Een hardloper stopte ineens, zei dat zijn hart raar klopte en ligt nu slap in het gras",
    ),
    # beroerte
    ("zorg", "mijn moeder praat ineens onverstaanbaar en haar mondhoek hangt naar beneden"),
    (
        "zorg",
        "Mijn vrouw kan haar rechterarm niet meer optillen en haar woorden komen er raar uit, dat begon net",
    ),
    (
        "zorg",
        "buurman loopt scheef en zijn gezicht is aan één kant slap, hij snapt niet wat ik zeg",
    ),
    (
        "zorg",
        "Oma liet net haar kopje vallen, ze kan haar hand niet meer bewegen en praat met een dubbele tong",
    ),
    # epilepsie / stuip
    (
        "zorg",
        "een meisje ligt te schokken op de grond bij de halte en er komt schuim uit haar mond",
    ),
    (
        "zorg",
        "Mijn zoon heeft een aanval, hij trilt over zijn hele lijf en is al vijf minuten niet bij",
    ),
    (
        "zorg",
        "iemand in de bus heeft een epileptische aanval gehad en zijn hoofd gestoten, het bloedt flink",
    ),
    ("zorg", "mn dochtertje heeft hoge koorts en ligt nu te stuiptrekken met weggedraaide ogen"),
    # verslikken / benauwd / blauw
    ("zorg", "mijn dochter van 1 heeft een druif in haar keel en maakt geen geluid meer"),
    (
        "zorg",
        "Man in het restaurant stikt in een stuk vlees, hij houdt zijn keel vast en loopt paars aan",
    ),
    (
        "zorg",
        "mijn kleinzoon heeft astma, de puffer helpt niet en hij kan geen zin meer afmaken, zijn lippen verkleuren",
    ),
    (
        "zorg",
        "mijn vriendin is allergisch voor noten, haar tong zwelt op en ze piept bij elke ademhaling",
    ),
    ("zorg", "kind verslikt in een muntje, hoest niet meer en kijkt in paniek naar me"),
    # bloedingen
    ("zorg", "Mijn buurman is met zijn hand in de cirkelzaag gekomen, het bloed spuit eruit"),
    (
        "zorg",
        "iemand is door een glazen deur gevallen en heeft een enorme snee in zijn been, overal bloed",
    ),
    (
        "zorg",
        "ik krijg het bloeden niet gestopt, de handdoek is al doorweekt en hij wordt steeds duizeliger",
    ),
    (
        "zorg",
        "Vrouw in de {street} met een diepe wond aan haar hoofd, ze zit onder het bloed en is verward",
    ),
    # overdosis
    (
        "zorg",
        "mijn huisgenoot heeft iets geslikt op een feest, hij is gloeiend heet, trilt en reageert niet goed",
    ),
    (
        "zorg",
        "Op het festivalterrein ligt een meisje buiten bewustzijn na pillen, haar vrienden raken in paniek",
    ),
    (
        "zorg",
        "er ligt een junk in het trappenhuis met de naald nog in zijn arm, hij ademt heel langzaam",
    ),
    ("zorg", "mijn broer heeft een hele strip slaappillen met drank weggewerkt en valt steeds weg"),
    ("zorg", "vriend heeft te veel G gehad en is niet meer wakker te krijgen"),
    # vergiftiging kind
    (
        "zorg",
        "onze peuter heeft aan de fles ontstopper gezeten, hij huilt en zijn mond is helemaal rood",
    ),
    (
        "zorg",
        "Mijn dochtertje van 2 heeft een onbekend aantal tabletten uit oma's medicijndoos gegeten",
    ),
    ("zorg", "kind heeft lampolie in zn mond gehad en hoest nu heel erg en is suf"),
    (
        "zorg",
        "ik vond mijn zoontje met een open doos vaatwastabletten, hij heeft erop gekauwd en spuugt",
    ),
    (
        "zorg",
        "Mijn kleintje heeft een knoopcelbatterij ingeslikt, hij kwijlt heel erg, wat moet ik doen",
    ),
    # verkeer
    (
        "verkeer",
        "aanrijding met een voetganger bij het zebrapad van {place}, haar been ligt helemaal verkeerd",
    ),
    (
        "verkeer",
        "Net een knal op de dijk, een auto is frontaal op een trekker geklapt en er komt rook onder vandaan",
    ),
    (
        "verkeer",
        "motorrijder onderuit in de bocht en tegen de vangrail geschoven, zijn helm is gebroken en hij zegt niks",
    ),
    (
        "verkeer",
        "vrachtwagen heeft bij het afslaan een moeder met bakfiets geraakt, de kinderen huilen en zij ligt eronder",
    ),
    (
        "verkeer",
        "Er is een bus van de weg geraakt en op zijn kant in het weiland beland, de passagiers zitten nog binnen",
    ),
    (
        "verkeer",
        "kettingbotsing op de ringweg bij {buurt}, minstens vijf autos en eentje staat te roken",
    ),
    (
        "verkeer",
        "Mijn vriend is net geschept door een scooter en ligt te kreunen, hij kan zijn nek niet bewegen",
    ),
    (
        "verkeer",
        "Er is net een auto van de kade gerold, hij drijft nog maar loopt vol water en er bonkt iemand op het raam",
    ),
    (
        "verkeer",
        "Bestuurder zit klem na een klap tegen een lantaarnpaal, de deur is helemaal ingedeukt en hij bloedt",
    ),
    ("verkeer", "fietsster onder de tram gekomen op de {street}, ze gilt het uit"),
    (
        "verkeer",
        "een man liep zo tegen een auto aan en klapte op de motorkap, hij staat niet meer op",
    ),
    (
        "verkeer",
        "Spookrijder op de snelweg! rijdt net met hoge snelheid de verkeerde kant op bij de afrit naar {buurt}",
    ),
    (
        "verkeer",
        "er zit een man op de rails bij de spoorwegovergang en hij wil niet weg, de bellen gaan al",
    ),
    (
        "verkeer",
        "auto staat stil tussen de gesloten spoorbomen en de bestuurder krijgt hem niet meer gestart",
    ),
    ("verkeer", "Kinderen spelen op het spoor achter de sportvelden, ze leggen stenen op de rails"),
    # vallen van hoogte
    (
        "zorg",
        "bouwvakker van de steiger gevallen, twee verdiepingen, hij ligt op de stenen en beweegt niet",
    ),
    (
        "zorg",
        "mijn man is bij het dakgoot schoonmaken van de ladder gevallen en met zijn hoofd op de tegels geklapt",
    ),
    ("zorg", "Iemand is van een balkon gevallen bij nummer {nr}, ik hoor hem niet meer"),
    (
        "openbare_ruimte",
        "een jongen is door het dak van de fietsenstalling gezakt en ligt bewusteloos op de grond",
    ),
    # suïcide
    ("zorg", "ik kan niet meer. heb alle pillen uit de kast op tafel gelegd"),
    (
        "zorg",
        "Mijn zus stuurde me net dat dit de laatste keer is dat ik iets van haar hoor en nu neemt ze niet op",
    ),
    ("zorg", "ik hoef morgen niet meer wakker te worden. het touw hangt al"),
    ("zorg", "sorry voor alles, zeg tegen mama dat ik van haar hou. ik ga nu naar de brug"),
    ("zorg", "Mijn collega zegt dat iedereen beter af is zonder hem en hij staat nu bij het spoor"),
    (
        "zorg",
        "er zit een vrouw op de reling bovenop de parkeergarage, ze huilt en zegt dat ze gaat springen",
    ),
    ("zorg", "ik wil dood. nu."),
    (
        "zorg",
        "Mijn zoon heeft zich met een mes in de badkamer opgesloten en roept dat hij er een eind aan maakt",
    ),
    ("zorg", "het heeft allemaal geen zin meer, vanavond stop ik ermee, niemand gaat me missen"),
    (
        "zorg",
        "Mijn vriend zette een afscheidsbericht op insta en zijn telefoon staat uit, hij had het vaker over zelfmoord",
    ),
    (
        "zorg",
        "wil er niet meer zijn, heb net een fles wodka en de slaappillen van mn moeder genomen",
    ),
    (
        "zorg",
        "Er staat een meisje op het viaduct aan de verkeerde kant van het hek en ze kijkt naar beneden",
    ),
    # kind in gevaar
    ("zorg", "klein meisje van een jaar of drie loopt helemaal alleen op de kade langs het water"),
    (
        "zorg",
        "Ik zie een jongetje op de vensterbank staan van een open raam op de vierde, niemand bij hem",
    ),
    (
        "zorg",
        "We zijn ons zoontje van 4 kwijt bij {place}, al een kwartier, hij heeft een rode jas aan",
    ),
    (
        "zorg",
        "baby in een autostoeltje in een dichte auto in de volle zon, het kindje is knalrood en huilt niet meer",
    ),
    ("zorg", "kleuter fietst in z'n eentje richting de spoorwegovergang, ik zie nergens een ouder"),
    (
        "zorg",
        "mijn dochter van 5 is weg uit de speeltuin, ze was er net nog, ik kan haar nergens vinden",
    ),
    (
        "zorg",
        "Er staat een kinderwagen met een baby erin vlak bij de rand van de gracht en hij rolt een stukje",
    ),
    (
        "zorg",
        "een peutertje klimt op het balkonhek van de flat hiernaast, zesde verdieping, snel!!",
    ),
    (
        "zorg",
        "Al een half uur zwerft er een jongetje in pyjama over straat, hij huilt, weet niet waar hij woont, het vriest",
    ),
    ("zorg", "Mijn kind is in een diepe put op de bouwplaats gevallen en ik kan er niet bij"),
    # huiselijk geweld
    (
        "zorg",
        "boven ons wordt een vrouw tegen de muur gesmeten, ik hoor haar huilen en hem brullen",
    ),
    (
        "zorg",
        "Mijn stiefvader is dronken en slaat mijn moeder, ik zit met mijn broertje in de kast",
    ),
    (
        "zorg",
        "help hij heeft me gewurgd en staat nu met de autosleutels bij de deur, de kinderen zijn bij hem",
    ),
    (
        "zorg",
        "Bij de buren hoor ik glas breken en een kind gillen 'papa stop', dat gaat al een paar minuten zo",
    ),
    (
        "zorg",
        "mijn man is compleet door het lint en gooit spullen naar me, ik heb me op de wc opgesloten",
    ),
    (
        "zorg",
        "Mijn zus belt me net dat haar vriend haar aan het mishandelen is, ze woont op {street} {nr}",
    ),
    # inbraak bezig
    (
        "overlast",
        "Er staat iemand met een zaklamp in mijn woonkamer, ik zit boven op de slaapkamer",
    ),
    (
        "overlast",
        "twee gasten proberen de achterdeur van de overburen open te wrikken, die zijn op vakantie",
    ),
    (
        "overlast",
        "Ik hoor beneden iemand in de laden rommelen en ik ben alleen thuis, de deur zat op slot",
    ),
    ("overlast", "er klimt nu een man via de regenpijp naar het balkon op de eerste etage"),
    (
        "overlast",
        "Iemand slaat op dit moment de etalage van de juwelier in de {street} in, het alarm loeit",
    ),
    (
        "overlast",
        "inbraak bezig bij het buurthuis, ik zie lichtjes bewegen binnen en de deur staat open",
    ),
    (
        "overlast",
        "ze zijn met een breekijzer bezig aan de voordeur van nummer {nr} en kijken steeds om zich heen",
    ),
    (
        "overlast",
        "Er probeert iemand door het keukenraam naar binnen te komen terwijl ik gewoon thuis ben",
    ),
    # ontvoering / achtervolgd / bedreigd
    (
        "overlast",
        "Een meisje werd zojuist door twee mannen in een witte auto geduwd, het kenteken begon met een G",
    ),
    (
        "overlast",
        "een man probeert een kind van de speelplaats mee te lokken en trekt nu aan zijn arm",
    ),
    (
        "overlast",
        "Vrouw gilt om hulp achter in een rijdende bestelbus, die reed net de {street} uit",
    ),
    (
        "overlast",
        "ik word sinds het station gevolgd door een auto die steeds naast me stopt, ik ben doodsbang",
    ),
    (
        "overlast",
        "Er zitten drie jongens achter mijn zoon aan, hij belde huilend dat ze hem gaan steken",
    ),
    (
        "overlast",
        "man blijft me achtervolgen en roept dat hij me te pakken krijgt, ik zit nu in een snackbar",
    ),
    (
        "overlast",
        "Een groep staat voor mijn deur en dreigt hem in te trappen als ik niet naar buiten kom",
    ),
    # water / ijs
    ("openbare_ruimte", "Er drijft iemand met zijn gezicht naar beneden in de vijver van het park"),
    (
        "openbare_ruimte",
        "schaatser ligt in een wak op de plas en krijgt zichzelf er niet uit, hij wordt steeds trager",
    ),
    ("openbare_ruimte", "Een oudere man is met zijn scootmobiel het kanaal in gereden bij {place}"),
    ("openbare_ruimte", "zwemmer in de plas roept om hulp en gaat steeds kopje onder"),
    (
        "openbare_ruimte",
        "hond door het ijs gezakt en de baas ging erachteraan, nu liggen ze er allebei in",
    ),
    (
        "openbare_ruimte",
        "Een kind is ver het ijs van de vaart op gelopen en het kraakt overal om hem heen",
    ),
    # instorting
    ("openbare_ruimte", "het klimrek in de speeltuin is ingestort en er zit een kind onder"),
    (
        "wonen",
        "Er zitten ineens grote scheuren in onze muur en het plafond zakt door, het kraakt heel hard",
    ),
    ("openbare_ruimte", "de loopbrug over het water is net ingestort terwijl er mensen op liepen"),
    (
        "wonen",
        "Het huis naast ons is bij de verbouwing half ingestort en ik hoor iemand onder het puin roepen",
    ),
    # stroom
    (
        "openbare_ruimte",
        "bovenleiding van de tram ligt op straat en vonkt, mensen lopen er gewoon langs",
    ),
    (
        "openbare_ruimte",
        "Na het onweer hangt een kabel uit de lantaarnpaal in het water van de speelvijver en het knettert",
    ),
    (
        "zorg",
        "mijn buurjongen kreeg een schok van een kapot stopcontact en ligt nu stil op de vloer",
    ),
    # explosie
    ("wonen", "enorme explosie in de flat tegenover, ramen eruit geblazen en er schreeuwen mensen"),
    (
        "overlast",
        "Er is net een explosief tegen de deur van de bakker afgegaan, het brandt nu in de zaak",
    ),
    (
        "wonen",
        "Keiharde knal bij de buren, hele woning staat in de fik, weet niet of ze thuis zijn",
    ),
    (
        "openbare_ruimte",
        "BOEM, een putdeksel is de lucht in geschoten en er komen vlammen uit de grond",
    ),
    # honden / bomen / overig
    ("overlast", "een vechthond heeft zich vastgebeten in de arm van een vrouw en laat niet los"),
    (
        "overlast",
        "Twee losgebroken honden jagen op kinderen op het grasveld, een jongen is al gebeten en bloedt",
    ),
    (
        "openbare_ruimte",
        "Er is een dikke boom op een fietser gevallen, hij ligt eronder en roept om hulp",
    ),
    (
        "openbare_ruimte",
        "Door de storm is een steiger op de bushalte geklapt, er stonden mensen onder",
    ),
    (
        "zorg",
        "Oude vrouw in de flat is verward en gloeiend heet, het is hier 38 graden binnen en ze kan niet meer staan",
    ),
]

URGENT_EXTRA_EN: list[tuple[str, str]] = [
    (
        "wonen",
        "there's smoke pouring out of the flat below mine and I can hear someone coughing inside",
    ),
    ("wonen", "Our kitchen is on fire, the pan went up and it's spreading to the cupboards"),
    ("wonen", "strong smell of gas in my apartment and my head is spinning"),
    ("wonen", "CO alarm going off and my kids are drowsy and throwing up"),
    (
        "afval",
        "the bins behind {place} are burning and the fire is getting close to the petrol station",
    ),
    ("verkeer", "car on fire on {street}, the driver is still inside!!"),
    (
        "overlast",
        "two guys are beating up a man outside the bar, he's down and they keep kicking his head",
    ),
    ("overlast", "A man with a knife is chasing people across the square"),
    ("overlast", "I think I just heard gunshots and someone is screaming that they've been hit"),
    ("overlast", "guy smashing car windows with a crowbar and threatening anyone who comes near"),
    ("overlast", "someone is trying to get in through my bedroom window, I'm home alone"),
    (
        "overlast",
        "There are people inside the house next door, the owners are on holiday and I saw them carry out a TV",
    ),
    ("overlast", "help, a man is following me and grabbed my arm, I ran into a shop"),
    ("overlast", "A kid just got pulled into a van near the school, it drove off towards {buurt}"),
    ("overlast", "a big dog is attacking a little boy in the park, the owner can't get it off"),
    ("zorg", "My husband is slurring his words and one side of his face is drooping"),
    ("zorg", "elderly lady on the tram suddenly can't lift her arm and seems confused"),
    ("zorg", "my dad has crushing pain in his chest, he's sweating and looks grey"),
    ("zorg", "a man is having a seizure on the pavement and he hit his head on the kerb"),
    ("zorg", "my toddler swallowed a handful of my iron tablets"),
    ("zorg", "my son got into the bleach under the sink, he's crying and coughing"),
    ("zorg", "My baby is choking on something and can't even cry"),
    ("zorg", "there's a guy passed out in the park, his lips are blue, I think he overdosed"),
    ("zorg", "friend took way too much ketamine and I can't wake her up"),
    ("zorg", "he cut himself really deep and it won't stop bleeding, there's blood everywhere"),
    ("zorg", "I've taken all my pills. I just wanted to say goodbye to someone"),
    ("zorg", "there's no point anymore, tonight I'm ending it"),
    ("zorg", "My flatmate said she's going to kill herself and she's locked herself in her room"),
    ("zorg", "a man is standing on the edge of the parking garage roof crying"),
    ("zorg", "my partner is hitting me right now, please send someone"),
    ("zorg", "I can hear the neighbour throwing his wife against the wall and she's screaming"),
    ("zorg", "a toddler is walking alone along the canal, no adults anywhere"),
    ("zorg", "There's a baby strapped in a car seat in a locked car in the sun at {place}"),
    ("zorg", "our 3 year old is missing, we've searched the whole street and she's gone"),
    ("zorg", "a little girl is sitting on a window ledge on the 5th floor"),
    ("zorg", "found an old man collapsed in the stairwell, I can't find a pulse"),
    ("zorg", "my wife fainted and isn't waking up"),
    ("zorg", "someone stopped breathing at the gym, we need an ambulance"),
    ("verkeer", "bad crash at the roundabout, a scooter rider is stuck under the car"),
    ("verkeer", "Cyclist hit by a truck at the junction, he's not moving"),
    ("verkeer", "a car went into the canal and the people inside are banging on the windows"),
    ("verkeer", "there's a person lying on the train tracks near the station"),
    ("verkeer", "car stuck on the level crossing and the barriers are coming down"),
    ("verkeer", "pedestrian just got hit, he's bleeding from his head and not talking"),
    ("openbare_ruimte", "power line down across the bike path, it's sparking"),
    ("openbare_ruimte", "a tree fell on a car during the storm and there's someone trapped inside"),
    ("openbare_ruimte", "someone fell through the ice on the pond and isn't coming back up"),
    ("openbare_ruimte", "kid fell into the water by the playground and can't swim"),
    ("openbare_ruimte", "the footbridge collapsed and people fell in"),
    ("wonen", "huge explosion in our street, windows blown out everywhere"),
    ("wonen", "the ceiling of our flat just came down on my grandma"),
    ("zorg", "a worker fell off the roof, he's lying on the ground not moving"),
    ("zorg", "my friend is having an allergic reaction, her throat is closing up"),
    ("zorg", "man at the bus stop is struggling to breathe and his lips are going purple"),
    ("overlast", "robbery at the petrol station, the guy has a gun"),
    ("overlast", "fight with bottles outside {place}, lots of blood"),
    ("zorg", "pls help my brother is unconscious and breathing weird after drinking"),
    ("overlast", "someone just got stabbed right in front of me"),
    ("overlast", "my ex is outside my door with a jerrycan threatening to burn the house down"),
    ("wonen", "fire!! 2nd floor, people trapped on the balcony"),
]

# (theme, text, acute): not urgent, even though the words sound alarming.
HARD_NEGATIVES_EXTRA: list[tuple[str, str, bool]] = [
    (
        "overlast",
        "Het is elke avond een ramp met die scooters die vol gas geven in de {street}",
        False,
    ),
    (
        "wonen",
        "Er worden volgende week gasleidingen vervangen in onze straat, moet ik dan thuis zijn?",
        False,
    ),
    (
        "wonen",
        "Mag ik in mijn huurwoning nog op gas koken of moet ik overstappen op inductie?",
        False,
    ),
    ("overig", "Weet iemand een goede messenslijper in de buurt?", False),
    (
        "initiatief",
        "Wij willen een schietvereniging beginnen bij de sporthal, welke vergunning hebben we nodig?",
        False,
    ),
    ("overig", "De kapsalons schieten hier als paddenstoelen uit de grond", False),
    (
        "openbare_ruimte",
        "De brandgang achter de {street} staat vol met oude matrassen en vuilniszakken",
        False,
    ),
    (
        "openbare_ruimte",
        "Midden op de dag brandt de lamp bij het speeltuintje nog, kan iemand de timer checken?",
        False,
    ),
    ("overlast", "De buren stoken elk weekend de vuurkorf aan en de rook trekt ons huis in", False),
    (
        "overlast",
        "Op dit moment weer een barbecue bij de overburen, de hele tuin staat blauw en we kunnen niet buiten zitten",
        False,
    ),
    (
        "overlast",
        "Er wordt al de hele avond vuurwerk afgestoken bij het speelveld, mijn hond is in paniek",
        False,
    ),
    ("overig", "Ik ben dood benieuwd wanneer de nieuwe bibliotheek opengaat", False),
    ("overig", "Moordend druk bij het loket vandaag, kan ik ook online een afspraak maken?", False),
    (
        "verkeer",
        "Vorige week is er een fietser aangereden bij de rotonde, kan daar een extra waarschuwingsbord komen?",
        False,
    ),
    (
        "overlast",
        "Vanochtend zag ik dat de schuur is opengebroken, al het gereedschap is weg",
        True,
    ),
    (
        "overlast",
        "Ze hebben vannacht mijn scooter van de galerij gestolen, aangifte is al gedaan",
        True,
    ),
    (
        "zorg",
        "Mijn moeder is vorige maand gevallen en kan nu slecht traplopen, kan ik een traplift aanvragen?",
        False,
    ),
    ("zorg", "Ik ben bang dat mijn buurman eenzaam is, hij komt nooit meer buiten", False),
    ("initiatief", "Kan de gemeente een AED-training voor onze sportvereniging betalen?", False),
    ("overig", "Is er subsidie voor rookmelders voor ouderen in {buurt}?", False),
    ("overig", "Wat is het telefoonnummer van de wijkagent?", False),
    ("openbare_ruimte", "Er ligt een dode vos in de berm van de {street}", False),
    ("afval", "Bij de glasbak ligt een dode duif tussen het afval", False),
    (
        "overlast",
        "Elke avond rond etenstijd is het ruzie en deurgeklap bij de bovenburen, kan de wijkagent eens langs?",
        False,
    ),
    (
        "verkeer",
        "Levensgevaarlijk hoe hard ze door de 30-zone scheuren, graag een snelheidscontrole",
        False,
    ),
    ("overig", "Ik ga dood van de hitte in het stadskantoor, kan de airco niet aan?", False),
    ("wonen", "Mijn rookmelder piept steeds kort, volgens mij is de batterij bijna leeg", False),
    ("wonen", "Hoe weet ik of mijn cv-ketel koolmonoxide lekt? Ik wil een melder kopen", False),
    (
        "wonen",
        "De gaskraan in de keuken zit heel stroef, moet de verhuurder dat repareren of ik?",
        False,
    ),
    (
        "openbare_ruimte",
        "De bomen in het park moeten echt eens gesnoeid worden, er hangt veel dood hout in",
        False,
    ),
    ("afval", "De container is vorige week uitgebrand, wanneer komt er een nieuwe?", False),
    (
        "afval",
        "Er ligt nog steeds zwartgeblakerd puin van de containerbrand met oud en nieuw",
        False,
    ),
    (
        "verkeer",
        "Dat kruispunt is een slagveld in de spits, iedereen toetert en niemand geeft voorrang",
        False,
    ),
    (
        "overig",
        "Het parkeerterrein bij het ziekenhuis is een drama, kunnen er meer plekken bij?",
        False,
    ),
    (
        "zorg",
        "Mijn vader heeft vorig jaar een beroerte gehad, welke hulp kan hij thuis krijgen via de Wmo?",
        False,
    ),
    (
        "zorg",
        "Waar kan ik een EHBO-cursus voor baby's volgen? Ik wil weten wat ik moet doen bij verslikken",
        False,
    ),
    (
        "overig",
        "Wat moet je doen als iemand door het ijs zakt? Ik wil het mijn kinderen uitleggen",
        False,
    ),
    (
        "openbare_ruimte",
        "Mag er dit jaar weer geschaatst worden op de vijver in {buurt}? Is het ijs al dik genoeg?",
        False,
    ),
    (
        "overlast",
        "Die jongens op de hoek zijn killers met hun muziek, altijd maar die bassen",
        False,
    ),
    (
        "initiatief",
        "Ons idee: een kampvuuravond op het veldje voor de hele buurt, mag dat met een vuurkorf?",
        False,
    ),
    ("overig", "Ik schrok me gisteren kapot van de hoogte van mijn parkeerboete", False),
    (
        "verkeer",
        "Gisteren reed er weer een auto door rood bij de {street}, er moet daar een flitspaal komen",
        False,
    ),
    ("wonen", "Mijn huis is een bouwval, de kozijnen rotten weg en de verhuurder doet niks", False),
    (
        "wonen",
        "Elke avond komt er rook uit de schoorsteen van de buren, mag die houtkachel zomaar aan?",
        False,
    ),
    (
        "overlast",
        "Het is nu kwart over twee 's nachts en er staat een groep keihard te praten onder mijn raam",
        True,
    ),
    (
        "overlast",
        "Iemand heeft 'ik maak je af' op de muur van de school gespoten, kan dat weggehaald worden?",
        False,
    ),
    ("overig", "Ons buurtfeest was een knaller, bedankt voor de subsidie!", False),
    (
        "zorg",
        "Mijn zoon is depressief en staat al maanden op een wachtlijst, kan de gemeente helpen met sneller hulp?",
        False,
    ),
    (
        "zorg",
        "Ik ben mijn baan kwijt en zie het financieel niet meer zitten, waar kan ik terecht voor schuldhulp?",
        False,
    ),
    (
        "openbare_ruimte",
        "Kinderen spelen vaak bij de sloot zonder hek, kan daar een hekje komen?",
        False,
    ),
    (
        "verkeer",
        "Werd daarnet bijna afgesneden op de rotonde, er is niks gebeurd maar die rotonde is echt slecht",
        False,
    ),
    ("overlast", "Er liggen naalden en spuiten in de bosjes naast het speeltuintje", False),
    ("overig", "Wanneer is de open dag van de brandweerkazerne in {buurt}?", False),
    (
        "wonen",
        "Wij hebben gisteren een klein keukenbrandje gehad, alles is uit, maar wie betaalt de roetschade?",
        False,
    ),
    ("wonen", "De energierekening is moordend, kan ik energietoeslag aanvragen?", False),
    (
        "overig",
        "Mijn telefoon ontploft van de berichten in de buurtapp over die nieuwe flat",
        False,
    ),
    ("overlast", "De hond van de buren blaft de hele dag, ik word er knettergek van", False),
    ("afval", "Overal vuurwerkafval op straat na oud en nieuw, wie ruimt dat op?", False),
    (
        "openbare_ruimte",
        "Ik ben vorige week over een scheve stoeptegel gestruikeld en heb mijn knie bezeerd, wordt dat gerepareerd?",
        False,
    ),
    (
        "zorg",
        "Mijn buurvrouw van 90 woont helemaal alleen, ik maak me zorgen of ze de winter doorkomt",
        False,
    ),
    (
        "overlast",
        "De boksschool in de {street} maakt zoveel herrie met die zakken, ook 's avonds laat",
        False,
    ),
    (
        "initiatief",
        "Kunnen we een zelfverdedigingscursus voor vrouwen organiseren in het buurthuis?",
        False,
    ),
    ("overig", "Hoe vraag ik een vergunning aan voor een paintballveld?", False),
    (
        "verkeer",
        "De trein dendert hier elke tien minuten langs, kan er een geluidsscherm komen?",
        False,
    ),
    (
        "verkeer",
        "De spoorbomen bij de overgang zijn vaak heel lang dicht, een ramp voor de doorstroming",
        False,
    ),
    ("afval", "Iemand heeft een oude gasfles bij het grofvuil gezet, mag dat zomaar?", False),
    ("openbare_ruimte", "Er zit een wespennest in de boom bij het schoolplein", False),
    (
        "zorg",
        "Wat moet ik doen als mijn kind per ongeluk een vaatwastablet inslikt? Gewoon voor de zekerheid",
        False,
    ),
    ("verkeer", "Er ligt een aangereden kat midden op de {street}", False),
    (
        "overlast",
        "Buurman staat al de hele middag in zijn tuin met een flex te slijpen, niet normaal",
        False,
    ),
    # English
    ("overig", "I'm dying to know when the new swimming pool opens", False),
    ("overlast", "The party upstairs is killing me, it's 2 am and they're still going", True),
    ("verkeer", "That crossing is a death trap, please add a traffic light", False),
    ("overlast", "My bike was stolen from the rack at the station yesterday", True),
    ("overig", "Where is the nearest AED in our neighbourhood?", False),
    ("wonen", "Can I get a subsidy for smoke detectors?", False),
    ("overig", "What should I do if there's ever a fire in my building? Just asking", False),
    (
        "openbare_ruimte",
        "The lamp post outside number {nr} has been burning all day for a week now",
        False,
    ),
    ("afval", "The bins were set on fire last weekend, when will they be replaced?", False),
    ("overlast", "Neighbours have a bonfire every Friday and the smoke gets into our house", False),
    ("overlast", "Scooters keep revving their engines on our street at night", False),
    ("overig", "My inbox is on fire today haha, can you just confirm my appointment", False),
    ("verkeer", "There was a crash here last month, can you put in speed bumps?", False),
    ("zorg", "I'd like info on first aid courses for parents", False),
    ("overlast", "We just got back from holiday and someone broke into our shed, it's empty", True),
    ("overig", "This queue at city hall is murder", False),
    ("openbare_ruimte", "There's a dead hedgehog on the pavement outside the school", False),
    (
        "wonen",
        "They're replacing the gas pipes on our street next week, will the gas be off?",
        False,
    ),
    ("initiatief", "We want to set up a neighbourhood watch WhatsApp group, any tips?", False),
    ("overlast", "Fireworks going off right now in the park, my dog is terrified", False),
]
