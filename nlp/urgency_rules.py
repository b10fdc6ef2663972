"""Urgency rule tables (the logic lives in nlp/urgency.py).

All patterns run on the normalised text (lower case, no accents, see nlp.text.normalize).
Written for recall; figurative or hypothetical use is filtered by NEGATIONS.
"""

from __future__ import annotations

import re


def _rx(*parts: str) -> re.Pattern[str]:
    return re.compile("|".join(f"(?:{p})" for p in parts))


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
        r"\brook (?:komt|uit)\b", r"\bdikke rook\b", r"\bon fire\b", r"\bfire\b(?! ?works)",
        r"\bsmoke (?:coming|from|pouring)\b", r"\b(?:staat|staan) in brand\b", r"\bbrand!",
        r"\bbrandweer (?:moet|nodig|bellen|komen)",
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
        r"\bvecht(?:en|partij|pertij|ende)?\b", r"\bgevochten\b", r"\bvochten\b", r"\bknokpartij\b",
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
        r"\b(?:hij|zij|ze|man|vrouw|iemand|buurman|buurvrouw|kind|jongen|meisje|bestuurder|fietser|persoon|opa|oma|vader|moeder|baby)\b.{0,70}\breageert (?:nergens op|niet meer|niet)\b",
        r"\bonwel\b", r"\bin elkaar gezakt\b", r"\bhartaanval\b", r"\breanim", r"\bunconscious\b",
        r"\bnot breathing\b", r"\bcollapsed\b", r"\bheart attack\b",
        r"\bligt (?:al )?(?:bewegingloos|roerloos)\b", r"\bbloedt? (?:hevig|erg|veel)\b",
        r"\bbleeding\b", r"\bveel bloed\b", r"\bis gevallen en (?:kan|komt) niet", r"\bstuiptrekk",
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
        r"\b(?:hoor|horen|zie)\b.{0,60}\b(?:slaan|geslagen|klappen|gillen|gillt|gilt)\b.{0,40}\b(?:nu|hulp|help|politie|!)",
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
        r"\b112\b", r"\bnoodgeval\b", r"\bemergency\b", r"\bhelp!+", r"\bsos\b",
    )),
    ("onwel", _rx(
        r"\b(?:zegt|praat) (?:niks|niets)(?: meer)?\b", r"\b(?:roerloos|bewegingloos|levenloos)\b",
        r"\breageert (?:niet|nergens) (?:als|op|wanneer|toen)\b.{0,30}\b(?:roep|klop|aanspreek|schud|bel|praat)",
        r"\b(?:beweegt|bewoog) niet\b", r"\bniet (?:meer )?aanspreekbaar\b",
        r"\bkomt niet (?:meer )?bij\b", r"\bflauwgevallen\b", r"\bblauw aangelopen\b",
        r"\blippen (?:zijn )?blauw\b", r"\bkrijgt geen lucht\b", r"\bverslikt\b",
        r"\bgezicht hangt\b", r"\brare houding\b", r"\bin een plas bloed\b", r"\bnot moving\b",
        r"\b(?:isn't|is not|not) responding\b", r"\bunresponsive\b", r"\bcan't breathe\b",
        r"\bkoolmonoxide", r"\bco-?melder\b", r"\brookmelder (?:gaat af|piept|loeit)",
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
        r"\bdraden liggen bloot\b", r"\bontplof", r"\bexplosie\b", r"\bexplo(?:sion|ded)\b",
        r"\bharde knal\b.{0,50}\brook\b", r"\bvol (?:met )?rook\b", r"\brookwolk\b",
        r"\bfull of smoke\b", r"\bruikt (?:het )?verbrand\b",
        r"\buit (?:het|een) (?:open )?raam\b.{0,30}\b(?:hangt|hangen|klimt|vallen)",
        r"\b(?:hangt|hangen) uit (?:het|een) (?:open )?raam\b",
        r"\b(?:peuter|kleuter|kindje)\b.{0,30}\balleen (?:langs|op|over|bij) (?:de|het) .{0,15}(?:weg|straat|spoor|water)",
    )),
    ("ongeval", _rx(
        r"\bonder (?:een|de) (?:vrachtwagen|bus|auto|tram|trein) (?:gekomen|geraakt)\b",
        r"\b(?:aan|ge)?gereden\b.{0,30}\b(?:ligt|gewond|bloed)",
        r"\bonderuit\b.{0,60}\b(?:ligt|bloed|zegt)",
        r"\b(?:crashed|crash)\b.{0,40}\b(?:lying|not moving|hurt|bleeding)", r"\bfell down\b",
        r"\bis gevallen\b.{0,40}\b(?:ligt|bloed|praat|reageert)", r"\bzwaargewond\b",
    )),
]
# fmt: on


# Figurative or hypothetical contexts that cancel a trigger (checked around the match).
NEGATIONS = re.compile(
    r"\b(?:bijna|wachten tot|voordat er|voor er|straks|ooit|kan (?:er )?een|zou(?:den)? kunnen|gaat (?:er )?een|was ooit|vorig(?:e)? (?:jaar|week|maand)|jaren geleden"
    r"|before someone|until someone|waiting for|could|almost|nearly|last year|geen (?:brand|gas|mes)|niet (?:in brand|bewusteloos)|brandnetel|brandgang|brandstof"
    r"|brandweerkazerne|brandkraan|brandtrap|brandmelder|brandhout|fire ?works?|vuurwerk|mesjes|keukenmes|messen slijpen|wapenstilstand|brandgevaarlijk|brandgevaar"
    r"|wel (?:vermoorden|afmaken)|ooit misgaat|lekke banden|banden lek|kunnen zo|kan zo|zou zo|ooit brand|over een paar jaar|workshop|cursus|ehbo|brandveiligheid|dood- en doodmoe|doodmoe"
    r"|for your help|voor (?:je|jullie|uw) hulp"
    r"|ambulancepost|ambulancepersoneel|stratenmakers|112 (?:bellen|gebeld)? ?(?:heeft|had) (?:geen|niet)|hoe (?:ik|moet)|wanneer moet ik)\b"
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
    zijn zit zonder
    """.split()  # noqa: SIM905
)
