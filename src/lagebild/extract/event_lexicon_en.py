"""English event triggers per event type, in the format of ``event_lexicon.TRIGGERS_DE``.

A trigger is a lower-cased lemma; a ``*`` suffix matches any word starting with it; a
``~`` prefix marks a context word that weighs half as much as a trigger ("troops" alone is
no deployment, "troops ... sent" is). ``REQUIRES_EN`` names context stems one of which must
be in the message for a weak trigger to count ("send" counts for DEPLOY_TROOPS only with
"troop"). The types and their order are the German table's (PLOVER-aligned).
"""

from __future__ import annotations

TRIGGERS_EN: dict[str, tuple[str, ...]] = {
    "DEPLOY_TROOPS": (
        "deploy", "deployment*", "redeploy*", "station", "stationing", "send", "dispatch",
        "arrive", "presence", "train", "~troop*", "~soldier*", "~unit", "~units",
        "~infantry*", "mobilize", "mobilise", "mobilization*", "mobilisation*", "reinforcement*",
    ),
    "SUPPLY_WEAPONS": (
        "supply", "deliver", "delivery", "deliveries", "shipment*", "~ammunition", "~weapon*",
        "~missile*", "~shell*", "~artillery", "arms", "~tank*",
    ),
    "SIGN_AGREEMENT": (
        "agreement*", "treaty", "treaties", "pact*", "accord", "deal", "sign", "signing",
        "memorandum*",
    ),
    "MEET": ("meet", "meeting*", "summit*", "visit*", "travel", "~talks", "negotiation*"),
    "FIGHT": ("fight", "fighting", "combat", "battle*", "clash*", "~front*", "offensive*", "war"),
    "ATTACK": (
        "attack*", "strike", "strikes", "shell", "shelling", "bomb", "bombing*", "bombard*",
        "airstrike*", "assault*", "raid*",
        "cyberattack*", "target",
        # violence against people (PLOVER ASSAULT): "detainees had been beaten by police"
        "beat", "beaten", "mistreat*", "maltreat*", "torture*", "violence",
    ),
    "THREATEN": ("threaten", "threat*", "ultimatum*"),
    "ACCUSE": (
        "accuse", "accusation*", "blame", "allege", "allegation*", "charge*", "provocation*",
    ),
    "SANCTION": ("sanction*", "embargo*", "tariff*", "blacklist*"),
    "PROTEST": ("protest*", "demonstrat*", "rally", "rallies", "walkout*"),
    "ARREST": ("arrest*", "detain*", "detention*", "custody", "jail*", "imprison*"),
    "CASUALTIES": (
        "dead", "die", "death*", "kill", "killed", "injure*", "injury", "injuries", "wound*",
        "hurt", "casualt*", "missing", "~victim*", "~toll", "body", "bodies", "fatalit*",
    ),
    "DISASTER": (
        "earthquake*", "flood*", "flooding", "storm*", "fire", "fires", "wildfire*", "landslide*",
        "mudslide*", "evacuate*", "evacuation*", "drought*", "avalanche*", "disaster*",
        "explosion*", "volcan*", "tsunami*", "heatwave*", "hurricane*", "typhoon*", "cyclone*",
        "collapse*", "~rain", "rainfall", "dam", "leave", "neighbourhood*",
        "homeless*", "displace*",
    ),
    "ECONOMIC_FIGURE": (
        "growth", "grow", "inflation*", "gdp", "revenue*", "profit*",
        "loss", "losses", "unemployment*", "jobless*", "economy", "economic", "~forecast*",
        "shrink", "contract", "contraction", "recession*", "~price*", "~export*", "~import*",
        "deficit*", "~budget*", "~debt*", "investment*", "~market*", "~index", "~share*",
        "~rise", "~rose", "~fall", "~fell", "decline", "~percent", "layoff*",
        "~order*", "~sales",
    ),
    "POLICY": (
        "~law", "~laws", "bill", "legislation*", "reform*", "decree*", "regulation*", "ban",
        "introduce", "~rate", "~rates", "benchmark", "monetary", "policy",
        "policies", "cut", "cuts", "~hike*", "~plan", "~budget", "moratorium*", "borrowing",
    ),
    "ELECTION": ("election*", "vote", "voting", "ballot*", "~poll*", "~candidate*", "campaign*"),
}  # fmt: skip

# Weak triggers count only if one of these stems is in the same message.
REQUIRES_EN: dict[str, tuple[str, ...]] = {
    "send": ("troop", "soldier", "unit", "force", "infantry"),
    "arrive": ("troop", "soldier", "unit", "force", "infantry"),
    "presence": ("troop", "soldier", "unit", "force", "infantry"),
    "train": ("troop", "soldier", "infantry", "unit"),
    "station": ("troop", "soldier", "missile", "weapon"),
    "supply": ("weapon", "ammunition", "missile", "shell", "tank", "arms", "drone", "military"),
    "deliver": ("weapon", "ammunition", "missile", "shell", "tank", "arms", "drone", "military"),
    "delivery": ("weapon", "ammunition", "missile", "shell", "tank", "arms", "drone", "military"),
    "deliveries": ("weapon", "ammunition", "missile", "shell", "tank", "arms", "drone", "military"),
    "sign": ("agreement", "treaty", "pact", "deal", "accord", "memorandum"),
    "deal": ("sign", "agree", "trade", "ceasefire"),
    "accord": ("sign", "agree", "peace"),
    "travel": ("discuss", "talks", "meet", "visit"),
    "meet": ("with ", "summit", "talks", "minister", "president", "leader", "delegation"),
    "war": ("fight", "combat", "participate", "join"),
    "target": ("strike", "attack", "drone", "missile", "shell"),
    "strike": ("drone", "missile", "air", "attack", "military", "damage"),
    "strikes": ("drone", "missile", "air", "attack", "military", "damage"),
    "fire": ("forest", "blaze", "burn", "firefighter", "flames"),
    "fires": ("forest", "blaze", "burn", "firefighter", "flames"),
    "leave": ("home", "house"),
    "neighbourhood*": ("water", "flood"),
    "borrowing": ("cost", "rate"),
    "dam": ("collapse", "burst", "breach", "flood"),
    "body": ("found", "recover", "dead"),
    "bodies": ("found", "recover", "dead"),
    "missing": ("dead", "died", "killed", "people", "person", "resident", "flood", "rescue"),
    "hurt": ("injur", "shrapnel", "attack", "blast", "employee", "people", "person"),
    "economy": ("grow", "grew", "shrink", "percent", "%", "recession", "strong", "weak"),
    "economic": ("grow", "grew", "shrink", "percent", "%", "recession"),
    "loss": ("profit", "revenue", "quarter", "company", "net", "dollar", "euro", "usd", "eur"),
    "losses": ("profit", "revenue", "quarter", "company", "net", "dollar", "euro", "usd", "eur"),
    "decline": ("percent", "%", "price", "sales", "output", "index"),
    "contract": ("economy", "gdp", "output", "percent", "%"),
    "price*": ("percent", "%", "rise", "rose", "fall", "fell", "higher", "lower", "inflation"),
    "index": ("percent", "%", "rose", "fell", "closing", "close"),
    "market*": ("percent", "%", "rose", "fell", "index", "stock", "changed"),
    "rate": ("interest", "central bank", "benchmark", "fed", "ecb", "cut", "hike", "percent"),
    "rates": ("interest", "central bank", "benchmark", "fed", "ecb", "cut", "hike", "lower"),
    "cut": ("rate", "tax", "interest", "spending", "budget", "job"),
    "cuts": ("rate", "tax", "interest", "spending", "budget", "job"),
    "policy": ("monetary", "interest", "rate", "central bank", "adjust", "fiscal"),
    "benchmark": ("rate", "interest"),
    "bill": ("parliament", "pass", "law", "vote", "congress", "senate", "lawmaker"),
    "ban": ("law", "government", "impose", "introduce", "export", "import"),
    "introduce": ("law", "tax", "tariff", "rule", "regulation", "ban"),
    "plan": ("law", "reform", "budget", "government"),
    "collapse*": ("dam", "building", "bridge", "mine", "house", "risk"),
    "rain": ("heavy", "flood", "millimetre", "fall", "torrential"),
    "vote": ("election", "parliament", "ballot", "poll", "voter"),
    "poll*": ("election", "vote", "voter", "candidate", "party"),
}

# Verbs of saying whose act is itself the event ("accused Moscow of ..." is an accusation).
CUE_EVENTS_EN: dict[str, str] = {
    "accuse": "ACCUSE", "blame": "ACCUSE", "allege": "ACCUSE",
    "threaten": "THREATEN",
}  # fmt: skip

# Prepositions before a place or state that receives the action (target) per event type.
TARGET_PREPS_EN: dict[str, frozenset[str]] = {
    "DEPLOY_TROOPS": frozenset({"to", "in", "into"}),
    "SUPPLY_WEAPONS": frozenset({"to", "for"}),
    "ATTACK": frozenset({"against", "on", "in", "at"}),
    "FIGHT": frozenset({"against"}),
    "THREATEN": frozenset({"against"}),
    "ACCUSE": frozenset({"against"}),
    "SANCTION": frozenset({"against", "on"}),
    "MEET": frozenset({"with", "in", "to"}),
    "SIGN_AGREEMENT": frozenset({"with"}),
}
