"""Urgency rule tables (the logic lives in nlp/urgency.py).

All patterns run on the normalised text (lower case, no accents, see nlp.text.normalize).
Written for recall; figurative or hypothetical use is filtered by NEGATIONS.
"""

from __future__ import annotations

import re


def _rx(*parts: str) -> re.Pattern[str]:
    return re.compile("|".join(f"(?:{p})" for p in parts))


# Smoke with an ordinary source named later in its sentence is no fire (a lookahead for the
# smoke rules).
_NORMAL_SMOKE = (
    r"(?![^.!?]{0,80}\b(?:barbecue\w*|bbq|houtkachel|vuurkorf|vuurschaal|open haard|kampvuur|rookworst|"
    r"stoom|stadsverwarming|waterdamp|steam|grill\w*))"
)
# An object knocked over, unless its wires spark or lie bare: a negation near a match and
# sentence-wide (NEGATIONS and SENTENCE_NEGATIONS).
_KNOCKED_OVER = (
    r"(?:\w*bord|\w*paal|paaltje|hek|hekje|lantaarnpaal|lantaarn|lamp|container|bak|kliko|boom|boompje|"
    r"brievenbus|bankje|fietsenrek|reclamezuil|verkeerslicht|stoplicht)\w*(?: \w+){0,12} (?:omver ?|om|weg ?|kapot ?|aan)gereden"
    r"(?![^.!?]{0,80}\b(?:vonk\w*|bloot|stroomdraden|onder stroom|sparks?|sparking|live wires?))"
)

# People still in a vehicle something fell on; a swimmer and a ship coming; car doors tried
# (pieces of rules that come in two word orders).
_PEOPLE_INSIDE = (
    r"(?:(?:zitten|zit) (?:er )?(?:nog )?(?:mensen|iemand|kinderen|een \w+|de bestuurder) in|(?:mensen|iemand|kinderen|de bestuurder|de chauffeur) (?:zitten|zit) (?:er )?(?:nog )?in|(?:people|someone|somebody|the driver) (?:is |are )?(?:still )?inside)"
)
_SWIMMING, _SHIP_COMING = r"(?:zwemt|zwemmen|zwemmer|swims|swimming)", r"(?:komt (?:er )?(?:een )?\w*(?:schip|boot) aan|(?:ship|barge|boat) (?:is )?coming)"
_TRYING_CAR_DOORS = r"(?:voelt|probeert|trekt|voelen|proberen|trekken) (?:\w+ ){0,3}(?:autodeuren|portieren|deuren van (?:de )?auto'?s)"

NOW = r"(?:\bnu\b|\bnet\b|op dit moment|\bnow\b|right now|\bjust\b|op straat|help|hulp|snel|!)"

# Each rule: a reason and a regex over the normalised text (lower case, no accents).
# Written for recall; figurative use is filtered by NEGATIONS below.
# fmt: off
URGENT_RULES: list[tuple[str, re.Pattern[str]]] = [
    ("brand", _rx(
        r"\bin (?:de )?brand\b", r"\bfik\b", r"\bvlammen\b", r"\bvlam in\b",
        r"\b(?:er is|grote|uitslaande|flinke) brand\b",
        r"\bbrand(?: in| bij| op)? (?:de|het|een|onze|mijn)\b.{0,30}(?:!|nu|rook)",
        r"\b(?:auto|woning|container|huis|keuken|schuur|scooter)brand\b",
        r"\bbrandt? (?:een|de|het) (?:auto|huis|schuur|container|woning)\b",
        r"\brook (?:komt|uit)\b" + _NORMAL_SMOKE, r"\bdikke rook\b" + _NORMAL_SMOKE, r"\bon fire\b", r"\bfire\b(?! ?works)(?! (?:department|brigade|station|safety|exit|escape|hazard|drill|pit|place|wood|service|engines?|trucks?|fighters?|extinguishers?|blankets?|inspections?|regulations?|codes?|risks?))",
        r"\bsmoke (?:coming|from|pouring)\b" + _NORMAL_SMOKE, r"\b(?:staat|staan) in brand\b", r"\bbrand!",
        r"\bbrandweer (?:moet|nodig|bellen|komen)(?! (?:voor|om) (?:een |de |mijn |onze )?(?:kat|poes|kitten|vogel))",
    )),
    ("gas", _rx(
        r"\bgaslucht\b", r"\bruik(?:en|t)? (?:\w+ )?gas\b", r"\bgas ?lek",
        r"\bsmell(?:s|ing)? (?:of )?gas\b", r"\bgas leak", r"\bstinkt naar gas\b",
    )),
    ("wapen", _rx(
        r"\b(?<!lek )mes(?:sen)?\b(?! ?slijp)", r"\bvuurwapen", r"\bpistool", r"\bgeweer\b",
        r"\bwapen(?:s)?\b", r"\bschiet(?:en|t)?\b", r"\bgeschoten\b", r"\bschoten\b",
        r"\bschietpartij", r"\bknife\b", r"\bgun(?:s)?\b", r"\bshoot(?:ing)?\b",
        r"\bshots? fired\b", r"\bsteekpartij",
        r"\b(?<!lek )(?<!worden )(?:neer)?gestoken\b(?! door (?:een )?wesp)", r"\bstabbed\b",
        r"\bstabbing\b",
    )),
    ("geweld", _rx(
        # "de Vecht" is the river through Utrecht, not someone fighting
        r"\b(?<!de )(?<!the )(?<!langs )(?<!along )vecht\b", r"\bvecht(?:en|partij|pertij|ende)\b", r"\bgevochten\b", r"\bvochten\b",
        r"\bknokpartij\b",
        r"\bknokken\b", r"\bslaan (?:elkaar|hem|haar|iemand)\b", r"\bin elkaar (?:ge)?slaan\b",
        r"\bin elkaar geslagen\b", r"\bmishandel(?:d|ing|en)?\b", r"\baangevallen\b",
        r"\bbeaten up\b", r"\b(?:a )?fight(?:ing)?\b", r"\battack(?:ed|ing)\b",
        r"\bslaat (?:zijn|haar|de|het|een|hem) ", r"\bhitting (?:his|her|a|the)\b",
        r"\bbeating (?:his|her|a|the|up)\b", r"\bschopt? (?:iemand|hem|haar)\b", r"\bgegijzeld\b",
        r"\bovervallen\b", r"\boverval\b", r"\bberoofd\b", r"\bbedreig(?:t|en|d) met\b",
        r"\bschreeuwt? om hulp\b", r"\bgillen? om hulp\b", r"\bscreaming for help\b",
        r"\bverkracht",
    )),
    ("onwel", _rx(
        r"\bbewusteloos\b", r"\bbuiten bewustzijn\b", r"\bademt niet\b", r"\bgeen adem\b",
        r"\bniet meer (?:aanspreekbaar|ademen|reageert)\b",
        r"\b(?:hij|zij|ze|man|vrouw|iemand|buurman|buurvrouw|kind|jongen|meisje|bestuurder|fietser|persoon|opa|oma|vader|moeder|baby|eentje|huisgenoot|huisgenoten|vriend|vriendin|collega|klant|passagier)\b.{0,70}\breageert (?:nergens op|niet meer|niet)\b",
        r"\bonwel\b", r"\bin elkaar gezakt\b", r"\bhartaanval\b", r"\breanim", r"\bunconscious\b",
        r"\bnot breathing\b", r"\bcollapsed\b", r"\bheart attack\b",
        r"\bligt (?:al )?(?:bewegingloos|roerloos)\b", r"\bbloedt? (?:heel |zo |echt |enorm |ontzettend |flink )?(?:hevig|erg|veel)\b",
        r"\bbloedt? (?:\w+ )?uit (?:zijn|haar|z'n|zn|m'n|mijn|d'r|het) (?:hoofd|oor|oren)\b",
        r"\bbleeding\b", r"\bveel bloed\b", r"\bis gevallen en (?:kan|komt) (?:nu )?niet (?:meer )?(?:zelf )?(?:op\b|overeind|omhoog|bewegen|lopen|staan|opstaan|praten|ademen|reageren)", r"\bstuiptrekk",
        r"\bepileptische aanval\b", r"\boverdosis\b",
    )),
    ("ongeval", _rx(
        r"\b(?<!bijna )aangereden\b", r"\bongeluk gebeurd\b", r"\bernstig (?:ongeluk|ongeval)\b",
        r"\b(?:zwaar|zwaar) ongeluk\b", r"\bgewonde(?:n)?\b", r"\bzwaargewond\b", r"\bgewond\b",
        r"\bhit by a (?:car|bus|truck)\b", r"\b(?:bad|serious|car) (?:accident|crash)\b",
        r"\binjured\b", r"\bbotsing\b.{0,40}\b(?:gewond|ligt|bloed)",
        r"\bongeluk\b.{0,40}\b(?:gewond|ligt op|bloed|ambulance)", r"\bte water geraakt\b",
        r"\bin het water gereden\b", r"\bonder (?:de|een) (?:auto|tram|bus|trein)\b",
        r"\bambulance\b",
    )),
    ("suicide", _rx(
        r"\bzelfmoord", r"\bsuicid", r"\bsuicide\b", r"\bsuizid",
        r"\beinde aan (?:mijn|zijn|haar|m'n) leven\b", r"\bwil niet meer leven\b", r"\bwil dood\b",
        r"\bspringen? (?:van|vanaf|voor) (?:de|het|een) (?:brug|dak|flat|trein|balkon)",
        r"\bop het dak .{0,30}springen\b", r"\bkill (?:myself|himself|herself)\b",
        r"\bend (?:my|his|her) life\b", r"\bjump (?:off|from)\b", r"\bvan kant maken\b",
        r"\bmezelf iets aan\b", r"\bzichzelf iets aan", r"\bniet meer (?:verder )?willen leven\b",
    )),
    ("kind", _rx(
        r"\b(?:kind|kindje|baby|peuter|kleuter|child|toddler)\b.{0,40}\b(?:alleen in (?:de|een) (?:auto|hete auto)|in het water|verdrinkt|in the water|locked in)",
        r"\bverdrink", r"\bdrowning\b",
        r"\bkind(?:je|eren)? (?:wordt|worden) (?:geslagen|mishandeld|geschopt)\b",
        r"\bbaby (?:huilt|alleen) .{0,30}(?:uren|alleen|niemand)",
        r"\bkind (?:op|aan) (?:het|de) (?:spoor|rails|dak)\b", r"\bkind zit vast\b",
        r"\bkind kwijt\b", r"\bvermist kind\b", r"\bkind(?:je)? vermist\b", r"\bmissing child\b",
    )),
    ("huiselijk_geweld_nu", _rx(
        r"\b(?:hoor|horen|zie)\b.{0,60}\b(?:slaan|geslagen|klappen|gillen|gillt|gilt)\b.{0,40}\b(?:nu(?! is het (?:weer )?(?:stil|rustig))|hulp|help|politie|!)",
        r"\b(?:slaat|mishandelt) (?:zijn|haar) (?:vrouw|man|vriendin|vriend|kind|kinderen|moeder)\b",
        r"\bhuiselijk geweld\b.{0,40}\b(?:nu|op dit moment|gaande|bezig|gillen)\b",
        r"\bhitting (?:his|her) (?:wife|husband|girlfriend|kid|child)",
    )),
    ("inbraak_nu", _rx(
        r"\ber wordt (?:nu |net |op dit moment |op het moment )?ingebroken\b",
        r"\bwordt (?:nu|net|op dit moment)\b.{0,20}\bingebroken\b",
        r"\binbrekers? (?:is|zijn|in|bij|op)\b.{0,40}\b(?:nu|bezig|binnen|huis)\b",
        r"\bbreaking in\b", r"\bburglars? (?:in|inside)\b", r"\bbreak-?in in progress\b",
        r"\bprobeert? (?:in te breken|binnen te komen)\b", r"\bis aan het inbreken\b",
    )),
    ("instorting", _rx(
        r"\bingestort\b", r"\bstort in\b", r"\bdreigt in te storten\b",
        r"\bcollaps(?:e|ing) (?:building|wall|roof)\b",
        r"\bstroomkabel(?:s)? .{0,20}(?:ligt|liggen|hangt|hangen) .{0,30}(?:straat|grond|water)",
        r"\blive wire",
    )),
    ("noodgeval", _rx(
        r"\b112\b", r"\bnoodgeval\b(?!.{0,120}\b(?:al (?:\w+ ){0,2}(?:dagen|weken|maanden)|paspoort|rijbewijs|id-?kaart|identiteitskaart|vlucht|vakantie)\b)", r"\bemergency\b", r"\bhelp!+", r"\bsos\b(?!.{0,120}\bal (?:\w+ ){0,2}(?:dagen|weken|maanden)\b)",
    )),
    ("onwel", _rx(
        r"\b(?:zegt|praat) (?:helemaal |echt |gewoon )?(?:niks|niets)(?: meer)?\b", r"\b(?:roerloos|bewegingloos|levenloos)\b",
        r"\breageert (?:niet|nergens) (?:als|op|wanneer|toen)\b.{0,30}\b(?:roep|klop|aanspreek|schud|bel|praat)",
        r"\b(?:beweegt|bewoog) niet\b", r"\bniet (?:meer )?aanspreekbaar\b",
        r"\bkomt niet (?:meer )?bij\b", r"\bflauwgevallen\b", r"\bblauw aangelopen\b",
        r"\blippen (?:zijn )?blauw\b", r"\bkrijgt geen lucht\b", r"\bverslikt\b",
        r"\bgezicht hangt\b", r"\brare houding\b", r"\bin een plas bloed\b", r"\bnot moving\b",
        r"\b(?:isn't|is not|not) responding\b", r"\bunresponsive\b", r"\bcan't breathe\b",
        r"\bkoolmonoxide", r"\bco-?melder\b", r"\brookmelder (?:gaat af|loeit)", r"\brookmelder piept\b(?=.)",
    )),
    ("dreiging", _rx(
        r"\b(?<!wel )(?:vermoorden|afmaken|doodmaken|doodsteken|neerschieten)\b",
        r"\bdreigt .{0,20}\bdood te maken\b", r"\bkill (?:him|her|you|me|them)\b",
        r"\bdeur (?:in ?trappen|intrappen|in te trappen)\b",
        r"\btrap(?:pen|t) .{0,40}\bdeur\b.{0,10}\bin\b", r"\bkicking in\b",
        r"\bbreken? de deur open\b", r"\b(?:bijl|machete|honkbalknuppel|knuppel|boksbeugel)\b",
        r"\bachtervolg(?:d|t)\b", r"\bbeing followed\b", r"\bontvoer", r"\bmeegesleurd\b",
        r"\b(?:een|de|in een|in de) (?:auto|busje|bus|bestelbus) in (?:getrokken|gesleurd|geduwd)\b",
        r"\bin (?:een|de) (?:auto|busje|bus|bestelbus) (?:getrokken|gesleurd|geduwd)\b",
        r"\bbedreigt (?:me|mij|ons)\b", r"\bthreaten(?:s|ing)? (?:me|us)\b",
        r"\bhond(?:en)? (?:valt|vallen|viel|vielen) .{0,25}\baan\b", r"\bdogs? (?:is |are )?attack",
    )),
    ("suicide", _rx(
        r"\b(?:wil|gaat|dreigt te|wants to|going to) (?:er )?(?:af |vanaf )?(?:springen|jump)\b",
        r"\bop de (?:reling|rand)\b.{0,50}\b(?:brug|viaduct|balkon|dak|flat|springen)",
        r"\b(?:brug|viaduct|balkon|dak)\b.{0,50}\b(?:op|over) de (?:reling|rand)\b",
        r"\ber een eind(?:e)? aan\b", r"\beind(?:e)? aan (?:zijn|haar|mijn) leven\b",
        r"\bwants? to die\b", r"\bniet meer leven\b",
    )),
    ("huiselijk_geweld_nu", _rx(
        r"\b(?:heeft|hij|zij|ze) (?:me|mij) (?:net |zojuist |weer |net weer )?(?:geslagen|geschopt|gewurgd|getrapt)\b",
        r"\bslaat (?:me|mij)\b", r"\b(?:just )?hit me\b", r"\b(?:me|mij|mezelf) opgesloten\b",
        r"\bhiding in the\b", r"\bprobeert (?:binnen te komen|de deur open te breken)\b",
    )),
    ("spoor_water", _rx(
        r"\b(?:overweg|spoorwegovergang|spoorbomen)\b.{0,60}\b(?:vast|stil|trein|bomen|bel gaat|dicht)",
        r"\b(?:op|over) het spoor\b", r"\bon the (?:railway|tracks)\b", r"\bdoor het ijs\b",
        r"\bte water\b",
        r"\bin (?:het water|de vijver|de gracht|de sloot) (?:gevallen|gesprongen|gereden)\b",
        r"\b(?:gracht|sloot|vijver|water|kanaal) (?:in )?gereden\b", r"\bkopje onder\b",
        r"\bkomt niet (?:meer )?boven\b", r"\bin the water\b", r"\bbekneld\b", r"\bvastgeklemd\b",
        r"\btrapped\b", r"\bover de kop (?:geslagen|gegaan|gevlogen)\b",
        r"\ber zit (?:nog )?iemand in\b", r"\bzonder ouders\b.{0,40}\b(?:water|weg|nat)",
    )),
    ("vallend_gevaar", _rx(
        r"\b(?:elk|ieder) moment\b.{0,50}\b(?:vallen|naar beneden|instorten|omvallen|afbreken|knappen)",
        r"\bdreig(?:t|en) (?:om te vallen|naar beneden te (?:vallen|komen)|in te storten|af te breken|te vallen|op .{0,25} te vallen)",
        r"\bop knappen\b", r"\bte kraken\b.{0,40}\b(?:kinderen|mensen|boven)",
        r"\b(?:vonken|vonkt|vonkend)\b",
        r"\bstroom(?:kabel|draden|draad)\b.{0,40}\b(?:ligt|liggen|bloot|hangt|hangen)",
        r"\b(?:ligt|liggen|hangt|hangen) (?:een |de )?(?:losse )?stroom(?:kabel|draad|draden)",
        r"\bdraden liggen bloot\b", r"\bontplof",
        r"\b(?:stroomkast|elektriciteitskast|verdeelkast|schakelkast|electricity box|fuse box)\w*\b.{0,90}\b(?:draden|kabels|bedrading|wires|cables)\b.{0,60}\b(?:kinderen|kids|children|spelen|playing)",
        r"\b(?:(?:draden|kabels|wires|cables) (?:steken|hangen|komen) (?:eruit|uit|out)|(?:steken|hangen) (?:er )?(?:losse )?(?:draden|kabels) (?:uit|eruit))\b.{0,60}\b(?:kinderen|kids|children|spelen|playing)",
        r"\bexplosie\b", r"\bexplo(?:sion|ded)\b",
        r"\bharde knal\b.{0,50}\brook\b", r"\bvol (?:met )?rook\b", r"\brookwolk\b",
        r"\bfull of smoke\b", r"\bruikt (?:het )?verbrand\b",
        r"\buit (?:het|een) (?:open )?raam\b.{0,30}\b(?:hangt|hangen|klimt|vallen)",
        r"\b(?:hangt|hangen) uit (?:het|een) (?:open )?raam\b",
        r"\b(?:peuter|kleuter|kindje)\b.{0,30}\balleen (?:langs|op|over|bij) (?:de|het) .{0,15}(?:weg|straat|spoor|water)",
    )),
    ("ongeval", _rx(
        r"\bonder (?:een|de) (?:vrachtwagen|bus|auto|tram|trein) (?:gekomen|geraakt)\b",
        r"\b(?:vuurwerk|pijlen|rotjes|cobra'?s?|fireworks?|rockets?)\b.{0,80}\b(?:geraakt|gewond|bloed\w*|hit|injured|bleeding)\b",
        r"\b(?:zit|ligt|staat|is) (?:flink |erg |hevig |heel erg )?te bloeden\b",
        r"\b(?:gezicht|hoofd|oog|ogen)\b.{0,20}\bgeraakt\b.{0,40}\bbloed",
        r"\b(?:aan|ge)?gereden\b.{0,30}\b(?:ligt|gewond|bloed)",
        r"\bonderuit\b.{0,60}\b(?:ligt|bloed|zegt)",
        r"\b(?:crashed|crash)\b.{0,40}\b(?:lying|not moving|hurt|bleeding)", r"\bfell down\b",
        r"\bis gevallen\b.{0,40}\b(?:ligt|bloed|praat|reageert)", r"\bzwaargewond\b",
    )),
    # The same dangers in freer word order and in more English: words further apart,
    # subordinate clauses ("die niet meer ademt"), progressive forms ("is breaking into").
    ("gas", _rx(
        r"\b(?:ruik|ruikt|ruiken|rook|roken|stinkt|stinken|stonk|lucht|geur|smell|smells|smelling|smelled|stink|stinks|reek)\b.{0,50}\bgas\b",
        r"\bgas ?(?:geur|lucht|smell|stank)\b", r"\bsmells? like gas\b",
    )),
    ("brand", _rx(
        r"\b(?:zwarte|veel|witte|grijze|dichte|black|thick|heavy) (?:rook|smoke)\b" + _NORMAL_SMOKE,
        r"\brook\b.{0,40}\b(?:vandaan|naar buiten|onder de deur|door de kieren|uit het dak)\b",
        r"\b(?:container|auto|huis|schuur|woning|flat|keuken|bus|scooter|brommer|vuilnisbak|prullenbak|afvalbak|bak|struik|gebouw|school|pand|winkel|dak|zolder|garage|schuurtje|caravan|boot|trein)\w{0,12}\b.{0,30}\b(?<!licht )(?<!lamp )brandt\b",
        r"\b(?:is|are|was|has caught|caught|catches|going up) (?:on )?fire\b", r"\bin flames\b",
        r"\bburning\b.{0,20}\b(?:house|car|building|flat|kitchen|bin|shed|roof)\b",
    )),
    ("inbraak_nu", _rx(
        r"\b(?:is|are|'s|'re|been|trying to|try to|tries to) (?:breaking|break) ?in(?:to)?\b",
        r"\bbreaking into\b.{0,60}\b(?:now|right now|as we speak|at the moment)\b",
        r"\b(?:bezig|proberen|probeert|probeerden|zijn|is)\b.{0,40}\bopen te (?:breken|maken|wrikken)\b",
        r"\b(?:breken|breekt|wrikken|wrikt)\b.{0,40}\b(?:open|los)\b.{0,30}\b(?:nu|op dit moment|bezig)\b",
        r"\bklim(?:t|men)\b.{0,50}\b(?:woning|huis|raam|balkon|schuur|tuin)\b.{0,30}\b(?:in|binnen)\b",
        r"\b(?:nu|op dit moment)\b.{0,40}\b(?:inbreken|inbreker|inbrekers|ingebroken)\b",
    )),
    ("kind", _rx(
        r"\b(?:kind|kindje|kinderen|baby|peuter|kleuter|jongetje|meisje|child|kid|toddler|little (?:boy|girl))\b.{0,60}\b(?:alleen|in (?:zijn|haar) eentje|zonder (?:ouder|begeleiding)|geen (?:ouder|volwassene)|alone|on (?:his|her|their) own)\b.{0,60}\b(?:gracht|sloot|vijver|kanaal|water|rand|spoor|snelweg|provinciale weg|drukke weg|rijweg|ijs|dak|balkon|canal|river|pond|road|railway|roof|edge)\b",
        r"\b(?:kind|kindje|baby|peuter|kleuter|child|kid|toddler|little (?:boy|girl)|boy|girl)\b.{0,40}\b(?:fell|fallen|gevallen|gezakt|gegleden)\b.{0,20}\b(?:in|into|through|door)\b.{0,15}\b(?:the |de |het )?(?:water|canal|river|pond|lake|gracht|sloot|vijver|kanaal|ijs|ice)\b",
        r"\b(?:not coming up|can't swim|cannot swim|kan niet zwemmen)\b",
    )),
    ("geweld", _rx(
        r"\belkaar\b.{0,20}\b(?:aan het )?(?:afslaan|aftuigen|slaan|schoppen|trappen|te lijf)\b",
        r"\b(?:aftuigen|afgetuigd|in elkaar getrapt|in elkaar trappen|ligt (?:al )?op de grond en)\b",
        r"\b(?:kicking|punching|stomping on|beating) (?:a|the|an|him|her|someone|somebody|my|his)\b",
        r"\b(?:hitting|beating|kicking|strangling|choking) me\b", r"\bhits me\b",
        r"\bthreaten(?:s|ing|ed)? to (?:kill|hurt|stab|shoot)\b",
        r"\bdreig(?:t|en|de)\b.{0,40}\b(?:te vermoorden|dood te maken|dood te steken|neer te steken|neer te schieten|om te brengen|iets aan te doen)\b",
    )),
    ("onwel", _rx(
        r"\b(?:niet|nauwelijks|amper) (?:meer )?(?:ademt|ademde|reageert|beweegt)\b",
        r"\b(?:pillen|medicijnen|tabletten|slaappillen|pills|tablets)\b.{0,30}\b(?:geslikt|ingenomen|genomen|taken|took|swallowed)\b",
        r"\b(?:stopped breathing|barely breathing|no pulse|geen hartslag|geen pols)\b",
    )),
    ("ongeval", _rx(
        r"\bgeschept\b", r"\bhit by (?:a|the|an) (?:car|bus|truck|van|lorry|tram|train|scooter|motorbike|motorcycle)\b",
        r"\b(?:man|vrouw|iemand|persoon|jongen|meisje|kind|fietser|bestuurder|voetganger|oudere|someone|a man|a woman|cyclist)\b.{0,30}\b(?:ligt|lying|lies)\b.{0,20}\b(?:op|midden op|on|in)\b (?:de |het |the )?(?:weg|rijbaan|straat|fietspad|road|street|cycle path)\b",
    )),
    ("instorting", _rx(
        r"\b(?:live|electrical|power|bare) (?:electrical )?(?:wire|wires|cable|cables|line|lines)\b.{0,40}\b(?:hanging|down|on the|lying|sparking|exposed)\b",
        r"\bpower lines? (?:down|on the)\b",
        r"\b(?:ligt|lag|liggen|lagen|zit|zat) (?:nog )?(?:iemand|mensen|een man|een vrouw|een kind) onder\b",
        r"\b(?:someone|somebody|people|a man|a woman|a child) (?:is |are )?(?:trapped |stuck )?under(?:neath)? (?:it|the)\b",
    )),
    # Symptoms and situations described rather than named.
    ("onwel", _rx(
        r"\bniet (?:meer )?bij (?:bewustzijn|kennis)\b", r"\bbuiten westen\b",
        r"\b(?:wordt|word|worden|werd|is|turning|turns|turned|going) blauw\b", r"\bturning blue\b",
        r"\bademt (?:heel |erg |zo |nu )?(?:raar|vreemd|moeilijk|zwaar|piepend|oppervlakkig)\b",
        r"\b(?:breathing|breathes) (?:weird|strange|strangely|heavily|funny)\b",
        r"\b(?:won't|wont|will not|doesn't|doesnt|does not|can't|cant|cannot) wake (?:him |her |them )?up\b",
        r"\b(?:wordt|word) niet (?:meer )?wakker\b", r"\bkrijg (?:hem|haar|ze) niet (?:meer )?wakker\b",
        r"\bseizures?\b", r"\bfit\b.{0,20}\b(?:shaking|on the floor|ground)\b", r"\bstuipen\b",
        r"\bepilep\w*\b.{0,30}\b(?:aanval|insult|ligt|schokt|schokken)\b",
        r"\b(?:grijpt|greep|klemt|houdt) (?:naar |aan )?(?:zijn|haar) (?:borst|hart)\b",
        r"\b(?:pijn op de borst|chest pains?|clutching (?:his|her) chest)\b",
        r"\b(?:mond|gezicht) (?:hangt|hing) (?:scheef|naar beneden)\b", r"\bface (?:is )?droop",
        r"\bslurr(?:ed|ing)\b", r"\bpraat (?:ineens |opeens )?(?:heel )?(?:raar|onduidelijk|brabbel)",
        r"\b(?:schoonmaakmiddel|bleekmiddel|bleek|chloor|ontstopper|gootsteenontstopper|wasmiddel|vaatwastablet|gif|rattengif|batterij|knoopcel|bleach|poison|detergent)\w*\b.{0,40}\b(?:gedronken|ingeslikt|opgegeten|geslikt|gegeten|binnengekregen|drunk|drank|swallowed|ate|eaten)\b",
        r"\b(?:gedronken|ingeslikt|opgegeten|geslikt|drank|drunk|swallowed)\b.{0,30}\b(?:schoonmaakmiddel|bleek|chloor|ontstopper|gif|bleach|poison|pills|pillen|batterij)\b",
        r"\bvergiftig\w*\b", r"\bpoisoned\b",
    )),
    ("suicide", _rx(
        r"\bvan het leven\b.{0,15}\b(?:beroven|beroofd|benemen|beneemt)\b", r"\bwil(?:len)? er niet meer zijn\b",
        r"\b(?:don't|do not|doesn't|does not|dont) want to (?:live|be alive|be here|go on)\b",
        r"\bwant(?:s)? to end (?:it|my life|his life|her life)\b", r"\bpillen (?:al )?(?:klaar|verzameld|opgespaard)\b",
        r"\bafscheidsbrief\b", r"\bgoodbye (?:letter|note)\b",
    )),
    ("geweld", _rx(
        r"\b(?:schoppen|trappen|slaan|stompen) (?:hem|haar|iemand|een (?:man|vrouw|jongen|meisje))\b",
        r"\bhurting (?:her|him|me|them|the)\b", r"\bmeegetrokken\b", r"\bdragg(?:ed|ing) (?:her|him|a)\b",
        r"\b(?:mensen|iemand|een man|een vrouw|people|someone) (?:liggen|ligt|lying|lie) (?:op de grond|on the ground)\b",
    )),
    ("inbraak_nu", _rx(
        r"\b(?:deur|raam|slot|voordeur|achterdeur|balkondeur)\b.{0,30}\bforce(?:ren|ert|erden)\b",
        r"\bforc(?:ing|e) (?:the|a|our|my) (?:door|window|lock)\b",
        r"\ber is iemand in (?:ons|mijn|het) huis\b", r"\bsomeone (?:is )?in (?:my|our|the) (?:house|home|flat)\b",
        r"\bindringer\b", r"\bintruder\b", r"\bclimbing (?:in|into|through)\b",
    )),
    ("brand", _rx(
        r"\bvlam(?:men|metjes|metje)\b", r"\b(?:house|car|building|flat|kitchen|bin|shed|roof|garage|apartment)\b.{0,20}\b(?:is|are) burning\b",
    )),
    ("ongeval", _rx(
        r"\b(?:iemand|man|vrouw|kind|bestuurder|someone|driver|a man|a woman)\b.{0,25}\b(?:vast|klem|bekneld|trapped|stuck)\b.{0,20}\b(?:auto|car|wagen|lift|onder)\b",
        r"\bondersteboven\b.{0,30}\b(?:sloot|water|gracht|kanaal|ditch|canal)\b",
        r"\b(?:auto|car|wagen|bus)\b.{0,30}\b(?:in de|into the) (?:sloot|gracht|kanaal|canal|ditch|water)\b",
    )),
    ("kind", _rx(
        r"\b(?:kind|kindje|peuter|kleuter|child|kid|toddler)\b.{0,50}\b(?:alone|alleen|eentje)\b.{0,40}\b(?:tracks|tram tracks|rails|tramrails|spoor)\b",
    )),
    # Medical emergencies told by their signs: seizures, strokes, heart attacks, choking,
    # low blood sugar, an overdose, poisoning.
    ("onwel", _rx(
        r"\b(?:ligt|lag|zit|begint|is) (?:te )?(?:schokken|stuiptrekken|trillen)\b", r"\bschuim (?:op|uit|om) (?:zijn |haar |z'n |zn |de )?mond\b",
        r"\bfoam(?:ing)? (?:at|from) (?:the|his|her) mouth\b", r"\bogen (?:zijn )?weggedraaid\b", r"\beyes rolled\b",
        r"\b(?:whole|entire) body (?:is )?(?:jerking|shaking|convulsing)\b", r"\bconvuls\w*\b", r"\bhaving a fit\b",
        r"\b(?:met|met een) dubbele tong\b", r"\b(?:arm|been|kant|gezicht) (?:is |voelt )?(?:ineens |opeens )?(?:slap|verlamd|lam)\b",
        r"\b(?:valt|viel) (?:zijn|haar|z'n|zn) \w+ uit (?:zijn|haar|z'n|zn) hand\b",
        r"\b(?:koud zweet|klam zweet|cold sweat)\b", r"\b(?:kaak|jaw)\b.{0,30}\b(?:borst|chest)\b",
        r"\b(?:borst|chest)\b.{0,30}\b(?:kaak|jaw|arm)\b.{0,20}\b(?:pijn|zeer|hurts|pain)\b",
        r"\b(?:stikt|stikken|verstikt|choking|choke[sd]?)\b(?! (?:hier |daar |er |het )?van)", r"\b(?:wordt|word|turning|going|is) paars\b",
        r"\bkan niet (?:meer )?(?:praten|ademen|slikken)\b", r"\b(?:can't|cannot|can not) (?:talk|speak|breathe)\b",
        r"\b(?:diabetic|diabeet|suikerpati\w*|hypo)\b.{0,60}\b(?:shaking|sweating|trilt|zweet|confused|verward|not making sense|wazig|flauw)\b",
        r"\bneedle (?:still )?in (?:his|her|their) arm\b", r"\bnaald (?:nog )?in (?:zijn|haar|z'n) arm\b",
        r"\b(?:not|isn't|is not|won't|will not) (?:waking|wake) up\b", r"\bniet (?:meer )?wakker (?:te krijgen|worden)\b",
        r"\b(?:ate|eaten|swallowed|gegeten|opgegeten|ingeslikt|geslikt)\b.{0,40}\b(?:pills|pillen|tabletten|medicijnen|paddenstoelen|mushrooms|berries|bessen)\b.{0,60}\b(?:sleepy|suf|slaperig|overgeven|vomit\w*|braakt|spuugt|raar|wazig|drowsy)\b",
        r"\b(?:anafylact\w*|anaphyla\w*|allergische (?:reactie|shock)|allergic reaction)\b.{0,40}\b(?:opgezwollen|zwelt|swelling|swollen|benauwd|breath\w*|adem)\b",
        r"\b(?:keel|tong|lippen|throat|tongue|lips)\b.{0,20}\b(?:zwelt|zwellen|opgezwollen|dik|swelling|swollen)\b",
        r"\b(?:fainted|flauw gevallen|flauwgevallen)\b.{0,60}\b(?:shaking|not making sense|confused|niet aanspreekbaar|bloed|bleeding)\b",
        r"\bligt (?:niet te bewegen|stil en)\b", r"\b(?:isn't|is not|not) moving\b", r"\bbeweegt (?:niet|nauwelijks) meer\b",
        r"\b(?:het )?benauwd\b.{0,40}\b(?:grauw|koud zweet|blauw|borst|kaak|flauw)\b",
    )),
    ("suicide", _rx(
        r"\b(?:niemand|nobody|no one)\b.{0,20}\b(?:gaat|zal|will|would)\b.{0,10}\b(?:hem|haar|me|mij|him|her)?\s?(?:missen|miss)\b",
        r"\b(?:het|t) niet meer (?:ziet|zie|zag|zien) zitten\b", r"\btonight is the night\b",
        r"\b(?:saving|saved|collecting) (?:up )?pills\b", r"\bpillen (?:gespaard|opgespaard|verzameld)\b",
        r"\b(?:rand|edge|reling|railing)\b.{0,40}\b(?:huilt|crying|roept|zegt|says)\b",
        r"\b(?:huilt|crying)\b.{0,40}\b(?:rand|edge|reling|railing)\b",
        r"\b(?:loopt|liep|walks|walking)\b.{0,30}\b(?:eind van het perron|end of the platform|spoor|tracks|rails)\b",
    )),
    ("kind", _rx(
        r"\b(?:man|vrouw|iemand|someone|a man|a woman|stranger)\b.{0,30}\b(?:walked off with|took|grabbed|ran off with|meegenomen|liep weg met|nam .{0,15} mee)\b",
        r"\b(?:peuter|kleuter|kind|kindje|toddler|child|kid|baby)\b.{0,60}\b(?:balkon|balcony|railing|reling|vensterbank|window ?sill|raam)\b.{0,40}\b(?:klimt|climbing|climbs|hangt|hanging|staat op|standing on|no adult|geen volwassene|geen ouder)\b",
        r"\b(?:peuter|kleuter|kind|kindje|toddler|child|kid)\b.{0,60}\b(?:snelweg|oprit|afrit|a\d+|highway|motorway|ringweg|provinciale weg)\b",
        r"\b(?:went|gone|fallen|fell|gezakt) (?:through|door) (?:the|het) (?:ice|ijs)\b",
    )),
    ("spoor_water", _rx(
        r"\b(?:fell|fallen|gevallen|gereden|drove|rolled)\b.{0,40}\b(?:into|in) (?:the|de|het)?\s?(?:canal|gracht|kanaal|river|rivier|water|sloot|ditch|vijver|pond|haven|harbour)\b",
        r"\b(?:struggling|worstelt|spartelt) (?:in the water|to stay (?:up|afloat)|in het water|om boven te blijven)\b",
        r"\b(?:kan niet zwemmen|can't swim|going under|gaat kopje onder)\b",
    )),
    ("instorting", _rx(
        r"\b(?:plafond|ceiling|balkon|balcony|vloer|floor|dak|roof|muur|wall|gevel|steiger|scaffold\w*)\b.{0,40}\b(?:zakt door|doorzakken|kraakt|hangt (?:half )?los|comes? down|coming down|collaps\w*|sagging|cracking|instort\w*)\b",
        r"\b(?:sparking|sparks?)\b.{0,40}\b(?:pavement|street|road|wires?|cables?|stoep|straat)\b",
        r"\b(?:wires?|cables?|draden|kabels?|bovenleiding)\b.{0,40}\b(?:sparking|vonken|vonkt)\b",
        r"\b(?:van|from|off) (?:de |het |the |a )?(?:steiger|scaffold\w*|dak|roof|ladder|balkon|balcony)\b.{0,10}\b(?:gevallen|fell|fallen)\b",
        r"\b(?:gevallen|fell|fallen) (?:van|from|off) (?:de |het |the |a )?(?:steiger|scaffold\w*|dak|roof|ladder|balkon|balcony)\b",
        r"\blift\b.{0,40}\b(?:brand|rook|smoke|fire)\b",
    )),
    ("geweld", _rx(
        r"\btegen (?:de|een) (?:muur|grond|deur|kast) (?:gegooid|geduwd|gesmeten|gesmakt)\b",
        r"\b(?:thrown|slammed|pushed) (?:against|into) (?:the|a) wall\b",
        r"\b(?:stenen|stones|rocks|bricks)\b.{0,40}\b(?:op|on|at|onto) (?:de |the )?(?:auto|car|bus|tram|trein|train|mensen|people)\w*\b",
        r"\b(?:deliberately|on purpose|expres|opzettelijk)\b.{0,30}\b(?:into|in|op) (?:the |de )?(?:people|crowd|mensen|menigte)\b",
        r"\b(?:driving|drove|rijdt|reed) (?:in|into) (?:op )?(?:the |de )?(?:people|crowd|mensen|menigte)\b",
    )),
    ("huiselijk_geweld_nu", _rx(
        r"\b(?:slaat|schopt|mishandelt|slaan|schoppen|wurgt|hits|is hitting|kicks|is kicking) (?:zijn|haar|hun|his|her|their) \w{0,12}(?:vrouw|man|vriendin|vriend|kind|kinderen|zoon|zoontje|dochter|dochtertje|baby|moeder|vader|wife|husband|girlfriend|boyfriend|son|daughter|kid|kids|child|children|mother|father)\b",
        r"\b(?:me|mij|ons|haar|hem|us|her|him) (?:wat|iets) aan (?:gaat|gaan|zal|zullen|komt) doen\b",
        r"\b(?:contactverbod|straatverbod|gebiedsverbod|restraining order)\b.{0,80}\b(?:voor de deur|staat|bonkt|at the door|outside)\b",
        r"\b(?:voor de deur|at the door|outside)\b.{0,80}\b(?:contactverbod|straatverbod|restraining order)\b",
        r"\bhoor (?:ik )?(?:klappen|slaan|gillen)\b.{0,60}\b(?:huilt|huilen|roept|gilt|schreeuwt|stop)\b",
    )),
    ("suicide", _rx(
        r"\b(?:better off without|beter af zonder|beter (?:af )?zonder (?:mij|haar|hem))\b",
        r"\b(?:texted|sent|stuurde|appte|stuurt|appt)\b.{0,25}\b(?:goodbye|afscheid|vaarwel)\b",
        r"\b(?:goodbye|afscheids?)\w*\b.{0,80}\b(?:balcony|balkon|brug|bridge|dak|roof|not answering|neemt niet op|reageert niet)\b",
    )),
    ("onwel", _rx(
        r"\b(?:chest|borst)\b.{0,15}\b(?:hurts|pain|pains|tight|pijn|zeer|druk|knelt)\b",
        r"\bpijn (?:op|in|aan) (?:de|mijn|zijn|haar|z'n|zn) borst\b",
        r"\b(?:left |linker ?)?arm (?:is |feels |voelt )?(?:numb|doof|verdoofd|gevoelloos|tintelt)\b",
        r"\b(?:bloed spuit|spuit (?:het )?bloed|blood (?:is )?(?:spurting|pouring|gushing|everywhere))\b",
        r"\b(?:bloed|bloeding|bleeding|blood)\b.{0,60}\b(?:niet (?:te )?gestopt|niet (?:te )?stoppen|won't stop|doesn't stop|not stopping|can't stop)\b",
        r"\b(?:reageert|ademt|beweegt) (?:nog )?(?:nauwelijks|amper|bijna niet)\b",
        r"\b(?:ligt|lag|liggen) (?:al )?(?:op de grond|op de vloer|on the floor|on the ground)\b.{0,60}\b(?:koud|reageert|bewusteloos|aanspreekbaar|ademt|cold|responding|breathing)\b",
        r"\b(?:pills|pillen|tabletten|medicijnen|medicine|medication|paddenstoelen|mushrooms|bessen|berries)\b.{0,40}\b(?:opgegeten|gegeten|ingeslikt|geslikt|ate|swallowed|eaten|taken)\b.{0,60}\b(?:sleepy|suf|slaperig|wiebelig|overgeven|braakt|raar|wazig|drowsy|wobbly|confused)\b",
        r"\b(?:kind|kindje|dochter|dochtertje|zoon|zoontje|peuter|kleuter|baby|toddler|child|kid|son|daughter)\b.{0,40}\b(?:pills|pillen|tabletten|medicijnen|schoonmaakmiddel|bleach)\b.{0,40}\b(?:opgegeten|gegeten|ingeslikt|geslikt|gedronken|ate|swallowed|drank)\b",
    )),
    ("suicide", _rx(
        r"\b(?:want|wanna) (?:to )?be here (?:any ?more|no more)\b", r"\ber niet meer (?:wil|wilt|willen) zijn\b",
        r"\b(?:written|wrote|left|leaving) (?:\w+ )?(?:letters|a letter|a note|notes|goodbye)\b.{0,30}\b(?:family|for|behind)\b",
        r"\b(?:briefje|brief|afscheidsbrief)\w* (?:\w+ )?achtergelaten\b", r"\bachtergelaten\b.{0,30}\b(?:niet meer|afscheid)\b",
    )),
    ("onwel", _rx(
        r"\b(?:throat|keel)\b.{0,25}\b(?:closing|swelling|swollen|tight|dicht|zwelt|opgezwollen|dichtgaan|dichtgaat)\b",
        r"\bepi-?pen\b", r"\b(?:calling|roept|riep|hoor (?:haar|hem) roepen)\b.{0,20}\b(?:help|hulp)\b",
    )),
    ("ongeval", _rx(
        r"\b(?:slaapt|slapen|zit|ligt|liggen|sleeping|lying)\b.{0,25}\b(?:in (?:de|een|the|a) \w*(?:container|bak|bin))\b.{0,80}\b(?:vuilniswagen|vuilnisauto|legen|geleegd|truck|emptied|emptying)\b",
        r"\b(?:jongetje|meisje|kind|kindje|peuter|kleuter|toddler|child|kid)\b.{0,60}\b(?:alleen|eentje|alone)\b.{0,40}\b(?:rijbaan|busbaan|carriageway)\b",
        r"\b(?:autos?|auto's|cars?) (?:moeten|moest|must|had to|have to) (?:vol |hard )?(?:in de remmen|remmen|brake|swerve)\b",
    )),
    ("huiselijk_geweld_nu", _rx(
        r"\b(?:stop|niet) (?:papa|mama|pap|mam)\b", r"\b(?:papa|mama|daddy|mommy|mummy) stop\b", r"\bstop (?:daddy|mommy|mummy)\b",
    )),
    ("geweld", _rx(
        r"\bhitting people\b", r"\b(?:just )?hit an? (?:old |elderly )?(?:lady|man|woman|person|kid|boy|girl)\b",
        r"\b(?:slaat|sloeg|slaan) (?:op )?(?:mensen|voorbijgangers|een (?:oude |oudere )?(?:vrouw|man|mevrouw|meneer))\b",
        r"\b(?:metal pipe|iron bar|ijzeren staaf|metalen (?:pijp|buis|staaf)|koevoet)\b.{0,60}\b(?:hitting|hit|slaat|sloeg|zwaait|swinging|attacking)\b",
        r"\b(?:hitting|hit|slaat|sloeg|zwaait|swinging)\b.{0,60}\b(?:metal pipe|iron bar|ijzeren staaf|metalen (?:pijp|buis|staaf)|koevoet)\b",
    )),
    ("dreiging", _rx(
        r"\b(?:hond|dog)\w*\b.{0,40}\b(?:bijt|beet|bites|biting|bit|mauling|gebeten)\b.{0,30}\b(?:kind|child|kid|man|vrouw|iemand|someone|person|boy|girl|me|mij|jongen|meisje|oude)\w*\b",
        r"\b(?:laat|liet) niet (?:meer )?los\b", r"\bwon'?t let go\b",
    )),
    ("onwel", _rx(
        r"\b(?:just staring|staring blankly|staart (?:alleen |maar )*voor (?:zich|zijn|haar) uit|glazige blik)\b",
        r"\b(?:hasn't|has not|hasnt|isn't|is not) (?:really )?(?:answered|responded|responding|answering)\b",
        r"\b(?:hij|zij|ze) (?:\w+ )?geeft geen antwoord meer\b", r"\bligt\b.{0,20}\bstil op (?:de|het) (?:vloer|grond)\b",
        r"\b(?:dement\w*|alzheimer\w*|verward\w*|confused)\b.{0,80}\b(?:weggelopen|vermist|kwijt|zoek|wandered off|missing|gone)\b",
        r"\b(?:weggelopen|vermist|wandered off|missing)\b.{0,80}\b(?:dement\w*|alzheimer\w*|vriest|freezing|nachtjapon|pyjama)\b",
        # someone confused outside, lightly dressed, in the cold (either order)
        r"\b(?:pyjama|pyama|nachtjapon|nachthemd|ochtendjas|badjas|onderbroek|blote voeten|pajamas|pyjamas|bathrobe)\b.{0,80}\b(?:het vriest|vriezen|vriespunt|ijskoud|freezing|weet niet (?:meer )?waar (?:hij|zij|ze) woont|doesn'?t know where (?:he|she) lives)\b",
        r"\b(?:het vriest|vriespunt|ijskoud|freezing)\b.{0,80}\b(?:pyjama|pyama|nachtjapon|nachthemd|ochtendjas|badjas|onderbroek|blote voeten|pajamas|pyjamas|bathrobe)\b",
    )),
    ("gas", _rx(
        r"\brotte[- ]?eieren\w*\b", r"\brotten eggs?\b",
        r"\b(?:sist|sissen|sissend|hissing|hisses)\b.{0,30}\b(?:fornuis|gas|leiding|kraan|stove|meter|pipe)\b",
        r"\b(?:fornuis|gasleiding|gaskraan|stove|gas pipe)\b.{0,30}\b(?:sist|sissen|hissing|hisses)\b",
    )),
    ("dreiging", _rx(
        r"\b(?:following|stalking) me\b", r"\b(?:volgen|volgt|lopen|loopt|rijden|rijdt) (?:me|mij) (?:al \w+ )?(?:achterna|na)\b",
        r"\bachter (?:me|mij) aan\b", r"\bkeep circling\b",
    )),
    ("ongeval", _rx(
        r"\b(?:hit|ran over|drove into|mowed down|ploughed into|plowed into|rijdt in op|reed in op|reed op)\b.{0,25}\b(?:parents|people|pedestrians|children|kids|crowd|mensen|ouders|kinderen|voetgangers|publiek)\b",
        r"\b(?:klem|bekneld|vast|trapped|pinned|stuck)\b.{0,10}\b(?:onder|under(?:neath)?)\b",
    )),
    ("instorting", _rx(
        r"\b(?:plafond|ceiling|balkon|balcony|vloer|floor|dak|roof|muur|wall|gevel|steiger|scaffold\w*)\b.{0,40}\b(?:came down|fell down|naar beneden gekomen|naar beneden gestort|neergestort|ingestort)\b",
    )),
    ("suicide", _rx(
        r"\b(?:going to|gonna|will|wants to|want to) end it\b",
        r"\b(?:goodbye|afscheids?)\w* ?(?:messages?|posts?|berichten|bericht|video|texts?)\b",
    )),
    ("suicide", _rx(
        r"\b(?:pillen|pills|tabletten)\b.{0,12}\b(?:liggen|ligt|staan|are) (?:al )?(?:klaar|ready)\b",
        r"\bsorry voor alles\b", r"\bsorry for everything\b",
        r"\blaatste keer\b.{0,40}\b(?:hoor|hoort|zie|ziet|spreek|spreekt)\b", r"\blast time (?:you'?ll|you will) (?:hear|see)\b",
        r"\b(?:zorg|zorgen) (?:goed )?voor (?:mijn|haar|zijn|m'n) (?:katten|kat|hond|honden|kinderen|planten)\b.{0,80}\b(?:laatste|afscheid|niet meer|neemt niet op)\b",
    )),
    ("onwel", _rx(
        r"\b(?:praat|praten|praatte) (?:\w+ )?wartaal\b", r"\bzweet niet meer\b", r"\b(?:zonnesteek|hitteberoerte|heat ?stroke)\b",
        r"\b(?:oververhit|knalrood)\b.{0,40}\b(?:verward|wartaal|zweet niet|flauw|reageert)\b",
    )),
    ("huiselijk_geweld_nu", _rx(
        r"\b(?:gillen|gilt|gillend|schreeuwen|schreeuwt|screaming)\b.{0,30}\b(?:bonken|bonkt|gebonk|banging|tegen de muur)\b",
        r"\bhoor\b.{0,40}\b(?:vrouw|man|kind|iemand|meisje|jongen)\b.{0,10}\b(?:gillen|gillend|gilt|om hulp)\b",
    )),
    ("vallend_gevaar", _rx(
        r"\b(?:people|someone|mensen|iemand)\b.{0,10}\b(?:lying|liggen|ligt)\b.{0,10}\b(?:on the |op de |op straat)(?:pavement|street|road|stoep|straat|weg)?\b",
        r"\b(?:massive|huge|loud|enorme|harde) (?:bang|knal|explosion|ontploffing)\b.{0,60}\b(?:gone|weg|kapot|collapsed|ingestort|people|mensen|gewond|injured)\b",
    )),
    ("onwel", _rx(
        r"\b(?:mond|gezicht|face|mouth)\b.{0,12}\b(?:scheef|droop\w*)\b", r"\bvalt (?:steeds |telkens )?uit (?:zijn|haar|z'n|zn) hand\b",
        r"\bfloppy\b",
        r"\b(?:he|she|hij|zij|baby|child|kid|son|daughter|boy|girl|dad|mum|mom|father|mother|husband|wife)\b.{0,30}\b(?:not|doesn't|doesnt|does not|isn't|isnt|is not) (?:respond|responding|reacting)\b",
        r"\blippen\b.{0,20}\bblauw\b", r"\bgestrekt\b", r"\bgeeft geen antwoord als\b",
        r"\b(?:kom|komt|kan|kon) niet (?:meer )?overeind\b", r"\b(?:can'?t|cannot|could not|couldn'?t) get up\b",
        r"\b(?:drugged|spiked|gedrogeerd|iets in (?:haar|zijn|mijn|m'n) (?:drankje|glas|drink))\b",
        r"\b(?:co|koolmonoxide|carbon monoxide)[- ]?(?:alarm|melder|detector)\b.{0,80}\b(?:headache|hoofdpijn|misselijk|duizelig|dizzy|throwing up|nauseous|sick|suf)\b",
        r"\b(?:cv-?ketel|geiser|boiler|kachel|heater)\b.{0,80}\b(?:duizelig|misselijk|hoofdpijn|suf|dizzy|nauseous|headache)\b",
        r"\b(?:isnt|isn't|not) moving\b",
        r"\b(?:breathing|breathes) (?:really |very |so )?(?:weird|strange|strangely|heavily|funny|slow)\b",
    )),
    ("kind", _rx(
        r"\b(?:son|daughter|zoon|zoontje|dochter|dochtertje|kind|kindje|child|kid|toddler|peuter|kleuter|baby)\b.{0,60}\b(?:is gone|is weg|kwijt|missing|vermist|cant find|can't find|cannot find|niet (?:meer )?(?:vinden|terugvinden))\b",
        r"\b(?:loopt|lopen|walking|walks|staat)\b.{0,40}\b(?:oprit|afrit|vluchtstrook|snelweg|motorway|highway)\b",
    )),
    ("suicide", _rx(
        r"\bik spring\b", r"\b(?:i'?m|i am) (?:going to|gonna) jump\b",
        r"\bzeg tegen\b.{0,30}\b(?:dat het me spijt|dat ik van (?:haar|hem|ze|jullie) hou)\b",
        r"\b(?:geeft|weggeeft|weg geeft|giving away|gives away|gave away)\b.{0,30}\b(?:spullen|belongings|things|stuff)\b",
        r"\b(?:geeft|weggeeft|weg geeft|giving away|gives away)\b.{0,10}\b(?:al )?(?:zijn|haar|z'n|zn|his|her) (?:spullen|belongings|things|stuff)\b",
        r"\bbedankt voor alles\b.{0,60}\b(?:neemt niet|reageert niet|niet meer op)\b", r"\bthanks for everything\b.{0,60}\b(?:not answering|won'?t answer)\b",
    )),
    ("brand", _rx(
        r"\b(?:zwarte|dikke|grijze) (?:walm|wolk|rookwolk)\b", r"\bwalm\b.{0,30}\b(?:uit|onder|door)\b",
    )),
    ("gas", _rx(r"\b(?:ruik|ruikt|ruiken|smell) gaz\b", r"\bgaz ?lucht\b")),
    ("spoor_water", _rx(
        r"\b(?:bootje|boot|kano|sup|boat|canoe)\b.{0,20}\b(?:omgeslagen|gekapseisd|capsized|gezonken|sank)\b",
        r"\b(?:kinderen|kind|mensen|iemand|children|kids|people|someone)\b.{0,15}\bin (?:het|the) water\b.{0,30}\b(?:zonder zwemvest|no life ?jacket|cannot swim|kan niet zwemmen|roept|spartel\w*)\b",
    )),
    ("inbraak_nu", _rx(
        r"\btrying the (?:handle|door|doors|windows?)\b", r"\b(?:morrelt|morrelen|rammelt|rammelen) aan (?:de|het|onze|mijn) (?:deur|slot|raam|klink|achterdeur|voordeur)\b",
    )),
    ("inbraak_nu", _rx(
        r"\b(?:someone|somebody|a man|men|people)\b.{0,20}\b(?:is|are) (?:inside|in) (?:my|our|the) (?:house|home|flat|apartment)\b",
        r"\b(?:i'm|i am|we're|we are) hiding\b", r"\bverstopt? (?:me|mij|ons)\b",
        r"\b(?:zaklamp|flashlight|torch)\b.{0,50}\b(?:huis|house|binnen|inside|woning)\b",
        r"\b(?:huis|woning) van de buren\b.{0,60}\b(?:nu binnen|is binnen|zijn binnen|binnen aan het)\b",
    )),
    # Batch l (Nov 26): emergencies told by what people see; each a general sign, not a sentence.
    ("wapen", _rx(
        r"\b(?:keuken|brood|vlees|stanley|zak|slagers|hak)mes\b.{0,60}\b(?:bloed\w*|steekt|gestoken|dreigt|dreigen|zwaait|achterna)\b",
        r"\b(?:ruzie|dreigt|zwaait|gepakt|pakt|trekt)\b.{0,40}\b(?:keuken|brood|vlees|stanley|zak|slagers|hak)mes\b",
        r"\b(?:knallen|knal|schoten)\b.{0,100}\bligt (?:er )?(?:een|iemand)\b",
    )),
    ("ongeval", _rx(
        r"\b(?:gereden|geraakt|gebotst|botsing|klap|ingereden|aangereden)\b.{0,80}\b(?:liggen|ligt)\b.{0,15}\b(?:mensen|kinderen|iemand|er onder|eronder|onder de (?:tram|bus|trein|auto|vrachtwagen))\b",
        r"\btegen het verkeer in\b.{0,60}\b(?:snelweg|a\d{1,2}|ring|uitwijken|uitwijkt|hoge snelheid)\b",
        r"\b(?:snelweg|a\d{1,2}|ring)\b.{0,60}\btegen het verkeer in\b", r"\bspookrijder\b", r"\bwrong[- ]way driver\b",
        r"\b(?:gooien|gooit|gegooid|throwing)\b.{0,40}\b(?:viaduct|overpass)\b.{0,40}\b(?:auto'?s|cars|geraakt|hit)\b",
        r"\b(?:viaduct|overpass)\b.{0,40}\b(?:gooien|gooit|gegooid|throwing)\b.{0,40}\b(?:auto'?s|cars|geraakt|hit)\b",
        r"\bspringkussen\b.{0,60}\b(?:geblazen|gewaaid|weggewaaid|omgewaaid)\b",
    )),
    ("spoor_water", _rx(
        r"\bdrijft (?:er )?(?:iemand|een (?:man|vrouw|kind|persoon|lichaam))\b",
        r"\bin (?:de|het) (?:gracht|kanaal|vaart|vijver|rivier|singel|haven|vaartsche rijn|vecht|amsterdam-rijnkanaal)\b.{0,30}\b(?:gevallen|gesprongen|drijft|spartel\w*|verdrinkt)\b",
        r"\b(?:gevallen|gesprongen|geduwd)\b.{0,10}\bin (?:de|het) (?:gracht|kanaal|vaart|vijver|rivier|singel|haven|vaartsche rijn|vecht|amsterdam-rijnkanaal)\b",
        r"\bspartel\w*\b.{0,40}\b(?:water|gracht|kanaal|sloot|vaart|vijver|rijn)\b",
        r"\bbovenleiding\b",
    )),
    ("kind", _rx(
        r"\b(?:kind\w*|peuter|baby|kleuter|toddler|little (?:boy|girl))\b.{0,60}\b(?:vensterbank|balkonrand|rand van (?:het|de) (?:dak|balkon|kade|gracht|kanaal|water)|edge of the (?:canal|roof|balcony|water))\b",
    )),
    ("suicide", _rx(
        r"\balle (?:pillen|tabletten|medicijnen)\b.{0,40}\b(?:neem|nemen|innemen|slikken|ingenomen|geslikt)\b",
        r"\bscheermes\w*\b.{0,60}\b(?:opgesloten|badkamer|pols\w*)\b", r"\b(?:opgesloten|badkamer)\b.{0,60}\bscheermes\w*\b",
        r"\bbuitenkant van (?:het|de) (?:hek|reling|brug|balustrade|leuning|brugleuning)\b",
        r"\b(?:polsen?|wrists?)\b.{0,30}\b(?:bloed\w*|bleeding|gesneden|cut)\b", r"\b(?:bloed\w*|bleeding)\b.{0,30}\b(?:polsen?|wrists?)\b",
    )),
    ("onwel", _rx(
        r"\bademt (?:bijna|nauwelijks|amper|heel zwak|heel langzaam)\b", r"\bbarely breathing\b",
        r"\b(?:verslikt|stikt|stikken|choking|chokes)\b(?! (?:bijna|van|in|hier|daar|er))",
        r"\bgrijpt naar (?:zijn|haar|zn|z'n) keel\b", r"\bkan (?:(?:bijna |haast )?niet|nauwelijks|amper) (?:meer )?(?:ademen|hoesten|slikken)\b",
        r"\bligt (?:al )?(?:sinds|de hele|uren|een uur|\d+ uur)\b.{0,40}\bop de (?:grond|vloer)\b",
        r"\buitgegleden\b.{0,60}\b(?:komt er niet (?:meer )?uit|kan niet (?:meer )?op|zwak)\b",
        r"\bzakt (?:steeds |telkens )?weg\b",
        r"\b(?:schok|stroomstoot|geëlektrocuteerd|geelektrocuteerd|electrocuted)\b.{0,90}\b(?:ligt|bewusteloos|reageert|valt|gevallen|lying)\b",
        r"\b(?:hoofd gestoten|op (?:zijn|haar) hoofd gevallen)\b.{0,80}\b(?:overgeven|overgeeft|braakt|verward|vreemde antwoorden)\b",
        r"\b(?:ligt|vloer|grond|koud aan|voelt koud)\b.{0,60}\b(?:krijg|geeft) (?:geen|nauwelijks) (?:enkele )?reactie\b",
        r"\bnaald\b.{0,30}\b(?:in (?:zijn|haar|zn|z'n) arm|ademt)\b",
        r"\b(?:hoofdpijn|koppijn)\b.{0,60}\b(?:misselijk|duizelig)\b.{0,80}\b(?:geiser|cv|ketel|kachel|gele vlam)\b",
        r"\b(?:vloeistof|zuur)\b.{0,40}\b(?:gezicht|ogen)\b",
        r"\b(?:gele|groene|rare) (?:wolk|damp)\b.{0,60}\b(?:hoest\w*|tranende ogen|benauwd)\b",
    )),
    ("brand", _rx(
        r"\b(?:schroeilucht|brandlucht)\b.{0,80}\b(?:melder|rookmelder|alarm)\b.{0,30}\b(?:afgaan|gaat af|piept|loeit)\b",
        r"\bvast in de lift\b.{0,60}\b(?:brandlucht|rook)\b",
    )),
    ("gas", _rx(
        r"\b(?:gasleiding|leiding)\b.{0,30}\b(?:geraakt|kapot|lek)\b.{0,30}\b(?:sist|sissen|ruik\w*)\b",
    )),
    ("dreiging", _rx(
        r"\btegen (?:haar|zijn) zin\b.{0,40}\b(?:busje|auto|bus|meegenomen|ingetrokken|getrokken)\b",
        r"\bgemaskerde? (?:mannen|man|jongens|types|men)\b",
        r"\b(?:honden?|vechthonden?|pitbulls?)\b.{0,30}\bvall?en\b.{0,40}\baan\b",
        r"\b(?:vuurwerk\w*|cobra|nitraat)\b.{0,60}\b(?:hand|vingers?|gezicht|oog)\b.{0,40}\b(?:bloed\w*|eraf|schreeuwt)\b",
    )),
    ("huiselijk_geweld_nu", _rx(
        r"\b(?:gil\w*|schreeuw\w*|roept)\b.{0,30}\b(?:moet ophouden|op te houden|moet stoppen|ophouden!)",
        r"\bdingen kapot\b.{0,60}\b(?:gil\w*|huil\w*|schreeuw\w*|slaat)\b", r"\b(?:gil\w*|schreeuw\w*)\b.{0,60}\bdingen kapot\b",
        r"\bje doet me pijn\b", r"\bbeukt? (?:tegen|op) de deur\b.{0,60}\b(?:opgesloten|kapot maakt|vermoord|dreigt)\b",
        r"\b(?:opgesloten|verstopt)\b.{0,40}\b(?:beukt|bonkt|schopt|trapt)\b", r"\bme kapot (?:maakt|maken)\b",
    )),
    ("inbraak_nu", _rx(
        r"\bwrik\w*\b.{0,40}\b(?:deur|raam|slot)\b", r"\b(?:deur|raam|slot|achterdeur)\b.{0,40}\bwrik\w*",
        r"\b(?:koevoet|breekijzer)\b.{0,40}\b(?:deur|raam|achterdeur|voordeur|schuifpui|slot)\b",
        r"\btrying to get (?:in|into)\b.{0,40}\b(?:right now|now)\b", r"\bworking on the lock\b",
    )),
    ("instorting", _rx(
        r"\b(?:iemand|mensen|someone|people)\b.{0,40}\bonder het puin\b", r"\bonder het puin\b.{0,40}\b(?:roepen|roept|iemand|mensen)\b",
    )),
    # Signs from the misses of an independently written batch (corpus/urgent_n.py), in general form.
    ("gas", _rx(
        r"\b(?:sist|sissend\w*|sissen)\b.{0,40}\b(?:gas\w*|stinkt|stank|ruik\w*)\b", r"\bgas\w*\b.{0,40}\b(?:sist|sissend\w*|sissen)\b",
    )),
    ("inbraak_nu", _rx(
        r"\b(?:voordeur|achterdeur|deur|raam)\b (?:\w+ ){0,2}(?:in te trappen|in te beuken|open te breken|te forceren)\b",
        r"\bbreken? (?:de|mijn|mn|m'n|onze|haar|zijn|z'n) (?:voor|achter)?deur open\b",
        r"\b(?:iemand|someone|een vreemde) (?:is )?in (?:mijn|mn|m'n|ons|onze|my|our) (?:huis|woning|house|flat|apartment)\b.{0,60}\b(?:voetstappen|verstopt|footsteps|hiding)\b",
    )),
    ("dreiging", _rx(
        r"\b(?:word|wordt|worden|ben) (?:\w+ ){0,4}(?:gevolgd|achtervolgd)\b.{0,80}\b(?:nu|vlak achter|achter me|pakken|bang|help)\b",
        r"\b(?:being|been) followed\b.{0,60}\b(?:now|scared|behind me|help)\b",
        r"\b(?:ramt|rammen|ramde)\b.{0,30}\b(?:bumper|auto|mij|me|ons)\b", r"\brijdt (?:me|mij|ons) (?:al \w+ \w+ )?achterna\b",
        r"\b(?:wordt|worden) (?:\w+ ){0,3}tegen (?:de|een) (?:muur|grond|auto|hek) (?:gedrukt|geduwd|gesmeten|aan gedrukt)\b",
        r"\baan (?:haar|der|d'r|zijn|z'n|zn) haren\b.{0,30}\b(?:getrokken|gesleurd|trekt|sleurt|trekken|sleuren)\b",
        r"\b(?:sleurt|sleuren|trekt|trekken)\b.{0,30}\baan (?:haar|der|d'r|zijn|z'n|zn) haren\b",
        r"\b(?:gooi\w*|schiet\w*|mikken|mikt) (?:\w+ ){0,2}vuurwerk\w* (?:naar|op) (?:een|die|de|mensen|iemand|hem|haar|an?|people|someone)\b",
        r"\b(?:appt|belt|smst|schrijft|zegt|texts|says)\b (?:\w+ ){0,3}(?:dat|that) (?:hij|ze|die|he|they) (?:haar|hem|me|mij|her|him) niet (?:meer )?(?:laat|laten) (?:gaan|los|uitstappen)\b",
        r"\b(?:houden|houdt|hielden) (?:hem|haar|hen|iemand) onder(?: water)?\b",
        r"\b(?:iemand|hem|haar|man|vrouw|jongen|meisje|kind)\b.{0,30}\bin het water (?:gegooid|geduwd)\b",
    )),
    ("geweld", _rx(
        r"\b(?:hamer|knuppel|honkbalknuppel|ijzeren staaf|fles|stoeptegel)\b.{0,30}\bslaat (?:in )?(?:op )?(?:iemand|een|hem|haar|die)\b",
        r"\bslaat (?:in )?op (?:iemand|een (?:man|vrouw|jongen|meisje|oude))\b",
        r"\bslaat (?:mn|mijn|m'n|zijn|z'n|zn|haar|d'r|onze) (?:moeder|ma|mama|vrouw|vriendin|zus|zusje|kind|kinderen|zoon|dochter|vader|pa)\b.{0,30}\b(?:nu|op dit moment|ik hoor|gil\w*|schreeuw\w*|huil\w*|help)\b",
        r"\b(?:klap|gil\w*|geschreeuw|schreeuw\w*)\b.{0,60}\b(?:doodstil|ineens stil|opeens stil)\b",
    )),
    ("ongeval", _rx(
        r"\b(?:ligt|liggen) (?:er )?(?:een |iemand )?(?:man|vrouw|jongen|meisje|kind|persoon|fietser|iemand)\b.{0,20}\bop (?:de )?(?:rijbaan|rotonde|kruising|snelweg|trambaan)\b",
        r"\b(?:ligt|liggen) (?:er )?(?:een |iemand )?(?:man|vrouw|jongen|meisje|kind|persoon|fietser|iemand)\b.{0,60}\b(?:rijden|rijdt|reden) (?:er )?(?:bijna )?overheen\b",
        r"\bbloed overal\b", r"\boveral (?:ligt |zit )?bloed\b", r"\blots of blood\b", r"\bhangt (?:\w+ )?over (?:het|zijn|haar|z'n|zn) stuur\b",
        r"\b(?:zitten|zit) (?:er )?(?:nog )?(?:mensen|iemand|een (?:man|vrouw|kind))\b.{0,30}\b(?:vast|klem|bekneld|vastgeklemd)\b",
        r"\b(?:kind\w*|jongen|meisje|iemand|man|vrouw)\b.{0,30}\bin (?:het|een|de) (?:gat|put|schacht|bouwput|kuil|mangat)\b (?:\w+ )?gevallen\b",
        r"\bhelp\b.{0,20}\biemand in (?:de|het) (?:sloot|water|gracht|kanaal|vaart|vijver|singel)\b",
        r"\b(?:ligt|zit) (?:er )?(?:vast )?onder (?:de|het) (?:achterkant|wiel|wielen|voorkant)\b",
        r"\bhit (?:her|his) head\b.{0,40}\b(?:blood|confused|unconscious|vomit\w*|not responding)\b",
        r"\b(?:gunshots?|shots fired)\b",
    )),
    ("suicide", _rx(
        r"\bwil niet meer\b.{0,60}\b(?:dak|brug|spoor|rand|balkon|pillen|springen|spring)\b",
        r"\b(?:zegt|appt|dreigt|schrijft|zei|typt) dat (?:hij|ze|zij|ie) (?:gaat )?(?:springt|springen|gaat springen)\b",
        r"\bsnijdt (?:zichzelf|zich)\b.{0,40}\bbloed", r"\bbloed\w*\b.{0,20}\b(?:stopt niet|houdt niet op)\b",
    )),
    # Signs from the misses of a second independent batch (urgent_o, Nov 26), in general form.
    ("brand", _rx(
        r"\bbrand (?:in|bij|op|aan) (?:(?:de|het|een|onze|mijn|m'n|mn|ons|die) )?\w+(?: \w+)?\s*!", r"\b(?:help|hulp|snel)\b.{0,20}\bbrandt\b",
        r"\bfire (?:is )?spreading\b",
    )),
    ("wapen", _rx(
        r"\bstee?k(?:en|t)? (?:iemand|hem|haar|een (?:man|vrouw|jongen|meisje)|elkaar|mensen) neer\b", r"\bmachetes?\b", r"\bkapmes\w*\b",
        r"\b(?:roept|zegt|dreigt|schreeuwt)\b (?:\w+ ){0,3}(?:een )?bom\b", r"\bbom in (?:zijn|haar|z'n|de|een) (?:tas|rugzak|auto)\b",
        r"\b(?:mes|keukenmes|broodmes|vleesmes)\b.{0,60}\b(?:schreeuw\w*|vermoord\w*|afmaken|allemaal dood|dood moeten)\b",
    )),
    ("inbraak_nu", _rx(
        r"\binbraak (?:is )?(?:bezig|gaande|aan de gang)\b", r"\bprobeert? (?:nu )?(?:mijn|mn|onze|de|een) (?:auto|scooter|brommer|motor) (?:te starten|open te breken|te stelen)\b",
        r"\bbeing (?:mugged|robbed|attacked|beaten|stabbed)\b", r"\bwordt (?:nu |op dit moment )?(?:beroofd|overvallen|in elkaar geslagen)\b",
    )),
    ("kind", _rx(
        r"\b(?:peuter|kleuter|kindje|toddler)\b.{0,50}\b(?:alleen|eentje|alone)\b.{0,40}\b(?:rotonde|weg|straat|rijbaan|kruising|snelweg|road|street)\b",
        r"\b(?:kindje|peuter|kleuter|baby|jongetje|meisje|kind)\b (?:\w+ ){0,2}in (?:de|het) (?:sloot|water|gracht|kanaal|vijver|vaart)\b.{0,60}\b(?:help|niemand|niet te zien|zie (?:hem|haar) niet|kopje onder)\b",
        r"\b(?:klimt|klom)\b.{0,30}\bover de reling\b", r"\bover de reling\b.{0,40}\b(?:hangt|boven het water|springen)\b",
    )),
    ("onwel", _rx(
        r"\b(?:gezicht|keel|tong|lippen?|mond)\b.{0,20}\b(?:zwelt|zwellen|zwol|opgezwollen)\b", r"\b(?:zwelt|zwellen|opgezwollen)\b.{0,40}\b(?:slikken|ademen|benauwd|lucht)\b",
        r"\b(?:hitte|in de zon|graden|bloedheet)\b.{0,60}\b(?:onsamenhangend|in de war|verward|valt (?:steeds )?weg|wartaal)\b",
        r"\bknalrood\b.{0,40}\b(?:onsamenhangend|verward|in de war|wartaal|reageert)\b",
        r"\b(?:gevallen|uitgegleden)\b.{0,80}\b(?:kan|komt) (?:niet|nie) (?:meer )?(?:op|opstaan|overeind)\b", r"\bbloedt aan (?:zijn|haar|z'n|zn) hoofd\b",
        r"\b(?:dementerend\w*|dementie|alzheimer)\b.{0,100}\b(?:nergens (?:te )?vinden|niet (?:meer )?te vinden|(?:kunnen|kan) (?:hem|haar) (?:\w+ ){0,3}niet (?:meer )?vinden)\b",
    )),
    ("suicide", _rx(
        r"\b(?:mooi (?:is )?geweest|bedankt voor alles|vaarwel)\b.{0,80}\b(?:op de brug|op het dak|op de rand|bij het spoor|op het spoor)\b",
        r"\b(?:i'?m|i am) (?:on|at) the (?:roof|edge|bridge|tracks)\b.{0,60}\b(?:done|goodbye|no point|end it)\b",
        r"\b(?:no point|don'?t see the point)\b.{0,80}\b(?:roof|bridge|edge|tracks|pills)\b",
        r"\b(?:gaat|ga) (?:zich|zichzelf|mezelf|me) (?:iets aandoen|snijden)\b", r"\bde laatste keer (?:is )?dat (?:we|jullie|je|ik)\b.{0,30}\b(?:horen|zien|spreken)\b",
    )),
    ("instorting", _rx(
        r"\bbalkon\w*\b.{0,40}\b(?:hangt scheef|kraakt|scheuren|komt los|zakt)\b.{0,60}\b(?:mensen|iemand|kinderen)\b",
        r"\bbalcony\b.{0,40}\b(?:coming loose|collaps\w*|cracking|cracks)\b",
        r"\b(?:steiger|bouwkraan|gevel)\b.{0,60}\b(?:omgevallen|hangt|valt bijna|dreigt (?:om )?te vallen)\b.{0,60}\b(?:mensen|fietsers|kinderen|onder door)\b",
    )),
    # Signs from the misses of a third independent batch (urgent_p: understated, hedged,
    # buried in questions), in general form.
    ("huiselijk_geweld_nu", _rx(
        r"\b(?:gil\w*|huil\w*|roep\w*|schreeuw\w*)\b.{0,30}\bstop,? stop\b", r"\bstop,? stop\b.{0,40}\b(?:roep\w*|gil\w*|gebonk|klappen)\b",
        r"\b(?:slaat|schudt|schopt)\b.{0,40}\b(?:kind\w*|jongetje|meisje|baby|peuter|hem|haar)\b.{0,40}\b(?:bloedt|bloed|huilt)\b",
    )),
    ("suicide", _rx(
        r"\bzorg (?:jij|jullie|je) (?:goed )?voor\b.{0,80}\b(?:neemt niet (?:meer )?op|reageert niet|niet (?:meer )?bereikbaar)\b",
        r"\bik kan niet meer\b.{0,80}\bneemt niet (?:meer )?op\b",
        r"\b(?:leven|het) niet meer (?:ziet|zie|zag) zitten\b.{0,80}\b(?:pillen|tabletten|medicijnen|mes|dak|brug)\b",
        r"\balle (?:pillen|tabletten|medicijnen)\b.{0,40}\b(?:gepakt|klaar|op tafel|neergelegd|verzameld)\b",
    )),
    ("wapen", _rx(
        r"\b(?:mes|keukenmes|broodmes|vleesmes|machete) in (?:zijn|haar|z'n|zn|de) hand\b",
        r"\b(?:schreeuw\w*|ruzie|dreig\w*)\b.{0,60}\b(?:mes|keukenmes|broodmes|vleesmes|machete)\b",
        r"\b(?:iedereen|alles|het gebouw|de moskee|de kerk|de school|ons|jullie|zichzelf) (?:\w+ )?(?:gaat |wil )?(?:op te blazen|opblazen)\b",
        r"\bbenzine\b.{0,60}\b(?:aansteker|lucifer\w*|aansteken)\b", r"\b(?:giet|gooit)\b.{0,20}\bbenzine\b",
    )),
    ("onwel", _rx(
        r"\b(?:baby|kindje|peuter)\b.{0,30}\b(?:slap|grauw|lijkbleek)\b", r"\bniet (?:meer )?wakker (?:wordt|te krijgen|worden)\b",
        r"\b(?:drukkend|druk|pijn|knijpend)\w* (?:gevoel )?op (?:de|zijn|haar|mijn) borst\b.{0,60}\b(?:arm|kaak|zweet|zweten|misselijk|benauwd)\b",
        r"\buitstraalt naar (?:zijn|haar|mijn|de) (?:arm|kaak)\b", r"\bknoopbatterij\w*\b",
        r"\b(?:ingeslikt|doorgeslikt)\b.{0,40}\b(?:batterij\w*|magneet\w*|kwijlt|benauwd|stikt)\b",
        r"\bhulpgeroep\b", r"\b(?:hoor|horen)\b (?:\w+ ){0,3}(?:zwak|zachtjes|zacht) (?:\w+ ){0,2}roepen\b", r"\broepen achter de deur\b",
        r"\b(?:suikerziekte|diabet\w*)\b.{0,80}\b(?:zweet|zweten|praat onzin|verward|valt (?:steeds )?weg|bewusteloos)\b",
        r"\bligt (?:\w+ ){0,4}onder (?:een|de|het) \w+(?: \w+)?\b.{0,40}\b(?:antwoordt|reageert|beweegt|ademt) niet\b",
        r"\blying at the bottom of (?:the|her|his) stairs\b", r"\bleg (?:is )?bent\b",
    )),
    ("spoor_water", _rx(
        r"\b(?:zie|zag) (?:hem|haar|ze|niemand) (?:\w+ ){0,4}niet (?:meer )?boven (?:komen|komt)\b", r"\bhoofd (?:\w+ )?onder water\b",
    )),
    ("brand", _rx(
        r"\bbrandlucht\b.{0,40}\brook\b", r"\brook\b.{0,40}\bbrandlucht\b", r"\bstopcontact\b.{0,40}\b(?:heet|rook|brandlucht|vonk\w*|smelt\w*)\b",
        r"\bgeknetter\b.{0,60}\b(?:draden|lamp|stopcontact|meterkast)\b", r"\b(?:draden|stroom|lamp)\b.{0,60}\bgeknetter\b",
    )),
    ("instorting", _rx(
        r"\b(?:stukken|brokken) (?:steen|beton|gevel)\w* (?:\w+ ){0,2}(?:naar beneden|vallen|vielen)\b",
        r"\bscheur\w*\b.{0,60}\b(?:groter|kraakt|zakt)\b.{0,60}\b(?:we zitten|er nog in|mensen)\b",
        r"\bplafond (?:\w+ ){0,2}(?:buigt door|hangt naar beneden|zakt)\b",
    )),
    ("dreiging", _rx(
        r"\b(?:auto|busje|bus) in (?:te )?(?:trekken|sleuren|duwen)\b", r"\b(?:trekt|sleurt|duwt) (?:\w+ ){0,3}(?:de|zijn|een) (?:auto|busje) in\b",
        r"\broept dat ze hem niet kent\b",
    )),
    ("inbraak_nu", _rx(
        r"\braam (?:is )?ingeslagen\b.{0,60}\bop vakantie\b", r"\bop vakantie\b.{0,60}\braam (?:is )?ingeslagen\b",
        r"\bcutting (?:the|a) lock\b", r"\b(?:slot|hangslot)\b.{0,30}\b(?:doorzagen|doorslijpen|slijptol|afknippen)\b",
    )),
    # From the errors of urgency check sets g, h and i (read in the third Nov 26 session).
    ("onwel", _rx(
        r"\b(?:hoor|horen)\b (?:\w+ ){0,4}(?:zwak|zachtjes|zacht) (?:\w+ ){0,2}(?:iets zeggen|kreunen|kermen)\b",
        r"\bswallowed\b.{0,40}\b(?:batter\w*|magnet\w*|bleach|pills)\b", r"\bcovered in blood\b", r"\bonder het bloed\b",
    )),
    ("suicide", _rx(
        r"\b(?:i'?m|i am) (?:on|at) the (?:roof|edge|bridge|tracks)\b.{0,60}\bthis is it\b", r"\bniemand (?:zou|zal) me missen\b",
        r"\b(?:ik )?zie het (?:(?:echt|allemaal|helemaal) )?niet meer zitten\b(?! (?:met|van|om|dat|hoe|als|zo))",
    )),
    ("ongeval", _rx(
        r"\b(?:hit|ran over|knocked down) (?:a|the|an) (?:pedestrian|cyclist|child|kid|man|woman|person|boy|girl)\b", r"\blying in the road\b",
        r"\b(?:liggen|ligt|zitten|zit) (?:er )?(?:nog )?(?:kinderen|mensen|iemand|een (?:man|vrouw|kind)) (?:onder|eronder)\b",
    )),
    ("inbraak_nu", _rx(
        r"\b(?:een man|iemand|een vreemde|een onbekende|someone|a stranger) in (?:haar|zijn|hun|mijn|mn|m'n|ons|onze|her|his|my|our) (?:huis|woning|house|flat)\b.{0,60}\b(?:verstopt|footsteps|hiding)\b",
        r"\bfluister\w*\b.{0,40}\b(?:een man|iemand|een vreemde|een onbekende) in (?:haar|zijn|hun|mijn|ons) (?:huis|woning)\b",
        r"\b(?:knuppel\w*|honkbalknuppel\w*|bijl\w*|koevoet\w*)\b.{0,60}\b(?:ruiten|ramen|deur)\b.{0,80}\b(?:nog binnen|zitten binnen|zit binnen)\b",
    )),
    ("brand", _rx(
        r"\bvlamt\b.{0,40}\b(?:plafond|keuken|niet uit|hoog)\b",
    )),
    # Signs from the misses of a fourth independent batch (urgent_q: worry that turns into an
    # emergency), in general form.
    ("onwel", _rx(
        r"\b(?:niet (?:meer )?gezien|not (?:been )?seen|hasn'?t been seen)\b.{0,100}\b(?:vliegen|flies|zoete lucht|lijklucht|rare lucht|smell)\b",
        r"\b(?:dementie|dementerend\w*|alzheimer)\b.{0,60}\b(?:is (?:weer )?weg|vertrokken|weggelopen|zoek|vermist|niet thuis)\b",
        r"\b(?:iemand|man|vrouw|kind|jongen|meisje|someone)\b.{0,60}\bniet (?:meer )?boven (?:komt|kwam|komen)\b",
        r"\b(?:not|isn'?t|hasn'?t) (?:coming|come) back up\b", r"\bbutton batter\w*\b",
        r"\b(?:ondergrondse container|afvalcontainer|put|schacht|wak|kuil|bouwput)\b.{0,60}\b(?:komt|kan) er niet (?:meer )?uit\b",
    )),
    ("huiselijk_geweld_nu", _rx(
        r"\b(?:gegil|gillen|gilt)\b.{0,30}\b(?:harde )?klappen\b", r"\bklappen\b.{0,30}\b(?:gegil|gillen|gilt)\b",
        r"\b(?:screaming|screams)\b.{0,60}\b(?:smashed|smashing|thrown|hitting|blows)\b",
        r"\b(?:duwt|duwde|gooit|schopt) (?:\w+ )?(?:hem|haar|iemand|me|mij) (?:\w+ )?(?:de trap af|van de trap)\b",
        r"\bbloedend\b.{0,40}\b(?:naar buiten|rent|achterna|achter (?:haar|hem) aan)\b",
    )),
    ("suicide", _rx(
        r"\b(?:pillen|tabletten|touw|brug|dak)\b.{0,40}\bvaarwel\b", r"\bvaarwel\b.{0,40}\b(?:pillen|tabletten|touw|brug|dak)\b",
        r"\bzich(?:zelf)? (?:\w+ ){0,2}(?:van|voor|uit) (?:het|de) (?:dak|brug|trein|balkon|raam|flat|parkeergarage) (?:gooit|gooien|werpt|springt)\b",
        r"\ber (?:\w+ ){0,2}een eind(?:e)? aan (?:maakt|maken|gaat maken|wil maken|te maken)\b",
        r"\bwrong side of the (?:railing|fence|barrier)\b", r"\bverkeerde kant van de (?:reling|leuning|hek|balustrade)\b",
    )),
    ("geweld", _rx(
        r"\b(?:schopt|schoppen|trappen|trapt) (?:\w+ ){0,4}die (?:al )?op de grond ligt\b",
        r"\bbedreigt? (?:\w+ ){0,5}met (?:een|z'n|zijn) (?:schaar|mes|pistool|wapen|knuppel|fles|hamer|bijl|stok|schroevendraaier)\b",
    )),
    ("brand", _rx(
        r"\bbrandende (?:fles|lap|doek)\b", r"\bmolotov\w*\b", r"\bsmoke uit\b",
    )),
    ("ongeval", _rx(
        r"\b(?:aanrijding|aangereden|geschept|ongeluk)\b.{0,80}\bligt (?:er )?(?:nog )?onder\b",
        r"\bin ?geramd\b.{0,60}\b(?:mensen|binnen|gewond\w*)\b",
        r"\b(?:gevallen|ingestort|omgevallen|neergekomen)\b.{0,60}\b(?:ligt|liggen|zit|zitten) (?:\w+ )?eronder\b",
        r"\b(?:gracht|kanaal|vaart|vijver|rivier|singel|sloot|vaartsche rijn|kromme rijn|oude rijn) in (?:gerold|gereden|gesprongen|geduwd)\b",
    )),
    # Signs from the misses of a fifth independent batch (urgent_r: situations easily
    # forgotten), in general form.
    ("onwel", _rx(
        r"\bvast in de lift\b.{0,60}\b(?:geen lucht|benauwd|astma|onwel|flauw)\b",
        r"\b(?:valt|viel|zakt|zakte) (?:\w+ )?(?:neer|in elkaar)\b.{0,60}\b(?:geen reactie|reageert niet|aed)\b",
        r"\bgezicht naar beneden in (?:het|de) (?:water|vijver|sloot|gracht|bad)\b", r"\b(?:uit het water|eruit getrokken)\b.{0,40}\b(?:slap|blauw|ademt niet|reageert niet)\b",
        r"\b(?:kind\w*|baby|peuter|kleuter)\b.{0,40}\b(?:opgesloten|alleen) in (?:een|de) auto\b.{0,60}\b(?:graden|zon|heet|huilt niet meer)\b",
        r"\bzwanger\b.{0,60}\b(?:bloed\w*|enorme buikpijn|hevige pijn)\b",
        r"\bheadache\b.{0,60}\b(?:sick|sleepy|dizzy)\b.{0,80}\b(?:heating|boiler|heater|stove|passed out)\b",
        r"\blying on (?:the|her|his) (?:\w+ )?floor\b.{0,60}\b(?:since|for hours|barely|not moving|can'?t get up)\b",
        r"\b(?:isn'?t|is not|not) breathing\b", r"\bwent limp\b",
    )),
    ("kind", _rx(
        r"\b(?:kind\w*|peuter|baby|jongetje|meisje|child|kid|toddler|boy|girl)\b.{0,20}\b(?:uit|van) (?:het|een|de) (?:raam|balkon|venster) gevallen\b",
        r"\bfell (?:out of|from) (?:a|the) (?:\w+ ){0,3}(?:window|balcony)\b",
        r"\bhangt (?:\w+ ){0,7}aan (?:zijn|haar|z'n|zn) (?:handen|vingers)\b",
    )),
    ("ongeval", _rx(
        r"\b(?:rijdt|reed|ramt)\b.{0,30}\b(?:door|in) (?:de )?(?:menigte|terras|publiek|mensenmassa)\b", r"\bdwars door (?:de )?(?:mensen|menigte|markt)\b", r"\binto (?:the )?(?:crowd|terrace)\b",
        r"\b(?:went off|exploded|afgegaan|ontploft) in (?:\w+ ){0,3}hand\b", r"\bin (?:zijn|haar|zn|z'n) hand (?:afgegaan|ontploft)\b",
        r"\b(?:hijskraan|bouwkraan|steiger)\b (?:is )?(?:omgevallen|ingestort|neergestort)\b.{0,60}\b(?:zaten|zat|stonden|mensen|mannen)\b",
        r"\b(?:vallen|vliegen) (?:er )?(?:stukken|brokken|dakpannen|dakplaten)\b.{0,60}\b(?:mensen|kinderen|iemand)\b",
        r"\b(?:man|iemand|persoon|dakloze)\b.{0,60}\bvuilniswagen\b.{0,30}\b(?:legen|leegt|pers\w*)\b",
        r"\bdak\b.{0,40}\b(?:waait|waaide|vliegt)\b.{0,80}\b(?:mensen|kinderen|iemand)\b",
        r"\b(?:ripping|blowing|tearing) (?:the )?roof off\b.{0,60}\b(?:people|kids|children|underneath)\b",
    )),
    ("geweld", _rx(
        r"\bbijt (?:hem|haar|in (?:zijn|haar|z'n|zn|mijn) (?:arm|been|gezicht|hand|nek))\b",
        r"\b(?:injectiespuit|naald|syringe|needle)\b.{0,40}\b(?:zwaai\w*|prikken|dreig\w*|waving|threaten\w*|infected)\b", r"\bwaving a (?:syringe|needle)\b",
        r"\b(?:zwaai\w*|dreig\w*)\b.{0,30}\binjectiespuit\w*\b",
        r"\b(?:iemand|hij|ze|een (?:man|jongen|vrouw)) (?:is )?(?:net )?geprikt\b",
        r"\bslaat (?:haar|hem|me|mij) in (?:haar|zijn|mijn|m'n) gezicht\b", r"\b(?:haar|hem|me|mij) in (?:haar|zijn|mijn|m'n) gezicht (?:slaat|slaan|stompt|schopt)\b",
        r"\b(?:bosjes|struiken|steeg) in (?:te )?(?:trekken|sleuren)\b", r"\bforced (?:a|the) (?:woman|man|girl|boy|child|kid) into (?:a|the) (?:van|car)\b",
        r"\b(?:zit|zitten|ben) verstopt\b.{0,60}\b(?:mannen|inbrekers|binnengekomen)\b",
    )),
    ("suicide", _rx(
        r"\btegen een (?:pijler|boom|muur|vrachtwagen) (?:aan )?(?:gaat|wil) rijden\b", r"\bcrash (?:the|his|her|my) car on purpose\b",
        r"\b(?:zichzelf|zich) (?:\w+ ){0,2}(?:op te hangen|ophangen|verhangen)\b",
    )),
    ("onwel", _rx(
        r"\badem(?:t)? (?:hij|ie|ze|zij|die) (?:niet|nauwelijks|amper|bijna niet)\b",
        r"\b(?:klap|gevallen|viel|bonk)\b.{0,40}\b(?:zegt|praat) (?:ze|hij|ie|zij) (?:niks|niets) meer\b", r"\blips (?:are |look |turning |going )?blue\b",
        r"\b(?:roep\w*|hoor)\b.{0,20}\bom hulp\b", r"\bom hulp (?:roepen|roept|hoor)\b",
        r"\bop de (?:grond|vloer)\b.{0,60}\b(?:al sinds|sinds vanochtend|sinds gisteren|al uren|al een uur|de hele nacht)\b",
        r"\b(?:kind\w*|baby|peuter|kleuter)\b.{0,60}\b(?:ramen dicht|in de (?:volle )?zon|hete auto|warme auto)\b",
    )),
    ("brand", _rx(
        r"\b(?:blew up|exploded)\b.{0,60}\b(?:smoke|fire|flames)\b", r"\b(?:smoke everywhere|overal rook|rook overal)\b",
        r"\bontploft\b.{0,60}\b(?:rook|vlammen|vuur)\b",
    )),
    ("huiselijk_geweld_nu", _rx(
        r"\b(?:schreeuw\w*|gil\w*|roep\w*)\b.{0,40}\b(?:laat (?:me|mij) los|let (?:me|go of me) go|let go of me)\b",
        r"\b(?:schreeuw\w*|gil\w*|geschreeuw|gegil)\b.{0,80}\b(?:dingen|spullen|glas|borden|servies) (?:\w+ )?(?:kapotvallen|kapotgaan|breken|sneuvelen|stukvallen)\b",
    )),
    ("onwel", _rx(
        r"\bzwak(?:jes)? (?:om hulp )?(?:roepen|roept|kreunen|kreunt|calling)\b",
    )),
    ("ongeval", _rx(
        r"\b(?:auto|bus|scooter|vrachtwagen|bestelbus|busje|tram|brommer|car|van|truck)\b.{0,80}\b(?:net|zojuist|just)\b.{0,40}\b(?:geraakt|geschept|hit)\b",
        r"\b\w*(?:gracht|kanaal|singel|vaart|water|sloot) in (?:gerold|gereden|gegleden|gesprongen|gefietst|gelopen)\b",
        r"\b(?:gerold|gereden|gegleden) in (?:de|het) \w*(?:gracht|kanaal|singel|vaart|water|sloot)\b",
    )),
    ("suicide", _rx(
        r"\bik maak er (?:\w+ ){0,2}een (?:einde|eind) aan\b", r"\bdit is mijn laatste (?:bericht|berichtje|appje)\b", r"\bthis is my last message\b",
    )),
    ("geweld", _rx(
        r"\b(?:wordt|word|worden) (?:\w+ ){0,4}vastgehouden\b(?! door (?:de )?(?:politie|beveiliging))", r"\b(?:being held|held against (?:her|his|my) will)\b",
    )),
    ("onwel", _rx(
        r"\b(?:liggen|ligt) (?:\w+ ){0,2}knock-?out\b",
    )),
    ("vallend_gevaar", _rx(
        r"\b(?:hijskraan|bouwkraan|steiger|crane|scaffold\w*)\b.{0,50}\b(?:scheef|kraakt|kantelt|helt over|leaning|tilting|creaking)\b.{0,100}\b(?:onder|eronder|onderdoor|underneath|below)\b",
        r"\b(?:dakgoot|dakrand|rand van het dak|balkonrand|gutter|ledge)\b.{0,80}\b(?:wankelt|wankel|zwaait|valt bijna|swaying|wobbl\w*)\b",
    )),
    ("suicide", _rx(
        r"\bnooit meer terug(?:zien|zie)\b", r"\bnever see me again\b",
    )),
    ("kind", _rx(
        r"\b(?:baby|zuigeling|kindje|babytje)\b.{0,50}\b(?:slap|grauw|blauw aan|lijkbleek)\b",
    )),
    ("onwel", _rx(
        r"\b(?:ligt|liggen)\b.{0,40}\b(?:die|en) (?:nog )?niet (?:meer )?opstaat\b",
    )),
    ("suicide", _rx(
        r"\b(?:pillen|tabletten|medicijnen|pills)\b.{0,60}\b(?:(?:neem|slik) ik ze allemaal|allemaal (?:innemen|inslikken|slikken)|take them all)\b",
    )),
    # told by what is seen and heard (independent urgency set k, Nov 26 (4))
    ("wapen", _rx(
        r"\b(?:knallen|knal|schoten)\b.{0,80}\b(?:mensen|iedereen|people|everyone) (?:\w+ )?(?:rennen|renden|rent|rende|vluchten|vlucht|vluchtte|running|ran|runs)\b",
        r"\b(?:knal\w*|geknal|schoten|bangs?)\b.{0,100}\b(?:echt |zeker |absoluut )?geen vuurwerk\b",
        r"\bsteekwond", r"\bstab wound",
    )),
    ("onwel", _rx(
        r"\b(?:gevallen|viel|klap|gestoten)\b.{0,60}\b(?:praat (?:\w+ ){0,3}(?:vreemd|raar|onduidelijk|verward|dubbel)|(?:is|lijkt) (?:\w+ )?(?:verward|gedesorienteerd))\b",
        r"\bbloedt? (?:heel |echt |zo )?(?:behoorlijk|flink|hard)\b",
        r"\b(?:chemisch\w*|giftig\w*|gif|ammoniak|chloor\w*|dampen|fumes|chemical)\b.{0,80}\b(?:over (?:te )?geven|overgeven|geven over|braken|kotsen|misselijk|duizelig|flauw\w*|benauwd|throwing up|vomiting|dizzy)\b",
        r"\b(?:duizelig|misselijk|hoofdpijn|koppijn|suf|slaperig)\b.{0,60}\b(?:duizelig|misselijk|hoofdpijn|koppijn|suf|slaperig|in slaap)\b.{0,120}\b(?:geiser|cv|ketel|kachel|gele (?:\w+ )?vlam)\b",
    )),
    ("ongeval", _rx(
        r"\b(?:zit|zitten|zat) (?:\w+ ){0,4}vast\b.{0,60}\bwater (?:komt|stroomt|loopt|staat|stijgt) (?:\w+ ){0,2}(?:binnen|hoger)\b",
        r"\bwater (?:komt|stroomt) (?:nu )?(?:\w+ )?binnen\b.{0,60}\b(?:zit|zitten) (?:\w+ ){0,4}vast\b",
        r"\b(?:dement\w*|verward\w*|nachthemd|nachtjapon|pyjama|peuter|kleuter|toddler)\b.{0,80}\b(?:midden (?:op|over) (?:de )?(?:\w*(?:weg|baan|straat|laan)|rotonde|kruising|kruispunt)|tussen (?:de )?(?:rijdende )?auto'?s|op de (?:snel|ring)weg|(?:razen|scheuren|flitsen|racen) (?:\w+ ){0,2}langs)\b",
    )),
    # Signs from the misses of urgency sets q and r (Nov 26 (5)), in general form: told by
    # what is seen, heard or smelled; English forms of Dutch signs the rules already had.
    ("ongeval", _rx(
        r"\b(?:paard|paarden|pony|koe|koeien|stier|horse|horses|cow|cows|bull)\b(?=.{0,40}\b(?:los\w*|ontsnapt|uitgebroken|loose|escaped|galop\w*|gallop\w*)\b.{0,60}\b(?:weg|snelweg|rijbaan|ringweg|auto'?s|verkeer|road|motorway|highway|traffic|cars)\b)",
        r"\b(?:gevallen|omgewaaid|omgevallen|gestort|fell|fallen|came down) (?:op|on) (?:een|de|die|mijn|onze|a|the|my) (?:auto|bus|busje|car|van)\b.{0,60}\b" + _PEOPLE_INSIDE + r"\b",
        r"\bop (?:een|de|die|mijn|onze) (?:auto|bus|busje)\b (?:\w+ )?(?:gevallen|omgewaaid|terechtgekomen|gestort)\b.{0,60}\b" + _PEOPLE_INSIDE + r"\b",
        r"\b(?:tankwagen|tanker|tankauto)\b.{0,40}\b(?:lekt|lekken|leaking|leaks|omgevallen|gekanteld|overturned)\b",
        r"\b(?:lekt|leaking|leaks) (?:\w+ ){0,3}uit (?:een |de )?(?:omgevallen |gekantelde )?(?:tankwagen|tankauto)\b",
        r"\b(?:lekt|lekken|leaking|leaks) (?:een|de|a|the) (?:\w+ )?(?:tankwagen|tanker|tankauto)\b",
    )),
    ("onwel", _rx(
        r"\b(?:chloor|ammoniak|chemicali\w*|chemisch\w*|giftig\w*|chlorine|ammonia|chemical\w*|fumes)\b.{0,80}\b(?:ogen (?:prikken|tranen|branden)|prikkende ogen|tranende ogen|eyes (?:sting|burn|water)\w*|stinging eyes|coughing|can'?t breathe)\b",
        r"\b(?:hear|hears|heard|can hear) (?:\w+ ){0,3}(?:moaning|groaning|whimpering|calling (?:out )?for help)\b.{0,80}\b(?:doesn'?t|does not|won'?t|can'?t|not) (?:open|answer|respond|get up)\b",
        r"\b(?:hoor|hoort|horen|hoorde) (?:\w+ ){0,3}(?:kreunen|kermen|jammeren)\b.{0,80}\b(?:doet|doen) (?:\w+ )?niet (?:open|op)\b",
    )),
    ("kind", _rx(
        r"\b(?:baby|babies|kind|kindje|kinderen|peuter|child|children|kid|kids|toddler)\b.{0,40}\bin (?:a|the|een|de) (?:locked|hot|closed|shut|afgesloten|dichte|hete|warme) (?:car|auto)\b",
        r"\b(?:hoogspanningskast|stroomkast|elektriciteitskast|transformatorhuisje|verdeelkast|high[- ]?voltage|electricity box|power box)\w*\b.{0,80}\b(?:kinderen|kind|kids|children|jongens|boys)\b.{0,40}\b(?:handen aan|aan (?:zitten|komen|te zitten)|spelen|klimmen|touching|playing|climbing)\b",
        r"\b(?:kinderen|kind|kids|children|jongens|boys)\b.{0,40}\b(?:spelen|klimmen|zitten|touching|playing|climbing)\b.{0,30}\b(?:hoogspanningskast|stroomkast|elektriciteitskast|transformatorhuisje|high[- ]?voltage|electricity box|power box)\w*",
    )),
    ("vallend_gevaar", _rx(
        r"\b(?:glasplaat|glasplaten|ruit|ruiten|gevelplaat|gevelplaten|gevelbekleding|dakplaat|dakplaten|paneel|panelen|reclamebord|glass (?:pane|panel)s?|window panes?|panels?|signs?)\b(?=.{0,40}\b(?:hangt los|los hangt|zwiept|zwaait|dreigt (?:te vallen|naar beneden)|hanging loose|swinging|about to fall)\b.{0,60}\b(?:boven|mensen|ingang|stoep|fietspad|above|people|entrance|pavement)\b)",
    )),
    ("dreiging", _rx(
        r"\b(?:zegt|roept|dreigt|schreeuwt|says|threatens|shouts|is shouting)\b (?:\w+ ){0,3}(?:dat )?(?:hij|ze|zij|die|he|she) (?:me|mij|ons|haar|hem|us|her|him) (?:vermoordt|gaat vermoorden|afmaakt|gaat afmaken|will kill|is going to kill|gonna kill)\b",
        r"(?:(?<=in her )|(?<=in his )|(?<=in my )|(?<=in our )|(?<=in their )|(?<=in haar )|(?<=in zijn )|(?<=in mijn )|(?<=in m'n )|(?<=in mn )|(?<=in onze )|(?<=in ons )|(?<=in hun ))"
        r"\b(?:living room|kitchen|woonkamer|keuken)\b(?=(?: right now| now| nu)?.{0,30}\b(?:won'?t (?:leave|go)|refuses to leave|wil niet (?:weg|vertrekken)|gaat niet weg|weigert (?:weg )?te gaan)\b)",
    )),
    ("onwel", _rx(
        r"\b(?:zuurstof\w*|oxygen)\b.{0,60}\b(?:bijna (?:leeg|op)|raakt op|is op|running out|almost (?:empty|gone|out))\b",
    )),
    ("ongeval", _rx(
        r"\b(?:gevallen|gestruikeld|fell|fallen)\b.{0,80}\b(?:(?:been|arm|enkel|heup|voet|leg|ankle|hip) (?:\w+ ){0,2}(?:verdraaid|raar gebogen|krom)|(?:wordt|werd|ziet|is|turning|looks) (?:\w+ )?(?:grauw|lijkbleek|grey|gray|ashen))\b",
        r"\b(?:boot|bootje|sloep|sloepje|kano|roeiboot|boat|canoe)\b.{0,30}\b(?:maakt water|zinkt|loopt vol|kapseist|omgeslagen|sinking|taking on water|capsized)\b",
    )),
    ("kind", _rx(
        r"\b(?:kind\w*|meisje\w*|jongetje\w*|kids|children|girl|boy)\b.{0,40}\b(?:mee te lokken|te lokken|lokt|lokken|lure|luring)\b",
        r"\b(?:lokt|lokken|lokte|lure|lures|luring)\b.{0,30}\b(?:kind\w*|meisje\w*|jongetje\w*|kids|children|girl|boy)\b",
    )),
    ("instorting", _rx(
        r"\b(?:naar beneden gekomen|ingestort|ingezakt|neergestort|collapsed|caved in|came down)\b.{0,60}\b(?:(?:liggen|ligt|zitten|zit) (?:er )?(?:nog )?(?:mensen|kinderen|iemand|een \w+) (?:onder|eronder)|(?:people|someone|kids|children) (?:are |is )?(?:still )?(?:under|underneath|trapped))\b",
    )),
    ("suicide", _rx(
        r"\b(?:alle|al mijn|al m'n|mijn) (?:pillen|tabletten|medicijnen|slaappillen)\b.{0,60}\b(?:neem|slik) (?:ik )?(?:ze )?(?:straks |zo |vanavond |nu )?(?:allemaal )?(?:in|door)\b",
    )),
    ("kind", _rx(
        r"\b" + _SWIMMING + r"\b.{0,60}\b" + _SHIP_COMING + r"\b",
        r"\b" + _SHIP_COMING + r"\b.{0,60}\b" + _SWIMMING + r"\b",
    )),
    ("inbraak_nu", _rx(
        r"\b(?:slaan|slaat|gooien|gooit|trappen|trapt)\b (?:\w+ ){0,2}(?:nu|op dit moment|net) (?:\w+ ){0,3}(?:ruiten|ruit|etalage|winkelruit|ramen)\w* (?:\w+ ){0,5}?(?:in|kapot)\b",
        r"\b(?:slaan|slaat|gooien|gooit|trappen|trapt)\b (?:\w+ ){0,3}(?:ruiten|ruit|etalage|winkelruit|ramen)\w* (?:\w+ ){0,4}?(?:in|kapot)\b.{0,60}\b(?:nog|mensen|personeel|iemand) (?:\w+ )?binnen\b",
    )),
    ("suicide", _rx(
        r"\bhangt\b(?:\W+\w+){0,4}?\W+(?:in (?:de|het|onze|zijn|haar) (?:schuur|zolder|kelder|trapgat)|op (?:de )?zolder|aan (?:een|het|de) (?:touw|balk|trap))\W*(?:$|[.,!?]|wat\b|help\b)",
    )),
    ("ongeval", _rx(
        r"\bover (?:een|iemand|die|de|haar|hem)(?: (?:oude |jonge )?(?:man|vrouw|kind|kindje|fietser|jongen|meisje|voetganger|dame|meneer))? (?:heen )?gereden\b",
        r"\b(?:ligt|zit|liggen) er (?:nog |half )?onder\b(?=\W*(?:$|[.,!?]))",
    )),
    ("kind", _rx(
        r"\b(?:peuter|kleuter|kindje|jongetje|meisje|kleintje|toddler|little (?:boy|girl))\b.{0,50}\b(?:alleen|eentje|alone)\b.{0,40}\b(?:berm|vluchtstrook|a\d+|n\d+|ringweg|verge|hard shoulder|motorway)\b",
        r"\b(?:kind|kindje|jongetje|meisje|peuter|zoon\w*|dochter\w*|broertje|zusje|kid|child|boy|girl|son|daughter)\b.{0,50}\b(?:papiercontainer|kledingcontainer|textielcontainer|glascontainer|plasticcontainer|restafvalcontainer|kliko|wasmachine|koelkast|vriezer|droger|wheelie bin|fridge|freezer)\b.{0,60}\b(?:komt er niet (?:meer )?uit|zit (?:er )?vast|kan er niet (?:meer )?uit|can'?t get out|stuck)\b",
    )),
    ("inbraak_nu", _rx(
        r"\b(?:trying|tries|forcing|prying|probeert|proberen|forceert|wrikt)\b.{0,40}\b(?:doors?|deuren|deur|locks?|sloten|portieren)\b.{0,20}\b(?:with a|met een) (?:screwdriver|crowbar|schroevendraaier|koevoet)\b",
    )),
    ("brand", _rx(
        r"\b(?:on fire|set (?:\w+ ){0,3}on fire|burning|flames)\b.{0,60}\b(?:it'?s |is |are )?spreading to\b",
        r"\b(?:vuur|brand|vlammen|het vuur)\b.{0,20}\b(?:gaat|gaan|slaat|slaan|kruipt|trekt) (?:\w+ )?(?:richting|over naar|naar (?:ons|de|het|onze))\b",
        r"\bbrandt\b.{0,60}\b(?:gasfles\w*|gastank\w*|gas bottles?|propaan\w*)\b",
    )),
    ("vallend_gevaar", _rx(
        r"\b(?:kraan|hijskraan|bouwkraan|crane|steiger|scaffold\w*)\b.{0,20}\b(?:kantelt|valt om|gaat om|helt over|tipping|toppling|is falling|falling over)\b",
        r"\b(?:kantelt|valt om|helt over)\b (?:\w+ )?(?:de |het |een )?(?:kraan|hijskraan|bouwkraan|steiger)\b",
    )),
    ("inbraak_nu", _rx(
        r"\b(?:trying|tries|checking|testing|pulling on) (?:\w+ ){0,2}car doors?\b(?=.{0,100}\b(?:now|right now)\b)",
        r"\b" + _TRYING_CAR_DOORS + r"\b.{0,60}\b(?:nu|net|op dit moment)\b",
        r"\b(?:nu|net|op dit moment)\b.{0,60}\b" + _TRYING_CAR_DOORS + r"\b",
    )),
]
# fmt: on


# Figurative or hypothetical contexts that cancel a trigger (checked around the match).
NEGATIONS = re.compile(
    r"\b(?:bijna(?! niet| geen| niks| niets| nooit| leeg| op\b)|wachten tot|voordat er|voor er|(?<!neem ze )(?<!slik ze )(?<!neem ik ze )straks(?! (?:neem|slik|spring) ik)|ooit|kan (?:er )?een|zou(?:den)? kunnen|gaat (?:er )?een|was ooit|vorig(?:e)? (?:jaar|week|maand)|jaren geleden"
    r"|before someone|until someone|waiting for|could|almost(?! empty| gone| out\b)|nearly(?! empty| gone| out\b)|last year|geen (?:brand|gas|mes)\w*|niet (?:in brand|bewusteloos)|brandnetel|brandgang|brandstof"
    r"|brandweerkazerne|brandkraan|brandtrap|brandmelder|brandhout|fire ?works?(?!.{0,100}\b(?:hit|injur|bleed|burn|hand|fingers))|(?<!geen )vuurwerk(?!.{0,100}\b(?:geraakt|gewond|bloed|verbrand|in (?:zijn|haar|z'n|zn|m'n|mijn) (?:gezicht|oog|ogen|hand)))(?!\w* (?:naar|op) (?:een|die|de|mensen|iemand|hem|haar)\b)|mesjes|keukenmessen|messen slijpen|wapenstilstand|brandgevaarlijk|brandgevaar"
    r"|wel (?:vermoorden|afmaken)|ooit misgaat|lekke banden|banden lek|kunnen zo|kan zo|zou zo|ooit brand|over een paar jaar|workshop|cursus|ehbo|brandveiligheid|dood- en doodmoe|doodmoe|verhaal (?:even )?kwijt"
    r"|vechtsport\w*|in zichzelf|tegen zichzelf|niet agressief"
    r"|(?:dit|het|de klus|het werk|zijn werk|de school|school|opleiding|studie|zin|zinnen|de rest) afmaken"
    r"|gun (?:hem|haar|ze|het|hun|jou|jullie|iedereen|die|dat)|(?:ik|we|wij|je) gun"
    r"|geen noodgeval|(?:not|isn'?t|is not) (?:an |a real )?emergency|no emergency|geen spoed|niet urgent|not urgent"
    r"|(?:don'?t|do not) think (?:it'?s|it is|this is) (?:an |a real )?emergency|(?:denk|geloof) (?:ik )?niet dat (?:het|dit) een noodgeval"
    r"|reageert (?:niet|nergens)(?: meer)? op (?:(?:mijn|m'n|mn|onze|de|het|zijn|haar) )?"
    r"(?:e-?mails?|mails?|berichten|brieven|appjes?|whatsapp|sms|telefoon|klachten|verzoek\w*|vragen)"
    r"|(?:ambulance|brandweer|hulpdiensten|vuilniswagen)\w* (?:zou|zouden|kan|kon|kunnen|konden) (?:er )?(?:nooit|niet|never) (?:door|langs|bij)"
    r"|\w*(?:straat|laan|weg|plein|gracht|kade|singel|dreef|hof|dijk|steeg|pad|bus|lijn|nummer|nr) 112|112 (?:bis|[a-h])"
    r"|trek het niet (?:meer )?(?:met|naast|van|door|bij)"
    r"|(?:ambulance|politie|brandweer)\w* (?:was|is|kwam|were|was) (?:er |al |there )*(?:snel|binnen|geweest|langs|quickly|within)"
    r"|vorige nacht|afgelopen nacht|opgenomen na|(?:herstel\w*|revalid\w*) (?:na|van)"
    r"|(?<!op de )(?<!op zijn )(?<!op haar )(?:auto|fiets|scooter|wagen|busje|motor|brommer)(?:tje|je)? (?:is |was )?(?:\w+ )?aangereden|geparkeerd stond|(?:id|id[- ]?kaart|paspoort|pasje|telefoon|fiets|sleutels?|portemonnee|knuffel|tas|jas)\b(?: \w+){0,4} kwijt(?:geraakt)?"
    r"|afgekeurd|is (?:nu )?afgesloten|(?:kan|kun|moet|can) (?:ik|je|jij|deze chatbot|de chatbot|jullie|you|this bot) (?:ook |also |altijd |zelf |dan |gewoon |always )*112 (?:bellen|call)"
    r"|als er (?:ooit )?iets (?:ernstigs|ergs|gebeurt)|niet dat ik|not that i|figuurlijk|figuratively|bij wijze van spreken|mes in (?:de|mijn|m'n|zijn|haar) rug"
    r"|(?:sta|staat|stond) (?:echt |bijna )?op ontploffen|chirp\w*|was gevallen|er (?:al|allang|alweer) uit"
    r"|ziet (?:het )?niet (?:meer )?zitten (?:met|van|om)|(?:de|een|die|hun|zijn|z\'n|the|a) bal\b(?! te\b)|doeltje|hoops|voetbal(?!club|vereniging|kantine|veld|stadion)\w*|basketbal\w*|keukenwinkel|bot was"
    r"|explosie (?:aan|van) onkruid|(?:ik )?las (?:net |zojuist |daarnet |vanochtend |gisteren )?(?:over|dat)|las (?:\w+ )?in (?:het ad|de krant|het nieuws)|read about|burgerhulpverlen\w*|oproepsysteem"
    r"|vonkt soms|sparks sometimes|(?<!dacht dat de )batterij(?!\w* (?:ingeslikt|doorgeslikt|opgegeten|ontplof\w*|explod\w*|in brand|vat vlam))|bel ik (?:dan )?112|112 of (?:de|het)|zonder gewonden|geen gewonden"
    r"|als er een noodgeval|de politie geweest|nu is het (?:weer )?rustig|kort gepiept|(?:politie|agent\w*|buren|iemand) (?:heeft|hebben) (?:hem|haar) (?:\w+ )?thuisgebracht|messen bij zich|vermoord(?:en|t)? (?:me|mij|ons) (?:\w+ ){0,3}(?:met (?:hun|die|dat|de|zijn|haar) (?:bas|muziek|herrie|lawaai|geluid|geboor|getimmer|geblaf)|(?:elke|iedere) (?:avond|dag|nacht))|(?:ambulance|politie|brandweer|hulpdiensten)\w*(?: en (?:de )?(?:ambulance|politie|brandweer)\w*)? (?:is|zijn) (?:al |allang |alweer |inmiddels )?(?:weg|vertrokken)(?!,? (?:maar|en) (?:nu|toen)\b)|slaat (?:de |het )?(?:stroom|zekering|groep|aardlek\w*|kachel|ketel|motor)|(?:een|1) (?:kort )?piepje|kort piepje|nl-?alert|(?:fixed|repaired|sealed) it\b|(?:ligt|lag) nog in het ziekenhuis|opgenomen in het ziekenhuis|(?:epi-?pen|adrenalinepen)\w* (?:\w+ ){0,4}(?:bewaren|meenemen|voorschrijven|kopen|vergoed\w*)|(?:bewaren|meenemen|voorschrijven|kopen) (?:\w+ ){0,2}(?:epi-?pen|adrenalinepen)|word je nog eens|(?:als|wanneer) (?:\w+ ){0,3}(?:ooit|een keer|eens) (?:niet|iets)|(?:politie|ambulance|brandweer)\w* (?:is|zijn) (?:al |toen |toen al )?gekomen|(?:het )?lijkt wel (?:of|alsof)|net niet (?:geschept|aangereden|geraakt|overreden|geschampt)|(?:smell|smoke|rook|geur|lucht)\w* (?:\w+ ){0,5}(?:is |komt )?(?:from|van) (?:a|an|the|een|de) (?:\w+ ){0,2}(?:fire|brand)\b|zodat (?:\w+ ){0,4}(?:112|de politie) (?:belt|bellen)|niemand (?:\w+ ){0,3}112 belt|mag ik (?:dan )?(?:gewoon )?(?:de|een) aed|weet (?:iemand|u|jij|je) wat er (?:aan de hand|gebeurd) (?:is|was)|wat er aan de hand (?:is|was)\b|(?:zie|zag) (?:verder )?(?:niks|niets) (?:geks|bijzonders|vreemds)|(?:er )?(?:hangen|steken|zitten) geen (?:losse )?draden|geen draden (?:uit|zichtbaar|bloot)|(?:under|onder) control\w*|(?:ambulance|politie|brandweer|hulpdiensten)\w* (?:is|zijn) er (?:al|nu|inmiddels)\b(?! niet)|wordt (?:goed |al )?geholpen|(?:in|op) (?:de |het )?(?:buurtapp|groepsapp|facebook\w*) (?:\w+ )?gelezen|gelezen (?:in|op) (?:de |het )?(?:buurtapp|groepsapp|facebook\w*)|(?:heb|heeft) (?:het )?zelf (?:niks|niets) gezien|(?:een|nieuwe|goede|extra) (?:koolmonoxide|co|rook)-?melder|het zekere voor het onzekere|(?:er is )?geen rook\b|piept elke (?:halve )?minuut|(?:met|in) (?:de|een) ambulance (?:\w+ ){0,2}opgehaald|(?:is|zijn) (?:nu )?(?:weer|alweer) thuis|liep (?:\w+ )?goed af|(?:is|was) (?:gelukkig )?goed afgelopen|(?:slaat|slaan|sloeg|smijt|smijten) (?:\w+ ){0,4}met (?:de )?deuren|deuren (?:dicht)?(?:slaan|knallen)|(?:netbeheerder|stedin|enexis|monteur|installateur|loodgieter)\w* (?:is|was|zijn|waren) (?:al |net )?(?:geweest|gekomen|langs geweest)|(?:lek|lekje) (?:\w+ ){0,4}(?:gedicht|gerepareerd)|(?:inbrekers?|daders?|dieven|ze) (?:zijn|is|waren|was) (?:al |allang |alweer |lang )?(?:vertrokken|weg|gevlucht)|(?:vond|gevonden|found) (?:\w+ ){0,3}(?:mes|messen|wapen|pistool|knife|gun)\b|(?:naar|bij) (?:het )?politiebureau gebracht|testknop|test ?button|ik sta (?:echt |bijna |zowat )?op instorten|een keer (?:kort )?gepiept|(?:piept|piepte) (?:\w+ ){0,2}een keer|(?:roept|zegt|dreigt|riep|zei|roepen|zeggen) (?:\w+ )?al (?:jaren|maanden|tijden)|\bin gestoken|nooit (?:iemand )?gewond\w*|(?:politie|ambulance|brandweer)\w* (?:was|is|kwam) (?:er )?(?:gelukkig |wel |heel )?snel (?:bij|ter plaatse)|stedin (?:is|staat|zijn|was) (?:er|al)|(?:hoort|hoorde) (?:er )?bij (?:tijdens |bij )?(?:het|de) (?:werk|werkzaamheden)|het erbij hoort|ambulance\w* (?:heeft|hebben) (?:\w+ ){0,4}meegenomen"
    r"|gerepareerd|hersteld|repaired|(?:kat|hond|konijn|duif|vogel|cavia|kip)\w* (?:is |werd )?(?:aangevallen|gebeten)"
    r"|hoofd ontploft|ontploft mijn hoofd|head (?:is )?(?:going to )?explod\w*|op (?:duiven|vogels|ratten|blikjes)"
    r"|a while ago|een tijdje geleden|ever|every time|elke keer als|emergency passport|noodpaspoort|nooddocument"
    r"|(?:als|if) (?:\w+ ){0,5}(?:weer|again|ooit)"
    r"|(?:landlord|verhuurder|corporatie|woningcorporatie|municipality|gemeente|company|bedrijf|helpdesk)\w* (?:isn'?t|is not|doesn'?t|does not|not|reageert niet|reageert nergens)"
    r"|for your help|voor (?:je|jullie|uw) hulp"
    r"|verdrinken in|drowning in|explosie (?:aan|van) kleur\w*|killing me|(?:politie|police) (?:is|was|were|came) (?:al |already )?(?:geweest|er snel bij|langs)"
    r"|(?:zaterdag|zondag|maandag|dinsdag|woensdag|donderdag|vrijdag|gisteren|gisteravond|gisternacht|eergisteren|vannacht|vanochtend|vanmorgen)\w* (?:was|is) er|last (?:weekend|saturday|sunday)|vorig weekend"
    r"|worried that one day|bang dat er ooit|one day a|fire ?pit|waterpistool|waterpistolen|water ?pistols?|(?<!dacht dat de )batterij (?:is )?leeg|(?<!button )battery(?! (?:explod\w*|caught|on fire|fire|blew))"
    r"|schoorsteen|houtkachel|open haard|(?:barbecue|bbq)(?![^.!?]{0,80}\b(?:spreading|slaat over|verspreidt|in brand (?:gevlogen|gegaan)|vlam gevat))|vuurkorf|chimney|wood ?(?:stove|burner)|ontplof\w* van|explod\w* with|inbox"
    r"|on fire today|haha|oud en nieuw|oudjaar|new year'?s eve|puin van|resten van|doorstroming"
    r"|aangereden (?:kat|hond|vos|egel|konijn|duif|ree|das|dier)|(?:kat|hond|vos|egel|konijn|duif|ree|das) (?:is )?aangereden"
    r"|" + _KNOCKED_OVER +
    r"|roestig\w*|mes gevonden|schietvereniging|schietbaan|schietclub|shooting (?:range|club)|niks op|niets op|opschieten"
    r"|ware explosie|explosie (?:aan|van) (?:kleur|muizen|ratten|bloemen|meldingen|berichten|ongedierte|reacties|groen)\w*"
    r"|krijg (?:nog |echt )?een (?:hartaanval|hartverzakking|beroerte|rolberoerte) van|(?:gives?|giving) me a heart attack"
    r"|(?:ambulance|brandweer|hulpdiensten)\w* (?:kan|kon|kunnen|konden) (?:er )?niet (?:door|langs|bij)|(?:kan|kon) (?:de|een) (?:ambulance|brandweer)\w* (?:er )?niet (?:eens |zelfs )?(?:door|langs|bij)"
    r"|(?:don'?t|do not|dont|doesn'?t) want (?:a |to )?(?:fight|trouble)|(?:wil|willen) (?:geen|niet) (?:ruzie|vechten|gevecht)"
    r"|before (?:this|it|that) (?:turns|gets|escalates)|voordat (?:het|dit) (?:uit de hand loopt|escaleert)"
    r"|(?:nitraat|cobra|rotje|vuurwerkbom|strijker)\w* onder (?:een|de|mijn|onze) auto"
    r"|vechten om|fighting over|overdosis aan|overdose of|iedereen meteen 112|zonder dat iedereen|ontplof\w* (?:bijna|zowat|haast|zo ongeveer)"
    r"|explosie van (?:gezelligheid|plezier|vreugde|energie|creativiteit|kleur\w*)|brand gestaan|on (?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)"
    r"|gewonde (?:egel|kat|hond|vogel|duif|eend|konijn|vos|ree|zwaan|meeuw|dier)|(?:egel|kat|vogel|duif|eend|konijn|vos|zwaan|meeuw)\w* (?:is )?gewond"
    r"|last (?:week|month|year)|not sparking|niet vonkt|no sparks|in de stress|in brand van (?:woede|enthousiasme|liefde|plezier|al )|hoofd staat in brand"
    r"|complimenten|compliments?|bloemen|kliko(?![^.!?]{0,40}\b(?:komt er niet|zit (?:er )?vast|kan er niet))|minicontainer|groene bak|grijze bak|niet geleegd|maden|alsof|as if"
    r"|lying dead|egel\w*|hedgehog|vos|fox|konijn|rabbit|duif|pigeon|eend|duck|zwaan|swan|meeuw|seagull|stray cat|kitten|puppy"
    r"|(?:phone|telefoon|laptop|computer|website|app|site|server) (?:is )?(?:dead|dood|not responding|reageert niet)"
    r"|one day|some day|op een dag|graffiti|sprayed|gespoten|bekladding|grill|(?<!in de )afzuig\w*(?! (?:staat|is|vliegt) (?:in brand|in de fik))"
    r"|(?:gisteravond|gisternacht|gisteren|vannacht|vanochtend|vanmiddag) (?:zijn|waren) er"
    r"|(?:sounds?|sounded|sounding|klinkt|klonk|klinken) (?:\w+ ){0,3}(?:like|als) (?:\w+ )?(?:gunshots?|shots|shooting|schoten|schieten|geschiet|geweerschoten|explosie|ontploffing|bom|knal|explosion|bomb)"
    r"|(?:buurtapp|groepsapp|whatsapp-?groep|appgroep|de app|internet|twitter|facebook|social media|tiktok) (?:staat|stond|ging) (?:weer |alweer |helemaal )*in de fik"
    r"|niet (?:gevochten|geslagen)|geen (?:geweld|klappen)|niks fysieks|nothing physical"
    r"|(?:bang|vrees|afraid|scared|worried) (?:dat|that) (?:er )?(?:\w+ ){0,3}(?:iemand|een kind|kinderen|someone|a child)|(?:bang|vrees|afraid|scared|worried) (?:dat|that) (?:\w+ ){0,5}(?:een keer|ooit|one day|someday)"
    r"|(?:bang|vrees|afraid|scared|worried) (?:dat|that) (?:er )?(?:\w+ ){0,3}(?:verdrinkt|valt|gewond|aangereden|iets gebeurt|ongeluk|drowns|gets hurt)"
    r"|112 of (?:0900|de politie)|0900[- ]?8844 of 112|112 (?:ook )?(?:appen|sms'?en|whatsappen|mailen|texten)"
    r"|(?:aflevering|serie|programma|documentaire|documentary|episode|tv-?show)\w* (?:\w+ ){0,3}112|non-?emergency"
    r"|welke? (?:\w+ )?(?:mes|messen|wapens?|knife|knives)\b|(?:mes|messen|knife|knives) (?:\w+ ){0,4}(?:mag|mogen|allowed)"
    r"|vecht\w* (?:\w+ )?(?:de hele dag|altijd|steeds|vaak|elke dag|constant|continu|de hele tijd)"
    r"|(?:ambulance|brandweer|politie)\w* (?:rijdt|rijden|komt|komen|racet|scheurt) (?:hier |er )?(?:\w+ )?(?:elke|iedere|vaak|altijd|steeds|de hele)"
    r"|(?:plastic|speelgoed|nep|toy|fake)(?:-| )?(?:pistool|pistooltjes?|pistolen|geweer|geweren|wapens?|guns?)\w*|politie en boef|cops and robbers"
    r"|geen lek\w*|geen gaslucht|gas\w* (?:laten )?(?:checken|controleren|nakijken|testen)|(?:is|was) (?:het )?veilig|ruik (?:ik )?(?:niks|niets)|i don'?t smell"
    r"|niet (?:door)?gebrand|(?:geprobeerd|tried) (?:\w+ ){0,5}(?:in de fik|in brand|to set fire)|(?:burnt|burned) out|zijn (?:helemaal )?(?:uit|af)gebrand"
    r"|(?:noodgeval|sos|emergency|spoed|dringend)\W+(?:\w+\W+){0,4}(?:grofvuil|afval|vuilnis|container\w*|kliko\w*|parkeer\w*|belasting\w*)"
    r"|(?:vannacht|gisteravond|gisternacht|gisteren|eergisteren|vanochtend|vanmorgen|zaterdag|zondag) (?:\w+ ){0,3}(?:was|waren|lag|lagen|stond|stonden|liep|liepen) er"
    r"|gerucht\w*|rumou?rs?|(?:zou|zouden) (?:\w+ )?rond ?lopen|niemand heeft (?:\w+ ){0,2}(?:zelf )?gezien|(?:gehoord|hoorde|horen) dat er"
    r"|112 (?:ook )?in het (?:engels|nederlands|\w+) bellen|(?:vissen|vis|eenden|vogels|dieren|water|planten)\w* (?:\w+ ){0,4}vergiftigd"
    r"|brandt (?:er )?geen|brandt niet|niet brandt|(?:het )?gaat (?:nu )?(?:alweer |weer )?(?:prima|goed|beter)|ambulance is (?:al |toen |toen al )?gekomen|ambulance (?:kwam|was er)"
    r"|(?:is|werd) (?:gisteren|gisteravond|gisternacht|eergisteren|vorige week) (?:\w+ ){0,3}(?:neergestoken|beroofd|overvallen|mishandeld|aangevallen|neergeschoten)"
    r"|(?:heeft|hebben) het (?:al )?(?:gemaakt|opgelost|gerepareerd|dichtgedraaid)|er was (?:gisteren|eergisteren|vorige week|vannacht) (?:een|ook)"
    r"|ongedeerd|unharmed|wanneer (?:bel|moet) (?:je|ik) (?:nou |nu )?112|(?:mag|kan|moet) (?:ik|je|men) (?:als \w+ )?112 bellen voor"
    r"|(?:koolmonoxide|co|rook)-?melders (?:vergoed\w*|kopen|aanschaffen|ophangen|installeren|subsidie\w*)|(?:vergoed\w*|subsidie\w*|kopen|aanschaffen) (?:\w+ ){0,3}(?:koolmonoxide|co|rook)-?melders|(?:om|te) (?:koolmonoxide|brand|co) te voorkomen|voorkomen van (?:koolmonoxide|brand)"
    r"|op rtv\w*|rtv utrecht|nu\.nl|in de krant|op tv|op televisie|op het journaal|(?:zegt|roept) (?:altijd|vaak) (?:dat|'|\x22|als)|lacht er (?:dan )?bij|krijg ik een (?:hartaanval|beroerte|hartverzakking)"
    r"|as (?:my|the) (?:kids|children) say|zoals (?:mijn|de) (?:kinderen|kids) (?:zeggen|het noemen)"
    r"|schiet\w* (?:\w+ ){0,2}(?:een vraag\w*|vraagje) af|schiet\w* (?:\w+ ){0,2}op de foto|schiet\w* (?:\w+ ){0,4}heen en weer|losse flodders|paintball\w*|lasergame\w*|airsoft"
    r"|gamet|gamen|gaming|fortnite|call of duty|(?:film|serie)ploeg|filmopname\w*|nepbloed|toneel\w*|actiefilm\w*|in een (?:serie|film)|in a (?:show|series|movie)|boek\w* over|book about"
    r"|om te stikken|wanneer (?:bel|moet) (?:je|ik|men) (?:\w+ ){0,2}112|als (?:ik|je|men) 112 bel\w*|112 (?:keer|x)\b|(?:leerden|geleerd|leren) (?:\w+ ){0,3}112"
    r"|hoe meld (?:ik|je) (?:\w+ ){0,4}(?:gaslucht|gaslek|brand)|how do i report (?:a )?(?:gas|fire)|niks aan de hand|nothing (?:is )?going on|nothing urgent|niets? dringends?"
    r"|stel (?:dat|je voor)|suppose|hoe herken (?:ik|je)|how do i recognise|een tijd geleden|(?:het )?is (?:nu )?voorbij|geraamte"
    r"|(?:meeuwen|duiven|katten|honden|kraaien|ganzen|ratten|eenden|vogels) (?:\w+ ){0,2}vecht\w*|vechtende (?:katten|honden|meeuwen|vogels)"
    r"|met (?:de|een) ambulance (?:\w+ ){0,2}(?:meegenomen|mee|naar het ziekenhuis|afgevoerd)|(?:kan|kunnen|zou|gaat|gaan) (?:\w+ ){0,4}\w*gewond raken|gaat (?:daar|hier|er) nog eens|(?:could|might) get hurt"
    r"|schrikkanon\w*|carbid\w*|dacht (?:ik|we) (?:\w+ )?dat er|(?:watched|keek|zag|gezien) (?:\w+ ){0,3}(?:documentary|documentaire|film|serie|programma|show)"
    r"|(?:suicide|zelfmoord) ?(?:preventie|prevention)|geen (?:\w+ ){0,2}gewond"
    r"|gevoel dat ik (?:\w+ ){0,3}(?:instort|instorten)|\bik (?:\w+ ){0,3}(?:kan|ga|zal) (?:\w+ ){0,2}instorten"
    r"|schiet\w* (?:\w+ ){0,4}(?:omhoog|uit de grond)|(?:onkruid|gras|planten|prijzen|huren)\w* (?:\w+ ){0,2}schiet\w*|als een bom|of (?:meteen |direct |gelijk )?112\b"
    r"|komt door (?:haar|zijn|de) (?:dementie|ziekte|alzheimer|medicijnen)|thuiszorg weet|(?:soms|vaak|altijd|elke nacht) ['\x22]?help"
    r"|weer (?:thuis|terug)|is (?:weer )?gevonden|found (?:him|her)|(?:he|she) is back|geen gedachten|no thoughts of|niet suïcidaal|niet suicidaal|not suicidal"
    r"|om te schieten|die (?:\w+ ){0,4}(?:zwaaide|dreigde|rondliep)\b|(?:van )?afgelopen (?:maandag|dinsdag|woensdag|donderdag|vrijdag|zaterdag|zondag|week|nacht|weekend)|is (?:\w+ )?(?:opgepakt|gearresteerd|aangehouden)|las ik|lees ik"
    r"|\w*serie waarin|\w*film waarin|politieserie|crime (?:show|series|drama)|911|pubquiz|quiz"
    r"|dakpan\w*|nog niet gevallen|(?:gisteren|vanochtend|vannacht|eerder) rook (?:ik|we)|nothing (?:has )?happened"
    r"|ging (?:gisteren|eergisteren|vorige week|vannacht) af|(?:alles )?is (?:nu )?(?:weer )?veilig|kan (?:die|dat|het|hij) (?:\w+ ){0,2}gaan|hoe kom ik aan"
    r"|heeft het (?:steeds |vaak |altijd )?over|verkeerde kringen|hoe lang duurt het|gemiddeld|aanrijtijd\w*|how long does it take"
    r"|ik ontplof\w*|ontplof ik|lol"
    r"|when (?:should|do|can) (?:i|you|we) call 112|emergency (?:department|room|ward|number|services?)|spoedeisende hulp"
    r"|als ik (?:zeg|zou zeggen|typ|type|schrijf) dat|if i (?:say|said|type|write|told you)\b|bel (?:jij|jullie|u) (?:dan )?(?:ook |zelf )?112"
    r"|verschil tussen (?:112|0900)|difference between (?:112|0900)|112 (?:en|or|of) 0900|is dat (?:dan )?(?:gewoon |ook |meteen )?112|apart (?:nood)?nummer|noodnummer (?:voor|als|bij)|als (?:je|u|men) (?:\w+ ){0,4}vermoed\w*"
    r"|nu gaat het (?:weer|alweer|beter|goed)|(?:huisarts|dokter|arts) (?:is|was) (?:al |net )?(?:geweest|langs geweest|gekomen)|(?:had|hadden) (?:vannacht|gisteren|gisteravond|gisternacht|vanochtend|eergisteren|vorige week) (?:weer )?(?:een|zo'?n)"
    r"|keep (?:having to )?call\w*|(?:moet|moeten) (?:\w+ ){0,2}steeds (?:\w+ ){0,2}bellen|steeds (?:\w+ ){0,2}(?:moet|moeten) bellen|(?:moest|moesten) (?:\w+ ){0,3}(?:112|de ambulance|een ambulance|de politie|de brandweer) bellen"
    r"|bleek (?:het |er )?(?:een |om een )?(?:explosief|bom|vuurwerk\w*|granaat|knal\w*)|(?:was|were|got|been) taken (?:away |off )?(?:to (?:the )?hospital|by (?:an |the )?ambulance)|not (?:a |any )?(?:real )?(?:fire|smoke)\b|no (?:fire|smoke)\b|isn'?t (?:a )?fire"
    r"|(?:brandweer|politie|ambulance|112|the fire (?:brigade|service)|the police)\w* (?:\w+ )?(?:bellen|call) (?:of|or)|(?:bellen|call) (?:of|or) (?:jullie|you|de gemeente|the (?:council|municipality)|de wijkagent|0900)"
    r"|kwam (?:zelfs |ook |nog )?(?:een |de )?(?:ambulance|politie|brandweer)|thought i smelled|it'?s gone now|(?:should|do) i still report|what if|wat als er"
    r"|als er (?:een |de )?(?:ambulance|brandweer|politie|hulpdiensten)\w*|kan (?:die|hij|ze) er (?:\w+ )?niet (?:door|langs|bij)|calamiteitenroute|(?:weet|weten) (?:het|ervan) al\b"
    r"|moet(?:en)? er (?:eerst )?(?:\w+ ){0,3}(?:\w*gewond|dood|verongeluk\w*|gebeuren|vallen)|luchtalarm|air raid siren|(?:maandelijkse|monthly) (?:\w+ )?test|(?:of|or) (?:een |an )?(?:echt|real) (?:noodgeval|emergency)"
    r"|(?:is|was) (?:\w+ ){0,3}(?:vechtpartij|steekpartij|knokpartij|schietpartij|overval|ruzie) geweest"
    r"|(?:kinderen|jongeren|jongens|kids|tieners|teenagers) (?:\w+ )?(?:springen|jumping) (?:\w+ ){0,3}(?:van|vanaf|off) (?:de|het|een|the) (?:brug|kade|steiger|bridge|quay)|(?:vanmorgen|vanochtend) rook (?:het|ik|we)"
    r"|(?:het|dat|die|paniek|angst)\w* (?:me|mij|je|ons) (?:\w+ )?overval\w*"
    r"|niet nu (?:gebeurt|aan de hand|bezig)|(?:het )?gebeurt niet nu|not happening (?:right )?now|messen (?:\w+ )?(?:meenemen|mee nemen|meebrengen|dragen)|nemen (?:\w+ ){0,2}messen mee"
    r"|(?:had|hadden) (?:ik|we|wij|je) (?:\w+ ){0,2}112 (?:moeten )?(?:bellen|gebeld)|should i have called|(?:een|één|1) vonk en|one spark and|vragen om (?:een |moeilijkheden|problemen|ongelukken)|(?:asking|waiting) for (?:an accident|trouble|a disaster)"
    r"|\w*(?:explosies|knallen|rotjes|klappen) (?:\w+ ){0,5}(?:elke|iedere) (?:avond|nacht|dag)|(?:elke|iedere) (?:avond|nacht) (?:\w+ ){0,3}(?:explosies|knallen|klappen)"
    r"|(?:buurtapp|groepsapp|app|telefoon|inbox|mailbox|whatsapp\w*) (?:\w+ )?ontplof\w*|ontplof\w* (?:\w+ )?van (?:de )?(?:reacties|berichten|enthousiasme|appjes)|(?:ontslagen|thuis|terug|naar huis) (?:\w+ ){0,3}na (?:een|zijn|haar) (?:hartaanval|beroerte|operatie|val|ongeluk|herseninfarct)|uit het ziekenhuis (?:ontslagen|gekomen|thuis)"
    r"|achteraf|als paddenstoelen|reanimatiecursus|reanimatieles|reanimatietraining|ambulancepost|ambulancepersoneel|stratenmakers|112 (?:bellen|gebeld)? ?(?:heeft|had) (?:geen|niet)|hoe (?:ik|moet)|wanneer moet ik)\b"
)
# Negations that count anywhere earlier in the sentence of a match (up to 80 characters back,
# nlp.urgency.negated), not only within 40 characters: what they cancel is told further on.
SENTENCE_NEGATIONS = re.compile(
    r"\b(?:vorig(?:e)? (?:jaar|maand|zomer|winter|week)|(?:jaren|maanden|weken|(?:een|twee|drie|vier|vijf|zes|[2-9]|1\d|paar|aantal|enkele) (?:jaar|maanden?|weken?)) geleden"
    r"|(?:wespennest|wespen|wesp|bijennest|bijen|hommels?|muggen|mug|kwallen|kwal)\b(?=[^.!?]{0,100}\bgestoken\b)(?![^.!?]{0,160}\b(?:zwel\w*|opgezwollen|dik|benauwd|geen lucht|ademt|ademen|allergi\w*|flauw\w*|piept))"
    r"|(?:ik )?las (?:net |zojuist |daarnet |vanochtend |gisteren )?(?:over|dat)|(?:was|waren) (?:gisteren|gisteravond|eergisteren|vorige week|vorig weekend)\b|(?:roept|zegt|dreigt|riep|zei|roepen|zeggen|dreigen) (?:\w+ )?al (?:jaren|maanden|tijden)|last (?:year|month|summer|winter|night)|yesterday|the other (?:day|night)|(?:years|months|weeks|(?:a|two|three|four|five|six|[2-9]|1\d|few|couple of) (?:years?|months?|weeks?)) ago"
    r"|(?:in|op) (?:de |het )?(?:buurtapp|groepsapp|facebook\w*) (?:\w+ )?gelezen|mag ik (?:dan )?(?:gewoon )?(?:de|een) aed"
    r"|(?:gisteravond|gisteren|gisternacht|afgelopen nacht|vorige week|vorig weekend|eergisteren|vannacht (?:weer|alweer)) (?:\w+ ){0,3}(?:een )?(?:\w+ )?(?:vechtpartij|knokpartij|steekpartij|schietpartij|overval)"
    r"|(?:laatst|gisteren|gisteravond|eergisteren|vorige week) (?:zag|hoorde|had|was|rook) (?:ik|we|wij|er|hij|ze)"
    r"|in de (?:buurtapp|groepsapp|wijkapp) (?:gaat|ging) het (?:verhaal )?rond|(?:het|een) gerucht (?:gaat|ging)|er gaat een gerucht|wat (?:ze|hij|zij) (?:\w+ )?moet doen als"
    r"|wat (?:moet|moeten) (?:ik|je|we|men) eigenlijk doen als|wat doe je (?:eigenlijk )?als|(?:eergisteren|gisteren|gisteravond|gisternacht|vannacht|vorige week|vorig weekend) (?:\w+ ){0,10}(?:in brand gestoken|in de fik gestoken|in brand gezet|afgebrand|uitgebrand)"
    r"|gamet|gamen|gaming|paintball\w*|lasergame\w*|airsoft|fortnite|call of duty|(?:gisteren|eergisteren|vorige week|vorig weekend) (?:was|waren) (?:mijn|onze|de|zijn|haar|m'n|mn|ons)\b"
    r"|(?:weken|maanden|jaren|(?:een|twee|drie|vier|paar|aantal|enkele) (?:dagen|weken|maanden|jaar)) terug|(?:gisteren|eergisteren|vorige week) is er (?:een|iemand)"
    r"|(?:eergisteren|gisteren|gisteravond|gisternacht|vorige week|vorig weekend) (?:\w+ ){0,6}(?:werd|werden|is|was|zijn|waren) (?:\w+ ){0,8}(?:onwel|niet goed|ziek|beroofd|overvallen|mishandeld|bedreigd|aangevallen|neergestoken|aangereden|in het water gevallen|te water geraakt)|" + _KNOCKED_OVER +
    r"|(?:fiets|wrak|auto|bankje|bushokje|abri|brievenbus|hek|scooter|prullenbak|lantaarnpaal|container)\w*(?:[ ,]+\w+){0,6} in elkaar (?:getrapt|geslagen|gebeukt))\b"
)
ACUTE_NOISE = re.compile(
    r"\b(?:feest|house ?party|muziek|herrie|lawaai|party|music|noise|bassen|dreunen|geschreeuw|schreeuwen)\b"
)
ACUTE_NOW = re.compile(
    r"\b(?:nu|nog steeds|al uren|op dit moment|right now|still|vannacht|midden in de nacht|'s nachts|s nachts|at night|"
    r"(?:[0-4]|twee|drie|vier|een) (?:uur|u) ?(?:'s nachts|s nachts|in de nacht|am)?|[0-4]:[0-5]\d|[1-4] ?am)\b"
)
ACUTE_BURGLARY = re.compile(
    r"\b(?:ingebroken|inbraak|opengebroken|burgled|burglary|break-?in|broken into|fiets gestolen|auto opengebroken|gestolen uit)\b"
)


# Lemmas of inflected forms that signal danger on their own (checked only on words whose
# lemma differs from the written form, so "overvielen" is caught as "overvallen").
LEMMA_TRIGGERS = re.compile(
    r"\b(?:vechten|mishandelen|neersteken|neerschieten|verkrachten|ontvoeren|verdrinken|ontploffen|"
    r"instorten|reanimeren|flauwvallen|wurgen|gijzelen|overvallen)\b"
)


# Words that are alarming on their own and long enough to recognise with one typo
# ("koolmonnoxide", "bewustelos"): people in distress type fast.
TYPO_TRIGGERS: dict[str, str] = {
    "bewusteloos": "onwel",
    "koolmonoxide": "onwel",
    "koolmonoxidemelder": "onwel",
    "reanimeren": "onwel",
    "reanimatie": "onwel",
    "overdosis": "onwel",
    "flauwgevallen": "onwel",
    "zelfmoord": "suicide",
    "aangereden": "ongeval",
    "zwaargewond": "ongeval",
    "steekpartij": "wapen",
    "schietpartij": "wapen",
    "neergestoken": "wapen",
    "vuurwapen": "wapen",
    "gaslucht": "gas",
    "gaslek": "gas",
    "ontploft": "vallend_gevaar",
    "ontploffing": "vallend_gevaar",
    "explosie": "vallend_gevaar",
    "verdrinkt": "kind",
    "mishandeld": "geweld",
    "vechtpartij": "geweld",
    "unconscious": "onwel",
    "suicide": "suicide",
    "stabbed": "wapen",
    "drowning": "kind",
}

# Frames that make a whole message about emergencies in general, not one happening: a course,
# what to do in case of, a smoke detector's battery.
FRAMES = re.compile(
    r"\b(?:cursus\w*|workshop\w*|(?<!tijdens de )(?<!na de )(?<!op de )(?<!bij de )training|ehbo[- ]?(?:les|cursus)\w*|wil leren|wat (?:je|te) (?:moet )?doen (?:bij|als)"
    r"|what to do (?:if|when|in case)|first aid (?:course|training)|(?<!dacht dat de )(?<!dachten dat de )batterij (?:is )?(?:bijna )?leeg|battery (?:is )?(?:low|dead|flat)"
    r"|wat moet (?:je|men) (?:\w+ )?doen (?:bij|als|wanneer)(?!.*\b(?:mijn|onze|m'n|mn) (?:man|vrouw|kind|zoon|dochter|moeder|vader|opa|oma|baby|buurman|buurvrouw|vriend|vriendin)\b.{0,40}\b(?:ligt|zit|reageert|ademt|krijg)\b)|what (?:should|do) you do (?:if|when)|if there'?s ever|just asking|hoe weet ik of"
    r"|how do i know (?:if|whether)|if i ever|als ik ooit|mocht ik ooit|(?:cpr|ehbo|reanimatie|first aid)\w* (?:or \w+ )?(?:course|cursus|training|les)"
    r"|want to be prepared|voorbereid zijn|open dag|(?:willen|wil) .{0,60}organiseren|(?:we'?d|we would) like to organi[sz]e"
    r"|gelukkig (?:\w+ ){0,2}niemand|niemand (?:is |was |raakte )?(?:ernstig )?gewond|nobody (?:seemed |was |got )?(?:hurt|injured)|no one (?:was |got )?(?:hurt|injured)"
    r"|was over quickly|al opgelost|ruik (?:ik )?(?:niks|niets) meer|wrak|smoke damage|rookschade|roetschade|who pays|wie betaalt"
    r"|ligt nu in het ziekenhuis|is (?:nu )?in het ziekenhuis|heard (?:that )?(?:someone|somebody|there) (?:got|was|were|had)|hoorde dat er .{0,30}(?:was|geweest)"
    r"|ambulance (?:is geweest en |is gekomen en |kwam en )?heeft (?:hem|haar) (?:meegenomen|opgehaald)|(?:ik )?(?:zag|las|hoorde) (?:\w+ )?(?:op|in) (?:het nieuws|de krant|het journaal|nu\.nl|rtv \w+)|ambulance took (?:him|her)|bleek (?:het )?(?:vuurwerk|loos alarm|niks|niets)"
    r"|(?:er is )?nog (?:niks|niets) gebeurd|teruggebracht|(?:is|zijn) (?:weer |inmiddels )?(?:gevonden|terecht)|(?:was|waren) (?:gisteren|eergisteren|vorige week) (?:\w+ )?(?:zoek|weg|vermist|kwijt)"
    r"|(?:las|lees|zag) ik (?:\w+ )?(?:in|op) (?:de krant|het nieuws|nu\.nl|rtv\w*)|according to the news|(?<!niet )als grap|(?<!not )as a joke|lachte erbij|lachend|zwart geraamte|verkoold|uitgebrand|put (?:it )?out|extinguished"
    r"|(?:noodgeval|sos|emergency|help)\W+(?:\w+\W+){0,14}(?:containerpas|afvalpas|pasje|id[- ]?kaart|paspoort|passport|rijbewijs|wifi|internet|wachtwoord|digid|verhuizing|huurtoeslag|formulier|laptop|flight|vlucht|wc|toilet|afvoer|verstopt|verstopping|riool|verwarming|cv-?ketel)"
    r"|(?:containerpas|afvalpas|id[- ]?kaart|paspoort|passport|rijbewijs|wachtwoord|digid|huurtoeslag|formulier|laptop|inloggen)\b(?:\W+\w+){0,6}\W+(?:help!+|sos|noodgeval|emergency)"
    r"|turned out to be|vals alarm|false alarm|grapje|geintje|just kidding|everyone got out|iedereen is (?:eruit|veilig)|(?:he|she)'?s ok(?:ay)? now|(?:politie|police) (?:heeft|hebben) (?:hem|haar|ze) (?:\w+ )?(?:meegenomen|opgepakt|gearresteerd|afgevoerd)|police took (?:him|her|them)|(?<!says )(?<!say )(?<!think )(?:he|she)'?s (?:doing )?(?:fine|alright|better)(?!,? but)|(?:he|she)'?s doing (?:ok|okay|well)(?!,? but)"
    r"|ruled out|uitgesloten|read online|las online|stond in (?:de krant|het ad)|in het ad stond|on the news|in het nieuws|should (?:i|we) be worried|is (?:that|this|it) true\b|heard on (?:the |a )?(?:\w+ )?(?:whatsapp|app|facebook|group chat|news)"
    r"|nee serieus|no seriously|it'?s (?:all )?over(?=\s*(?:[.,!?;:)]|$)|\s+(?:now|and|but)\b)|police came|politie kwam|maar even serieus|but seriously|geblust"
    r"|brandweer (?:was|is) er snel bij|(?:came|kwam) (?:and|en) (?:fixed|repaired|maakte|repareerde)|all good|alles (?:is )?weer (?:goed|in orde|veilig)|alles is (?:weer )?in orde"
    r"|just curious|gewoon benieuwd|dit is (?:maar |gewoon )?een test\b|(?:heb|hebben) (?:er|het) (?:\w+ ){0,3}emmer water (?:\w+ ){0,2}gegooid(?![^.]{0,40}\b(?:maar|nog|weer)\b)|wil(?:de)? (?:het )?(?:gewoon |even |alleen )weten|uit nieuwsgierigheid|(?:never mind|laat maar)(?=\W*$)|(?:never mind|laat maar)\W+(?:\w+\W+){0,3}(?:opgelost|voorbij|over|fine|ok|oké|goed|sorted|gevonden|found|terecht)|(?:he|she) was just|ambulance is (?:alweer |al )?weg"
    r"|gelukkig alleen|only a scratch|schaafwond|is that allowed|mag dat(?: zomaar| wel| eigenlijk| wel eigenlijk)?\?"
    r"|was fixed|is (?:al )?opgelost|(?:is|was|werd) (?:net |this morning |vanochtend )?(?:met de ambulance )?(?:meegenomen|taken by ambulance)"
    r"|met de ambulance meegenomen|taken by ambulance|(?:piept|beeps?) (?:om|every) de minuut|vast de batterij|leren hoe je|learn how to"
    r"|sorry voor de melding|sorry for (?:the|my) (?:message|report|alarm)|las in de krant|read in the (?:paper|news)|klopt dat\?"
    r"|explosie van (?:troep|afval|rommel|zooi|vuil)"
    r"|klopt het dat|is het waar dat|is it (?:still )?safe|is het (?:nog )?veilig|fire safety|brandveilig\w*"
    r"|for future reference|nothing (?:is )?(?:going on|happening) (?:right )?now|er is nu (?:niks|niets) aan de hand|niet acuut|not acute|geen acuut gevaar|no immediate danger|hoeveel (?:\w+ ){0,4}per (?:jaar|maand|week)|how many (?:\w+ ){0,4}(?:per|a|each) year|werkstuk|spreekbeurt|school ?project|wanneer (?:we|ik|wij|ze) (?:weer )?terug (?:mogen|mag|kunnen|kan)"
    r"|(?:hij|zij|ze) is (?:nu )?(?:bij (?:mij|ons)|hier|thuis) (?:en )?(?:rustig|veilig)|(?:he|she)'?s (?:here|with me|with us|home) (?:now )?and (?:calm|safe)|weet (?:iemand|u|jij|je) wat (?:dat|het) was|vraag (?:me|mij|ik me) (?:\w+ )?achteraf af|in hindsight|(?:ik heb|we hebben|heb ik|hebben we|i took|we took) (?:hem|haar|him|her) (?:\w+ )?(?:thuisgebracht|naar huis gebracht|home)|weet (?:iemand|u|jij|je) wat er (?:daar |hier )?(?:is )?gebeurd|bleek (?:het |er )?(?:maar |gewoon |alleen )?(?:een |om een |uit (?:het|de|een) )?(?:ei|eitje|pan|toast|kaars|wierook|stoom|ballon|knalpijp|knalpot|uitlaat|riool|afvoer|put)\b|(?:stedin|netbeheerder|enexis)\w* (?:weet|weten) (?:het|ervan) al|weet (?:iemand|u|jij|je) hoe het (?:nu )?met (?:hem|haar|die|de) (?:\w+ )?(?:gaat|is)|hoe gaat het (?:nu )?met (?:hem|haar)|how is (?:he|she) doing|does anyone know how (?:he|she) is|is (?:that|this) (?:even |still )?safe|scenario\w*|hypothetisch\w*|hypothetical\w*|het valt (?:gelukkig )?(?:wel )?mee"
    r"|everyone is (?:fine|ok|okay|safe)|iedereen is (?:ok|oke|in orde|veilig)|fire brigade left|brandweer is (?:al |net |zojuist |alweer )?(?:weg|vertrokken)(?!,? (?:maar|en) (?:nu|er|het|toen)))\b"
)

# Past-tense markers: a loud party "vorige week" is not acute now.
PAST = re.compile(
    r"\b(?:vorige|vorig|gisteren|eergisteren|last (?:week|night|weekend)|yesterday)\b"
)


# Frequent words in residents' messages. Only a speed hint: the word gate of nlp/urgency.py
# prefers other literal pieces of a rule as its anchor (verdicts do not depend on this list).
COMMON_WORDS = frozenset(
    """
    a aan af al alleen als are auto binnen bij boven brug buiten buurman buurvrouw by can
    container dak de deur die dit door down een en er fiets flat for from gaat geen haar
    hangt heeft help hem her het hij his hoor huis iemand iets in into is kan kind kinderen
    komen komt langs liggen ligt m maken man me meer mensen met mij mijn moet my naar net
    niet nog not nu of off om on ons onder onze op open over raam straat t te the to uit
    up van veel voor vol vrouw water weer weg wil willen woning wordt worden you ze zie
    zijn zit zonder ik doet vanaf he she
    alleen buren dood feest gevallen hangen harde herrie hond hulp kwijt like loopt meer ligt komt
    maken mee midden niemand niks our people rijdt sloot someone staat stinkt tegen zitten
    muziek broken hebben heb had was were has have just every elke keer altijd ook hier daar
    ziet onder binnen niets with want valt praten doen auto car iemand fell oude oudere jongen meisje
    i that overal at this it echt allemaal helemaal trap
    wat hoor street na stoep liggen achter alles zorgen pavement muur stop here last antwoord bang road
    zelf staan weet tussen geven omhoog reageren vast everywhere laat out maak again
    dat bedankt
    """.split()  # noqa: SIM905
)
