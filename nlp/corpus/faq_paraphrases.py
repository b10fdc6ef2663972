"""Extra ways residents ask the FAQ questions (not in faq.toml): for training and for tuning."""

PARAPHRASES = {
    "grofvuil-ophalen": [
        "ik wil van mijn oude bed af, komen jullie dat halen?",
        "hoe werkt het ophalen van grof huisvuil",
        "can someone collect my old fridge?",
        "kan ik een afspraak maken om een bankstel op te laten halen?",
    ],
    "afvalkalender": [
        "welke dag komen ze het gft halen bij mij?",
        "wanneer moet de kliko buiten staan?",
        "what day is garbage day?",
        "waar staat wanneer het papier wordt opgehaald",
    ],
    "containerpas": [
        "ik ben mijn pasje voor de container verloren",
        "nieuwe afvalpas aanvragen?",
        "mijn milieupas opent de container niet meer, hoe krijg ik een nieuwe?",
        "my bin card is lost, how do I get a new one?",
    ],
    "container-vol-melden": [
        "waar kan ik melden dat de ondergrondse container vol zit?",
        "wie moet ik laten weten dat de glasbak vol is?",
        "where do I report an overflowing container?",
    ],
    "vuurwerk-regels": [
        "tot hoe laat mag er vuurwerk worden afgestoken?",
        "is vuurwerk verboden in onze wijk?",
        "mag ik siervuurwerk afsteken op mijn verjaardag?",
        "can I light fireworks on new year's eve?",
    ],
    "geluidsoverlast-buren": [
        "wat moet ik doen als mijn buren steeds lawaai maken?",
        "hoe kan buurtbemiddeling helpen bij ruzie over herrie?",
        "who can help with noisy neighbours?",
    ],
    "ongedierte": [
        "wie moet ik bellen voor een rattenplaag?",
        "doet de gemeente ratten bestrijden in de straat?",
        "who handles pest control for mice in the street?",
    ],
    "honden-regels": [
        "mag mijn hond los in het park?",
        "waar is een hondenuitlaatplek?",
        "moet je hondenpoep opruimen van de gemeente?",
        "where can my dog run off the leash?",
    ],
    "parkeervergunning": [
        "hoe kom ik aan een vergunning om in mijn straat te parkeren?",
        "wat kost parkeren voor bewoners per jaar?",
        "how can I get a resident parking permit?",
    ],
    "gehandicaptenparkeerplaats": [
        "hoe krijg ik een invalidenplek voor de deur?",
        "mijn man zit in een rolstoel, kunnen we een eigen parkeerplaats krijgen?",
        "how can I get a disabled parking bay?",
    ],
    "fietswrak": [
        "wat gebeurt er met fietsen die al maanden in het rek staan?",
        "hoe laat ik een roestige fiets zonder eigenaar weghalen?",
        "who removes abandoned bicycles?",
    ],
    "verkeersmaatregel-aanvragen": [
        "hoe kunnen we als straat een snelheidsdrempel aanvragen?",
        "kan er een zebrapad komen bij de school, hoe vraag ik dat aan?",
        "how do we request a 30 km/h zone?",
    ],
    "buurtfeest-organiseren": [
        "moet je een vergunning hebben voor een straatfeest?",
        "hoe vraag ik aan om de straat af te sluiten voor een feest?",
        "what do I need to organise a street party?",
    ],
    "bewonersbudget": [
        "kunnen we geld krijgen voor ons buurtproject?",
        "hoe werkt het initiatievenfonds?",
        "is there money for resident initiatives?",
    ],
    "geveltuin": [
        "mag ik tegels weghalen voor een geveltuintje?",
        "hoe kom ik aan een geveltuin?",
        "can I have a small garden by my front wall?",
    ],
    "groen-adopteren": [
        "mogen wij het plantsoen in onze straat zelf onderhouden?",
        "hoe kun je een boomspiegel adopteren?",
        "can we look after the green strip ourselves?",
    ],
    "buurtpreventie": [
        "hoe begin je een buurtwhatsapp?",
        "hoe richten we buurtpreventie op in onze straat?",
        "how do we set up a neighbourhood watch?",
    ],
    "straatverlichting-melden": [
        "waar geef ik door dat een lantaarnpaal niet brandt?",
        "hoe meld ik dat de straatlamp kapot is?",
        "where do I report a street lamp that is out?",
    ],
    "boom-kappen": [
        "moet ik een vergunning hebben om een boom om te hakken?",
        "mag ik zomaar een boom in de achtertuin kappen?",
        "do I need permission to cut down a tree?",
    ],
    "losse-stoeptegel": [
        "waar kan ik een gat in de stoep melden?",
        "hoe meld ik een losliggende tegel?",
        "how do I report loose tiles on the pavement?",
    ],
    "wijkteam-contact": [
        "hoe kom ik in contact met het buurtteam?",
        "waar kan ik terecht als ik hulp nodig heb thuis?",
        "how can I reach the neighbourhood support team?",
    ],
    "zorgen-om-buurtbewoner": [
        "wat kan ik doen als ik me zorgen maak over een buurman?",
        "bij wie meld ik dat mijn buurvrouw erg verward is?",
        "what can I do if I'm worried about a neighbour?",
    ],
    "eenzaamheid-activiteiten": [
        "zijn er ontmoetingsactiviteiten in de buurt?",
        "waar kan ik heen om nieuwe mensen te leren kennen?",
        "are there social activities for elderly people nearby?",
    ],
    "reparatie-huurwoning": [
        "wie moet de schimmel in mijn huurhuis oplossen?",
        "de verhuurder maakt de lekkage niet, wat kan ik doen?",
        "who is responsible for repairs in my rented home?",
    ],
    "woning-zoeken": [
        "hoe kom ik aan een huurhuis?",
        "hoe krijg ik een urgentieverklaring?",
        "how do I sign up for social housing?",
    ],
    "paspoort-aanvragen": [
        "hoe kan ik mijn paspoort vernieuwen?",
        "wat moet ik meenemen voor een nieuwe id kaart?",
        "how do I get a new ID card?",
    ],
    "verhuizing-doorgeven": [
        "hoe meld ik mijn nieuwe adres bij de gemeente?",
        "adreswijziging doorgeven hoe?",
        "how do I report a change of address?",
    ],
    "openingstijden": [
        "tot hoe laat is het gemeentehuis open?",
        "op welke dagen is het stadskantoor open?",
        "what time does the town hall close?",
    ],
    "wie-is-mijn-wijkregisseur": [
        "wie is de wijkregisseur bij ons?",
        "met wie van de gemeente kan ik praten over mijn wijk?",
        "who is my neighbourhood coordinator?",
    ],
    "privacy-chatbot": [
        "wat doen jullie met mijn berichten?",
        "kan ik mijn gegevens laten wissen?",
        "do you store my data?",
    ],
}
