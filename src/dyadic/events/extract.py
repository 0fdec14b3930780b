"""Rule-based event extraction: lexicon triggers on the dependency parse, actors by role.

For every sentence the extractor proposes candidates. A candidate is a lexicon entry that fired
on a trigger token, with its source and target actors, modality, and the code after governors
("vowed to", "urged X to", "refused to") have been applied. The component then scores,
deduplicates and turns candidates into :class:`dyadic.model.Event` objects.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Callable, Collection, Iterator, Sequence
from dataclasses import dataclass, field, replace

from spacy.tokens import Doc, Span, Token

from dyadic.actors.coref import reporting_subject
from dyadic.actors.kb import country_named, get_kb
from dyadic.actors.mention import ActorMention, mentions_at
from dyadic.actors.resolve import REGIONS, STATE_SECTORS, is_state, of_many_countries
from dyadic.events.codes import quad_class
from dyadic.events.lexicon import Entry, Lexicon, Phrase, Slot
from dyadic.events.syntax import (
    FAILING_VERBS,
    MAKER_PREPS,
    MODIFIER_DEPS,
    NOUN_POS,
    OBJECT_CONTROL,
    PERMISSION_VERBS,
    RELATIVE_PRONOUNS,
    VERB_POS,
    agents,
    blocked_document,
    datives,
    direct_objects,
    governing_prep,
    has_mark,
    is_passive,
    lemma,
    made_by,
    modifier_lemmas,
    named_modifiers,
    noun_agents,
    noun_owners,
    owners,
    participles,
    particle_children,
    particles,
    partitive_whole,
    phone_call,
    possessors,
    prep_objects,
    stolen_subject,
    with_conjuncts,
)
from dyadic.model import Actor
from dyadic.nlp.fighting import fights_suffered

INTENT_AUX = frozenset({"will", "shall", "'ll", "wo"})
#: Nouns of imposing a measure, whose possessor imposes it ("Washington's reimposition of
#: sanctions on Iran").
IMPOSING_NOUNS = frozenset(
    {"imposition", "reimposition", "re-imposition", "introduction", "extension", "expansion",
     "tightening", "renewal"}
)  # fmt: skip

#: "will not", "won't", "would not" before a cooperative act: a refusal of it.
#: ... and "cannot accept", "can't allow": a present inability declared is a refusal too
REFUSAL_AUX = INTENT_AUX | {"would", "'d", "can", "ca"}
HYPOTHETICAL_AUX = frozenset({"could", "may", "might", "should"})
FUTURE_MODALITIES = frozenset({"intended", "hypothetical"})
#: Reporting verbs whose subject a clause's "it"/"they" refers to ("the union said they will").
REPORTING_LEMMAS = frozenset(
    {"say", "state", "announce", "add", "tell", "claim", "insist", "warn", "argue", "believe"}
)
#: Subjects that are forces of nature or accidents, not actors ("the storm hit the coast",
#: "floods killed 40 people", "locusts destroyed crops").
NATURAL_AGENTS = frozenset(
    {
        "storm",
        "flood",
        "flooding",
        "fire",
        "wildfire",
        "bushfire",
        "blaze",
        "earthquake",
        "quake",
        "typhoon",
        "hurricane",
        "cyclone",
        "tornado",
        "rain",
        "snow",
        "snowstorm",
        "avalanche",
        "landslide",
        "mudslide",
        "drought",
        "heatwave",
        "locust",
        "virus",
        "dengue",
        "cholera",
        "malaria",
        "ebola",
        "measles",
        "flu",
        "influenza",
        "disease",
        "pandemic",
        "epidemic",
        "outbreak",
        "monsoon",
        "tsunami",
        "eruption",
        "volcano",
        "accident",
        "collapse",
        "derailment",
        "stampede",
        "crash",
        "lightning",
        "wind",
        "wave",
        "heat",
        "cold",
        "frost",
        "hail",
        "smog",
        "pollution",
        "famine",
        "hunger",
        "malnutrition",
        "poisoning",
        "rainfall",
        "downpour",
        "deluge",
        "rainstorm",
        "blizzard",
        "cloudburst",
        "tremor",
        "aftershock",
        "sandstorm",
        "river",
    }
)
#: Sectors of actors with no political role of their own: businesses, civilians, schools,
#: hospitals, farmers. The dev gold codes their statements, demands, releases and violence, so
#: only their visits and hosting (04) and their diplomatic gestures (05: "the airline apologised
#: to passengers") need a political actor on one side (CODING.md:
#: non-political happenings are no events).
PRIVATE_SECTORS = frozenset({"BUS", "CVL", "EDU", "HLH", "AGR"})
PRIVATE_ROOTS = frozenset({"04", "05"})
#: Verb-preposition idioms that report no act ("weigh on growth" burdens it).
PREP_IDIOMS = frozenset({("weigh", "on"), ("weigh", "upon")})
#: A verb and object that say something happened or was used, no act on anyone ("take place",
#: "seized the opportunity").
IDIOMS = frozenset(
    {
        ("take", "place"),
        ("take", "shape"),
        ("take", "effect"),
        ("take", "hold"),
        ("take", "root"),
        ("seize", "opportunity"),
        ("seize", "chance"),
        ("seize", "moment"),
        ("seize", "initiative"),
        # "Georgia welcomed a record 7.1 million visitors": tourism, no diplomacy
        *(("welcome", guest) for guest in ("visitor", "tourist", "holidaymaker", "pilgrim")),
    }
)
PERSONAL_PRONOUNS = frozenset({"him", "her", "them", "us", "me", "you", "himself", "themselves"})
#: Nouns that count what their "of" phrase names ("swarms of locusts", "clouds of ash").
COLLECTIVE_NOUNS = frozenset({"swarm", "cloud", "plague", "horde"})
# "a bus carrying government employees": a vehicle is hit for those on board
VEHICLE_NOUNS = frozenset(
    {
        "bus",
        "minibus",
        "convoy",
        "car",
        "vehicle",
        "truck",
        "van",
        "boat",
        "ship",
        "vessel",
        "plane",
        "aircraft",
        "airliner",
        "helicopter",
        "train",
        "ferry",
        "ambulance",
        "motorcade",
    }
)
CARRYING_VERBS = frozenset({"carry", "transport", "ferry"})
#: Goods traded, whose destination or origin is whom a measure on them hits ("restrictions on
#: exports to South Korea"), and participles that say where goods come from ("cars imported
#: from China").
TRADE_NOUNS = frozenset({"export", "import", "shipment", "sale", "delivery", "supply"})
ORIGIN_VERBS = frozenset({"import", "make", "produce", "manufacture", "ship", "export", "source"})
#: Words that make a sentence about sport ("Argentina defeated France on penalties").
SPORTS_CUES = frozenset(
    {
        "championship",
        "tournament",
        "cup",
        "wicket",
        "wickets",
        "innings",
        "olympics",
        "medal",
        "clasico",
        "derby",
        "grand prix",
        "scoreline",
        "semifinal",
        "semi-final",
        "quarterfinal",
        "quarter-final",
        "playoff",
        "world cup",
        "goalkeeper",
        "midfielder",
        "test match",
        "twenty20",
        "t20",
        "rugby",
        "football",
        "soccer",
        "cricket",
        "tennis",
        "basketball",
        "baseball",
        "hockey",
        "formula one",
        "on penalties",
        "final whistle",
        "stoppage time",
        "straight sets",
        "grand slam",
        "ace",
        "aces",
        "batsman",
        "batsmen",
        "bowler",
        "touchdown",
        "hat-trick",
        "heavyweight",
        "middleweight",
        "welterweight",
        "lightweight",
        "split decision",
        "unanimous decision",
        "knockout",
        "title fight",
        "boxer",
        "marathon runner",
        "nba",
        "nfl",
        "fifa",
        "uefa",
        "wimbledon",
        "asian games",
        "commonwealth games",
        "olympic",
        "paralympics",
        "three-pointer",
        "three-pointers",
        "top order",
        "striker",
        "penalty shootout",
        "squash",
        "badminton",
        "golf",
        "golfer",
        "boxing",
        "volleyball",
        "handball",
        "snooker",
        "straight games",
    }
)
HYPHENATED = re.compile(r"\b\w+(?:-\w+)+\b")
#: A score next to its result ("a 112-104 win", "won 3-1", "beat the United States 2-0").
SCORE = re.compile(
    r"\b\d{1,3}[-–]\d{1,3} (win|victory|defeat|loss|draw|triumph)\b"
    r"|\b(won|lost|beat|defeated|drew|draw)( \w+)? \d{1,3}[-–]\d{1,3}\b"
    # "beat the United States 2-0" (one digit a side: "defeated the spending bill 52-48" is a vote)
    r"|\b(won|lost|beat|defeated|drew|thrashed|edged)( \w+){2,4} \d[-–]\d\b",
    re.IGNORECASE,
)
#: Verbs that report a sporting contest as if it were a fight.
CONTEST_VERBS = frozenset(
    {
        "beat",
        "defeat",
        "capture",
        "invade",
        "win",
        "clinch",
        "crush",
        "rout",
        "thrash",
        "hit",
        "strike",
        "attack",
        "overwhelm",
        "edge",
        "host",
        "shoot",
        "score",
        "claim",
        "down",
        "fight",
        "battle",
        "face",
        "meet",
        "play",
        "take",
        "fire",
        "bombard",
        "pound",
        "storm",
        "hammer",
        "blast",
        "stun",
        "sink",
        "eliminate",
        "knock",
    }
)
#: Governors that reach an event noun through the "of" phrase of their object ("agreed to an
#: expansion of the force"); code-changing ones do not ("rejected the offer of talks" has its
#: own entry).
OF_GOVERNORS = frozenset(
    {"intent", "offer", "hypothetical", "transparent", "light", "negate", "cease"}
)
#: Reporting verbs that claim one's own act ("claimed that they had attacked": 015).
CLAIM_LEMMAS = frozenset({"claim", "admit", "acknowledge", "confess"})
ADMISSION_LEMMAS = frozenset({"admit", "acknowledge", "confess"})
#: "said Israel must end the attacks": under a reporting verb, a demand on the clause's subject.
OBLIGATION_AUX = frozenset({"must", "should"})
#: Verbs of sending people away: in the passive, "from X" names who sends them.
EXPULSION_VERBS = frozenset({"expel", "deport", "evict", "eject", "oust", "banish", "exile"})
CONDITIONAL_MARKS = frozenset({"if", "unless", "whether"})
WHETHER = frozenset({"whether"})
SINCE = frozenset({"since"})
#: The mark of a clause of what happens meanwhile ("as Russia launched an attack").
AS_MARKS = frozenset({"as"})
#: Words that put a meeting in a timetable ("is scheduled to open", "is due to begin").
SCHEDULE_WORDS = frozenset({"schedule", "due", "set", "slate"})
#: What a timetabled meeting does: opens, meets, runs, takes place.
TIMETABLE_VERBS = frozenset(
    {"open", "begin", "start", "meet", "convene", "run", "take", "hold", "gather", "close", "end"}
)
#: Verbs of deliberating "whether to" act: the act is an option considered (014).
DELIBERATION_VERBS = frozenset(
    {"decide", "consider", "debate", "discuss", "weigh", "deliberate", "mull", "ponder",
     "study", "examine", "assess", "review"}
)  # fmt: skip
#: Marks of a clause that says what went on at the time of the main act ("as", "while").
WHILE_MARKS = frozenset({"as", "while", "when"})
#: "until" before a present tense is a condition still to be met ("will not lift the embargo
#: until China signs"); before a past tense it says when something stopped.
UNTIL_MARKS = frozenset({"until", "till"})
BACKGROUND_MARKS = frozenset({"after", "since", "following", "before", "once"})
BACKGROUND_PREPS = frozenset({"after", "following", "since", "over", "amid", "despite"})
#: Verbs whose participle says whom a complaint or case accuses ("a case accusing Israel").
ACCUSING_VERBS = frozenset({"accuse", "charge", "blame"})
#: Verbs of speaking whose participle, set off after a reported clause, is its reporter's act
#: ("said the EU should act, demanding ...", "said Russia shelled the port, accusing it of ...").
SPEECH_PARTICIPLES = frozenset(
    {"demand", "urge", "call", "warn", "accuse", "blame", "insist", "appeal", "ask", "condemn",
     "criticise", "criticize", "denounce", "praise", "welcome", "reject", "dismiss", "vow",
     "pledge", "promise", "threaten", "deny", "describe", "add", "stress", "say"}
)  # fmt: skip
#: Verbs that give someone time to act ("gave X one week to ...").
GIVING_VERBS = frozenset({"give", "grant"})
#: Participles that give the reason for the act they hang on ("expelled the diplomats, accusing
#: them of spying"): the act is the news.
REASON_PARTICIPLES = frozenset({"accuse", "blame", "cite", "charge"})
#: Verbs that name whom a fronted participle's words were addressed to ("Expressing sorrow, Modi
#: told Ardern ...").
ADDRESSING_VERBS = frozenset({"tell", "write", "assure", "inform", "telephone", "call"})
#: Participles of speaking to an audience ("addressing U.S. lawmakers", "speaking to reporters").
SPEAKING_TO_VERBS = frozenset({"address", "speak", "write", "brief"})
#: Roots of what one says of oneself to someone, aimed at whom one tells ("told China it was
#: sorry", "assured Kyiv it would send air defences").
ADDRESSED_ROOTS = frozenset({"01", "02", "03", "05", "10", "11", "12", "13"})
#: What is reserved when harm is held out ("reserved the right to use force").
RESERVED_NOUNS = frozenset({"right", "option"})
#: Sectors of unnamed attackers who strike at home ("a gunman", "attackers", "militants").
UNARMED_OR_IRREGULAR = frozenset({"REB", "CVL", "UAF", "CRM", "INS", "RAD"})
#: Armed groups that fight at home: a separatist or rebel with no country named is of the state
#: it fights.
HOME_FIGHTERS = frozenset({"SEP", "REB", "INS"})
#: Who acts only at home: whom they act on is of their own country when none is named.
HOME_SOURCES = frozenset({"COP", "JUD", "LEG", "OPP", "LAB", "CVL"})
#: Roots of acts a state does to its own people when no other country is named: inquiries,
#: arrests and bans.
DOMESTIC_ROOTS = frozenset({"09", "17"})
#: Roots of acts rebels do at home, to whom the sentence names by sector alone (kidnappings,
#: attacks: "FARC rebels kidnapped presidential candidate Ingrid Betancourt": COLELI).
INSURGENT_ROOTS = frozenset({"17", "18", "19", "20"})
INSURGENT_SECTORS = frozenset({"REB", "INS", "SEP"})
#: Nouns of those who stand in a relation to whom the possessive names, and so are not of it
#: ("Indonesia's donors said", "Kyiv's Western allies pledged").
PARTNER_NOUNS = frozenset(
    {"donor", "creditor", "lender", "ally", "neighbour", "neighbor", "critic", "enemy", "foe",
     "rival", "adversary", "backer", "sponsor", "patron", "partner"}
)  # fmt: skip
#: Sectors an actor with no country named may be of another country in.
ABROAD_SECTORS = frozenset({"IGO", "NGO", "MNC", "IMG", "UAF", "REF"})
#: Sectors of a named person no table knows who is taken to act at home (an activist, an
#: opposition figure, a unionist).
HOME_PEOPLE = frozenset({"CVL", "OPP", "LAB"})
#: Marks of a clause that tells how a passive blow fell ("was shot when a gunman opened fire").
WHEN_MARKS = frozenset({"when", "as", "after"})
#: Verbs of an attack whose doer is the one who wounded or killed ("opened fire", "attacked").
ATTACK_LEMMAS = frozenset(
    {"open", "attack", "shoot", "fire", "ambush", "strike", "storm", "bomb", "blow", "detonate",
     "stab", "hit", "raid", "shell", "explode"}
)  # fmt: skip
#: Participles that tell what an act set off ("prompting Maduro to break off relations").
CONSEQUENCE_PARTICIPLES = frozenset({"prompt", "force", "spark", "trigger", "lead", "cause"})
#: Words of a peacekeeping or monitoring mission among those ordered out (1661).
EXPELLED_MISSION_WORDS = frozenset({"peacekeeper", "peacekeeping", "mission", "blue", "monitor"})
#: Envoys whom time to leave the country expels.
ENVOY_NOUNS = frozenset({"ambassador", "diplomat", "envoy", "attache", "consul", "charge"})
ULTIMATUM_SECTORS = frozenset({"GOV", "MIL", "REB", "INS", "SEP", "LEG", "ELI", "COP", "SPY"})
#: Nouns of spans of time ("after weeks of protests").
TIME_SPANS = frozenset({"hour", "day", "week", "month", "year", "decade"})
#: Words that give time up to a moment ("gave the rebels until Friday to surrender").
UNTIL_WORDS = frozenset({"until", "till"})
#: Spans of time an ultimatum gives ("gave X one week to ...").
ULTIMATUM_SPANS = TIME_SPANS - {"year", "decade"}
#: Nouns that bundle acts of one kind: "a sanctions package", "an aid tranche".
BUNDLE_NOUNS = frozenset(
    {"package", "tranche", "batch", "raft", "round", "wave", "series", "spate",
     "range", "host", "slew", "array", "set", "number",
     # measures and shares of a thing ("13 tons of medicine", "94% of its weapons")
     "ton", "tonne", "shipment", "consignment", "cargo", "truckload", "planeload", "shipload",
     "quantity", "amount", "%", "percent",
     # containers of what is dropped or shipped ("two cylinders of chlorine gas")
     "cylinder", "canister", "barrel", "container", "crate"}
)  # fmt: skip
#: Verbs whose subject draws an act on itself: "drew criticism from X" (not "faces charges": a
#: charge pending, no act now).
DRAWING_VERBS = frozenset(
    {"draw", "prompt", "provoke", "spark", "trigger", "attract", "earn", "receive", "incur"}
)
#: Things a mobilisation is against when it is a protest ("against army rule").
PROTESTED_THINGS = frozenset(
    {"rule", "law", "policy", "reform", "bill", "government", "regime", "coup", "corruption"}
)
#: What a state makes that people protest against ("a bill", "the pension reform").
STATE_MEASURES = frozenset(
    {"bill", "law", "legislation", "plan", "reform", "policy", "decree", "measure", "budget",
     "tax", "hike", "amendment", "ban", "curfew", "overhaul", "austerity", "ruling", "verdict",
     "decision", "cut"}
)  # fmt: skip
#: Judgments among them, made by the courts.
JUDGMENT_NOUNS = frozenset({"ruling", "verdict"})
#: Protests and unrest a leader may yield to.
UNREST_NOUNS = frozenset({"protest", "demonstration", "unrest", "uprising", "rally", "revolt"})
#: People held in jail, who may protest from it.
PRISONER_NOUNS = frozenset({"prisoner", "detainee", "inmate", "captive"})
#: Where they are held.
JAIL_NOUNS = frozenset({"jail", "prison", "detention", "custody", "cell", "camp"})
#: Parts of the codes of international courts and tribunals.
COURT_CODES = ("ICC", "ICJ", "WCT", "JUD")
#: Verbs of handing a person over.
HANDING_VERBS = frozenset({"hand", "turn", "transfer", "surrender", "deliver"})
#: Verbs of paying what a court orders.
PAYING_VERBS = frozenset({"pay", "compensate"})
#: Verbs that move forces: passive, with no one named, the forces' own state moves them.
FORCE_MOVES = frozenset({"deploy", "send", "dispatch", "station", "move", "redeploy", "withdraw"})
#: Verbs of a charge, a punishment, blame, praise, reprisal or apology: the act they are "of",
#: "with" or "for" is in the past ("accused Rwanda of backing the rebels" reports the
#: accusation, not the backing; "praised Qatar for mediating"; "vowed to retaliate for the
#: missile attack").
CHARGE_VERBS = frozenset(
    {
        "accuse",
        "blame",
        "condemn",
        "criticize",
        "criticise",
        "denounce",
        "fault",
        "rebuke",
        "censure",
        "praise",
        "thank",
        "commend",
        "congratulate",
        "hail",
        "applaud",
        "convict",
        "charge",
        "indict",
        "sentence",
        "jail",
        "imprison",
        "prosecute",
        "try",
        "execute",
        "hang",
        "fine",
        "punish",
        "sanction",
        "retaliate",
        "avenge",
        "apologise",
        "apologize",
        "forgive",
        "pardon",
        "compensate",
        "reward",
        "honour",
        "honor",
        "suspect",
        "arrest",
        "detain",
    }
)
#: Roots whose act, with no addressee named, is aimed at the country or place it happens in
#: ("lay down arms in Colombia", "a ceasefire in Hodeidah", "aid to fight Ebola in West Africa",
#: "extend the curfew in Maungtaw district"): the place is the target.
#: Inquiries, and the verbs of inquiring: what they look into happened before.
INQUIRY_WORDS = frozenset(
    {"investigation", "probe", "inquiry", "enquiry", "investigate", "examine", "review"}
)
#: Roots whose reciprocal acts make the sides partners ("met", "signed a deal", "trained").
PARTNER_ROOTS = frozenset({"04", "05", "06"})
PLACE_TARGET_ROOTS = frozenset({"02", "03", "05", "07", "08", "15", "16", "17"})
#: Verbs of a purpose clause whose object is the one the act is for ("sent troops to help X").
BENEFIT_VERBS = frozenset(
    {"help", "assist", "support", "aid", "protect", "defend", "back", "reinforce", "relieve",
     "bolster", "train", "rescue", "rebuild", "reconstruct", "stabilise", "stabilize"}
)  # fmt: skip
#: Verbs (and nouns, "in protest against") of a purpose whose object a protest is against.
PROTEST_PURPOSES = frozenset(
    {"protest", "oppose", "opposition", "denounce", "condemn", "decry", "challenge", "resist",
     # whom a protest presses is its addressee ("a shutdown called to press the government")
     "press", "pressure", "pressurise", "pressurize", "force", "urge", "push"}
)  # fmt: skip
#: Roots of acts whose beneficiary or adversary a purpose clause can name, with its verbs.
PURPOSE_VERBS = {
    **dict.fromkeys(("03", "05", "06", "07", "15"), BENEFIT_VERBS),
    "14": PROTEST_PURPOSES,
}
#: Verbs of sending or arriving, with the prepositions that name where to.
_SENT_TO = frozenset({"to", "into"})
_ARRIVED_IN = frozenset({"in", "at"})
DESTINATION_VERBS = {
    **dict.fromkeys(("send", "dispatch", "despatch", "deploy", "fly", "rush"), _SENT_TO),
    **dict.fromkeys(("arrive", "land"), _ARRIVED_IN),
}
#: Verbs of a trip whose "for" phrase is the traveller's own act ("landed in Alaska for a summit
#: with Trump", "flew to Cairo for talks").
#: Nouns of a journey through several places, which a region's adjective names the way of.
TOUR_NOUNS = frozenset({"tour", "trip", "journey", "swing"})
TRIP_VERBS = frozenset({"arrive", "land", "fly", "travel", "head", "go", "come", "jet", "return"})
#: What a trip may be made to do with someone ("flew to Brussels to meet X").
MEETING_VERBS = frozenset({"meet", "see", "talk", "negotiate", "confer"})
#: Roots of comments, worries and hopes whose target can be an actor inside their topic.
TOPIC_TARGET_ROOTS = frozenset({"01", "09"})
#: Prepositions on an inquiry that say what it looks into ("into killings during X's war").
INQUIRY_PREPS = frozenset({"into", "of", "during", "over", "about"})
#: Roots (and codes) whose target named as a thing somewhere ("struck a target in Gaza",
#: "claimed the attack in Kandahar") is that place's country.
WITH = frozenset({"with"})
#: Participles that give a measure's size ("tariffs totalling 80.5 percent on barley").
AMOUNT_VERBS = frozenset({"total", "amount", "worth", "reach", "range"})
#: Nouns of fighters: many of them killed is fighting, not a mass killing.
COMBATANT_NOUNS = frozenset(
    {"soldier", "troop", "fighter", "militant", "rebel", "insurgent", "gunman", "combatant",
     "guerrilla", "jihadist", "terrorist", "militiaman", "policeman", "officer", "personnel",
     "serviceman", "marine", "sailor", "commando"}
)  # fmt: skip
#: Nouns that count people ("dozens of civilians").
COUNT_NOUNS = frozenset({"dozen", "hundred", "thousand", "score"})
#: Verbs of talking something over, whose object is a topic ("discussed the war in Syria").
TALKING_OVER_VERBS = frozenset({"discuss", "consult", "confer", "debate"})
#: Verbs of weapons that move by themselves across a border: an invasion, not a delivery ("the
#: first British tanks arrived in Ukraine" is aid; "Russian tanks rolled across the border" not).
INVADING_VERBS = frozenset({"roll", "cross", "pour", "storm", "push", "advance"})
#: Participles that tie a thing to its owner ("a ship linked to Israel", "owned by X"), and
#: things so tied (a body "linked to the opposition" is an actor of its own, not the opposition).
TIE_VERBS = frozenset({"link", "tie", "own", "belong", "connect", "affiliate", "register"})
TIED_THINGS = VEHICLE_NOUNS | {"asset", "property", "account", "cargo", "shipment", "aircraft"}
#: Military formations the knowledge base names no one's ("front-line units").
UNIT_NOUNS = frozenset(
    {"unit", "battalion", "brigade", "division", "regiment", "squadron", "fleet"}
)
#: Nouns of armed forces whose actor may carry no armed sector ("NATO-led troops": NATO's).
TROOP_NOUNS = frozenset({"troop", "force", "soldier", "peacekeeper", "tank", "warship"})
#: Roots of violence: assault, fighting, mass violence.
VIOLENCE_ROOTS = frozenset({"18", "19", "20"})
#: Roots of coercion and force: a prevention coded with one is an act of its own.
COERCIVE_ROOTS = frozenset({"17", "18", "19", "20"})
LOCATED_TARGET_CODES = frozenset(
    {"015", "02", "03", "05", "07", "08", "09", "13", "15", "16", "17", "18", "19", "20"}
)
PLACE_PREPS = frozenset({"in", "inside", "across", "throughout"})
#: Prepositions that aim a show of force at a place ("drills around Taiwan").
POSTURE_PREPS = frozenset({"around", "toward", "towards", "near", "off", "along"})
#: Prepositions that say where, read last when the model's fallback looks for a target.
FALLBACK_PLACE_PREPS = PLACE_PREPS | {"at", "near", "outside", "within"}
#: Forces told to be ready, or to go on alert or combat duty (152).
READINESS_VERBS = frozenset({"be", "stay", "remain", "go", "get", "move", "switch"})
READINESS_WORDS = frozenset(
    {"ready", "prepared", "alert", "readiness", "duty", "standby", "footing", "eventuality"}
)
HELPING_LEMMAS = frozenset(
    {"help", "assist", "aid", "support", "rescue", "evacuate", "relief", "victim", "flood"}
)

#: What a sentence is served as, and where ("serve three years in a prison camp").
SERVING_VERBS = frozenset({"serve", "spend"})
PRISON_TERMS = frozenset(
    {"year", "month", "sentence", "term", "prison", "jail", "camp", "custody", "detention"}
)

#: Marks of an adverbial clause telling what went on meanwhile ("as", "while").
CIRCUMSTANCE_MARKS = frozenset({"as", "while", "whilst"})

#: Roots of giving and yielding: the recipient, not the thing given, is the target.
GIVING_ROOTS = frozenset({"03", "05", "07", "08"})
#: Prepositions that say when, how or as what, never whom ("sought refuge since the coup").
FALLBACK_NO_PREPS = frozenset(
    {"since", "after", "before", "during", "until", "amid", "despite", "following", "as", "by"}
)
PLACE_KINDS = frozenset({"country", "place"})
#: Roots of acts done to another party: giving way, refusing to, reducing relations, coercing.
YIELDING_ROOTS = frozenset({"03", "08", "12", "16", "17"})
#: Participles that tie unnamed people to a group ("suspected of belonging to", "linked to").
AFFILIATION_VERBS = frozenset(
    {"suspect", "believe", "think", "allege", "link", "tie", "affiliate", "loyal", "belong"}
)
#: Whose a thing is ("a superyacht belonging to X", "a tanker owned by X").
OWNERSHIP_VERBS = frozenset({"belong", "own", "operate", "work", "spy", "connect"})
#: People known by whom they work for ("Huawei's chief financial officer").
STAFF_NOUNS = frozenset(
    {"officer", "executive", "chief", "director", "employee", "official", "founder", "head",
     "manager", "chairman", "chairwoman", "president", "spokesman", "spokeswoman", "staff",
     "worker", "agent", "operative", "member", "leader", "boss"}
)  # fmt: skip
#: Prepositions that place an act or the people it is done to ("in Kunming", "through London").
LOCAL_PREPS = frozenset({"in", "inside", "across", "throughout", "through", "at"})
#: Sectors that act abroad as often as at home (a place says nothing of their country).
FAR_ACTING_SECTORS = frozenset({"MIL", "GOV", "SPY", "IGO", "BUS", "MED", "NGO", "UAF"})
#: Verbs that, in the simple present, describe how things are, not what someone did ("Qatar is
#: home to a US air base", "India and China each keep troops along the frontier"); the model's
#: fallback proposes no event for them (CODING.md: descriptions of a situation are no events).
STATIVE_VERBS = frozenset(
    {
        "be",
        "have",
        "remain",
        "keep",
        "comprise",
        "include",
        "contain",
        "number",
        "total",
        "cover",
        "divide",
        "allocate",
        "rank",
        "field",
        "own",
        "possess",
        "border",
        "lie",
        "span",
        "account",
        "host",
    }
)
#: Verbs that measure or describe what their subject is, not what it does ("the war lasted").
DESCRIBING_VERBS = frozenset(
    {"last", "rise", "grow", "fall", "increase", "decrease", "decline", "drop", "double",
     "triple", "soar", "surge", "slow", "cost", "top", "become", "remain", "average", "total"}
)  # fmt: skip
#: Verbs of a trend: the model's guess is no act with them ("arrivals rose 30 percent").
TREND_VERBS = frozenset(
    {"rise", "fall", "grow", "soar", "surge", "slip", "climb", "jump", "plunge", "dip", "edge",
     "rank", "shrink", "tumble", "slump", "double", "triple", "average", "total", "stagnate",
     "slide", "sink", "drop", "weaken", "rebound", "crash", "sag", "skyrocket", "spike"}
)  # fmt: skip
#: Verbs of what a measure or a war does to an economy or a market ("sanctions weighed on the
#: rouble", "the war dented growth"): its effect is reported, not the act.
EFFECT_VERBS = frozenset(
    {"weigh", "dent", "squeeze", "drag", "offset", "hamper", "crimp", "erode", "depress",
     "dampen"}
)  # fmt: skip
#: Nouns of what something causes ("the impact of sanctions", "the cost of the war").
EFFECT_NOUNS = frozenset(
    {"impact", "effect", "cost", "toll", "consequence", "fallout", "burden", "repercussion"}
)
#: Measures and economic forces that "hit" or "kill" only figuratively ("sanctions have hit
#: ordinary people", "inflation is killing small businesses").
IMPERSONAL_FORCES = frozenset(
    {"sanction", "embargo", "inflation", "price", "crisis", "recession", "tariff", "tax", "cut",
     "austerity", "shortage", "downturn", "slowdown", "unemployment", "policy", "measure",
     "restriction", "lockdown", "ban", "debt", "cost", "reform"}
)  # fmt: skip
#: What a standing measure does to an economy ("sanctions have crippled its economy").
MEASURE_EFFECTS = frozenset(
    {"choke", "hurt", "cripple", "weigh", "squeeze", "strangle", "hit", "batter", "drain", "bite",
     "damage", "harm", "devastate", "stifle", "hobble", "hamper", "dent", "erode", "sap", "pinch",
     "slash", "curb", "limit", "ravage", "wreck"}
)  # fmt: skip
#: Words for a crowd: protesting, it is civilians ("thousands of people marched").
CROWD_NOUNS = frozenset(
    {"people", "crowd", "thousand", "hundred", "million", "throng", "mob", "youth"}
)
#: An unnamed person who assaults someone: no actor but as an attacker (CAMEO 18x); "attackers"
#: and "gunmen" may be armed groups, and are left to the agent table.
ATTACKER_NOUNS = frozenset({"man", "woman", "youth", "teenager"})
#: Conflicts that last: what one "has killed" or "has displaced" is a tally, not an act.
#: A span of time a toll is counted over ("since 2011", "between 2003 and 2008", "this year").
PERIOD_PREPS = frozenset({"since", "between", "over", "throughout", "during"})
PERIOD_WORDS = frozenset({"this", "last", "past"})
PERIOD_UNITS = frozenset({"year", "decade", "century"})
#: Verbs that say how things stand ("the situation remained tense").
SITUATION_VERBS = frozenset({"be", "remain", "stay", "become", "seem", "appear", "look"})
#: Verbs by which a figure reaches a level ("reached a record 253,000 hectares").
LEVEL_VERBS = frozenset({"reach", "hit", "top", "exceed", "surpass", "total", "pass", "cross"})
#: Verbs of command: an order to one's own state organs is one's own act.
COMMAND_VERBS = frozenset({"order", "instruct", "direct", "command", "task"})
#: Verbs of a court's finding, and the nouns of a court ("the tribunal ruled that ...").
RULING_VERBS = frozenset({"rule", "find"})
COURT_NOUNS = frozenset({"court", "tribunal", "judge", "justice", "panel"})
#: Nouns of worry: with no one holding it ("amid worries over X") a worry is no one's act.
WORRY_NOUNS = frozenset({"fear", "worry", "concern", "anxiety", "jitter", "unease"})
#: Nouns of what may come: what they are about has not happened ("fears of war"; a concern
#: over something is often over what did happen: "concern over China's drills").
FEAR_NOUNS = frozenset(
    {"fear", "speculation", "prospect", "possibility", "risk", "rumour", "rumor", "spectre",
     "specter"}
)  # fmt: skip
#: Verbs by which news stirs a feeling, and the feelings ("raising fears of war").
STIRRING_VERBS = frozenset({"raise", "stoke", "fuel", "spark", "heighten", "deepen", "stir"})
STIRRED_FEELINGS = WORRY_NOUNS | FEAR_NOUNS | {"alarm", "doubt", "question", "hope", "tension"}
#: Prepositions that join a worry to what it is about.
FEAR_PREPS = frozenset({"of", "over", "about"})
LASTING_CONFLICTS = frozenset(
    {"war", "conflict", "insurgency", "violence", "unrest", "crisis", "fighting", "hostility"}
)
#: Verbs of being in a state: "Cuba has been under a U.S. embargo since 1962".
STATE_VERBS = frozenset({"be", "remain", "stay", "live"})
#: What makes an explosion an accident ("a gas explosion killed 39 residents").
ACCIDENT_SOURCES = frozenset(
    {"gas", "boiler", "methane", "chemical", "industrial", "mine", "tanker", "factory",
     "plant", "refinery", "warehouse", "firework", "fireworks", "pipeline", "colliery"}
)  # fmt: skip
#: Verbs of shying away "at" something: a refusal of it.
BALK_VERBS = frozenset({"balk", "baulk"})
#: What vehicles do in accidents: the deaths they cause are no attack ("a bus plunged into a
#: ravine, killing 24"; "was killed when his truck collided with a train").
ACCIDENT_VERBS = frozenset(
    {"plunge", "crash", "collide", "derail", "capsize", "overturn", "skid", "veer", "sink"}
)
#: How a clause tells of the accident behind a death ("was killed when his truck collided").
ACCIDENT_MARKS = frozenset({"when", "as", "while"})
#: Modifiers that make a war, offensive or assault a figure of speech ("a price war", "a charm
#: offensive", "a war of words"), and where such a campaign is fought ("in the car industry").
FIGURATIVE_MODIFIERS = frozenset(
    {"price", "fare", "trade", "tariff", "currency", "bidding", "marketing", "advertising", "sales",
     "charm", "media", "word", "culture", "turf", "talent", "legal", "pricing"}
)  # fmt: skip
#: Not "market" (bombs go off in markets) nor "sector" (a front line).
FIGURATIVE_FIELDS = frozenset({"industry", "marketplace"})
#: Modifiers of "demand" that make it buyers' demand in a market, not a political demand.
MARKET_DEMAND_MODIFIERS = frozenset(
    {"strong", "weak", "robust", "solid", "firm", "buoyant", "sluggish", "soft", "subdued",
     "rising", "falling", "growing", "slowing", "weakening", "surging", "booming", "high", "low",
     "global", "domestic", "consumer", "seasonal", "export", "import", "market", "oil", "energy",
     "fuel", "gas", "power", "electricity", "credit", "housing", "travel", "customer"}
)  # fmt: skip
#: Where a reporting verb's words are opinion ("in an editorial, the paper argued").
OPINION_GENRES = frozenset(
    {"editorial", "memoir", "column", "essay", "book", "blog", "op-ed", "commentary", "piece"}
)
#: A provision "under" a document that says what someone may or must do ("under the 1936
#: convention, Turkey may restrict the passage of warships").
PROVISION_HOLDERS = frozenset({"statement", "deal", "term", "rule", "plan", "framework"})
#: Modals of a provision ("may restrict", "must notify").
PROVISION_AUX = frozenset({"may", "can", "must", "shall", "could"})
#: Intent verbs that, with someone else as object, only expect or wish ("expect X to crush").
EXPECTATION_VERBS = frozenset({"expect", "hope", "wish", "want"})
#: Governors by which a reciprocal act is announced as arranged by both sides ("is scheduled to
#: meet"), not as one side's plan; "say" when the speaker is neither side.
SCHEDULING_GOVERNORS = frozenset({"schedule", "slate", "set", "due", "expect", "say", "announce"})
#: Verbs by which analysts foresee: what they expect or say could happen is analysis.
FORECAST_VERBS = frozenset(
    {"expect", "predict", "forecast", "say", "believe", "think", "reckon", "estimate", "suggest",
     "argue", "warn", "see", "anticipate"}
)  # fmt: skip
#: Reporting verbs of private opinion: believing or thinking something is no public statement.
PRIVATE_OPINION = frozenset({"believe", "think", "feel", "suspect", "assume", "predict"})
#: Words of polls: what they report is opinion ("62 percent of Malians said", "a poll showed").
_POLL_WORDS = frozenset({"poll", "survey", "respondent", "percent", "%"})
#: Speakers whose say is analysis or a poll, not a party's statement ("security experts say",
#: "62 percent of Malians said").
ANALYST_NOUNS = _POLL_WORDS | {
    "analyst", "expert", "scientist", "economist", "scholar", "academic", "researcher",
    "columnist", "commentator", "pundit", "observer", "historian", "professor", "strategist",
    "blogger", "institute",
    "people",  # "many people in Kabul say": vox populi, like a poll
}  # fmt: skip
#: Verbs of seeing something as something ("seen as a threat", "regarded as an act of war").
VIEWING_VERBS = frozenset({"see", "view", "regard", "perceive", "consider", "deem", "treat"})
#: Verbs of holding a view or an expectation ("analysts expect", "experts think").
OPINION_VERBS = frozenset({"expect", "think", "predict", "reckon", "estimate", "suggest", "note"})
#: Unnamed critics: what they say of someone is a view, not a statement ("critics say the
#: strategy risks alienating Washington"); what they report is still reported.
CRITIC_NOUNS = frozenset({"critic", "sceptic", "skeptic", "detractor"})
#: Documents whose provisions read like acts ("the treaty bans", "the law requires").
DOCUMENT_NOUNS = frozenset(
    {
        "treaty",
        "agreement",
        "accord",
        "accords",
        "statute",
        "pact",
        "convention",
        "charter",
        "protocol",
        "law",
        "constitution",
        "article",
        "bill",
        "act",
        "clause",
        "provision",
        "regulation",
        "decree",
    }
)
#: Verbs that name or label something when they take a predicative complement or follow a noun
#: ("a group called X", "dubbed the plan a disaster"); what they describe is no act of theirs.
NAMING_VERBS = frozenset({"call", "name", "dub", "label", "term", "title", "brand", "nickname"})
#: Troop movements (150) and arrivals (042) that are peacekeeping (074) when the phrase says so
#: ("deployed as peacekeeping forces", "peacekeepers arrived in Mali").
PEACEKEEPING_MOVES = frozenset(
    {"deploy", "redeploy", "deployment", "station", "send", "dispatch", "rush", "arrive", "land"}
)
#: Verbs of troops moving into a place ("rolled into Kosovo", "crossed into Ukraine").
ENTERING_VERBS = frozenset({"roll", "enter", "cross", "move", "pour", "march", "push", "advance"})
PEACEKEEPING_WORDS = frozenset(
    {"peacekeeping", "peacekeeper", "peace-keeping", "peacekeepers",
     # a team sent to watch over a truce ("to monitor a ceasefire", "ceasefire observers")
     "monitor", "monitors", "monitoring", "observer", "observers"}
)  # fmt: skip
#: Nouns whose clause ("its demand that Ukraine withdraw", "a plan to impose sanctions")
#: governs the act in it as the verb of the same sense would.
NOUN_GOVERNOR_ROLES: dict[str, str] = {
    "demand": "demand",
    "ultimatum": "demand",
    "call": "appeal",
    "appeal": "appeal",
    "plea": "appeal",
    "request": "appeal",
    "threat": "threaten",
    "plan": "intent",
    "pledge": "intent",
    "promise": "intent",
    "commitment": "intent",  # "reaffirmed its commitment to defend the Philippines"
    "vow": "intent",
    "intention": "intent",
    "intent": "intent",
    "offer": "offer",
    "invitation": "intent",  # "accepted an invitation to visit": a visit planned, not made
    "bid": "intent",
    "readiness": "intent",
    "willingness": "intent",
    "refusal": "reject",
    # what an accusation or a rumour says is claimed, not known ("rejected accusations he was
    # involved in the beating")
    "accusation": "hypothetical",
    "allegation": "hypothetical",
    "rumour": "hypothetical",
    "rumor": "hypothetical",
    "suspicion": "hypothetical",
    "end": "cease",  # "an end to the fighting": a de-escalation (called for, or brought about)
    "cessation": "cease",  # "a cessation of hostilities"
    "halt": "cease",  # "a halt to the fighting"
}
#: Participles whose "by" phrase names the author of the act a noun names ("sanctions announced
#: by the EU", "a truce brokered by Qatar" is not Qatar's); not those of others' reactions
#: ("an invasion condemned by the West").
AUTHORING_VERBS = frozenset(
    {"announce", "impose", "order", "launch", "propose", "draft", "sponsor", "introduce",
     "unveil", "declare", "issue", "conduct", "stage", "organise", "organize", "mount", "adopt",
     "sign", "offer", "pledge", "make", "grant", "provide", "deliver", "carry", "initiate",
     "table", "put", "unleash", "level", "lodge", "file", "extend", "send", "decree", "draw"}
)  # fmt: skip
#: Verbs whose "with" phrase is the act their subject answers with ("responded with strikes").
RESPONSE_VERBS = frozenset({"respond", "retaliate", "react", "reply", "answer", "hit"})
#: Nouns that, in an "in" phrase, say how the verb's subject acts ("held the vote in defiance
#: of a ban"): the subject's own act.
MANNER_NOUNS = frozenset(
    {"defiance",
     # "shut schools in a nationwide strike", "killed ten in a raid": the doer's own act
     "strike", "protest", "walkout", "boycott", "demonstration", "raid", "ambush", "offensive",
     "operation", "crackdown"}
)  # fmt: skip
#: Verbs whose "in" phrase is an act their subject takes part in ("joined in the exercises").
PARTICIPATION_VERBS = frozenset(
    {"join", "participate", "engage", "partake", "involve", "implicate"}
)


def _participating(verb: Token) -> bool:
    """Whether a verb joins in an act ("joined the exercises", "took part in the drills")."""
    return lemma(verb) in PARTICIPATION_VERBS or (
        lemma(verb) == "take" and "part" in particles(verb)
    )


#: Nouns of an agreement whose to-infinitive gives its terms ("an agreement to cooperate").
AGREEMENT_NOUNS = frozenset(
    {"agreement", "deal", "accord", "pact", "treaty", "memorandum", "arrangement", "protocol"}
)
#: Verbs of harm done to the victims of an attack ("killing 13 service members").
VICTIM_VERBS = frozenset({"kill", "wound", "injure", "maim", "massacre"})
#: Nouns of a quarrel with someone ("their dispute with the health secretary").
DISPUTE_NOUNS = frozenset(
    {"dispute", "row", "standoff", "stand-off", "feud", "confrontation", "quarrel", "battle"}
)
#: Roots of reproaches and punishments, aimed at whoever's doing they are "over".
REPROACH_ROOTS = frozenset({"11", "12", "13", "16", "17"})
#: Nouns of holding someone captive ("whose arrest by the FSB").
CAPTURE_NOUNS = frozenset(
    {"arrest", "detention", "capture", "abduction", "kidnapping", "imprisonment", "jailing"}
)
#: Verbs of giving way to someone's demands ("bowing to pressure from X").
YIELDING_VERBS = frozenset({"bow", "yield", "cave", "succumb", "accede", "bend", "heed"})
#: Nouns of meetings held with a party ("talks with the Taliban").
PARTIES_NOUNS = frozenset(
    {"talk", "negotiation", "dialogue", "meeting", "summit", "relation", "tie"}
)
#: Nouns whose "that" clause is a claim ("reports that it had supplied drones"; not "a report
#: called for sanctions", where the report speaks).
CLAIM_NOUNS = {"report": "hypothetical", "claim": "hypothetical"}
THAT = frozenset({"that"})
#: Entities that make a reported clause a figure, not something said about an actor.
FIGURE_ENTITIES = frozenset({"PERCENT", "MONEY", "QUANTITY"})
#: Entity types that name when or how much, never who.
NOT_ARGUMENT_ENTITIES = FIGURE_ENTITIES | {"DATE", "TIME", "CARDINAL", "ORDINAL"}
#: "after meetings with X", "during talks with Y": the noun's agent is the clause's subject.
SEQUENCE_PREPS = frozenset({"after", "before", "during", "following", "ahead", "since"})
#: Governors whose complement is the coded event, keeping its own actors.
CODE_CHANGING_ROLES = frozenset({"appeal", "demand", "threaten", "reject"})


@dataclass(frozen=True, slots=True)
class ActorRef:
    """An actor found for a role, with the token span it came from."""

    actor: Actor
    start: int
    end: int
    head: int
    kind: str
    arg: int = -1  # the token the verb or noun points at (its phrase is the evidence span)
    antecedent: tuple[int, int] | None = None  # for a pronoun: the tokens it stands for

    @classmethod
    def from_mention(cls, mention: ActorMention) -> ActorRef:
        return cls(
            mention.actor,
            mention.start,
            mention.end,
            mention.head,
            mention.kind,
            antecedent=mention.antecedent if mention.kind == "pronoun" else None,
        )


@dataclass(slots=True)
class Candidate:
    """An event proposed by the rules for one sentence."""

    code: str
    trigger: Token
    entry: Entry | None
    rule: str
    sources: list[ActorRef | None]
    targets: list[ActorRef | None]
    modality: str = "asserted"
    recip: bool = False
    score: float = 0.0
    governors: list[str] = field(default_factory=list)
    reported_by: Token | None = None  # the reporting verb when the event is reported speech
    source_args: list[int] = field(default_factory=list)  # argument heads (evidence) even
    target_args: list[int] = field(default_factory=list)  # when they name no known actor
    governed_by: list[int] = field(default_factory=list)  # governor verbs applied to it
    confidence: float = 0.0  # set when candidates are ranked
    combined: float = 0.0  # rule score + weighted model log-probability (the ranking key)

    @property
    def has_actors(self) -> bool:
        return any(self.sources) or any(self.targets)

    def aim_at_found(self, refs: list[ActorRef], tag: str) -> None:
        """Make ``refs``, when there are any, the targets of a one-way act (each found from its
        own token)."""
        if refs:
            self.aim_at(refs, refs[0].arg, tag, one_way=True)

    def aim_at(self, refs: list[ActorRef], arg: int, tag: str, *, one_way: bool = False) -> None:
        """Make ``refs`` (found from the token ``arg``) the targets, naming why in the rule."""
        self.targets = [replace(r, arg=arg) for r in refs]
        self.target_args = [arg]
        if one_way:
            self.recip = False
        self.rule += f"+{tag}"


class Extractor:
    """Finds event candidates in parsed sentences with a :class:`Lexicon`."""

    def __init__(self, lexicon: Lexicon) -> None:
        self.lexicon = lexicon

    # -- actors ----------------------------------------------------------------------------

    def actors_of(self, doc: Doc, token: Token, depth: int = 0) -> list[ActorRef]:
        """Actors a phrase headed by ``token`` names: its own mentions, else those of its
        apposition, "of"/"in"/"from" complement or modifiers; else a place or named entity."""
        found = [ActorRef.from_mention(m) for m in mentions_at(doc, token)]
        related = _related_to(token)
        if related is not None and all(m.end <= token.i for m in found):
            # "Indonesia's donors", "Ukraine's allies": others, not it, whom no table names;
            # the phrase stays their evidence
            phrase = Actor(text=doc[related.left_edge.i : token.i + 1].text, code=None)
            return [ActorRef(phrase, related.left_edge.i, token.i + 1, token.i, "unknown")]
        if found or depth > 2:
            return found
        for child in token.children:
            if child.dep_ == "appos":
                found = self.actors_of(doc, child, depth + 1)
                if found:
                    return found
        for child in token.children:
            if child.dep_ in ("compound", "amod", "poss", "nmod"):
                if child.dep_ == "poss" and _ranking_region(token, child):
                    continue  # "Europe's biggest nuclear power plant": ranked, not owned
                found = [ActorRef.from_mention(m) for m in mentions_at(doc, child)]
                if found:
                    return found
            if child.dep_ == "amod" and lemma(child) == "lead":
                # "the Saudi-led coalition" is its leader's (a "US-backed" force is not the US)
                found = [
                    ActorRef.from_mention(m)
                    for leader in child.children
                    if leader.dep_ in ("npadvmod", "compound", "nmod")
                    for m in mentions_at(doc, leader)
                ]
                if found:
                    return found
        if token.pos_ == "PRON" and depth == 0:
            speaker = reporting_subject(token, REPORTING_LEMMAS)
            if (
                speaker is not None
                and speaker.pos_ != "PRON"
                and (
                    speaker.ent_type_ != "PERSON"  # the tagger reads "the Houthis" as people
                    or any(m.kind != "person" for m in mentions_at(doc, speaker))
                )
            ):
                # "the Farm Bureau said it is skeptical": the speaker, known to the KB or not
                return self.actors_of(doc, speaker, depth + 1)
        for child in token.children:
            if child.dep_ == "poss" and child.ent_type_ in ("PERSON", "ORG"):
                found = self._fallback_actor(doc, child)  # "Holcomb's office declined"
                if found:
                    return found
        if token.pos_ in NOUN_POS or token.pos_ == "PRON":
            for child in token.children:
                # "the town of Goma", "21 countries including Austria and Denmark"
                if child.dep_ == "prep" and (
                    lemma(child) in ("of", "in", "from") or child.lower_ == "including"
                ):
                    for obj in child.children:
                        if obj.dep_ == "pobj":
                            found = [
                                r
                                for t in with_conjuncts(obj)
                                for r in self.actors_of(doc, t, depth + 1)
                            ]
                            if found:
                                return found
            found = [  # "exports to South Korea", "cars imported from China": whose trade
                r
                for prep in _trade_phrases(token)
                for obj in prep.children
                if obj.dep_ == "pobj"
                for r in self.actors_of(doc, obj, depth + 1)
            ]
            if found:
                return found
            found = [  # "a bus carrying government employees": those on board
                r
                for clause in token.children
                if clause.dep_ == "acl"
                and lemma(clause) in CARRYING_VERBS
                and lemma(token) in VEHICLE_NOUNS
                for obj in clause.children
                if obj.dep_ == "dobj"
                for t in with_conjuncts(obj)
                for r in self.actors_of(doc, t, depth + 1)
            ]
            if found:
                return found
            found = [  # "any ship linked to Israel", "vessels owned by Iranian firms": whose
                r
                for clause in token.children
                if clause.dep_ == "acl"
                and lemma(clause) in TIE_VERBS
                and lemma(token) in TIED_THINGS
                for obj in prep_objects(clause, {"to", "by"})
                for t in with_conjuncts(obj)
                for r in map(ActorRef.from_mention, mentions_at(doc, t))  # named right there
            ]
            if found:
                return found
            # "the policy imposed by the Trump administration", "an attack by rebels"; but
            # "reopen embassies in a deal brokered by China" names no place
            in_a_thing = token.dep_ == "pobj" and lemma(token.head) == "in"
            makers = [] if in_a_thing else _makers(token)
            makers = [a for a in makers if a.pos_ != "PRON"]  # "hostages held by them"
            found = [ActorRef.from_mention(m) for agent in makers for m in mentions_at(doc, agent)]
            # "an air strike by the Saudi-led coalition": the leader named on the maker
            found = found or [r for agent in makers for r in self._led_by(doc, agent)]
            if found:
                return [replace(r, arg=token.i) for r in found]
        return self._fallback_actor(doc, token)

    def _led_by(self, doc: Doc, agent: Token) -> list[ActorRef]:
        """The country or group named as leading a force ("the Saudi-led coalition",
        "US-led forces")."""
        return [
            ActorRef.from_mention(m)
            for led in agent.children
            if led.dep_ in ("amod", "compound") and lemma(led) == "lead"
            for leader in led.children
            if leader.dep_ in ("npadvmod", "compound", "amod", "nmod")
            for m in mentions_at(doc, leader)
        ]

    def _fallback_actor(self, doc: Doc, token: Token) -> list[ActorRef]:
        """A place (its country), a national adjective on the phrase ("Ukrainian positions"),
        or an unknown named entity, when no KB actor is there."""
        for place in doc._.places or ():
            if place.start <= token.i < place.end and place.location.country:
                loc = place.location
                actor = Actor(
                    text=doc[place.start : place.end].text, code=loc.country, country=loc.country
                )
                return [ActorRef(actor, place.start, place.end, token.i, "place")]
        for child in token.children:
            if (
                child.dep_ in ("amod", "compound")
                and child.ent_type_ in ("NORP", "GPE")
                and child.text[:1].isupper()  # "the west bank of the Dnipro" names no West
            ):
                country = country_named(child.text)
                if country:
                    actor = Actor(text=child.text, code=country, country=country)
                    return [ActorRef(actor, child.i, child.i + 1, token.i, "country")]
        if token.ent_type_ in ("PERSON", "ORG", "NORP", "GPE") and token.ent_iob_ != "O":
            ent = next((e for e in doc.ents if e.start <= token.i < e.end), None)
            if ent is not None:
                return [
                    ActorRef(
                        Actor(text=ent.text, code=None), ent.start, ent.end, token.i, "unknown"
                    )
                ]
        return []

    def _role(self, doc: Doc, tokens: list[Token]) -> tuple[list[ActorRef], list[int]]:
        """Actors filling a role, and the argument tokens (kept as evidence either way). Dates,
        times and amounts are never arguments ("called on Friday for Britain to stay")."""
        tokens = [t for t in tokens if not _names_no_one(t)]
        tokens = [o for t in tokens for o in _across_border(t)]
        # "delegations from Khartoum and the SPLM": the other side's delegates too
        tokens += [
            c
            for t in tokens
            if lemma(t) in DELEGATE_NOUNS
            for o in prep_objects(t, {"from", "of", "for"})
            for c in o.conjuncts
            if c not in tokens
        ]
        return self._refs(doc, tokens), [t.i for t in tokens]

    def _names_actor(self, doc: Doc, tokens: list[Token]) -> bool:
        """Whether one of the tokens is itself an actor's name or description (not only a
        phrase hanging from it: "the film in Morocco"; but "the town of Goma" names Goma); a
        person's pronoun names someone."""
        if any(t.lower_ in PERSONAL_PRONOUNS for t in tokens):
            return True
        # "the Gaza Strip": the place may be named by the compound alone
        named = [
            *tokens,
            *(c for t in tokens for c in t.children if c.dep_ == "appos"),
            *(c for t in tokens if t.pos_ == "PROPN" for c in t.children if c.dep_ == "compound"),
        ]
        named += [o for t in tokens for o in prep_objects(t, {"of"}) if o.ent_type_]
        return any(r.start <= t.i < r.end for r in self._refs(doc, named) for t in named)

    def _names_igo(self, doc: Doc, tokens: list[Token]) -> bool:
        """Whether one of the tokens names an international organisation ("NATO", "the
        African Union")."""
        return any(
            r.kind == "igo" and r.start <= t.i < r.end
            for r in self._refs(doc, tokens)
            for t in tokens
        )

    def _refs(self, doc: Doc, tokens: list[Token]) -> list[ActorRef]:
        refs: list[ActorRef] = []
        for token in tokens:
            for ref in self.actors_of(doc, token):
                key = (ref.start, ref.end, ref.actor.code)
                if all((r.start, r.end, r.actor.code) != key for r in refs):
                    refs.append(replace(ref, arg=token.i))
        return refs

    # -- triggers --------------------------------------------------------------------------

    def candidates(self, doc: Doc, sent: Span) -> list[Candidate]:
        """Every event candidate in one sentence."""
        found: list[Candidate] = []
        consumed: set[int] = set()
        for token in sent:
            if (token.pos_ in VERB_POS or _verb_read_as_noun(token)) and not (
                token.dep_ == "amod"
                or (token.dep_ in ("nsubj", "nsubjpass") and token.tag_ in ("VBN", "VBD"))
            ):
                # a participle used as an adjective describes, it reports no act
                # ("the internationally recognised government", "US-backed forces"; a
                # participle the parser made a subject is one too)
                candidate = self._verb_candidate(doc, token, consumed)
                if candidate is None and lemma(token) in GIVING_VERBS:
                    candidate = self._ultimatum(doc, token)
                if candidate is None and lemma(token) in COMMAND_VERBS | {"tell"}:
                    candidate = self._ordered_out(doc, token)
                if candidate is not None:
                    _recode_by_roles(doc, candidate)
                    if "+ordered-to-leave" in candidate.rule and not any(candidate.sources):
                        # "were ordered to leave Russia": the state that orders them out
                        left = self._refs(doc, _left_places(token))
                        candidate.sources = [*left] or [None]
                        candidate.source_args = [r.head for r in left]
                    self._leadership_protest(doc, candidate)  # a crowd's blockade re-coded
                    self._protest_target(doc, candidate)
                    found.append(candidate)
        for token in sent:
            if token.pos_ in NOUN_POS and token.i not in consumed and not _in_name(doc, token):
                candidate = self._noun_candidate(doc, token)
                if candidate is not None:
                    self._protest_target(doc, candidate)  # "a strike over X's decision"
                    found.append(candidate)
        given = {  # "gave X one week to reinstate the president": the ultimatum, not the act
            a.i for c in found if "+ultimatum" in c.rule for a in _time_given(c.trigger)[1]
        }
        found = [c for c in found if c.trigger.i not in given]
        governors = {i for c in found for i in c.governed_by}
        named = {t.i for c in found for t in _named_modifiers_of(c)}
        nominal = {c.trigger.i for c in found if c.trigger.pos_ in NOUN_POS}
        # "the lifting of all sanctions on Syria": the lifting is the event, the sanctions
        # what it undoes
        named |= {
            c.trigger.i
            for c in found
            if c.trigger.dep_ == "pobj"
            and lemma(c.trigger.head) == "of"
            and c.trigger.head.head.i in nominal
            and c.trigger.head.head.i != c.trigger.i
        }
        found = [
            c for c in found if c.trigger.i not in governors | named or self._forcible_prevention(c)
        ]
        by_trigger = {c.trigger.i: c for c in found}
        kept = []
        for candidate in found:
            host = _agreement_of(candidate.trigger, by_trigger.keys())
            if host is None:
                kept.append(candidate)
            elif not any(by_trigger[host].targets) and any(candidate.targets):
                # "signed a deal to supply gas to China": the deal is with China
                by_trigger[host].targets = [t for t in candidate.targets if t is not None]
                by_trigger[host].target_args = candidate.target_args
        found = [c for c in kept if not _purpose_of_summons(c, by_trigger)]
        found = [c for c in found if not _demand_of_a_protest(doc, c, by_trigger)]
        found = [c for c in found if not _in_protest(c, by_trigger)]
        for candidate in found:
            self._read_in_context(doc, candidate, by_trigger)
        live = [c for c in found if c.has_actors and political(c, sent)]
        statements = [
            c
            for c in self._statement_candidates(doc, sent, found, live)
            if c.has_actors and political(c, sent)
        ]
        found = [
            c for c in (*live, *statements) if not _open_question(c.trigger) or "+whether" in c.rule
        ]
        acts = {
            (c.trigger.i, quad_class(c.code))
            for c in found
            if c.trigger.pos_ in VERB_POS and any(c.sources)
        }
        self._adopt_means(found)
        _hostages_taken(found)
        for candidate in found:
            self._described_as(candidate)
            self._light_verb_means(candidate)
        found = [c for c in found if not _means_of(c, acts)]
        for candidate in found:
            _alerted(candidate)
            self._posture_target(doc, candidate)
            _rebels_truce(candidate)
            self._affiliate(doc, candidate)
            self._owner_target(doc, candidate)
            self._blamed_on(doc, sent, candidate)
            _assassination(candidate)
            _fighters_killed(candidate)
            _people_taken(candidate)
            _beaten_by_civilians(candidate)
            _fired_in_drills(candidate)
            _protesters_warned(candidate)
            _reason_cited(candidate)
            _sentenced(candidate)
            _handed_to_justice(candidate)
            _inquiry_topic(candidate)
            self._place_the_countryless(doc, candidate)
            self._dual_national(doc, candidate)
            _one_other_country(doc, sent, candidate)
            _attacked_at_home(doc, sent, candidate)
            _measure_protested(candidate)
            self._jailer_protested(doc, candidate)
            self._yielded_to_protest(doc, sent, candidate)
            self._drafter_vetoed(doc, candidate)
            self._summit_abroad(doc, candidate)
            self._trip_to_meet(doc, candidate)
            _restricted_at_home(candidate)
            self._not_oneself(doc, candidate)
        if any(c.modality == "asserted" and c.entry is not None and any(c.sources) for c in found):
            for candidate in found:
                if candidate.modality == "reported_past":
                    # "ordered the expulsion of diplomats after Milei called Petro a murderer":
                    # what happened before yields to the act the sentence reports
                    candidate.score -= 1.0
        return found

    def _yielded_to_protest(self, doc: Doc, sent: Span, candidate: Candidate) -> None:
        """A leader who resigns amid protests at home, or refuses to, yields to or rebuffs the
        protesters ("resigned after weeks of student-led protests": BGDCVL; "refused to step
        down, enraging hundreds of thousands of protesters": EGYCVL): those the sentence names,
        whoever it says the protests are by, else the country's people, named nowhere. So does
        a government that yields, or says it will, in anything else ("would withdraw a 'foreign
        agents' bill after two nights of violent protests": GEOCVL)."""
        if candidate.code[:4] in ("0831", "1231"):
            if _has_coded_target(candidate):
                return
        # "let free Towakil Karman": the one freed, if named, even if no table knows them
        elif not _yields(candidate.code) or any(candidate.targets):
            return
        home = _home_country(candidate)
        if home is None:
            return
        protest = None
        for token in sent:
            if lemma(token) in PROTESTER_NOUNS:
                refs = [r for r in self.actors_of(doc, token) if r.actor.country == home]
                if refs:
                    candidate.aim_at(refs, token.i, "protesters-target", one_way=True)
                    return
            elif protest is None and token.pos_ in NOUN_POS and lemma(token) in UNREST_NOUNS:
                protest = token
        if protest is None:
            return
        makers = [
            r
            for by in prep_objects(protest, {"by"})
            for r in self.actors_of(doc, by)
            if r.actor.country == home
        ]
        if makers:
            candidate.aim_at(makers, makers[0].head, "protesters-target", one_way=True)
            return
        candidate.targets = [_implied(home, "CVL", protest.i)]
        candidate.target_args = []
        candidate.rule += "+protesters-target"

    def _summit_abroad(self, doc: Doc, candidate: Candidate) -> None:
        """A leader who attends (or will not attend) a summit held in another country makes a
        visit to that country (042), whoever else meets there ("will not attend next month's
        BRICS summit in Johannesburg": ZAF; "the Commonwealth summit in Colombo": LKA)."""
        trigger = candidate.trigger
        if candidate.code != "044" or lemma(trigger) != "attend":
            return
        own = _own(candidate, lambda actor: True)
        if not any(own):
            return
        meetings = direct_objects(trigger)
        # "the Arab League summit that opened in Algiers": where its clause puts it
        holders = [*meetings, *(r for m in meetings for r in m.children if r.dep_ == "relcl")]
        for place in prep_objects(trigger, {"in"}) + [
            t for m in holders for t in prep_objects(m, {"in"})
        ]:
            refs = [r for r in self._place_refs(doc, place, own) if is_state(r.actor.country)]
            if refs:
                candidate.code = "042"
                candidate.targets = [refs[0]]
                candidate.target_args = [refs[0].head]
                candidate.rule += "+summit-abroad"
                return

    def _conditioned(self, doc: Doc, words: list[Token], own: set[str | None]) -> list[ActorRef]:
        """Who the conditions on ``words`` ask to act ("... if Yerevan did not agree"), leaving
        out the ``own`` countries of whoever sets them."""
        subjects = [t for w in words for t in _condition_subjects(w)]
        return [r for r in self._refs(doc, subjects) if r.actor.country not in own]

    def _trip_to_meet(self, doc: Doc, candidate: Candidate) -> None:
        """A trip made to meet someone of another country than the one it goes to is a visit
        to them ("will travel to Brussels to meet Kosovo's prime minister": KSV, not BEL)."""
        trigger = candidate.trigger
        if candidate.code[:2] not in ("03", "04") or lemma(trigger) not in TRIP_VERBS:
            return
        meetings = [
            c
            for c in trigger.children
            if c.dep_ in ("advcl", "xcomp")
            and lemma(c) in MEETING_VERBS
            and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)
        ]
        met = self._refs(
            doc, [o for m in meetings for o in (*direct_objects(m), *prep_objects(m, {"with"}))]
        )
        own = {s.actor.country for s in candidate.sources if s is not None}
        places = {t.actor.country for t in candidate.targets if t is not None}
        met = [r for r in met if r.actor.country and r.actor.country not in own | places]
        if met and places:
            candidate.targets = [met[0]]
            candidate.target_args = [met[0].arg if met[0].arg >= 0 else met[0].head]
            candidate.rule += "+met-on-trip"

    def _drafter_vetoed(self, doc: Doc, candidate: Candidate) -> None:
        """A veto of a resolution its text says one state drafted is aimed at that state ("vetoed
        a Security Council resolution drafted by the United Arab Emirates": ARE; "a
        British-drafted resolution": GBR), not at the body that would have passed it. A
        region's draft ("Western-drafted") leaves the body."""
        if candidate.code[:3] != "129":
            return
        drafts = direct_objects(candidate.trigger)
        if is_passive(candidate.trigger):  # "a resolution drafted by X was vetoed by Russia"
            drafts = _passive_subjects(candidate.trigger)
        # "a British-drafted resolution": the draft's phrase names its drafter
        named_in = {
            m.i: d
            for d in drafts
            for a in d.children
            if a.dep_ == "amod" and lemma(a) in AUTHORING_VERBS
            for m in a.children
            if m.dep_ in ("npadvmod", "compound", "nmod", "amod") and m.i < a.i
        }
        authors = [t for d in drafts for t in _authored(d, {"by"})]
        refs = [
            r
            if r.arg not in named_in
            else replace(r, start=named_in[r.arg].left_edge.i, end=named_in[r.arg].i + 1)
            for r in self._refs(doc, [*authors, *(doc[i] for i in named_in)])
            if is_state(r.actor.country) and not any(_same_side(r, s) for s in candidate.sources)
        ]
        if refs:
            candidate.targets = [*refs]
            candidate.target_args = [r.head for r in refs]
            candidate.rule += "+drafter"

    def _jailer_protested(self, doc: Doc, candidate: Candidate) -> None:
        """Prisoners who protest from another state's jails protest against that state
        ("Palestinian prisoners in Israeli jails began a hunger strike": ISRGOV). The jailer
        is named only by a modifier, so the target has no span of its own."""
        if candidate.code[:2] != "14" or _has_coded_target(candidate):
            return
        own = {s.actor.country for s in candidate.sources if s is not None}
        for arg in candidate.source_args:
            if arg < 0 or lemma(doc[arg]) not in PRISONER_NOUNS:
                continue
            holders = [doc[arg], *(c for c in doc[arg].children if c.dep_ == "acl")]
            jails = [j for h in holders for j in prep_objects(h, {"in"}) if lemma(j) in JAIL_NOUNS]
            jailers = {
                ref.actor.country
                for jail in jails
                for ref in self.actors_of(doc, jail)
                if ref.actor.country and len(ref.actor.country) == 3
            } - own
            if len(jailers) == 1:
                candidate.targets = [_implied(jailers.pop(), "GOV", candidate.trigger.i)]
                candidate.target_args = []
                candidate.rule += "+jailer"
                return

    def _light_verb_means(self, candidate: Candidate) -> None:
        """A light verb's attack takes the code its noun names by a means ("carried out the
        sarin attack on the town": 2041; "launched a nuclear strike": 2042)."""
        verb = candidate.trigger
        if candidate.code not in GENERIC_FORCE or verb.pos_ not in VERB_POS:
            return
        for obj in direct_objects(verb):
            codes = [
                e.code
                for e in self._noun_entries_at(obj)
                if e.lemma.modifiers
                and e.code[:2] in ("18", "19", "20")
                and e.code not in GENERIC_FORCE
            ]
            if codes:
                candidate.code = codes[0]
                candidate.rule += f"+means:{codes[0]}"
                return

    def _described_as(self, candidate: Candidate) -> None:
        """An attack or operation said to be mass violence takes that code ("Myanmar's military
        operation against the Rohingya appeared to be a textbook example of ethnic cleansing":
        203): the subject of "be" whose complement, or its "of" phrase, names mass violence."""
        noun = candidate.trigger
        if candidate.code not in GENERIC_FORCE or noun.dep_ not in ("nsubj", "nsubjpass"):
            return
        verb = noun.head
        complements = [c for c in verb.children if c.dep_ in ("attr", "oprd", "acomp")]
        for clause in (c for c in verb.children if c.dep_ == "xcomp"):  # "appeared to be"
            complements += [c for c in clause.children if c.dep_ in ("attr", "oprd")]
        nouns = [*complements, *(o for c in complements for o in prep_objects(c, {"of"}))]
        for word in nouns:
            codes = [e.code for e in self._noun_entries_at(word) if e.code[:2] == "20"]
            if codes:
                candidate.code = codes[0]
                candidate.rule += f"+described-as:{codes[0]}"
                return

    def _noun_entries_at(self, noun: Token) -> list[Entry]:
        """The noun lines whose words (with their modifiers) ``noun`` reads as ("car bombs")."""
        return [e for e in self.lexicon.noun_entries(lemma(noun)) if _modifiers_hold(noun, e.lemma)]

    def _adopt_means(self, found: list[Candidate]) -> None:
        """A killing or attack done by a more specific means takes that means' code ("killed
        1,429 people in a chemical weapons attack": 2041; "Israeli air strikes killed 20": 195),
        the most specific interaction the sentence reports (the means is no event of its own,
        :func:`_means_of`)."""
        for act in found:
            verb = act.trigger
            if act.code[:2] == "19" and verb.pos_ in VERB_POS and _loaded_with_gas(verb):
                act.code = "2041"  # "fired rockets loaded with poison gas": a chemical attack
                act.rule += "+means:2041"
                continue
            if act.code not in GENERIC_FORCE:
                continue
            if verb.pos_ not in VERB_POS:
                # "a car bomb exploded outside the ministry, in an attack blamed on X": the
                # attack's means is what the clause it happened in says went off
                if verb.dep_ != "pobj" or lemma(verb.head) != "in":
                    continue
                verb = verb.head.head
                if verb.pos_ not in VERB_POS:
                    continue
            means = _noun_subjects(verb)
            if not means and verb.dep_ == "advcl" and act.trigger.pos_ in NOUN_POS:
                # "a car bomb exploded ..., killing 21 people, in an attack ..."
                means = _noun_subjects(verb.head)
            # "attacked the hotel with car bombs and gunfire", "killed 20 in a car bombing"
            means += [t for t in prep_objects(verb, {"in", "with"}) if t.pos_ in NOUN_POS]
            for noun in means:
                entries = self._noun_entries_at(noun)
                if not entries:
                    continue
                code = max(entries, key=lambda e: e.specificity).code
                if code[:2] in VIOLENCE_ROOTS and code not in GENERIC_FORCE:
                    act.code = code
                    act.rule += f"+means:{code}"
                    break

    def _verb_candidate(self, doc: Doc, verb: Token, consumed: set[int]) -> Candidate | None:
        """The most specific verb entry that holds and finds its roles (less specific entries
        are tried when a more specific one finds no target)."""
        entries = self.lexicon.verb_entries(lemma(verb))
        if not entries:
            return None
        if reports_no_act(verb):
            return None  # "the meetings take place in October"
        verb_particles = particles(verb)
        objects = direct_objects(verb)
        completing = _completing_nouns(verb, objects)
        naming = lemma(verb) in NAMING_VERBS and any(c.dep_ == "oprd" for c in verb.children)
        matches: list[tuple[float, int, Entry, Token | None]] = []
        for order, entry in enumerate(entries):
            if entry.particle and entry.particle not in verb_particles:
                continue
            obj = None
            score = entry.specificity
            if entry.objects:
                found = _match_object(verb, objects + completing, entry.objects)
                if found is None:
                    continue
                obj, phrase = found
                if entry.code[:2] != "11" and _labelled_of(obj):
                    continue  # "calling the attack a violation of a ceasefire": no ceasefire
                score += 0.5 * len(phrase.modifiers)  # "humanitarian aid" beats "aid"
            elif "intransitive" in entry.flags and any(c.dep_ == "dobj" for c in verb.children):
                continue
            elif "transitive" in entry.flags and not objects and not _shifted_object(verb):
                continue  # "Hong Kong returned to Chinese rule": it goes back, nothing is given
            elif naming:
                continue  # "called the senator a liar" labels him: only a labelling line codes it
            if "bare" in entry.flags and any(c.dep_ == "prt" for c in verb.children):
                continue  # "handed out blankets" distributes them: another verb
            if "clausal" in entry.flags and not any(
                c.dep_ == "xcomp" or _bare_infinitive_clause(c) for c in verb.children
            ):
                continue
            if "that_clause" in entry.flags and not any(
                c.dep_ == "ccomp" and c.i > verb.i for c in verb.children
            ):
                continue  # "denied that its forces were involved"
            if "actor_object" in entry.flags and objects and not self._names_actor(doc, objects):
                continue  # "fighting the virus", "shot the film in Morocco": no enemy
            if "denied" in entry.flags:
                if _local_modality(verb) != "negated":
                    continue  # "does not recognise the ruling" refuses it; recognising it does not
                score += 1.0  # the refusal, not the act refused ("does not accept the ruling")
            if "igo_object" in entry.flags and not self._names_igo(doc, objects):
                continue  # "joined NATO", not "joined the protesters"
            if "swap" in entry.flags and entry.code[:2] == "13" and not _held_out(verb):
                continue  # "Russia faces new sanctions" reports, "Iran would face" threatens
            matches.append((score, -order, entry, obj))
        matches.sort(key=lambda m: (m[0], m[1]), reverse=True)
        source_tokens = self._reporter_of_participle(verb) or agents(verb)
        for _, _, entry, obj in matches:
            candidate = self._verb_roles(doc, verb, entry, obj, source_tokens)
            if candidate is not None:
                if obj is not None:  # the object and its "of" phrase ("state of siege")
                    if obj.dep_ in ("oprd", "ccomp"):
                        # what a predicative complement describes is talked about, not done
                        # ("called the sanctions illegal", "found the journalist guilty")
                        consumed.update(t.i for o in direct_objects(verb) for t in o.subtree)
                    objects = with_conjuncts(obj) + _shared_head_conjuncts(obj)
                    consumed.update(t.i for t in objects)
                    consumed.update(t.i for o in objects for t in prep_objects(o, {"of"}))
                    # "a military aid package", "an arms embargo": the words before it too
                    consumed.update(
                        t.i for o in objects for t in o.children if t.dep_ == "compound"
                    )
                return candidate
        return None

    def _ultimatum(self, doc: Doc, verb: Token) -> Candidate | None:
        """Time given to a state, a government or an armed group to act ("gave Niger's coup
        leaders one week to reinstate the president"): an ultimatum (139), however the parser
        hangs the span of time and the infinitive; time to leave the country given to a
        diplomat is an expulsion (161). Deadlines for farmers or pupils are no ultimatum."""
        addressees, acts = _time_given(verb)
        if not acts:
            return None
        target_role = self._role(doc, [t for a in addressees for t in with_conjuncts(a)])
        source_role = self._role(doc, agents(verb))
        if not target_role[0] or not all(
            _statelike(r.actor) or set(r.actor.sectors) & POLITICAL_SECTORS for r in source_role[0]
        ):
            return None  # an opposition leader's deadline for the president is one too
        if not any(_statelike(r.actor) for r in target_role[0]):
            return None  # deadlines for farmers or pupils ("and his opponents" may join one)
        leaving = lemma(acts[0]) == "leave" and any(lemma(a) in ENVOY_NOUNS for a in addressees)
        code = "161" if leaving else "139"
        lexeme = "expel" if leaving else lemma(verb)
        entry = next(
            (e for e in self.lexicon.verb_entries(lexeme) if e.code == code and e.objects), None
        )
        if entry is None:
            return None
        candidate = self._finish(doc, verb, entry, source_role, target_role)
        candidate.rule += "+ultimatum" if code == "139" else "+ultimatum-to-leave:161"
        return candidate

    def _read_in_context(
        self, doc: Doc, candidate: Candidate, by_trigger: dict[int, Candidate]
    ) -> None:
        """Re-read one candidate against the others of its sentence and the clauses around it:
        purpose and condition clauses, ultimatums, captors, owners, addressees of fronted
        participles, threats on a condition, and participles that give a reason or a
        consequence (each rank below, or re-aim, what the sentence reports)."""
        sent_for = by_trigger.get(candidate.trigger.head.i)
        if _purpose_clause(candidate.trigger) and sent_for is not None:
            if _envoys_sent(sent_for):
                # "sent a delegation to Greece to investigate the treatment of migrants": what
                # the envoys go to do is the act
                sent_for.score -= 1.0
            else:
                candidate.score -= 1.0  # "marched in Dhaka to call for elections": the march
        elif _within_purpose_of(candidate.trigger, by_trigger):
            # "asked the UN to send a force to help its police break a gang blockade": what
            # the purpose's own complement says is further off still
            candidate.score -= 1.0
        trigger = candidate.trigger
        if trigger.tag_ == "VBG" and (
            (trigger.dep_ == "acl" and _acted_on_by(trigger.head, by_trigger))
            # the parser's "at [thousands marching]"
            or (trigger.dep_ == "pcomp" and _aimed_by(trigger.head, by_trigger))
        ):
            # "fired tear gas at tens of thousands of people marching against military rule":
            # the participle says who was fired at; the firing is the news
            candidate.score -= 1.0
        if candidate.code[:2] == "10" and _trailing_participle(trigger):
            done = [by_trigger.get(v.i) for v in (trigger.head, *with_conjuncts(trigger.head))]
            if any(d is not None and "17" <= d.code[:2] <= "20" for d in done):
                # "seized a school and took hundreds hostage, demanding the withdrawal of
                # Russian troops": the hostage-taking is the news, the demand its aim
                candidate.score -= 1.0
        clause = trigger.head if trigger.pos_ in NOUN_POS and trigger.dep_ == "dobj" else trigger
        # the act, or what a governing verb says of it ("vowed to fire rockets at Israel as
        # Israeli troops pressed their offensive": the threat)
        main = by_trigger.get(clause.head.i) or next(
            (
                by_trigger[c.i]
                for c in clause.head.children
                if c.dep_ in ("xcomp", "advcl")
                and c.i in by_trigger
                and c.i != clause.i
                and not has_mark(c, AS_MARKS)
            ),
            None,
        )
        if (
            clause.dep_ == "advcl"
            and has_mark(clause, AS_MARKS)
            and main is not None
            and main.entry is not None
            and main.code[:2] not in ("01", "02", candidate.code[:2])
        ):
            # "put its air defences on alert as Russia launched a missile attack on Ukraine":
            # what went on meanwhile is the setting of the act the sentence reports (unless it
            # says the same kind of act more closely: "took to the streets as unions staged a
            # nationwide strike")
            candidate.score -= 1.0
        deadline = _deadline_condition(trigger)
        if deadline is not None and candidate.modality in ("intended", "asserted"):
            # "would recognise Guaido unless Maduro called an election within eight days":
            # an act promised unless the other side acts by a date is an ultimatum
            told = self._others(doc, candidate, _subjects(deadline))
            if told:
                candidate.code = "139"
                candidate.modality = "asserted"  # the ultimatum is given now
                candidate.rule += "+ultimatum-unless:139"
                candidate.targets = list(told)
                candidate.target_args = [r.arg for r in told]
        if candidate.code[:2] == "10" and _or_else(trigger):
            # "YPG fighters must leave Manbij within days or face a military offensive": a
            # demand with a threat if it is not met is an ultimatum
            candidate.code = "139"
            candidate.rule += "+or-face:139"
        if candidate.code in RELEASE_DEMANDS:
            # "demanded the release of its sailors who were seized by Abu Sayyaf
            # militants": the demand is made of whoever holds them
            candidate.aim_at_found(self._refs(doc, _captors(trigger)), "captor")
        if candidate.code.startswith("171") and not any(candidate.targets):
            # "the expropriation of a rice plant owned by U.S. food giant Cargill": the
            # property's owner loses it
            owned = [o for p in _seized(trigger) for o in made_by(p)]
            candidate.aim_at_found(self._refs(doc, owned), "owner")
        if (
            not any(candidate.targets)
            and trigger.dep_ == "advcl"
            and trigger.tag_ == "VBG"
            and trigger.i < trigger.head.i
            and lemma(trigger.head) in ADDRESSING_VERBS
        ):
            # "Expressing deep sorrow over the shootings, Modi told his New Zealand
            # counterpart Jacinda Ardern that ...": what is expressed is said to whom he told
            addressed = [c for c in trigger.head.children if c.dep_ in ("dobj", "dative")]
            candidate.aim_at_found(self._others(doc, candidate, addressed), "told")
        if not any(candidate.targets) and candidate.code == "055":
            # "apologised for the killing of a South Korean official": to those wronged
            wronged = [
                v
                for act in prep_objects(trigger, {"for"})
                if act.pos_ in NOUN_POS and self._noun_entries_at(act)
                for v in prep_objects(act, {"of"})
            ]
            candidate.aim_at_found(self._others(doc, candidate, wronged), "wronged")
        if not any(candidate.targets) and candidate.code[:2] in ADDRESSED_ROOTS:
            # "Zelenskiy, addressing U.S. lawmakers by video link, pleaded for warplanes", "...
            # pleaded for warplanes, addressing Congress": said to those addressed
            clauses = [trigger, *(doc[i] for i in candidate.governed_by)]
            clauses = [c for c in clauses if c.pos_ in VERB_POS]
            speaking = [
                c
                for holder in (*clauses, *(s for c in clauses for s in _subjects(c)))
                for c in holder.children
                if c.dep_ in ("acl", "advcl") and c.tag_ == "VBG" and lemma(c) in SPEAKING_TO_VERBS
            ]
            # "Zelenskiy, addressing the Canadian parliament, appealed": the parser's conjunct
            speaking += [
                c.head
                for c in clauses
                if c.dep_ == "conj" and c.head.tag_ == "VBG" and lemma(c.head) in SPEAKING_TO_VERBS
            ]
            heard = [t for c in speaking for t in (*direct_objects(c), *prep_objects(c, {"to"}))]
            candidate.aim_at_found(self._others(doc, candidate, heard), "addressed")
        teller = trigger.head
        if (
            not any(candidate.targets)
            and trigger.dep_ == "ccomp"
            and lemma(teller) in ADDRESSING_VERBS
            and candidate.code[:2] in ADDRESSED_ROOTS
            and self._same_doer(doc, candidate, teller)
        ):
            # "The United States told China it was very sorry": what the teller says of
            # itself is said to whom it told
            listeners = [c for c in teller.children if c.dep_ in ("dobj", "dative")]
            candidate.aim_at_found(self._others(doc, candidate, listeners), "told")
        if _threat_on_condition(candidate):
            # "the EU could impose sanctions on Georgian officials if the crackdown
            # continues": harm held out on a condition is a threat, made now
            changed = self.lexicon.governed_code("threaten", candidate.code)
            if changed and changed != candidate.code:
                candidate.code = changed
                candidate.modality = "asserted"
                candidate.rule += f"+on-condition:{changed}"
        warners = self._warned_against(doc, candidate)
        if warners:
            # "warned that not a drop of oil would pass through Hormuz if the West imposed
            # sanctions": a warning of what follows an act is a threat to whoever would act
            candidate.targets = [s for s in candidate.sources if s is not None]
            candidate.target_args = list(candidate.source_args)
            candidate.sources = list(warners)
            candidate.source_args = [r.head for r in warners]
            candidate.code = "130"
            candidate.modality = "asserted"
            candidate.recip = False
            candidate.rule += "+warned-if:130"
        if _yield_on_condition(candidate):
            # "the United States could ease sanctions on Myanmar if its leaders free all
            # political prisoners": a concession held out on a condition is an intent to yield
            changed = self.lexicon.governed_code("intent", candidate.code)
            if changed and changed != candidate.code:
                candidate.code = changed
                candidate.rule += f"+on-condition:{changed}"
        if candidate.code.startswith("13") and not any(candidate.targets):
            # "threatened to launch a general strike unless Prime Minister Madhav Kumar
            # Nepal resigned": the threat is aimed at whom the condition asks to act
            unless = _condition_clauses(trigger, lambda c: has_mark(c, UNLESS))
            asked = [t for c in unless for t in _subjects(c)]
            candidate.aim_at_found(self._others(doc, candidate, asked), "unless-told")
        if (
            trigger.dep_ == "advcl"
            and trigger.tag_ == "VBG"
            and lemma(trigger) in REASON_PARTICIPLES
            and trigger.head.i in by_trigger
        ):
            candidate.score -= 1.0  # "ordered the expropriation of X, accusing the firm of"
        elaborated = by_trigger.get(_participle_head(trigger))
        if (
            elaborated is not None
            and elaborated.code[:2] in VIOLENCE_ROOTS
            and candidate.code[:2] in VIOLENCE_ROOTS
        ):
            # "rebels massacred more than 200 people, shooting residents and setting fire to
            # their huts": how the act the clause reports was done (it ranks below that act
            # even when it names whom it hit and the act only where)
            candidate.score -= 1.5
        elif (
            elaborated is not None
            and quad_class(elaborated.code) == quad_class(candidate.code) == 4
            and elaborated.entry is not None
        ):
            # "declared a state of emergency, sacking the chief justice and deploying troops":
            # coercion spelled out after the act the clause reports ranks below it
            candidate.score -= 1.0
        consequence = trigger.head
        if (
            trigger.dep_ in ("xcomp", "ccomp", "dobj")
            and consequence.dep_ == "advcl"
            and consequence.tag_ == "VBG"
            and lemma(consequence) in CONSEQUENCE_PARTICIPLES
            and consequence.head.i in by_trigger
        ):
            # "was recognised as interim president by the Trump administration, prompting
            # Maduro to break off relations": the act reported, then what it set off
            candidate.score -= 1.0
        if (
            trigger.dep_ == "advcl"
            and has_mark(trigger, WHILE_MARKS)
            and trigger.head.i in by_trigger
        ):
            candidate.score -= 1.0  # "declared an emergency as protesters occupied X"
        arrival = by_trigger.get(trigger.head.i)
        if (
            candidate.code[:2] == "07"
            and trigger.dep_ == "advcl"
            and trigger.tag_ == "VBG"
            and arrival is not None
            and arrival.code == "042"
        ):
            # "planes landed in Kathmandu carrying tents and medicine": the arrival is the
            # aid's delivery
            candidate.score += 1.0
            arrival.score -= 1.0
        if has_mark(trigger, WHETHER) and lemma(trigger.head) in DELIBERATION_VERBS:
            # "has not yet decided whether to send tanks to Ukraine": the option is weighed
            candidate.code = "014"
            candidate.modality = "asserted"
            candidate.rule += "+whether:014"
        if trigger.dep_ == "advcl" and _conditional(trigger) and trigger.head.i in by_trigger:
            # "threatened to strike Kenya unless Kenyan troops pulled out": the condition
            # of an act the sentence reports is no news of its own
            candidate.score -= 2.0

    def _ordered_out(self, doc: Doc, verb: Token) -> Candidate | None:
        """Foreigners ordered to leave whom the plain order line cannot name ("ordered
        American, Canadian and Russian members of the U.N. peacekeeping mission to leave")."""
        told = [t for c in verb.children if c.dep_ == "dobj" for t in with_conjuncts(c)]
        target_role = self._role(doc, told)
        source_role = self._role(doc, agents(verb))
        code = _expulsion_code(verb, source_role[0], target_role[0])
        entry = next(
            (e for e in self.lexicon.verb_entries("expel") if e.code == code and e.objects), None
        )
        if entry is None:
            return None
        candidate = self._finish(doc, verb, entry, source_role, target_role)
        candidate.rule += f"+ordered-to-leave:{code}"
        return candidate

    def _reporter_of_participle(self, verb: Token) -> list[Token]:
        """Who speaks in a speech participle set off after a reported clause: "Trump said NATO
        members should raise spending, demanding a sharp increase" (the parser hangs
        "demanding" on "raise"): the reporter demands, not the reported clause's subject."""
        if verb.dep_ != "advcl" or verb.tag_ != "VBG" or verb.i == 0:
            return []
        if verb.doc[verb.i - 1].text != "," or lemma(verb) not in SPEECH_PARTICIPLES:
            return []
        clause = verb.head
        while clause.dep_ == "conj" and clause.head.pos_ in VERB_POS:
            clause = clause.head
        reporter = clause.head
        if clause.dep_ != "ccomp" or clause.i < reporter.i or reporter.pos_ not in VERB_POS:
            return []
        if self.lexicon.governor_role(lemma(reporter)) != "say":
            return []
        return agents(reporter)

    def _verb_roles(
        self, doc: Doc, verb: Token, entry: Entry, obj: Token | None, source_tokens: list[Token]
    ) -> Candidate | None:
        source_role = self._role(doc, source_tokens)
        target_role = self._targets(doc, verb, entry, obj)
        if not source_role[0] and entry.code[:2] == "14":
            # "thousands of people marched"
            source_role = self._crowd(doc, verb, source_tokens) or source_role
        elif not source_role[0] and entry.code[:2] in VIOLENCE_ROOTS:
            # "was shot by a 71-year-old man": a lone attacker
            source_role = self._lone_attacker(doc, source_tokens) or source_role
        elif not source_role[0] and self._protest_purpose(verb):
            # "hundreds of people rallied in Yerevan to demand his resignation": the crowd
            source_role = self._crowd(doc, verb.head, agents(verb.head)) or source_role
        if not source_role[0] and is_passive(verb) and entry.code[:2] in ("06", "07"):
            # "Javelin missiles supplied by Washington have been delivered to Ukraine": the
            # supplier named on what is delivered
            given = [c for c in verb.children if c.dep_ in ("nsubjpass", "nsubj")]
            suppliers = self._role(doc, [m for g in given for m in made_by(g)])
            source_role = suppliers if suppliers[0] else source_role
        if not source_role[0] and entry.code[:2] in VIOLENCE_ROOTS and is_passive(verb):
            # "soldiers were killed in a clash with Chinese troops", "in an attack by rebels"
            aimed = {r.actor.code for r in target_role[0]}
            sides = _combat_sides(verb) + [
                # "was shot in the leg when a gunman opened fire on his convoy"
                a
                for c in verb.children
                if c.dep_ == "advcl"
                and lemma(c) in ATTACK_LEMMAS
                and any(m.dep_ in ("mark", "advmod") and lemma(m) in WHEN_MARKS for m in c.children)
                for a in agents(c)
            ]
            fighters = [r for r in self._refs(doc, sides) if r.actor.code not in aimed]
            if fighters:
                source_role = (fighters, [r.arg for r in fighters])
        if not source_role[0] and obj is not None and entry.code[:2] == "08" and is_passive(verb):
            # "UN sanctions against Iran were lifted", "Russia's ban on Georgian wine was lifted":
            # who lifts a measure is whoever imposed it
            aimed = {r.actor.code for r in target_role[0]}
            owned = [r for r in self._refs(doc, owners(obj)) if r.actor.code not in aimed]
            if owned:
                source_role = (owned, [r.arg for r in owned])
        if (
            not source_role[0]
            and obj is not None
            and entry.objects
            and is_passive(verb)
            and self.lexicon.governor_role(lemma(verb)) == "light"
            and lemma(verb) not in FORCE_MOVES  # forces sent are moved by their state (below)
        ):
            # "US sanctions on Rusal were announced": whose the measure is announced it
            aimed = {r.actor.code for r in target_role[0]}
            named = [r for r in self._refs(doc, named_modifiers(obj)) if r.actor.code not in aimed]
            if named:
                source_role = (named, [r.arg for r in named])
        if not source_role[0] and lemma(verb) in EXPULSION_VERBS and is_passive(verb):
            # "two inspectors were expelled from North Korea": whoever they leave expels them
            expellers = self._role(doc, prep_objects(verb, {"from"}))
            if expellers[0]:
                source_role = expellers
                target_role = self._role(doc, direct_objects(verb))
        if not source_role[0] and lemma(verb) in FORCE_MOVES and is_passive(verb):
            # "North Korean troops were deployed to Kursk": whose troops they are moves them
            moved = [
                r
                for r in self._refs(doc, direct_objects(verb))
                if {"MIL", "COP"} & set(r.actor.sectors) and r.actor.country
            ]
            if moved:
                source_role = (moved, [r.arg for r in moved])
        if "swap" in entry.flags:
            # "came under attack from X"; the parser may hang "from X" on the matched noun
            # ("came under heavy sanctions from the EU")
            doers = prep_objects(verb, {"from", "by"})
            if obj is not None:
                doers += prep_objects(obj, {"from", "by"})
            doer_role = self._role(doc, doers)
            if not doer_role[0] and obj is not None:
                # "received an IMF bailout", "came under Russian fire": whose the thing is
                # ("the first tranche of an IMF bailout", "1.6 billion euros in EU grants")
                holders = [
                    t
                    for thing in (obj, *prep_objects(obj, {"of", "in"}))
                    for t in (*possessors(thing), *named_modifiers(thing))
                    if t.pos_ != "PRON"
                ]
                doer_role = self._role(doc, holders)
            if not source_role[0]:
                # "any Indian military strike would be met with force": whose the act is
                source_role = self._role(
                    doc,
                    [
                        t
                        for subject in verb.children
                        if subject.dep_ in ("nsubj", "nsubjpass")
                        for t in (*possessors(subject), *named_modifiers(subject))
                        if t.pos_ != "PRON"
                    ],
                )
            source_role, target_role = doer_role, source_role
        takes_none = "none" in {s.kind for s in entry.targets}
        mutual = "recip" in entry.flags and len(source_role[0]) > 1  # "X and Y met"
        if (
            mutual
            and lemma(verb) in TALKING_OVER_VERBS
            and target_role[1]
            and all(doc[i].dep_ == "dobj" for i in target_role[1])
        ):
            # "Trump and Putin discussed the war in Syria": what two discuss is the topic;
            # each is the other's partner
            target_role = ([], [])
        if not target_role[1] and not takes_none and not mutual:
            return None
        if entry.code[:2] == "13" and not target_role[0] and source_role[0]:
            # "threatened to close the strait if the United States imposed sanctions": aimed at
            # whoever the condition asks to act or not to
            own = {r.actor.country for r in source_role[0]}
            clauses = [verb, *(c for c in verb.children if c.dep_ in ("xcomp", "ccomp"))]
            conditioned = self._conditioned(doc, clauses, own)
            if conditioned:
                target_role = (conditioned, [r.arg for r in conditioned])
        if "needs_target" in entry.flags and not target_role[0]:
            coded = any(r.actor.code for r in source_role[0])
            if not coded or not any(_unknown_name(doc[i]) for i in target_role[1]):
                return None  # "released a statement"; but "rebels will release Pablo Moncayo"
        if "needs_source" in entry.flags and not source_role[0]:
            return None  # "the pipeline goes to the coast": no one travels
        if "armed_subject" in entry.flags and not any(
            ARMED_SECTORS & set(r.actor.sectors) or lemma(doc[r.head]) in TROOP_NOUNS
            for r in source_role[0]
        ):
            return None  # "troops massed near the border", not "protesters massed"
        if "protest_subject" in entry.flags and not any(
            lemma(doc[r.head]) in PROTESTER_NOUNS for r in source_role[0]
        ):
            return None  # "protesters camped outside the ministry", not "refugees camped"
        if "rioter_subject" in entry.flags and not any(
            lemma(w) in RIOTER_NOUNS
            for t in [*(doc[r.head] for r in source_role[0]), *agents(verb)]
            for w in (t, *prep_objects(t, {"of"}))
        ):
            return None  # "youths hurled stones at police", not "the army hurled stones"
        if "goods_subject" in entry.flags:
            goods = [a for a in agents(verb) if _goods(a)]
            if not goods:
                return None  # "the delegation arrived in Kyiv": a visit
            senders = [
                t  # not the goods themselves ("fighter jets" named as a military)
                for g in goods
                for t in g.subtree
                if t.i != g.i and not any(m.head == g.i for m in mentions_at(doc, t))
            ]
            # "aid trucks entered Gaza, carrying food supplied by the U.N.": the load's maker
            senders += [
                t
                for c in verb.children
                if c.dep_ == "advcl" and c.tag_ == "VBG" and lemma(c) in LOAD_VERBS
                for t in c.subtree
            ]
            source_role = self._role(doc, senders)
            if not source_role[0]:
                return None
            candidate = self._finish(doc, verb, entry, source_role, target_role)
            candidate.code = _goods_code(goods)
            if candidate.code == "072" and lemma(verb) in INVADING_VERBS:
                candidate.code = "190"  # "Russian tanks rolled across Ukraine's borders"
            candidate.rule += f"+goods:{candidate.code}"
            return candidate
        return self._finish(doc, verb, entry, source_role, target_role)

    def _noun_candidate(self, doc: Doc, noun: Token) -> Candidate | None:
        if _bundle_contents(noun) != [noun]:
            return None  # "a round of exercises": the exercises are the event
        if noun.dep_ == "dobj" and (lemma(noun.head), lemma(noun)) in IDIOM_OBJECTS:
            return None  # "made the case that the euro zone needs a budget": an argument
        entries = [
            e
            for e in self.lexicon.noun_entries(lemma(noun))
            if _modifiers_hold(noun, e.lemma) and self._noun_object_holds(doc, noun, e)
        ]
        if not entries:
            return None
        between = _sides(noun)
        # "fighting between X and Y" is two-sided, "fighting in X" is not: one lemma, two lines
        entry = max(entries, key=lambda e: (e.specificity, bool(between) and "recip" in e.flags))
        head = noun.head
        if entry.code[:2] == "07" and _attacked(noun):
            return None  # "condemned the attack on peacekeepers": they are the victims
        governor = None
        if head.pos_ in VERB_POS and noun.dep_ in ("dobj", "attr", "oprd", "nsubjpass"):
            governor = head
        elif noun.dep_ == "pobj" and head.dep_ == "prep" and head.head.pos_ == "ADJ":
            if self.lexicon.governor_role(lemma(head.head), link=lemma(head)):
                governor = head.head  # "said it was ready for talks", "open to dialogue"
        elif noun.dep_ == "pobj" and head.dep_ == "prep" and head.head.pos_ in VERB_POS:
            if lemma(head) == "for":
                governor = head.head  # "called for talks", "pushed for sanctions"
            elif lemma(head) in SEQUENCE_PREPS:
                governor = head.head  # "jetted to Geneva after meetings with X": same agent
            elif lemma(head) == "in" and _participating(head.head):
                governor = head.head  # "Russia took part in the exercises"
            elif lemma(head) == "in" and lemma(noun) in MANNER_NOUNS:
                governor = head.head  # "went ahead with the vote in defiance of a ban"
            elif lemma(head) == "with" and lemma(head.head) in RESPONSE_VERBS:
                governor = head.head  # "Moscow responded with a barrage of missiles"
            elif lemma(head) == "with" and lemma(noun) in MANNER_NOUNS:
                governor = head.head  # "unions paralysed France with the biggest strike yet"
            elif lemma(head) == "to" and self.lexicon.governor_role(lemma(head.head), link="to"):
                governor = head.head  # "agreed to a ceasefire", "committed to talks"
        elif noun.dep_ == "pobj" and _owned_by(head) and head.head.pos_ in (*NOUN_POS, "NUM"):
            # "agreed to an expansion of the force", "announced $33 million in assistance"
            owner = _governor_of_owner(head.head)
            if owner is not None and self.lexicon.governor_role(lemma(owner)) in OF_GOVERNORS:
                governor = owner
        first = _first_conjunct(noun)
        if first is not noun and first.dep_ in ("dobj", "attr") and first.head.pos_ in VERB_POS:
            governor = first.head
        source_role = self._noun_sources(doc, noun, entry, governor)
        target_role = self._noun_targets(doc, noun, entry, governor)
        sides = self._role(doc, between)
        if "recip" in entry.flags and sides[0] and not possessors(noun) and noun.dep_ != "dobj":
            # "talks between Iran and the US", "clashes between herders and farmers": the
            # sides are the actors, whoever else the sentence names ("X promoted cooperation
            # between A and B" is X's act on them)
            source_role, target_role = sides, ([], sides[1])
        takes_none = "none" in {s.kind for s in entry.targets}
        if (
            not target_role[1]
            and not takes_none
            and ("poss=target" in entry.flags or not source_role[0])
        ):
            return None
        if "needs_target" in entry.flags and not target_role[0]:
            return None  # "enough material for several nuclear weapons": no one's arms
        candidate = self._finish(doc, noun, entry, source_role, target_role)
        if candidate is not None and _labour_strike(noun, candidate):
            candidate.code = "143"  # a strike by unions or workers is no air strike
            candidate.rule += "+labour:143"
        if candidate is not None and _talks_collapsed(noun, entry):
            candidate.code = "164"  # halted negotiations, both sides
            candidate.rule += "+collapsed:164"
        return candidate

    def _noun_object_holds(self, doc: Doc, noun: Token, entry: Entry) -> bool:
        """An ``actor_object`` noun's "of" complement, when it has one, names an actor or one of
        the entry's objects: "the release of 50 hostages", "the release of Navalny", not "the
        release of treated water" or "of the report"; another noun with objects, its "of"
        complement names one of them ("the closure of an independent newspaper", not "of the
        consulate")."""
        complements = prep_objects(noun, {"of"})
        if "actor_object" not in entry.flags:
            # "the closure of Voice of Democracy, one of the last independent news outlets"
            described = [
                d
                for c in complements
                for a in c.children
                if a.dep_ == "appos"
                for d in (a, *partitive_whole(a))
            ]
            return not entry.objects or (
                _match_object(noun, complements + described, entry.objects) is not None
            )
        if not complements or self._names_actor(doc, complements):
            return True
        return bool(entry.objects) and _match_object(noun, complements, entry.objects) is not None

    def _noun_sources(
        self, doc: Doc, noun: Token, entry: Entry, governor: Token | None
    ) -> tuple[list[ActorRef], list[int]]:
        behind = noun.head if noun.dep_ == "pobj" else None
        if (
            behind is not None
            and lemma(behind) == "behind"
            and lemma(behind.head) in ("be", "stand")
        ):
            role = self._role(doc, agents(behind.head))
            if role[0]:
                return role  # "the ELN was behind the attack on a police academy": the ELN's
        if governor is not None and (_participating(governor) or lemma(noun) in MANNER_NOUNS):
            role = self._role(doc, agents(governor))
            if role[0]:
                return role  # "Russia refused to join NATO exercises": Russia's, not NATO's
        if "poss=target" not in entry.flags or prep_objects(noun, {"of"}):
            # "Ukraine's expulsion of 13 Russian diplomats": with its object named, the
            # possessor of such a noun is the one who acts
            role = self._role(doc, possessors(noun))
            if role[0]:
                return role
        act = noun.head.head if noun.dep_ == "pobj" and lemma(noun.head) == "of" else None
        if act is not None and lemma(act) in IMPOSING_NOUNS:
            role = self._role(doc, possessors(act))  # "Washington's reimposition of sanctions"
            if role[0]:
                return role
        for child in noun.children:
            if child.dep_ in ("compound", "amod", "nmod"):
                # "a Russian offensive"; "an Afghan government offer": the compound's own words
                words = list(child.subtree) if child.dep_ == "compound" else [child]
                mentions = {id(m): m for t in words for m in mentions_at(doc, t)}.values()
                refs = [ActorRef.from_mention(m) for m in mentions]
                if lemma(noun) in TOUR_NOUNS:
                    # "a Latin American tour": where the tour goes, not who makes it
                    refs = [r for r in refs if r.actor.code not in REGIONS]
                if refs:
                    return [replace(r, arg=noun.i) for r in refs], [noun.i]
        target_preps = {p for slot in entry.targets for p in slot.preps}
        makers = prep_objects(noun, {"by", "from"} - target_preps)  # not "withdrawal from X"
        if not makers and _drawn(noun):
            makers = prep_objects(noun.head, {"from"})  # "drawing condemnation from Washington"
        if not makers:  # "sanctions on Mali, announced by West African leaders": theirs
            makers = _authored(noun, {"by"})
        role = self._role(doc, makers)
        if role[0]:
            return role
        if governor is not None and (
            self.lexicon.governor_role(lemma(governor)) is not None
            or lemma(governor) in RESPONSE_VERBS
            or _participating(governor)
        ):
            return self._role(doc, agents(governor))
        if governor is not None and governing_prep(noun) in SEQUENCE_PREPS:
            role = self._role(doc, agents(governor))
            if _took_part(noun, entry, role[0]):
                return role
        if governor is not None and governing_prep(noun) == "for" and lemma(governor) in TRIP_VERBS:
            return self._role(doc, agents(governor))  # "landed in Alaska for a summit with X"
        if self._light_verb_of(noun):
            # "carried out three air strikes in Mosul": the doer of a light verb's act, even when
            # its own line found no target to take
            return self._role(doc, agents(noun.head))
        first = _first_conjunct(noun) if noun.dep_ == "conj" else None
        if (
            first is not None
            and first.dep_ == "dobj"
            and first.head.pos_ in VERB_POS
            and self.lexicon.governor_role(lemma(first.head), link="dobj") == "light"
        ):
            return self._role(doc, agents(first.head))  # "imposed asset freezes and travel bans"
        package = noun.head
        if (
            noun.dep_ == "compound"
            and lemma(package) in BUNDLE_NOUNS
            and package.dep_ == "dobj"
            and self.lexicon.governor_role(lemma(package.head), link="dobj") == "light"
        ):
            return self._role(doc, agents(package.head))  # "adopted a sanctions package"
        return [], []

    def _light_verb_of(self, noun: Token) -> bool:
        """Whether the noun is the object of a verb the lexicon pairs with it ("carried out air
        strikes", "declared a state of siege", "imposed a curfew")."""
        verb = noun.head
        if noun.dep_ != "dobj" or verb.pos_ not in VERB_POS:
            return False
        return any(
            entry.objects and _match_object(verb, [noun], entry.objects) is not None
            for entry in self.lexicon.verb_entries(lemma(verb))
        )

    def _noun_targets(
        self, doc: Doc, noun: Token, entry: Entry, governor: Token | None
    ) -> tuple[list[ActorRef], list[int]]:
        first_args: list[int] = []
        for slot in entry.targets:
            if slot.kind == "none":
                break
            tokens: list[Token] = []
            if slot.kind == "poss":
                tokens = possessors(noun)
            elif slot.kind == "prep":
                tokens = _prep_objects_deep(noun, slot.preps)
                if not tokens and noun.dep_ == "conj":
                    # "air and artillery strikes on X": the parser hangs it on the first
                    tokens = prep_objects(_first_conjunct(noun), slot.preps)
                if not tokens:  # "sanctions imposed by the EU on Russia"
                    tokens = _authored(noun, slot.preps)
                if not tokens and noun.dep_ == "compound" and lemma(noun.head) in BUNDLE_NOUNS:
                    # "a sanctions package against Russia", "an aid package for Ukraine"
                    tokens = prep_objects(noun.head, slot.preps)
                if not tokens and governor is not None:
                    tokens = prep_objects(governor, slot.preps)
                if not tokens and noun.dep_ == "nsubj" and lemma(noun.head) in BLAST_VERBS:
                    # "a truck bomb ripped through the U.N. headquarters", "exploded near X"
                    tokens = prep_objects(noun.head, slot.preps | {"through", "outside"})
                    # "slammed into power plants across Ukraine": where the things hit are
                    tokens += [p for t in tokens for p in prep_objects(t, {"across", "in"})]
                    if tokens:
                        tokens += prep_objects(noun.head, {"across"})
                if not tokens:
                    # "the sale of 66 jets worth $8 billion to Taipei": the parser hangs the
                    # recipient on the price, on the noun or on its verb
                    worths = [w for w in noun.subtree if w.lower_ == "worth"]
                    if governor is not None:
                        worths += [w for w in governor.children if w.lower_ == "worth"]
                    tokens = [
                        t
                        for worth in worths
                        for holder in worth.subtree
                        for t in prep_objects(holder, slot.preps)
                    ]
                if not tokens and governor is not None and "to" in slot.preps:
                    tokens = datives(governor)  # "gave Putin a stern warning"
                if not tokens and _drawn(noun):
                    tokens = agents(noun.head)  # "X drew criticism from Y": aimed at X
            elif slot.kind == "comp":  # "its demand that the US ease sanctions"
                tokens = [
                    t
                    for c in noun.children
                    if c.dep_ in ("acl", "ccomp")
                    for t in c.children
                    if t.dep_ in ("nsubj", "nsubjpass")
                ]
            refs, args = self._role(doc, tokens)
            if refs:
                return refs, args
            first_args = first_args or args
        if "poss=target" in entry.flags:
            refs, args = self._role(doc, possessors(noun))
            if refs:
                return refs, args
        if entry.code[:2] in REPROACH_ROOTS:
            # "sanctions over Iran's nuclear programme": whose doing it is a reproach for
            for cause in prep_objects(noun, {"over"}):
                refs, args = self._role(doc, possessors(cause))
                if refs:
                    return refs, [cause.i]
        if entry.code == "128":
            # "in defiance of warnings from Britain, France and Germany", "of Washington's
            # warnings": who gave what is defied (the parser may hang "from" on the defiance)
            for defied in prep_objects(noun, {"of"}):
                givers = noun_agents(defied, preps=MAKER_PREPS) or prep_objects(noun, MAKER_PREPS)
                refs, args = self._role(doc, givers)
                if refs:
                    return refs, args
        return [], first_args

    def _targets(
        self, doc: Doc, verb: Token, entry: Entry, obj: Token | None
    ) -> tuple[list[ActorRef], list[int]]:
        first_args: list[int] = []
        for slot in entry.targets:
            if slot.kind == "none":
                break
            tokens = self._slot_tokens(verb, slot, obj)
            if slot.kind == "prep" and "over" in slot.preps and entry.code[:2] == "11":
                tokens += _complained_of(verb, obj)
            refs, args = self._role(doc, tokens)
            if not refs and slot.kind == "prep" and "against" in slot.preps:
                # "launched a dispute at the WTO against European Union restrictions": whose
                # measures a case or a protest is against, before any other slot's actor (the
                # parser may hang "against" on the forum)
                measures = tokens
                if not measures and obj is not None:
                    measures = [
                        t
                        for prep in obj.children
                        if prep.dep_ == "prep"
                        for forum in prep.children
                        if forum.dep_ == "pobj"
                        for t in prep_objects(forum, {"against"})
                    ]
                measures = [t for t in measures if t.pos_ == "NOUN"]
                held, _ = self._role(doc, [o for t in measures for o in owners(t)])
                held = [r for r in held if r.actor.code]  # a known owner, not any name
                if held:
                    refs, args = held, [measures[0].i]
            if slot.kind == "poss" and obj is not None:
                # "rejected Erdogan's request", "the French proposal", "the resolution proposed
                # by France": whose it is; the evidence is the object's phrase
                owner_tokens = [t for t in owners(obj) if not _ranking_region(obj, t)]
                refs = [replace(r, arg=obj.i) for r in refs or self._refs(doc, owner_tokens)]
                if not args and self._refs(doc, [t for t in owner_tokens if t.pos_ != "ADJ"]):
                    # a name before the thing is its owner ("welcomed the UN Security Council
                    # resolution"); an adjective may only say where it is ("Ukrainian positions")
                    args = [obj.i]
                if not refs:
                    # "rejected a proposal by Brazil", the parser's "by" maybe on the verb
                    makers = prep_objects(obj, {"by"})
                    if not is_passive(verb):
                        makers += prep_objects(verb, {"by"})
                    refs, args = self._role(doc, [t for m in makers for t in with_conjuncts(m)])
            if refs:
                return refs, args
            first_args = first_args or args
        return [], first_args

    def _purpose_target(self, doc: Doc, candidate: Candidate) -> None:
        """Whom a sending or an offer is for, named in its purpose clause ("sent troops to help
        the Philippine army", "deployed peacekeepers to relieve the Angolan contingent"); whom
        a strike or protest is against ("went on strike to protest the president's decision",
        "a hunger strike in protest against laws imposed by the government"): the actor the
        purpose names, or whose thing it is."""
        if any(candidate.targets) or not any(candidate.sources):
            return
        verbs = PURPOSE_VERBS.get(candidate.code[:2])
        if verbs is None:
            return
        objects = _purpose_objects(candidate, verbs)
        # help goes abroad; a protest is mostly against one's own government
        apart = _same_side if verbs is BENEFIT_VERBS else _same_code
        for obj in objects:
            refs = self._role(doc, [obj])[0]
            if not refs and candidate.code[:2] == "14":
                refs = [replace(r, arg=obj.i) for r in self._refs(doc, owners(obj))]
            refs = [r for r in refs if not any(apart(r, s) for s in candidate.sources)]
            if refs:
                candidate.targets = [*refs]
                candidate.target_args = [obj.i]
                candidate.rule += "+purpose-target"
                return

    def _posture_target(self, doc: Doc, candidate: Candidate) -> None:
        """Whom a show of force or an alert that names no one is aimed at: whom it is "against",
        whose waters missiles fall around ("fired missiles into waters around Taiwan"), whom
        it cites ("citing aggressive statements by NATO powers"), whose act it comes ahead of
        ("ahead of a rally by the opposition") or after ("put its military on alert after North
        Korean artillery shelled the island"; "since Monday's clash with Chinese soldiers").
        Never the source itself."""
        if candidate.code[:2] != "15" or _has_coded_target(candidate) or not any(candidate.sources):
            return
        trigger = candidate.trigger
        verb = trigger.head if trigger.pos_ in NOUN_POS and trigger.dep_ == "dobj" else trigger
        # "told its forces to be ready ... after Indian warplanes struck": the order's clause
        clauses = (
            [c for c in verb.children if c.dep_ == "xcomp"] if "+alert" in candidate.rule else []
        )
        for tokens in (a for head in (verb, *clauses) for a in _posture_aims(head)):
            refs = [
                r
                for r in self._role(doc, tokens)[0]
                if r is not None
                and not any(_same_code(r, s) for s in candidate.sources)
                and not any(_same_side(r, s) for s in candidate.sources if "COP" not in _sectors(s))
            ]
            if refs:
                candidate.targets = [*refs]
                candidate.target_args = [r.head for r in refs]
                candidate.rule += "+posture-target"
                return

    def _destination_target(self, doc: Doc, candidate: Candidate) -> None:
        """An act done by those sent somewhere to do it is aimed at where they were sent, when
        it names no one else ("sent officials to Qatar to investigate a report", "arrived in
        Nepal to help deliver aid"); never the source's own country."""
        if any(candidate.targets) or not any(candidate.sources):
            return
        own = _own(candidate, lambda actor: True)
        clause = candidate.trigger
        for _ in range(2):  # "arrived in Nepal [to help [deliver aid]]"
            if clause.dep_ not in ("advcl", "xcomp") or clause.head.pos_ not in VERB_POS:
                return
            clause = clause.head
            preps = DESTINATION_VERBS.get(lemma(clause))
            if preps is None:
                continue
            for token in prep_objects(clause, preps):
                refs = self._place_refs(doc, token, own)
                if refs:
                    candidate.aim_at(refs, token.i, "destination-target")
                    return
            return

    def _leadership_protest(self, doc: Doc, candidate: Candidate) -> None:
        """A protest that demands a leader go ("chanting for President Hosni Mubarak to step
        down", "to demand that Lukashenko step down", "a strike to force the prime minister to
        resign") demands a change of leadership (1411, 1421, 1431, 1441, 1451), aimed at that
        leader."""
        if candidate.code not in LEADERSHIP_PROTESTS or not any(candidate.sources):
            return
        for leader in _leaders_told_to_go(candidate.trigger):
            refs = [
                r
                for r in self._role(doc, [leader])[0]
                if set(r.actor.sectors) & {"GOV", "ELI"} or r.kind == "person"
            ]
            if refs:
                candidate.code += "1"
                candidate.targets = [*refs]
                candidate.target_args = [leader.i]
                candidate.rule += "+leadership-change"
                return

    def _topic_target(self, doc: Doc, candidate: Candidate) -> None:
        """What a comment, worry or hope is about, or what an inquiry looks into, when that
        names no actor itself, is about the first actor in its phrase ("expressed pessimism
        over holding negotiations with the United States", "an investigation into killings
        during President Duterte's war on drugs"); the evidence is the phrase from its start.
        Never the speaker, never a reported clause's own event."""
        apology = candidate.code[:3] == "055"
        if any(candidate.targets) or not (candidate.code[:2] in TOPIC_TARGET_ROOTS or apology):
            return
        own = {s.actor.code for s in candidate.sources if s is not None}
        args = list(candidate.target_args)
        if apology:
            if (
                candidate.trigger.dep_ == "ccomp"
                and lemma(candidate.trigger.head) in ADDRESSING_VERBS
            ):
                return  # "told China it was very sorry for": said to whom it told
            # "apologised for violence by Dutch forces during Indonesia's war": whom the
            # apologiser's side wronged, never that side itself
            args += [t.i for t in prep_objects(candidate.trigger, {"for"})]
            homes = {s.actor.country for s in candidate.sources if s is not None} - {None}
            own |= {m.actor.code for m in doc._.actor_mentions or () if m.actor.country in homes}
        if candidate.code[:2] == "09":  # "an investigation into killings during X's war"
            args += [t.i for t in prep_objects(candidate.trigger, INQUIRY_PREPS)]
        for arg in args:
            head = doc[arg]
            inquiry = candidate.code[:2] == "09" and head.dep_ == "dobj"
            if head.pos_ not in NOUN_POS or (head.dep_ != "pobj" and not inquiry):
                # a clause's subject or object is its own event's actor; what an inquiry
                # looks into names whom it investigates ("investigating allegations that
                # security forces tortured detainees")
                continue
            for token in head.subtree:
                if token.i == head.i:
                    continue
                refs = [
                    r for r in self._refs(doc, [token]) if r.actor.code and r.actor.code not in own
                ]
                if refs:
                    left = head.left_edge.i
                    candidate.targets = [
                        replace(r, arg=arg, start=min(r.start, left)) for r in refs
                    ]
                    candidate.rule += "+topic-target"
                    return

    def _located_target(self, doc: Doc, candidate: Candidate, *, objects: bool = False) -> None:
        """A target that names no actor but a thing in a place ("stormed a police headquarters
        in eastern Afghanistan", "aid to fight the epidemic in West Africa") is that place's
        country; the evidence stays the thing's phrase. Never the source's own place."""
        # the thing acted on: the target's phrase, or (``objects``) the object the entry
        # matched ("seized a town in North Kivu"), whose evidence is the place alone
        things = (
            [t.i for t in direct_objects(candidate.trigger)] if objects else candidate.target_args
        )
        trigger = candidate.trigger
        # a noun event with no one acted on happens at its place ("mass killings in northern
        # Mexico"); the evidence is the place
        at_noun = objects and not things and trigger.pos_ in NOUN_POS
        if at_noun:
            things = [trigger.i]
        if _has_coded_target(candidate) or not things or not any(candidate.sources):
            return  # a place alone makes no event ("two men were shot dead in a village")
        if _sides_of_each_other(candidate):
            return
        if not {candidate.code[:2], candidate.code[:3]} & LOCATED_TARGET_CODES:
            return
        # a state acting at home acts on no one there; rebels seizing a town take it from it
        own = _own(candidate, _of_the_state)
        for arg in things:
            # in the thing's phrase, or on the verb that acts on it ("struck a target in X")
            located = [
                *_phrase_tokens(doc[arg]),
                *(
                    t
                    for c in trigger.children
                    if c.dep_ == "prep" and lemma(c) not in BACKGROUND_PREPS | SEQUENCE_PREPS
                    for t in _phrase_tokens(c)
                ),
            ]
            places = [
                word
                for token in located
                if token.dep_ == "pobj"
                and (lemma(token.head) in PLACE_PREPS | {"near", "around"} or _border_with(token))
                for word in token.subtree  # "in the Gaza Strip's border regions"
                if word.dep_ in ("pobj", "poss", "compound")
                and not _by_maker(word, token)
                and not _past_other_prep(word, token)
            ]
            # "around" a place last: "blockades around Palestinian towns in the West Bank"
            places.sort(
                key=lambda w: (
                    lemma(next((a for a in w.ancestors if a.dep_ == "prep"), w)) == "around"
                )
            )
            for token in places:
                refs = self._place_refs(doc, token, own)
                if refs and _met_there(candidate, token, refs):
                    return  # "Israel and Hamas agreed a truce in Cairo": they met there
                if refs:
                    # the evidence runs from the thing to its place when the place is in its
                    # phrase ("an army camp in western Kabul")
                    inside = not objects and _in_phrase(token, doc[arg])
                    left = doc[arg].left_edge.i if inside else len(doc)
                    candidate.targets = [
                        replace(r, arg=token.i if objects else arg, start=min(r.start, left))
                        for r in refs
                    ]
                    candidate.recip = False  # a place does not act back
                    candidate.rule += "+located-target"
                    return

    def _victims_target(self, doc: Doc, candidate: Candidate) -> None:
        """An attack that names no one attacked is aimed at whom it killed or wounded ("blew
        himself up at a gate of Kabul airport, killing 13 U.S. service members"; "was pounded
        by artillery in an attack that killed two South Korean marines"), before any place."""
        trigger = candidate.trigger
        if (
            candidate.code[:2] not in VIOLENCE_ROOTS
            or any(candidate.targets)
            or not any(candidate.sources)
            or candidate.recip
            or _sides_of_each_other(candidate)
        ):
            return  # "traded fire, killing a civilian": the sides fought each other
        holders = [trigger, *(n for n in prep_objects(trigger, {"in"}) if n.pos_ in NOUN_POS)]
        clauses = [
            c
            for h in holders
            for c in h.children
            if c.dep_ in ("advcl", "acl", "relcl", "conj") and lemma(c) in VICTIM_VERBS
        ]
        victims = [v for clause in clauses for v in direct_objects(clause)]
        self._aim_at_first(doc, candidate, victims, "victims-target")

    def _repressed(self, doc: Doc, candidate: Candidate) -> None:
        """Riot police or force that names no one is aimed at whom it is used to disperse or
        stop ("used water cannon to disperse pro-European demonstrators", "fired tear gas to
        break up crowds protesting in Minsk", "deployed riot police to thwart protests called
        by the opposition")."""
        if candidate.code[:3] not in ("175", "153") or any(candidate.targets):
            return
        if not any(candidate.sources):
            return
        purposes = [
            c
            for c in candidate.trigger.children
            if c.dep_ in ("xcomp", "advcl")
            and c.pos_ in VERB_POS
            and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)
        ]
        for clause in purposes:
            for obj in direct_objects(clause):
                # the crowd itself, what it is made of, or who called it ("protests called by
                # the opposition"), not what it is about ("protests against the country's crisis")
                named = [obj, *prep_objects(obj, {"of"})]
                self._aim_at_first(
                    doc,
                    candidate,
                    [*named, *(m for t in named for m in made_by(t))],
                    "repressed",
                    lambda t: [r for r in self._others(doc, candidate, [t]) if r.actor.code],
                )
                if any(candidate.targets):
                    return
                crowd = self._crowd(doc, candidate.trigger, [obj])
                if crowd:
                    candidate.aim_at(crowd[0], obj.i, "repressed", one_way=True)
                    return

    def _denied_against(self, doc: Doc, candidate: Candidate) -> None:
        """A denial that names no accuser is aimed at the first other country's actor in what
        is denied ("denied that Moscow had any role in the hacking of U.S. government agencies",
        "denied any involvement in the attack in the English city of Salisbury")."""
        if candidate.code[:3] != "016" or any(candidate.targets):
            return
        homes = {s.actor.country for s in candidate.sources if s is not None} - {None}
        if not homes:
            return
        denied = [c for c in candidate.trigger.children if c.dep_ in ("ccomp", "dobj", "xcomp")]
        self._aim_at_first(
            doc,
            candidate,
            [t for clause in denied for t in clause.subtree],
            "denied-against",
            lambda t: [
                r
                for r in self._refs(doc, [t])
                if r.actor.code and r.actor.country and r.actor.country not in homes
            ],
        )

    def _unnamed_victims(self, doc: Doc, candidate: Candidate) -> None:
        """Violence against people the sentence counts or describes but names no one's ("Bosnian
        Serb troops executed thousands of Muslim men", "Boko Haram fighters killed 2,000
        people") is aimed at the civilians of the attackers' own country, when the sentence
        names no other country for them to belong to and no place where it happened."""
        trigger = candidate.trigger
        if (
            not (candidate.code[:2] in VIOLENCE_ROOTS or candidate.code[:3] == "175")
            or any(candidate.targets)
            or candidate.recip
        ):
            return
        if trigger.dep_ not in ("ROOT", "ccomp", "conj", "xcomp") or trigger.tag_ == "VBG":
            return  # "stormed a police post, killing five officers": the storming's target
        sources = [s for s in candidate.sources if s is not None]
        countries = {s.actor.country for s in sources}
        if len(countries) != 1 or None in countries:
            return  # no one's forces, or an international body's
        (country,) = countries
        # "blew up a bus in Jerusalem, killing at least 23 people"
        top = _clause_above(trigger, CLAUSE_LINKS | {"acl"})
        clause = range(top.left_edge.i, top.right_edge.i + 1)  # not who reports it
        mentioned = [m for m in doc._.actor_mentions or () if m.actor.country and m.head in clause]
        places = {m.actor.country for m in mentioned if m.kind in PLACE_KINDS}
        if len(places) == 1:
            (country,) = places  # the people of the place where they were killed
        elif {m.actor.country for m in mentioned} - {country}:
            return  # "Russian forces killed 50 people" near Ukraine: whose, the text must say
        victims = _passive_subjects(trigger) if is_passive(trigger) else direct_objects(trigger)
        for victim in victims:
            if victim.pos_ not in NOUN_POS or not _unnamed_people(victim):
                continue
            start, end = victim.left_edge.i, victim.right_edge.i + 1
            actor = _sector_actor(country, "CVL", doc[start:end].text)
            ref = ActorRef(actor, start, end, victim.i, "agent")
            candidate.aim_at([ref], victim.i, "unnamed-victims", one_way=True)
            return

    def _withdrawn_from(self, doc: Doc, candidate: Candidate) -> None:
        """A pullout that names no one is from the country of the place left, named anywhere in
        the "from" phrase ("withdraw from the west bank of the Dnipro River near the Ukrainian
        city of Kherson": UKR); never the source's own country."""
        named = [t for t in candidate.targets if t is not None and t.actor.code]
        if candidate.code[:3] != "087" or named or not any(candidate.sources):
            return
        own = _own(candidate, lambda actor: True)
        trigger = candidate.trigger
        # "from the west bank of the Dnipro, including the city of Kherson"
        left = prep_objects(trigger, {"from", "out", "including", "include", "near", "around"}) + [
            t for c in particle_children(trigger) for t in prep_objects(c, {"from", "of"})
        ]
        if trigger.pos_ in NOUN_POS:  # "the withdrawal of its troops from the west bank"
            left += _prep_objects_deep(trigger, frozenset({"from"}))
        places = [token for place in left for token in place.subtree]
        self._aim_at_first(
            doc, candidate, places, "withdrawn-from", lambda t: self._place_refs(doc, t, own)
        )

    def _yielded_to(self, doc: Doc, candidate: Candidate) -> None:
        """A concession that names no one is made to those whose demands or pressure it bows
        to ("withdrew the extradition bill, bowing to one of the demands of protesters")."""
        trigger = candidate.trigger
        if candidate.code[:2] != "08" or any(candidate.targets) or not any(candidate.sources):
            return
        people: list[Token] = []
        for clause in trigger.children:
            if clause.dep_ != "advcl" or lemma(clause) not in YIELDING_VERBS:
                continue
            for pressure in prep_objects(clause, {"to"}):
                holders = [pressure, *prep_objects(pressure, {"of"})]
                people += [
                    *(o for h in holders for o in prep_objects(h, {"of", "from", "by"})),
                    *(o for h in holders for o in possessors(h)),
                    pressure,
                ]
        self._aim_at_first(doc, candidate, people, "yielded-to")

    def _parties_target(self, doc: Doc, candidate: Candidate) -> None:
        """An act on a pact, truce or talks that names no one is aimed at their parties, the
        first named ("demanded an immediate ceasefire between Israel and Hamas", "hailed the
        signing of a deal between the military council and the opposition", "shattering a
        ceasefire with Hamas"); never the doer itself."""
        trigger = candidate.trigger
        if any(candidate.targets) or not any(candidate.sources) or trigger.pos_ not in VERB_POS:
            return
        things = direct_objects(trigger)
        for thing in list(things):  # "the signing of a deal between ..."
            things += [n for n in prep_objects(thing, {"of"}) if n.pos_ in NOUN_POS]
        parties = [
            party
            for thing in things
            for party in prep_objects(
                thing,
                {"between", "with"}
                if lemma(thing) in AGREEMENT_NOUNS | TRUCE_NOUNS | PARTIES_NOUNS
                else {"between"},
            )
        ]
        self._aim_at_first(doc, candidate, parties, "parties-target")

    def _aim_at_first(
        self,
        doc: Doc,
        candidate: Candidate,
        tokens: list[Token],
        tag: str,
        refs_of: Callable[[Token], list[ActorRef]] | None = None,
    ) -> None:
        """Aim a one-way act at the first of ``tokens`` that names someone (by default anyone
        but the doer itself)."""
        for token in tokens:
            refs = refs_of(token) if refs_of else self._others(doc, candidate, [token])
            if refs:
                candidate.aim_at(refs, token.i, tag, one_way=True)
                return

    def _protest_target(self, doc: Doc, candidate: Candidate) -> None:
        """A protest or strike with no addressee is aimed at whoever owns what it is against
        ("walked off the job in a nationwide strike against President Macron's plans": FRAGOV),
        on the verb or on the protest it was done "in"."""
        if not candidate.code.startswith("14") or any(candidate.targets):
            return
        verb = candidate.trigger
        hosts = [verb, *(n for n in prep_objects(verb, {"in"}) if n.pos_ in NOUN_POS)]
        # "launched a general strike over the government's decision": on the strike itself
        hosts += [o for o in direct_objects(verb) if lemma(o) in PROTEST_EVENT_NOUNS]
        if verb.pos_ in NOUN_POS and verb.dep_ == "dobj":
            # "launched an indefinite strike on Monday over the government's removal of
            # subsidies": the parser hangs the cause on the light verb
            hosts.append(verb.head)
        # "has started a hunger strike to protest against Russian authorities": its purpose
        hosts += [
            c
            for h in ((verb, verb.head) if verb.pos_ in NOUN_POS else (verb,))
            for c in h.children
            if c.dep_ in ("xcomp", "advcl") and lemma(c) in PROTEST_PURPOSE_VERBS
        ]
        # "in the first of a series of rolling strikes against Macron's plans"
        for host in hosts[1:]:
            hosts += [n for n in prep_objects(host, {"of"}) if n.pos_ in NOUN_POS]
        # "in a nationwide strike called by the unions against Macron's plan" (the parser may
        # hang "against" on the callers)
        called = [c for h in hosts[1:] for c in h.children if c.dep_ == "acl"]
        hosts += called + [t for c in called for t in prep_objects(c, {"by"})]
        opposed_all = [t for h in hosts for t in prep_objects(h, {"against", "over"})]
        # "blocked roads to press the government to cut fuel prices": whom it presses
        pressing = [
            t
            for t in (verb.subtree if verb.pos_ in VERB_POS else hosts)
            if lemma(t) in PRESSING_VERBS
            and t.dep_ in ("advcl", "xcomp")
            and any(a.dep_ == "aux" and a.lower_ == "to" for a in t.children)
        ]
        opposed_all += [o for h in pressing for o in direct_objects(h)]
        # "staged a strike, escalating their dispute with Health Secretary Jeremy Hunt"
        opposed_all += [
            t
            for clause in verb.children
            if clause.dep_ == "advcl" and clause.tag_ == "VBG"
            for obj in direct_objects(clause)
            if lemma(obj) in DISPUTE_NOUNS
            for t in prep_objects(obj, {"with", "against"})
        ]
        for opposed in [*opposed_all, *_in_protest_at(verb)]:
            named = [r for r in self.actors_of(doc, opposed) if r.kind not in PLACE_KINDS]
            if not named:
                named = [
                    r
                    for owner in possessors(opposed)
                    for r in self.actors_of(doc, owner)
                    if r.kind not in PLACE_KINDS
                ]
            named = [r for r in named if not _same_code(r, candidate.sources[0])]
            if named:
                candidate.aim_at(named, opposed.i, "protest-aim", one_way=True)
                return

    def _same_doer(self, doc: Doc, candidate: Candidate, verb: Token) -> bool:
        """Whether the candidate's doer is who does ``verb`` (the teller speaking of itself)."""
        doers = self._refs(doc, _subjects(verb))
        return any(_same_code(d, s) for d in doers for s in candidate.sources if s is not None)

    def _others(self, doc: Doc, candidate: Candidate, tokens: list[Token]) -> list[ActorRef]:
        """The actors ``tokens`` name other than the doer itself (a pronoun the coreference gave
        the doer: "unless it named a civilian president")."""
        named = self._refs(doc, tokens)
        return [r for r in named if not any(_same_code(r, s) for s in candidate.sources)]

    def _protest_purpose(self, verb: Token) -> bool:
        """Whether ``verb`` is the purpose of a street protest ("rallied to demand")."""
        head = verb.head
        return (
            verb.dep_ in ("advcl", "xcomp")
            and head.pos_ in VERB_POS
            and any(e.code[:2] == "14" for e in self.lexicon.verb_entries(lemma(head)))
        )

    def _crowd(
        self, doc: Doc, verb: Token, subjects: list[Token]
    ) -> tuple[list[ActorRef], list[int]] | None:
        """A crowd that protests ("thousands of people marched in Tbilisi", "crowds protested")
        is civilians, of the country of the place they protest in when it is named. A crowd
        is no actor otherwise ("people say", "killed 20 people": CODING.md's actors)."""
        for subject in subjects:
            words = {lemma(subject), *(lemma(t) for t in prep_objects(subject, {"of"}))}
            if not words & CROWD_NOUNS:
                continue
            places = self._local_places(doc, verb)
            country = next((r.actor.country for r in places if r.actor.country), None)
            start, end = subject.left_edge.i, subject.right_edge.i + 1
            actor = _sector_actor(country, "CVL", doc[start:end].text)
            ref = ActorRef(actor, start, end, subject.i, "agent")
            return [replace(ref, arg=subject.i)], [subject.i]
        return None

    @staticmethod
    def _lone_attacker(doc: Doc, attackers: list[Token]) -> tuple[list[ActorRef], list[int]] | None:
        """An unnamed person who assaults someone ("was stabbed by a man in the crowd", "a
        woman attacked the mayor with a knife") is a civilian, of the country where the attack
        happens or of the victims (placed later, as other actors with no country are). A man
        or woman is no actor otherwise (agents.tsv leaves them out as too vague)."""
        for attacker in attackers:
            if lemma(attacker) not in ATTACKER_NOUNS or attacker.tag_ != "NN":
                continue
            start, end = attacker.left_edge.i, attacker.right_edge.i + 1
            actor = _sector_actor(None, "CVL", doc[start:end].text)
            return [ActorRef(actor, start, end, attacker.i, "agent", arg=attacker.i)], [attacker.i]
        return None

    def _local_authorities(self, doc: Doc, trigger: Token) -> list[ActorRef]:
        """The government of the country an act only authorities perform happens in, named by
        that place ("was arrested in Rwanda": RWAGOV, shown by "Rwanda"), when the target's
        country does not tell."""
        return [
            replace(ref, actor=_sector_actor(country, "GOV", ref.actor.text), kind="located")
            for ref in self._local_places(doc, trigger)
            if (country := ref.actor.country)
        ][:1]

    def _not_oneself(self, doc: Doc, candidate: Candidate) -> None:
        """A target that is only the source's own country named by a modifier or a place
        ("lift a ban on Russian charter flights to Turkey", "would not hand over two Russian men
        charged by British prosecutors") yields to another state its phrase names."""
        own = {s.actor.country for s in candidate.sources if s is not None} - {None}
        targets = [t for t in candidate.targets if t is not None]
        mine = [t for t in targets if t.kind in PLACE_KINDS and t.actor.country in own]
        if candidate.code[:2] == "13" and not candidate.recip and mine and len(mine) < len(targets):
            # "threatened to put a hold on U.S. funding for the WHO": at the WHO, not at the
            # threatener's own country, named as the owner of the funds
            dropped = {i for t in mine for i in range(t.start, t.end)}
            candidate.targets = [t for t in targets if t not in mine]
            candidate.target_args = [i for i in candidate.target_args if i not in dropped]
            candidate.rule += "+not-oneself"
            return
        if (
            candidate.code[:2] not in YIELDING_ROOTS  # "defended Russia's involvement": its own
            or not own
            or not targets
            or candidate.recip
            or any(t.kind not in PLACE_KINDS or t.actor.country not in own for t in targets)
        ):
            return
        taken = {
            i
            for r in (*candidate.sources, *targets)
            if r is not None
            for i in range(r.start, r.end)
        }
        phrase = [w for i in candidate.target_args if i >= 0 for w in doc[i].subtree]
        phrase += [w for p in candidate.trigger.children if p.dep_ == "prep" for w in p.subtree]
        others = [
            r
            for w in phrase
            if w.i not in taken and w.pos_ in NOUN_POS
            for r in self.actors_of(doc, w)
            if r.actor.country and r.actor.country not in own and r.start not in taken
        ]
        if others:
            first = min(others, key=lambda r: r.start)
            candidate.targets = [replace(first, arg=first.head)]
            candidate.rule += "+not-oneself"

    def _affiliate(self, doc: Doc, candidate: Candidate) -> None:
        """Unnamed doers said to belong to a named group are that group ("gunmen suspected of
        belonging to Boko Haram", "militants linked to al Shabaab")."""
        for refs in (candidate.sources, candidate.targets):
            for i, ref in enumerate(refs):
                if ref is None or ref.kind not in ("generic", "agent"):
                    continue
                if any(doc[k].ent_type_ in ("NORP", "GPE") for k in range(ref.start, ref.end)):
                    continue  # "Kenyan gunmen linked to al Shabaab": named of a country
                head = doc[ref.head]
                said = [
                    c for c in head.children if c.dep_ == "acl" and lemma(c) in AFFILIATION_VERBS
                ]
                if head.dep_ == "nsubj" and lemma(head.head) in AFFILIATION_VERBS:
                    # "Gunmen believed to be from Boko Haram abducted ...": the parser makes
                    # "believed" the main verb and the act its clause
                    said += [c for c in head.head.children if c.dep_ == "xcomp"]
                groups = [
                    g
                    for c in said
                    for t in c.subtree
                    if t.pos_ in ("NOUN", "PROPN")  # "the Islamist group Boko Haram"
                    for g in self.actors_of(doc, t)
                    if g.kind == "group"
                ]
                if groups:
                    group = groups[0]
                    refs[i] = replace(group, start=ref.start, end=ref.end, head=ref.head)

    def _owner_target(self, doc: Doc, candidate: Candidate) -> None:
        """Whom an arrest, a seizure or an assault on someone no table knows is aimed at,
        when the object's phrase names whose he or it is: "a superyacht belonging to
        sanctioned Russian billionaire Viktor Vekselberg", "nine foreigners suspected of
        working for Russian intelligence", "Huawei's chief financial officer Meng Wanzhou"."""
        verb = candidate.trigger
        if candidate.code[:2] not in ("17", "18") or verb.pos_ not in VERB_POS:
            return
        if any(r is not None and r.actor.code for r in candidate.targets) and not any(
            _employed(doc, r) for r in candidate.targets if r is not None
        ):
            return
        tokens: list[Token] = []
        for obj in direct_objects(verb):
            tokens += [
                t
                for c in obj.children
                if c.dep_ == "acl" and lemma(c) in OWNERSHIP_VERBS | AFFILIATION_VERBS
                for t in c.subtree
                if t.pos_ in ("NOUN", "PROPN")
            ]
            # "X's tanker"; "Huawei's chief financial officer Meng Wanzhou": the title holds
            # the owner
            compounds = [c for c in obj.children if c.dep_ == "compound"]
            titles = [
                c
                for h in compounds
                for c in h.children
                if c.dep_ == "compound" and lemma(c) in STAFF_NOUNS
            ]
            holders = [obj, *compounds, *titles]
            tokens += [c for h in holders for c in h.children if c.dep_ == "poss"]
        refs = [
            r
            for r in self._refs(doc, tokens)
            if not any(s is not None and _same_code(r, s) for s in candidate.sources)
        ]
        if refs:
            candidate.targets = [refs[0]]
            candidate.target_args = [refs[0].arg]
            candidate.rule += "+owner-target"

    def _blamed_on(self, doc: Doc, sent: Span, candidate: Candidate) -> None:
        """An attack with no doer named takes whom the sentence blames it on ("a truck bomb that
        officials blamed on al Shabaab militants killed 230 people", "in a suspected chemical
        attack, which opposition activists blamed on Syrian government warplanes")."""
        if not "18" <= candidate.code[:2] <= "20" or any(candidate.sources):
            return
        blamed = [
            o
            for word in sent
            if lemma(word) in ("blame", "attribute") and word.pos_ in VERB_POS
            for o in prep_objects(word, {"on", "to"})
        ]
        blamed_at = {t.i for o in blamed for t in o.subtree}
        if any(r is not None and r.head in blamed_at for r in candidate.targets):
            # "in an attack the government blamed on al Shabaab": the parser gave the attack
            # the "on" of the blame; it names the attacker, not the attacked
            candidate.targets = [
                r for r in candidate.targets if r is None or r.head not in blamed_at
            ]
            candidate.target_args = [i for i in candidate.target_args if i not in blamed_at]
        aimed = {r.actor.code for r in candidate.targets if r is not None}
        doers = [r for r in self._refs(doc, blamed) if r.actor.code not in aimed]
        if doers:
            candidate.sources = list(doers)
            candidate.source_args = [r.arg for r in doers]
            candidate.rule += "+blamed-on"

    def _dual_national(self, doc: Doc, candidate: Candidate) -> None:
        """A person of two nationalities ("British-Iranian aid worker Nazanin Zaghari-Ratcliffe",
        "Israeli-Russian researcher Elizabeth Tsurkov") counts as of the first, unless that is
        the country acting on them: then as of the other ("Iran freed a British-Iranian")."""
        acting = {s.actor.country for s in candidate.sources if s is not None}
        for i, ref in enumerate(candidate.targets):
            if ref is None or ref.start < 2 or not ref.actor.country:
                continue
            dash, first = doc[ref.start - 1], doc[ref.start - 2]
            if dash.text not in ("-", "–") or dash.whitespace_ or first.whitespace_:
                continue
            countries = {
                r.actor.country
                for r in self.actors_of(doc, first)
                if r.kind == "country" and r.actor.country
            }
            if len(countries) != 1:
                continue
            first_country, own = countries.pop(), ref.actor.country
            if first_country in acting or first_country == own:
                continue
            code = ref.actor.code or ""
            code = first_country + code[len(own) :] if code.startswith(own) else first_country
            actor = replace(ref.actor, code=code, country=first_country)
            candidate.targets[i] = replace(ref, actor=actor)

    def _place_the_countryless(self, doc: Doc, candidate: Candidate) -> None:
        """People named with no country take the country of the one place the act happens in
        ("killed 29 people in Kunming": CHNCVL; "people marched through central London":
        GBRCVL; "rebels ambushed a patrol in Chhattisgarh": INDREB). Armed forces and
        governments are left alone as the doers: they act abroad too."""
        people = candidate.code[:2] == "14"  # a campaigner protests at home
        named = (*candidate.sources, *candidate.targets)
        if not any(_unplaced_sector(r, people=people) for r in named):
            _home_targets(candidate)  # a person no table knows, acted on at home
            return  # everyone else named has a country already
        trigger = candidate.trigger
        heads = [trigger, *(doc[i] for i in candidate.target_args if i >= 0)]
        if trigger.pos_ in NOUN_POS and trigger.dep_ == "dobj":
            heads.append(trigger.head)  # "began a fast unto death in New Delhi"
        countries = {
            country
            for head in heads
            for place in prep_objects(head, LOCAL_PREPS)
            # "at a railway station in the southwestern city of Kunming"
            for token in place.subtree
            if token is place or (token.dep_ == "pobj" and lemma(token.head) in ("in", "of"))
            for ref in self.actors_of(doc, token)
            if ref.kind in (*PLACE_KINDS, "seat")
            and ref.start <= token.i < ref.end  # the place itself, not "the Minsk truce"
            and (country := ref.actor.country or (ref.actor.code or "")[:3] or None)
        }
        # "people rallied outside city hall, chanting against Erdogan"; "pro-Russian
        # separatists shelled Ukrainian army positions": protests and rebellions are at home
        at_home = {
            "18": UNARMED_OR_IRREGULAR,
            "17": STATE_SECTORS,
            "14": UNARMED_OR_IRREGULAR | {"OPP", "LAB"},
            "19": HOME_FIGHTERS,
        }.get(candidate.code[:2])
        if not countries and at_home is not None:
            # "a gunman opened fire on Prime Minister Robert Fico": an unnamed attacker strikes
            # where his victims are; "Paramilitary Rangers arrested former Prime Minister Imran
            # Khan": a state's forces coerce at home, so the arresters are of his country
            homes = {
                t.actor.country
                for t in candidate.targets
                if t is not None and t.actor.country and len(t.actor.country) == 3
            }
            if len(homes) == 1:
                _place_refs(
                    candidate.sources, homes.pop(), lambda sector: sector in at_home, people=people
                )
        if not countries:
            _home_targets(candidate)
            return
        if len(countries) != 1:
            return
        (country,) = countries
        _place_refs(candidate.sources, country, _acts_locally, people=people)
        _place_refs(candidate.targets, country, lambda sector: True, people=people)

    def _local_places(self, doc: Doc, trigger: Token) -> list[ActorRef]:
        """The countries or places named where the act happens ("in Rwanda", "at Tbilisi")."""
        return [
            ref
            for prep in trigger.children
            if prep.dep_ == "prep" and lemma(prep) in PLACE_PREPS
            for token in prep.children
            if token.dep_ == "pobj"
            for ref in self._place_refs(doc, token, set())
        ]

    def _place_refs(
        self, doc: Doc, token: Token, own: set[str | None], kinds: frozenset[str] = PLACE_KINDS
    ) -> list[ActorRef]:
        """The countries or places ``token`` names, but for the ``own`` codes and countries and
        for its makers ("in a deal brokered by China" happens in no China)."""
        made = {t.i for agent in _makers(token) for t in agent.subtree}
        return [
            r
            for r in self.actors_of(doc, token)
            if r.kind in kinds and not {r.actor.code, r.actor.country} & own and r.start not in made
        ]

    def _place_target(self, doc: Doc, candidate: Candidate) -> None:
        """Give an act of a source with no addressee the country or place it happens in as its
        target: "in <place>" on the trigger, its object or its purpose clause ("sent troops to
        distribute supplies in Somalia"), one way only, and never the source's own place."""
        sources = [s for s in candidate.sources if s is not None]
        # an intent has its entry's root: "will send police officers to Haiti" is sent there
        root = candidate.code[:2]
        if candidate.entry is not None and candidate.modality in ("intended", "hypothetical"):
            root = candidate.entry.code[:2]
        if not sources or any(candidate.targets) or root not in PLACE_TARGET_ROOTS:
            return
        if _sides_of_each_other(candidate):
            return
        # a government acting at home ("India agreed to set up a centre in Mumbai") does not
        # act on its own country
        own = _own(candidate, lambda actor: "GOV" in actor.sectors)
        trigger = candidate.trigger
        heads = [trigger]
        for child in trigger.children:
            if child.dep_ in ("dobj", "xcomp", "advcl", "acl", "relcl"):
                heads.extend(with_conjuncts(child))  # "sent 71 aircraft and seven ships toward"
                heads.extend(direct_objects(child) if child.pos_ in VERB_POS else ())
            elif child.dep_ == "prep" and lemma(child) not in BACKGROUND_PREPS | SEQUENCE_PREPS:
                # not "after clashes in Kosovo": what came before happened elsewhere
                heads.extend(prep_objects(trigger, {lemma(child)}))
        # "is ready to lead a force in Haiti and will send 1,000 police officers": sent where
        # the force of the verb it is joined to goes
        joined = _joined_heads(trigger) if root in ("07", "15") else []
        heads += joined
        particle = candidate.entry.particle if candidate.entry is not None else None
        for head in heads:
            # the entry's particle is no place ("took delivery in Toulouse" is no "take in")
            preps = PLACE_PREPS - {particle} if head is trigger else PLACE_PREPS
            if head in joined:
                preps = preps | _SENT_TO  # "lead a force to Haiti and deploy police"
            if root == "15" or candidate.code[:3] in ("087", "035"):
                # "drills around Taiwan", "ships toward Taiwan", "would scale back military
                # activity around Kyiv"
                preps = preps | POSTURE_PREPS
            for token in prep_objects(head, preps):
                # a capital a force moves around is its state ("activity around Kyiv")
                kinds = (
                    PLACE_KINDS | {"seat"} if lemma(token.head) in POSTURE_PREPS else PLACE_KINDS
                )
                refs = self._place_refs(doc, token, own, kinds)
                if refs and _met_there(candidate, token, refs):
                    return  # "the government and the rebels signed a truce in Havana"
                if refs:
                    candidate.aim_at(refs, token.i, "place-target", one_way=True)
                    return

    def _slot_tokens(self, verb: Token, slot: Slot, obj: Token | None) -> list[Token]:
        if slot.kind == "dobj":
            # "released two French citizens": the object is the target; of "branded the YPG a
            # terrorist group", the object, not the name it is given
            objects = direct_objects(verb)
            named = [o for o in objects if o.dep_ not in ("oprd", "attr", "ccomp", "appos")]
            if not named:
                # "demanded that President Pinera's government tackle inequality": what is
                # asked of someone is aimed at whoever the clause says should act
                # (the parser may read the clause's verb as a compound of its object:
                # "that the government [cut] fees")
                doers = [
                    s
                    for o in objects
                    if o.dep_ == "ccomp"
                    for clause in (o, *(c for c in o.children if c.dep_ == "compound"))
                    for s in _subjects(clause)
                    if s.pos_ in NOUN_POS
                ]
                return doers or objects
            return named
        if slot.kind == "iobj":
            if is_passive(verb) and any(c.dep_ == "dobj" for c in verb.children):
                # "was granted asylum by Russia", "had arrived and been granted asylum":
                # whoever is given the thing is the passive's subject
                return datives(verb) or [
                    t for t in _passive_subjects(verb) if t.pos_ in (*NOUN_POS, "PRON")
                ]
            return datives(verb)
        if slot.kind == "prep":
            tokens = prep_objects(verb, slot.preps)
            # "pulled out of Kherson": the parser may hang the phrase on the particle
            tokens += [t for c in particle_children(verb) for t in prep_objects(c, slot.preps)]
            if obj is not None:  # "lifted an embargo and other sanctions on Sudan"
                # "an embargo and other sanctions on Sudan" (an "of" phrase is its own
                # noun's: "the trial or release of X"); "a board of inquiry into X"
                shared = obj.conjuncts if "of" not in slot.preps else ()
                holders = [obj, *shared, *_bundle_of(obj), *_sum_of(obj), *_part_of(obj)]
                tokens += [t for o in holders for t in _prep_objects_deep(o, slot.preps)]
            else:  # an entry with no object named: "violated a ban by the UN", "returned the
                # weapons they use to the army" (the parser hangs "to" in the relative clause)
                tokens += [
                    t
                    for o in direct_objects(verb)
                    for holder in (o, *(c for c in o.children if c.dep_ == "relcl"))
                    for t in prep_objects(holder, slot.preps)
                ]
                if not tokens and "with" in slot.preps:
                    # "ruled out any return to negotiations with the Palestinian Authority"
                    tokens = [t for o in direct_objects(verb) for t in _prep_objects_deep(o, WITH)]
            if not tokens and "with" in slot.preps:
                # "shared intelligence on militant camps with Kabul": the parser hangs the
                # partner on the topic
                tokens = [
                    t for o in prep_objects(verb, {"on", "about"}) for t in prep_objects(o, WITH)
                ]
            if not tokens and "against" in slot.preps:
                # whom the purpose is against ("mobilised troops for an assault against X")
                tokens = [
                    t for purpose in prep_objects(verb, {"for"})
                    for t in prep_objects(purpose, {"against"})
                ]  # fmt: skip
            # "held talks in Rome, with Omani officials carrying messages": an absolute phrase
            # says what went on around the act; its noun is no party to it
            return [t for t in tokens if not _absolute_with(t)]
        if slot.kind == "poss":
            if obj is None:
                return []
            return [p for p in possessors(obj) if not _ranking_region(obj, p)]
        if slot.kind == "comp":
            # the clause hangs on the verb or on its object ("expressed hope [that] the
            # government will change its policy")
            clauses = [c for c in verb.children if c.dep_ in ("ccomp", "xcomp")]
            if obj is not None:
                clauses += [c for c in obj.children if c.dep_ in ("acl", "ccomp")]
            # not in a condition or a time set on the clause ("threatened to devastate Turkey
            # if it attacked Kurdish forces": Turkey, not the forces)
            # "help Australia build a fleet": whom the help is for, not what it builds
            helped = [s for c in clauses if _bare_infinitive_clause(c) for s in c.children
                      if s.dep_ == "nsubj"]  # fmt: skip
            return helped or [
                t for c in clauses for t in c.subtree
                if t.dep_ in ("nsubj", "nsubjpass", "dobj", "pobj") and not _set_on(t, c)
            ]  # fmt: skip
        return []

    # -- governors and modality -----------------------------------------------------------

    def _finish(
        self,
        doc: Doc,
        trigger: Token,
        entry: Entry,
        source_role: tuple[list[ActorRef], list[int]],
        target_role: tuple[list[ActorRef], list[int]],
    ) -> Candidate:
        rule = entry.rule
        if not source_role[0] and "state_agent" in entry.flags:
            # where it happened tells first ("French tourists were detained in Iran")
            implied = self._local_authorities(doc, trigger) or _implied_authorities(
                target_role[0], trigger.i
            )
            if implied:
                source_role = (implied, source_role[1])
                rule += "+implied-source"
        if not source_role[0] and entry.code == "063" and is_passive(trigger):
            # "was extradited from Switzerland to the United States": the state it left
            given = self._refs(doc, prep_objects(trigger, {"from"}))
            if given:
                source_role = (given, [r.head for r in given])
                rule += "+from-source"
        joint = "joint" in entry.flags and len([r for r in source_role[0] if r]) > 1
        code = "062" if joint else entry.code
        armed = bool(source_role[0]) and all(
            {"MIL", "COP"} & set(r.actor.sectors) for r in source_role[0] if r is not None
        )
        moving = code in ("150", "042")
        if (
            (moving and (_peacekeeping(trigger) or (armed and _mission(trigger))))
            or (code == "190" and _peacekeepers_moving_in(trigger))
            # "landed in Dili to restore order": troops abroad keeping the peace
            or (
                moving
                and armed
                and _restoring_order(trigger)
                and _abroad(source_role[0], target_role[0])
            )
        ):
            code = "074"
            rule += "+peacekeeping:074"
        if code == "072" and trigger.pos_ in VERB_POS and _own_arms(trigger):
            code = "0873"  # "the FARC handed their weapons to U.N. monitors": disarmament
            rule += "+own-arms:0873"
        if code == "154" and _against_a_rule(trigger):
            code = "141"  # "the mobilisation against army rule": a protest, not a call-up
            rule += "+protest:141"
        if code == "087" and target_role[0] and all(_igo(r) for r in target_role[0]):
            code = "160"  # "their withdrawal from ECOWAS": leaving it, not a military pullout
            rule += "+organisation:160"
        if joint:  # "the US and Jordan staged war games (near X)": cooperation between them
            rule += "+joint:062"
            target_role = ([], [])
        candidate = Candidate(
            code=code,
            trigger=trigger,
            entry=entry,
            rule=rule,
            sources=list(source_role[0]) or [None],
            targets=list(target_role[0]) or [None],
            recip="recip" in entry.flags
            or joint
            or _mutual(entry, source_role[0], target_role[0])
            or (
                (_each_other(trigger) or (_together(trigger) and entry.code[:2] <= "08"))
                and len(source_role[0]) > 1
                and not target_role[0]
            ),
            source_args=source_role[1],
            target_args=target_role[1],
        )
        self._apply_governors(doc, candidate)
        candidate.score = _score(candidate)
        if not joint:  # a weaker target than one the entry names: it adds nothing to the score
            self._leadership_protest(doc, candidate)
            self._purpose_target(doc, candidate)
            self._destination_target(doc, candidate)
            self._topic_target(doc, candidate)
            self._denied_against(doc, candidate)
            self._repressed(doc, candidate)
            self._victims_target(doc, candidate)
            self._located_target(doc, candidate)
            self._place_target(doc, candidate)
            self._located_target(doc, candidate, objects=True)
            self._unnamed_victims(doc, candidate)
            self._parties_target(doc, candidate)
            self._yielded_to(doc, candidate)
            self._withdrawn_from(doc, candidate)
        if (
            candidate.code == "072"
            and trigger.pos_ in VERB_POS
            and any(candidate.targets)
            and all(r is None or r.actor.code in REGIONS for r in candidate.targets)
        ):
            # "NATO is sending ships and fighter jets to eastern Europe": arms sent to a region,
            # to no one there, are the sender's own forces on the move
            candidate.code = "150"
            candidate.rule += "+to-region:150"
        if entry.code[:2] == "15" and _sent_to_help(
            trigger,
            candidate.sources,
            candidate.targets,
            # police sent into another country, not to a border facing it ("deployed riot
            # police to its land border with Turkey")
            police=entry.code[:3] == "153"
            and "located-target" not in candidate.rule
            and not any(lemma(o) in BORDER_NOUNS for o in prep_objects(trigger, {"to"})),
            offered=candidate.modality in ("intended", "hypothetical"),
        ):
            # "will send police officers to Haiti to help restore order": protection (074)
            code = "074"
            if candidate.modality in ("intended", "hypothetical"):
                code = self.lexicon.governed_code("intent", code) or code
            candidate.code = code
            candidate.rule += f"+protection:{code}"
        return candidate

    def _apply_governors(self, doc: Doc, candidate: Candidate) -> None:
        """Climb from the trigger through the verbs that govern it, applying their roles, and
        settle the modality (negated > hypothetical > intended > reported_past > asserted)."""
        marks: set[str] = set()
        reported = False
        intent_role = "intent"
        obliged = False  # "must" or "should" on the way up: an obligation, not an act
        backshifted = False  # past perfect only in the clause a reporting verb governs
        current = candidate.trigger
        unnegated = -1  # a negated rejection read as an option ("did not rule out")
        denied = -1  # a noun of intent denied ("has no intention of"): its "no" is spent
        own_verb_group = -1  # a conjunct's head when the conjunct has auxiliaries of its own
        for _ in range(8):
            local = _local_modality(current)
            if local == "negated" and current.i == unnegated:
                local = "asserted"
            if current.i == denied:
                local = "asserted"  # "no intention": the denial is the refusal's, made now
            if current.i == own_verb_group and local == "negated":
                local = "asserted"  # "would not run again and would end censorship"
            if (
                local == "negated"
                and current in (candidate.trigger, _first_conjunct(candidate.trigger))
                and candidate.entry is not None
                and "denied" in candidate.entry.flags
            ):
                local = "asserted"  # "neither accepts nor recognises the ruling": a rejection
            if local == "negated" and not candidate.governors and self._refuse(candidate, current):
                local = "asserted"  # "will not lift the ban" is a refusal, made now
                marks.discard("negated")  # "would neither accept nor recognise": one refusal
            if local != "negated" and _auxiliaries(current) & OBLIGATION_AUX:
                obliged, local = True, "asserted"
            marks.add(local)
            if _purpose_clause(current):
                # "will meet on Friday to discuss Haiti": the purpose is as future as the act
                marks.update({_local_modality(current.head)} & FUTURE_MODALITIES)
            if blocked_document(current):
                marks.add("negated")  # "vetoed a resolution condemning X": never adopted
            if current.dep_ == "pcomp" and lemma(current.head) == "against":
                marks.add("hypothetical")  # "warned Washington against sending warships"
            if (
                has_mark(current, BACKGROUND_MARKS)
                or _subject_of_background(current)
                or governing_prep(current) in BACKGROUND_PREPS
                or _after_a_span_of(current)
                or _charged_with(current)
                or _answered(current)
                or _describes_background(current)
                or _inquired_into(current)
                or _protested_against(current)
            ):
                if _charged_with(current):
                    marks.discard("intended")  # "suspected of planning an attack": no intent
                marks.update({"reported_past", "background"})
                break
            if _background_by_coordination(current):
                marks.add("reported_past")
            elif _past_perfect(current):
                backshifted = "reported_past" not in marks
                marks.add("reported_past")
            if current.dep_ == "pcomp" and lemma(current.head) == "by":
                current = current.head.head  # "hit back by targeting": the means of that act
                continue
            head = self._governor_of(current)
            if head is None:
                if _purpose_of_condition(current) or _within_condition(current):
                    # "until troops take positions to block arms"; "if the Palestinian
                    # Authority is to go on receiving European aid"
                    marks.add("hypothetical")
                break
            if head.i == current.head.i and current.dep_ == "conj":
                if any(c.dep_ == "aux" and c.i < current.i for c in current.children):
                    own_verb_group = head.i
                current = head
                continue
            role = (
                (
                    None
                    if _conversation(head)
                    else NOUN_GOVERNOR_ROLES.get(lemma(head), CLAIM_NOUNS.get(lemma(head)))
                )
                or _talked_about(current, head)
                if head.pos_ in NOUN_POS
                else self.lexicon.governor_role(
                    lemma(head),
                    next(iter(sorted(particles(head))), None),  # "hold off on sanctions"
                    link=_link(current),
                    skip=_clause_roles(current),
                )
            )
            if _link(current) == "of" and role not in OF_GOVERNORS:
                break  # "rejected Pakistan's offer of talks": the verb's own entry codes it
            if role == "light" and _link(current) == "to" and direct_objects(head):
                break  # "contributed $90 million to the appeal": the money is the act
            if (
                role == "transparent"
                and lemma(head) in ASPECT_VERBS
                and _link(current) == "xcomp"
                and direct_objects(head)
            ):
                break  # "has begun a hunger strike to press for X": the strike's purpose
            if (
                role == "demand"
                and lemma(head) == "insist"
                and current.tag_ in ("VBD", "VBZ")  # "that Moise step down" may read VBP
                and not _auxiliaries(current) & OBLIGATION_AUX
            ):
                # "insisted that the balloon was a civilian airship": an assertion of a fact,
                # not a demand ("insisted that Pakistan raise prices" demands)
                role = "say"
            if role == "intent" and lemma(head) == "agree" and candidate.code[:2] == "16":
                # "EU governments agreed to impose sanctions on Russia": a decision taken, coded
                # as the act it decides (as "decided to"), not a threat of it
                role = "transparent"
            if (
                role == "demand"
                and _link(current) == "xcomp"
                and any(self._noun_entries_at(o) for o in direct_objects(head))
            ):
                # "ordered the mobilisation of 300,000 reservists to reinforce his troops": what
                # was ordered is the noun's act, the infinitive its purpose
                break
            if (
                role in ("say", "light")
                and _link(current) == "ccomp"
                and not any(c.dep_ == "mark" for c in current.children)
                and any(t.text == "," for t in doc[head.i : current.i])
                and any(self._noun_entries_at(o) for o in direct_objects(head))
            ):
                # "declared a state of emergency, ... as protesters clashed with police": a
                # verb whose object is its own act reports no clause the parser hung on it
                break
            if role == "light" and _someone_elses_plan(current, head):
                break  # "approved Sweden's bid to join NATO": the approval is the verb's own
            if role in ("demand", "light") and _link(current) == "dobj" and _told_to_leave(head):
                # "ordered the U.N. peacekeeping mission to leave": the mission is sent away
                marks.add("reported_past")
                break
            if role == "appeal" and _link(current) == "xcomp" and phone_call(head, current):
                break  # "called Erdogan to apologise": the caller's purpose, asserted
            if role == "say" and obliged:
                role, obliged = "demand", False  # "Russia says Israel must end the attacks"
            if role == "reject" and _not_ruled_out(head):
                if candidate.code[:2] in VIOLENCE_ROOTS:
                    # "refused to rule out using military force", "did not rule out striking
                    # Iran": force held out as an option is a threat of force, made now
                    self._threat_kept_open(doc, candidate, head)
                    marks = {"asserted"}
                    break
                # "did not rule out sending troops": an option kept open, not a rejection
                role, unnegated = "hypothetical", head.i
                candidate.governed_by.append(head.i)
            if role == "intent" and head.pos_ in NOUN_POS and _denied_noun(head):
                # "has no intention of ever sitting down with X": a refusal (125); "has no
                # plans to attack": an attack denied
                role = "reject" if candidate.code[:2] <= "08" else "negate"
                denied = head.i
            if (
                role == "intent"
                and lemma(head) in EXPECTATION_VERBS
                and any(c.dep_ == "dobj" for c in head.children)
            ):
                role = "hypothetical"  # "analysts expect the party to win": not its intent
            if role is None:
                if _permission_withheld(head):
                    marks.add("negated")  # "refused to allow the envoy to meet Suu Kyi"
                if governing_prep(current) == "for" and lemma(head) in TRIP_VERBS:
                    # "will travel to Baghdad for talks": the talks are as future as the trip
                    marks.update({_local_modality(head)} & FUTURE_MODALITIES)
                if (
                    current.pos_ in NOUN_POS
                    and current.dep_ in ("dobj", "nsubjpass")
                    and lemma(head) not in DRAWING_VERBS  # "drew criticism": made now
                    and not candidate.governors  # "repeated its demand that X": a demand now
                ):
                    # "condemned Russia's invasion", "discussed efforts to stop the aggression":
                    # a nominal event the sentence talks about, not one it reports now
                    marks.add("reported_past")
                break
            if role == "hypothetical" and head.pos_ in NOUN_POS:
                marks.add("hypothetical")  # what an accusation says: none of the verb's business
                break
            candidate.governors.append(f"{role}:{lemma(head)}")
            if role != "hypothetical":  # "considered imposing sanctions" keeps its own 014
                candidate.governed_by.append(head.i)
            if role == "say" and self._claim_of_responsibility(doc, candidate, head):
                marks = {_local_modality(head)}  # the claim is made now, the act was before
                if has_mark(head, BACKGROUND_MARKS):
                    # "apologised after the armed forces admitted shooting down the jet"
                    marks = {"reported_past", "background"}
                break
            if role == "say" and self._court_finding(doc, candidate, head):
                # the ruling is the act: its own clause decides its modality ("after the
                # court ruled that ...": background)
                marks.clear()
                current = head
                continue
            if role == "say":
                if backshifted:
                    # "Hamas said it had accepted the proposal": reported speech shifts the
                    # tense back; the act is as recent as the saying
                    marks.discard("reported_past")
                candidate.reported_by = head
                reported = True
                self._speaker_for_own_state(doc, candidate, head)
                if not any(candidate.sources) and (
                    candidate.code.startswith("13") or candidate.trigger.dep_ == "conj"
                ):
                    # "Kim said the U.S. president would pay dearly": the threat is the
                    # speaker's; "insisted that the balloon was an airship, and rejected
                    # Washington's claims": the parser's conjunct of the reported clause too
                    speakers = self._refs(doc, agents(head))
                    candidate.sources = list(speakers)
                    candidate.source_args = [r.head for r in speakers]
                if any(c.dep_ == "neg" for c in head.children):
                    marks.add("negated")
                break
            if role in ("intent", "offer"):
                marks.add("intended")
                if role == "offer":
                    intent_role = role
            elif role == "hypothetical":
                marks.add("hypothetical")
            elif role == "negate":
                marks.add("negated")
            elif role in ("fail", "cease"):
                changed = self.lexicon.governed_code(role, candidate.code)
                if changed and changed != candidate.code:
                    # "failed to reach agreement": a rejection, not a negated agreement;
                    # "halted fighting": a de-escalation, not a negated fight
                    candidate.rule += f"+{role}:{changed}"
                    candidate.code = changed
                else:
                    marks.add("negated")
            elif role in CODE_CHANGING_ROLES:
                self._govern(doc, candidate, head, role)
            current = head
        if obliged:
            marks.add("hypothetical")  # "Israel must end the attacks", said by no one
        modality = _settle_modality(marks, reported=reported)
        if modality == "intended":
            changed = self.lexicon.governed_code(
                intent_role, candidate.code
            ) or self.lexicon.governed_code("intent", candidate.code)
            if changed and changed != candidate.code:
                candidate.rule += f"+intent:{changed}"
                candidate.code = changed
        candidate.modality = modality
        if (
            modality in ("intended", "hypothetical")
            and len([r for r in candidate.sources if r]) < 2
            and not (modality == "intended" and self._arranged(doc, candidate))
        ):
            candidate.recip = False  # one side's plan commits only that side

    def _threat_kept_open(self, doc: Doc, candidate: Candidate, rule_out: Token) -> None:
        """Re-code force that ``rule_out`` ("did not rule out", "refused to rule out") keeps
        open as a threat of force (138) by whoever keeps it open."""
        keeper = rule_out.head if _refused(rule_out) else rule_out
        speakers = self._refs(doc, agents(keeper))
        candidate.code = "138"
        candidate.rule += "+not-ruled-out:138"
        candidate.recip = False
        candidate.governed_by.append(rule_out.i)
        if speakers:
            candidate.sources = list(speakers)
            candidate.source_args = [r.head for r in speakers]

    def _arranged(self, doc: Doc, candidate: Candidate) -> bool:
        """A reciprocal act announced as fixed, not as one side's wish: "Erdogan will meet
        Mattarella", "is scheduled to hold talks with Tusk" (both sides have agreed to it), unlike
        "plans to meet" or "Iran said it would hold talks with the EU" (one side speaking)."""
        if not candidate.recip:
            return False
        if any(g.split(":")[-1] not in SCHEDULING_GOVERNORS for g in candidate.governors):
            return False
        speaker = candidate.reported_by
        if speaker is None:
            return True
        speakers = {r.actor.code for r in self._refs(doc, agents(speaker)) if r.actor.code}
        return not speakers & {r.actor.code for r in candidate.sources if r is not None}

    def _refuse(self, candidate: Candidate, verb: Token) -> bool:
        """A cooperative act negated in the future ("will not release the prisoners", "said it
        would not withdraw") is a refusal: CAMEO codes it as a rejection (12x) of that act.
        Re-codes ``candidate`` and says whether it did; a negated past act stays negated."""
        if not _auxiliaries(verb) & REFUSAL_AUX or not "03" <= candidate.code[:2] <= "08":
            return False
        if candidate.code[:3] in UNREFUSED_VISITS:
            return False  # "Putin will not attend the BRICS summit": a visit not made
        if "have" in _auxiliaries(verb):
            return False  # "the US would not have agreed to a truce": a counterfactual
        changed = self.lexicon.governed_code("reject", candidate.code)
        if not changed or changed == candidate.code:
            return False
        candidate.rule += f"+refuse:{changed}"
        candidate.code = changed
        candidate.recip = False
        return True

    def _speaker_for_own_state(self, doc: Doc, candidate: Candidate, verb: Token) -> None:
        """A state's official who says what "the government" or "his country" will do speaks
        for it: the official is the source ("Prime Minister Holness announced that the
        government will extend the curfew", "Putin said his country will not lift the ban")."""
        sources = [s for s in candidate.sources if s is not None]
        if not sources or any(s.kind not in ("description", "generic") for s in sources):
            return
        speaker_tokens = agents(verb)
        speakers = [
            r
            for r in self._refs(doc, speaker_tokens)
            if r.actor.code and r.kind in ("person", "agent", "seat") and "GOV" in r.actor.sectors
        ]
        if len(speakers) != 1:
            return
        speaker = speakers[0]
        for source in sources:
            same = source.actor.code == speaker.actor.code or (
                source.actor.country in (None, speaker.actor.country)
                and set(source.actor.sectors) <= {"GOV"}
            )
            if not same:
                return
        candidate.sources = [speaker]
        candidate.source_args = [t.i for t in speaker_tokens]

    def _claim_of_responsibility(self, doc: Doc, candidate: Candidate, verb: Token) -> bool:
        """ "The Taliban claimed that they had attacked the school": an armed act its own author
        claims is a claim of responsibility (015) by that author towards the target, not the
        act itself (CAMEO 015). Re-codes ``candidate`` and says whether it did."""
        if lemma(verb) not in CLAIM_LEMMAS or not "14" <= candidate.code[:2] <= "20":
            return False
        speakers = self._refs(doc, agents(verb))
        speaker_codes = {r.actor.code or r.actor.text for r in speakers}
        doers = {r.actor.code or r.actor.text for r in candidate.sources if r is not None}
        if not speakers or (doers and not doers <= speaker_codes):
            return False
        if not doers and lemma(verb) not in ADMISSION_LEMMAS:
            # "the ministry acknowledged that some civilians were killed": an admission of an
            # act no one else is named doing is the speaker's own; a claim needs its author
            return False
        candidate.rule += "+claim:015"
        candidate.code = "015"
        candidate.sources = list(speakers)
        candidate.source_args = [r.arg for r in speakers]
        candidate.recip = False
        return True

    def _forcible_prevention(self, candidate: Candidate) -> bool:
        """A prevention by force that is an act of its own ("coast guard ships blocked two
        vessels from delivering supplies": the blockade, 191, besides the delivery not made):
        a preventing verb matched with its object by a coercive or violent line."""
        return (
            self.lexicon.governor_role(lemma(candidate.trigger)) == "negate"
            and "_+obj:" in candidate.rule
            and candidate.code[:2] in COERCIVE_ROOTS
        )

    @staticmethod
    def _governor_of(token: Token) -> Token | None:
        """The verb that takes ``token``'s clause or noun phrase as its complement, if any."""
        head = token.head
        if head.i == token.i:
            return None
        link = token.dep_
        if link == "conj":
            return head
        if (
            link == "pcomp"
            and head.dep_ == "prep"
            and lemma(head) == "from"
            and head.head.pos_ in VERB_POS
        ):
            return head.head  # "prevented aid agencies from providing assistance"
        if (
            link == "pcomp"
            and lemma(head) == "of"
            and lemma(head.head) in RESERVED_NOUNS
            and head.head.dep_ == "dobj"
            and lemma(head.head.head) == "reserve"
        ):
            return head.head.head  # "reserved the option of using force": a threat
        if (
            link == "pcomp"
            and lemma(head) in ("as", "of")
            and head.head.dep_ == "advmod"
            and lemma(head.head) in ("far", "short")
            and head.head.head.pos_ in VERB_POS
        ):
            # "could go as far as cutting ties": what the goer would do; "stopped short of
            # calling the killings genocide": what the stopper did not do
            return head.head.head
        if link == "advcl" and token.tag_ == "VBG" and _right_after(head, token):
            return head  # "ruled out sending troops": the parser's clause is the object
        if link in ("pcomp", "pobj") and lemma(head) == "at" and lemma(head.head) in BALK_VERBS:
            return head.head  # "balked at signing the deal", "balked at the plan": refused
        if link == "pcomp" and _talked_about(token, head.head):
            return head.head  # "talks on holding a summit": what the talks are about
        if (
            link == "pcomp"
            and lemma(head) == "of"
            and NOUN_GOVERNOR_ROLES.get(lemma(head.head)) == "intent"
        ):
            return head.head  # "has no intention of sitting down with X": what is meant
        if (
            link == "pcomp"
            and lemma(head) in ("of", "about", "on")
            and head.head.pos_ == "ADJ"
            and lemma(head.head) in HOPEFUL_WORDS
        ):
            return head.head  # "was optimistic of reaching a deal": a deal hoped for
        if (
            (link == "xcomp" or (link == "advcl" and any(c.tag_ == "TO" for c in token.children)))
            and head.dep_ == "acl"
            and head.tag_ == "VBG"
            and head.head.dep_ == "pobj"
            and lemma(head.head.head) in ("to", "on", "upon")
            and head.head.head.head.pos_ in VERB_POS
        ):
            # "appealed to the militants holding two journalists to set them free": the
            # parser hangs the infinitive on the participle; the appeal governs it
            return head.head.head.head
        if _delayed_infinitive(token):
            return head  # "offered on Tuesday to host talks": an infinitive complement
        if link == "pobj" and head.dep_ == "prep":
            if (
                lemma(head) in ("for", "to")
                and head.head.pos_ in (*VERB_POS, "ADJ")
                # "opened fire on his motorcade on the way to an African summit": a way to
                and not any(c.dep_ == "dobj" and lemma(c) == "fire" for c in head.head.children)
            ):
                return head.head  # "called for talks", "agreed to a ceasefire", "ready for"
            if lemma(head) == "on" and lemma(head.head) == "hold" and "off" in particles(head.head):
                return head.head  # "agreed to hold off on sanctions": held back
            if (
                lemma(head) == "for"
                and lemma(head.head) in NOUN_GOVERNOR_ROLES
                and not _conversation(head.head)
            ):
                return head.head  # "an appeal for aid", "its demand for a withdrawal"
            if lemma(head) == "in" and (_is_money(head.head) or head.head.like_num):
                # "an appeal for $234 million in emergency aid": as the sum goes
                return Extractor._governor_of(head.head)
            if lemma(head) in ("to", "of") and lemma(head.head) in ("end", "cessation", "halt"):
                return head.head  # "called for an end to the fighting", "a cessation of"
            if lemma(head) == "of" and head.head.pos_ in NOUN_POS:
                return _governor_of_owner(head.head)  # "agreed to an extension of the force"
            if lemma(head) == "in" and _participating(head.head):
                return head.head  # "refused to join in the exercises": the joiner's act
            return None
        if (
            link in ("acl", "relcl")
            and head.pos_ in NOUN_POS
            and lemma(head) in NOUN_GOVERNOR_ROLES
        ):
            return head  # "its demand that Ukraine withdraw"
        if (
            link == "acl"
            and lemma(head) in RESERVED_NOUNS
            and head.dep_ == "dobj"
            and lemma(head.head) == "reserve"
        ):
            return head.head  # "reserved the right to retake Nagorno-Karabakh": a threat
        if link in ("acl", "relcl") and lemma(head) in CLAIM_NOUNS and has_mark(token, THAT):
            return head  # "denied reports that it had supplied drones": a claim
        verbal = head.pos_ in VERB_POS or (link == "xcomp" and head.pos_ == "ADJ")
        if link in ("xcomp", "ccomp", "dobj", "attr", "oprd", "nsubjpass", "pcomp") and verbal:
            return head  # "was ready to hold talks": the adjective governs
        return None

    def _govern(self, doc: Doc, candidate: Candidate, governor: Token, role: str) -> None:
        """Re-code a complement under an appeal, demand, threat or refusal."""
        if role == "demand" and self._commands_own(doc, candidate, governor):
            return
        code = self.lexicon.governed_code(role, candidate.code)
        if role == "appeal" and candidate.code[:2] == "16" and not _addressees(governor):
            # "called for sanctions against Turkey", addressed to no one: a demand aimed at
            # Turkey (an appeal to someone to impose them, "urged the EU to impose", stays 02x)
            code = "100"
        if code is None:
            return
        candidate.rule += f"+{role}:{lemma(governor)}"
        candidate.code = code
        candidate.recip = False
        # "urged X", or a governing noun's owner or maker ("its demand that X withdraw")
        speaker_tokens = (
            _noun_makers(doc, governor) if governor.pos_ in NOUN_POS else agents(governor)
        )
        speaker = self._refs(doc, speaker_tokens)
        if role == "demand" and not speaker and governor.pos_ in VERB_POS:
            crowd = self._demanding_crowd(doc, governor)
            if crowd is not None:
                # "100,000 people poured into Minsk to demand that Lukashenko step down": a
                # crowd's demand is its demonstration (1411 for a leader told to go)
                speaker, speaker_tokens = crowd
                code = f"141{code[3]}" if code[:3] == "104" and len(code) == 4 else "141"
                candidate.code = code
        addressees = self._refs(
            doc, [t for c in governor.children if c.dep_ == "dobj" for t in with_conjuncts(c)]
        )
        if role in ("appeal", "demand"):
            # "appealed from Cairo to the militants": "from" only when no one is addressed
            addressees = (
                addressees
                or self._refs(doc, prep_objects(governor, {"on", "upon", "to"}))
                or self._refs(doc, prep_objects(governor, {"from"}))
            )
            # "urged Russia to withdraw": Russia is asked; else whoever the complement names as
            # its actor ("demanded that Israel halt"), else its target ("called for the release
            # of Navalny")
            speaker_codes = {r.actor.code for r in speaker}
            if not addressees:
                # "called for the United Nations to take over the mission": who is to act
                clause = _child_toward(governor, candidate.trigger)
                addressees = [
                    r
                    for r in self._refs(doc, _subjects(clause) if clause is not None else [])
                    if r.actor.code not in speaker_codes
                ]
            if not addressees:
                addressees = [
                    s
                    for s in candidate.sources
                    if s is not None and s.actor.code not in speaker_codes
                ]
            if not addressees:
                addressees = [t for t in candidate.targets if t is not None]
            candidate.targets = list(addressees) or candidate.targets
        elif role == "threaten":
            speaker_countries = {r.actor.country for r in speaker}
            if not addressees and all(
                t is None or t.actor.country in speaker_countries for t in candidate.targets
            ):
                # "warned that Baku would open a corridor by force if Yerevan did not agree":
                # the threat is aimed at whoever the condition asks to act
                words = [
                    w
                    for w in (candidate.trigger, *candidate.trigger.ancestors)
                    if w.i != governor.i and governor in w.ancestors
                ]
                addressees = list(self._conditioned(doc, words, speaker_countries))
            candidate.targets = list(addressees) or candidate.targets
        elif role == "reject":
            # "rejected Erdogan's request", "rejects demands from the rebels": the rejection is
            # aimed at whoever made the proposal, else at whom the proposal concerned
            speaker_codes = {r.actor.code for r in speaker}
            proposers: list[ActorRef | None] = [
                s for s in candidate.sources if s is not None and s.actor.code not in speaker_codes
            ]
            candidate.targets = proposers or candidate.targets
        if speaker:
            candidate.sources = list(speaker)
            candidate.source_args = [t.i for t in speaker_tokens]
        expelled = (
            _expulsion_code(governor, candidate.sources, candidate.targets)
            if candidate.code == "1056"
            else None
        )
        if expelled:  # "ordered French troops to leave the country within a month"
            candidate.code = expelled
            candidate.rule += f"+ordered-to-leave:{expelled}"

    def _court_finding(self, doc: Doc, candidate: Candidate, verb: Token) -> bool:
        """A court's ruling that someone broke a law or a treaty ("the International Court of
        Justice ruled that Serbia had violated international law"): the court finds them
        liable (116). Says whether it was so, re-coding the candidate."""
        if lemma(verb) not in RULING_VERBS or not (
            candidate.code[:3] == "128" or candidate.code[:2] in ("11", "12")
        ):
            return False  # a breach, or a failure to act ("had failed to prevent genocide")
        judges = [a for a in agents(verb) if lemma(a) in COURT_NOUNS]
        court = self._refs(doc, judges)
        if not court:
            return False
        candidate.rule += f"+ruling:{lemma(verb)}:116"
        candidate.code = "116"
        candidate.targets = [s for s in candidate.sources if s is not None] or [None]
        candidate.target_args = list(candidate.source_args)
        candidate.sources = list(court)
        candidate.source_args = [t.i for t in judges]
        return True

    def _warned_against(self, doc: Doc, candidate: Candidate) -> list[ActorRef]:
        """Who warns of what will follow if the candidate's doer acts ("Rahimi warned that not
        a drop of oil would pass through Hormuz if the West imposed sanctions", "warned that
        North Korea would be met with fire and fury if it made more threats"): the warners,
        when the candidate is that condition's act and they are not its doers; else none."""
        if not any(candidate.sources):
            return []
        condition = None
        for word in (candidate.trigger, *candidate.trigger.ancestors):
            if word.dep_ == "advcl" or (word.dep_ == "ccomp" and has_mark(word, IF_MARKS)):
                condition = word  # the parser's "ccomp" for "if it made any more threats"
                break
            if word.dep_ not in CONDITION_INNER_DEPS:
                return []
        if condition is None or not has_mark(condition, CONDITIONAL_MARKS):
            return []
        # "might stop buying Australian wine if Canberra kept"
        outcome = _clause_above(condition.head, CLAUSE_LINKS)
        warning = (
            outcome
            if lemma(outcome) in WARNING_VERBS
            else outcome.head
            if outcome.dep_ == "ccomp" and lemma(outcome.head) in WARNING_VERBS
            else None
        )
        if warning is None or warning.pos_ not in VERB_POS:
            return []
        warners = self._refs(doc, agents(warning))
        if not warners or any(_same_side(w, s) for w in warners for s in candidate.sources):
            return []  # "Turkey warned it would act if Turkish troops were hit": its own
        return warners

    def _demanding_crowd(
        self, doc: Doc, governor: Token
    ) -> tuple[list[ActorRef], list[Token]] | None:
        """The crowd that makes a demand in a participle or purpose clause of its movement
        ("people poured into Minsk to demand", "supporters burst into parliament, ... and
        demanding"): its own name when it has one ("opposition supporters"), else civilians
        of the place. None when whoever acts is no crowd."""
        clause = _clause_above(governor, CLAUSE_LINKS)
        if clause.i == governor.i:
            return None
        subjects = _subjects(clause)
        words = {lemma(w) for s in subjects for w in (s, *prep_objects(s, {"of"}))}
        if not words & (CROWD_NOUNS | RIOTER_NOUNS):
            return None
        named = self._refs(doc, subjects)
        if named:
            return named, subjects
        crowd = self._crowd(doc, clause, subjects)
        return (crowd[0], [doc[i] for i in crowd[1]]) if crowd else None

    def _commands_own(self, doc: Doc, candidate: Candidate, governor: Token) -> bool:
        """An order to one's own government, forces or police is one's own act ("Putin ordered
        the government to lift the ban on flights to Turkey": Russia lifts it; "ordered troops
        to withdraw from Kherson": Russia withdraws): the complement keeps its code and the one
        who orders does it. Says whether it was so."""
        if governor.pos_ not in VERB_POS or lemma(governor) not in COMMAND_VERBS:
            return False
        speaker_tokens = agents(governor)
        speaker = self._refs(doc, speaker_tokens)
        told = [c for c in governor.children if c.dep_ == "dobj"]
        if not told and candidate.trigger.head.i == governor.i:
            # "ordered the nuclear forces put on alert": the parser's clause has them as subject
            told = [c for c in candidate.trigger.children if c.dep_ in ("nsubj", "nsubjpass")]
        ordered = self._refs(doc, [t for c in told for t in with_conjuncts(c)])
        if (
            speaker
            and told
            and not ordered
            and candidate.code[:2] == "15"
            and all(lemma(t) in UNIT_NOUNS for t in told)
        ):
            # "ordered front-line units to be on a war footing": a force posture ordered for
            # forces the text names no one's is the orderer's own
            ordered = []
        elif not speaker or not ordered:
            return False
        for addressee in ordered:
            sectors = set(addressee.actor.sectors)
            if not sectors or not sectors <= STATE_SECTORS:
                return False  # an order to a state or a people is a demand on it
            if addressee.actor.country and not any(_same_side(addressee, s) for s in speaker):
                return False  # another state's forces
        candidate.rule += f"+ordered:{lemma(governor)}"
        candidate.sources = list(speaker)
        candidate.source_args = [t.i for t in speaker_tokens]
        return True

    def fallback(self, doc: Doc, sent: Span, code: str, rule: str) -> Candidate | None:
        """An event for a sentence the rules could not code but the model says holds one: the
        main clause's agent does ``code`` to its object (or to the first actor after the verb).
        None when the clause names no actor."""
        verb = sent.root
        for child in verb.children:  # "A said B attacked C": the reported clause is the event
            if (
                child.dep_ == "ccomp"
                and lemma(verb) in OPINION_VERBS
                and _only_analysts(agents(verb))
            ):
                return None  # "..., economists at the Bundesbank estimated": a forecast
            if child.dep_ == "ccomp" and self.lexicon.governor_role(lemma(verb)) == "say":
                if _only_analysts(agents(verb)):
                    return None  # "..., analysts say": analysis, what the model guesses too
                verb = child
                break
        if (
            self.lexicon.governor_role(lemma(verb)) == "say"
            and quad_class(code) in (2, 4)
            and not any(t.pos_ in NOUN_POS for t in direct_objects(verb))
        ):
            return None  # "the mayor said no": words alone are no material act ("adding a
            # plane to the pool" acts on a thing)
        if _stative(verb):
            return None  # "Turkey fields the second-largest army in NATO": a state of affairs
        if _dated_long_ago(verb):
            return None  # "NATO was founded in 1949 by 12 countries": history, which the
            # model cannot tell from news
        if (lemma(verb) in TREND_VERBS and not direct_objects(verb)) or _reaches_a_figure(verb):
            return None  # "tourist arrivals from China rose 30 percent": a trend; "the death
            # toll has passed 30,000": a figure
        source_role = self._role(doc, agents(verb))
        acting = _acting_verb(verb)  # "is willing to provide X to Y": provide's objects
        objects = [t for t in direct_objects(acting) if t.pos_ in NOUN_POS or t.pos_ == "PRON"]
        preps = [
            lemma(c)
            for c in acting.children
            if c.dep_ == "prep" and lemma(c) not in FALLBACK_NO_PREPS | FALLBACK_PLACE_PREPS
        ]
        addressed = [obj for p in preps for obj in prep_objects(acting, {p})]
        if code[:2] in GIVING_ROOTS:  # "offered to the US an armored regiment": the recipient
            target_tokens = [*datives(acting), *addressed, *objects]
        else:
            target_tokens = [*objects, *datives(acting), *addressed]
        # the recipient or target hung on the object ("sent donations to the Palestinians")
        target_tokens += [
            t
            for obj in direct_objects(acting)
            for t in _prep_objects_deep(obj, OBJECT_TARGET_PREPS)
        ]
        # where it happened comes last ("had lunch with Macron in Paris")
        target_tokens += prep_objects(acting, FALLBACK_PLACE_PREPS)
        refs: list[ActorRef] = []
        args: list[int] = []
        own = {r.actor.code for r in source_role[0]}
        for token in target_tokens:
            refs, args = self._role(doc, [token])
            # "Norway channelled its payments to the Palestinians": not its own
            refs = [r for r in refs if r.actor.code not in own]
            if code[:2] in GIVING_ROOTS and token in objects:
                # what is given may be people, its own ("sent 300 engineers to help Nepal")
                refs = [r for r in refs if not any(_same_side(r, s) for s in source_role[0])]
            if refs:
                break
        if not source_role[0] and (not refs or source_role[1]):
            # the clause names its doer and it is no political actor ("an earthquake struck off
            # Japan", "the book examines relations with China"): no interaction
            return None
        candidate = Candidate(
            code=code,
            trigger=verb,
            entry=None,
            rule=rule,
            sources=list(source_role[0]) or [None],
            targets=list(refs) or [None],
            source_args=source_role[1],
            target_args=args or [t.i for t in target_tokens[:1]],
        )
        self._apply_governors(doc, candidate)
        candidate.score = _score(candidate) - 1.0  # no lexicon entry vouches for it
        self._purpose_target(doc, candidate)
        self._located_target(doc, candidate)
        self._place_target(doc, candidate)
        if not any(candidate.targets):
            # the thing a guessed verb acts on is no evidence ("expressed surprise that")
            candidate.target_args = []
        known = [s for s in candidate.sources if s is not None and s.actor.code]
        if all(t is None or t.kind in PLACE_KINDS for t in candidate.targets) and (
            all(_business(s.actor) for s in known) if known else agents(verb)
        ):
            # a firm, or a doer who is no actor, acting in a place ("Toyota opened an assembly
            # line in Mexico"): business, not politics
            return None
        return candidate if political(candidate, sent) else None

    def _describes_a_situation(self, doc: Doc, clause: Token) -> bool:
        """A clause that says how things are ("the situation remained tense", "the border was
        quiet"): a state verb with an adjective, whose subject is no actor."""
        if lemma(clause) not in SITUATION_VERBS:
            return False
        if not any(c.dep_ == "acomp" for c in clause.children):
            return False
        subjects = [c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass")]
        return not self._refs(doc, subjects)

    def _statement_candidates(
        self, doc: Doc, sent: Span, found: list[Candidate], live: list[Candidate]
    ) -> list[Candidate]:
        """A reporting verb whose complement holds no event, but names an actor other than the
        speaker, is a statement (010) by the speaker about that actor (``live``: the candidates
        that stand as political events with actors)."""
        reported = {c.reported_by.i for c in found if c.reported_by is not None}
        reported |= {i for c in found for i in c.governed_by}  # "says X must": a demand already
        out = []
        for token in sent:
            if token.pos_ not in VERB_POS or token.i in reported:
                continue
            if self.lexicon.governor_role(lemma(token)) != "say":
                continue
            complements = [c for c in token.children if c.dep_ in ("ccomp", "xcomp")]
            if not complements:
                continue
            # "a roadside bomb exploded near his convoy, officials said": the bomb
            if any(_reported_force(c, complements) for c in live):
                continue
            if lemma(token) in PRIVATE_OPINION:
                continue  # "many diplomats believe that...": an opinion, not a statement
            if any(lemma(o) in OPINION_GENRES for o in prep_objects(token, {"in"})):
                continue  # "in an editorial, the paper argued": a view, not a statement
            speaker_tokens = agents(token)
            # "diplomats and analysts say": unnamed readers of a situation, together too
            unnamed = bool(speaker_tokens) and all(
                _bare_diplomats(t) or _only_analysts([t]) for t in speaker_tokens
            )
            if unnamed:
                continue  # "political scientists say", "62 percent of Malians said": analysis
            if any(_natural_force(a) for comp in complements for a in agents(comp)):
                continue  # "floods swept through villages, officials said": no one acted
            speakers = self._refs(doc, speaker_tokens)
            if not speakers or all(s.actor.sectors in (("EDU",), ("HLH",)) for s in speakers):
                # scholars' and economists' analysis, doctors' word on a patient ("doctors
                # said the wounded soldier was recovering"): no interaction
                continue
            if all(_business(s.actor) for s in speakers):
                continue  # "the company said it would reduce the country's reliance": business
            if any(t.ent_type_ in FIGURE_ENTITIES for c in complements for t in c.subtree):
                continue  # "arrivals rose 30 percent, the ministry said": figures reported
            if any(
                _counted(c)
                for comp in complements
                for c in comp.children
                if c.dep_ in ("nsubj", "nsubjpass")
            ):
                continue  # "said 1.7 million people had been displaced": a count, not an act
            if any(lemma(comp) in TREND_VERBS or _reaches_a_figure(comp) for comp in complements):
                continue  # "the population fell by 837,000, the ministry said": a statistic
            if all(self._describes_a_situation(doc, comp) for comp in complements):
                continue  # "the situation remained tense, officials said": no act
            speaker_codes = {s.actor.code for s in speakers}
            about = [
                ref
                for comp in complements
                for t in comp.subtree
                if t.dep_ in ("nsubj", "nsubjpass", "dobj", "pobj", "poss")
                for ref in self._refs(doc, [t])
                if ref.actor.code not in speaker_codes
            ]
            if not about:
                continue
            if all(s.actor.sectors == ("CVL",) for s in speakers) and (
                _business(about[0].actor) or about[0].actor.sectors == ("CVL",)
            ):
                continue  # "shopkeepers say business has never been worse": private lives
            demand = any(
                _auxiliaries(comp) & OBLIGATION_AUX
                and not any(c.dep_ == "neg" for c in comp.children)
                for comp in complements
            )
            crime = next((code for comp in complements if (code := _crime_charged(comp))), None)
            if crime is None and _court_verdict(token, speakers, complements):
                crime = "116"  # "the court ruled that Russia was responsible for the downing"
            if crime is not None:  # "said troops may have committed war crimes": an accusation
                accused = self._refs(doc, [t for c in complements for t in _subjects(c)])
                about = [r for r in accused if r.actor.code not in speaker_codes] or about
            # "said the militants must leave within a week or face an operation": an ultimatum
            ultimatum = demand and any(_or_else(comp) for comp in complements)
            candidate = Candidate(
                code=crime or ("139" if ultimatum else "100" if demand else "010"),
                trigger=token,
                entry=None,
                rule=f"statement:say-crime:{crime}"
                if crime
                else "statement:say-or-else"
                if ultimatum
                else _say_rule(demand),
                sources=list(speakers),
                targets=[about[0]],
                source_args=[s.arg for s in speakers],
                target_args=[about[0].arg],
            )
            marks = {_local_modality(token)}
            if has_mark(token, BACKGROUND_MARKS) or governing_prep(token) in BACKGROUND_PREPS:
                marks.add("reported_past")  # "denied it, after May said Moscow was behind it"
            candidate.modality = _settle_modality(marks, reported=False)
            candidate.score = _score(candidate) - 1.5
            out.append(candidate)
        return out


def _bare_infinitive_clause(clause: Token) -> bool:
    """A plain verb with its own subject and no "to" or "that" ("help Australia build a
    fleet"; not in a relative clause, whose subject may be a thing: "intelligence that helped
    Ukraine sink the Moskva", nor in a purpose: "provide expertise to help the UN train")."""
    return (
        clause.dep_ == "ccomp"
        and clause.head.dep_ not in ("relcl", "advcl")
        and clause.tag_ == "VB"
        and clause.i > clause.head.i
        and any(c.dep_ == "nsubj" for c in clause.children)
        and not any(c.dep_ in ("aux", "mark") for c in clause.children)
    )


def _part_of(whole: Token) -> list[Token]:
    """The object that names a part of ``whole`` ("delivered the first of 18 helicopters to
    Colombia's army": the parser hangs the receiver on "first")."""
    part = whole.head.head
    if whole.head.lower_ == "of" and part.dep_ == "dobj" and whole in partitive_whole(part):
        return [part]
    return []


def _labelled_of(obj: Token) -> bool:
    """Whether ``obj`` is what a label given to an object is of ("called the attack a
    violation of the ceasefire"): a characterisation, no act on it."""
    return obj.head.lower_ == "of" and obj.head.head.dep_ == "oprd"


def _shared_head_conjuncts(obj: Token) -> list[Token]:
    """The nouns before an object that it coordinates with while the article is theirs: "a
    sweeping trade, oil and air embargo" is one embargo, which the parser reads as a list of
    "trade", "oil" and "embargo"."""
    if obj.dep_ != "conj" or any(c.dep_ in ("det", "poss") for c in obj.children):
        return []
    return [c for c in obj.conjuncts if c.i < obj.i and c.tag_ == "NN" and obj.tag_ == "NN"]


def _match_object(
    verb: Token, objects: list[Token], phrases: tuple[Phrase, ...]
) -> tuple[Token, Phrase] | None:
    """The first object of the verb that one of ``phrases`` describes, with that phrase (the
    most specific phrases first)."""
    direct = _unbundled(objects)
    # "called the Netherlands a nation of Nazi remnants and fascists": what the label is of
    direct += [
        t
        for o in objects
        if o.dep_ == "oprd"
        for p in prep_objects(o, {"of"})
        for t in with_conjuncts(p)
    ]
    # "began Saif Sareea 3, their largest joint military exercise": a name and what it is
    direct += [
        c
        for o in objects
        if o.pos_ == "PROPN"
        for c in o.children
        if c.dep_ == "appos" and c.pos_ == "NOUN"
    ]
    by_prep: dict[str, list[Token]] = {}
    names: dict[int, tuple[str, str]] = {}
    for phrase in sorted(phrases, key=lambda p: -len(p.modifiers)):
        if phrase.prep is None:
            pool = direct
        elif phrase.prep in by_prep:
            pool = by_prep[phrase.prep]
        else:  # "withdrew from parts of Tigray": the whole the part is of
            pool = _unbundled(_prep_phrase_objects(verb, phrase.prep))
            pool = pool + [t for o in pool for t in partitive_whole(o)]
            by_prep[phrase.prep] = pool
        if phrase.prep == "of":  # "stripped the cleric of his citizenship": the parser's noun
            pool = pool + [t for o in objects for t in prep_objects(o, {"of"})]
        for obj in pool:
            words = names.get(obj.i)
            if words is None:  # the object's lemma and lower form, once per object
                words = names[obj.i] = (lemma(obj), obj.lower_)
            head_matches = phrase.head in words
            if not head_matches and obj.pos_ == "PROPN" and not phrase.head.startswith(("$", "@")):
                # "expelled U.S. Ambassador Heather Hodges": a named person's title
                head_matches = any(
                    c.dep_ == "compound" and c.lower_ == phrase.head for c in obj.children
                )
            if not head_matches and words[0] in SCHEME_NOUNS:
                # "approved a $15.6 billion loan programme": the scheme is of loans
                head_matches = any(
                    c.dep_ == "compound" and lemma(c) == phrase.head for c in obj.children
                )
            if not head_matches and phrase.modifiers:
                # "used the chemical weapon chloropicrin", "the nerve agent Novichok": a name
                # given its kind
                kind = next(
                    (
                        c
                        for c in obj.children
                        if c.dep_ == "compound"
                        and lemma(c) == phrase.head
                        and _modifiers_hold(c, phrase)
                    ),
                    None,
                )
                if kind is not None:
                    return obj, phrase
            if head_matches and phrase.head in COUNT_NOUNS and _of_fighters(obj):
                continue  # "killing dozens of militants": fighting, not a mass killing
            if phrase.head == "$" and _is_money(obj):
                head_matches = True  # "USD1 million", "€95 million", "£2bn": any sum of money
            if phrase.head == "@place" and _is_place(obj):
                head_matches = True  # "withdrew from Avdiivka": any named place
            if phrase.head == "@person" and _is_person(obj) and not _named_place(obj):
                head_matches = True  # "captured Saddam Hussein": a named person, not Goma
            if phrase.head == "@masses" and _counted_in_hundreds(obj, least=50):
                # "killed at least 500 members of the Yazidi minority", "at least 70 people":
                # 50 or more, as news writers code a mass killing
                head_matches = True
            if phrase.head == "@multitudes" and _counted_in_hundreds(obj, least=10_000):
                head_matches = True  # "expelled 300,000 Congolese migrants" (not "1,000")
            if head_matches and _modifiers_hold(obj, phrase):
                return obj, phrase
    return None


def _prep_phrase_objects(verb: Token, prep: str) -> list[Token]:
    """Objects of ``prep`` on a verb, also where the parser hung the preposition on an adverb
    or particle ("walked away from the talks") or took it for a particle ("forces put on
    alert")."""
    found = prep_objects(verb, {prep})
    found += [
        o
        for c in verb.children
        # "pulled out of peace talks": the parser may take "out" for a preposition
        if c.dep_ in ("advmod", "prt") or (c.dep_ == "prep" and c.lower_ in ("out", "away"))
        for o in prep_objects(c, {prep})
    ]
    found += [
        o
        for c in verb.children
        if c.dep_ == "prt" and c.lower_ == prep
        for o in c.children
        if o.dep_ == "pobj"
    ]
    return found


def _unbundled(objects: list[Token]) -> list[Token]:
    """Objects with a bundle read as what it is of ("a new round of joint exercises": the
    exercises decide, not "round")."""
    if not any(lemma(o) in BUNDLE_NOUNS | INQUIRY_BODIES or _counted_span(o) for o in objects):
        return objects
    return [t for o in objects for t in _bundle_contents(o)]


def _counted_span(obj: Token) -> bool:
    """A counted span of time, read as what fills it ("began three days of combat drills")."""
    return lemma(obj) in TIME_SPANS and any(c.dep_ == "nummod" for c in obj.children)


def _bundle_contents(obj: Token) -> list[Token]:
    if lemma(obj) in INQUIRY_BODIES:  # "ordered a board of inquiry into X": the inquiry
        return [o for o in prep_objects(obj, {"of"}) if lemma(o) in INQUIRY_NAMES] or [obj]
    if lemma(obj) not in BUNDLE_NOUNS and not _counted_span(obj):
        return [obj]
    return prep_objects(obj, {"of"}) or [obj]


def _sum_of(obj: Token) -> list[Token]:
    """The sum a noun is counted in ("$60 billion in financing for Africa": the parser may hang
    the recipient on the sum)."""
    sum_ = obj.head.head
    if obj.dep_ == "pobj" and lemma(obj.head) == "in" and (_is_money(sum_) or sum_.like_num):
        return [sum_]
    return []


def _bundle_of(obj: Token) -> list[Token]:
    """The noun whose contents ``obj`` is (see :func:`_bundle_contents`), if any."""
    holder = obj.head.head
    if obj.dep_ == "pobj" and lemma(obj.head) == "of" and obj in _bundle_contents(holder):
        return [holder] if holder.i != obj.i else []
    return []


#: Bodies named by the inquiry they hold ("a board of inquiry", "a commission of inquiry").
INQUIRY_BODIES = frozenset({"board", "commission", "court", "committee", "tribunal"})
INQUIRY_NAMES = frozenset({"inquiry", "enquiry", "investigation"})


#: Nouns of a scheme named by what it deals in ("a loan programme", "an aid package").
SCHEME_NOUNS = frozenset(
    {"programme", "program", "facility", "scheme", "package", "arrangement", "deal"}
)

_CURRENCY = re.compile(r"^(US\$|USD|EUR|GBP|JPY|CHF|CAD|AUD|INR|RMB|CNY|Rs\.?|€|£|¥|\$)\d")


def _in_phrase(token: Token, head: Token) -> bool:
    """Whether ``token`` is in ``head``'s phrase without a clause between them ("an army camp
    in western Kabul", but not "funding to fight the epidemic in West Africa")."""
    current = token
    while current.i != head.i:
        if current.head.i == current.i:
            return False  # reached the root: not under ``head``
        current = current.head
        if current.i != head.i and current.pos_ in VERB_POS:
            return False
    return True


UNLESS = frozenset({"unless"})


#: Demands and appeals for the release of people: made of whoever holds them.
RELEASE_DEMANDS = frozenset({"1053", "0253"})
#: Verbs that say who holds captives ("sailors seized by militants", "hostages rebels hold").
CAPTURE_VERBS = frozenset(
    {"seize", "kidnap", "abduct", "capture", "hold", "detain", "arrest", "jail", "imprison",
     "take", "snatch"}
)  # fmt: skip


def _captors(trigger: Token) -> list[Token]:
    """Who holds the people a release is asked for: the agent ("seized by X") or subject ("whom
    X kidnapped") of a capture clause on the released ("the release of 10 of its sailors who
    were seized by Abu Sayyaf militants")."""
    freed = {"release", "return", "freedom", "handover"}  # "the immediate return of 15 sailors"
    releases = [trigger] if lemma(trigger) in freed else []
    releases += [c for c in trigger.children if c.dep_ == "dobj" and lemma(c) in freed]
    held = [o for r in releases for o in prep_objects(r, {"of"})]
    held += [o for h in list(held) for o in prep_objects(h, {"of"})]  # "10 of its sailors"
    found = []
    for noun in held:
        # "Evan Gershkovich, whose arrest by Russia's FSB it called ridiculous" (the parser
        # makes the arrest an apposition, or a word of the relative clause)
        found += [
            t
            for capture in (
                *noun.children,
                *(w for c in noun.children if c.dep_ == "relcl" for w in c.children),
            )
            if capture.dep_ != "relcl"
            and lemma(capture) in CAPTURE_NOUNS
            and any(c.lower_ == "whose" for c in capture.children)
            for t in prep_objects(capture, {"by"})
        ]
        for clause in noun.children:
            if clause.dep_ not in ("relcl", "acl") or lemma(clause) not in CAPTURE_VERBS:
                continue
            found += prep_objects(clause, {"by"})
            found += [
                c for c in clause.children if c.dep_ == "nsubj" and c.tag_ not in ("WP", "WDT")
            ]
    return found


def _seized(trigger: Token) -> list[Token]:
    """What a seizure takes: the "of" object of a seizure noun, or the object of the verb."""
    if trigger.pos_ in NOUN_POS:
        return prep_objects(trigger, {"of"})
    return direct_objects(trigger)


def _reported_force(candidate: Candidate, complements: list[Token]) -> bool:
    """Whether a use of force (or a protest) is what a reported clause says: its verb, or the
    subject of its verb ("a roadside bomb exploded near his convoy, officials said")."""
    trigger = candidate.trigger
    clause = trigger.head if trigger.dep_ in ("nsubj", "nsubjpass") else trigger
    return candidate.code[:2] >= "14" and clause in complements


def _open_question(trigger: Token) -> bool:
    """An act asked about, not reported: "Whether Pyongyang will carry out a seventh nuclear
    test remains unclear", "did not say whether troops would withdraw" (a "whether" clause;
    one weighed by a decider is an option, 014, kept by the caller)."""
    return any(has_mark(node, WHETHER) for node in (trigger, *trigger.ancestors))


def _labour_strike(noun: Token, candidate: Candidate) -> bool:
    """A bare "strike" whose doers are all unarmed (unions, workers, parties): a strike from
    work ("unions paralysed France with the biggest strike yet"), not a military strike."""
    if candidate.code != "195" or lemma(noun) != "strike":
        return False
    modifiers = {
        word
        for c in noun.children
        if c.dep_ in ("compound", "amod", "nmod")
        for word in (lemma(c), c.lower_)  # "rolling", which the lemmatiser reads as "roll"
    }
    if modifiers & STRIKE_WEAPONS:
        return False
    if modifiers & WORK_STRIKES:
        return True  # "a series of rolling strikes against Macron's plans"
    sectors = [set(r.actor.sectors) for r in candidate.sources if r is not None]
    return bool(sectors) and all(s and not s & (ARMED_SECTORS | {"GOV"}) for s in sectors)


#: Words that make a strike a stoppage of work ("a rolling strike", "a general strike").
WORK_STRIKES = frozenset(
    {"rolling", "general", "nationwide", "indefinite", "wildcat", "one-day", "24-hour",
     "48-hour", "labour", "labor", "rail", "transport", "teacher", "doctor", "nurse", "worker",
     "union", "pension", "wage", "pay"}
)  # fmt: skip
#: Words that make a strike a military one ("air strike", "missile strike").
STRIKE_WEAPONS = frozenset(
    {"air", "missile", "drone", "rocket", "military", "aerial", "artillery", "naval",
     "preemptive", "pre-emptive", "retaliatory", "nuclear", "precision", "israeli", "russian"}
)  # fmt: skip


def _threat_on_condition(candidate: Candidate) -> bool:
    """Harm one side holds out against another if a condition is met ("could slap tariffs on
    U.S. goods if trade talks fail"; "if the country buys the S-400, sanctions will be
    imposed"): a material act of conflict, hypothetical by an "if" or "unless" clause of its
    own, with a doer and a target. The condition itself is no threat."""
    if candidate.modality != "hypothetical" or not "15" <= candidate.code[:2] <= "20":
        return False
    if not any(candidate.sources) or not any(candidate.targets):
        return False
    return _on_own_condition(candidate.trigger)


def _yield_on_condition(candidate: Candidate) -> bool:
    """A concession its doer holds out if the other side acts ("Japan could ease some of its
    sanctions on North Korea if Pyongyang follows through"): an act of yielding (08x), in the
    active voice, hypothetical by an "if" or "unless" clause of its own."""
    if candidate.modality != "hypothetical" or candidate.code[:2] != "08":
        return False
    if not any(candidate.sources) or is_passive(candidate.trigger):
        return False
    return _on_own_condition(candidate.trigger)


def _on_own_condition(trigger: Token) -> bool:
    """Whether an "if" or "unless" clause of its own makes ``trigger``'s act hypothetical,
    the act not being itself the condition ("if the West imposes sanctions")."""
    if any(_conditional(node) for node in (trigger, *trigger.ancestors)):
        return False
    return bool(_condition_clauses(trigger, _conditional))


def _condition_clauses(trigger: Token, condition: Callable[[Token], bool]) -> list[Token]:
    """The clauses that hold ``condition`` on ``trigger`` or on the verbs that govern it in its
    clause ("threatened to launch a strike ... unless the prime minister resigned")."""
    found = []
    token = trigger
    while True:
        found += [c for c in token.children if c.dep_ == "advcl" and condition(c)]
        if token.dep_ in ("ROOT", "ccomp", "relcl") or token.head.i == token.i:
            return found
        token = token.head


def _passive_subjects(verb: Token) -> list[Token]:
    """The subject of a passive verb, or of the verb it is coordinated with ("had arrived in
    Moscow and been granted asylum": Assad)."""
    subjects = [c for c in verb.children if c.dep_ in ("nsubjpass", "nsubj")]
    if not subjects and verb.dep_ == "conj":
        subjects = [c for c in verb.head.children if c.dep_ in ("nsubjpass", "nsubj")]
    return [t for s in subjects for t in with_conjuncts(s)]


def _authored(noun: Token, preps: frozenset[str] | set[str]) -> list[Token]:
    """Objects of ``preps`` on a noun's participles of making ("sanctions on Mali, announced by
    West African leaders", "imposed by the EU on Russia"), not of others' reactions ("an invasion
    condemned by the West"); also one the parser hangs, after a comma, on the noun's "of"
    phrase ("the expulsion of 23 Russian diplomats, announced by Theresa May")."""
    set_off = [
        p
        for thing in prep_objects(noun, {"of"})
        for p in participles(thing)
        if p.i > 0 and p.doc[p.i - 1].text == ","
    ]
    return [
        t
        for participle in (*participles(noun), *set_off)
        if lemma(participle) in AUTHORING_VERBS
        for t in prep_objects(participle, preps)
    ]


def _say_rule(demand: bool) -> str:
    """The rule name of a statement about someone: an obligation stated is a demand."""
    return "statement:say-must" if demand else "statement:say-about"


#: Verbs of a protest's purpose clause ("a hunger strike to protest against X").
PROTEST_PURPOSE_VERBS = frozenset({"protest", "press", "demand", "pressure"})
#: Purpose verbs whose object is whom a protest presses ("to press the government").
PRESSING_VERBS = frozenset({"press", "pressure"})


#: Verbs of an activity's phase ("began to withdraw", "resumed talks").
ASPECT_VERBS = frozenset({"begin", "start", "resume", "continue", "keep"})


#: Crimes whose commission, said of someone, accuses them (CAMEO 112x), by the lemma of the
#: noun and of its first modifier ("war crimes", "human rights abuses").
CRIME_CODES = {
    "war crime": "1124", "genocide": "1124", "atrocity": "1124", "massacre": "1124",
    "ethnic cleansing": "1124", "crime against humanity": "1124",
    "abuse": "1122", "violation": "1122", "torture": "1122",
    "corruption": "1121", "fraud": "1121", "crime": "1121",
}  # fmt: skip
COMMITTING_VERBS = frozenset({"commit", "perpetrate"})
#: What an inquiry looks into decides its kind (CAMEO 091-094), by the lemma of the thing
#: looked into and of its first modifier, as CRIME_CODES reads a crime.
INQUIRY_CODES = {
    "war crime": "094", "genocide": "094", "atrocity": "094", "massacre": "094",
    "ethnic cleansing": "094", "crime against humanity": "092",
    "abuse": "092", "rights abuse": "092", "violation": "092", "torture": "092",
    "killing": "092", "extrajudicial killing": "092", "disappearance": "092", "rape": "092",
    "corruption": "091", "fraud": "091", "bribery": "091", "bribe": "091", "kickback": "091",
    "embezzlement": "091", "graft": "091", "money laundering": "091", "laundering": "091",
    "tax evasion": "091", "crime": "091", "murder": "091", "assassination": "091",
    "attack": "093", "strike": "093", "airstrike": "093", "air strike": "093",
    "shooting": "093", "bombing": "093", "shelling": "093", "incursion": "093",
    "invasion": "093", "downing": "093", "raid": "093", "gas attack": "093",
    "chemical attack": "093",
}  # fmt: skip


#: Verbs of a court's finding in a reported clause ("ruled that", "concluded that").
VERDICT_VERBS = RULING_VERBS | {"conclude", "decide", "declare"}
#: Words of legal liability a finding gives ("was responsible for", "is liable").
LIABLE_WORDS = frozenset({"responsible", "liable", "guilty", "culpable", "accountable"})


def _court_verdict(verb: Token, speakers: list[ActorRef], complements: list[Token]) -> bool:
    """A court's finding that someone is liable or broke the law ("The European Court of Human
    Rights ruled that Russia was responsible for the downing of MH17", "the tribunal found that
    Serbia had violated the convention"): a verdict (116), not a statement. For a statement
    whose clause codes no act; a clause that does is re-coded by ``Extractor._court_finding``."""
    if lemma(verb) not in VERDICT_VERBS:
        return False
    doc = verb.doc
    if not any("JUD" in r.actor.sectors or lemma(doc[r.head]) in COURT_NOUNS for r in speakers):
        return False
    for comp in complements:
        if any(c.dep_ == "neg" for c in comp.children):
            continue
        if lemma(comp) in ("violate", "breach", "fail"):
            return True  # "ruled that Serbia had failed to prevent the genocide"
        if lemma(comp) == "be" and any(
            c.dep_ == "acomp" and lemma(c) in LIABLE_WORDS for c in comp.children
        ):
            return True
    return False


def _crime_charged(clause: Token) -> str | None:
    """The accusation code of a reported clause saying someone committed a crime ("Ethiopian
    and Eritrean troops may have committed war crimes"), negated ones aside."""
    if lemma(clause) not in COMMITTING_VERBS or any(c.dep_ == "neg" for c in clause.children):
        return None
    for obj in direct_objects(clause):
        words = [lemma(c) for c in obj.children if c.dep_ in ("compound", "amod")]
        names = [f"{w} {lemma(obj)}" for w in words] + [lemma(obj)]
        names += [f"{lemma(obj)} against {lemma(o)}" for o in prep_objects(obj, {"against"})]
        for name in names:
            if name in CRIME_CODES:
                return CRIME_CODES[name]
    return None


def _inquiry_topic(candidate: Candidate) -> None:
    """An investigation of no stated kind takes the kind of what it looks into ("opened an
    investigation into alleged war crimes": 094; "into killings during the war on drugs": 092;
    "a criminal case into the incursion": 093), or a criminal one's (091) when it is called
    criminal and looks into nothing the table knows."""
    if candidate.code not in ("090", "091"):
        return
    trigger = candidate.trigger
    # "opened an investigation into X" (or "opened ... into X"), "an investigation into X"
    inquiries = (
        [o for o in direct_objects(trigger) if o.pos_ in NOUN_POS]
        if trigger.pos_ in VERB_POS
        else []
    )
    looked_into = [
        thing
        for inquiry in [*inquiries, trigger]
        for t in prep_objects(inquiry, INQUIRY_PREPS)
        if t.pos_ in NOUN_POS
        for thing in _bundle_contents(t)  # "into a series of attacks"
    ]
    for thing in looked_into:
        words = [lemma(c) for c in thing.children if c.dep_ in ("compound", "amod")]
        names = [f"{w} {lemma(thing)}" for w in words] + [lemma(thing)]
        names += [f"{lemma(thing)} against {lemma(o)}" for o in prep_objects(thing, {"against"})]
        code = next((INQUIRY_CODES[n] for n in names if n in INQUIRY_CODES), None)
        if code is not None:
            candidate.code = code
            candidate.rule += f"+inquiry:{code}"
            return
    if candidate.code == "090" and any(
        lemma(c) == "criminal"
        for i in [*inquiries, trigger]
        for c in i.children
        if c.dep_ == "amod"
    ):
        candidate.code = "091"
        candidate.rule += "+inquiry:091"


#: Nouns of talking something over, whose "on" or "about" gerund is an option, not an act.
TALK_NOUNS = frozenset({"talk", "negotiation", "discussion", "consultation", "dialogue"})


def _talked_about(gerund: Token, noun: Token) -> str | None:
    """ "hypothetical" for a gerund talks are about ("talks on holding a first summit with
    Suga fell through": no summit held), else None."""
    if (
        gerund.dep_ == "pcomp"
        and lemma(gerund.head) in ("on", "about", "over")
        and gerund.head.head.i == noun.i
        and lemma(noun) in TALK_NOUNS
    ):
        return "hypothetical"
    return None


def _noun_subjects(verb: Token) -> list[Token]:
    """The noun subjects of a verb ("a car bomb exploded")."""
    return [c for c in verb.children if c.dep_ == "nsubj" and c.pos_ in NOUN_POS]


def _acted_on_by(noun: Token, by_trigger: dict[int, Candidate]) -> bool:
    """Whether a noun (or the whole it is counted in: "tens of thousands of people") is the
    object of another candidate's verb, directly or through a preposition."""
    while noun.dep_ == "pobj" and lemma(noun.head) == "of" and noun.head.head.pos_ in NOUN_POS:
        noun = noun.head.head
    if noun.dep_ in ("dobj", "nsubjpass"):
        return noun.head.i in by_trigger
    return noun.dep_ == "pobj" and noun.head.head.i in by_trigger


def _aimed_by(prep: Token, by_trigger: dict[int, Candidate]) -> bool:
    """Whether a preposition of aim ("at") hangs from another candidate's verb or from a verb
    coordinated with it ("fired tear gas and live ammunition at")."""
    if lemma(prep) not in ("at", "on", "upon", "against"):
        return False
    verb = prep.head
    return verb.i in by_trigger or (verb.dep_ == "conj" and verb.head.i in by_trigger)


def _condition_subjects(verb: Token) -> list[Token]:
    """Who acts in the conditions put on a verb ("... by force if Yerevan did not agree")."""
    return [
        t
        for c in verb.children
        if c.dep_ in ("advcl", "ccomp") and has_mark(c, CONDITIONAL_MARKS - WHETHER)
        for t in _subjects(c)
    ]


def _subjects(clause: Token) -> list[Token]:
    """Who acts in a clause, with their conjuncts."""
    return [t for c in agents(clause) for t in with_conjuncts(c)]


def _deadline_condition(verb: Token) -> Token | None:
    """An "unless" clause on ``verb`` that sets a deadline ("unless Maduro called an election
    within eight days", "unless the troops leave by Friday"): the clause's verb."""
    for clause in verb.children:
        if clause.dep_ != "advcl" or not has_mark(clause, UNLESS):
            continue
        for word in clause.subtree:
            if lemma(word) == "within" and any(lemma(o) in TIME_SPANS for o in word.children):
                return clause
            if lemma(word) == "by" and any(o.ent_type_ in ("DATE", "TIME") for o in word.children):
                return clause
    return None


#: Acts of force a crowd commits in a riot ("stormed parliament", "clashed with police").
RIOT_VERBS = frozenset(
    {"storm", "clash", "ransack", "torch", "burn", "set", "attack", "hurl", "throw", "break",
     "loot", "vandalize", "vandalise", "smash", "raid", "fight", "pelt", "stone"}
)  # fmt: skip


def _combat_sides(verb: Token) -> list[Token]:
    """Who fought in the fighting a passive act happened in ("were killed in a clash with
    Chinese troops", "in an attack by rebels", "in an Israeli air strike")."""
    sides: list[Token] = []
    for fight in fights_suffered(verb):
        sides += prep_objects(fight, {"by", "from", "with"}) + possessors(fight)
        sides += [c for c in fight.children if c.dep_ in ("amod", "compound", "nmod")]
    return sides


#: Gatherings that security forces break up ("stormed a sit-in", "fired on the rally").
PROTEST_NOUNS = frozenset({"protest", "rally", "demonstration", "sit-in", "march", "vigil"})


def _repression(doc: Doc, candidate: Candidate) -> bool:
    """Police or soldiers using force on protesters ("soldiers opened fire on peaceful
    demonstrators", "security forces stormed a sit-in by protesters"): violent repression
    (175), not an armed attack."""
    if candidate.code[:2] not in VIOLENCE_ROOTS or candidate.code == "175":
        return False
    if candidate.code[:3] in ("202", "203"):
        return False  # "troops massacred hundreds of unarmed demonstrators": a mass killing
    sources = [r for r in candidate.sources if r is not None]
    if not sources or not all({"COP", "MIL"} & set(r.actor.sectors) for r in sources):
        return False
    aimed = [doc[i] for i in candidate.target_args] + [
        doc[r.head] for r in candidate.targets if r is not None
    ]
    # "stormed the square, driving out hundreds of protesters": whom the participle that
    # tells how it was done names
    aimed += [
        o
        for c in candidate.trigger.children
        if c.dep_ == "advcl" and c.tag_ == "VBG" and c.i > candidate.trigger.i
        for o in direct_objects(c)
    ]
    return any(
        lemma(t) in PROTEST_WORDS
        # "stormed two protest camps", "a protesters' camp", "fired into crowds of demonstrators"
        or any(c.dep_ in ("compound", "poss") and lemma(c) in PROTEST_WORDS for c in t.children)
        or any(lemma(o) in PROTEST_WORDS for o in prep_objects(t, {"of"}))
        for t in aimed
    )


def _suicide_bombing(doc: Doc, candidate: Candidate) -> bool:
    """Killing or attacking done by a suicide bomber: a suicide bombing (1831)."""
    if candidate.code[:2] not in VIOLENCE_ROOTS or candidate.code.startswith("183"):
        return False  # a car bomb (1832) says more
    return any(
        r is not None
        and lemma(doc[r.head]) == "bomber"
        and any(lemma(c) == "suicide" for c in doc[r.head].children)
        for r in candidate.sources
    )


def _crowd_violence(doc: Doc, candidate: Candidate) -> bool:
    """Force used by protesters or a leader's supporters ("protesters stormed Congress and set
    it on fire", "supporters clashed with police"): a violent protest (145), not an armed
    attack."""
    if candidate.code[:2] not in ("17", "18", "19") or lemma(candidate.trigger) not in RIOT_VERBS:
        return False
    sources = [r for r in candidate.sources if r is not None]
    return bool(sources) and all(lemma(doc[r.head]) in RIOTER_NOUNS for r in sources)


#: Verbs of leaving a country.
LEAVING_VERBS = frozenset({"leave", "depart", "quit", "exit"})


def _told_to_leave(verb: Token) -> bool:
    """An order or a word to leave ("ordered the mission to leave", "told the envoy to quit")."""
    return lemma(verb) in (*COMMAND_VERBS, "tell") and any(
        c.dep_ == "xcomp" and lemma(c) in LEAVING_VERBS and c.i > verb.i for c in verb.children
    )


def _expulsion_code(
    verb: Token, sources: Sequence[ActorRef | None], targets: Sequence[ActorRef | None]
) -> str | None:
    """Foreigners ordered or told to leave are expelled: a peacekeeping or monitoring mission
    1661 ("ordered members of the U.N. peacekeeping mission to leave within ten days"),
    diplomats 161 ("told the ambassador to leave"), individuals 174 ("ordered two Dutch
    journalists to leave the country": CAMEO's deportation of individuals), anyone else 166
    ("ordered French troops to leave"). An order to one's own people is none."""
    if not _told_to_leave(verb):
        return None
    homes = {r.actor.country for r in sources if r is not None}
    if not homes and is_passive(verb):
        # "Sixty U.S. diplomats were ordered to leave Russia": the state they must leave
        homes = {m.actor.country for t in _left_places(verb) for m in mentions_at(t.doc, t)}
    told = [r for r in targets if r is not None]
    if not homes or not told or any(r.actor.country in homes for r in told):
        return None
    told_deps = ("dobj", "nsubjpass")
    words = {lemma(w) for c in verb.children if c.dep_ in told_deps for w in c.subtree}
    if words & EXPELLED_MISSION_WORDS:
        return "1661"
    if words & ENVOY_NOUNS:
        return "161"
    people = any(r.kind == "person" or set(r.actor.sectors) & {"MED", "CVL"} for r in told)
    return "174" if words & EXPELLED_INDIVIDUALS or people else "166"


def _completing_nouns(verb: Token, objects: list[Token]) -> list[Token]:
    """Bare nouns that complete a verb and its object where the parser made them a clause, an
    apposition or an adverb ("took hundreds of children hostage", "taking as many as 700 people
    hostage", "dropped sarin on the town"): they may match an entry's object as a predicative
    complement does."""
    bare = [c for c in verb.children if c.dep_ in ("ccomp", "xcomp") and c.pos_ == "NOUN"]
    bare += [a for o in objects for a in o.children if a.dep_ == "appos" and a.pos_ == "NOUN"]
    if not objects:  # "dropped sarin on the town": the parser may take a bare noun for an adverb
        bare += [c for c in verb.children if c.dep_ == "advmod" and c.pos_ == "NOUN"]
    return [n for n in bare if not any(c.dep_ in ("det", "poss", "nsubj") for c in n.children)]


def _left_places(verb: Token) -> list[Token]:
    """What those ordered or told to leave must leave ("ordered to leave Russia")."""
    return [
        o
        for c in verb.children
        if c.dep_ == "xcomp" and lemma(c) in LEAVING_VERBS
        for o in direct_objects(c)
    ]


def _ordered_out(doc: Doc, candidate: Candidate) -> str | None:
    """A demand that foreigners leave is an expulsion (:func:`_expulsion_code`)."""
    if not candidate.code.startswith("10"):
        return None
    return _expulsion_code(candidate.trigger, candidate.sources, candidate.targets)


#: Street movements that make a protest of people ("poured into the streets").
STREET_MOVES = frozenset({"pour", "flood", "spill", "stream", "surge", "flock", "take"})


def _forces_on_the_streets(doc: Doc, candidate: Candidate) -> str | None:
    """Police or troops pouring into the streets ("thousands of armed police poured into the
    streets of Urumqi") show force (153 police, 154 armed forces); they are no protest."""
    if candidate.code != "141" or lemma(candidate.trigger) not in STREET_MOVES:
        return None
    sectors = [set(r.actor.sectors) for r in candidate.sources if r is not None]
    if sectors and all("COP" in s for s in sectors):
        return "153"
    if sectors and all("MIL" in s for s in sectors):
        return "154"
    return None


#: Nouns of a breach ("in breach of a ceasefire", "in violation of the truce").
BREACH_NOUNS = frozenset({"breach", "violation", "defiance", "contravention"})
#: Verbs of breaking a truce, in a participle after an attack ("shattering a ceasefire").
BREAKING_VERBS = frozenset({"break", "breach", "violate", "shatter", "wreck", "flout", "end"})
TRUCE_NOUNS = frozenset({"ceasefire", "cease-fire", "truce", "armistice"})


def _breaks_a_truce(doc: Doc, candidate: Candidate) -> str | None:
    """An armed act done "in breach of a ceasefire" or "shattering a truce": a violation of the
    ceasefire (196), the most specific thing the sentence says of it."""
    verb = candidate.trigger
    if candidate.code[:2] not in VIOLENCE_ROOTS or candidate.code == "196":
        return None
    breaches = [  # on the verb or its object ("opened fire on X in breach of the truce")
        t
        for t in verb.subtree
        if lemma(t) in BREACH_NOUNS
        and t.dep_ == "pobj"
        and lemma(t.head) == "in"
        and _in_phrase(t, verb)
    ]
    broken = [t for b in breaches for t in prep_objects(b, {"of"})]
    broken += [
        o
        for c in verb.children
        if c.dep_ in ("advcl", "xcomp", "conj") and c.tag_ == "VBG" and lemma(c) in BREAKING_VERBS
        for o in direct_objects(c)
    ]
    return "196" if any(lemma(t) in TRUCE_NOUNS for t in broken) else None


def _crowd_blockade(doc: Doc, candidate: Candidate) -> bool:
    """Protesters besieging or blocking a place ("protesters besieged the airport",
    "demonstrators blockaded the parliament"): an obstruction (144), not a military blockade."""
    if candidate.code != "191":
        return False
    sources = [r for r in candidate.sources if r is not None]
    return bool(sources) and all(lemma(doc[r.head]) in RIOTER_NOUNS for r in sources)


#: Places a visit to which is a gesture, not diplomacy ("visited the Yasukuni shrine").
SYMBOLIC_PLACES = frozenset(
    {"shrine", "memorial", "cemetery", "grave", "tomb", "mausoleum", "monument", "cenotaph",
     "graveside", "gravesite"}
)  # fmt: skip


def _symbolic_visit(doc: Doc, candidate: Candidate) -> str | None:
    """A visit to a shrine, a memorial or a grave ("paid his fifth visit to the Yasukuni
    shrine", "visited the war cemetery") is a symbolic act (017) with no one as its target."""
    if candidate.code not in ("042", "043"):
        return None
    trigger = candidate.trigger
    visits = [trigger, *(o for o in direct_objects(trigger) if lemma(o) == "visit")]
    places = [*direct_objects(trigger)] if lemma(trigger) == "visit" else []
    places += [o for v in visits for o in prep_objects(v, {"to", "at"})]
    if not any(lemma(p) in SYMBOLIC_PLACES for p in places):
        return None
    candidate.targets = [None]
    candidate.target_args = []
    return "017"


#: Options of force that, not ruled out, are a threat ("did not rule out military action").
FORCE_OPTIONS = frozenset(
    {"force", "action", "option", "strike", "attack", "invasion", "intervention", "operation",
     "offensive", "airstrike", "incursion"}
)  # fmt: skip


def _force_not_ruled_out(doc: Doc, candidate: Candidate) -> str | None:
    """ "did not rule out military action", "refused to rule out a strike": a threat of force
    (138), made now (the not-ruling-out is no negated rejection)."""
    verb = candidate.trigger
    if candidate.code != "120" or not _not_ruled_out(verb):
        return None
    objects = direct_objects(verb)
    if not any(
        lemma(o) in FORCE_OPTIONS
        and (lemma(o) not in ("action", "option", "operation") or _military(o))
        for o in objects
    ):
        return None
    candidate.modality = "asserted"
    return "138"


def _military(noun: Token) -> bool:
    """ "military action", "a military option": an armed option, not any action."""
    return any(lemma(c) in ("military", "armed") for c in noun.children if c.dep_ == "amod")


#: Open water that missiles fired into hit no one ("fired missiles into the sea").
SEA_WORDS = frozenset({"water", "sea", "ocean", "strait", "gulf"})


def _fired_into_the_sea(doc: Doc, candidate: Candidate) -> bool:
    """Missiles fired into the waters off a country ("fired ballistic missiles into waters
    around Taiwan"): a show of force (150), not a strike on it."""
    verb = candidate.trigger
    if candidate.code not in ("190", "195") or lemma(verb) not in ("fire", "launch", "lob"):
        return False
    if any(
        o.ent_type_ not in ("DATE", "TIME") for o in prep_objects(verb, {"at", "on", "against"})
    ):
        return False  # "fired missiles at Kharkiv" ("on Thursday" aims at no one)
    return any(lemma(o) in SEA_WORDS for o in prep_objects(verb, {"into"}))


def _role_code(test: Callable[[Doc, Candidate], bool], code: str) -> Callable[..., str | None]:
    return lambda doc, candidate: code if test(doc, candidate) else None


#: Re-codings read from who does a verb's act to whom and how, tried in order (the first that
#: holds wins): the test (giving the new code or None), the rule's tag, and whether the act is
#: one side's alone.
_ROLE_RECODINGS: tuple[tuple[Callable[[Doc, Candidate], str | None], str, bool], ...] = (
    (_role_code(_crowd_violence, "145"), "crowd", True),  # a riot, a violent protest
    (_role_code(_crowd_blockade, "144"), "crowd-blockade", True),  # protesters block a place
    (_role_code(_repression, "175"), "repression", True),  # force against protesters
    (_role_code(_suicide_bombing, "1831"), "suicide-bomber", False),  # "a suicide bomber killed"
    (_ordered_out, "ordered-to-leave", False),  # an expulsion
    (_forces_on_the_streets, "on-the-streets", True),  # police poured into the streets
    (_breaks_a_truce, "truce-breach", False),  # "opened fire in breach of a ceasefire"
    (_symbolic_visit, "symbolic-visit", True),  # a visit to a shrine or a grave
    (_role_code(_fired_into_the_sea, "150"), "into-the-sea", True),  # a show of force
    (_force_not_ruled_out, "not-ruled-out", True),  # "did not rule out military action"
)


def _recode_by_roles(doc: Doc, candidate: Candidate) -> None:
    """Re-code a verb's candidate by who acts on whom (:data:`_ROLE_RECODINGS`)."""
    for recode, tag, one_way in _ROLE_RECODINGS:
        code = recode(doc, candidate)
        if code is not None:
            candidate.code = code
            candidate.rule += f"+{tag}:{code}"
            if one_way:
                candidate.recip = False
            return


def _in_protest(candidate: Candidate, by_trigger: dict[int, Candidate]) -> bool:
    """Whether a candidate is the "in protest" of another act ("would boycott the election in
    protest at Ouattara's bid"): the reason for that act, which is the event."""
    noun = candidate.trigger
    head = noun.head
    return (
        lemma(noun) == "protest"
        and noun.tag_ == "NN"
        and noun.dep_ == "pobj"
        and lemma(head) == "in"
        and not any(c.dep_ in ("det", "poss", "amod") for c in noun.children)
        # on the act, or on its object ("boycott [the election in protest]")
        and any(
            act.i in by_trigger
            for act in (head.head, *([head.head.head] if head.head.dep_ == "dobj" else []))
        )
    )


def _in_protest_at(verb: Token) -> list[Token]:
    """What "in protest at / against / over" names anywhere in the verb's clause, however the
    parser hangs the words ("blocked highways, cutting supplies to cities in protest at
    President Fernandez's increase in export taxes")."""
    sent = verb.sent
    found = []
    for word in verb.subtree:
        if (
            word.lower_ == "protest"
            and word.i > sent.start
            and word.i + 1 < sent.end
            and word.nbor(-1).lower_ == "in"
            and word.nbor(1).lower_ in {"at", "against", "over"}
        ):
            found += [o for o in word.nbor(1).children if o.dep_ == "pobj"]
    return found


def _absolute_with(token: Token) -> bool:
    """A "with" object that a participle describes, set off by a comma ("..., with Omani
    officials carrying messages between them"): a circumstance, not a party."""
    if token.dep_ == "pobj":  # "with officials carrying ..."
        prep = token.head
        described = any(c.dep_ == "acl" and c.tag_ in ("VBG", "VBN") for c in token.children)
    elif token.dep_ == "nsubj" and token.head.dep_ == "pcomp":  # the parser's other reading
        prep, described = token.head.head, token.head.tag_ in ("VBG", "VBN")
    else:
        return False
    return described and lemma(prep) == "with" and prep.i > 0 and prep.doc[prep.i - 1].text == ","


#: Armed acts that, aimed at a named political figure, are an attempt on his life.
ASSAULT_CODES = frozenset({"180", "182", "1823", "183", "1831", "1832", "190", "193", "194", "195"})
KILL_LEMMAS = frozenset({"kill", "assassinate", "murder"})
#: Blows that do not aim at a life ("beat", "punched", "slapped").
BLOWS = frozenset(
    {"beat", "punch", "slap", "kick", "manhandle", "shove", "push", "pelt", "assault"}
)
#: Throwing: at a leader, an assault (180: shoes, eggs) unless what flies is a weapon.
THROWING = frozenset({"hurl", "throw", "fling", "toss"})
#: Sectors of political figures (leaders of governments, parties, oppositions, armed groups).
POLITICAL_SECTORS = frozenset({"GOV", "ELI", "OPP", "LEG", "JUD", "PTY", "REB"})


def _alerted(candidate: Candidate) -> None:
    """Forces told or ordered to be ready, or to go on alert or combat duty, are put on alert
    (152: "Islamabad told its armed forces to be ready for any eventuality"), a posture aimed at
    whoever it answers, not a demand on one's own forces."""
    verb = candidate.trigger
    if candidate.code[:2] != "10" or lemma(verb) not in COMMAND_VERBS | {"tell"}:
        return
    targets = [r for r in candidate.targets if r is not None]
    if not targets or not all("MIL" in r.actor.sectors for r in targets):
        return
    sources = [r for r in candidate.sources if r is not None]
    if any(s.actor.country != r.actor.country for s in sources for r in targets):
        return  # another state's forces told to stand down are addressed, not alerted
    for words in _ordered_clause_words(verb, READINESS_VERBS):
        if words & READINESS_WORDS and not words & HELPING_LEMMAS:  # not "ready to help"
            candidate.code = "152"
            candidate.rule += "+alert"
            candidate.targets, candidate.target_args = [None], []
            return


def _sentenced(candidate: Candidate) -> None:
    """A court ordering someone to serve years in prison sentences him (116: "a Moscow court
    ordered Navalny to serve nearly three years in a prison camp"), not a demand; so does one
    ordering damages paid, which finds the payer liable ("the International Court of Justice
    ordered Uganda to pay Congo $325 million")."""
    verb = candidate.trigger
    if candidate.code[:2] != "10" or not any(_judicial(r) for r in candidate.sources):
        return
    if (lemma(verb) in PAYING_VERBS and "+demand:order" in candidate.rule) or (
        lemma(verb) in COMMAND_VERBS and any(_ordered_clause_words(verb, PAYING_VERBS))
    ):
        candidate.code = "116"
        candidate.rule += "+liable"
    elif lemma(verb) in COMMAND_VERBS and any(
        words & PRISON_TERMS for words in _ordered_clause_words(verb, SERVING_VERBS)
    ):
        candidate.code = "116"
        candidate.rule += "+sentenced"


def _judicial(ref: ActorRef | None) -> bool:
    """Whether an actor is a court: a country's judiciary or an international court or
    tribunal (IGOJUDICC, IGOUNOICJ, IGOWCT)."""
    if ref is None:
        return False
    code = ref.actor.code or ""
    return "JUD" in ref.actor.sectors or (
        code.startswith("IGO") and any(court in code for court in COURT_CODES)
    )


def _handed_to_justice(candidate: Candidate) -> None:
    """Someone handed over to a court, a tribunal or another country's prosecutors or police
    is surrendered to justice (063, as an extradition: "handed Milosevic over to the U.N. war
    crimes tribunal", "handed the drug lord over to U.S. prosecutors"), not released."""
    if candidate.code[:3] != "084" or lemma(candidate.trigger) not in HANDING_VERBS:
        return
    homes = {s.actor.country for s in candidate.sources if s is not None}
    doc = candidate.trigger.doc
    for target in (t for t in candidate.targets if t is not None):
        noun = doc[target.arg if target.arg >= 0 else target.head]
        if (
            _judicial(target)
            or lemma(noun) in COURT_NOUNS
            or ("COP" in target.actor.sectors and target.actor.country not in homes)
        ):
            candidate.code = "063"
            candidate.rule += "+to-justice"
            return


def _ordered_clause_words(verb: Token, verbs: frozenset[str]) -> Iterator[set[str]]:
    """The lemmas of each infinitive an order or a command governs whose verb is one of
    ``verbs`` ("ordered its forces to [be ready for any eventuality]"), the verb itself left
    out."""
    for clause in verb.children:
        if clause.dep_ == "xcomp" and lemma(clause) in verbs:
            yield {lemma(t) for t in clause.subtree if t.i != clause.i}


#: Exercises in which weapons are fired at no enemy.
DRILL_NOUNS = frozenset({"drill", "exercise", "manoeuvre", "maneuver"})
#: What a drill shoots at.
MOCK_TARGETS = frozenset({"mock-up", "mockup", "replica", "dummy", "decoy"})


def _fired_in_drills(candidate: Candidate) -> None:
    """Weapons fired in an exercise are a show of force (150: "fired missiles at a mock-up of
    a U.S. aircraft carrier during naval drills", "fires missiles into waters around Taiwan as
    drills begin", "staged war games, striking a mock-up of a carrier"), not an attack."""
    verb = candidate.trigger
    if not "18" <= candidate.code[:2] <= "20" or verb.pos_ not in VERB_POS:
        return
    aims = [*direct_objects(verb), *prep_objects(verb, {"at", "on"})]
    during = prep_objects(verb, {"during", "in"})
    drills = [
        s for c in verb.children if c.dep_ == "advcl" and has_mark(c, AS_MARKS) for s in agents(c)
    ]
    clause = verb
    while clause.dep_ == "conj" and clause.head.i != clause.i:
        clause = clause.head  # "swarming and striking a mock-up"
    staged = direct_objects(clause.head) if clause.dep_ == "advcl" and clause.tag_ == "VBG" else []
    # a state's forces drilling, not gunmen who strike during someone else's exercise
    drilling = all(
        s is not None and set(s.actor.sectors) <= {"MIL", "GOV"} for s in candidate.sources
    )
    # "a mock-up", split by the tokenizer into "mock - up"
    mock = [a for a in aims if lemma(a) == "up" and any(c.lower_ == "mock" for c in a.children)]
    if (
        mock
        or any(lemma(a) in MOCK_TARGETS for a in aims)
        or (drilling and any(_a_drill(t) for t in (*during, *drills, *staged)))
    ):
        candidate.code = "150"
        candidate.rule += "+drill:150"


#: Pronouns for whoever does something ("anyone taking part in the protests").
WHOEVER = frozenset({"anyone", "anybody", "whoever", "those", "everyone"})


def _protesters_warned(candidate: Candidate) -> None:
    """A threat to arrest "anyone taking part in" protests is aimed at the protesters, the
    people of the threatening state ("warned that anyone taking part in unauthorised
    demonstrations would be arrested": its civilians)."""
    if candidate.code[:2] != "13" or any(candidate.targets):
        return
    country = next((s.actor.country for s in candidate.sources if s and s.actor.country), None)
    if country is None or len(country) != 3:
        return
    verb = candidate.trigger
    for subject in (c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")):
        if subject.lower_ in WHOEVER and any(
            lemma(t) in PROTEST_NOUNS or lemma(t) in PROTEST_VERBS for t in subject.subtree
        ):
            actor = _sector_actor(country, "CVL", subject.text)
            candidate.targets = [ActorRef(actor, subject.i, subject.i + 1, subject.i, "generic")]
            candidate.target_args = [subject.i]
            candidate.rule += "+protesters-warned"
            return


def _a_drill(noun: Token) -> bool:
    """ "drills", "naval exercises", "war games"."""
    return lemma(noun) in DRILL_NOUNS or (
        lemma(noun) == "game" and any(c.lower_ == "war" for c in noun.children)
    )


def _reason_cited(candidate: Candidate) -> None:
    """An act named in the reason a participle cites ("raised its threat level, citing the
    number of Australians fighting with militant groups") is background to the act."""
    for ancestor in candidate.trigger.ancestors:
        if lemma(ancestor) == "cite" and ancestor.tag_ == "VBG":
            candidate.modality = "reported_past"
            candidate.score -= 1.0
            return
        if ancestor.dep_ in ("ROOT", "ccomp"):
            return


def _employed(doc: Doc, ref: ActorRef) -> bool:
    """Whether a target is a bare noun of people ("journalists") whose phrase names whom
    they work for ("three journalists working for the Al Jazeera channel"): the employer
    says more than the country the noun borrowed from the sentence."""
    noun = doc[ref.head]
    if ref.kind != "agent" or ref.end - ref.start > 2 or noun.pos_ != "NOUN":
        return False
    return any(
        c.dep_ == "acl" and lemma(c) in ("work", "employ", "report") for c in noun.children
    ) and not any(mentions_at(doc, c) for c in noun.children if c.dep_ in ("amod", "compound"))


#: Sectors that detain people for the state (a parliament seizes no one).
ACTING_STATE = STATE_SECTORS - {"LEG"}


def _people_taken(candidate: Candidate) -> None:
    """People "taken" or "seized" are no territory: by police or soldiers they are detained
    (173: "police took the two opposition leaders from their homes"), by anyone else abducted
    (181)."""
    verb = candidate.trigger
    if candidate.code != "192" or verb.pos_ not in VERB_POS or lemma(verb) not in ("take", "seize"):
        return
    objects = direct_objects(verb)
    targets = [t for t in candidate.targets if t is not None]
    if not objects or not targets or particles(verb) - {"away"}:
        return
    if not all(
        (
            (t.kind == "person" and t.actor.sectors)  # not a town the tagger took for a name
            or (t.kind in ("agent", "generic") and verb.doc[t.arg].tag_ == "NNS")
        )
        and t.arg in {o.i for o in objects}
        and not set(t.actor.sectors) & {"MIL", "REB", "UAF"}
        for t in targets
    ):
        return  # "seized the rebel base", "took the town", "the palace": places and fighters
    sources = [s for s in candidate.sources if s is not None]
    state = bool(sources) and all(set(s.actor.sectors) & ACTING_STATE for s in sources)
    candidate.code = "173" if state else "181"
    candidate.rule += f"+people:{candidate.code}"


def _beaten_by_civilians(candidate: Candidate) -> None:
    """Repression (175) is a state's: people beaten by a mob or by men no table knows ("men in
    white T-shirts armed with sticks beat protesters") are assaulted (182)."""
    verb = candidate.trigger
    if candidate.code != "175" or lemma(verb) not in ("beat", "attack", "assault"):
        return
    if verb.pos_ not in VERB_POS or not any(c.dep_ == "nsubj" for c in verb.children):
        return  # "protesters were beaten": by whom the text does not say
    if any(s is not None and set(s.actor.sectors) & STATE_SECTORS for s in candidate.sources):
        return
    candidate.code = "182"
    candidate.rule += "+not-state:182"


def _fighters_killed(candidate: Candidate) -> None:
    """Dissidents of an armed group killed by the handful ("killed six FARC dissidents in a
    firefight") fell in fighting (190), not in an assassination of a dissident (186)."""
    verb = candidate.trigger
    if candidate.code != "186" or verb.pos_ not in VERB_POS or lemma(verb) not in KILL_LEMMAS:
        return
    objects = direct_objects(verb)
    targets = [t for t in candidate.targets if t is not None]
    if (
        objects
        # "six FARC dissidents" (the tagger may read the plural as a verb)
        and any(lemma(o) == "dissident" and o.lower_.endswith("s") for o in objects)
        and targets
        and all(t.kind != "person" and "REB" in t.actor.sectors for t in targets)
    ):
        candidate.code = "190"
        candidate.rule += "+fighters:190"


def _assassination(candidate: Candidate) -> None:
    """Shooting, bombing or striking a named political figure is an attempt on his life (185;
    "a gunman shot Prime Minister Robert Fico"), and killing him an assassination (186;
    "fired missiles at Sheikh Ahmed Yassin, killing him"), as CAMEO codes them."""
    if candidate.code not in ASSAULT_CODES or candidate.recip:
        return
    if lemma(candidate.trigger) in BLOWS or (
        lemma(candidate.trigger) in THROWING and candidate.code == "180"
    ):
        return  # "was badly beaten by police": an assault, not an attempt on his life
    targets = [t for t in candidate.targets if t is not None]
    doc = candidate.trigger.doc
    # a strike from the air at a named commander is aimed at him ("killed in a U.S. drone
    # strike": 186); a named soldier killed in combat stays a killing
    sectors = POLITICAL_SECTORS | {"MIL"} if candidate.code == "195" else POLITICAL_SECTORS
    if not targets or not all(
        (
            # a leader the KB files under his group ("Hamas founder Sheikh Ahmed Yassin")
            (
                (
                    t.kind == "person"
                    or (
                        t.kind == "group"
                        and doc[t.head].ent_type_ == "PERSON"
                        # the leader himself, not "Boko Haram camps"
                        and (t.arg < 0 or t.start <= t.arg < t.end)
                    )
                )
                and t.actor.name
            )
            # "opened fire on his convoy"
            or (t.kind == "pronoun" and doc[t.head].lower_ in ("his", "her"))
            # "Russian ambassador to Turkey Andrei Karlov was shot dead": one officeholder
            # (not his house: "stormed the Japanese ambassador's residence")
            or (
                t.kind == "agent"
                and doc[t.head].tag_ == "NN"
                and doc[t.head].dep_ != "poss"
                and lemma(doc[t.head]) in OFFICES
            )
        )
        and set(t.actor.sectors) & sectors
        for t in targets
    ):
        return  # not "killed Colonel X": a soldier in combat
    verb = candidate.trigger
    killed = (
        lemma(verb) in KILL_LEMMAS
        or any(
            lemma(c) in KILL_LEMMAS for c in verb.children if c.dep_ in ("advcl", "conj", "xcomp")
        )
        or any(  # "shot dead a mayoral candidate", the parser may hang "dead" on the victim
            c.lower_ == "dead" and c.i == verb.i + 1 for c in (*verb.children, *verb.subtree)
        )
    )
    candidate.code = "186" if killed else "185"
    candidate.rule += f"+figure:{candidate.code}"


#: Offices whose one holder, attacked, is a political figure ("the ambassador was shot dead").
OFFICES = frozenset(
    {"ambassador", "minister", "governor", "mayor", "president", "premier", "senator",
     "lawmaker", "legislator", "candidate", "prosecutor", "judge", "envoy", "consul",
     "chancellor", "speaker", "deputy", "congressman", "congresswoman", "councillor"}
)  # fmt: skip


def _unplaced_sector(ref: ActorRef | None, *, people: bool = False) -> str | None:
    """The one sector of an actor named with no country ("police", "protesters"), if it is
    one; with ``people``, also of a named campaigner no table knows ("veteran social activist
    Anna Hazare began a fast unto death in New Delhi": a protester acts at home)."""
    if ref is None or ref.actor.country or len(ref.actor.sectors) != 1:
        return None
    sector = ref.actor.sectors[0]
    if ref.kind in ("generic", "agent"):
        return sector
    return sector if people and ref.kind == "person" and sector in HOME_PEOPLE else None


def _home_targets(candidate: Candidate) -> None:
    """Whom police, courts, legislatures, oppositions, unions and citizens act on is of their
    own country when no country is named ("Georgian police arrested opposition leader Nika
    Melia": GEOOPP; "Al Wefaq, Bahrain's main opposition group, called for the resignation of
    Prime Minister X": BHRGOV); so is whom a state arrests, bans or investigates (17, 09:
    "Ukraine's anti-corruption bureau opened an investigation into state gas producer X")."""
    sources = [s for s in candidate.sources if s is not None]
    home = _home_country(candidate)
    if home is None:
        return
    sectors = {sector for s in sources for sector in s.actor.sectors or ("GOV",)}
    domestic = HOME_SOURCES | (STATE_SECTORS if candidate.code[:2] in DOMESTIC_ROOTS else set())
    if candidate.code[:2] in INSURGENT_ROOTS:
        domestic |= INSURGENT_SECTORS
    if not sectors <= domestic:
        return
    for i, ref in enumerate(candidate.targets):
        if (
            ref is not None
            and ref.kind in ("generic", "agent", "person")
            and not ref.actor.country
            and len(ref.actor.sectors) == 1
            and ref.actor.sectors[0] not in ABROAD_SECTORS
        ):
            actor = replace(ref.actor, code=f"{home}{ref.actor.sectors[0]}", country=home)
            candidate.targets[i] = replace(ref, actor=actor)


def _purpose_objects(candidate: Candidate, verbs: frozenset[str]) -> list[Token]:
    """What an act is for or against, named in its purpose clause ("sent troops to help the
    Philippine army"; "marched to protest against a bill"; "in protest against laws")."""
    objects: list[Token] = []
    trigger = candidate.trigger
    holders = [trigger]
    if trigger.pos_ in NOUN_POS and trigger.dep_ in ("nsubj", "nsubjpass", "dobj"):
        holders.append(trigger.head)  # "the peacekeepers are deployed to relieve X"
    if candidate.code[:2] == "14":
        # "blocked highways in a nationwide shutdown called to press the government": the
        # protest the act was part of, and what it was called for
        for noun in prep_objects(trigger, {"in"}):
            holders += [noun, *(c for c in noun.children if c.dep_ == "acl")]
        objects += prep_objects(trigger, {"against"})  # "marched against a bill"
    if verbs is BENEFIT_VERBS:
        # "pledged 1.8 billion euros for a trust fund to help African countries": the money
        # and what it goes to hold the purpose
        money = [*direct_objects(trigger), *prep_objects(trigger, {"for"})]
        holders += [*money, *(f for m in money for f in prep_objects(m, {"for"}))]
    for clause in (c for holder in holders for c in holder.children):
        if (
            clause.dep_ in ("advcl", "xcomp")
            or (clause.dep_ in ("acl", "relcl") and clause.head is not trigger)
        ) and lemma(clause) in verbs:
            objects += direct_objects(clause)
            if candidate.code[:2] == "14":  # "to protest against a bill"
                objects += prep_objects(clause, {"against", "over"})
            # "pledged $500 million to help rebuild Afghanistan": what the help is to build
            objects += [
                o
                for inner in clause.children
                if inner.dep_ in ("xcomp", "ccomp") and lemma(inner) in verbs
                for o in direct_objects(inner)
            ]
            # "to help Haiti cope": the parser makes the one helped the subject of the
            # bare infinitive after the verb
            objects += [
                t
                for bare in clause.children
                if bare.dep_ in ("ccomp", "xcomp") and bare.i > clause.i
                for t in bare.children
                if t.dep_ == "nsubj"
            ]
    if candidate.code[:2] == "14":  # "in protest against X", "in opposition to X"
        objects += [
            t
            for purpose in prep_objects(candidate.trigger, {"in"})
            if lemma(purpose) in verbs
            for t in prep_objects(purpose, {"against", "of", "over", "at", "to"})
        ]
    return objects


def _related_to(token: Token) -> Token | None:
    """The named possessor of a noun of those who stand in a relation to it ("Indonesia's
    donors"), if the noun is one."""
    if lemma(token) not in PARTNER_NOUNS:
        return None
    # a named possessor only: "its rival" is whose the pronoun says
    return next((c for c in token.children if c.dep_ == "poss" and c.pos_ == "PROPN"), None)


def _yields(code: str) -> bool:
    """Whether a code is an act of yielding (08x) or a stated intent to (034x, 035x)."""
    return code[:2] == "08" or code[:3] in ("034", "035")


def _has_coded_target(candidate: Candidate) -> bool:
    """Whether a target with a code is found (a phrase no table knows is none)."""
    return any(t is not None and t.actor.code for t in candidate.targets)


def _home_country(candidate: Candidate) -> str | None:
    """The one country all the doers are of, when there is one and it is a state's code."""
    homes = {s.actor.country for s in candidate.sources if s is not None}
    if len(homes) != 1:
        return None
    home = homes.pop()
    return home if home is not None and len(home) == 3 else None


def _measure_protested(candidate: Candidate) -> None:
    """A protest against a bill, a plan or a ruling whose maker is not named is aimed at the
    state of the protesters' own country that makes such things ("marched through Tbilisi to
    protest against a foreign agents bill": GEOGOV; "against a Constitutional Tribunal
    ruling": POLJUD). A maker named but known to no table is that state ("a policy imposed by
    the Trump Administration"); one named nowhere has no span."""
    if candidate.code[:2] != "14" or _has_coded_target(candidate):
        return
    home = _home_country(candidate)
    if home is None:
        return
    for measure in _purpose_objects(candidate, PROTEST_PURPOSES):
        if lemma(measure) in STATE_MEASURES:
            sector = "JUD" if lemma(measure) in JUDGMENT_NOUNS else "GOV"
            maker = next((t for t in candidate.targets if t is not None), None)
            if maker is None:
                candidate.targets = [_implied(home, sector, measure.i)]
                candidate.target_args = []
            else:  # "a policy imposed by Trump Administration": a maker no table knows
                candidate.targets = [
                    replace(maker, actor=_sector_actor(home, sector, maker.actor.text))
                ]
            candidate.rule += "+measure-target"
            return


def _joined_heads(verb: Token) -> list[Token]:
    """For a verb joined to an earlier one, that verb, the infinitive or adjective chain it
    governs and their objects ("is ready to lead a force in Haiti and will send police": is,
    ready, lead, force); nothing for a verb joined to none."""
    if verb.dep_ != "conj":
        return []
    verbs = [verb.head]
    for _ in range(3):
        verbs += [c for c in verbs[-1].children if c.dep_ in ("xcomp", "acomp")][:1]
    return [h for v in verbs for h in (v, *direct_objects(v))]


def _one_other_country(doc: Doc, sent: Span, candidate: Candidate) -> None:
    """Whom an act names by sector alone is of the one country the sentence names besides the
    doers' own ("an inquiry into war crimes by government troops ... in Sri Lanka's civil war":
    LKAMIL; "North Korean shells slammed into South Korea's Yeonpyeong island, killing two
    marines": KORMIL)."""
    unplaced = [
        (i, ref)
        for i, ref in enumerate(candidate.targets)
        if ref is not None
        and (sector := _unplaced_sector(ref)) is not None
        and sector not in ABROAD_SECTORS
        and not of_many_countries(doc[ref.head])  # "member states"
    ]
    if not unplaced:
        return
    own = {s.actor.country for s in candidate.sources if s is not None}
    countries = {
        m.actor.country
        for m in doc._.actor_mentions or ()
        if sent.start <= m.start < sent.end and m.actor.country and len(m.actor.country) == 3
    } - own
    if len(countries) != 1:
        return
    (country,) = countries
    for i, ref in unplaced:
        candidate.targets[i] = replace(
            ref, actor=_sector_actor(country, ref.actor.sectors[0], ref.actor.text)
        )


def _attacked_at_home(doc: Doc, sent: Span, candidate: Candidate) -> None:
    """Violence whose doers the text does not name, or names as no table knows them, against
    a target of the one country the sentence names is by unidentified armed people of that
    country ("Former Prime Minister Shinzo Abe was shot dead ... by a man": JPNUAF; "a
    roadside bomb killed five soldiers in central Mali": MLIUAF). Any other country named
    leaves the doers unknown."""
    if candidate.code[:2] not in ("18", "19", "20"):
        return
    if any(s is not None and s.actor.code for s in candidate.sources):
        return
    targets = {t.actor.country for t in candidate.targets if t is not None and t.actor.code}
    if len(targets) != 1:
        return
    (country,) = targets
    named = {
        m.actor.country
        for m in doc._.actor_mentions or ()
        if sent.start <= m.start < sent.end and m.actor.country
    }
    if country is None or not is_state(country) or named - {country}:
        return
    candidate.sources = [
        _implied(country, "UAF", candidate.trigger.i)
        if s is None
        else replace(s, actor=_sector_actor(country, "UAF", s.actor.text))
        for s in candidate.sources or [None]
    ]
    candidate.rule += "+unnamed-attackers"


def _acts_locally(sector: str) -> bool:
    """Whether a sector's actors act where they are (not armed forces, governments, spies)."""
    return sector not in FAR_ACTING_SECTORS


def _place_refs(
    refs: list[ActorRef | None], country: str, fits: Callable[[str], bool], *, people: bool = False
) -> None:
    """Give the actors named with no country whose sector ``fits`` the ``country``."""
    for i, ref in enumerate(refs):
        sector = _unplaced_sector(ref, people=people)
        if ref is not None and sector is not None and fits(sector):
            refs[i] = replace(ref, actor=_sector_actor(country, sector, ref.actor.text))


def _verb_read_as_noun(token: Token) -> bool:
    """A subjunctive the tagger took for a noun: a clause head with a subject ("demanded that
    the president resign")."""
    return (
        token.pos_ == "NOUN"
        and token.dep_ in ("ccomp", "xcomp", "advcl")
        and token.tag_ == "NN"
        and any(c.dep_ == "nsubj" for c in token.children)
        and any(c.dep_ == "mark" for c in token.children)
    )


_NAME_TOKENS = "dyadic_events_name_tokens"


def _in_name(doc: Doc, token: Token) -> bool:
    """Whether a proper noun is a word of a person's name ("Ban" in "Ban Ki-moon", "Strike"
    in a surname): a name reports no act."""
    if token.pos_ != "PROPN":
        return False
    names = doc.user_data.get(_NAME_TOKENS)
    if names is None:  # once per document: the words of people's names
        names = {
            i
            for m in doc._.actor_mentions or ()
            if m.kind == "person" and m.end - m.start > 1
            for i in range(m.start, m.end)
        }
        doc.user_data[_NAME_TOKENS] = names
    return token.i in names


def _first_conjunct(token: Token) -> Token:
    """The first of a coordination ``token`` is in (itself when it is first or alone)."""
    while token.dep_ == "conj":
        token = token.head
    return token


def _phrase_tokens(head: Token) -> list[Token]:
    """The tokens of ``head``'s phrase but those of a reported content inside it ("a state of
    siege following X's announcement that he had returned to Honduras": not Honduras); a
    relative or purpose clause stays ("the bombings that killed 300 people in Sri Lanka")."""
    out = [head]
    for child in head.children:
        content = child.dep_ == "ccomp" or (
            child.dep_ == "acl" and any(c.dep_ == "mark" for c in child.children)
        )
        if not content:
            out.extend(_phrase_tokens(child))
    return out


def _own(candidate: Candidate, home: Callable[[Actor], bool]) -> set[str | None]:
    """The codes of a candidate's sources, and the countries of those sources for which
    ``home`` holds: what a place target may never be."""
    sources = [s for s in candidate.sources if s is not None]
    return {s.actor.code for s in sources} | {s.actor.country for s in sources if home(s.actor)}


def _of_the_state(actor: Actor) -> bool:
    """A country itself or one of its state organs (government, army, police ...)."""
    return not actor.sectors or bool(STATE_SECTORS & set(actor.sectors))


def _analysts_view(trigger: Token) -> bool:
    """Whether the clause holding ``trigger`` is what analysts, experts or unnamed critics say
    or expect ("legal experts say the case against him hinges on ...", "sanctions rarely force
    a change of course, said a sanctions expert")."""
    node = trigger
    while node.head.i != node.i:
        if node.dep_ in ("ccomp", "dobj") and lemma(node.head) in REPORTING_LEMMAS | OPINION_VERBS:
            return _only_analysts(agents(node.head))
        node = node.head
    return False


def _own_view(candidate: Candidate) -> bool:
    """Whether the analysts speak of themselves ("a retired professor says he is pessimistic
    about the plan"): their own comment, not an act they talk about."""
    doc = candidate.trigger.doc
    return any(
        doc[i].pos_ == "PRON" or lemma(doc[i]) in ANALYST_NOUNS | CRITIC_NOUNS
        for i in candidate.source_args
    )


def _only_analysts(speakers: list[Token]) -> bool:
    """Whether those who say something are all analysts, a poll or unnamed critics."""
    return bool(speakers) and all(
        lemma(t) in ANALYST_NOUNS | CRITIC_NOUNS and not _informed(t) for t in speakers
    )


def _bare_diplomats(speaker: Token) -> bool:
    """Diplomats named by nothing but the word ("diplomats say", "diplomats in the region
    say"): what they report of others is news, but their own word on a situation is a reading
    of it, no government's statement ("Western diplomats" or "EU diplomats" are named)."""
    return (
        lemma(speaker) == "diplomat"
        and speaker.tag_ == "NNS"
        and not any(c.dep_ in ("amod", "compound", "poss", "det") for c in speaker.children)
        and not _informed(speaker)
    )


def _informed(speaker: Token) -> bool:
    """ "people familiar with the arrangement", "people close to the talks", "people briefed on
    the matter": informed sources reporting an act, not a public voicing a view."""
    return any(c.lower_ in ("familiar", "close", "briefed") for c in speaker.children)


def _reaches_a_figure(clause: Token) -> bool:
    """A figure reaching a level ("cultivation reached a record 253,000 hectares")."""
    return lemma(clause) in LEVEL_VERBS and any(
        t.like_num or t.ent_type_ in ("CARDINAL", "QUANTITY", "PERCENT", "MONEY")
        for o in direct_objects(clause)
        for t in o.subtree
    )


def _complained_of(verb: Token, obj: Token | None) -> list[Token]:
    """Whose acts a complaint or case is over ("filed a complaint with the WTO over Japan's
    export controls": Japan), wherever the parser hangs the "over" phrase, or whom it accuses
    ("filed a case at the ICJ accusing Israel of genocide")."""
    hosts = [verb, *([obj] if obj is not None else [])]
    hosts += [t for h in list(hosts) for t in prep_objects(h, {"with", "to", "at"})]
    found = [o for h in hosts for t in prep_objects(h, {"over"}) for o in possessors(t)]
    participles = [c for h in hosts for c in h.children if c.dep_ in ("acl", "advcl")]
    participles += hosts  # the parser may make "accusing" the object of "at the ICJ"
    return found + [
        o
        for c in participles
        if c.tag_ == "VBG" and lemma(c) in ACCUSING_VERBS
        for o in direct_objects(c)
    ]


def _same_side(a: ActorRef | None, b: ActorRef | None) -> bool:
    """Whether two refs are the same actor or of the same country."""
    if a is None or b is None:
        return False
    return a.actor.code == b.actor.code or (
        a.actor.country is not None and a.actor.country == b.actor.country
    )


def _same_code(a: ActorRef | None, b: ActorRef | None) -> bool:
    """Whether two refs have the same actor code."""
    return a is not None and b is not None and a.actor.code == b.actor.code


def _sides_of_each_other(candidate: Candidate) -> bool:
    """A reciprocal act of cooperation by several doers ("X and Y signed an agreement in
    Barbados"): the sides are each other's targets, not the place (a ceasefire two powers
    announce in Idlib is for Idlib)."""
    return (
        (candidate.recip and candidate.code[:2] in PARTNER_ROOTS)
        or _each_other(candidate.trigger)  # "clashed with each other in Gaza"
    ) and len([s for s in candidate.sources if s is not None]) > 1


def _met_there(candidate: Candidate, token: Token, places: list[ActorRef]) -> bool:
    """Whether the place ``token`` names (``places``) is only where the sides of a joint act
    met (see :func:`_venue`), the sides being reciprocal or joined by "and"."""
    joined = _joined_sides(candidate)
    return (candidate.recip or joined) and _venue(token, candidate.sources, places, joined)


def _joined_sides(candidate: Candidate) -> bool:
    """Whether the source is one of several sides joined by "and", named or not ("Iran and
    world powers finalized a nuclear agreement")."""
    doc = candidate.trigger.doc
    return any(
        len(with_conjuncts(doc[i])) > 1
        or any(t.dep_ == "cc" and t.i < i for t in doc[i].subtree)  # "Iran and world powers",
        for i in candidate.source_args  # which the parser may read as one noun phrase
    )


def _venue(
    token: Token,
    sources: Sequence[ActorRef | None],
    places: list[ActorRef],
    unnamed_partner: bool = False,
) -> bool:
    """Whether a place where several sides act together is only where they met: a national
    capital of none of theirs ("Israel and Hamas agreed a truce in Cairo", "Iran and world
    powers finalized a deal in Vienna"), or any place abroad when the sides are of one country
    ("Colombia's government and the ELN rebels signed a ceasefire in Havana"); not the place a
    truce is for ("Russia and Turkey announced a ceasefire in Idlib")."""
    sides = [s for s in sources if s is not None]
    if not sides or (len(sides) < 2 and not unnamed_partner):
        return False
    countries = {s.actor.country for s in sides}
    if None in countries or {p.actor.country for p in places} & countries:
        return False
    at = [p for p in token.doc._.places or () if p.start <= token.i < p.end]
    if any(p.capital for p in at):
        return True
    # with a partner the text does not name, a city abroad is where they met, not a country
    return len(countries) == 1 and (len(sides) > 1 or bool(at))


#: What talks do when they end without a deal ("talks collapsed", "negotiations broke down"):
#: PETRARCH-2 files TALKS with COLLAPSE and FAIL as halted negotiations (164).
COLLAPSE_VERBS = frozenset(
    {"collapse", "crumble", "disintegrate", "fail", "falter", "founder", "stall"}
)


def _talks_collapsed(noun: Token, entry: Entry) -> bool:
    """Whether talks or a meeting are the subject of a verb of failing ("talks between Serbia
    and Kosovo collapsed", "the negotiations broke down")."""
    verb = noun.head
    if noun.dep_ != "nsubj" or verb.pos_ not in VERB_POS or not entry.code.startswith("04"):
        return False
    if lemma(verb) == "break":  # "broke down", "broke off"
        return any(c.dep_ == "prt" and c.lower_ in ("down", "off") for c in verb.children)
    # "the meeting failed to produce a deal" took place: what failed is the deal
    return lemma(verb) in COLLAPSE_VERBS and not any(c.dep_ == "xcomp" for c in verb.children)


#: Lines between states: "the border with X" lies on X's side as much as one's own.
BORDER_NOUNS = frozenset({"border", "frontier", "boundary", "borderline"})


def _across_border(token: Token) -> list[Token]:
    """A border "with" a country stands for that country ("to its border with China"), not for
    whose the border also is; any other token stands for itself."""
    if lemma(token) not in BORDER_NOUNS:
        return [token]
    return [c for o in prep_objects(token, {"with"}) for c in with_conjuncts(o)] or [token]


def _border_with(token: Token) -> bool:
    """Whether the token names the other side of a border ("troops to the border with
    Guyana", "along its frontier with China")."""
    prep = token.head
    if lemma(prep) != "with" or prep.dep_ != "prep":
        return False
    owner = prep.head
    if lemma(owner) in BORDER_NOUNS:
        return True
    # the parser's attachment: "to the border with X" with "with" hung on the verb
    return any(
        c.dep_ == "prep" and c.i != prep.i and lemma(o) in BORDER_NOUNS
        for c in owner.children
        for o in c.children
        if o.dep_ == "pobj"
    )


#: Sectors of those who fight: an armed act in a sequence phrase of their clause is theirs.
ARMED_SECTORS = frozenset({"MIL", "REB", "INS", "UAF", "SEP", "COP", "SPY"})
#: People who by the word that names them are protesting.
PROTESTER_NOUNS = frozenset({"protester", "protestor", "demonstrator", "marcher", "rioter"})
#: People who by the word that names them are a crowd that can riot.
RIOTER_NOUNS = PROTESTER_NOUNS | {"supporter", "crowd", "mob", "youth"}
#: Words that name protesters or their gatherings.
PROTEST_WORDS = PROTESTER_NOUNS | PROTEST_NOUNS


def _took_part(noun: Token, entry: Entry, subjects: list[ActorRef]) -> bool:
    """Whether the subject of a clause took part in the event a sequence phrase names: "after
    talks with X", "during a visit to Y" (acts of word and cooperation), a fight "with" X, or
    an armed act of armed forces ("the air force killed ten fighters after an air strike"); not
    "fled after the fighting", "resigned after protests" or "lifted sanctions after the nuclear
    tests", whose subjects did not do them."""
    if entry.code[:2] < "11" or prep_objects(noun, {"with", "against"}):
        return True
    return entry.code[:2] >= "18" and any(
        ARMED_SECTORS & set(s.actor.sectors) for s in subjects if s is not None
    )


def _mutual(entry: Entry, sources: list[ActorRef], targets: list[ActorRef]) -> bool:
    """Whether an entry flagged ``mutual`` names several doers and no one else: each acted
    toward the other ("Turkey and Syria violated the ceasefire"; "X violated Y's truce" is one
    way)."""
    return "mutual" in entry.flags and not targets and len([s for s in sources if s]) > 1


#: Verbs a bomb does on its own ("a car bomb exploded near X", "ripped through X").
BLAST_VERBS = frozenset(
    {"explode", "rip", "tear", "blast", "detonate", "go", "hit", "strike", "slam", "smash",
     "crash", "rain", "pound", "plough", "plow", "blow"}
)  # fmt: skip


def _own_arms(verb: Token) -> bool:
    """Whether what is handed over is the giver's own ("handed all their weapons to U.N.
    monitors"): arms given up, not arms given."""
    return lemma(verb) in ("hand", "give", "turn") and any(
        c.dep_ == "poss" and c.pos_ == "PRON" for o in direct_objects(verb) for c in o.children
    )


def _sectors(ref: ActorRef | None) -> tuple[str, ...]:
    return ref.actor.sectors if ref is not None else ()


def _posture_aims(verb: Token) -> Iterator[list[Token]]:
    """Where a show of force may name whom it is aimed at, most direct first (see
    :meth:`Extractor._posture_target`)."""
    objects = direct_objects(verb)
    # "put its troops on a war footing against South Korea"
    footings = [
        w for h in (verb, *objects) for f in prep_objects(h, {"on"}) for w in f.subtree
    ]  # the parser may hang "footing" on "war"
    yield [t for h in (verb, *objects, *footings) for t in prep_objects(h, {"against"})]
    # "ordered a carrier group to the region to deter Iran": whom the purpose names
    yield [
        o
        for h in (verb, *objects)
        for c in h.children
        if c.dep_ in ("advcl", "xcomp", "acl") and lemma(c) in DETERRING_VERBS
        for o in direct_objects(c)
    ]
    # "into waters around Taiwan", "into waters off Taiwan's two biggest ports"
    waters = prep_objects(verb, {"into", "toward", "towards", "near", "over"})
    near = [t for n in waters for t in prep_objects(n, {"around", "off", "near", "of"})]
    yield [t for n in near for t in (n, *owners(n))]
    # "citing aggressive statements by NATO powers"
    cited = [
        o
        for c in verb.children
        if c.dep_ == "advcl" and lemma(c) == "cite"
        for o in direct_objects(c)
    ]
    makers = [m for o in cited for m in prep_objects(o, MAKER_PREPS)]
    # "by leading NATO powers": the powers are NATO's
    makers += [c for m in makers for c in m.children if c.dep_ == "compound"]
    yield [t for o in cited for t in owners(o)] + makers
    # "ahead of a rally by the opposition", "ahead of a rocket launch planned by North Korea"
    ahead = [
        n
        for c in verb.children
        if c.dep_ == "advmod" and lemma(c) == "ahead"
        for n in prep_objects(c, {"of"})
    ] + prep_objects(verb, {"ahead"})
    yield [t for n in ahead for t in (*owners(n), *prep_objects(n, MAKER_PREPS))]
    # "after North Korean artillery shelled the island", "since Monday's clash with China"
    after = [c for c in verb.children if c.dep_ == "advcl" and has_mark(c, SEQUENCE_MARKS)]
    yield [t for c in after for t in agents(c)]
    # "raised the combat readiness of its forces as Chinese live-fire drills got under way"
    meanwhile = [c for c in verb.children if c.dep_ == "advcl" and has_mark(c, AS_MARKS)]
    yield [t for c in (*after, *meanwhile) for a in agents(c) for t in (a, *owners(a))]
    events = [n for head in _times_of(verb) for n in prep_objects(head, SEQUENCE_MARKS)]
    yield [t for n in events for t in (*_prep_objects_deep(n, WITH), *owners(n))]


#: Acts done to oneself that still code as attacks or protests ("blew himself up", "set
#: himself on fire").
SELF_HARM_ACTS = frozenset({"blow", "detonate", "immolate", "set", "burn", "douse"})


#: Verbs of a show of force's purpose whose object it is aimed at ("to deter Iran").
DETERRING_VERBS = frozenset(
    {"deter", "warn", "intimidate", "pressure", "counter", "confront", "dissuade", "contain"}
)


def _times_of(verb: Token) -> list[Token]:
    """Where what came before a verb's act may hang: on the verb; on a span of time before
    it ("a day after heavy fighting with Armenian forces", which the parser may hang on a
    clause of the verb's); on the verb that reports it ("put jets on standby, sources said,
    days after the clash with Chinese forces")."""
    heads = [verb, *(c for c in verb.children if c.dep_ == "advcl")]
    head = verb.head if verb.dep_ == "conj" else verb
    if head.dep_ == "ccomp" and lemma(head.head) in REPORTING_LEMMAS | {"report"}:
        heads.append(head.head)
    return heads + [
        c for h in heads for c in h.children if c.dep_ == "npadvmod" and lemma(c) in TIME_SPANS
    ]


#: Marks of a clause that says what came before ("after", "since", "following").
SEQUENCE_MARKS = frozenset({"after", "since", "following"})


def _denied_noun(noun: Token) -> bool:
    """A noun with "no" before it ("no intention", "no plans"), or the object of a negated
    verb ("did not have any intention")."""
    if any(c.dep_ == "det" and lemma(c) == "no" for c in noun.children):
        return True
    return noun.dep_ == "dobj" and _local_modality(noun.head) == "negated"


def _permission_withheld(verb: Token) -> bool:
    """A verb of letting that is denied ("did not allow", "refused to allow", "declined to
    permit"): what it would have let happen did not."""
    if lemma(verb) not in PERMISSION_VERBS:
        return False
    return _local_modality(verb) == "negated" or (
        verb.dep_ == "xcomp" and lemma(verb.head) in FAILING_VERBS
    )


def _each_other(trigger: Token) -> bool:
    """Whether the act is done to "each other" or "one another" ("Eritrean and Ethiopian forces
    pounded each other's trenches"): the doers are each the other's target."""
    return any(
        lemma(t) in ("other", "another")
        and any(lemma(d) in ("each", "one") for d in (*t.lefts, t.nbor(-1)))
        for c in trigger.children
        if c.dep_ not in ("nsubj", "nsubjpass")
        for t in c.subtree
        if t.i > 0
    )


def _together(trigger: Token) -> bool:
    """Whether several sides do a cooperative act "together" or "jointly" ("Putin and Tusk laid
    wreaths together at Katyn"): each does it with the other."""
    return any(c.dep_ == "advmod" and lemma(c) in ("together", "jointly") for c in trigger.children)


def _is_place(token: Token) -> bool:
    """A named place: one the places stage found, or a name the tagger calls a place."""
    if any(p.start <= token.i < p.end for p in token.doc._.places or ()):
        return True
    if any(m.kind in PLACE_KINDS for m in mentions_at(token.doc, token)):
        return True  # "withdrew from Mali": a country the tagger took for a person
    return token.ent_type_ in ("GPE", "LOC", "FAC") and token.pos_ == "PROPN"


def _named_place(token: Token) -> bool:
    """A named place, also one an apposition calls a city or a town ("Kherson, a major port
    city")."""
    return _is_place(token) or any(
        c.dep_ == "appos" and lemma(c) in SETTLEMENT_NOUNS for c in token.children
    )


#: Nouns of a settlement or a region that an apposition names a place by.
SETTLEMENT_NOUNS = frozenset(
    {"city", "town", "village", "capital", "port", "hub", "stronghold", "province", "region",
     "district", "enclave", "island"}
)  # fmt: skip


def _is_person(token: Token) -> bool:
    """A person the knowledge base or the tagger knows by name ("Saddam Hussein"), also one
    in apposition ("the drug lord Joaquin Guzman", which the parser may split)."""
    for word in (token, *(c for c in token.children if c.dep_ == "appos")):
        if any(m.kind == "person" for m in mentions_at(word.doc, word)):
            return True
        if word.ent_type_ == "PERSON" and word.pos_ == "PROPN":
            return True
    return False


#: Nouns of protest acts a light verb launches ("launched a general strike over X").
PROTEST_EVENT_NOUNS = frozenset(
    {"strike", "protest", "demonstration", "rally", "march", "boycott", "sit-in", "walkout",
     "blockade", "shutdown", "stoppage", "fast"}
)  # fmt: skip
#: Protests that a demand for a leader to go makes demands for a change of leadership.
#: Visits and meetings that a future negation leaves negated, not refused ("will not attend
#: next month's summit", "will not travel to Tokyo"): writers code the trip not made.
UNREFUSED_VISITS = frozenset({"042", "043", "044"})
#: Those sent to speak for a side ("negotiators from the government and the FARC").
DELEGATE_NOUNS = frozenset(
    {"delegation", "delegate", "negotiator", "representative", "envoy", "emissary", "team"}
)
#: Words for people harmed whom the sentence names no one's ("killed 30 people").
UNNAMED_VICTIM_NOUNS = frozenset(
    {"people", "person", "civilian", "man", "woman", "child", "boy", "girl", "villager",
     "resident", "worshipper", "muslim", "christian", "family", "passenger", "pilgrim",
     "student", "voter", "farmer", "inhabitant", "bystander", "shopper", "commuter"}
)  # fmt: skip
#: Links by which a participle, infinitive or conjoined clause hangs on the clause it belongs to.
CLAUSE_LINKS = frozenset({"advcl", "xcomp", "conj"})
#: The mark of a condition the parser may read as a clausal complement ("if it made threats").
IF_MARKS = frozenset({"if"})
#: People whose expulsion is a deportation of individuals (174), not of a body (166).
EXPELLED_INDIVIDUALS = frozenset(
    {"journalist", "reporter", "correspondent", "activist", "missionary", "priest", "worker",
     "national", "citizen", "businessman", "student", "academic", "researcher"}
)  # fmt: skip
#: Verbs of warning what will follow a condition ("warned that ... if the West imposed").
WARNING_VERBS = frozenset({"warn", "caution"})  # "threatened to shell Haifa if": its own act
#: Links from a condition clause's verb down to an act inside it ("if it kept pushing for an
#: inquiry", "if the West imposes sanctions on Iran").
CONDITION_INNER_DEPS = frozenset({"xcomp", "pcomp", "prep", "pobj", "dobj", "conj"})
LEADERSHIP_PROTESTS = frozenset({"141", "142", "143", "144", "145"})
#: Verbs of a leader going, and of making one go.
GOING_VERBS = frozenset({"resign", "quit", "abdicate"})
OUSTING_VERBS = frozenset({"topple", "oust", "overthrow", "unseat", "depose", "remove", "bring"})


def _leaders_told_to_go(trigger: Token) -> list[Token]:
    """Leaders the clauses under a protest's trigger want gone: the subject of "step down" or
    "resign" ("for Mubarak to step down", "demanding that Lukashenko resign"), the object of
    "topple" or "force ... from power", the owner of a demanded resignation ("demanding
    Lukashenko's resignation")."""
    found: list[Token] = []
    for word in trigger.subtree:
        if word.i == trigger.i or word.sent.start != trigger.sent.start:
            continue
        word_lemma = lemma(word)
        stepping = any(
            c.dep_ in ("prt", "advmod") and lemma(c) in ("down", "aside") for c in word.children
        ) and word_lemma in ("step", "stand")
        if word.pos_ in VERB_POS and (stepping or word_lemma in GOING_VERBS):
            # "chanting for Mubarak to step down": the parser hangs the infinitive on the
            # chanting and its subject on "for"
            named = [
                o for o in prep_objects(word.head, {"for"}) if word.dep_ == "xcomp" and o.i < word.i
            ]
            found += named or agents(word)
        elif word.pos_ in VERB_POS and word_lemma in OUSTING_VERBS:
            if (
                word_lemma in ("remove", "bring")
                and not any(lemma(o) == "power" for o in prep_objects(word, {"from"}))
                and not any(c.lower_ == "down" for c in word.children)
            ):
                continue  # "removed roadblocks"; "removed X from power", "bring down X"
            found += direct_objects(word)
        elif word.pos_ in VERB_POS and any(
            lemma(o) in ("power", "office") for o in prep_objects(word, {"from"})
        ):
            found += direct_objects(word)  # "to force President Mugabe from power"
        elif word.pos_ in NOUN_POS and word_lemma in ("resignation", "ouster", "overthrow"):
            found += possessors(word) + prep_objects(word, {"of"})
    return found


def _refused(verb: Token) -> bool:
    """Whether ``verb`` is what its head refuses to do ("refused to rule out")."""
    return verb.dep_ == "xcomp" and lemma(verb.head) in FAILING_VERBS - {"fail"}


def _not_ruled_out(verb: Token) -> bool:
    """ "did not rule out", "refused to rule out", "would not rule out": an option kept open."""
    if lemma(verb) != "rule" or not any(lemma(c) == "out" for c in verb.children):
        return False
    return any(c.dep_ == "neg" for c in verb.children) or _refused(verb)


#: Words that make a call a conversation ("a telephone call"), not an appeal.
CONVERSATION_WORDS = frozenset({"phone", "telephone", "video", "conference", "telephonic"})


def _conversation(noun: Token) -> bool:
    """A call that is a conversation ("apologised in a telephone call on Friday for the
    bombing": what the call was "for" is the apology's reason, not an appeal)."""
    return lemma(noun) == "call" and (
        any(lemma(c) in CONVERSATION_WORDS for c in noun.children if c.dep_ in ("compound", "amod"))
        or (noun.dep_ == "pobj" and lemma(noun.head) in ("in", "during"))
    )


def _of_fighters(token: Token) -> bool:
    """A count of fighters ("dozens of militants", "hundreds of armed men")."""
    return any(
        lemma(c) in COMBATANT_NOUNS | {"armed"}
        for word in prep_objects(token, {"of"})
        for c in (word, *word.children)
        if c is word or c.dep_ in ("amod", "compound")
    )


def _counted_in_hundreds(token: Token, least: int) -> bool:
    """People counted ``least`` or more who are no fighters ("at least 500 members of the Yazidi
    minority", "1,200 villagers"; not "300 soldiers")."""
    # "300 members of the Taliban", "of the rebel movement" fought
    of_whom = [token, *prep_objects(token, {"of"})]
    if _of_fighters(token) or any(
        lemma(c) in COMBATANT_NOUNS | {"armed"}
        for c in (token, *token.children)
        if c is token or c.dep_ in ("amod", "compound")
    ):
        return False
    if any(
        set(m.actor.sectors) & ARMED_SECTORS or m.kind == "person"
        for word in of_whom
        for m in mentions_at(token.doc, word)
    ):
        return False
    for count in token.children:
        if count.dep_ != "nummod":
            continue
        digits = count.text.replace(",", "")
        if digits.isdigit() and int(digits) >= least:
            return True
        if count.lower_ in _LARGE_NUMBERS and (least <= 100 or count.lower_ != "hundred"):
            return True  # "more than a million Ukrainians", "1.2 million people"
    return False


_LARGE_NUMBERS = frozenset({"hundred", "thousand", "million", "billion"})


def _is_money(token: Token) -> bool:
    """A sum of money, whether the NER saw it or not ("USD1 million", "€95 million")."""
    return token.ent_type_ == "MONEY" or bool(_CURRENCY.match(token.text))


def _means_noun(candidate: Candidate) -> Token | None:
    """The verb a nominal event is the means of: its subject ("Israeli strikes killed 20
    people"), or the attack it was done "in" ("killed 1,429 people in a chemical weapons
    attack")."""
    noun = candidate.trigger
    if noun.pos_ not in NOUN_POS:
        return None
    if noun.dep_ == "pobj" and lemma(noun.head) == "of" and lemma(noun.head.head) in BUNDLE_NOUNS:
        noun = noun.head.head  # "a new round of US sanctions targeted X"
    if noun.dep_ == "nsubj":
        return noun.head
    if (
        noun.dep_ == "pobj"
        and lemma(noun.head) == "in"
        and noun.head.head.pos_ in VERB_POS
        and candidate.code[:2] in VIOLENCE_ROOTS
    ):
        return noun.head.head
    return None


def _means_of(candidate: Candidate, acts: set[tuple[int, int]]) -> bool:
    """A nominal event that is the means of a verb event of its quad class with a source
    (:func:`_means_noun`): one event, the verb's."""
    verb = _means_noun(candidate)
    return verb is not None and (verb.i, quad_class(candidate.code)) in acts


#: What makes a weapon a chemical one ("rockets loaded with poison gas").
CHEMICAL_WORDS = frozenset({"gas", "sarin", "chlorine", "chemical", "mustard", "agent", "nerve"})


def _loaded_with_gas(verb: Token) -> bool:
    """Whether what the verb fires is loaded or filled with a chemical agent ("rockets loaded
    with poison gas", "bombs containing a toxic gas")."""
    return any(
        lemma(t) in CHEMICAL_WORDS
        for obj in direct_objects(verb)
        for acl in obj.children
        if acl.dep_ == "acl" and lemma(acl) in LOADED_VERBS
        for held in (*prep_objects(acl, {"with"}), *direct_objects(acl))
        for t in (held, *held.children)
    )


#: Participles that say what a weapon holds ("loaded with gas", "containing sarin").
LOADED_VERBS = frozenset({"load", "fill", "arm", "tip", "pack", "contain", "carry"})


#: Codes that say only that force was used, not how ("killed", "attacked", "fought").
GENERIC_FORCE = frozenset({"180", "190", "193", "200"})


def _purpose_of_summons(candidate: Candidate, by_trigger: dict[int, Candidate]) -> bool:
    """A complaint or protest that an envoy is summoned to hear ("summoned Dhaka's envoy to
    protest attacks"): the summons is that complaint, made by the summoner. A demand it is
    summoned to hear ("summoned Canada's ambassador to demand the release of X", "summoned
    the ambassador and demanded ...") is made of the envoy's state: the summons takes its
    code."""
    verb = candidate.trigger
    deps = ("xcomp", "advcl", "conj") if candidate.code[:2] == "10" else ("xcomp", "advcl")
    if verb.dep_ not in deps or candidate.code[:2] not in ("10", "11", "14"):
        return False
    host = by_trigger.get(verb.head.i)
    if host is None or host.code != "114":
        return False
    if candidate.code[:2] == "10":
        host.code = candidate.code
        host.rule += f"+demand:{candidate.code}"
    return True


def _agreement_of(verb: Token, triggers: Collection[int]) -> int | None:
    """The trigger of an agreement coded in the sentence whose terms ``verb`` gives ("signed an
    agreement to cooperate on lithium", "a deal to exchange prisoners was reached"): its terms,
    not a second event."""
    noun = verb.head
    if verb.dep_ in ("advcl", "xcomp") and verb.i >= 2:
        # "demanding a deal to free the hostages": the parser hangs the infinitive on the verb
        before = verb.doc[verb.i - 2]
        if before.head.i == noun.i and before.dep_ == "dobj" and verb.nbor(-1).lower_ == "to":
            noun = before
    elif verb.dep_ not in ("acl", "relcl") or not any(c.lower_ == "to" for c in verb.lefts):
        return None
    if lemma(noun) not in AGREEMENT_NOUNS:
        return None
    for host in (noun.i, noun.head.i):
        if host in triggers and host != verb.i:
            return host
    return None


def _named_modifiers_of(candidate: Candidate) -> list[Token]:
    """The words a noun entry names as its modifiers ("talks" in "the suspension of talks"):
    part of that event, not events of their own."""
    if candidate.trigger.pos_ not in NOUN_POS or candidate.entry is None:
        return []
    wanted = set(candidate.entry.lemma.modifiers)
    if not wanted:
        return []
    near = [c for c in candidate.trigger.children if c.dep_ in MODIFIER_DEPS]
    near += prep_objects(candidate.trigger, {"of"})
    return [t for t in near if lemma(t) in wanted]


def _modifiers_hold(token: Token, phrase: Phrase) -> bool:
    if not phrase.modifiers:
        return True
    words = modifier_lemmas(token)
    # "calls for a ceasefire"; "a freeze on assets" is an asset freeze (a ban on imports stays
    # a ban, aimed at their owner)
    words |= {
        lemma(t)
        for t in prep_objects(token, {"for", "on"} if lemma(token) == "freeze" else {"for"})
    }
    # "a car packed with explosives" is an explosive car: a car bomb
    words |= {
        lemma(t)
        for acl in token.children
        if acl.dep_ == "acl" and lemma(acl) in LOADED_VERBS
        for t in prep_objects(acl, {"with"})
    }
    if token.pos_ == "ADJ":  # a small clause: "declared the party illegal"
        words |= {lemma(c) for c in token.children if c.dep_ == "nsubj"}
    return all(m in words for m in phrase.modifiers)


#: Prepositions on a fallback event's object that introduce its target, not a place or a time.
OBJECT_TARGET_PREPS = frozenset({"to", "for", "against", "on", "with", "toward", "towards"})


def _prep_objects_deep(noun: Token, preps: frozenset[str]) -> list[Token]:
    """Prepositional objects of a noun, also through one "of" or "in" ("downturn of relations
    with X", "$3 million in funding to X"; a partner also through "on", "about" or "to"), a
    participle ("the ban imposed on X", "tariffs totalling 80 percent on X") or a relative
    clause ("the duties it imposed on X"). A day is no one ("sanctions on Monday")."""
    found = [t for t in prep_objects(noun, preps) if t.ent_type_ not in ("DATE", "TIME")]
    if found:
        return found
    # a partner through a topic or a goal ("intelligence on terrorist bases with the United
    # States", "any return to negotiations with the Palestinian Authority")
    through = {"of", "in"} | ({"on", "about", "to"} if "with" in preps else set())
    for obj in prep_objects(noun, through):
        found = prep_objects(obj, preps)
        if found:
            return found
    # "the ban imposed on X", and a relative clause: "the duties it imposed on X's wine"
    clauses = [*participles(noun), *(c for c in noun.children if c.dep_ == "relcl")]
    # "tariffs totalling 80.5 percent on barley": a measure's amount, then what it is on
    clauses += [c for c in noun.children if c.dep_ == "acl" and lemma(c) in AMOUNT_VERBS]
    for clause in clauses:
        found = prep_objects(clause, preps - {"by"})
        if found:
            return found
    if "targeting" in preps:
        # "sanctions targeting Iran's oil sector": the owner of what they target
        for clause in noun.children:
            if clause.dep_ == "acl" and lemma(clause) == "target":
                found = [
                    t for o in direct_objects(clause) for t in (o, *possessors(o))
                ]  # fmt: skip
                if found:
                    return found
    if "between" in preps:
        return _sides_of_purpose(noun)
    if "to" not in preps:
        return []
    # a recipient deeper in the phrase ("sent supplies and personnel such as doctors to Nepal")
    return [
        obj
        for token in _phrase_nouns(noun)
        if token.i != noun.i
        for obj in prep_objects(token, {"to"})
    ][:1]


def _sides(noun: Token) -> list[Token]:
    """The sides of a two-sided act named as such: "talks between Iran and the US", or, when
    the parser hangs "between" on the verb the act is the subject of, "fighting erupted
    between the army and the RSF"."""
    found = prep_objects(noun, {"between", "among"})
    if not found and noun.dep_ == "nsubj" and noun.head.pos_ in VERB_POS:
        found = prep_objects(noun.head, {"between"})
    if found:
        return found
    for thing in prep_objects(noun, {"of"}):
        # "the exchange of 35 prisoners (each) between Russia and Ukraine": hung on the goods
        for token in thing.subtree:
            if token.dep_ == "pobj" and lemma(token.head) == "between":
                return with_conjuncts(token)
    return []


def _sides_of_purpose(noun: Token) -> list[Token]:
    """The sides named in what a mediation is for ("a mediation effort to resolve the rift
    between Qatar and its neighbours")."""
    for clause in noun.children:
        if clause.dep_ not in ("acl", "xcomp", "advcl"):
            continue
        for token in clause.subtree:
            if token.dep_ == "pobj" and lemma(token.head) in ("between", "among"):
                return with_conjuncts(token)
    return []


def _phrase_nouns(noun: Token) -> list[Token]:
    """The nouns of a noun phrase: through coordinations, appositions and prepositional
    phrases, never into a clause."""
    found = [noun]
    for child in noun.children:
        if child.dep_ in ("conj", "appos"):
            found.extend(_phrase_nouns(child))
        elif child.dep_ == "prep":
            for obj in child.children:
                if obj.dep_ == "pobj":
                    found.extend(_phrase_nouns(obj))
    return found


def _clause_roles(token: Token) -> frozenset[str]:
    """Governor roles that cannot take ``token``: a clause with its own subject or auxiliary
    is no light verb's noun ("announced it would deport them" reports a plan)."""
    if token.pos_ in VERB_POS and any(
        c.dep_ in ("nsubj", "nsubjpass", "aux", "auxpass") for c in token.children
    ):
        return frozenset({"light"})
    return frozenset()


def _drawn(noun: Token) -> bool:
    """Whether a nominal event is drawn on its verb's subject ("drew criticism from X")."""
    return noun.dep_ == "dobj" and lemma(noun.head) in DRAWING_VERBS


def _charged_with(token: Token) -> bool:
    """Whether ``token`` is the act someone is charged with, convicted or punished for ("a man
    convicted of attacking security forces"): a charge about the past, not an act reported now."""
    if governing_prep(token) not in ("of", "with", "for"):
        return False
    verb = token.head.head
    if verb.dep_ in ("dobj", "nsubjpass") and verb.head.pos_ in VERB_POS:
        verb = verb.head  # "convicted the activist of insulting": the parser's noun attachment
    return verb.pos_ in VERB_POS and lemma(verb) in CHARGE_VERBS


def _delayed_infinitive(token: Token) -> bool:
    """An infinitive the parser took for a purpose clause because a time or place phrase came
    between it and its verb ("offered on Tuesday to host talks", "vowed in a speech to
    retaliate"): the verb's complement (xcomp)."""
    head = token.head
    if token.dep_ != "advcl" or head.pos_ not in VERB_POS or token.i < head.i:
        return False
    if not any(c.dep_ == "aux" and c.lower_ == "to" and c.i < token.i for c in token.children):
        return False
    between = [c for c in head.children if head.i < c.i < token.i]
    if lemma(head) in OBJECT_CONTROL:
        # "pressed President Bashir on Tuesday to rein in the militias": the one asked
        between = [c for c in between if c.dep_ != "dobj"]
    return bool(between) and all(
        c.dep_ == "advmod"
        or (
            c.dep_ in ("prep", "npadvmod")
            and any(t.ent_type_ in _WHEN_OR_WHERE for t in c.subtree)  # not "went on strike"
        )
        for c in between
    )


_WHEN_OR_WHERE = frozenset({"DATE", "TIME", "GPE", "LOC", "FAC"})


#: Words of hope or doubt whose "of"-complement is only hoped for ("optimistic of reaching a
#: deal"), as governors.tsv reads them.
HOPEFUL_WORDS = frozenset(
    {"optimistic", "hopeful", "confident", "pessimistic", "upbeat", "doubtful"}
)


def _link(token: Token) -> str:
    """How a complement hangs from its governor: xcomp, ccomp, dobj, "to", "for", conj, ..."""
    if _delayed_infinitive(token):
        return "xcomp"
    if token.dep_ == "pobj" and token.head.dep_ == "prep":
        return lemma(token.head)
    if token.dep_ == "pcomp" and token.head.dep_ == "prep" and lemma(token.head) == "from":
        return "from"  # "prevented them from providing aid"
    if (
        token.dep_ == "pcomp"
        and token.head.dep_ == "prep"
        and lemma(token.head.head) in HOPEFUL_WORDS
    ):
        return lemma(token.head)  # "optimistic of reaching a deal"
    return token.dep_


def political(candidate: Candidate, sent: Span) -> bool:
    """Whether a candidate can be a political event (CODING.md: no event for non-political
    happenings): not done by a force of nature, not a sporting contest, not a dealing between
    businesses alone ("the firm sued its supplier"), and not a visit or hosting between private
    actors alone ("tourists visited the region")."""
    trigger = candidate.trigger
    if trigger.pos_ in VERB_POS and any(
        _natural_force(a) for a in (*agents(trigger), *_clause_subjects(trigger))
    ):
        return False  # "an earthquake struck northern Pakistan, killing thousands"
    if trigger.pos_ in VERB_POS and _stirred_feeling(trigger):
        return False  # "moved troops to the border, raising fears of war": the news raises them
    if trigger.pos_ in VERB_POS and _standing_passive(trigger):
        return False  # "Taiwan is recognised by 12 countries": a standing state, no act
    if any(
        lemma(o) in OPINION_GENRES
        for v in trigger.ancestors
        if v.pos_ in VERB_POS
        for o in prep_objects(v, {"in"})
    ):
        # "in an opinion column, a former diplomat argued that the AU needs": what a column
        # argues (the columnist's own words keep their act: "in a column, the minister
        # criticised the opposition")
        return False
    if _with_a_trend(trigger):
        return False  # "kidnappings have surged, with armed gangs targeting schools": a trend
    if candidate.code[:2] == "01" and trigger.pos_ in VERB_POS and _about_a_figure(trigger):
        return False  # "officials fear the death toll could exceed 10,000": a count feared
    if trigger.pos_ in VERB_POS and _hosts_for_years(trigger):
        return False  # "Turkey hosts about 3.7 million Syrian refugees": a standing state
    if trigger.pos_ in NOUN_POS and _natural_force(trigger):
        return False  # "a gas explosion killed 12": the explosion is no attack
    violent = "18" <= candidate.code[:2] <= "20"
    if trigger.pos_ in VERB_POS and any(
        c.dep_ == "nsubj" and (c.lower_ in NO_ONE or _no_one(c)) for c in trigger.children
    ):
        return False  # "saying nobody could give Venezuela an ultimatum": no one's act
    if violent and trigger.pos_ in VERB_POS and _accident(trigger):
        return False  # "a bus plunged into a ravine, killing 24 passengers"
    if (
        "17" <= candidate.code[:2] <= "20"
        and trigger.pos_ in VERB_POS
        and lemma(trigger) not in SELF_HARM_ACTS
        and any(o.lower_.endswith(("self", "selves")) for o in direct_objects(trigger))
    ):
        return False  # "has surrounded himself with fellow officers": no one else is coerced
    doers = agents(trigger) if trigger.pos_ in VERB_POS else []
    doers = [a for a in doers if a.pos_ != "PROPN"]  # "Ban Ki-moon praised": no ban acts
    if violent and any(lemma(a) in IMPERSONAL_FORCES for a in doers):
        return False  # "sanctions have hit ordinary people hardest": no one's assault
    if doers and lemma(doers[0]) in IMPERSONAL_FORCES:
        return False  # "Western sanctions weighed on the rouble": a measure does nothing itself
    if (
        trigger.pos_ in NOUN_POS
        and trigger.dep_ == "nsubj"
        and lemma(trigger) in IMPERSONAL_FORCES
        and lemma(trigger.head) in MEASURE_EFFECTS
    ):
        return False  # "as U.S. sanctions choke its oil exports": what a standing measure does
    if (
        "17" <= candidate.code[:2] <= "20"
        and trigger.pos_ in VERB_POS
        and direct_objects(trigger)
        and all(lemma(o) in WON_NOT_TAKEN for o in direct_objects(trigger))
    ):
        return False  # "independent candidates captured several safe seats": votes won
    if violent and trigger.pos_ in VERB_POS and _wars_counted(trigger):
        return False  # "India and Pakistan have fought two of their three wars": a history
    if violent and any(_figurative(t) for t in (trigger, *direct_objects(trigger))):
        return False  # "the carmaker launched a price war", "a charm offensive"
    if _anniversary(trigger) or (trigger.pos_ in NOUN_POS and _seen_as(trigger)):
        return False  # "Saturday marks two years since troops crossed", "seen as a threat"
    if trigger.pos_ in NOUN_POS and _ahead_of(trigger):
        return False  # "riot police deployed ahead of an opposition rally": still to come
    meeting = candidate.code[:2] == "04" or candidate.code == "036"
    if (meeting or candidate.rule.startswith("model:")) and _timetabled(trigger):
        return False  # "the G20 summit is scheduled to open in Hamburg": a diary date, no act
    if _since_then(trigger) and not _between_named_sides(candidate):
        # "more than 10,000 civilians have been killed since Russia launched its invasion":
        # the act a state of things is counted from dates it, it is no news; one actor's act
        # on another named one is a background event all the same ("trade has collapsed
        # since Saudi Arabia severed links with Doha in June": reported_past)
        return False
    if (trigger.pos_ in VERB_POS and _everyone(trigger)) or _repeated(trigger):
        # "nearly every leader has been jailed or investigated", "has used its veto ten
        # times", "has run against Museveni in every election": a pattern, no single act
        return False
    if trigger.pos_ in NOUN_POS and _strains_relations(trigger):
        return False  # "relations have been strained for years over U.S. support for X"
    if trigger.pos_ in NOUN_POS and _truce_holding(trigger):
        return False  # "a fragile truce appeared to be holding": how a truce fares, no act
    if _long_past(trigger) or _since_it_began(trigger):
        return False  # "The Treaty of Waitangi, signed in 1840", "since the war began"
    if trigger.pos_ in NOUN_POS and _made_into(trigger):
        return False  # "has long made nuclear disarmament a signature cause"
    if trigger.pos_ in NOUN_POS and _feared(trigger):
        return False  # "amid fears of tougher U.S. sanctions": what might come, no act
    if _tally(trigger) or (trigger.pos_ in NOUN_POS and _standing_under(trigger)):
        return False  # "the war has displaced 12 million", "Cuba has been under an embargo"
    if trigger.pos_ in NOUN_POS and _market_demand(trigger):
        return False  # "sales rose on strong demand for its drugs": buyers, not a demand
    if trigger.pos_ in NOUN_POS and _measured(trigger):
        return False  # "the number of attacks on journalists rose": a trend, no act
    contest = (
        lemma(trigger) in CONTEST_VERBS
        or candidate.rule.startswith("model:")
        # "ambushed England's top order", "laid siege"; a sanction is no play ("froze the assets
        # of Chelsea Football Club owner Roman Abramovich")
        or ("13" <= candidate.code[:2] <= "20" and candidate.code[:2] != "16")
    )
    if contest and _about_sport(sent):
        return False
    if _market_report(sent) or _poll_report(sent):
        return False  # "Brent crude jumped as traders bet that the West would extend sanctions"
    if _document_speaks(candidate, sent):
        return False
    if candidate.modality == "hypothetical" and _forecast(candidate):
        return False  # "analysts expect the ruling party to crush the opposition"
    if (
        (
            not any(candidate.sources)
            or candidate.modality != "asserted"
            or trigger.pos_ in NOUN_POS  # "the summit was unlikely to produce more than"
        )
        and _analysts_view(trigger)
        and not _own_view(candidate)
    ):
        # "legal experts say the case against the former president hinges on", "analysts say
        # the juntas are looking to Moscow for support": a view of what others do
        return False
    if _public_opinion(candidate):
        return False  # "most Israelis support the government's handling of the war, a poll showed"
    refs = [r for r in (*candidate.sources, *candidate.targets) if r is not None]
    if not refs:
        return True
    if (
        any(candidate.sources)
        and all(_business(r.actor) for r in refs)
        and not _state_firms_abroad([r.actor for r in refs])
    ):
        return False  # a firm acting on firms or on no one (a strike against a firm stays)
    sources = [r for r in candidate.sources if r is not None]
    military = candidate.code.startswith("087") or candidate.code[:2] == "15"
    if (violent or military) and sources and all(_business(r.actor) for r in sources):
        return False  # "the carmaker launched an offensive in Europe's car market": figurative
    targets = [t for t in candidate.targets if t is not None]
    if (
        candidate.code[:2] == "04"
        and targets
        and all(lemma(trigger.doc[t.head]) in TRAVELLERS for t in targets)
    ):
        return False  # "Thailand received 28 million foreign tourists": trade, no visit
    return (
        candidate.code[:2] not in PRIVATE_ROOTS
        or not all(_private(r.actor) for r in refs)
        or _state_firms_abroad([r.actor for r in refs])
    )


#: People who travel for themselves, whom a country receives or hosts in numbers, not as guests.
TRAVELLERS = frozenset(
    {"tourist", "visitor", "traveller", "traveler", "holidaymaker", "pilgrim", "passenger"}
)


def _standing_passive(verb: Token) -> bool:
    """A simple-present passive ("Taiwan is recognised by only 12 countries", "the border is
    guarded by Russian troops") tells how things stand, not what someone did; news reports acts
    in the past or perfect ("was recognised", "has been recognised"). One with an infinitive
    after it announces an act ("talks are scheduled to resume")."""
    if verb.tag_ != "VBN" or any(c.dep_ == "xcomp" for c in verb.children):
        return False
    auxiliaries = [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
    return [(a.dep_, a.tag_ in ("VBZ", "VBP")) for a in auxiliaries] == [("auxpass", True)]


def _measured(noun: Token) -> bool:
    """Whether a nominal event is the subject of a verb that measures or describes it ("the
    civil war lasted 26 years", "the number of attacks rose", "cooperation between the navies
    has grown", "support for the cabinet slid") or tells what it does to an economy ("as
    sanctions and a price cap took their toll", "Western sanctions weighed on the rouble"), or
    is what an effect is of ("the impact of sanctions on supply"): the sentence reports a trend,
    a duration or an effect, not the act."""
    head = noun
    while head.dep_ == "conj" and head.head.pos_ in NOUN_POS:
        head = head.head  # "sanctions and a price cap on Russian crude"
    while (
        head.dep_ == "pobj"
        and lemma(head.head) in ("of", "from")
        and head.head.head.pos_ in NOUN_POS
    ):
        if lemma(head.head.head) in EFFECT_NOUNS:
            return True  # "the impact of sanctions", "the death toll from the campaign"
        if lemma(head.head) == "from":
            break
        head = head.head.head  # "the number of attacks"
    if head.dep_ not in ("nsubj", "nsubjpass") or head.head.pos_ not in VERB_POS:
        return False
    verb = head.head
    if lemma(verb) in DESCRIBING_VERBS | TREND_VERBS | EFFECT_VERBS:
        return True
    return lemma(verb) == "take" and any(lemma(o) == "toll" for o in direct_objects(verb))


def _about_sport(sent: Span) -> bool:
    """Whether the sentence reports sport (a cue word or a score beside its result); worked out
    once per sentence, however many of its candidates ask."""
    known: dict[int, bool] = sent.doc.user_data.setdefault(_SPORT_INDEX, {})
    if sent.start not in known:
        # "a rocket strike killed 12 children on a football pitch": a venue, where a game is
        # played only when the sentence has a contest ("beat Barcelona at the football stadium")
        contest = any(lemma(t) in GAME_VERBS for t in sent)
        tokens = [
            t
            for t in sent
            if contest or not (t.dep_ == "compound" and lemma(t.head) in VENUE_NOUNS)
        ]
        words = {t.lower_ for t in tokens} | {lemma(t) for t in tokens}
        words |= {f"{a.lower_} {b.lower_}" for a, b in itertools.pairwise(sent)}
        words |= set(HYPHENATED.findall(sent.text.lower()))  # "semi-final", split by spaCy
        known[sent.start] = bool(words & SPORTS_CUES or SCORE.search(sent.text))
    return known[sent.start]


_SPORT_INDEX = "dyadic_events_sport_sentences"
#: Places a sport's name may name without any game being played there.
VENUE_NOUNS = frozenset({"pitch", "stadium", "field", "ground", "court", "arena"})
#: Verbs only a game has ("beat Barcelona", "won the final"), unlike "hit" or "strike".
GAME_VERBS = frozenset(
    {"beat", "defeat", "win", "lose", "clinch", "rout", "thrash", "edge", "score", "play", "draw",
     "stun", "eliminate", "knock"}
)  # fmt: skip


def _protested_against(noun: Token) -> bool:
    """A nominal act that a protest is against or over ("marched to protest against Blair's
    support for a U.S.-led war on Iraq", "a rally against the invasion"): what is protested was
    done before; the protest is the news."""
    if noun.pos_ not in NOUN_POS:
        return False
    for ancestor in noun.ancestors:
        if ancestor.dep_ == "prep" and lemma(ancestor) in ("against", "over"):
            holder = ancestor.head
            if lemma(holder) in PROTEST_VERBS or lemma(holder) in PROTEST_NOUNS:
                return True
        if ancestor.pos_ in VERB_POS and lemma(ancestor) not in PROTEST_VERBS:
            return False  # a clause between them: its own act
    return False


#: Verbs of protesting in the street.
PROTEST_VERBS = frozenset({"protest", "march", "rally", "demonstrate"})


def _inquired_into(token: Token) -> bool:
    """What an inquiry looks into has happened before it ("opened an investigation into the
    killing of protesters", "will probe the attack")."""
    if token.dep_ == "dobj":
        return lemma(token.head) in INQUIRY_WORDS  # "will probe the attack"
    prep = token.head
    if token.dep_ != "pobj" or prep.dep_ != "prep" or lemma(prep) not in ("into", "of"):
        return False
    # the parser may hang "into" on the verb that opens the inquiry
    inquiry = [prep.head, *(c for c in prep.head.children if c.dep_ == "dobj")]
    return any(lemma(t) in INQUIRY_WORDS for t in inquiry)


def _attacked(noun: Token) -> bool:
    """Whether a noun is what an attack or a violent act is aimed at ("the attack on
    peacekeepers", "fired at an aid convoy")."""
    prep = noun.head
    return noun.dep_ == "pobj" and prep.dep_ == "prep" and lemma(prep) in ("on", "against", "at")


def _peacekeepers_moving_in(verb: Token) -> bool:
    """Peacekeepers who roll or cross into a place are deployed (074), not invading ("the
    first NATO-led peacekeeping troops rolled into Kosovo"): said by the movers' own phrase."""
    return lemma(verb) in ENTERING_VERBS and any(
        t.lower_ in PEACEKEEPING_WORDS
        for doer in agents(verb)
        for t in doer.subtree
        if t.i <= doer.i  # "peacekeeping troops", not "troops who fired on peacekeepers"
    )


def _peacekeeping(trigger: Token) -> bool:
    """A troop movement or arrival whose phrase says it is peacekeeping (also when the parser
    hangs "on a peacekeeping mission" on the verb that announces a deployment)."""
    if lemma(trigger) not in PEACEKEEPING_MOVES:
        return False
    words = list(trigger.subtree)
    if trigger.pos_ in NOUN_POS and trigger.dep_ == "dobj" and trigger.head.pos_ in VERB_POS:
        words += [
            t
            for c in trigger.head.children
            if c.dep_ in ("prep", "advcl", "xcomp")
            for t in c.subtree
        ]
    if trigger.pos_ in VERB_POS:
        # "peacekeepers began landing in Dili": the movers' own phrase
        words += [t for doer in agents(trigger) for t in doer.subtree if t.i <= doer.i]
    return any(t.lower_ in PEACEKEEPING_WORDS for t in words)


#: Words of an armed body's mandate abroad ("arrived in Haiti to lead a multinational mission").
MISSION_WORDS = frozenset(
    {"mission", "mandate", "multinational", "stabilisation", "stabilization", "intervention",
     "request", "requested"}
)  # fmt: skip
#: What troops sent abroad to keep the peace restore ("landed in Dili to restore order").
PEACE_OBJECTS = frozenset({"order", "peace", "calm", "stability", "security", "law"})
#: Missions of another kind than keeping the peace.
OTHER_MISSIONS = frozenset({"training", "trade", "rescue", "diplomatic", "fact-finding", "space"})


def _abroad(sources: Sequence[ActorRef | None], targets: Sequence[ActorRef | None]) -> bool:
    """Whether every target is in another country than the first source (both named; "the
    Australian-led troops and police arrived in the Solomon Islands": the police named by
    where they serve lead no one)."""
    homes = [s.actor.country for s in sources if s is not None]
    places = {t.actor.country for t in targets if t is not None}
    return bool(homes) and bool(places) and homes[0] is not None and homes[0] not in places


def _restoring_order(trigger: Token) -> bool:
    """A troop movement whose purpose is to restore order or keep the peace ("landed in Dili
    to restore order", "sent troops to help restore order")."""
    purposes = [c for c in trigger.children if c.dep_ in ("advcl", "xcomp")]
    purposes += [
        c for p in purposes if lemma(p) in BENEFIT_VERBS for c in p.children if c.dep_ == "xcomp"
    ]
    return lemma(trigger) in PEACEKEEPING_MOVES and any(
        lemma(p) in ("restore", "keep", "maintain", "preserve")
        and any(lemma(o) in PEACE_OBJECTS for o in direct_objects(p))
        for p in purposes
    )


def _mission(trigger: Token) -> bool:
    """An arrival or deployment whose purpose names a mission or mandate: for troops or police
    sent abroad, peacekeeping (074)."""
    holders = [trigger]
    if trigger.dep_ == "xcomp":
        holders.append(trigger.head)  # "began arriving in Bunia with a U.N. mandate"
    phrases = [c for h in holders for c in h.children if c.dep_ in ("advcl", "xcomp", "prep")]
    # "Kenyan police officers in a U.N.-backed security mission landed": the subject's phrase
    phrases += [
        p
        for h in holders
        for subject in h.children
        if subject.dep_ == "nsubj"
        for p in subject.children
        if p.dep_ in ("prep", "acl")  # "troops leading a multinational force"
    ]
    return lemma(trigger) in PEACEKEEPING_MOVES and any(
        (
            t.lower_ in MISSION_WORDS
            and not any(m.lower_ in OTHER_MISSIONS for m in t.children)  # "a training mission"
        )
        # "as part of a security bloc's force sent to help President Tokayev restore order"
        or (lemma(t) in BENEFIT_VERBS and t.dep_ in ("advcl", "xcomp") and lemma(t.head) == "send")
        for c in phrases
        for t in c.subtree
    )


def _sent_to_help(
    trigger: Token,
    sources: Sequence[ActorRef | None],
    targets: Sequence[ActorRef | None],
    *,
    police: bool = False,
    offered: bool = False,
) -> bool:
    """Forces sent abroad to help ("sent troops to Mali to help the army", "will send police
    officers to Haiti to help restore order"): military protection (074), not a show of force.
    Police sent abroad help whatever the text says they go for ("ready to deploy 1,000 police
    officers to Haiti"). Forces sent at home "to restore order" stay a show of force; forces
    ``offered`` to help ("is ready to deploy 20,000 troops to help secure peace") are an offer
    of help wherever they would go, never a threat."""
    sides, aims = [s for s in sources if s], [t for t in targets if t]
    if lemma(trigger) not in PEACEKEEPING_MOVES or not sides:
        return False
    helping = any(
        c.dep_ in ("advcl", "xcomp") and lemma(c) in BENEFIT_VERBS for c in trigger.children
    )
    if not aims:
        return offered and helping
    if not police and not helping:
        return False
    homes = {s.actor.country for s in sides}
    return None not in homes and all(t.actor.country not in homes | {None} for t in aims)


def _acting_verb(verb: Token) -> Token:
    """The verb that acts, under a root that only frames it and has no object of its own: "is
    willing to provide", "is ready to contribute", "have begun leaving"."""
    for _ in range(3):
        if datives(verb) or any(o.dep_ != "acomp" for o in direct_objects(verb)):
            return verb
        frames = [c for c in verb.children if c.dep_ == "acomp"] or [verb]
        acts = [c for f in frames for c in f.children if c.dep_ == "xcomp" and c.pos_ in VERB_POS]
        if not acts:
            return verb
        verb = acts[0]
    return verb


def _stative(verb: Token) -> bool:
    """A simple-present verb of being or having that describes a state ("Qatar is home to a
    US base", "Turkey fields the largest army"); "is willing to provide" or "are responsible for
    the killings" say more than a state."""
    if lemma(verb) not in STATIVE_VERBS or verb.tag_ not in ("VBZ", "VBP"):
        return False
    if lemma(verb) == "be":
        return any(c.dep_ == "attr" for c in verb.children) and not any(
            c.dep_ in ("xcomp", "acomp") for c in verb.children
        )
    return True


def _document_speaks(candidate: Candidate, sent: Span) -> bool:
    """What a treaty, law or agreement says is its content, no act: "the Antarctic Treaty bans
    military measures", "the Minsk agreement called for a withdrawal", "the new law requires
    NGOs to register": the document is the doer, even when a place names it, "Minsk"), and an
    agreement noun that is itself the subject ("the Doha agreement set a timetable")."""
    doc = sent.doc
    doers = [doc[i] for i in candidate.source_args] or agents(candidate.trigger)
    if any(lemma(t) in DOCUMENT_NOUNS for t in doers):
        return True
    trigger = candidate.trigger
    if trigger.dep_ == "nsubj" and lemma(trigger) in DOCUMENT_NOUNS:
        return True
    verb = trigger if trigger.pos_ in VERB_POS else trigger.head
    holders = [lemma(o) for o in prep_objects(verb, {"under"})]
    if _auxiliaries(verb) & PROVISION_AUX and any(
        h in DOCUMENT_NOUNS or h in PROVISION_HOLDERS for h in holders
    ):
        return True
    # "signed a trade agreement, under which Beijing pledged to buy $200 billion of goods":
    # what the parties take on under it is the agreement's content
    clause = verb
    while clause.dep_ in ("xcomp", "ccomp", "conj") and clause.head.pos_ in VERB_POS:
        clause = clause.head
    return (
        clause.dep_ == "relcl"
        and (lemma(clause.head) in DOCUMENT_NOUNS or lemma(clause.head) in PROVISION_HOLDERS)
        and any(lemma(o) == "which" for o in prep_objects(clause, {"under"}))
    )


def _business(actor: Actor) -> bool:
    """A company: a business sector ("the firm", CHNBUS) or a multinational (MNCBRA)."""
    code = actor.code or ""
    return code.endswith("BUS") or code.startswith("MNC")


def _state_firms_abroad(actors: list[Actor]) -> bool:
    """Firms of two countries, one of them owned by its state: a state's energy or arms
    company dealing abroad acts for its state ("Gazprom signed a contract to supply gas to
    China National Petroleum Corp")."""
    kb = get_kb()
    countries = {a.country for a in actors if a.country}
    return len(countries) > 1 and any(
        (record := kb.get(a.actor_id or "")) is not None and record.notes.startswith("state")
        for a in actors
    )


def _private(actor: Actor) -> bool:
    """An actor with no political role of its own: a business, civilians, a school, a
    hospital ("tourists visited the region", "the hospital received 200 patients")."""
    sectors = set(actor.sectors) or {(actor.code or "")[-3:]}
    return sectors <= PRIVATE_SECTORS


def reports_no_act(verb: Token) -> bool:
    """Whether a verb and its object form an idiom that reports no act ("take place", "seize
    the opportunity"), or a participle only names something ("a programme called Bolsa
    Familia"), for the rules and for the model's fallback alike."""
    if lemma(verb) in NAMING_VERBS and verb.dep_ == "acl" and verb.tag_ == "VBN":
        return True
    if any((lemma(verb), lemma(c)) in PREP_IDIOMS for c in verb.children if c.dep_ == "prep"):
        return True  # "tariffs would weigh on activity": a burden, no deliberation
    return any((lemma(verb), lemma(o)) in IDIOMS for o in direct_objects(verb))


def _clause_subjects(verb: Token) -> list[Token]:
    """Every active subject of a verb (the parser may give it two: "A magnitude 7.6 earthquake
    struck"), or of the verb a participle adjunct hangs on ("the quake struck, killing
    thousands")."""
    subjects = [c for c in verb.children if c.dep_ == "nsubj"]
    if not subjects and verb.dep_ in ("advcl", "conj") and verb.tag_ == "VBG":
        subjects = [c for c in verb.head.children if c.dep_ == "nsubj"]
    return subjects


def _shifted_object(verb: Token) -> bool:
    """An object moved after a prepositional phrase, which the parser reads as an adverbial
    noun ("returned to Brazil last Wednesday 21 frogs"); not a date ("last Wednesday")."""
    return any(
        c.dep_ == "npadvmod" and c.pos_ in NOUN_POS and c.ent_type_ not in ("DATE", "TIME")
        for c in verb.children
    )


#: What is won in a vote or a contest, not taken by force ("captured several seats").
WON_NOT_TAKEN = frozenset(
    {"seat", "vote", "majority", "share", "ballot", "constituency", "ward", "delegate",
     "title", "medal", "crown", "championship", "trophy", "award", "prize", "headline",
     "imagination", "attention", "heart", "mood", "spotlight", "lead", "pole"}
)  # fmt: skip


def _figurative(noun: Token) -> bool:
    """A war or offensive of prices, words or charm, or one fought (or launched) in an
    industry."""
    modifiers = {
        word
        for c in noun.children
        if c.dep_ in ("compound", "amod", "nmod")
        for word in (lemma(c), c.lower_)  # "rolling", which the lemmatiser reads as "roll"
    }
    modifiers.update(lemma(t) for t in prep_objects(noun, {"of"}))
    fields = {lemma(t) for t in prep_objects(noun, {"in", "on", "into"})}
    return bool(modifiers & FIGURATIVE_MODIFIERS or fields & FIGURATIVE_FIELDS)


def _forecast(candidate: Candidate) -> bool:
    """A hypothetical act that analysts, experts or a poll expect or say: analysis, not an
    event (CODING.md: pure opinion or analysis is no event)."""
    for verb in candidate.trigger.ancestors:
        if lemma(verb) not in FORECAST_VERBS:
            continue  # "experts expressed hopes the government will change": a statement
        speakers = agents(verb)
        if speakers and all(lemma(t) in ANALYST_NOUNS for t in speakers):
            return True
    return False


#: What measures opinion: an act it reports is what people think, not something they did.
POLL_NOUNS = _POLL_WORDS | {"majority", "plurality"}
#: Words that make a people a share of it ("most Americans", "many Israelis").
MASS_QUANTIFIERS = frozenset({"many", "most", "majority", "few", "half", "third", "quarter"})
#: Nouns for members of the public.
PEOPLE_NOUNS = frozenset({"people", "citizen", "voter", "resident", "person", "national"})


def _public_opinion(candidate: Candidate) -> bool:
    """What a poll reports or a share of a people holds ("most Israelis support the war, a poll
    showed", "most Americans oppose sending troops", "according to a survey, 60 percent reject
    the deal"): opinion, no event (CODING.md). "Many countries condemned" is their act."""
    trigger = candidate.trigger
    if trigger.pos_ not in VERB_POS:
        return False
    for verb in (trigger, *trigger.ancestors):
        if verb.pos_ not in VERB_POS:
            continue
        holders = agents(verb)
        if holders and all(lemma(h) in POLL_NOUNS or _share_of_a_people(h) for h in holders):
            return True
        if any(
            lemma(o) in POLL_NOUNS
            for c in verb.children
            if c.dep_ == "prep" and lemma(c) == "accord"
            for o in c.subtree
        ):
            return True  # "according to a survey"
    return False


def _share_of_a_people(token: Token) -> bool:
    """ "Most Americans", "many Israelis", "many people", "half of Germans": part of a people,
    not its state."""
    if lemma(token) in MASS_QUANTIFIERS:
        return any(_a_people(o) for o in prep_objects(token, {"of"}))  # "half of Germans"
    return _a_people(token) and any(lemma(c) in MASS_QUANTIFIERS for c in token.children)


def _a_people(token: Token) -> bool:
    """A people or the public: "Germans", "voters", "people"."""
    return token.ent_type_ == "NORP" or lemma(token) in PEOPLE_NOUNS


def _counted(token: Token, *, roughly: bool = False) -> bool:
    """Whether a phrase is a head count ("more than 1.7 million people", "some 300 families");
    ``roughly``: an approximate one ("at least 1,200", "more than 40", "some 90")."""
    return any(
        c.dep_ == "nummod"
        and c.like_num
        and (not roughly or any(m.dep_ in ("quantmod", "advmod", "amod") for m in c.children))
        for c in token.children
    )


def _tally(trigger: Token) -> bool:
    """A lasting conflict's toll in the perfect ("the war in Sudan has displaced 12 million
    people", "the conflict had killed 13,000 people by 2019"): a summary, not an act."""
    if trigger.pos_ in NOUN_POS:
        nouns, verb = [trigger], trigger.head
        if trigger.dep_ != "nsubj" or verb.pos_ not in VERB_POS:
            return False
    elif trigger.pos_ in VERB_POS:
        nouns, verb = agents(trigger), trigger
    else:
        return False
    first = verb
    while first.dep_ == "conj" and first.head.pos_ in VERB_POS:
        first = first.head  # "has since killed or wounded": the auxiliary of the first verb
    perfect = any(c.dep_ == "aux" and lemma(c) == "have" for c in first.children)
    conflicts = [n for n in nouns if lemma(n) in LASTING_CONFLICTS]
    if conflicts and (perfect or any(_ended(n) for n in conflicts)):
        return True
    return trigger.pos_ in VERB_POS and _toll_over_a_period(trigger)


def _ended(conflict: Token) -> bool:
    """A conflict told as over ("Sri Lanka's civil war, which ended in May 2009, killed ...")."""
    return any(c.dep_ == "relcl" and lemma(c) in ("end", "last") for c in conflict.children)


def _toll_over_a_period(verb: Token) -> bool:
    """A count of victims over a span of time, with no one named ("at least 1,200 civilians
    have been killed so far this year", "40 journalists were killed between 2003 and 2008"):
    a toll, not an act."""
    if not is_passive(verb) or any(c.dep_ == "agent" for c in verb.children):
        return False
    if not any(_counted(c, roughly=True) for c in verb.children if c.dep_ == "nsubjpass"):
        return False  # "two French tourists were detained last year" is news of two people
    return any(
        (
            child.dep_ == "prep"
            and lemma(child) in PERIOD_PREPS
            and any(t.ent_type_ == "DATE" for t in child.subtree)
        )
        or (child.dep_ == "advmod" and lemma(child) == "far")  # "so far this year"
        or (  # "have been killed since Russia launched its invasion"
            child.dep_ == "advcl" and has_mark(child, SINCE)
        )
        or (
            # "this year", "over the past decade" (not "last week": a date)
            child.dep_ == "npadvmod"
            and lemma(child) in PERIOD_UNITS
            and any(t.lower_ in PERIOD_WORDS for t in child.children)
        )
        for child in verb.children
    )


#: What markets and statistics measure: prices, currencies, rates, counts.
MEASURE_NOUNS = frozenset(
    {"price", "crude", "oil", "brent", "gold", "stock", "share", "index", "market", "bond",
     "yield", "currency", "lira", "rouble", "ruble", "rupee", "rial", "dollar", "euro", "yen",
     "yuan", "peso", "pound", "rand", "naira", "hryvnia", "rate", "unemployment", "inflation",
     "arrival", "number", "figure", "export", "import", "output", "production", "growth",
     "deficit", "debt", "reserve", "sale", "investment", "remittance", "turnout", "approval",
     "rating", "poll", "gdp", "economy", "trade", "tourism", "future", "benchmark"}
)  # fmt: skip


def _strains_relations(noun: Token) -> bool:
    """A nominal act given as what relations are strained or soured over ("relations between
    Ankara and Washington have been strained for years over U.S. support for Kurdish
    fighters"): a standing grievance that explains a state of affairs, no act of the day."""
    prep = noun.head
    if noun.dep_ != "pobj" or lemma(prep) not in ("over", "because", "amid"):
        return False
    verb = prep.head
    while verb.pos_ in NOUN_POS and verb.dep_ == "pobj":  # "strained for months over X"
        verb = verb.head.head
    return verb.pos_ in (*VERB_POS, "ADJ") and any(
        c.dep_ in ("nsubj", "nsubjpass") and lemma(c) in RELATION_NOUNS for c in verb.children
    )


#: Nouns for the state of relations between parties ("relations", "ties").
RELATION_NOUNS = frozenset({"relation", "relations", "tie", "ties", "relationship"})


def _poll_report(sent: Span) -> bool:
    """A sentence an opinion poll or survey vouches for ("a majority of Colombians would vote in
    favour of the accord, a Datexco poll showed"; "eight in ten Americans support a ban on
    Russian oil, according to a Reuters/Ipsos poll"): what people think, no act."""
    for token in sent:
        if lemma(token) not in OPINION_POLLS:
            continue
        head = token.head
        if token.dep_ == "nsubj" and lemma(head) in SURVEY_VERBS:
            return True  # "a Datexco poll showed"
        if token.dep_ == "pobj" and lemma(head) == "to" and head.head.lower_ == "according":
            return True  # "according to a Reuters/Ipsos poll"
    return False


#: Opinion polls, and what they are said to do.
OPINION_POLLS = frozenset({"poll", "survey", "opinion poll"})
SURVEY_VERBS = frozenset({"show", "find", "suggest", "indicate", "say", "reveal"})


def _market_report(sent: Span) -> bool:
    """A sentence whose main clause says a market or a statistic moved ("Brent crude jumped
    above $130 as traders bet that Western governments would extend sanctions", "the lira
    plunged on worries about a row with Washington", "migrant arrivals fell by a third after
    Rome struck deals with Libya"): it reports the figure, and what it names besides is its
    cause or its context, no event of the day."""
    root = sent.root
    if lemma(root) in REPORTING_LEMMAS:  # "the statistics institute said", "the agency said"
        root = next((c for c in root.children if c.dep_ == "ccomp"), root)
    if lemma(root) not in TREND_VERBS | LEVEL_VERBS:
        return False
    subjects = [c for c in root.children if c.dep_ in ("nsubj", "nsubjpass")]
    return bool(subjects) and all(
        lemma(s) in MEASURE_NOUNS
        or any(lemma(c) in MEASURE_NOUNS for c in s.children if c.dep_ == "compound")
        for s in subjects
    )


#: Goods that are sent somewhere, and the words that say what kind of help they are.
GOODS_NOUNS = frozenset(
    {"consignment", "shipment", "delivery", "convoy", "truck", "lorry", "cargo", "aid",
     "assistance", "supply", "weapon", "arm", "ammunition", "tank", "missile", "munition",
     "food", "medicine", "fuel", "vaccine", "dose", "equipment", "batch", "tranche", "package"}
)  # fmt: skip
MILITARY_GOODS = frozenset(
    {"military", "weapon", "arm", "ammunition", "tank", "missile", "munition", "rocket",
     "artillery", "howitzer", "shell", "jet", "drone", "defence", "defense", "armoured",
     "armored", "vehicle"}
)  # fmt: skip
RELIEF_GOODS = frozenset(
    {"aid", "mercy", "food", "medicine", "medical", "humanitarian", "relief", "blanket",
     "water", "tent", "vaccine", "dose", "flour", "wheat", "rice", "shelter"}
)  # fmt: skip


def _goods(token: Token) -> bool:
    """Whether a subject names goods sent somewhere ("a consignment of U.S. military
    assistance", "British Challenger 2 tanks", "trucks carrying food")."""
    return (
        lemma(token) in GOODS_NOUNS | WEAPON_GOODS
        or (  # "Patriot air defence systems", "HIMARS multiple rocket launchers"
            lemma(token) in ("system", "launcher")
            and any(lemma(c) in MILITARY_GOODS for c in token.children if c.dep_ in MODIFIER_DEPS)
        )
        or any(lemma(o) in GOODS_NOUNS for o in prep_objects(token, {"of"}))
        or (
            lemma(token) in CARRIER_NOUNS  # "a U.N. aid flight", "a relief ship"
            and any(c.dep_ == "compound" and lemma(c) in LOAD_WORDS for c in token.children)
        )
        or (  # "the first F-16 fighter jets donated by Denmark": craft given away
            lemma(token) in CRAFT_NOUNS
            and any(c.dep_ == "acl" and lemma(c) in GIFT_VERBS for c in token.children)
        )
    )


#: Weapons that arrive somewhere as goods ("the first HIMARS launchers arrived in Ukraine").
WEAPON_GOODS = frozenset({"howitzer", "launcher", "drone", "rocket", "shell", "interceptor"})
#: Craft that carry goods, goods when a load names them ("aid flight", "relief ship").
CARRIER_NOUNS = frozenset({"flight", "plane", "aircraft", "ship", "vessel", "boat", "airlift"})
#: Warcraft that are goods when someone gives them away ("fighter jets donated by Denmark").
CRAFT_NOUNS = frozenset({"jet", "aircraft", "plane", "warplane", "fighter", "helicopter", "ship"})
#: Participles of giving ("donated by", "supplied by").
GIFT_VERBS = frozenset(
    {"donate", "supply", "send", "pledge", "provide", "deliver", "give", "gift", "transfer"}
)
#: What such a craft's load can be called.
LOAD_WORDS = frozenset({"aid", "relief", "food", "arm", "weapon", "mercy", "medical"})
#: Verbs of a load carried ("trucks entered Gaza, carrying food").
LOAD_VERBS = frozenset({"carry", "bring", "transport", "deliver", "ferry", "haul"})


def _goods_code(goods: list[Token]) -> str:
    """Military aid (072), humanitarian aid (073) or other material help (070), by what the
    goods are."""
    words = {lemma(t) for g in goods for t in g.subtree}
    if words & MILITARY_GOODS:
        return "072"
    if words & RELIEF_GOODS:
        return "073"
    return "070"


def _year(token: Token) -> int | None:
    """The year a token writes ("1994"), if it is one."""
    if token.text.isdigit() and len(token.text) == 4 and 1000 < int(token.text) < 2200:
        return int(token.text)
    return None


def _long_past(trigger: Token) -> bool:
    """An act that a modifier dates two years or more before the article, named on a noun or in
    a clause that describes one ("The Treaty of Waitangi, signed in 1840, is regarded as ...",
    "the 1994 Budapest Memorandum, under which Ukraine surrendered its arsenal"): history the
    sentence describes, not news. A main clause's act keeps its date for the date resolver."""
    published = getattr(trigger.doc._, "pub_date", None)
    if published is None:
        return False
    if any(
        _past_period(v, published.year - 2)
        for v in (trigger, *trigger.ancestors)
        if v.pos_ in VERB_POS
    ):
        # "led Germany from 1998 to 2005"; "ruled from 1996 until 2001, enforcing a law that
        # barred girls from school": the era's acts with it
        return True
    if trigger.pos_ in VERB_POS and _under_an_old_accord(trigger, published.year - 2):
        # "Under the 1994 Budapest Memorandum, Ukraine gave up the Soviet nuclear arsenal"
        return True
    if trigger.pos_ in VERB_POS and trigger.dep_ not in ("relcl", "acl"):
        return False
    if trigger.dep_ == "relcl" and not any(
        lemma(t) in RELATIVE_PRONOUNS for c in trigger.children for t in (c, *c.children)
    ):
        return False  # "since the 1953 armistice when he stepped across": no description
    holders = [trigger] if trigger.pos_ in NOUN_POS else [trigger, trigger.head]
    if trigger.dep_ == "pobj" and trigger.head.head.pos_ in NOUN_POS:
        holders.append(trigger.head.head)  # "the response to the annexation of Crimea in 2014"
    holders += [c for h in list(holders) for c in h.children if c.dep_ in ("acl", "relcl")]
    years = [
        year
        for holder in holders
        for child in holder.children
        for token in (
            [child]
            if child.dep_ in ("nummod", "compound", "amod", "npadvmod")
            else list(child.subtree)
            if child.dep_ == "prep" and lemma(child) == "in"
            else []
        )
        if (year := _year(token)) is not None
    ]
    return bool(years) and max(years) <= published.year - 2


#: Nouns of a count ("the death toll", "the number of dead").
FIGURE_NOUNS = frozenset({"toll", "number", "figure", "count", "tally"})


def _about_a_figure(verb: Token) -> bool:
    """Whether a comment's clause is about a count ("fear the death toll could exceed")."""
    return any(
        lemma(subject) in FIGURE_NOUNS
        for clause in verb.children
        if clause.dep_ == "ccomp"
        for subject in agents(clause)
    )


def _with_a_trend(trigger: Token) -> bool:
    """Whether an act is told in a "with" phrase that illustrates a trend ("kidnappings have
    surged in recent years, with armed gangs targeting schools and villages")."""
    for ancestor in trigger.ancestors:
        if ancestor.dep_ == "prep" and lemma(ancestor) == "with":
            # not one dated act given as an instance ("with gunmen killing 40 on Sunday")
            return (
                lemma(ancestor.head) in TREND_VERBS
                and _present_perfect(ancestor.head)
                and not any(t.ent_type_ in ("DATE", "TIME") for t in ancestor.subtree)
            )
        if ancestor.dep_ in ("ROOT", "ccomp"):
            return False
    return False


def _under_an_old_accord(verb: Token, before: int) -> bool:
    """Whether a verb in the past tense says what was done under an accord its year dates to
    ``before`` or earlier ("Under the 1951 San Francisco Peace Treaty, Japan renounced ...")."""
    if verb.tag_ != "VBD":
        return False
    years = [
        year
        for accord in prep_objects(verb, {"under"})
        for child in accord.children
        if child.dep_ in ("nummod", "compound", "amod", "npadvmod")
        if (year := _year(child)) is not None
    ]
    return bool(years) and max(years) <= before


def _dated_long_ago(verb: Token) -> bool:
    """Whether a verb's own "in" phrase or modifier dates it two years or more before the
    article ("was founded in 1949")."""
    published = getattr(verb.doc._, "pub_date", None)
    if published is None:
        return False
    years = [
        year
        for child in verb.children
        for token in (
            list(child.subtree) if child.dep_ == "prep" and lemma(child) == "in" else [child]
        )
        if (year := _year(token)) is not None
    ]
    return bool(years) and max(years) <= published.year - 2


def _past_period(verb: Token, last_year: int) -> bool:
    """Whether a verb's own phrases give it a span of years that ended by ``last_year`` ("from
    1998 to 2005", "from 1996 until late 2001", "between 2001 and 2007"): a career or an era
    the sentence describes, not an act it reports."""
    phrases = [c for c in verb.children if c.dep_ == "prep"]
    starts = {lemma(p) for p in phrases if lemma(p) in ("from", "between")}
    ends = [
        year
        for p in phrases
        if lemma(p) in ("to", "until", "till", "between", "from")
        for t in p.subtree
        if (year := _year(t)) is not None
    ]
    return bool(starts) and len(ends) >= 2 and max(ends) <= last_year


def _everyone(verb: Token) -> bool:
    """A verb said of every one of a kind ("nearly every leader to hold the office has been
    jailed, impeached or investigated"): a pattern over years, no single act."""
    heads = [verb, *(verb.ancestors if verb.dep_ == "conj" else ())]
    return any(
        c.dep_ in ("nsubj", "nsubjpass") and any(lemma(d) == "every" for d in c.children)
        for v in heads
        for c in v.children
    )


def _repeated(trigger: Token) -> bool:
    """An act its clause counts over many occasions ("has used its veto ten times", "has run
    against Museveni in every election since 2001"): a tally, no single act."""
    verb = trigger
    if trigger.pos_ in NOUN_POS and trigger.dep_ in ("dobj", "nsubj", "nsubjpass"):
        verb = trigger.head  # "used its veto ... ten times"
    if verb.pos_ not in VERB_POS:
        return False
    for child in verb.children:
        if child.dep_ == "npadvmod" and lemma(child) == "time" and _since_long(verb, child):
            counts = [c for c in child.children if c.dep_ == "nummod"]
            if any(not c.like_num or not c.text.isdigit() or int(c.text) > 1 for c in counts):
                return True  # "has used its veto ten times since 2011"; not "one time"
        if (
            child.dep_ == "prep"
            and lemma(child) in ("in", "at", "during")
            and any(
                lemma(d) in ("every", "each")
                for o in child.children
                if o.dep_ == "pobj"
                for d in o.children
                if d.dep_ == "det"
            )
        ):
            return True
    return False


def _since_long(verb: Token, times: Token) -> bool:
    """A perfect counted from a "since" ("has used its veto ten times since the war began",
    "16 times since 1971"), not a week's news ("fired missiles three times this week")."""
    perfect = any(c.dep_ == "aux" and lemma(c) == "have" for c in verb.children)
    since = any(
        (c.dep_ == "prep" and lemma(c) == "since") or (c.dep_ == "advcl" and has_mark(c, SINCE))
        for c in (*verb.children, *times.children)
    )
    return perfect and since


def _truce_holding(noun: Token) -> bool:
    """A truce said to hold, or not to ("a fragile truce appeared to be holding", "few expect
    the ceasefire to hold", "give the truce little chance of holding"): how it fares, not its
    declaration."""
    if lemma(noun) not in TRUCE_NOUNS or noun.head.pos_ not in VERB_POS:
        return False
    own = {t.i for t in noun.subtree}
    return any(
        lemma(t) == "hold"
        and t.pos_ in VERB_POS
        and t.i > noun.i
        and t.i not in own
        and not any(c.dep_ == "dobj" for c in t.children)
        for t in noun.head.subtree
    )


def _since_it_began(trigger: Token) -> bool:
    """A war or invasion that only dates another clause ("have fled Ukraine since the Russian
    invasion began", "since fighting erupted"): the beginning is a time, not news."""
    head = trigger.head
    if trigger.pos_ not in NOUN_POS:
        return False
    if lemma(trigger) in SETTING_WARS and trigger.dep_ == "pobj":
        prep, verb = lemma(head), head.head
        if prep in TIME_PREPS:
            return True  # "had 40 warships before the war", "have fled since the invasion"
        if prep == "in" and verb.pos_ in VERB_POS and is_passive(verb):
            return True  # "388,000 people have been killed in Syria's war": where they died
    return (
        trigger.dep_ == "nsubj"
        and lemma(head) in BEGINNING_VERBS
        and head.dep_ == "advcl"
        and has_mark(head, SINCE)
    )


#: Wars and invasions that, as the object of a preposition of time, only date something
#: ("before the war", "since the invasion").
SETTING_WARS = frozenset({"war", "conflict", "invasion", "occupation"})
#: Prepositions of time.
TIME_PREPS = frozenset({"before", "since", "after", "during", "throughout", "until"})


#: Verbs of a war's or a crisis's beginning ("since the war began", "since fighting erupted").
BEGINNING_VERBS = frozenset({"begin", "start", "erupt", "break", "flare", "escalate"})


#: People a country shelters for years.
SHELTERED_NOUNS = frozenset({"refugee", "migrant", "asylum-seeker", "seeker", "exile"})


def _hosts_for_years(verb: Token) -> bool:
    """A country that "hosts" refugees in the simple present shelters them as a standing state
    ("Turkey hosts about 3.7 million Syrian refugees"), no act of asylum granted."""
    return (
        lemma(verb) in ("host", "shelter", "house")
        and verb.tag_ in ("VBZ", "VBP")
        and not any(c.dep_ in ("aux", "auxpass") for c in verb.children)
        and any(lemma(o) in SHELTERED_NOUNS for o in direct_objects(verb))
    )


def _between_named_sides(candidate: Candidate) -> bool:
    """Whether an act has a doer and a different party done to, both named as actors (not a
    place it happened in)."""
    if "+located-target" in candidate.rule or "+place-target" in candidate.rule:
        return False
    sources = [s for s in candidate.sources if s is not None and s.actor.code]
    targets = [
        t
        for t in candidate.targets
        if t is not None and t.actor.code and t.kind != "place" and t.arg != candidate.trigger.i
    ]
    return any(not _same_code(s, t) for s in sources for t in targets)


def _since_then(trigger: Token) -> bool:
    """An act in a "since" clause or phrase of a present perfect ("have crossed into Armenia
    since Azerbaijan took control of the enclave", "attacks have fallen since last year's troop
    buildup", "relations have swung since Turkish jets shot down a bomber in 2015")."""
    node = trigger
    while node.head.i != node.i and (
        node.dep_ in ("conj", "compound", "amod")
        or (node.dep_ == "dobj" and node.head.pos_ in VERB_POS)  # "launched its invasion"
    ):
        node = node.head
    clause: Token | None
    if node.dep_ == "advcl" and has_mark(node, SINCE):
        clause = node.head
    elif node.dep_ == "pobj" and lemma(node.head) == "since":
        clause = next((a for a in node.head.ancestors if a.pos_ in VERB_POS), None)
    else:
        # "have ruled since August 2021, when the government collapsed as U.S.-led forces
        # completed their withdrawal": what happened at the date a state is counted from
        dated = next((a for a in trigger.ancestors if a.dep_ == "relcl"), None)
        if dated is None or dated.head.dep_ != "pobj" or lemma(dated.head.head) != "since":
            return False
        clause = next((a for a in dated.head.head.ancestors if a.pos_ in VERB_POS), None)
    return clause is not None and _present_perfect(clause)


def _present_perfect(verb: Token) -> bool:
    """ "have been killed", "has fallen": "have" in the present before the verb."""
    return any(c.dep_ == "aux" and c.lower_ in ("have", "has", "'ve") for c in verb.children)


def _noun_makers(doc: Doc, noun: Token) -> list[Token]:
    """Whose demand, offer or plan a noun is (:func:`noun_agents`), with an actor word in front
    of it before the subject of the verb it is the object of: "rejected opposition demands
    that he step down" are the opposition's demands, not the rejecter's."""
    made = noun_owners(noun, MAKER_PREPS)
    if made:
        return made
    actors = [
        c for c in noun.children if c.dep_ == "compound" and c.i < noun.i and mentions_at(doc, c)
    ]
    return actors or noun_agents(noun, preps=MAKER_PREPS)


def _timetabled(trigger: Token) -> bool:
    """A meeting a timetable announces, with no one named as holding it ("the summit is
    scheduled to open in Hamburg", "foreign ministers are due to meet in Skopje", "the summit
    will be held in Vientiane from Oct. 8")."""
    verb = trigger
    if trigger.pos_ in NOUN_POS:
        if trigger.dep_ not in ("nsubj", "nsubjpass"):
            return False
        verb = trigger.head
    if lemma(verb) == "be":  # "the talks are due to begin"
        verb = next((c for c in verb.children if c.dep_ == "acomp"), verb)
    if lemma(verb) in SCHEDULE_WORDS:
        return any(c.dep_ == "xcomp" and lemma(c) in TIMETABLE_VERBS for c in verb.children)
    if trigger.pos_ in NOUN_POS or verb.pos_ not in VERB_POS or lemma(verb) not in TIMETABLE_VERBS:
        return False
    if lemma(verb) == "hold" and is_passive(verb) and not agents(verb):
        # "will be held", no one holding it and no one it is held between or with
        held = [verb, *(s for s in verb.children if s.dep_ == "nsubjpass")]
        future = bool(_auxiliaries(verb) & (INTENT_AUX - {"wo"}))
        return future and not any(prep_objects(t, {"between", "with", "by"}) for t in held)
    if any(prep_objects(t, {"between", "with"}) for t in (verb, *direct_objects(verb))):
        return False  # "is scheduled to hold talks with the Czech prime minister": a meeting
    node = verb
    while node.dep_ in ("xcomp", "conj") and node.head.i != node.i:
        node = node.head  # "is scheduled to open ... and to run through Saturday"
    return node is not verb and lemma(node) in SCHEDULE_WORDS


def _anniversary(trigger: Token) -> bool:
    """An act a date is the anniversary of ("Saturday marks two years since Russian troops
    crossed the border", "on the anniversary of the invasion"): remembered, not news."""
    node = trigger
    while node.head.i != node.i:
        if node.dep_ == "advcl" and lemma(node.head) == "mark":
            return has_mark(node, SINCE)
        if node.dep_ == "pobj" and lemma(node.head) == "of":
            return lemma(node.head.head) == "anniversary"
        if node.dep_ == "pobj" and lemma(node.head) == "since" and lemma(node.head.head) == "mark":
            return True  # "marks 20 years since the September 11 attacks, in which ..."
        if node.dep_ == "advcl" and node.tag_ == "VBG":
            node = node.head  # "since the accords were signed, formally ending the war"
            continue
        if node.dep_ not in ("conj", "dobj", "prep", "pobj", "compound", "amod", "relcl", "appos"):
            return False
        node = node.head
    return False


def _made_into(noun: Token) -> bool:
    """A noun someone makes into a cause or priority ("made disarmament a signature cause",
    "has made the fight against corruption a priority"): a stance, not the act."""
    verb = noun.head
    return (
        noun.dep_ == "dobj"
        and lemma(verb) == "make"
        and any(
            c.dep_ in ("oprd", "ccomp", "xcomp", "dobj") and c.i > noun.i and c.pos_ in NOUN_POS
            for c in verb.children
        )
    )


def _seen_as(noun: Token) -> bool:
    """A nominal act something is seen or described as ("Hezbollah's arsenal is widely seen as
    the most serious threat to Israel"): a view of it, no act."""
    return _object_of(noun, "as", VIEWING_VERBS)


def _object_of(noun: Token, preposition: str, verbs: frozenset[str]) -> bool:
    """Whether ``noun`` is the object of ``preposition`` hung on one of ``verbs``."""
    prep = noun.head
    return (
        noun.dep_ == "pobj"
        and lemma(prep) == preposition
        and prep.head.pos_ in VERB_POS
        and lemma(prep.head) in verbs
    )


def _feared(noun: Token) -> bool:
    """A nominal act that is what some worry, fear or speculation is about ("amid fears of
    tougher sanctions", "concern over a possible invasion"), or such a worry with no one who
    holds it ("the index fell amid worries over the country's reserves"): no act."""
    if lemma(noun) in WORRY_NOUNS:
        return noun.dep_ == "pobj" and lemma(noun.head) in ("amid", "on") and not owners(noun)
    head = noun
    while head.dep_ in ("pobj", "conj") or (head.dep_ == "prep" and lemma(head) in FEAR_PREPS):
        head = head.head
        if head.pos_ in NOUN_POS and lemma(head) in FEAR_NOUNS:
            return True
    return False


def _standing_under(noun: Token) -> bool:
    """A state one is in ("Cuba has been under a U.S. trade embargo", "remains under
    sanctions"), not an act done."""
    return _object_of(noun, "under", STATE_VERBS)


def _market_demand(noun: Token) -> bool:
    """Demand in a market: "strong demand for its diabetes drug", "supply and demand"."""
    if lemma(noun) != "demand":
        return False
    modifiers = {
        word
        for c in noun.children
        if c.dep_ in ("compound", "amod", "nmod")
        for word in (lemma(c), c.lower_)  # "rolling", which the lemmatiser reads as "roll"
    }
    partners = [noun.head] if noun.dep_ == "conj" else []
    partners += [c for c in noun.children if c.dep_ == "conj"]
    return bool(modifiers & MARKET_DEMAND_MODIFIERS) or any(lemma(p) == "supply" for p in partners)


def _accident(verb: Token) -> bool:
    """Whether a verb of violence tells what an accident did: it is the participle of an
    accident verb ("plunged ..., killing"), or a "when" (or unmarked) clause on it tells of one
    ("was killed when his truck collided")."""
    if verb.dep_ == "advcl" and _accident_verb(verb.head):
        return True
    return any(
        c.dep_ == "advcl"
        and _accident_verb(c)
        and not any(m.dep_ == "mark" and lemma(m) not in ACCIDENT_MARKS for m in c.children)
        for c in verb.children
    )  # "shelled the boat until it sank" stays an attack


def _set_on(token: Token, clause: Token) -> bool:
    """Whether ``token`` is inside an adverbial clause that a conjunction opens (a condition,
    a time, a reason: "if it attacked", "after troops withdraw") within ``clause``; a purpose
    ("to help North Korea cope") is part of the act."""
    for ancestor in token.ancestors:
        if ancestor == clause:
            return False
        if ancestor.dep_ == "advcl" and any(c.dep_ == "mark" for c in ancestor.children):
            return True
    return False


def _stirred_feeling(verb: Token) -> bool:
    """A participle with no subject of its own that says what a piece of news stirred ("...,
    the ministry said, raising concerns about overcrowding"; "moved troops to the border,
    stoking fears of a war"): no one voiced the worry."""
    return (
        verb.tag_ == "VBG"
        and verb.dep_ in ("advcl", "xcomp", "conj")
        and lemma(verb) in STIRRING_VERBS
        and not any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children)
        and any(lemma(o) in STIRRED_FEELINGS for o in direct_objects(verb))
    )


def _accident_verb(verb: Token) -> bool:
    """A vehicle's mishap: an accident verb with no object ("a bus plunged into a ravine");
    with one it is something done to that object ("plunging relations into crisis", "sank
    the ferry")."""
    return lemma(verb) in ACCIDENT_VERBS and not any(c.dep_ == "dobj" for c in verb.children)


def _wars_counted(verb: Token) -> bool:
    """Wars a verb counts ("have fought three wars", "fought two of their three wars"): the
    record of a relation, no act of the day."""
    for obj in direct_objects(verb):
        if obj.pos_ == "NUM":  # "two of their three wars"
            if any(lemma(w) in WAR_NOUNS for w in (obj, *prep_objects(obj, {"of"}))):
                return True
        elif lemma(obj) in WAR_NOUNS and any(c.dep_ == "nummod" for c in obj.children):
            return True
    return False


#: Nouns of a war as a whole.
WAR_NOUNS = frozenset({"war", "conflict"})


def _natural_force(token: Token) -> bool:
    """A storm, a fire or a disease, also capitalised or counted ("Wildfires", "swarms of
    locusts")."""
    words = {lemma(token), token.lower_, token.lower_.removesuffix("s")}
    if words & NATURAL_AGENTS:
        return True
    modifiers = {lemma(c) for c in token.children if c.dep_ in ("compound", "amod")}
    if modifiers & NATURAL_AGENTS:
        return True  # "Hurricane Beryl", "Typhoon Haiyan"
    if any(c.dep_ == "appos" and lemma(c) in NATURAL_AGENTS for c in token.children):
        return True  # "a magnitude 7.9 earthquake": the parser makes the quake an apposition
    if lemma(token) in ("explosion", "blast", "leak"):
        # "a gas explosion", "a boiler blast", "an explosion at a fireworks factory"
        places = {
            lemma(w)
            for p in prep_objects(token, {"at", "in", "inside"})
            for w in (p, *(c for c in p.children if c.dep_ in ("compound", "amod")))
        }
        return bool((modifiers | places) & ACCIDENT_SOURCES)
    if lemma(token) in COLLECTIVE_NOUNS | TIME_SPANS:
        # "swarms of locusts", "days of torrential rain"
        return any(_natural_force(t) for t in prep_objects(token, {"of"}))
    return False


def _owned_by(prep: Token) -> bool:
    """An "of" phrase, or the "in" of a sum ("$33 million in assistance"): the noun inside
    is what its owner's verb acts on."""
    return lemma(prep) == "of" or (lemma(prep) == "in" and _is_money(prep.head))


def _governor_of_owner(noun: Token) -> Token | None:
    """The verb a noun with an "of"-complement is the object of ("approved the extension of
    X", "agreed to an expansion of X"), if any."""
    if noun.dep_ == "dobj" and noun.head.pos_ in VERB_POS:
        return noun.head
    prep = noun.head
    if noun.dep_ == "pobj" and prep.dep_ == "prep" and lemma(prep) in ("for", "to"):
        return prep.head if prep.head.pos_ in VERB_POS else None
    return None


def _unknown_name(token: Token) -> bool:
    """A name of two words or more the tagger did not see as a thing ("Pablo Emilio
    Moncayo"): someone, if no one the knowledge base knows."""
    words = [c for c in token.children if c.dep_ == "compound" and c.pos_ == "PROPN"]
    return (
        token.pos_ == "PROPN"
        and bool(words)
        and token.ent_type_ not in ("ORG", "PRODUCT", "WORK_OF_ART", "EVENT", "LAW", "FAC")
        and all(w.text[:1].isupper() for w in [*words, token])
    )


def _right_after(verb: Token, clause: Token) -> bool:
    """Whether ``clause`` follows ``verb`` with nothing between but its particles, and opens
    with no conjunction of its own."""
    between = verb.doc[verb.i + 1 : clause.i]
    return (
        clause.i > verb.i
        and all(t.dep_ == "prt" and t.head.i == verb.i for t in between)
        and not any(c.dep_ in ("mark", "nsubj", "nsubjpass") for c in clause.children)
    )


def _subject_of_background(noun: Token) -> bool:
    """A noun event that is the subject of a background clause ("prices rose after Houthi
    attacks disrupted shipping")."""
    return (
        noun.pos_ in NOUN_POS
        and noun.dep_ in ("nsubj", "nsubjpass")
        and has_mark(noun.head, BACKGROUND_MARKS)
    )


#: A demand made by protesting is a protest for it (CAMEO 14x1-14x4: for leadership change,
#: policy change, rights, change in institutions), by the demand's code.
PROTEST_FOR = {"1041": "1", "1042": "2", "1043": "3", "1044": "4"}


def _demand_of_a_protest(doc: Doc, candidate: Candidate, hosts: dict[int, Candidate]) -> bool:
    """Fold a demand made in a protest's purpose clause into the protest ("rallied in Minsk to
    demand that Lukashenko step down": a demonstration for leadership change, 1411, aimed at
    him; "went on strike to demand the right to ...": a strike for rights, 1433). Says whether
    the demand was folded (and is no event of its own)."""
    if not candidate.code.startswith("10"):
        return False
    demand = doc[candidate.governed_by[-1]] if candidate.governed_by else candidate.trigger
    host = hosts.get(demand.head.i)
    if host is None or not host.code.startswith("14"):
        return False
    if not _purpose_clause(demand) and not _participle_after(demand):
        return False  # "marched on parliament, demanding his resignation": the march's aim
    if len(host.code) == 3 and host.code in ("141", "142", "143", "144", "145"):
        host.code += PROTEST_FOR.get(candidate.code[:4], "")
    host.rule += f"+for:{candidate.code}"
    if any(candidate.targets) and (not any(host.targets) or _participle_after(demand)):
        # "camped outside the army headquarters, demanding that Bashir step down": at him
        host.targets = [t for t in candidate.targets if t is not None]
        host.target_args = candidate.target_args
    return True


def _purpose_clause(verb: Token) -> bool:
    """An infinitive of purpose on a verb ("met to discuss", "will travel to meet"), or on a
    command whose object is no one but a measure ("ordered the mobilisation of reservists to
    reinforce his troops")."""
    if not any(c.tag_ == "TO" for c in verb.children):
        return False
    if verb.dep_ == "xcomp" and lemma(verb.head) in COMMAND_VERBS:
        objects = direct_objects(verb.head)
        return bool(objects) and all(
            o.pos_ == "NOUN" and not mentions_at(o.doc, o) for o in objects
        )
    return verb.dep_ == "advcl" and verb.head.pos_ in VERB_POS


def _envoys_sent(candidate: Candidate) -> bool:
    """A delegation or an envoy sent somewhere (042 by "send" or "dispatch")."""
    return candidate.code == "042" and lemma(candidate.trigger) in ("send", "dispatch")


def _within_purpose_of(verb: Token, by_trigger: dict[int, Candidate]) -> bool:
    """A verb in the complement of a purpose infinitive ("to help its police break a
    blockade") whose act is a candidate of its own (the sending)."""
    node = verb
    while node.dep_ in ("ccomp", "xcomp") and node.head.pos_ in VERB_POS:
        node = node.head
        if _purpose_clause(node):
            return node.head.i in by_trigger
    return False


def _purpose_of_condition(verb: Token) -> bool:
    """A purpose infinitive of a clause that sets a condition ("will not lift the embargo until
    peacekeepers take positions to block arms shipments"): no more than the condition."""
    return _purpose_clause(verb) and _conditional(verb.head)


def _describes_background(verb: Token) -> bool:
    """A relative clause on something the sentence holds against someone or tells as before
    ("blamed Kabul for a bombing that killed five engineers", "after an attack that killed")."""
    if verb.dep_ not in ("relcl", "acl") or verb.head.pos_ not in NOUN_POS:
        return False
    noun = verb.head
    return governing_prep(noun) in BACKGROUND_PREPS or _charged_with(noun) or _answered(noun)


def _after_a_span_of(noun: Token) -> bool:
    """An act that a time span "after" or "following" is made of ("resigned after weeks of
    protests", "following months of fighting"), or that an act closes ("ending a decade of
    negotiations"): background to the sentence's act."""
    if governing_prep(noun) != "of":
        return False
    span = noun.head.head
    if lemma(span) not in TIME_SPANS:
        return False
    # "signed the agreement, ending a decade of negotiations": the span an act closes
    closed = span.dep_ == "dobj" and lemma(span.head) in CLOSING_VERBS
    return closed or governing_prep(span) in BACKGROUND_PREPS


#: Verbs that close a span of time ("ending a decade of negotiations", "capping years of talks").
CLOSING_VERBS = frozenset({"end", "cap", "conclude", "close", "crown", "culminate"})


def _no_particular(noun: Token) -> bool:
    """A noun event that names no act that happened: "any attack", "future strikes", "a
    possible invasion"."""
    return any(
        (c.dep_ == "det" and c.lower_ in ("any", "every", "no"))
        or (c.dep_ == "amod" and c.lower_ in ("future", "possible", "potential", "eventual"))
        for c in noun.children
    )


def _answered(token: Token) -> bool:
    """What an act answers ("in response to US pressure", "in retaliation for the strike"):
    something that happened before."""
    if governing_prep(token) not in ("to", "for"):
        return False
    noun = token.head.head
    return lemma(noun) in ("response", "retaliation", "reaction", "reply", "answer") and (
        governing_prep(noun) == "in"
    )


def _past_other_prep(word: Token, top: Token) -> bool:
    """Whether ``word`` lies under ``top`` behind a preposition other than a place's or "of"
    ("in exchange for Palestinian prisoners" names no place)."""
    current = word
    while current.i not in (top.i, current.head.i):
        if current.dep_ == "pobj" and lemma(current.head) not in PLACE_PREPS | {"of", "near"}:
            return True
        current = current.head
    return False


def _against_a_rule(noun: Token) -> bool:
    """A noun "against" a rule, a law or a policy (not against an enemy)."""
    return noun.pos_ in NOUN_POS and any(
        lemma(obj) in PROTESTED_THINGS for obj in prep_objects(noun, {"against"})
    )


def _igo(ref: ActorRef | None) -> bool:
    return ref is not None and (ref.actor.code or "").startswith("IGO")


def _someone_elses_plan(noun: Token, verb: Token) -> bool:
    """A plan, bid or offer owned by another than the verb's subject ("approved Sweden's bid",
    not "unveiled its plan"): the verb acts on it, the plan is not the subject's act."""
    if noun.pos_ not in NOUN_POS or lemma(noun) not in NOUN_GOVERNOR_ROLES:
        return False
    owners = {lemma(t) for t in possessors(noun)}
    if not owners:
        return False
    subjects = {lemma(t) for t in agents(verb)}
    return not owners & (subjects | {"its", "their", "his", "her", "our", "my"})


def _addressees(governor: Token) -> list[Token]:
    """Whom an appeal or demand is addressed to: its object, or "on"/"upon" ("called on X");
    never a date ("called on Monday for sanctions")."""
    found = [c for c in governor.children if c.dep_ == "dobj"]
    found += prep_objects(governor, {"on", "upon"})
    return [t for t in found if not _names_no_one(t)]


def _auxiliaries(token: Token) -> set[str]:
    return {c.lower_ for c in token.children if c.dep_ in ("aux", "auxpass")}


def _conditional(verb: Token) -> bool:
    """A clause that sets a condition: "if" or "unless", or "until" before a present tense."""
    if has_mark(verb, CONDITIONAL_MARKS):
        return True
    if not has_mark(verb, UNTIL_MARKS):
        return False
    if verb.tag_ in ("VBZ", "VBP"):
        return True
    if verb.tag_ != "VBD":
        return False
    # "vowed to keep fighting until Armenian forces pulled out": a past tense under an act
    # still to come is the reported speech's present, a condition as well
    head = verb.head
    return (
        head.dep_ == "xcomp"
        or any(c.dep_ == "aux" and c.lower_ == "to" for c in head.children)
        or bool(_auxiliaries(head) & {"would", "will", "'d", "'ll"})
    )


def _ranking_region(noun: Token, possessor: Token) -> bool:
    """Whether a possessor is a region that ranks the noun by a superlative ("Europe's biggest
    nuclear power plant", "Africa's largest army"): where it stands, not whose it is."""
    ranked = any(
        c.dep_ == "amod" and (c.tag_ == "JJS" or any(g.lower_ == "most" for g in c.children))
        for c in noun.children
    )
    return ranked and any(m.actor.code in REGIONS for m in mentions_at(noun.doc, possessor))


def _clause_above(verb: Token, links: frozenset[str]) -> Token:
    """The verb whose clause ``verb`` belongs to, climbing its ``links`` while they hang on
    verbs ("poured into Minsk to demand": poured)."""
    while verb.dep_ in links and verb.head.pos_ in VERB_POS:
        verb = verb.head
    return verb


def _unnamed_people(token: Token) -> bool:
    """Whether ``token`` counts or describes people without naming whose they are ("2,000
    people", "hundreds of Muslim men", "villagers", "dozens of worshippers")."""
    words = [token, *prep_objects(token, {"of"})]
    words += [w for word in words[1:] for w in prep_objects(word, {"of"})]
    if any(mentions_at(token.doc, w) for w in words):
        return False  # "Kurdish fighters", "members of the Taliban": someone's
    return any(lemma(w) in UNNAMED_VICTIM_NOUNS for w in words)


def _within_condition(token: Token) -> bool:
    """Whether ``token`` lies inside a condition clause, below verbs that take it as their
    complement ("if the Palestinian Authority is to go on receiving aid")."""
    for word in (token, *token.ancestors):
        if word.dep_ == "advcl":
            return _conditional(word)
        if word.dep_ not in ("xcomp", "pcomp", "prep"):
            return False
    return False


def _participle_head(verb: Token) -> int:
    """The verb a trailing participle (or a verb listed after one) tells more of ("massacred
    200 people, shooting residents and setting fire to their huts"); -1 if none."""
    if verb.dep_ == "conj" and verb.head.dep_ == "advcl":
        verb = verb.head
    if verb.dep_ == "advcl" and verb.tag_ == "VBG" and verb.i > verb.head.i:
        return verb.head.i
    return -1


def _child_toward(head: Token, token: Token) -> Token | None:
    """The child of ``head`` whose subtree holds ``token`` (the clause an event is in)."""
    for word in (token, *token.ancestors):
        if word.head.i == head.i and word.i != head.i:
            return word
    return None


def _held_out(verb: Token) -> bool:
    """Whether harm someone is to suffer is held out to them: a modal ("Iran would face
    sanctions", "X will pay dearly"), a condition ("faces sanctions if it refuses") or a
    warning or threat that says it."""
    if _auxiliaries(verb) & (HYPOTHETICAL_AUX | INTENT_AUX | {"would", "'d"}):
        return True
    if any(c.dep_ == "advcl" and _conditional(c) for c in verb.children):
        return True
    return verb.dep_ == "ccomp" and lemma(verb.head) in {"warn", "threaten", "vow"}


def _local_modality(token: Token) -> str:
    """Modality marked on a verb itself: negation, modal auxiliaries, conditional clauses; on a
    noun, a determiner of no particular act ("retaliate against any attack")."""
    if token.pos_ in NOUN_POS:
        return "hypothetical" if _no_particular(token) else "asserted"
    aux = _auxiliaries(token)
    if _conditional(token):
        return "hypothetical"  # "if Cuba does not release them": a condition, not a refusal
    if "have" in aux and aux & {"would", "could", "might", "'d"} and token.tag_ == "VBN":
        return "hypothetical"  # "the US would not have agreed to a truce": a counterfactual
    if any(c.dep_ == "neg" for c in token.children) or _neither_nor(token):
        return "negated"
    if token.dep_ == "pcomp" and token.head.lower_ == "without" and token.tag_ == "VBG":
        return "negated"  # "left Moscow without signing a ceasefire agreement"
    if aux & HYPOTHETICAL_AUX:
        return "hypothetical"
    if "would" in aux or "'d" in aux:
        return "would"
    if aux & INTENT_AUX or "going" in aux:
        return "intended"
    if _headline_future(token):
        return "intended"
    return "asserted"


#: Subjects that say no one did the act.
NO_ONE = frozenset({"nobody", "none", "noone"})


def _no_one(subject: Token) -> bool:
    """ "no one", "no country": a subject that says the act was nobody's."""
    return lemma(subject) in ("one", "country", "nation", "government") and any(
        c.dep_ == "det" and c.lower_ == "no" for c in subject.children
    )


def _neither_nor(verb: Token) -> bool:
    """Either verb of "would neither accept nor recognise the ruling": both are negated."""
    first = verb.head if verb.dep_ == "conj" else verb
    return any(c.dep_ == "preconj" and c.lower_ == "neither" for c in first.children) and (
        first is verb or any(c.dep_ == "cc" and c.lower_ == "nor" for c in first.children)
    )


def _headline_future(verb: Token) -> bool:
    """A headline's "X to do Y" is a future: "EU to impose new sanctions on Iran" (the parser
    hangs the infinitive on the name that is the headline's root)."""
    if not any(c.tag_ == "TO" and c.i < verb.i for c in verb.children):
        return False
    if verb.dep_ == "ROOT":  # "Poland to send more troops": a root infinitive with a subject
        return any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children)
    head = verb.head
    return verb.dep_ == "acl" and head.dep_ == "ROOT" and head.pos_ in NOUN_POS and head.i < verb.i


def _settle_modality(marks: set[str], *, reported: bool) -> str:
    """One modality from the marks collected along the governor chain. "would" is a future in
    the past under a reporting verb ("said it would") and hypothetical elsewhere."""
    if "negated" in marks:
        return "negated"
    if "background" in marks:
        return "reported_past"  # "hours after Armenia and Azerbaijan agreed to halt fighting"
    planned = "intended" in marks  # "would seek to": a plan, not a condition
    if "hypothetical" in marks or ("would" in marks and not reported and not planned):
        return "hypothetical"
    if "intended" in marks or "would" in marks:
        return "intended"
    if "reported_past" in marks:
        return "reported_past"
    return "asserted"


def _names_no_one(token: Token) -> bool:
    """A date, time or amount ("on Friday", "$5 billion"); not "hundreds of protesters"."""
    if token.ent_type_ not in NOT_ARGUMENT_ENTITIES:
        return False
    return not any(c.dep_ == "prep" and lemma(c) == "of" for c in token.children)


def _hostages_taken(found: list[Candidate]) -> None:
    """Storming or seizing a place and taking people there hostage is the hostage-taking (181),
    the more specific act of the two ("stormed a television studio and took staff hostage",
    "seized the cargo ship and took its crew hostage"): the storming ranks below it."""
    taken = {c.trigger.i: c for c in found if c.code.startswith("181")}
    if not taken:
        return
    for candidate in found:
        trigger = candidate.trigger
        if candidate.code not in GENERIC_FORCE | {"192"} or trigger.pos_ not in VERB_POS:
            continue
        joined = {c.i for c in trigger.children if c.dep_ in ("conj", "advcl")}
        if trigger.dep_ == "conj":
            joined.add(trigger.head.i)
        hits = sorted(joined & taken.keys())
        if not hits:
            continue
        candidate.score -= 1.0
        candidate.rule += "+hostages-taken"
        hostages = taken[hits[0]]
        if not any(hostages.targets) and any(candidate.targets):
            # the hostages were taken where it was stormed: of whom it belongs to
            hostages.targets = [t for t in candidate.targets if t is not None]
            hostages.target_args = candidate.target_args
            hostages.rule += "+taken-there"


def _restricted_at_home(candidate: Candidate) -> None:
    """A curfew or a state of emergency that names no one restricts the people of the state
    that imposes it ("Bangladesh imposed a nationwide curfew": BGDCVL), unless it is imposed
    in a place abroad (a target found there)."""
    if candidate.code not in ("1723", "1724") or any(candidate.targets):
        return
    countries = {s.actor.country for s in candidate.sources if s is not None}
    if len(countries) != 1 or not all(
        s is not None and _of_the_state(s.actor) for s in candidate.sources
    ):
        return
    (country,) = countries
    if country is None or len(country) != 3:
        return
    candidate.targets = [_implied(country, "CVL", candidate.trigger.i)]
    candidate.recip = False
    candidate.rule += "+own-people"


def _rebels_truce(candidate: Candidate) -> None:
    """A ceasefire rebels declare that names no one is toward the state they fight ("FARC
    rebels declared an indefinite unilateral ceasefire": COLGOV), as a coder reads it."""
    if not candidate.code.startswith("0871") or any(candidate.targets):
        return
    sources = [s for s in candidate.sources if s is not None]
    countries = {s.actor.country for s in sources}
    rebels = all({"REB", "INS"} & set(s.actor.sectors) for s in sources)
    if not sources or not rebels or len(countries) != 1 or None in countries:
        return
    (country,) = countries
    assert country is not None
    candidate.targets = [_implied(country, "GOV", candidate.trigger.i)]
    candidate.rule += "+rebels-truce"


def _implied_authorities(targets: list[ActorRef], trigger: int) -> list[ActorRef]:
    """The government of the targets' country, for acts only authorities perform ("the arrest of
    Kremlin critic Alexei Navalny": RUSGOV), when the text names no one."""
    countries = sorted({t.actor.country for t in targets if t.actor.country})
    return [_implied(c, "GOV", trigger) for c in countries[:1]]


def _implied(country: str, sector: str, trigger: int) -> ActorRef:
    """The ``sector`` of ``country`` as an actor the text does not name, found at ``trigger``."""
    return ActorRef(_sector_actor(country, sector), trigger, trigger, trigger, "implied")


def _trade_phrases(token: Token) -> list[Token]:
    """The prepositions that say where traded goods go or come from: on a trade noun ("exports
    to South Korea", "imports from Iran") or on a participle of origin ("electric cars imported
    from China", "goods made in Xinjiang")."""
    holders = [(token, ("to", "from"))] if lemma(token) in TRADE_NOUNS else []
    holders += [
        (c, ("from", "in")) for c in token.children if c.dep_ == "acl" and lemma(c) in ORIGIN_VERBS
    ]
    return [
        p
        for holder, preps in holders
        for p in holder.children
        if p.dep_ == "prep" and lemma(p) in preps
    ]


def _or_else(verb: Token) -> bool:
    """Whether a demanded act carries what follows if it is not done ("must leave or face an
    offensive", "must withdraw or face consequences")."""
    return any(
        c.dep_ == "conj"
        and lemma(c) in ("face", "risk")
        and any(g.dep_ == "cc" and g.lower_ == "or" for g in (*verb.children, *c.children))
        for c in verb.children
    )


def _time_given(verb: Token) -> tuple[list[Token], list[Token]]:
    """Whom a verb of giving gives a span of time to act, and the act ("gave X one week to
    reinstate the president", "gave the ambassador 48 hours to leave"): the addressees and the
    infinitives, both empty when the verb gives no such time."""
    nouns = [*direct_objects(verb), *datives(verb)]
    nouns += [c for n in nouns for c in n.children if c.dep_ == "appos"]
    nouns += [c for c in verb.children if c.dep_ == "npadvmod"]  # "gave X one week to"
    # "gave the soldiers who seized power one week to reinstate him": the parser hangs the
    # span on the relative clause
    clauses = [c for n in direct_objects(verb) for c in n.children if c.dep_ == "relcl"]
    nouns += [c for r in clauses for c in r.children if c.dep_ == "npadvmod"]
    spans = [n for n in nouns if lemma(n) in ULTIMATUM_SPANS]
    clauses = [r for r in clauses if any(s.head.i == r.i for s in spans)]
    acts = [
        c
        for holder in (verb, *spans, *clauses)
        for c in holder.children
        if c.dep_ in ("advcl", "xcomp", "relcl", "acl")
        and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)
    ]
    addressees = [n for n in nouns if n not in spans]
    if not spans and addressees:
        # "gave Ukrainian troops defending Mariupol until 5 a.m. to lay down their arms": time
        # given up to a moment, however the parser hangs the "until" and the infinitive
        until = next((t for t in verb.subtree if t.lower_ in UNTIL_WORDS and t.i > verb.i), None)
        if until is not None:
            acts = [
                t
                for t in verb.subtree
                if t.i > until.i
                and t.pos_ == "VERB"
                and t.dep_ != "conj"
                and any(a.dep_ == "aux" and a.lower_ == "to" for a in t.children)
            ][:1]
            return (addressees, acts) if acts else ([], [])
    if not spans or not addressees:
        return [], []
    return addressees, acts


def _statelike(actor: Actor) -> bool:
    """A state, its government, forces or leaders, an armed group or an international
    organisation: those an ultimatum is given by and to."""
    sectors = set(actor.sectors)
    return bool(actor.code) and (not sectors or bool(sectors & ULTIMATUM_SECTORS))


def _makers(token: Token) -> list[Token]:
    """Who made the thing ``token`` names: "the policy imposed by X", "an attack by/from X"."""
    return made_by(token) + prep_objects(token, MAKER_PREPS)


def _by_maker(word: Token, top: Token) -> bool:
    """Whether ``word`` is in a "by" phrase below ``top``: the maker of a thing in a place ("a
    deal brokered by China") is no place."""
    node = word
    while node.i not in (top.i, node.head.i):
        if node.dep_ == "agent" or (node.dep_ == "prep" and lemma(node) == "by"):
            return True
        node = node.head
    return False


def _sector_actor(country: str | None, sector: str, text: str = "") -> Actor:
    """The ``sector`` (GOV, CVL ...) of ``country`` (or of no known country), named by ``text``
    (or nowhere)."""
    return Actor(text=text, code=f"{country or ''}{sector}", country=country, sectors=(sector,))


def _background_by_coordination(verb: Token) -> bool:
    """A clause whose subject the parser gave to an earlier clause ("after the EU imposed
    sanctions ... and the Russian authorities hit back") shares that clause's background mark."""
    subject = stolen_subject(verb) if verb.pos_ in VERB_POS else None
    if subject is None:
        return False
    for ancestor in subject.ancestors:
        if ancestor.pos_ in VERB_POS:
            return has_mark(ancestor, BACKGROUND_MARKS)
    return False


def _past_perfect(verb: Token) -> bool:
    return verb.tag_ == "VBN" and any(c.dep_ == "aux" and c.lower_ == "had" for c in verb.children)


def _ahead_of(token: Token) -> bool:
    """Whether ``token`` is in an "ahead of" or "before" phrase of another verb's clause ("ahead
    of a rally by protesters demanding the prime minister's resignation"): what is to come."""
    for word in (token, *token.ancestors):
        if word.pos_ in VERB_POS and word.dep_ not in ("acl", "relcl") and word is not token:
            return False
        if word is not token and (
            (word.dep_ == "prep" and word.lower_ == "before")
            or (word.lower_ == "ahead" and word.dep_ in ("advmod", "prep"))
        ):
            return True
    return False


def _describes(verb: Token) -> bool:
    """Whether a clause describes a noun ("the leader, who vowed to"); not the predicate of a
    sentence the parser left with no verb ("A report called for sanctions": "called" on
    "report", the root)."""
    return verb.dep_ in ("acl", "relcl") and verb.head.pos_ in NOUN_POS and verb.head.dep_ != "ROOT"


#: Verb-object idioms whose object is no event noun ("make the case" argues, no lawsuit).
IDIOM_OBJECTS = frozenset({("make", "case"), ("rest", "case"), ("state", "case")})
#: Verbs of going ahead regardless: as a trailing participle they tell how the main act was done.
DEFIANCE_VERBS = frozenset({"ignore", "defy", "flout", "disregard", "brush", "shrug"})


def _defies_a_thing(candidate: Candidate) -> bool:
    """A trailing participle of defiance whose object is no actor ("landed in Baghdad, defying
    security concerns"): how the main act was done. Defying an actor is an act of its own
    ("approved the law, defying the Constitutional Court")."""
    verb = candidate.trigger
    if lemma(verb) not in DEFIANCE_VERBS or not _trailing_participle(verb):
        return False
    objects = {t.i for c in verb.children if c.dep_ == "dobj" for t in with_conjuncts(c)}
    return not any(
        r is not None and (r.arg in objects or any(r.start <= i < r.end for i in objects))
        for r in candidate.targets
    )


def _participle_after(verb: Token) -> bool:
    """A participle clause after the verb it hangs on, with or without a comma ("marched in
    Nairobi demanding that Ruto withdraw the bill")."""
    return (
        verb.dep_ == "advcl"
        and verb.tag_ == "VBG"
        and verb.head.i < verb.i
        and verb.head.pos_ in VERB_POS
        and not any(c.dep_ == "mark" for c in verb.children)
    )


def _parenthetical_participle(verb: Token) -> bool:
    """A participle clause set off by commas between a subject and its verb ("Barack Obama,
    making the first visit to Myanmar by a sitting U.S. president, praised Thein Sein"): it
    tells the circumstance of the act the verb reports."""
    if verb.tag_ != "VBG" or verb.i == 0 or verb.doc[verb.i - 1].text != ",":
        return False
    if verb.dep_ == "acl":
        # "Angela Merkel, paying her first visit to Greece, praised Athens": the parser hangs
        # the participle on the subject
        subject = verb.head
        return (
            subject.dep_ in ("nsubj", "nsubjpass")
            and subject.i < verb.i < subject.head.i
            and subject.head.pos_ in VERB_POS
        )
    if verb.dep_ != "advcl" or verb.head.pos_ not in VERB_POS:
        return False
    if verb.head.i < verb.i or any(c.dep_ == "mark" for c in verb.children):
        return False
    subjects = [c for c in verb.head.children if c.dep_ in ("nsubj", "nsubjpass")]
    return any(s.i < verb.i for s in subjects)


def _trailing_participle(verb: Token) -> bool:
    """Whether a verb is a participle clause set off by a comma after the clause it hangs on
    ("Thailand deported the men, ignoring warnings", "landed in Baghdad, defying security
    concerns")."""
    return _participle_after(verb) and verb.doc[verb.i - 1].text == ","


def _light_root(candidate: Candidate) -> bool:
    """A noun event whose light verb is the sentence's root ("ordered the expulsion of X",
    "imposed sanctions on X")."""
    trigger = candidate.trigger
    if trigger.pos_ not in NOUN_POS or trigger.dep_ != "dobj":
        return False
    head = trigger.head
    return head.dep_ == "ROOT" and any(
        g.startswith("light:") and g.endswith(f":{lemma(head)}") for g in candidate.governors
    )


#: What a measure or truce does when it starts ("took hold", "took effect", "came into force").
TAKING_EFFECT = {"take": ("hold", "effect"), "come": ("force", "effect"), "go": ("effect",)}


def _takes_effect(candidate: Candidate) -> bool:
    """A noun event that is the subject of the root's coming into force ("a U.N.-brokered
    ceasefire between Israel and Hezbollah took hold on Monday", "the sanctions took effect"):
    the event the sentence reports."""
    trigger = candidate.trigger
    head = trigger.head
    if trigger.pos_ not in NOUN_POS or trigger.dep_ != "nsubj" or head.dep_ != "ROOT":
        return False
    words = TAKING_EFFECT.get(lemma(head), ())
    reached = [*direct_objects(head), *(o for p in ("into", "in") for o in prep_objects(head, {p}))]
    return any(lemma(o) in words for o in reached)


def _circumstance(trigger: Token) -> bool:
    """Whether the trigger sits in an adverbial clause of what went on meanwhile ("as
    protesters clashed with police", "while talks were under way"), below a root that is a
    verb."""
    node = trigger
    while node.head.i != node.i:
        if node.dep_ == "advcl" and has_mark(node, CIRCUMSTANCE_MARKS):
            return node.sent.root.pos_ in VERB_POS
        node = node.head
    return False


def _occasion(trigger: Token) -> bool:
    """A nominal act that a verb's "during" phrase names as its occasion ("apologised ...
    during a state visit to Jakarta")."""
    prep = trigger.head
    return (
        trigger.pos_ in NOUN_POS
        and trigger.dep_ == "pobj"
        and lemma(prep) == "during"
        and prep.head.pos_ in VERB_POS
    )


def _score(candidate: Candidate) -> float:
    """A rule-level score: specific triggers with both actors, asserted, near the root win."""
    score = candidate.entry.specificity if candidate.entry is not None else 1.0
    # "X and Y met": each of two countries is the other's target
    mutual = (
        candidate.recip
        and candidate.trigger.pos_ in VERB_POS
        and candidate.modality != "reported_past"  # not "hours after X and Y agreed to halt"
        and len({r.actor.country for r in candidate.sources if r and r.actor.country}) > 1
    )
    score += 1.5 * any(candidate.sources) + 1.5 * (any(candidate.targets) or mutual)
    if candidate.trigger.dep_ == "ROOT":
        score += 1.0
    elif _light_root(candidate):
        score += 1.0  # "Bogota ordered the expulsion of diplomats": the noun is the predicate
    elif _takes_effect(candidate):
        score += 1.5  # "the ceasefire took hold on Monday": the truce is the news
    if candidate.reported_by is not None:
        score += 0.5
    if candidate.modality != "asserted":
        score -= 0.5
    if candidate.modality == "reported_past":
        score -= 0.5  # background ("after Trump slashed funding") yields to the clause's news
    doc = candidate.trigger.doc
    clause = [candidate.trigger, *(doc[i] for i in candidate.governed_by)]
    if any(_describes(v) for v in clause):
        # who they are: "the coalition fighting the Houthis declared a truce", "a raid on a
        # house where the rebels were holding a meeting", "Rouhani, who vowed to negotiate"
        score -= 1.0
    if _defies_a_thing(candidate) or _parenthetical_participle(candidate.trigger):
        # "deported 40 men to China, ignoring warnings": the deportation is news; "Obama,
        # making the first visit to Myanmar, praised Thein Sein": the praise is
        score -= 1.5
    if _ahead_of(candidate.trigger) or _occasion(candidate.trigger):
        # "deployed officers ahead of a rally by protesters demanding X"; "apologised for the
        # violence during a state visit to Jakarta": the visit is when, the apology is news
        score -= 1.0
    if _circumstance(candidate.trigger):
        # "declared a state of emergency as protesters demanding X's release clashed with
        # police": what went on meanwhile is the setting of the clause's act
        score -= 1.0
    if _within_condition(candidate.trigger):
        # "will not lift the embargo until China signs", "if the Palestinian Authority is to
        # go on receiving European aid": the condition of an act
        score -= 1.5
    known = [r for r in (*candidate.sources, *candidate.targets) if r is not None and r.actor.code]
    score += 0.25 * len(known)
    return score


__all__ = ["ActorRef", "Candidate", "Extractor"]
