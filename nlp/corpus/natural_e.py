"""Fifth batch: short texting-style messages and mixed questions, across all themes."""

OVERLAST = [
    "weer die scooterjongens in het park, niet normaal hoeveel herrie",
    "buren hebben al 3 dagen feest, wanneer houdt het op",
    "stank van de viswinkel in de hele straat",
    "iemand heeft alle fietsbanden in de stalling lek gestoken",
    "hond van de buren valt steeds uit naar mijn kinderen als we langslopen",
    "ratten in de bosjes naast de speeltuin, heb er zelf drie gezien",
    "kraaien en meeuwen trekken elke ochtend de vuilniszakken open en krijsen",
    "Jongeren hangen in de bosjes achter de school en laten lachgasballonnen achter",
    "noisy construction work every Sunday morning next door",
    "neighbours keep fighting loudly every night, shouting and slamming doors",
]
VERKEER = [
    "fietsers rijden hier door rood alsof het niks is",
    "kan er een spiegel komen bij de uitrit van de garage, je ziet niks",
    "straat staat vol met busjes van een bouwbedrijf, wij kunnen nergens parkeren",
    "er staat een aanhangwagen al maanden op een parkeerplek",
    "wegmarkering op de rotonde is weg, niemand weet welke baan",
    "stoplicht bij de brug springt te snel op rood voor voetgangers",
    "auto's gebruiken de busbaan als inhaalstrook",
    "speeding cars on our street every night, someone will get hurt",
    "bike racks at the station are full of abandoned bikes",
    "the traffic light at the crossing has been flashing orange for days",
]
INITIATIEF = [
    "buurtbarbecue in juni, mogen we de straat afzetten?",
    "idee: bankjes en een pingpongtafel op het pleintje",
    "wij willen een bloembak bij elke voordeur in ons straatje",
    "ik zoek mensen om samen een buurtmoestuin te beginnen",
    "wil graag iets organiseren voor de kinderen in de herfstvakantie, kan dat in het buurthuis?",
    "we want to plant flowers along the fence of the playground",
    "wij willen graag een AED in de straat, hoe organiseren we dat met de buren?",
]
AFVAL = [
    "papierbak zit vol, al twee weken niet geleegd",
    "zakken naast de container, al dagen, stinkt",
    "matras en kapotte stoelen gedumpt bij de containers",
    "de afvalbak bij het bankje wordt nooit geleegd",
    "glasbak kapot, klep hangt eruit",
    "plastic wordt steeds vergeten bij ons in de straat",
    "rubbish everywhere after the market",
    "nobody emptied the bins this week",
]
OPENBARE_RUIMTE = [
    "lamp doet het niet bij het fietspad langs de sloot",
    "gat in de stoep voor de bakker",
    "de schommel is stuk in de speeltuin bij ons",
    "takken hangen zo laag dat je er met de fiets tegenaan rijdt",
    "putdeksel ligt los op de weg",
    "gras in het park is al weken niet gemaaid, kniehoog",
    "graffiti op het nieuwe bruggetje",
    "the street lamp outside number 20 keeps flickering",
    "big puddle every time it rains because the drain is blocked",
]
ZORG = [
    "mijn buurvrouw is erg vergeetachtig geworden, ze laat het gas aan staan",
    "ik ben erg eenzaam sinds mijn verhuizing, ken hier niemand",
    "buurman zit al weken alleen binnen, ik maak me zorgen",
    "hulp nodig bij boodschappen voor mijn moeder, ze kan niet meer lopen",
    "ik heb schulden en weet niet waar ik moet beginnen",
    "my elderly neighbour looks confused and lost in the street often",
    "is there help for people who are lonely here?",
]
WONEN = [
    "lekkage in de badkamer, verhuurder doet niks",
    "schimmel op de slaapkamer, al maanden gemeld bij de corporatie",
    "cv ketel weer kapot, al de derde keer deze winter",
    "hoe lang moet ik wachten op een sociale huurwoning",
    "mag ik een dakraam plaatsen zonder vergunning",
    "huur omhoog maar er wordt niks gerepareerd",
    "our flat is damp and cold and the landlord ignores us",
]
OVERIG = [
    "paspoort verlopen, wat nu",
    "hoe laat open morgen",
    "hallo is daar iemand",
    "ok dank je wel",
    "wat is het nummer van de gemeente",
    "adres wijzigen hoe",
    "kan ik een afspraak maken voor trouwen",
    "is this a real person?",
    "how do I get a copy of my registration?",
]
