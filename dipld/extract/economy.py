"""Trade figures (total, exports, imports, shares) and permissions one state gives another.

Trade sentences often name only one side ("$16.4 billion in exports to Russia"): the other side
is the pair of states the article is comparing (the last total's parties, else the last two
states named). Periods come from the sentence's year, or the previous figure's year when the
sentence continues it ("This included ...").
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import itertools
import re
from collections.abc import Sequence
from decimal import Decimal

from dipld.extract.currencies import CURRENCY_QIDS
from dipld.extract.facts import Doc, entities_of, meeting_states, side_of, with_headline
from dipld.extract.mentions import WIRE_DATELINE
from dipld.extract.patterns import (
    HYPOTHETICAL,
    NEGATION,
    NUMBER_WORDS,
    PARTIES,
    STATES,
    intro_end,
)
from dipld.extract.people import entity_of
from dipld.extract.spans import NOT_NEGATING, Analysis, Code, Mention
from dipld.model import (
    Concept,
    Entity,
    EntityKind,
    Fact,
    FactClass,
    Precision,
    TimeValue,
    Value,
)
from dipld.temporal import MONTHS, DateMention

_TRADE = re.compile(r"\b(?:trade|turnover|commerce|trading)\b", re.IGNORECASE)
# what "trade" names when it is not the volume of trade: "the bilateral trade deficit", "trade
# deals", "the trade target"
_NOT_VOLUME = (
    r"(?!\s+(?:deficits?|surplus(?:es)?|imbalances?|gaps?|balance|deals?|agreements?|pacts?|"
    r"contracts?|financing|finance|credits?|targets?|goals?|potential|barriers?|disputes?|wars?|"
    r"missions?|delegations?|polic(?:y|ies)|talks|negotiations|restrictions|sanctions|routes?|"
    r"corridors?|fairs?|expos?|missions?|officials?|ministers?|ministry|representatives?|"
    r"centers?|centres?|zones?|houses?|offices?)\b)"
)
_TOTAL = re.compile(
    # (the lookahead for the first letters spares trying every alternative at each word)
    r"\b(?=[bmtv])(?:(?:bilateral\s+|mutual\s+|total\s+|two-way\s+)?trade(?:\s+volume|\s+turnover)?|"
    r"(?:trade\s+)?turnover|volume\s+of\s+trade)\b" + _NOT_VOLUME,
    re.IGNORECASE,
)
# (not "re-exports": "Trade between Armenia and Russia, including re-exports, reached ...")
_DIRECTED_WORD = re.compile(r"(?<!-)\b(?:export|import)(?:s|ed|ing)?\b")
# a state that is the first of a list ("to China and India", "from Russia, Iraq and Iran") is
# not the side of a flow on its own
_NO_LIST = r"(?!\s*,\s*(?:the\s+)?§[SDOG]|\s+and\s+(?:the\s+)?§[SDOG])"
_EXPORTS_TO = re.compile(
    # ("$436 million and its exports to ...": a figure of its own, not of these exports)
    r"§M(?P<m>\d+)§\s+(?:worth\s+)?(?:of\s+|in\s+)?(?:(?!and\b|but\b|while\b)[a-z]+\s+){0,2}"
    # "$0.2 billion in exports from Georgia to Azerbaijan"
    r"exports?\s+(?:from\s+(?:the\s+)?(?P<a2>§[SD]\d+§)\s+)?(?:to|into)\s+(?P<b>§[SD]\d+§)"
    + _NO_LIST
    + r"(?:\s+from\s+(?P<a>§[SD]\d+§))?"
)
_IMPORTS_FROM = re.compile(
    r"§M(?P<m>\d+)§\s+(?:worth\s+)?(?:of\s+|in\s+)?(?:(?!and\b|but\b|while\b)[a-z]+\s+){0,2}"
    r"imports?\s+from\s+(?P<a>§[SD]\d+§)" + _NO_LIST + r"(?:\s+(?:to|into|by)\s+(?P<b>§[SD]\d+§))?"
)
# "Imports from China dropped to 157 billion euros", "German exports to China fell 8.8 percent
# to 97.3 billion euros": a flow named before its figure
_FLOW_CHANGED = (
    # an aside between the flow and its verb: "Peruvian exports to China, led by copper,
    # amounted to ...", "U.S. imports from Angola, mostly crude oil, totaled ..."; or the figure
    # in a relative clause: "exports to the United States, which were worth $11 billion in 2018,
    # fell ..."
    r"(?:\s*,\s+(?!(?:which|that|while|whereas|and|but|or|with|as|if|when|after|before)\b)"
    r"[^,;:§()\"“”]{1,80}?,|\s*,\s+(?:which|that)(?=\s))?"
    # ("Kazakhstan's exports to China in the first quarter of 2023 amounted to ...")
    r"(?:\s+(?:[\w-]+\s+){0,6}?(?:rose|fell|dropped|grew|increased|decreased|declined|jumped|climbed|"
    r"slipped|surged|reached|totall?ed|stood\s+at|amounted\s+to|came\s+to|were|was|valued)\s+"
    # ("dropped by $73 billion to $500 billion": the figure reached)
    r"(?:(?:by\s+)?(?:about\s+|nearly\s+|almost\s+)?§[RM]\d+§,?\s+"
    # "grew 47 percent year on year to $111 billion", "rose 12 percent last year to ..."
    # ("jumped 26 percent in August to ...")
    r"(?:(?:year[-\s]on[-\s]year|year-over-year|on\s+the\s+year|(?:in|last)\s+(?:\d{4}|year|month|"
    r"(?:January|February|March|April|May|June|July|August|September|October|November|December)"
    r"(?:\s+\d{4})?)|"
    r"from\s+a\s+year\s+(?:earlier|ago|before))\s+)?)?(?:to\s+|at\s+|worth\s+)?|"
    # "with Indonesian exports to Japan at $24.8 billion and imports from Japan at ..."
    r"\s+(?:at|of|worth)\s+)§M(?P<m>\d+)§"
    # (not "exports to China and imports from China reached $100 billion and $190 billion")
    r"(?!\s+and\s+§M|\s*,\s*§M)"
)
# the goods of a flow: "exports of goods", "exports of Belarusian goods", "imports of oil"
_GOODS = (
    r"(?:of\s+(?:(?P<d>§D\d+§)\s+)?(?:(?:[a-z]+\s+){0,2}?(?:goods|services|products|commodities)|"
    # a commodity named: "U.S. imports of crude oil from Saudi Arabia were worth ..." (not arms
    # or aid; session 35)
    r"(?!(?:the|its|their|a|an|more|less|over|about|some|weapons|arms|military|munitions|"
    r"ammunition|aid|humanitarian)\b)[a-z]+(?:\s+(?!from\b|to\b)[a-z]+)?)\s+)?"
)
# "Vietnam's export turnover to the United States", "the import volume from China"
_FLOW_NOUN = r"(?:\s+(?:turnover|volume|value|revenues?|earnings))?\s+"
# the goods between a flow's side and its noun: "Venezuelan crude oil exports to ...", "U.S.
# goods exports to ..." (not a verb: "Kenya banned exports to ...", "China said exports to ...")
_GOODS_BEFORE = (
    r"(?:(?!(?:and|or|of|on|to|for|from|with|in|at|the|its|their|his|her|by|as|that|than|said|"
    r"says|saw|sees|expects?|reported|noted|added|announced|welcomed|banned|halted|cut|cuts|"
    r"stopped|blocked|limited|restricted|suspended|resumed|boosted|increased|expanded|raised|"
    r"doubled|wants?|seeks?|plans?|aims?|hopes?)\b)[a-z][a-z-]*\s+){0,3}?"
)
# (a side may be a trade bloc: "China's exports to ASEAN reached ...")
# ("The Maldives' imports from India": the apostrophe alone after a plural name)
_IMPORTS_FROM_CHANGED = re.compile(
    r"(?:(?P<b>§[SDO]\d+§)(?:['’]s?)?\s+"
    + _GOODS_BEFORE
    # "Russia's purchases from China rose to ..."
    + r")?\b(?:[Ii]mports?|[Pp]urchases)"
    + _FLOW_NOUN
    + _GOODS
    + r"from\s+"
    r"(?:the\s+)?(?P<a>§[SDO]\d+§)"
    # "Imports from China to Kazakhstan rose to ..."
    r"(?:\s+(?:to|into)\s+(?:the\s+)?(?P<b2>§S\d+§))?" + _FLOW_CHANGED
)
_EXPORTS_TO_CHANGED = re.compile(
    r"(?:(?P<a>§[SDO]\d+§)(?:['’]s?)?\s+"
    + _GOODS_BEFORE
    # "Chinese shipments to Russia jumped 26 percent to ..."
    + r")?\b(?:[Ee]xports?|[Ss]hipments)"
    + _FLOW_NOUN
    + _GOODS
    +
    # "Exports from Belarus to China amounted to ..."
    r"(?:from\s+(?:the\s+)?(?P<a2>§[SDO]\d+§)\s+)?to\s+"
    r"(?:the\s+)?(?P<b>§[SDO]\d+§)"
    # "Exports to Russia from Kazakhstan grew to ..."
    r"(?:\s+from\s+(?:the\s+)?(?P<a3>§[SDO]\d+§))?" + _FLOW_CHANGED
)
# "Trade between the two countries stood at $1.4 billion in 2022, with Indonesian exports
# accounting for about $1.3 billion": one side's exports in an aside of the pair's total, to the
# other side (session 29)
_WITH_EXPORTS_FIGURE = re.compile(
    r"§M\d+§[^;§]{0,40}?,\s+with\s+(?P<a>§[SD]\d+§)(?:['’]s?)?\s+(?:exports|shipments|sales)\s+"
    r"(?:accounting\s+for|making\s+up|worth|at|of|totall?ing|amounting\s+to)\s+"
    r"(?:about\s+|around\s+|nearly\s+|almost\s+|over\s+|more\s+than\s+|some\s+|roughly\s+)?"
    r"§M(?P<m>\d+)§"
)
# "Imports of Russian goods into Kazakhstan amounted to ...", "Kazakhstan's imports of Russian
# goods rose to ...": the goods' demonym is the exporter
_IMPORTS_OF = re.compile(
    r"(?:(?P<b>§[SDO]\d+§)(?:['’]s)?\s+)?\b[Ii]mports?" + _FLOW_NOUN + r"of\s+(?P<a>§D\d+§)\s+"
    r"(?:(?:[a-z]+\s+){0,2}?(?:goods|products|commodities)|"
    # a commodity named: "EU imports of Russian crude oil were worth ..." (not arms or aid)
    r"(?!(?:weapons|arms|military|munitions|ammunition|aid|humanitarian|troops|forces)\b)"
    r"[a-z]+(?:\s+(?!(?:to|into|from|were|was|rose|fell|reached)\b)[a-z]+)?)"
    r"(?:\s+(?:to|into)\s+(?:the\s+)?(?P<b2>§S\d+§))?" + _FLOW_CHANGED
)
# an aside on the subject before its verb: "Egypt, the world's top wheat buyer, imported ..."
# (a plain past verb after it: not "Egypt, which needs wheat, will buy ...")
_SUBJECT_ASIDE = r"(?:,\s+(?:an?|the)\s+[^,;.]{1,80}?,(?=\s+(?:[a-z]+ed|bought|sold)\b))?"
_X_EXPORTED = re.compile(
    # ("Indonesia recorded exports of $24.8 billion to Japan")
    r"(?P<a>§[SD]\d+§)" + _SUBJECT_ASIDE + r"(?:['’]s)?\s+(?:(?:recorded|posted|registered)\s+)?"
    r"(?:exports?|exported|exporting|sold|"
    # "China shipped goods worth $24 billion to Mexico", ", with Brazil shipping goods worth ..."
    # (goods sold for a sum; session 29)
    r"(?:shipped|shipping|ships)(?=\s+(?:[\w,.-]+\s+){0,6}?worth\s))\s+"
    r"(?:to\s+(?:the\s+)?(?P<b>§[SD]\d+§)\s+)?"
    r"(?:(?:[a-z]+|§R\d+§)\s+){0,5}§M(?P<m>\d+)§"
    # ("exported $1.5 billion in steel to India", "$2 billion worth of crude oil to ...")
    r"(?:\s+(?:worth\s+)?(?:(?:of|in)\s+(?:[a-z]+\s+){1,2}?)?to\s+(?:the\s+)?(?P<b2>§[SD]\d+§)"
    + _NO_LIST
    + ")?"
)
# "China's imports from Russia rose 13% to $129 billion", "India imported $40 billion of oil
# from Russia"
_X_IMPORTED = re.compile(
    r"(?P<b>§[SD]\d+§)" + _SUBJECT_ASIDE + r"(?:['’]s)?\s+(?:(?:recorded|posted|registered)\s+)?"
    r"(?:imports?|imported|importing|bought|purchased)\s+"
    # "India imported Russian oil worth $25 billion": the goods' demonym first
    r"(?:from\s+(?:the\s+)?(?P<a>§[SD]\d+§)\s+|(?P<a4>§D\d+§)\s+(?=[a-z]))?"
    r"(?:(?:[a-z]+|§R\d+§)\s+){0,5}§M(?P<m>\d+)§"
    # ("imported $82 billion in goods from Ireland")
    r"(?:\s+(?:worth\s+)?(?:(?:of|in)\s+(?:[a-z]+\s+){1,2}?)?from\s+(?:the\s+)?(?P<a2>§[SD]\d+§)"
    + _NO_LIST
    + "|"
    # "India imported $46 billion worth of Russian oil": the goods' demonym
    r"\s+(?:worth\s+)?of\s+(?P<a3>§D\d+§)\s+[a-z]+)?"
)
# a share of all of a state's trade, not of its trade with a third ("Belarus accounts for 49% of
# Russia's trade with the Eurasian Economic Union")
# (nor of its growth or deficit: "49% of Belarus's trade growth")
_OF_ALL = r"(?!\s+(?:with|from|to|growth|deficits?|surplus(?:es)?|balance|increase|gaps?)\b)"
# a share written as a fraction: "more than half", "almost a quarter", "two-thirds" (the
# approximation is not in a percentage's slot, as "nearly 49 percent" is)
_FRACTION = (
    r"(?i:(?:(?:almost|nearly|about|around|roughly|approximately|some|over|more\s+than|less\s+than|"
    r"under|just\s+(?:over|under)|close\s+to)\s+)?"
    r"(?P<half>half|(?:a|one)[\s-]+(?:quarter|third|fifth|tenth)|(?:two|three|four)[\s-]+"
    r"(?:thirds|quarters|fifths)))"
)
_FRACTIONS = {
    "half": Decimal("0.5"),
    "quarter": Decimal("0.25"),
    "third": Decimal("0.33"),
    "fifth": Decimal("0.2"),
    "tenth": Decimal("0.1"),
    "twothirds": Decimal("0.67"),
    "threequarters": Decimal("0.75"),
    "twofifths": Decimal("0.4"),
    "threefifths": Decimal("0.6"),
    "fourfifths": Decimal("0.8"),
}
# what a fraction cannot be written without (in any case: "Half", "A third")
_FRACTION_WORDS = ("alf", "uarter", "hird", "ifth", "enth")
_SHARE = re.compile(
    r"(?P<a>§[SD]\d+§)\s+(?:has|had|accounts?\s+for|makes?\s+up|conducts?)\s+(?:about\s+|nearly\s+|almost\s+)?"
    r"§R(?P<r>\d+)§\s+of\s+(?:its\s+)?(?:total\s+|international\s+|foreign\s+|overall\s+|external\s+)*"
    r"trade\s+(?:is\s+)?with\s+(?P<b>§[SD]\d+§)"
)
# "Iran's share in Armenia's foreign trade was 5.6 percent"
# ("Russia's share of Belarus' foreign trade": the apostrophe of "Belarus'" is in its mention);
# "The share of Russia in Kyrgyzstan's foreign trade was 23.5 percent"
_SHARE_POSSESSIVE = re.compile(
    r"(?:(?P<b>§[SD]\d+§)['’]s\s+share|\b[Tt]he\s+share\s+of\s+(?:the\s+)?(?P<b2>§[SD]\d+§))\s+"
    r"(?:in|of)\s+(?:(?P<a>§[SD]\d+§)(?:['’]s)?\s+"
    r"(?:total\s+|international\s+|foreign\s+|overall\s+|external\s+)*"
    # "China's share in Mongolia's imports was 36 percent": of the imports
    r"(?:trade(?:\s+turnover)?|(?P<flow>imports|exports))|"
    # "Russia's share in the foreign trade of Armenia was 35 percent"
    r"the\s+(?:total\s+|international\s+|foreign\s+|overall\s+|external\s+)*"
    r"(?:trade(?:\s+turnover)?|(?P<flow2>imports|exports))\s+of\s+(?:the\s+)?(?P<a2>§[SD]\d+§))\s+"
    r"(?:(?:in|for)\s+(?:the\s+year\s+)?\d{4}\s+)?"
    r"(?:was|is|stood\s+at|reached|amounted\s+to|came\s+to|made\s+up|totall?ed)\s+"
    r"(?:about\s+|around\s+|nearly\s+|almost\s+|over\s+|more\s+than\s+)?§R(?P<r>\d+)§"
)
# "Russia remains Kazakhstan's main trading partner, accounting for about 20 percent of its
# trade"
_PARTNER_SHARE = re.compile(
    r"(?P<b>§[SD]\d+§)\s+(?:is|was|remains|remained)\s+(?:also\s+)?(?:(?:one\s+of\s+)?(?:the\s+)?(?P<a>§[SD]\d+§)['’]s?\s+"
    # ("Uzbekistan is one of Kyrgyzstan's three largest trading partners and accounts for ...")
    r"(?:[\w-]+\s+){0,3}?trad(?:e|ing)\s+partners?|"
    # "Russia is the largest trade partner of Belarus, accounting for ..."
    r"(?:the|a)\s+(?:[\w-]+\s+){0,3}?trad(?:e|ing)\s+partner\s+of\s+(?:the\s+)?(?P<a2>§[SD]\d+§)|"
    # "The EU remains the main trading partner of both countries, accounting for more than 70
    # percent of their foreign trade": each one's
    r"(?:the|a)\s+(?:[\w-]+\s+){0,3}?trad(?:e|ing)\s+partner\s+of\s+(?P<g>§G\d+§))"
    # ("..., taking about 30 percent of its exports": session 29)
    r"(?:(?:,?\s+(?:accounting|which\s+accounts?|which\s+accounted)|"
    # "Russia remains Belarus's main trading partner and accounts for 49% of its foreign trade"
    r",?\s+and\s+(?:accounts?|accounted))\s+for|"
    # "China is Brazil's largest trading partner, taking about 30 percent of its exports"
    # (session 29)
    r",?\s+(?:taking|buying|absorbing))\s+"
    r"(?:(?:about\s+|around\s+|nearly\s+|almost\s+|over\s+|more\s+than\s+)?§R(?P<r>\d+)§|"
    rf"{_FRACTION})\s+of\s+(?:its|(?(g)their|(?!))|the\s+latter['’]s|the\s+(?:republic|country|kingdom)['’]s|"
    # "... accounting for 20 percent of Kazakhstan's foreign trade"
    r"(?P<a3>§[SD]\d+§)(?:['’]s)?)\s+"
    r"(?:(?:total\s+|international\s+|foreign\s+|overall\s+|external\s+)*trade\b|"
    # "accounting for 27% of Polish exports": of its exports
    r"(?:total\s+)?(?P<flow>imports|exports)\b)" + _OF_ALL
)
# "Azerbaijan was Georgia's fourth largest trading partner with a 7.6% share"
_PARTNER_WITH_SHARE = re.compile(
    r"(?P<b>§[SD]\d+§)\s+(?:(?:is|was|remains|remained)\s+(?:also\s+)?(?:the\s+)?(?P<a>§[SD]\d+§)['’]s?\s+"
    r"(?:[\w-]+\s+){0,3}?trad(?:e|ing)\s+partner|"
    # "China ranks first among Kazakhstan's trading partners with a share of 20%"
    r"(?:ranks?|ranked)\s+(?:[\w-]+\s+){1,2}?among\s+(?P<a2>§[SD]\d+§)['’]s?\s+"
    r"(?:[\w-]+\s+){0,2}?trad(?:e|ing)\s+partners)"
    # "with a 7.6% share", "with a share of 20%"
    r",?\s+with\s+an?\s+(?P<of>share\s+of\s+)?§R(?P<r>\d+)§(?(of)|\s+share\b)"
)
# "Belarus's trade with Russia accounts for 49% of its foreign trade"
_TRADE_WITH_SHARE = re.compile(
    r"(?P<a>§[SD]\d+§)['’]s?\s+(?:total\s+|foreign\s+|bilateral\s+)?trade(?:\s+turnover)?\s+with\s+"
    r"(?:the\s+)?(?P<b>§[SD]\d+§)\s+(?:accounts?\s+for|accounted\s+for|makes?\s+up|made\s+up|"
    r"represents?|represented)\s+(?:(?:about\s+|around\s+|nearly\s+|almost\s+|over\s+|more\s+than\s+)?"
    rf"§R(?P<r>\d+)§|{_FRACTION})\s+of\s+(?:its|(?P<a3>§[SD]\d+§)['’]s?)\s+"
    r"(?:total\s+|international\s+|foreign\s+|overall\s+|external\s+)*trade\b" + _OF_ALL
)
# "China is Cambodia's largest trading partner, with bilateral trade of $15 billion last year, or
# about 30 percent of Cambodia's total trade": the trade's share of the second's trade
_PARTNER_TRADE_SHARE = re.compile(
    r"(?P<b>§[SD]\d+§)\s+(?:is|was|remains|remained)\s+(?:also\s+)?(?:the\s+)?(?P<a>§[SD]\d+§)['’]s?\s+"
    r"(?:[\w-]+\s+){0,3}?trad(?:e|ing)\s+partner,?\s+with\s+(?:[\w-]+\s+){0,2}?"
    r"trade(?:\s+turnover)?\s+(?:of|worth|totall?ing|reaching)\s+(?:[^;§]|§[MD]\d+§){0,60}?,?\s+"
    r"(?:or|accounting\s+for|representing|which\s+(?:is|was|represents|represented))\s+"
    r"(?:about\s+|around\s+|nearly\s+|almost\s+|over\s+|more\s+than\s+|some\s+)?§R(?P<r>\d+)§\s+"
    r"of\s+(?:its|(?P<a3>§[SD]\d+§)['’]?s?)\s+"
    r"(?:total\s+|international\s+|foreign\s+|overall\s+|external\s+)*trade\b" + _OF_ALL
)
# "Armenia's foreign trade turnover grew by 68% in 2022, with Russia accounting for 35% of the
# total"
_WITH_ACCOUNTING = re.compile(
    r"(?P<a>§[SDO]\d+§)['’]s\s+(?:total\s+|international\s+|foreign\s+|overall\s+|external\s+)*"
    # ("The GCC's trade with the ten ASEAN members reached $130 billion, with Singapore alone
    # accounting for nearly a third": the group's members' share of it; session 29)
    r"trade(?:\s+turnover)?\b(?:[^§;]|§[RMO]\d+§){0,80}?,?\s+with\s+(?:the\s+)?(?P<b>§[SD]\d+§)\s+"
    r"(?:alone\s+)?accounting\s+for\s+(?:(?:about\s+|nearly\s+|almost\s+|over\s+|more\s+than\s+)?"
    rf"§R(?P<r>\d+)§|{_FRACTION})(?:\s+of\s+(?:the\s+total|it)\b|(?=\s*(?:[.;]|$)))"
)
# "France has a 2 percent share of Armenia's foreign trade"
_SHARE_IN = re.compile(
    r"(?P<b>§[SD]\d+§)\s+(?:has|had|holds|held)\s+(?:a|an)\s+(?:about\s+|nearly\s+|almost\s+)?"
    r"§R(?P<r>\d+)§\s+share\s+(?:of|in)\s+(?P<a>§[SD]\d+§)(?:['’]s)?\s+"
    r"(?:total\s+|international\s+|foreign\s+|overall\s+|external\s+)*trade\b" + _OF_ALL
)
_SHARE_OF = re.compile(
    # "accounts for more than half of Belarus's foreign trade", "for almost a quarter of ..."
    # "Russia, Mongolia's other neighbour, accounted for 13 percent of the country's trade": the
    # state of the apposition's possessive
    # ("The EU accounted for about 12 percent of ASEAN's total trade": organisations too;
    # "less than 4%" of it; session 29)
    r"(?P<b>§[SDO]\d+§)(?:,\s+(?:the\s+)?(?P<a2>§[SD]\d+§)['’]s?\s+(?:[\w-]+\s+){0,3}?[\w-]+,)?\s+"
    r"(?:accounts?|accounted)\s+for\s+(?:(?:about\s+|nearly\s+|almost\s+|over\s+|"
    rf"more\s+than\s+|less\s+than\s+|under\s+|just\s+(?:over|under)\s+)?§R(?P<r>\d+)§|{_FRACTION})"
    # ("accounted for 14.5 percent of total U.S. trade in goods")
    r"\s+of\s+(?:(?:total|overall)\s+(?=§))?(?:(?P<a>§[SDO]\d+§)(?:['’]s)?|"
    r"(?(a2)(?:its|the\s+(?:country|republic|kingdom)['’]s)|(?!)))\s+"
    r"(?:total\s+|international\s+|foreign\s+|overall\s+|external\s+)*"
    # "China accounts for 28 percent of Pakistan's imports": a share of the imports
    # ("Russia accounts for almost 60% of Belarus' export"; "of Japan's seafood exports": of one
    # commodity's, session 35)
    rf"(?:trade|(?P<goods>{_GOODS_BEFORE})(?P<flow>imports?|exports?))\b" + _OF_ALL
)
# "China buys roughly 36 percent of Chilean exports", "Brazil takes about a fifth of Argentina's
# exports": the buyer's share of the seller's exports (session 29)
_BUYS_SHARE = re.compile(
    r"(?P<b>§[SDO]\d+§)\s+(?:buys|bought|takes|took|purchases|purchased|absorbs|absorbed)\s+"
    r"(?:(?:about\s+|nearly\s+|almost\s+|over\s+|more\s+than\s+|less\s+than\s+|some\s+)?"
    rf"§R(?P<r>\d+)§|{_FRACTION})\s+of\s+(?:the\s+)?(?P<a>§[SDO]\d+§)(?:['’]s?)?\s+"
    r"(?:total\s+|foreign\s+|overall\s+)?(?P<flow>exports)\b" + _OF_ALL
)
_SHARE_FLOWS = {
    "imports": Concept("Import"),
    "exports": Concept("Export"),
    "import": Concept("Import"),
    "export": Concept("Export"),
}
# "About 60 percent of Kyrgyzstan's imports come from China", "80% of Mongolia's exports go to
# China"
_SHARE_FROM = re.compile(
    # "A third of Kyrgyzstan's imports come from China"
    rf"(?:§R(?P<r>\d+)§|\b{_FRACTION})\s+of\s+(?P<a>§[SD]\d+§)(?:['’]s)?\s+(?:total\s+)?"
    r"(?:(?P<flow>imports)\s+(?:come|came|comes|originate[sd]?)\s+from|"
    r"(?P<flow2>exports)\s+(?:go|went|goes|are\s+sent|were\s+sent)\s+to)\s+(?:the\s+)?"
    r"(?P<b>§[SD]\d+§)"
)

# "China was the destination of 40% of Chile's exports", "Russia is the source of a third of
# Armenia's imports": a destination takes exports, a source or origin imports
_SHARE_DESTINATION = re.compile(
    r"(?P<b>§[SD]\d+§)\s+(?:is|was|remains|remained|became)\s+(?:also\s+)?the\s+"
    r"(?:(?:main|largest|biggest|top|leading|single\s+largest)\s+)?"
    r"(?:(?P<dest>destination)|source|origin)\s+(?:of|for)\s+"
    r"(?:(?:about\s+|around\s+|nearly\s+|almost\s+|over\s+|more\s+than\s+|some\s+)?"
    rf"§R(?P<r>\d+)§|{_FRACTION})\s+of\s+(?:the\s+)?(?P<a>§[SD]\d+§)['’]?s?\s+"
    r"(?:total\s+|foreign\s+|overall\s+)?(?(dest)(?P<flow>exports)|(?P<flow2>imports))\b"
)

# a share of one commodity's imports ("of Spain's natural gas imports", "of its crude oil
# imports"): up to three lower-case words naming the goods, then the imports (a share of a
# commodity's supply or use, "90 percent of its natural gas", is a dependence, no share of trade;
# session 35)
_SHARE_GOODS = rf"(?P<goods>{_GOODS_BEFORE})"
_COMMODITY = r"(?P<flow>imports)\b"
# the approximation before a figure ("about $2.5 billion", "over 40 percent")
_FIGURE = r"(?:(?:about|nearly|almost|around|over|more\s+than|some|roughly|approximately)\s+)?"
_SHARE_SLOT = rf"{_FIGURE}(?:§R(?P<r>\d+)§|{_FRACTION})"
# "Algeria supplied more than 40 percent of Spain's natural gas imports in 2021": the supplier's
# share of the other's imports
_SUPPLIES_SHARE = re.compile(
    r"(?P<b>§[SDO]\d+§)\s+(?:also\s+)?(?:supplies|supplied|provides|provided|delivers|delivered|"
    rf"covers|covered|meets|met)\s+{_SHARE_SLOT}\s+of\s+(?:the\s+)?(?P<a>§[SD]\d+§)['’]?s?\s+"
    rf"{_SHARE_GOODS}{_COMMODITY}" + _OF_ALL
)
# "Japan relies on the UAE for about 40 percent of its crude oil imports"
_RELIES_SHARE = re.compile(
    r"(?P<a>§[SD]\d+§)\s+(?:also\s+)?(?:relies|relied|depends|depended|(?:is|was)\s+dependent)\s+"
    rf"on\s+(?:the\s+)?(?P<b>§[SDO]\d+§)\s+for\s+{_SHARE_SLOT}\s+of\s+(?:its|their)\s+"
    rf"{_SHARE_GOODS}{_COMMODITY}" + _OF_ALL
)
# "Poland, which received about 45 percent of its gas imports from Russia last year", "India
# bought a third of its crude oil imports from Russia": the reporter's own purchase
_RECEIVES_SHARE = re.compile(
    r"(?P<a>§[SD]\d+§),?\s+(?:which\s+)?(?:also\s+)?(?:receives|received|gets|got|imports|imported|"
    rf"buys|bought|sources|sourced|obtains|obtained)\s+{_SHARE_SLOT}\s+of\s+its\s+{_SHARE_GOODS}"
    rf"{_COMMODITY}(?:\s+(?:last|this)\s+year|\s+in\s+(?:19|20)\d\d)?\s+from\s+(?:the\s+)?"
    r"(?P<b>§[SDO]\d+§)"
)
# "Viet Nam supplied about 85 percent of the rice imported by the Philippines last year": the
# supplier's share of the goods the other imports (session 37, treaty)
_SUPPLIES_IMPORTED_SHARE = re.compile(
    r"(?P<b>§[SDO]\d+§)\s+(?:also\s+)?(?:supplies|supplied|provides|provided|delivers|delivered|"
    rf"accounts\s+for|accounted\s+for)\s+{_SHARE_SLOT}\s+of\s+(?:the\s+|all\s+(?:the\s+)?)?"
    r"(?P<goods>(?:[a-z]+\s+){1,3}?)(?:imported|bought|purchased)\s+by\s+(?:the\s+)?"
    r"(?P<a>§[SD]\d+§)"
)
# the commodity share patterns (a share of the reporter's imports as such only when no goods are
# named before them)
_COMMODITY_SHARES = (_SUPPLIES_SHARE, _RELIES_SHARE, _RECEIVES_SHARE, _SUPPLIES_IMPORTED_SHARE)


_TRADING_PARTNER = re.compile(
    r"(?P<a>§S\d+§)\s+(?:is|was|remains|remained|became)\s+(?:also\s+)?(?:the\s+)?(?P<b>§[SD]\d+§)['’]s?\s+"
    r"(?:[\w-]+\s+){0,3}?trad(?:e|ing)\s+partner\b"
)


# the parties of trade figures: states, and the customs unions masked as states (the EU)
_TRADE_PARTIES = frozenset({EntityKind.STATE, EntityKind.ORGANIZATION})


def _state(analysis: Analysis, slot: str | None) -> Entity | None:
    if not slot:
        return None
    found = [e for e in entities_of(analysis, slot) if e.kind in _TRADE_PARTIES]
    return found[0] if len(found) == 1 else None


def _money(analysis: Analysis, index: str) -> Mention | None:
    slot = f"§M{index}§"
    return analysis.slots.get(slot)


def currency_entity(code: str) -> Entity:
    """A currency by ISO code: linked where the bundled table has a sourced QID."""
    qid = currency_qid(code)
    if qid:
        return Entity.linked(qid, code, EntityKind.CURRENCY)
    return Entity.unlinked(code, EntityKind.CURRENCY)


_MONEY_SLOT = re.compile(r"§M\d+§")

# "Rs" and a bare "rupees" are India's, unless the first rupee state the sentence names is
# another one's: "Pakistan's trade with China stood at Rs 5 trillion" is in Pakistani rupees,
# "Sri Lanka's exports to India were worth Rs 250 billion" in Sri Lankan ones (a figure is told
# in its reporter's currency); "₹", "INR" and "Indian rupees" stay India's. A bare "pounds" is
# Britain's, unless the first pound state is another: "Egypt's exports to Libya reached 20
# billion pounds" (EGP); "£" and "Egyptian pounds" are read as written. A bare "shillings" is
# Kenya's unless the first shilling state named is Tanzania, Uganda or Somalia.
_SHARED_NAMES: dict[str, tuple[re.Pattern[str], str, dict[str, str]]] = {
    "INR": (
        re.compile(r"(?<![A-Za-z])(?:Rs\.?|[Rr]upees?)(?![A-Za-z])"),
        "ndian",
        {"Q668": "INR", "Q843": "PKR", "Q854": "LKR", "Q837": "NPR", "Q1027": "MUR"},
    ),
    "GBP": (
        re.compile(r"(?<![A-Za-z£])[Pp]ounds?(?![A-Za-z])"),
        "ritish",
        {
            "Q145": "GBP",
            "Q79": "EGP",
            "Q1049": "SDG",
            "Q822": "LBP",
            "Q858": "SYP",
            "Q958": "SSP",
        },
    ),
    "KES": (
        re.compile(r"(?<![A-Za-z])[Ss]hillings?(?![A-Za-z])"),
        "enyan",
        {"Q114": "KES", "Q924": "TZS", "Q1036": "UGX", "Q1045": "SOS"},
    ),
}


def money_code(analysis: Analysis, money: Mention) -> str:
    """The ISO code of a sum of money's currency, a rupee, pound or shilling told by the
    sentence's states."""
    code = money.currency or "USD"
    shared = _SHARED_NAMES.get(code)
    if shared is None:
        return code
    bare, qualified, states = shared
    if qualified in money.text or not bare.search(money.text):
        return code
    after = money.end - analysis.sentence.begin
    if analysis.sentence.text.startswith(" sterling", after):
        return code  # "30 billion pounds sterling"
    for mention in sorted(analysis.mentions, key=lambda m: m.begin):
        for entity in mention.entities:
            if entity.kind is EntityKind.STATE and entity.qid in states:
                return states[entity.qid]
    return code


def money_args(analysis: Analysis, text: str) -> dict[str, Sequence[Value]]:
    """``amount`` and ``currency`` of the first sum of money in a piece of masked text."""
    slot = _MONEY_SLOT.search(text) if "§M" in text else None
    mention = analysis.slots.get(slot.group(0)) if slot else None
    if mention is None or mention.amount is None:
        return {}
    return {
        "amount": [mention.amount],
        "currency": [currency_entity(money_code(analysis, mention))],
    }


def currency_qid(code: str) -> str | None:
    return CURRENCY_QIDS.get(code)


_MONTH_RANGE = re.compile(r"\s*[-–—]\s*|\s+(?:to|through|until)\s+")


_NEXT_CLAUSE = re.compile(r"[,;]\s+(?:and|but|while|whereas)\s|;\s")


def _clause_end(analysis: Analysis, money: Mention) -> int:
    """Where the years after a figure stop being its own: at a clause that has a figure of its
    own ("Last year, trade rose to $3.3 billion, and in the first seven months of 2023 it
    reached $2.3 billion": 2023 is the second one's)."""
    end = analysis.sentence.end
    later = [x.begin for x in analysis.mentions if x.amount is not None and x.begin >= money.end]
    if not later:
        return end
    base = analysis.sentence.begin
    text = analysis.sentence.text
    clause = _NEXT_CLAUSE.search(text, money.end - base, later[0] - base)
    return base + clause.start() if clause else end


def _period(
    analysis: Analysis, doc: Doc, money: Mention | None = None, since: int | None = None
) -> TimeValue | None:
    """The year a figure is for: the first year after the figure ("Since the normalization of
    relations in 1995, trade has grown to $138 billion in 2022": 2022), else the first (the
    first from ``since``, where the figure's clause begins, when given: "..., and in the first
    seven months of 2023 it reached $2.3 billion")."""
    # (a fiscal year "2022-23" is its first year)
    dated = [
        d
        for d in analysis.dates
        if d.value.precision == Precision.YEAR
        and (not d.end_value or d.end_value.year == d.value.year + 1)
        and not _compared_year(analysis, d, money)
        and not _spanned(analysis, d)
    ]
    after = [
        d
        for d in dated
        if money is not None and money.end <= d.begin < _clause_end(analysis, money)
    ]
    if since is not None and money is not None and not after:
        after = [d for d in dated if since <= d.begin < money.begin]
    if after or dated:
        return (after or dated)[0].value
    text, base = analysis.sentence.text, analysis.sentence.begin
    for first, last in itertools.pairwise(analysis.dates):
        # "in January–September 2017": a part of a year, whose figure is the year's so far
        if (
            first.value.precision == last.value.precision == Precision.MONTH
            # the first month's year is the last one's when only the last one states it
            and (first.value.year == last.value.year or first.relative)
            and _MONTH_RANGE.fullmatch(text, first.end - base, last.begin - base)
        ):
            return TimeValue(last.value.year)
    if doc.date is not None and (year := _yearless_months(analysis, doc.date)) is not None:
        return TimeValue(year)
    if (month := _month_of(analysis, money)) is not None:
        # "exports reached RM14.6 billion in April (2022)", "In December alone, trade reached
        # $14 billion": a month's figure is its year's (a part-year figure)
        return TimeValue(month.value.year)
    if doc.date is not None and (year := _part_of_year(analysis, doc.date)) is not None:
        return TimeValue(year)
    if doc.date is not None and _LAST_FISCAL_YEAR.search(analysis.sentence.text):
        # the fiscal year that ended last before the article, by its first year as "2022-23" is
        # (a fiscal year ending in 2023 is 2022, like the calendar "last year" of 2023)
        return TimeValue(doc.date.year - 1)
    if re.match(
        r"^(?:This|That|It|These)\s+(?:included|includes|comprised|consisted)",
        analysis.sentence.text,
    ):
        return doc.trade_period
    return None


_LAST_FISCAL_YEAR = re.compile(
    r"\b(?:the\s+)?(?:last|previous|past|preceding)\s+(?:fiscal|financial)\s+year\b", re.IGNORECASE
)


# "in January-June": the months of a year the text does not write (only the first month is a
# date mention)
_TO_MONTH = re.compile(
    r"(?:\s*[-–—]\s*|\s+(?:to|through|until)\s+)(?P<m>January|February|March|April|May|June|July|"
    r"August|September|October|November|December)\b(?!\s*,?\s*\d)"
)


def _yearless_months(analysis: Analysis, today: dt.date) -> int | None:
    """The year of a range of months written without one ("in January-June"): the latest
    whose last month is not after the article's month."""
    text, base = analysis.sentence.text, analysis.sentence.begin
    for d in analysis.dates:
        if d.relative and d.value.precision == Precision.MONTH and d.value.month is not None:
            m = _TO_MONTH.match(text, d.end - base)
            if m is None:
                continue
            last = MONTHS[m.group("m").lower()]
            if last < d.value.month:
                continue
            return today.year if last <= today.month else today.year - 1
    return None


def _month_of(analysis: Analysis, money: Mention | None) -> DateMention | None:
    """The month a figure is for: the first month after the figure in its clause, else the
    first in the sentence (not a month it is compared with, the start of a span or the month
    the figure was reported)."""
    text, base = analysis.sentence.text, analysis.sentence.begin
    months = [
        d
        for d in analysis.dates
        if d.value.precision == Precision.MONTH
        and d.end_value is None
        and not d.since
        and not d.reported
        and not _compared_year(analysis, d, money)
    ]
    for first, last in itertools.pairwise(months):
        if _MONTH_RANGE.fullmatch(text, first.end - base, last.begin - base):
            return None  # "from December 2016 to March 2017": no one year's
    months = [d for d in months if not _MONTH_BOUND.search(text, 0, d.begin - base)]
    after = [
        d
        for d in months
        if money is not None and money.end <= d.begin < _clause_end(analysis, money)
    ]
    found = after or months
    return found[0] if found else None


# a month that bounds a span: "from December", "between March and ..."
_MONTH_BOUND = re.compile(
    r"\b(?:[Ff]rom|[Bb]etween|[Ss]ince|[Uu]ntil|[Tt]ill)\s+(?:the\s+end\s+of\s+)?$"
)


# a part of a year written without the year: "in the first quarter", "in the first seven months
# of the year", "during the first half of this year"
_PART_OF_YEAR = re.compile(
    r"\b(?:in|during|for|over)\s+the\s+(?:(?P<q>first|second|third|fourth)\s+quarter|"
    r"(?P<h>first|second)\s+half|first\s+(?P<n>two|three|four|five|six|seven|eight|nine|ten|"
    r"eleven|\d{1,2})\s+months)(?:\s+of\s+(?:the|this)\s+year)?\b(?!\s+of\b|\s*,?\s*\d)",
    re.IGNORECASE,
)
_ORDINALS = {"first": 1, "second": 2, "third": 3, "fourth": 4}
_COUNTS = NUMBER_WORDS


def _part_of_year(analysis: Analysis, today: dt.date) -> int | None:
    """The year of a part of a year written without one ("in the first quarter"): the latest
    whose last month is not after the article's month."""
    text = analysis.sentence.text
    if "first" not in text and "quarter" not in text and "half" not in text:
        return None
    m = _PART_OF_YEAR.search(text)
    if m is None:
        return None
    if m.group("q"):
        last = 3 * _ORDINALS[m.group("q").lower()]
    elif m.group("h"):
        last = 6 * _ORDINALS[m.group("h").lower()]
    else:
        n = m.group("n").lower()
        last = int(n) if n.isdigit() else _COUNTS[n]
    if not 1 <= last <= 12:
        return None
    return today.year if last <= today.month else today.year - 1


# years that bound a figure of several years: "since 2013", "between 2020 and 2023", "in
# 2021-2023" (a fiscal year "2022-23" is one year)
_YEAR_SPAN = re.compile(
    r"\b(?:between|from)\s+(?:the\s+years?\s+)?\d{4}\s+(?:and|to|through|till|until)\s+\d{4}\b|"
    r"\b\d{4}\s*[-–—]\s*\d{4}\b"
)


_YEAR_BOUND = re.compile(r"\b(?:before|until|till|prior\s+to)\s+(?:the\s+end\s+of\s+)?$")


def _spanned(analysis: Analysis, date: DateMention) -> bool:
    """Whether a year is the start or end of a span of years, not the year of a figure."""
    if date.since:
        return True
    text = analysis.sentence.text
    at = date.begin - analysis.sentence.begin
    if _YEAR_BOUND.search(text, max(0, at - 30), at):
        return True  # "was 2 percent before 2022", "until 2010": a bound, not the figure's year
    if not any(c in text for c in "-–—") and "between" not in text and "from" not in text:
        return False
    return any(m.start() <= at < m.end() for m in _YEAR_SPAN.finditer(text))


def _compared_year(analysis: Analysis, date: DateMention, money: Mention | None) -> bool:
    """Whether a year after the figure is the one it is compared with ("amounted to $26 billion,
    8 percent more than in 2021"; "up from $3 billion in 2021")."""
    if money is None or date.begin < money.end:
        return False
    base = analysis.sentence.begin
    between = analysis.sentence.text[money.end - base : date.end - base]
    return _COMPARED_YEAR.search(between) is not None


_PER_SHORT = re.compile(r"\s+(?:a|per|each|every)\s+(?:day|week|month|quarter)\b")


def _flow(
    doc: Doc,
    analysis: Analysis,
    args: dict[str, Sequence[Value]],
    money: Mention,
    confidence: float,
    since: int | None = None,
) -> None:
    assert money.amount is not None
    base = analysis.sentence.begin
    if _PER_SHORT.match(analysis.sentence.text, money.end - base):
        return  # "over €2 billion a day": no year's figure
    if any(_change_sum(analysis, slot) for slot, found in analysis.slots.items() if found is money):
        return  # "Trade fell by $2 billion in 2023": a change, not the year's trade
    args["amount"] = [money.amount]
    args["currency"] = [currency_entity(money_code(analysis, money))]
    period = _period(analysis, doc, money, since)
    if period is None and _continues_total(analysis, doc, args):
        # "In 2022, the trade turnover between Uzbekistan and Turkey reached $3.1 billion.
        # Uzbekistan's exports to Turkey amounted to $1.4 billion": the total's year
        period = doc.trade_period
    if period is None and any(_spanned(analysis, d) for d in analysis.dates):
        # "Since 2017, the two countries have traded goods worth more than $20 billion": a sum
        # of several years, no year's trade
        return
    if period is not None:
        if doc.date is not None and period.year > doc.date.year:
            return  # "$20 billion in 2030": a forecast, not a year's trade
        args["period"] = [period]
    if _deadline(analysis, doc, money):
        return  # "$20 billion by 2030": a target
    doc.add(FactClass.TRADE_FLOW, args, analysis, confidence)


_BY_YEAR = re.compile(r"\bby\s+(?:the\s+end\s+of\s+)?(?:the\s+year\s+)?$")


def _deadline(analysis: Analysis, doc: Doc, money: Mention) -> bool:
    """Whether a year after the figure is a deadline not yet past ("$20 billion by 2030", in an
    article of 2024): the figure is a target (by a past year it is a result: "by 2015, trade
    had reached ...")."""
    if doc.date is None or " by " not in analysis.sentence.text:
        return False
    text, base = analysis.sentence.text, analysis.sentence.begin
    return any(
        money.end <= d.begin <= money.end + 60
        and d.value.precision == Precision.YEAR
        and d.value.year >= doc.date.year
        and _BY_YEAR.search(text, max(0, d.begin - base - 30), d.begin - base) is not None
        # (in the figure's clause: not "$9.8 billion in 2023, and they plan to double it by 2030")
        and not any(c in text[money.end - base : d.begin - base] for c in ",;")
        for d in analysis.dates
    )


def _continues_total(analysis: Analysis, doc: Doc, args: dict[str, Sequence[Value]]) -> bool:
    """Whether a directional figure is the breakdown of the total the sentence before gave
    (the same two states, no date of its own)."""
    if doc.trade_pair is None or doc.trade_sentence != analysis.sentence.index - 1:
        return False
    if analysis.dates:
        return False
    pair = {e.key for e in doc.trade_pair}
    sides = {
        v.key
        for role in ("exporter", "importer")
        for v in args.get(role, ())
        if isinstance(v, Entity)
    }
    return len(sides) == 2 and sides == pair


_TRADE_WORDS = frozenset(
    "trade turnover commerce trading traded exports export exported imports import imported sold "
    "bought purchased shipments purchases shipped shipping ships "
    "percent "
    "share accounts accounted "
    # ("X is Y's main supplier, with goods worth ...")
    "supplier".split()
)
_PERMISSION_WORDS = frozenset(
    "permission permitted allowed allow allows authorized authorised authorization authorisation "
    "deployment deployed hosting granted right approval let lets host hosts hosted allows permits "
    "passage access gave gives grants opened opens reopened reopens lease leases leased "
    "rents rented permit clearance clearances approved consented request overflight transit "
    "basing stationing presence base bases airbase airbases "
    "invitation given green consent ahead decision allowing permitting granting giving "
    "home provided received obtained offered available letting authorizing authorising "
    "under".split()
)


# a goal, not a figure: "ready to increase mutual trade to $10 billion", "aim to double trade to
# ...", "trade is expected to reach ...", "a target of $5 billion"
_TRADE_GOAL = re.compile(
    r"\b(?:(?:(?:increase|raise|boost|bring|double|triple|expand|take|lift|push)|"
    # "work toward increasing bilateral trade to", "ways of raising", "the goal of boosting" (not
    # "rose 5%, bringing the total to $40 billion": a result)
    r"(?:towards?|of|on|at|for)\s+(?:increasing|raising|boosting|bringing|doubling|tripling|"
    r"expanding|lifting|pushing))\s+(?:[\w§-]+\s+){0,5}?"
    # ("bring trade up to $20 billion": "up to" is in the figure's mention)
    r"(?:to\s+(?:(?:about|nearly|over|more\s+than|at\s+least)\s+)?§M|(?=§M(?P<up>\d+)§))|"
    # (not "grew by 7.1 percent last year to reach $17.6 billion": a result)
    r"(?:(?:expected|aim(?:s|ed|ing)?|plan(?:s|ned)?|hopes?|hoped|seeks?|sought|intends?|"
    r"intended|wants?|set|ready|"
    # "on track to exceed $5 billion this year", "poised to surpass", "likely to reach"
    r"targeted|projected|forecast|predicted|track|course|poised|likely|potential|going|able|due|"
    r"agreed|pledged|promised|committed|decided|determined)\s+to|"
    r"will|would|could|should|can|may|might|shall)\s+"
    # "will reach", "is expected to grow to", "will stand at", "could be worth"
    r"(?:[\w-]+\s+){0,3}?§M|"
    # "is forecast at $12 billion this year", "projected at"
    r"(?:forecast|projected|predicted|targeted|planned|envisaged)\s+(?:at|for)\s+§M|"
    r"(?:target|goal|aim|objective|ambition)\s+(?:of|is|was|at)\s+(?:[\w§]+\s+){0,3}?§M)|"
    # "Bilateral trade of $20 billion by 2030 is the goal"
    r"§M\d+§(?:\s+[\w§]+){0,5}?\s+(?:is|was|remains|as)\s+(?:the|a|an|our|their)\s+"
    r"(?:[\w-]+\s+)?(?:target|goal|aim|objective)\b"
)


def _goal(analysis: Analysis, masked: str) -> re.Match[str] | None:
    """Where the sentence turns to a goal or forecast (a figure from there on is none)."""
    for m in _TRADE_GOAL.finditer(masked):
        up = m.group("up")
        mention = analysis.slots.get(f"§M{up}§") if up else None
        if up is None or (mention is not None and mention.approx == "up to"):
            return m
    return None


# "agreed to raise two-way trade to $10 billion in the coming years, from $7.4 billion in 2023":
# the figure a goal starts from is the trade of its own year (session 37, treaty)
_GOAL_FROM = re.compile(
    r"§M\d+§[^§;]{0,50}?,?\s+from\s+(?:(?:about|nearly|almost|around|some|over|more\s+than)\s+)?"
    r"(?P<m>§M\d+§)"
)
_GOAL_TRADE = re.compile(
    r"\b(?:(?:bilateral|mutual|total|two-way)\s+)?(?:trade(?:\s+turnover|\s+volume)?|turnover)\b"
    + _NOT_VOLUME,
    re.IGNORECASE,
)


def _goal_start(masked: str, goal: re.Match[str]) -> str | None:
    """The clause before a trade goal with the figure the goal starts from told as the trade
    ("agreed to raise two-way trade to §M0§ ..., from §M1§ in 2023" -> "agreed to two-way trade
    stood at §M1§ in 2023"), or None when the goal starts from no figure."""
    at = masked.find("§M", goal.start())
    since = _GOAL_FROM.match(masked, at) if at >= 0 else None
    named = _GOAL_TRADE.search(goal.group(0)) if since is not None else None
    if since is None or named is None:
        return None
    before, after = masked[: goal.start()], masked[since.end() :]
    return f"{before}{named.group(0)} stood at {since.group('m')}{after}"


_HEADLINE_GOAL = re.compile(
    r"\bto\s+(?:reach|hit|exceed|surpass|top|double|triple|grow|rise|climb)\b[^§]{0,30}?§M"
)


# the two sides of a total: "trade between X and Y", "X-Y trade", "X's trade with Y"
_TRADE_PAIR = re.compile(
    # (not "one of Lithuania's main trading partners": a possessive after "of")
    rf"(?:between\s+(?:the\s+)?|of\s+)(?P<p>{PARTIES})(?!['’])|"
    # (not the last two of "China-Japan-South Korea trade"; but after a dateline's "BEIJING --")
    r"(?<![-–])(?<!(?<![-–])[-–]\s)(?P<q>§[SDO]\d+§\s*[-–]\s*§[SDO]\d+§)\s+(?:bilateral\s+)?trade|"
    # "Indonesia's trade with China", "ASEAN's total trade with China"
    # "Azerbaijan's trade turnover with Georgia"
    # "U.S. goods and services trade with India", "The United States' trade with Kenya"
    # "Mongolia's foreign trade turnover with China", "Its total external trade with ..."
    # "the UAE's non-oil trade with India", "the EU's trade in goods with the United States"
    r"(?P<r>§[SDO]\d+§(?:['’]s?)?\s+(?:total\s+|bilateral\s+|two-way\s+|mutual\s+)?"
    r"(?:(?:foreign|external|overall|non-oil)\s+)?(?:goods\s+(?:and\s+services\s+)?)?"
    r"(?:trade(?:\s+turnover|\s+volume)?|turnover)"
    r"(?:\s+in\s+(?:goods(?:\s+and\s+services)?|services))?\s+with\s+(?:the\s+)?§[SDO]\d+§"
    # (not "Russia's trade with China, India and Turkey")
    r"(?!\s*,\s*(?:the\s+)?§[SDOG]|\s+and\s+(?:the\s+)?§[SDOG]))|"
    # "Russia and Kazakhstan's trade turnover"
    r"(?P<s>§[SDO]\d+§\s+and\s+(?:the\s+)?§[SDO]\d+§)['’]s?\s+(?:total\s+|bilateral\s+|two-way\s+|"
    r"mutual\s+)?(?:trade|turnover)\b|"
    # "Sino-Russian trade": China and the other state
    r"\bSino-(?P<sino>§[SD]\d+§)\s+(?:bilateral\s+)?(?:trade|turnover)\b|"
    # "the two countries' trade amounted to ..."
    r"(?P<g>§G\d+§)['’]s?\s+(?:total\s+|bilateral\s+|two-way\s+|mutual\s+)?"
    r"(?:trade(?:\s+turnover|\s+volume)?|turnover)\b"
)
_BILATERAL_TRADE = re.compile(
    r"\b(?:[Bb]ilateral|[Tt]wo-way|[Mm]utual)\s+trade\b|"
    # "Russia and Belarus are allies. Their trade turnover amounted to ..."
    r"\b[Tt]heir\s+(?:total\s+|bilateral\s+|mutual\s+|two-way\s+)?(?:trade|turnover)\b"
)
# a leader at talks: "Our trade turnover increased by 30 percent" (not "our trade with ...", nor
# "our foreign trade": one state's)
_OUR_TRADE = re.compile(
    r"\b[Oo]ur\s+(?:bilateral\s+|mutual\s+|two-way\s+)?(?:trade(?:\s+turnover)?|turnover)\b"
    r"(?!\s+with\b)"
)
# "Brazil and China traded $150 billion worth of goods", "Moscow and Minsk traded goods worth a
# record $45 billion"
_TRADED = re.compile(
    rf"(?P<p>{PARTIES})\s+(?:have\s+|had\s+)?traded\s+(?:goods\s+(?:and\s+services\s+)?)?"
    r"(?:worth\s+)?(?:(?:a\s+record|an\s+all-time\s+high\s+of|some|about|nearly|almost|around|"
    r"over|more\s+than)\s+)?§M(?P<m>\d+)§|"
    # "Kazakhstan and China had a trade turnover of $31 billion", "... recorded trade of $31
    # billion", "... had $31 billion in trade"
    rf"(?P<p2>{PARTIES})\s+(?:had|have|recorded|posted|registered)\s+(?:an?\s+)?(?:record\s+)?"
    r"(?:(?:total|bilateral|mutual|two-way|non-oil)\s+){0,2}(?:trade(?:\s+turnover|\s+volume)?|turnover)\s+"
    r"(?:of|worth|amounting\s+to|totall?ing)\s+(?:(?:about|nearly|almost|around|over|more\s+than)\s+)?"
    r"§M(?P<m2>\d+)§|"
    rf"(?P<p3>{PARTIES})\s+(?:had|have|recorded|posted|registered)\s+(?:an?\s+record\s+)?"
    r"(?:(?:about|nearly|almost|around|over|more\s+than)\s+)?§M(?P<m3>\d+)§\s+(?:in|of|worth\s+of)\s+"
    r"(?:(?:total|bilateral|mutual|two-way)\s+)?trade\b" + _NOT_VOLUME
)
# a pair's figure told in an aside after its subject: "The EU and China are closely tied, with
# goods trade of 740 billion euros last year" (no other state named before it)
_WITH_TRADE = re.compile(
    r"(?:[Tt]he\s+)?(?P<p>§[SO]\d+§\s+and\s+(?:the\s+)?§[SO]\d+§)\s+[^§]*?,\s+with\s+"
    r"(?:(?:total|bilateral|two-way|mutual|annual)\s+)?(?:goods\s+(?:and\s+services\s+)?)?"
    r"(?:trade|turnover)(?:\s+turnover|\s+volume)?\s+(?:of|worth|at|totall?ing|amounting\s+to)\s+"
    # (not "with trade of $300 billion with China": their trade with a third)
    r"(?:(?:about|nearly|almost|around|some|over|more\s+than)\s+)?§M\d+§(?![^,;]*\bwith\s+(?:the\s+)?§)"
)
_TRADED_WORDS = frozenset({"traded", "had", "have", "recorded", "posted", "registered"})
# a figure compared with: "up from $3 billion", "compared with $350 billion in 2011"
_COMPARED = re.compile(
    r"\b(?:(?:than|compared\s+(?:with|to)|versus|vs\.?|against)\b[^§;]{0,40}?|"
    r"from\s+(?:(?:about|nearly|almost|around|some)\s+)?)§M"
)
# a figure given again in another currency: "3.6 trillion roubles, or about $45 billion"
_CONVERTED = re.compile(r"§M(?P<m>\d+)§\s*,?\s+or\s+§M(?P<n>\d+)§")


def _converted(analysis: Analysis, region: str, slots: list[str]) -> bool:
    """Whether the second of two figures is the first in another currency."""
    m = _CONVERTED.search(region)
    if m is None or [m.group("m"), m.group("n")] != slots:
        return False
    first, second = (_money(analysis, slot) for slot in slots)
    return first is not None and second is not None and first.currency != second.currency


# the same total again in a clause of its own, for another time: "..., and in the first seven
# months of 2023 it reached $2.3 billion", "; in 2021 it stood at $2.9 billion"
_TOTAL_AGAIN = re.compile(
    r"§M\d+§[^§;]*?(?:[,;]\s+(?:and|while|whereas|but)\s+|;\s+)"
    r"(?:(?:in|during|for|over)\s+(?:the\s+)?[^§,;]{0,50}?,?\s+)?"
    r"(?:it|the\s+(?:figure|total|volume|turnover)|(?:bilateral\s+|mutual\s+|two-way\s+)?trade|"
    r"turnover)\s+(?:(?:had|has|already)\s+)*"
    r"(?:reached|stood\s+at|amounted\s+to|totall?ed|was|came\s+to|(?:grew|rose|increased|fell|"
    r"dropped|declined|jumped|climbed)\s+to|exceeded|topped|hit|surpassed)\s+"
    r"(?:(?:about|nearly|almost|around|over|more\s+than|some|roughly|approximately|only|just)\s+)?"
    r"§M(?P<m>\d+)§"
)
# two totals of their own years told as a change: "Bilateral trade, which exceeded $7 billion in
# 2008, fell to $400 million in 2021", "Trade topped $2 billion in 2015 but dropped to $900
# million in 2021" (each figure's year after it; a change "by" a sum is no total)
_CHANGE_VERBS = (
    r"(?:fell|dropped|declined|decreased|shrank|slumped|plunged|plummeted|rose|grew|increased|"
    r"jumped|climbed|surged|soared|recovered|rebounded)"
)
_TOTAL_THEN = re.compile(
    r",\s+which\s+(?:had\s+)?(?:reached|exceeded|topped|surpassed|stood\s+at|amounted\s+to|"
    r"totall?ed|was|were|peaked\s+at|hit)\s+(?:(?:about|nearly|almost|around|over|more\s+than|"
    r"some|roughly|approximately)\s+)?§M(?P<m>\d+)§\s+in\s+(?:19|20)\d\d,\s+"
    r"(?:(?:has|had)\s+)?(?:since\s+|then\s+|later\s+)?" + _CHANGE_VERBS + r"\s+to\s+"
    r"(?:(?:about|nearly|almost|around|over|more\s+than|some|roughly|approximately|only|just)\s+)?"
    r"§M(?P<n>\d+)§\s+in\s+(?:19|20)\d\d\b|"
    r"\s+(?:reached|exceeded|topped|surpassed|stood\s+at|amounted\s+to|totall?ed|was|peaked\s+at|"
    r"hit)\s+(?:(?:about|nearly|almost|around|over|more\s+than|some|roughly|approximately)\s+)?"
    r"§M(?P<m2>\d+)§\s+in\s+(?:19|20)\d\d,?\s+(?:but|and)\s+(?:(?:has|had)\s+)?"
    r"(?:since\s+|then\s+|later\s+)?" + _CHANGE_VERBS + r"\s+to\s+"
    r"(?:(?:about|nearly|almost|around|over|more\s+than|some|roughly|approximately|only|just)\s+)?"
    r"§M(?P<n2>\d+)§\s+in\s+(?:19|20)\d\d\b|"
    # "Trade between A and B reached $36 billion in 2023 and $40 billion in 2022": a figure for
    # each year
    r"(?:\s+(?:between\s+(?:the\s+)?§[SDO]\d+§\s+and|with)\s+(?:the\s+)?§[SDO]\d+§)?"
    r"\s+(?:reached|stood\s+at|amounted\s+to|totall?ed|was|were)\s+"
    r"(?:(?:about|nearly|almost|around|over|more\s+than|some|roughly|approximately)\s+)?"
    r"§M(?P<m3>\d+)§\s+in\s+(?:19|20)\d\d,?\s+and\s+"
    r"(?:(?:about|nearly|almost|around|over|more\s+than|some|roughly|approximately)\s+)?"
    r"§M(?P<n3>\d+)§\s+in\s+(?:19|20)\d\d\b(?!\s*[-–])"
)
# a change told by a sum: "Trade fell by $2 billion in 2023", "exports rose $10 billion, to ...",
# "was up by $3 billion" (the sum is the change, not the year's trade)
_BY_A_SUM = re.compile(
    r"\b(?:" + _CHANGE_VERBS + r"|(?:is|was|were|are)\s+(?:up|down))\s+(?:by\s+)?"
    r"(?:(?:about|nearly|almost|around|some|over|more\s+than|roughly|approximately|only|just|"
    r"a\s+further|another)\s+)?$"
)


def _change_sum(analysis: Analysis, slot: str) -> bool:
    """Whether the sum of money in ``slot`` ("§M3§") is told as a change of trade."""
    at = analysis.masked.find(slot)
    return at > 0 and _BY_A_SUM.search(analysis.masked, max(0, at - 60), at) is not None


# a clause set off after the figure: ", with India's trade deficit at $100 billion"
_ASIDE = re.compile(
    r"[,;]\s+(?:with|while|whereas|but|and|of\s+which|including|"
    # ", Madbouly said, adding that Saudi investments total ...", ", well below the peak of ...":
    # the speaker, or a comparison, after the figure (session 37, treaty)
    r"(?:§P\d+§|he|she)\s+(?:said|says|told|noted|added)|said\s+§P\d+§|"
    r"(?:(?:well|far|slightly|just|still)\s+)?(?:below|above|short\s+of|under)\s+(?:the|its|a|an)\b)\b"
)
# "rose from $3 billion in 2021 to $5 billion in 2022": the second figure is the new one
_FROM_TO = re.compile(
    r"\bfrom\s+(?:(?:about|nearly|almost|around|some)\s+)?§M\d+§[^§]{0,40}?\bto\s+"
    r"(?:(?:about|nearly|almost|around|some|over|more\s+than)\s+)?§M(?P<m>\d+)§"
)
# a year a figure is compared with: "8 percent more than in 2021", "up 20% compared to 2021"
# ("imported $2.6 billion worth of goods from Russia in 2022": a "from" of the goods' origin)
_COMPARED_YEAR = re.compile(
    r"\b(?:than|compared|comparison|versus|vs|against)\b|"
    r"\b(?:from|over)\s+(?:(?:about|nearly|almost|around|some)\s+)?(?:[$€£¥]|[A-Z]{1,3}\$|\d|"
    r"the\s+(?:previous|same|preceding)\b|a\s+year\b|last\s+year\b)"
)


def _total(analysis: Analysis, doc: Doc, masked: str) -> None:
    """A total trade figure in a clause: the pair, the one figure, its period."""
    total = _TOTAL.search(masked) if "§M" in masked else None
    directed = _DIRECTED_WORD.search(masked)
    # "bilateral trade stood at $26.5 billion, with Chinese exports to Pakistan worth ...": the
    # total is the figure between the total's name and the first directional one
    if total and (directed is None or total.end() <= directed.start()):
        pair_match = _TRADE_PAIR.search(masked)
        parties: list[Entity] = []
        partner = _TRADING_PARTNER.search(masked)
        if partner and not pair_match:
            # "China remained Germany's most important trading partner, with total trade of ..."
            parties = [
                e
                for e in entities_of(analysis, partner.group("a") + partner.group("b"))
                if e.kind in _TRADE_PARTIES
            ]
        elif pair_match and pair_match.group("sino"):
            china = doc.kb.state_by_code("CN")
            other = [
                e
                for e in entities_of(analysis, pair_match.group("sino"))
                if e.kind is EntityKind.STATE
            ]
            if china is not None and len(other) == 1 and other[0].qid != china.qid:
                parties = [entity_of(china), other[0]]
        elif pair_match:
            parties = [
                e
                for e in entities_of(
                    analysis,
                    pair_match.group("p")
                    or pair_match.group("q")
                    or pair_match.group("r")
                    or pair_match.group("s")
                    or pair_match.group("g"),
                )
                if e.kind in _TRADE_PARTIES
            ]
        elif (with_trade := _WITH_TRADE.match(masked, intro_end(masked))) is not None:
            # "Turkey and Russia have close economic ties, with trade turnover of $57 billion"
            parties = [
                e for e in entities_of(analysis, with_trade.group("p")) if e.kind in _TRADE_PARTIES
            ]
        elif _BILATERAL_TRADE.search(masked):
            # the two states just named, else the two whose leaders the article reports meeting
            # (none when a pair named since that meeting makes it unclear)
            last = doc.finder.ctx.last_states
            parties = list(doc.finder.pair()) if len(last) == 2 else meeting_states(doc)
        elif _OUR_TRADE.search(masked):
            # only the states whose leaders the article reports meeting
            parties = meeting_states(doc)
        region = masked[total.end() : directed.start()] if directed else masked
        money_slots = re.findall(r"§M(\d+)§", region)
        if len(money_slots) > 1 and (
            kept := [n for n in money_slots if not _change_sum(analysis, f"§M{n}§")]
        ):
            # "grew by $50 billion to $240 billion", "rose $5 billion, to $55 billion": the
            # figure reached
            money_slots = kept
        if len(money_slots) > 1:
            # "rose from $3 billion to $5 billion": the figure reached; "was $330 billion,
            # compared with $350 billion in 2011": the figures before the comparison
            from_to = _FROM_TO.search(region)
            if from_to is not None:
                money_slots = [from_to.group("m")]
            elif (compared := _COMPARED.search(region)) is not None:
                money_slots = re.findall(r"§M(\d+)§", region[: compared.start()])
            elif (then := _TOTAL_THEN.match(masked, total.end())) is not None:
                # "trade, which exceeded $7 billion in 2008, fell to $400 million in 2021":
                # the first here, the second below
                money_slots = [then.group("m") or then.group("m2") or then.group("m3")]
            elif (again := _TOTAL_AGAIN.search(region)) is not None:
                # "was $3.9 billion in 2022; in 2021 it stood at $3.2 billion": the first (the
                # second is read below)
                money_slots = re.findall(r"§M(\d+)§", again.group(0))[:1]
            elif (aside := _ASIDE.search(region, region.index("§M"))) is not None:
                # "reached $135 billion, with India's trade deficit at $100 billion": the
                # figure before the aside
                money_slots = re.findall(r"§M(\d+)§", region[: aside.start()])
        if len(money_slots) == 2 and _converted(analysis, region, money_slots):
            # "3.6 trillion roubles, or about $45 billion": one figure in two currencies
            money_slots = money_slots[:1]
        if len(parties) == 2 and len(money_slots) == 1:
            money = _money(analysis, money_slots[0])
            if money is not None and money.amount is not None:
                _flow(
                    doc, analysis, {"party": parties, "flow": [Concept("TotalTrade")]}, money, 0.9
                )
                doc.trade_pair = (parties[0], parties[1])
                doc.trade_period = _period(analysis, doc, money)
                doc.trade_sentence = analysis.sentence.index
                again = _TOTAL_AGAIN.search(region) if len(region) > 40 else None
                later = _money(analysis, again.group("m")) if again is not None else None
                then = _TOTAL_THEN.match(masked, total.end()) if len(region) > 40 else None
                if then is not None:
                    later = _money(
                        analysis, then.group("n") or then.group("n2") or then.group("n3")
                    )
                if later is not None and later.amount is not None and later is not money:
                    # "Bilateral trade reached $3.3 billion last year, and in the first seven
                    # months of 2023 it reached $2.3 billion": a second figure, of its own year
                    _flow(
                        doc,
                        analysis,
                        {"party": parties, "flow": [Concept("TotalTrade")]},
                        later,
                        0.85,
                        since=_clause_end(analysis, money),
                    )


# (or right after a figure, where the mask took a date with its comma: "reached §M2§ whereas")
_WHILE = re.compile(r"(?:[,;]|(?<=§))\s+(?:while|whereas)\s+")
_TRADE_WITH_OF = re.compile(
    r"(?P<a>§S\d+§)['’]s?\s+(?:total\s+|bilateral\s+)?trade\s+with\s+(?:the\s+)?§S\d+§"
)
_TRADE_WITH_ONLY = re.compile(r"(?:its\s+)?trade\s+with\s+(?:the\s+)?§S\d+§")


def _first_hedge(text: str) -> int | None:
    plain = _NOT_NEGATING_ANY_CASE.sub(lambda m: " " * len(m.group(0)), text)
    cues = [m.start() for rx in (NEGATION, HYPOTHETICAL) if (m := rx.search(plain)) is not None]
    return min(cues) if cues else None


def _unhedged(analysis: Analysis) -> tuple[Analysis, str] | None:
    """The sentence up to its first hedge: "Trade reached $65 billion in 2023 and could reach
    $100 billion by 2030" states the first figure, of 2023 (the masked text before the hedge, and
    the analysis without the hedged clause's dates; None when the hedge cannot be placed)."""
    masked = analysis.masked
    if not (analysis.negated or analysis.hypothetical):
        return analysis, masked
    cut = _first_hedge(masked)
    cut_text = _first_hedge(analysis.sentence.text)
    if cut is None or cut_text is None:
        return None
    until = analysis.sentence.begin + cut_text
    dates = [d for d in analysis.dates if d.begin < until]
    return dataclasses.replace(analysis, dates=dates), masked[:cut]


_NOT_NEGATING_ANY_CASE = re.compile(NOT_NEGATING.pattern, re.IGNORECASE)


# "Trade between Russia and Vietnam rose sharply last year. In January-April this year it grew
# by 40 percent to about $2.5 billion": the total of the sentence before, continued by "it"
# (session 32; not "could grow to": hedged sentences are not read)
_IT_REACHED = re.compile(
    r"(?:(?:In|During|Over|For)\s+[^§,;]{0,50}?,?\s+)?it\s+(?:has\s+|had\s+|already\s+)*"
    r"(?:(?:" + _CHANGE_VERBS + r")\s+(?:by\s+[^§,;]{0,20}?(?:§R\d+§)?\s+)?to|reached|"
    r"stood\s+at|amounted\s+to|totall?ed|hit|exceeded|topped|surpassed)\s+"
    + _FIGURE
    + r"§M(?P<m>\d+)§"
)
# a trade total whose sentence is about it: "Trade between A and B rose ...", "Bilateral trade
# between A and B stood at ...", "A's trade with B fell ..." (its first words)
_TRADE_SUBJECT = re.compile(
    r"(?:[Tt]he\s+)?(?:(?:[Tt]otal|[Bb]ilateral|[Tt]wo-way|[Mm]utual)\s+)?(?:[Tt]rade|[Tt]urnover)"
    r"(?:\s+(?:turnover|volume))?\s+between\s+(?:the\s+)?(?P<a>§[SO]\d+§)\s+and\s+(?:the\s+)?"
    r"(?P<b>§[SO]\d+§)(?!\s*,\s*§|\s+and\s+§)|"
    r"(?:[Tt]he\s+)?(?P<c>§[SO]\d+§)['’]s?\s+(?:total\s+|bilateral\s+)?trade\s+with\s+(?:the\s+)?"
    r"(?P<d>§[SO]\d+§)(?!\s*,\s*§|\s+and\s+§)"
)
# trade with a region the KB has no entry for: "Trade between China and Africa reached $185
# billion in the first nine months of this year" (the region an unlinked party)
_REGIONS = (
    r"Africa|Latin\s+America|Central\s+Asia|Southeast\s+Asia|South\s+Asia|the\s+Middle\s+East|"
    r"the\s+Arab\s+(?:world|states)|the\s+Caribbean|the\s+Pacific\s+Islands|the\s+Balkans|"
    r"Central\s+and\s+Eastern\s+Europe"
)
_REGION_TRADE = re.compile(
    r"(?:[Tt]he\s+)?(?:(?:[Tt]otal|[Bb]ilateral|[Tt]wo-way)\s+)?[Tt]rade(?:\s+volume)?\s+between\s+"
    r"(?:the\s+)?(?P<a>§[SO]\d+§)\s+and\s+(?P<r>" + _REGIONS + r")\s+(?:(?:has|had)\s+)?"
    r"(?:reached|stood\s+at|amounted\s+to|totall?ed|was|hit|exceeded|topped|surpassed|"
    r"(?:"
    + _CHANGE_VERBS
    + r")\s+(?:by\s+[^§,;]{0,20}?(?:§R\d+§)?\s+)?to)\s+"
    + _FIGURE
    + r"§M(?P<m>\d+)§"
)
# a market taking a state's goods: "The United States is the largest market for EU exports,
# taking European goods worth about 350 billion euros in 2020" (the subject imports them)
_MARKET_TAKING = re.compile(
    r"(?:[Tt]he\s+)?(?P<i>§[SO]\d+§)\s+(?:is|was|remains|remained)\s+[^§;]{0,60}?\bmarket\b"
    r"[^;]{0,60}?,\s+(?:taking|buying|absorbing|importing)\s+(?:(?:some|about)\s+)?(?P<e>§[SDO]\d+§)\s+"
    r"(?:goods|products|exports)(?:\s+and\s+services)?\s+worth\s+" + _FIGURE + r"§M(?P<m>\d+)§"
)


def _continued_total(analysis: Analysis, doc: Doc) -> None:
    """A total told by "it" after the sentence whose subject was a pair's trade."""
    masked = analysis.masked
    m = _IT_REACHED.match(masked)
    before = doc.previous
    if m is None or before is None or before.sentence.index != analysis.sentence.index - 1:
        return
    told = _TRADE_SUBJECT.match(before.masked, intro_end(before.masked))
    if told is None:
        return
    slots = (
        told.group("a") + told.group("b") if told.group("a") else told.group("c") + told.group("d")
    )
    parties = [e for e in entities_of(before, slots) if e.kind in _TRADE_PARTIES]
    money = _money(analysis, m.group("m"))
    if len(parties) == 2 and parties[0].key != parties[1].key and money and money.amount:
        _flow(doc, analysis, {"party": parties, "flow": [Concept("TotalTrade")]}, money, 0.8)


def _region_total(analysis: Analysis, doc: Doc, masked: str) -> None:
    """A state's total trade with a region named by name (an unlinked party)."""
    m = _REGION_TRADE.match(masked, intro_end(masked))
    if m is None:
        return
    one = [e for e in entities_of(analysis, m.group("a")) if e.kind in _TRADE_PARTIES]
    region = " ".join(m.group("r").split())
    region = region[4:] if region.startswith("the ") else region
    money = _money(analysis, m.group("m"))
    if len(one) == 1 and money is not None and money.amount is not None:
        parties = [one[0], Entity.unlinked(region, EntityKind.PLACE)]
        _flow(doc, analysis, {"party": parties, "flow": [Concept("TotalTrade")]}, money, 0.75)


def _market_taking(analysis: Analysis, doc: Doc, masked: str) -> None:
    """A directional flow told as the importer being a market taking the exporter's goods."""
    m = _MARKET_TAKING.match(masked, intro_end(masked))
    if m is None:
        return
    importer = [e for e in entities_of(analysis, m.group("i")) if e.kind in _TRADE_PARTIES]
    exporter = [e for e in entities_of(analysis, m.group("e")) if e.kind in _TRADE_PARTIES]
    money = _money(analysis, m.group("m"))
    if (
        len(importer) == 1
        and len(exporter) == 1
        and importer[0].key != exporter[0].key
        and money is not None
        and money.amount is not None
    ):
        args: dict[str, Sequence[Value]] = {"exporter": exporter, "importer": importer}
        _flow(doc, analysis, args, money, 0.8)


def trade(analysis: Analysis, doc: Doc) -> None:
    if _TRADE_WORDS.isdisjoint(analysis.words):
        if (
            "it" in analysis.words
            and "§M" in analysis.masked
            and not (analysis.negated or analysis.hypothetical)
        ):
            _continued_total(analysis, doc)
        return
    unhedged = _unhedged(analysis)
    if unhedged is None or "§" not in unhedged[1]:
        return
    analysis, masked = unhedged
    goal = _goal(analysis, masked) if "§M" in masked else None  # (a goal names its sum)
    if goal is None and analysis.sentence.index < 0 and "§M" in masked:
        # a headline's infinitive is a forecast: "Belarus-Russia trade to exceed $50bn"
        goal = _HEADLINE_GOAL.search(masked)
    if goal is not None:
        # the figures before the goal only ("reached $5 billion, and they aim to double it to
        # ..."), or the one it starts from
        masked = _goal_start(masked, goal) or masked[: goal.start()]
    has_money = "§M" in masked
    # "Trade with Thailand amounted to $21.7 billion, while trade with Cambodia was $10.6
    # billion": a total in each clause
    # ("Belarus' exports to Zimbabwe amounted to $32.8 million in 2022, while mutual trade
    # exceeded $40 million": the total of the clause after the directional one too)
    parts = _WHILE.split(masked) if "while" in masked or "whereas" in masked else [masked]
    totals = [p for p in parts if "§M" in p and _TOTAL.search(p)]
    if len(parts) > 1 and (len(totals) > 1 or (totals and totals[0] is not parts[0])):
        trader = _TRADE_WITH_OF.search(parts[0])
        for part in totals:
            if trader is not None and part is not parts[0] and _TRADE_WITH_ONLY.match(part):
                # "Türkiye's trade with Romania reached ..., while trade with Bulgaria was ...":
                # the second clause's trade is the first's subject's
                part = f"{trader.group('a')}'s {part}"
            _total(analysis, doc, part)
    elif has_money:
        _total(analysis, doc, masked)
    if has_money and not _TRADED_WORDS.isdisjoint(analysis.words):
        for m in _TRADED.finditer(masked):
            slots = m.group("p") or m.group("p2") or m.group("p3")
            parties = [e for e in entities_of(analysis, slots) if e.kind in _TRADE_PARTIES]
            money = _money(analysis, m.group("m") or m.group("m2") or m.group("m3"))
            if len(parties) == 2 and money is not None and money.amount is not None:
                _flow(
                    doc, analysis, {"party": parties, "flow": [Concept("TotalTrade")]}, money, 0.85
                )
    if not has_money:
        _shares(analysis, doc, masked)
        return
    if "between" in analysis.words:
        _region_total(analysis, doc, masked)
    if "market" in analysis.words:
        _market_taking(analysis, doc, masked)
    pair = doc.trade_pair or doc.finder.pair() or None
    # the first flow with both sides named: (where it ends, the state whose flow it is told as,
    # the other)
    first: tuple[int, Entity, Entity] | None = None
    for regex, exporters, importers, confidence, paired in _DIRECTED:
        for m in regex.finditer(masked):
            exporter = _state(analysis, _first(m, exporters))
            importer = _state(analysis, _first(m, importers))
            if paired:
                exporter = exporter or _other(pair, importer)
                importer = importer or _other(pair, exporter)
            money = _money(analysis, m.group("m"))
            if _SHIPPED.search(m.group(0)) and _NOT_TRADE_GOODS.search(masked):
                continue  # "U.S. weapons shipments to Ukraine": aid or arms deals, not trade
            if importer and exporter and money and exporter.key != importer.key:
                _flow(
                    doc,
                    analysis,
                    {"exporter": [exporter], "importer": [importer]},
                    money,
                    confidence,
                )
                told = (importer, exporter) if regex in _IMPORTS else (exporter, importer)
                if first is None or m.end() < first[0]:
                    first = (m.end(), *told)
    if first is not None:
        _reverse_flow(analysis, doc, masked, *first)
    _shares(analysis, doc, masked)


# the flows named by shipments or purchases, which may be of arms or aid
_SHIPPED = re.compile(r"\b(?:[Ss]hipments|[Pp]urchases|shipped|shipping|ships)\b")
_NOT_TRADE_GOODS = re.compile(
    r"\b(?:weapons?|arms|munitions?|ammunition|military|defen[cs]e|aid|humanitarian|assistance|"
    r"vaccines?|doses|aircraft|jets?|missiles?|tanks|bonds?|shares|stakes?|assets)\b",
    re.IGNORECASE,
)
_IMPORTS = frozenset({_IMPORTS_FROM, _X_IMPORTED, _IMPORTS_FROM_CHANGED, _IMPORTS_OF})
# the other way's flow in a clause after the first, its sides unnamed or named as the first's:
# "Türkiye's exports to Azerbaijan rose to $2.9 billion, while imports from the country stood at
# $3.1 billion", "Mongolia exported coal worth $8.9 billion to China and imported goods worth $3.9
# billion from its southern neighbour"
_REVERSE_FLOW = re.compile(
    r"(?:[,;]\s+|\s+)(?:while|whereas|and|but)\s+(?:(?:it|its|their)\s+)?"
    r"(?:(?P<imp>imports?|imported|bought|purchased)|(?P<exp>exports?|exported|sold))\b"
    # (no other state between: "while imports from Iran were $2 billion"); "to" or "from" only
    # before the figure or a word for the partner already named
    r"(?P<rest>(?:[^§tf]|§R\d+§|\Bt|\Bf|t(?!o\b)|f(?!rom\b)|(?:to|from)(?=\s+(?:§M|the\s+"
    r"(?:country|latter|same\s+country)\b|that\s+country\b|it\b|there\b|its\s+(?:[a-z]+\s+)?"
    r"neighbou?r\b))){0,80}?)"
    r"§M(?P<m>\d+)§(?:\s+(?:worth\s+)?(?:(?:of|in)\s+(?:[a-z]+\s+){1,2}?)?(?:from|to)\s+(?:the\s+)?"
    r"(?P<s>§[SD]\d+§))?"
)


_REVERSE_WORDS = frozenset(
    "import imports imported bought purchased export exports exported sold".split()
)
_NOT_PARTNER = re.compile(
    r"\b(?:overall|total|global|worldwide|world|all|other|third|non-\w+|whole)\b", re.IGNORECASE
)


def _reverse_flow(
    analysis: Analysis, doc: Doc, masked: str, after: int, subject: Entity, partner: Entity
) -> None:
    """The flow the other way in a clause after a first flow of ``subject`` with ``partner``."""
    if _REVERSE_WORDS.isdisjoint(analysis.words):
        return  # (a word of _REVERSE_FLOW's verbs)
    for m in _REVERSE_FLOW.finditer(masked, after):
        if _NOT_PARTNER.search(m.group("rest")):
            continue  # "while exports overall reached ...", "imports from other countries"
        if m.group("s") is not None:
            named = _state(analysis, m.group("s"))
            if named is None or named.key != partner.key:
                continue  # "and imported $2 billion from Iran": a third state's flow
        money = _money(analysis, m.group("m"))
        if money is None or money.amount is None:
            continue
        exporter, importer = (partner, subject) if m.group("imp") else (subject, partner)
        _flow(doc, analysis, {"exporter": [exporter], "importer": [importer]}, money, 0.8)


# a state's main supplier or buyer with the goods' worth: "India was Sri Lanka's largest source
# of imports in 2022, with goods worth $4.2 billion" (the first's flow to the second), "China is
# Brazil's biggest export market, with exports worth $90 billion" (the second's to the first)
_MAIN_PARTNER = (
    r"(?P<x>§[SD]\d+§)\s+(?:is|was|remains|remained|became)\s+(?:also\s+)?(?:the\s+)?"
    r"(?P<y>§[SD]\d+§)['’]s?\s+(?:[\w-]+\s+){0,2}?"
)
_WITH_WORTH = (
    r"\b[^;§]{0,40}?,\s+with\s+(?:goods|imports|exports|purchases|sales|shipments)\s+"
    r"(?:worth|of|totall?ing|amounting\s+to|valued\s+at)\s+§M(?P<m>\d+)§"
)
_SOURCE_WITH_FIGURE = re.compile(
    _MAIN_PARTNER + r"(?:source\s+of\s+imports|import\s+source|supplier)" + _WITH_WORTH
)
_MARKET_WITH_FIGURE = re.compile(
    _MAIN_PARTNER
    + r"(?:export\s+(?:market|destination)|destination\s+for\s+(?:its\s+)?exports|customer|"
    r"buyer)" + _WITH_WORTH
)


# (pattern, exporter's groups, importer's groups, confidence, paired): with "paired", a side
# the sentence does not name ("$16.4 billion of exports to Russia") is the other state of the
# pair the article's trade figures are about; "Russia's exports rose to $500 billion" names no
# partner and is no flow between two states
_DIRECTED: tuple[tuple[re.Pattern[str], tuple[str, ...], tuple[str, ...], float, bool], ...] = (
    (_EXPORTS_TO, ("a", "a2"), ("b",), 0.85, True),
    (_IMPORTS_FROM, ("a",), ("b",), 0.85, True),
    (_X_IMPORTED, ("a", "a2", "a3", "a4"), ("b",), 0.8, False),
    (_X_EXPORTED, ("a",), ("b", "b2"), 0.8, False),
    (_IMPORTS_FROM_CHANGED, ("a",), ("b", "b2"), 0.8, True),
    (_EXPORTS_TO_CHANGED, ("a", "a2", "a3", "d"), ("b",), 0.8, True),
    (_IMPORTS_OF, ("a",), ("b", "b2"), 0.8, True),
    (_WITH_EXPORTS_FIGURE, ("a",), (), 0.8, True),
    (_SOURCE_WITH_FIGURE, ("x",), ("y",), 0.8, False),
    (_MARKET_WITH_FIGURE, ("y",), ("x",), 0.8, False),
)


def _first(m: re.Match[str], groups: tuple[str, ...]) -> str | None:
    return next((m.group(g) for g in groups if m.group(g)), None)


def _other(pair: tuple[Entity, ...] | None, one: Entity | None) -> Entity | None:
    if pair is None or one is None or len(pair) != 2:
        return None
    keys = [e.key for e in pair]
    if one.key not in keys:
        return None
    return pair[1] if keys[0] == one.key else pair[0]


# "Russia's share of the EU's trade in goods fell from 5.8% in 2021 to 1.5% in the third
# quarter of 2023": two shares, each of its own year
_SHARE_CHANGE = re.compile(
    r"(?:(?P<b>§[SD]\d+§)['’]s\s+share|\b[Tt]he\s+share\s+of\s+(?:the\s+)?(?P<b2>§[SD]\d+§))\s+"
    r"(?:in|of)\s+(?:the\s+)?(?P<a>§[SD]\d+§)(?:['’]s)?\s+"
    r"(?:total\s+|international\s+|foreign\s+|overall\s+|external\s+)*trade(?:\s+in\s+goods)?\s+"
    r"(?:fell|dropped|declined|decreased|shrank|slumped|plunged|rose|increased|grew|climbed|jumped)\s+"
    r"from\s+(?:about\s+|around\s+|nearly\s+|almost\s+)?§R(?P<r>\d+)§(?P<w>[^§;]{0,40}?)\s+to\s+"
    r"(?:about\s+|around\s+|nearly\s+|almost\s+)?§R(?P<r2>\d+)§(?P<w2>[^§;,]{0,40})"
)
# the year a share was of: "in 2021", "in the third quarter of 2023", "in the first half of 2022"
_SHARE_YEAR = re.compile(
    r"^\s+(?:in|during)\s+(?:the\s+(?:first|second|third|fourth|last)\s+(?:half|quarter)\s+of\s+)?"
    r"(?P<y>(?:19|20)\d{2})\b"
)


def _share_change(analysis: Analysis, doc: Doc, masked: str) -> None:
    """A share told as a change between two years: one share for each."""
    if " from " not in masked:
        return
    for m in _SHARE_CHANGE.finditer(masked):
        reporter = _state(analysis, m.group("a"))
        partner = _state(analysis, m.group("b") or m.group("b2"))
        if reporter is None or partner is None or reporter.key == partner.key:
            continue
        for slot, when in ((m.group("r"), m.group("w")), (m.group("r2"), m.group("w2"))):
            share = analysis.slots.get(f"§R{slot}§")
            value = share.share if share is not None else None
            if value is None or not Decimal(0) <= value <= Decimal(1):
                continue
            args: dict[str, Sequence[Value]] = {
                "reporter": [reporter],
                "partner": [partner],
                "share": [value],
            }
            if (year := _SHARE_YEAR.match(when)) is not None:
                args["period"] = [TimeValue.parse(year.group("y"))]
            doc.add(FactClass.TRADE_SHARE, args, analysis, 0.85)


# a figure's share of its reporter's trade, told after it: "China's trade with ASEAN rose 5
# percent to 6.41 trillion yuan, accounting for 15.4 percent of China's total foreign trade",
# "Brazil's exports to China reached $104 billion, or 30.7 percent of its total exports", "Trade
# between China and the EU reached ..., accounting for 13 percent of China's foreign trade" (the
# share is of the flow the figure is: exports of exports, trade of trade)
_FIGURE_SHARE = re.compile(
    r"(?:(?P<a>§[SD]\d+§)(?:['’]s)?\s+(?:total\s+|foreign\s+|bilateral\s+)?"
    r"(?:trade(?:\s+turnover)?\s+with|(?P<ex>exports)\s+to|(?P<im>imports)\s+from)\s+(?:the\s+)?"
    r"(?P<b>§[SDO]\d+§)|"
    # "Exports from Ukraine to the EU reached 24 billion euros, about 65 percent of Ukraine's
    # total exports"
    r"\b[Ee]xports\s+from\s+(?:the\s+)?(?P<a2>§[SD]\d+§)\s+to\s+(?:the\s+)?(?P<b2>§[SDO]\d+§)|"
    r"\b(?:[Bb]ilateral\s+)?[Tt]rade(?:\s+turnover)?\s+between\s+(?:the\s+)?(?P<p>§[SDO]\d+§)\s+"
    r"and\s+(?:the\s+)?(?P<q>§[SDO]\d+§))"
    r"(?:[^§;]|§[MR]\d+§){0,80}?,\s+(?:(?:accounting\s+for|which\s+accounted\s+for|representing|or)\s+)?"
    r"(?:(?:about\s+|around\s+|nearly\s+|almost\s+|over\s+|more\s+than\s+|some\s+)?§R(?P<r>\d+)§|"
    # ("..., accounting for more than two-thirds of Mongolia's foreign trade", session 27)
    rf"{_FRACTION})\s+"
    r"of\s+(?:its|(?P<a3>§[SD]\d+§)(?:['’]s?)?|the\s+(?:country|republic|kingdom)['’]s)\s+"
    r"(?:total\s+|international\s+|foreign\s+|overall\s+|external\s+)*"
    r"(?P<of>trade|exports|imports)\b" + _OF_ALL
)


def _figure_shares(analysis: Analysis, doc: Doc, masked: str) -> None:
    """The shares of ``_FIGURE_SHARE``: the figure's reporter, the other its partner."""
    if "§R" not in masked and not any(word in masked for word in _FRACTION_WORDS):
        return
    for m in _FIGURE_SHARE.finditer(masked):
        named = _state(analysis, m.group("a3"))
        reporter: Entity | None
        partner: Entity | None
        if m.group("p"):
            # (between two: the one whose trade it is a share of is the reporter)
            pair = [_state(analysis, m.group("p")), _state(analysis, m.group("q"))]
            if named is None or m.group("of") != "trade" or named not in pair:
                continue
            reporter, partner = named, pair[1 - pair.index(named)]
        else:
            reporter = _state(analysis, m.group("a") or m.group("a2"))
            partner = _state(analysis, m.group("b") or m.group("b2"))
            if m.group("a3") and named != reporter:
                continue
            told = (
                "exports"
                if m.group("ex") or m.group("a2")
                else "imports"
                if m.group("im")
                else "trade"
            )
            if told != m.group("of"):
                continue  # "exports to China ..., or 5 percent of its total trade"
        value: Decimal | None
        if m.group("half"):
            fraction = m.group("half").lower().replace("-", "").replace(" ", "")
            value = _FRACTIONS.get(fraction.removeprefix("a").removeprefix("one"))
        else:
            share = analysis.slots.get(f"§R{m.group('r')}§")
            value = share.share if share is not None else None
        if reporter is None or partner is None or value is None:
            continue
        _add_share(analysis, doc, reporter, partner, value, _SHARE_FLOWS.get(m.group("of") or ""))


def _add_share(
    analysis: Analysis,
    doc: Doc,
    reporter: Entity,
    partner: Entity,
    value: Decimal,
    flow: Concept | None,
) -> None:
    """A TradeShare of a share in [0, 1] between two states, with the year the sentence states
    (never one inferred)."""
    if reporter.key == partner.key or not Decimal(0) <= value <= Decimal(1):
        return
    args: dict[str, Sequence[Value]] = {
        "reporter": [reporter],
        "partner": [partner],
        "share": [value],
    }
    if flow is not None:
        args["flow"] = [flow]
    years = [
        d.value
        for d in analysis.dates
        if d.value.precision == Precision.YEAR and not d.end_value and not _spanned(analysis, d)
    ]
    if years:
        args["period"] = [years[0]]
    doc.add(FactClass.TRADE_SHARE, args, analysis, 0.85)


_SHARE_PATTERNS = (
    _SHARE,
    _SHARE_OF,
    _SHARE_IN,
    _PARTNER_SHARE,
    _SHARE_POSSESSIVE,
    _SHARE_FROM,
    _PARTNER_WITH_SHARE,
    _WITH_ACCOUNTING,
    _TRADE_WITH_SHARE,
    _PARTNER_TRADE_SHARE,
    _SHARE_DESTINATION,
    _BUYS_SHARE,
    *_COMMODITY_SHARES,
)


def _shares(analysis: Analysis, doc: Doc, masked: str) -> None:
    """The trade shares of the sentence (``masked`` its unhedged part)."""
    if "§R" not in masked and not any(word in masked for word in _FRACTION_WORDS):
        return  # (every share pattern reads a percentage's slot, or a fraction)
    for regex in _SHARE_PATTERNS:
        for m in regex.finditer(masked):
            groups = m.groupdict()
            if groups.get("g"):
                _shares_of_both(analysis, doc, m)
                continue
            reporter = _state(analysis, groups.get("a") or groups.get("a2"))
            if (
                groups.get("a3")
                and reporter is not None
                and _state(analysis, groups["a3"]) != reporter
            ):
                continue  # the state named again must be the one whose partner the first is
            partner = _state(analysis, groups.get("b") or groups.get("b2"))
            if groups.get("half"):
                fraction = groups["half"].lower().replace("-", "").replace(" ", "")
                value: Decimal | None = _FRACTIONS.get(
                    fraction.removeprefix("a").removeprefix("one")
                )
            else:
                share = analysis.slots.get(f"§R{m.group('r')}§")
                value = share.share if share is not None else None
            if reporter and partner and value is not None:
                # (a commodity's imports are no share of all imports)
                flow = None if groups.get("goods") else groups.get("flow") or groups.get("flow2")
                _add_share(
                    analysis, doc, reporter, partner, value, _SHARE_FLOWS[flow] if flow else None
                )
    _share_change(analysis, doc, masked)
    _figure_shares(analysis, doc, masked)


def _shares_of_both(analysis: Analysis, doc: Doc, m: re.Match[str]) -> None:
    """A partner's one share of each of two states' trade ("the main trading partner of both
    countries, accounting for 70 percent of their foreign trade")."""
    reporters = [e for e in entities_of(analysis, m.group("g")) if e.kind is EntityKind.STATE]
    partner = _state(analysis, m.group("b"))
    share = analysis.slots.get(f"§R{m.group('r')}§") if m.group("r") else None
    if " of their " not in m.group(0):
        return  # ("... of its trade": the partner's own, or unclear)
    if len(reporters) != 2 or partner is None or share is None or share.share is None:
        return
    flow = m.group("flow")
    for reporter in reporters:
        _add_share(
            analysis, doc, reporter, partner, share.share, _SHARE_FLOWS[flow] if flow else None
        )


def _flow_key(fact: Fact) -> tuple[object, ...]:
    """What makes two trade figures the same figure, but for their amount and period."""
    return (
        frozenset(e.key for e in fact.entities("party")),
        tuple(e.key for e in fact.entities("exporter")),
        tuple(e.key for e in fact.entities("importer")),
        tuple(str(v) for v in fact.get("flow")),
        tuple(e.key for e in fact.entities("currency")),
    )


def title_restatements(facts: list[Fact]) -> list[Fact]:
    """A headline's rounded trade figure told again in the body ("China-Russia trade hits record
    $240 billion" over "... hit a record $240.1 billion in 2023") is one figure: the body's, with
    the headline as evidence (amounts within 5 % of each other, no other period)."""
    headlines = [
        f
        for f in facts
        if f.cls is FactClass.TRADE_FLOW and f.evidence and all(e.in_title for e in f.evidence)
    ]
    if not headlines:
        return facts
    out = list(facts)
    for headline in headlines:
        amount = headline.one("amount")
        period = headline.one("period")
        if not isinstance(amount, Decimal):
            continue
        for i, body in enumerate(out):
            other = body.one("amount")
            if (
                body.cls is not FactClass.TRADE_FLOW
                or any(e.in_title for e in body.evidence)
                or not isinstance(other, Decimal)
                or abs(other - amount) > Decimal("0.05") * max(other, amount)
                or (period is not None and body.one("period") not in (None, period))
                or _flow_key(body) != _flow_key(headline)
            ):
                continue
            out[i] = with_headline(body, headline)
            out.remove(headline)
            break
    return out


# ---- permissions ------------------------------------------------------------------------

# a crossing: "to transit its territory", "passage", "to pass through the Bosphorus"
_TRANSIT = (
    r"(?:transit|passage|pass(?:es|ed|ing)?\s+through|cross(?:es|ed|ing)?(?=\s+(?:its|their|the|§[SD]\d+§)"
    r"(?:['’]s)?\s+(?:own\s+)?territory))"
)

_ACTIVITIES: tuple[tuple[re.Pattern[str], str], ...] = (
    # "may visit Kazakhstan without a visa", "visa-free entry", "a visa waiver" (session 30)
    (
        re.compile(
            r"\bvisa[\s-]*(?:free|exemptions?|exempt|waivers?|on\s+arrival)\b|"
            r"\bwithout\s+(?:a\s+|any\s+|the\s+need\s+for\s+(?:a\s+)?)?visas?\b|"
            r"\bwaiv\w*\s+(?:the\s+|all\s+)?(?:entry\s+)?visas?\b|"
            r"\bno\s+(?:longer\s+)?need\s+(?:a\s+|any\s+)?visas?\b",
            re.IGNORECASE,
        ),
        "VisaFreeEntry",
    ),
    (
        re.compile(r"nuclear\s+weapons?|nuclear\s+arms|warheads?", re.IGNORECASE),
        "NuclearWeaponsStationing",
    ),
    # "to stage the invasion from", "use its territory to attack Ukraine"
    (
        re.compile(
            # "a launchpad for the invasion", "a springboard for the attack"
            r"\bstag(?:e|ing)\b|\blaunch(?:ing)?\s*-?\s*pad\b|\bspringboard\b|"
            r"\b(?:use|using)\s+(?:(?:its|their|the|§D\d+§)\s+(?:own\s+)?territory|"
            r"§[SD]\d+§)\s+"
            r"(?:to|for)\s+(?:the\s+)?(?:attack|invad|launch|strik|an?\s+(?:attack|invasion|offensive))",
            re.IGNORECASE,
        ),
        "MilitaryStaging",
    ),
    # "permits U.S. Coast Guard cutters to patrol its exclusive economic zone": patrols at sea
    (
        re.compile(
            r"\bpatrol(?:s|led|ling|ing)?\s+(?:(?:in|of)\s+)?(?:[\w-]+\s+){0,4}?(?:waters|seas?|zones?|EEZs?|"
            r"coasts?|coastline|maritime\s+(?:area|domain|space)s?)\b|\bshiprid(?:er|ers|ing)\b|"
            r"\b(?:maritime|sea|naval|coast\s+guard)\s+patrols\b",
            re.IGNORECASE,
        ),
        "MaritimePatrol",
    ),
    # "US flights to transit its airspace": flying over
    (
        re.compile(
            r"\b(?:transit|cross)\w*\s+(?:its|their|the|§[SD]\d+§(?:['’]s)?)\s+airspace",
            re.IGNORECASE,
        ),
        "Overflight",
    ),
    # "to transit military cargo", "troops ... transit": forces (before the goods below)
    (
        re.compile(
            rf"\b{_TRANSIT}\b(?=.*\b(?:troops|forces|military|weapons|arms|warships?|naval|"
            r"soldiers|servicemembers|munitions|ammunition)\b)|"
            r"\b(?:troops|forces|military|weapons|arms|warships?|naval|soldiers|servicemembers|"
            rf"munitions|ammunition)\b.*\b{_TRANSIT}\b",
            re.IGNORECASE,
        ),
        "MilitaryTransit",
    ),
    # "Uzbek cargo to transit its territory": goods, not forces
    (
        re.compile(
            rf"\b{_TRANSIT}\b(?=.*\b(?:cargo|freight|goods|trucks|lorries|trains|merchant|"
            r"commercial|civilian|grain|passengers?|pipelines?|trade|oil|gas|fuel|energy|"
            r"exports?|imports?)\b)|"
            r"\b(?:cargo|freight|goods|trucks|lorries|trains|merchant|commercial|civilian|grain|"
            rf"passengers?|trade|oil|gas|fuel|energy|exports?|imports?)\b.*\b{_TRANSIT}\b",
            re.IGNORECASE,
        ),
        "Transit",
    ),
    # "for Nepal to export 40 megawatts of electricity to Bangladesh through India's
    # transmission network": goods or power carried across the grantor's network or soil
    (
        re.compile(
            r"\b(?:export|sell|supply|ship|transport|send|deliver|carry|move)\w*\s+[^.;]{0,80}?"
            r"\b(?:through|via|across)\s+(?:§S\d+§['’]s?|§D\d+§|its|their)\s+(?:[\w-]+\s+){0,2}"
            r"(?:network|grid|territory|soil|pipelines?|ports?|lines?|roads?|railways?|corridor)\b",
            re.IGNORECASE,
        ),
        "Transit",
    ),
    (re.compile(rf"\b{_TRANSIT}\b", re.IGNORECASE), "MilitaryTransit"),
    # "exclusive military access to its land, waters and airspace": the forces' presence
    (re.compile(r"\bmilitary\s+access\b", re.IGNORECASE), "MilitaryBasing"),
    (
        re.compile(
            r"\boverfl(?:y|ight|ights)\b|\bairspace\b|\bfly\s+(?:[\w-]+\s+){0,3}?over\b",
            re.IGNORECASE,
        ),
        "Overflight",
    ),
    # "access to agreed facilities and areas for training, exercises, and humanitarian
    # assistance", "... for joint training and disaster response": access to places for several
    # purposes is basing, exercises among them (session 43; the gold's two such sentences;
    # "for joint drills" alone stays exercises)
    (
        re.compile(
            # (the granted "to ..." after "access" alone: "grants U.S. forces access to ...")
            r"(?:\baccess\s+|^)to\s+(?:[\w,-]+\s+){0,4}?(?:facilit(?:y|ies)|bases|areas|"
            r"installations|airfields|ports|sites|locations)\b[^.;]*?\bfor\s+(?:[\w-]+\s+){0,2}?"
            r"[\w-]+(?:,|\s+and)\s+",
            re.IGNORECASE,
        ),
        "MilitaryBasing",
    ),
    # "to access and use 15 agreed facilities and areas in Finland, among them the Rovajärvi
    # training area": the use of the places is basing, whatever they are named (not when the
    # use is for exercises: "to use its ranges for joint drills")
    (
        re.compile(
            r"^(?!.*\b(?:exercises?|drills?)\b).*?\b(?:access|use)(?:\s+and\s+use)?\s+"
            r"(?:[\w,-]+\s+){0,4}?(?:facilit(?:y|ies)|bases|areas|installations|airfields|ports|"
            r"sites|locations)\b",
            re.IGNORECASE,
        ),
        "MilitaryBasing",
    ),
    # "to train and operate from Greek military facilities": forces working out of the places
    (
        re.compile(
            r"^(?!.*\b(?:exercises?|drills?)\b).*?\b(?:operate|deploy)\s+(?:from|out\s+of|at)\s+"
            r"(?:[\w§,-]+\s+){0,4}?(?:facilit(?:y|ies)|(?:air)?bases?|airfields?|ports?|installations)\b",
            re.IGNORECASE,
        ),
        "MilitaryBasing",
    ),
    (
        re.compile(r"\bexercises?\b|\bdrills?\b|\btrain(?:ing)?\b", re.IGNORECASE),
        "MilitaryExercise",
    ),
    # "to operate Safe Mobility Offices on its territory", "migrant processing centres"
    (
        re.compile(
            r"\b(?:mobility|migra(?:nt|nts|tion)|processing|refugee|asylum)\s+"
            r"(?:[\w-]+\s+)?(?:offices?|cent(?:er|re)s?|hubs?)\b|"
            # "two reception centers for migrants"
            r"\b(?:cent(?:er|re)s?|camps?|facilit(?:y|ies))\s+for\s+(?:the\s+)?"
            r"(?:[\w-]+\s+)?(?:migrants|refugees|asylum[\s-]seekers)\b",
            re.IGNORECASE,
        ),
        "MigrationProcessing",
    ),
    (
        re.compile(
            r"\b(?:deploy\w*|station\w*|bas(?:e|es|ing)|air\s*bases?|airfields?|host\w*|air\s+group|"
            r"troops|forces|"
            r"servicemembers|service\s+members|[Mm]arines|military\s+facilit\w+|"
            # "Russian military instructors", "a peacekeeping contingent"
            r"(?:military\s+)?(?:instructors|advisers|advisors|servicemen|contingents?)|peacekeepers|"
            r"brigades?|battalions?|battle\s*groups?|regiments?|garrisons?|"
            # "expand its military presence at Souda Bay"
            r"(?:military|naval|troop)\s+presence|"
            # "to keep its Black Sea Fleet in Sevastopol"
            r"[Ff]leets?)\b",
            re.IGNORECASE,
        ),
        "MilitaryBasing",
    ),
)

# a relative clause after the grantor: "Belarus, which allowed Russian troops to use its territory"
_WHICH = r"(?:,\s+(?:which|who)(?:\s+in\s+\d{4}|\s+(?:also|already|previously|earlier))?)?"
# the forces a state's name goes with when the mask did not take them in ("US troops")
_FORCE = r"(?:forces|troops|soldiers|military|aircraft|warplanes|warships|personnel|servicemembers)"
# an organisation whose forces a host lets in: "NATO troops", "NATO aircraft" (the grantee)
_ORG_FORCES = rf"§O\d+§(?=\s+{_FORCE}\b)"
# an organisation whose base a host takes in: "agreed to host a NATO air base" (session 25)
_ORG_BASE = r"§O\d+§(?=\s+(?:military\s+|naval\s+|air\s+)?(?:air\s*)?bases?\b)"
# the armed craft a grantee sends, named after its slot: "a US aircraft carrier", "US submarines",
# "Russian military trucks" (session 25)
_VESSELS = (
    r"(?:(?:nuclear-powered\s+)?aircraft\s+carriers?|submarines?|warships?|destroyers?|frigates?|"
    r"naval\s+vessels?|navy\s+ships?|military\s+(?:aircraft|planes|trucks|convoys|vehicles)|"
    r"bombers?|fighter\s+jets?|warplanes?)"
)
# the state's organ that gives a permission for it: "Tajikistan's parliament approved the
# deployment of ..."
_BODY = r"['’]s?\s+(?:parliament|government|senate|cabinet|legislature)"
_GIVEN_PERMISSION = re.compile(
    rf"(?P<grantee>{STATES})(?:\s+{_FORCE})?\s+(?:were|was|have\s+been|has\s+been)\s+(?:given|granted)\s+"
    rf"(?:the\s+)?(?:permission|right|authori[sz]ation|approval)\s+to\s+(?P<act>[^.;]*)|"
    # "US troops have been granted access to Norwegian bases"
    rf"(?P<grantee2>{STATES})(?:\s+{_FORCE})?\s+(?:were|was|have\s+been|has\s+been|had\s+been)\s+"
    r"(?:given|granted)\s+"
    r"(?:(?:expanded|greater|broader|wider|new|additional|further|full|unimpeded|rotational)\s+)?"
    r"(?P<act2>access\s+to\s+[^.;]*)|"
    # "Permission was granted to Russian military aircraft to use Iranian airspace"
    r"\b(?:[Pp]ermission|[Aa]pproval|[Aa]uthori[sz]ation)\s+(?:was|has\s+been|had\s+been)\s+(?:given|granted)\s+"
    rf"to\s+(?:the\s+)?(?P<grantee3>{STATES})(?:\s+{_FORCE})?\s+(?P<act3>to\s+[^.;]*)"
)
_IS_PERMITTED = re.compile(
    # "Ukrainian pilots are being allowed to train in Romania"
    rf"(?P<grantee>{STATES})(?:\s+(?:pilots|crews|sailors|marines|{_FORCE}))?\s+(?:is|are|was|were|has\s+been|"
    r"have\s+been)\s+(?:being\s+)?(?:permitted|allowed|authori[sz]ed)"
    rf"\s+to\s+(?P<act>[^.;]*)"
)
# "Israeli airlines have been allowed since 2020 to fly over Saudi territory", "Qatari carriers
# are permitted to use Bahraini airspace": a state's airlines let through another's airspace
# (the host named after the verb is the grantor; session 29)
_AIRLINES_ALLOWED = re.compile(
    r"(?P<grantee>§[SD]\d+§)\s+(?:airlines|air\s+carriers|carriers|flights|airliners)\s+"
    r"(?:(?:is|are|was|were|have\s+been|has\s+been)\s+(?:being\s+)?(?:permitted|allowed|authori[sz]ed)"
    r"(?:\s+since\s+(?:\d{4}|[A-Z][a-z]+(?:\s+\d{4})?))?|can\s+now|may\s+now)\s+to\s+"
    r"(?P<act>(?:fly\s+(?:over|through|across)|overfly|cross|use)\s+(?:the\s+)?(?P<grantor>§[SD]\d+§)"
    r"(?:['’]s?)?(?:\s+(?:airspace|territory|skies))?)"
)
_PERMITS = re.compile(
    # (a leader gives it for the state: "Lukashenko permitted Russian forces to use ...")
    rf"(?P<grantor>{STATES}|§P\d+§)(?:{_BODY})?{_WHICH}\s+(?:has\s+|have\s+|had\s+)?(?:also\s+)?"
    r"(?:permitted|allowed|authori[sz]ed|permits|allows|authori[sz]es|"
    # "Georgia has been allowing Russian military trucks to cross its territory"
    r"(?:(?:has|have|had)\s+been\s+|is\s+|are\s+)(?:allowing|permitting)|"
    rf"let|lets|granted\s+permission\s+to|gave\s+permission\s+to|agreed\s+to\s+(?:host|allow|let)|"
    # "Under the pact, Greece will allow French troops to ...": a grant the document lays down
    # (only after such an intro: see _UNDER_DOCUMENT_INTRO)
    r"(?P<will>will)\s+(?:also\s+)?(?:allow|permit|let))\s+"
    # "agreed to host additional US Marines"
    # ("permitted a US aircraft carrier to make a port call", "agreed to host a NATO air base":
    # session 25)
    r"(?:(?:the|an?|additional|more|further|extra|new|some|about|up\s+to|[\d,]+)\s+)*"
    rf"(?P<grantee>{STATES}|{_ORG_FORCES}|{_ORG_BASE})"
    rf"(?:\s+(?P<vessel>{_VESSELS}))?\s+(?:to\s+)?(?P<act>[^.;]*)"
)
# "The agreement allows US forces to use nine Philippine military bases": the bases' state
# a reciprocal grant: "to train in each other's territory", "to use each other's ports"
_EACH_OTHERS = re.compile(
    r"\b(?:in|on|at|through|of)\s+each\s+other['’]s\s+(?:territor(?:y|ies)|soil|bases|ports|"
    r"airspace|facilities|waters)\b"
)
_AGREEMENT_ALLOWS = re.compile(
    # "a Defense Cooperation Agreement, which gives U.S. forces access to 15 Finnish military
    # areas", "an agreement allowing U.S. troops to be stationed on Danish soil"
    # "The Compact also grants the United States exclusive military access to ..."
    # "the Terms of Reference that allow the Japan Self-Defense Forces to conduct ... activities
    # in the Philippines"
    r"(?:\b(?:[Tt]he|[Tt]his|[Tt]hat|[Aa]n?)\s+(?:[\w§-]+\s+){0,4}?(?:[Aa]greement|[Aa]ccord|[Dd]eal|"
    r"[Tt]reaty|[Pp]act|Compact|[Aa]rrangement|Terms\s+of\s+Reference)"
    # ("signed a Defense Cooperation Agreement on December 5, 2023, which gives ...": its
    # signing's date before the clause, session 43)
    r"(?:(?:\s+(?:signed\s+)?(?:in|on)\s+(?:[A-Z][a-z]+\s+)?(?:\d{1,2},?\s+)?\d{4})?"
    r"\s*,?\s+(?:which|that))?|"
    # "It allows ..." after the sentence telling the agreement signed (session 28)
    r"^(?P<it>It))\s+"
    r"(?:also\s+)?"
    r"(?:allows|permits|lets|allowed|permitted|grants|granted|gives|gave|allowing|permitting|granting|"
    r"(?<=that\s)(?:allow|permit)|"
    # "The agreement will provide U.S. forces with access to agreed facilities in Papua New
    # Guinea": what an agreement being signed grants, told in the future
    r"giving|provides|provided|providing|will\s+(?:allow|permit|let|grant|give|provide))\s+(?:the\s+)?"
    rf"(?P<grantee>{STATES})(?:(?:\s+[A-Z][\w-]+)?"
    # ("allows Australian defence and police personnel to deploy to Vanuatu": session 28)
    r"(?:\s+(?:police|defen[cs]e|security)(?:\s+and\s+(?:police|defen[cs]e|security))?"
    r"(?=\s+(?:forces|personnel|officers)\b))?"
    r"\s+(?:[Ff]orces|troops|military|soldiers|personnel|officers|police)|"
    # ("a basing agreement allowing US submarines to use HMAS Stirling": session 25)
    rf"\s+(?P<vessel>{_VESSELS}))?"
    # ("Australian police and defence personnel", its first words masked with the state)
    r"(?:\s+and\s+(?:police|defen[cs]e|security|military)\s+(?:forces|personnel|officers))?"
    r"\s+(?:to\s+|with\s+)?"
    r"(?P<act>(?:(?:(?:exclusive|full|unimpeded|unrestricted|expanded|broader|wider|greater|"
    r"military|naval)\s+){1,3}(?=access)|"
    # "allows U.S. forces to train and operate from Greek military facilities"
    r"train\s+(?:and|or)\s+(?=operate|use|deploy|rotate)|)"
    r"(?:use|access|station|deploy|rotate|be\s+(?:stationed|deployed|based)|"
    # "The pact allows U.S. troops to train in the Philippines"
    r"conduct|carry\s+out|hold|operate|train(?=\s+(?:on|in|at)\s))\b[^.;]*)"
)
# the sentence before "It allows ...": an agreement signed ("Australia and Vanuatu signed a
# security pact on Tuesday."), not one planned or in draft
_SIGNED_DOCUMENT = re.compile(
    r"\b(?:signed|concluded|struck|sealed|inked)\s+(?:[\w-]+\s+){0,5}?(?:agreement|accord|deal|treaty|"
    r"pact|arrangement|memorandum|protocol|compact)\b"
)
_PREVIOUS_SENTENCE = re.compile(r"(?:^|[.!?]\s)(?P<s>[^.!?]*[.!?]?)\s*$")


def _agreement_signed_before(analysis: Analysis, doc: Doc) -> bool:
    """Whether the sentence before this one tells an agreement signed."""
    begin = analysis.sentence.begin
    before = _PREVIOUS_SENTENCE.search(doc.article.body, max(0, begin - 400), begin)
    if before is None:
        return False
    told = before.group("s")
    return _SIGNED_DOCUMENT.search(told) is not None and _UNSIGNED.search(told) is None


# an agreement not (yet) in force: "a draft agreement", "the proposed deal"; and before an
# agreement's "will", a condition: "Once ratified, the agreement will give ..."
# a sentence that opens on the document that lays a grant down: "Under the agreement, ...",
# "Under the new defence pact signed on Monday, ..."
_UNDER_DOCUMENT_INTRO = re.compile(
    r"(?:[^,;.]{0,40},\s+)?[Uu]nder\s+(?:the|this|that|its|their|a\s+new)\s+(?:[\w§-]+\s+){0,4}?"
    r"(?:[Aa]greement|[Aa]ccord|[Dd]eal|[Tt]reaty|[Pp]act|[Aa]rrangement|[Mm]emorandum|[Pp]rotocol)"
    r"[^,;.]{0,60},"
)
_UNSIGNED = re.compile(
    r"\b(?=[cdefilnopsuw])(?:draft|proposed|planned|future|possible|potential|prospective|envisaged|"
    r"would-be|once|until|unless|when|if|after|pending|expected|negotiated)\b",
    re.IGNORECASE,
)
# "Finland and the United States signed ...": the parties before the agreement
_SIGNERS = re.compile(rf"(?P<parties>{STATES})\s+(?:have\s+|has\s+)?(?:also\s+)?signed\b")
# "the decision of the Government of Poland to allow the United States to station additional
# forces on its territory", "Kenya's decision to allow U.S. aircraft to use its airfields"
_DECISION_TO = re.compile(
    # "thanked Poland for its decision to host a permanent U.S. Army garrison"
    # "welcomed Poland's agreement to host the permanent forward headquarters of the U.S. Army"
    r"(?:(?P<g1>§S\d+§)(?:['’]s|\s+for\s+its)\s+(?:decision|agreement|consent)|"
    r"decision\s+(?:of|by)\s+(?:the\s+)?(?P<g2>§S\d+§))"
    r"\s+to\s+(?:(?:allow|permit|let|authori[sz]e)\s+(?:the\s+)?|"
    r"host\s+(?:(?:an?|the|[a-z-]+)\s+){0,5}?(?:of\s+(?:the\s+)?)?)"
    rf"(?P<grantee>{STATES})\s+(?:to\s+)?(?P<act>[^.;]*)|"
    # "the decision to grant U.S. forces access to four additional sites in the Philippines":
    # whose sites they are says whose grant it is
    r"(?:(?P<g3>§S\d+§)['’]s?\s+|\b)[Dd]ecision\s+to\s+(?:grant|give)\s+(?:the\s+)?"
    rf"(?P<grantee2>{STATES})(?:\s+(?P<force>{_FORCE}))?\s+"
    r"(?:(?:expanded|greater|broader|wider|increased|new|additional|further|full|unimpeded|rotational)\s+)?"
    r"(?P<act2>access\s+to\s+[^.;]*)"
)
# "Poland's approval for German troops to be stationed on its territory", "Greece's consent for
# U.S. warships to use the port of Alexandroupolis"
_APPROVAL_FOR = re.compile(
    r"(?P<grantor>§S\d+§)['’]s\s+(?:formal\s+|final\s+)?(?:approval|permission|consent|authori[sz]ation|"
    r"go-ahead|green\s+light)\s+for\s+(?:the\s+)?"
    rf"(?P<grantee>{STATES})(?:\s+(?P<force>{_FORCE}))?\s+(?P<act>to\s+[^.;]*)"
)
# "Moscow has received permission from Minsk to use Belarusian military facilities"
_RECEIVED_PERMISSION = re.compile(
    rf"(?P<grantee>{STATES})(?:\s+{_FORCE})?\s+(?:has\s+|have\s+|had\s+)?(?:also\s+)?(?:received|obtained|"
    r"got|secured|won)\s+(?:the\s+)?(?:permission|approval|authori[sz]ation|consent|clearance|the\s+right)\s+"
    r"(?:from\s+(?:the\s+)?(?P<grantor>§S\d+§)\s+)(?P<act>(?:to|for)\s+[^.;]*)"
)
# "Belarus provided its territory for the deployment of Russian troops", "has provided its
# airfields to the Russian Aerospace Forces"
_PROVIDED = re.compile(
    rf"(?P<grantor>{STATES}){_WHICH}\s+(?:has\s+|have\s+|had\s+)?(?:also\s+)?"
    r"(?:provided|offered|made\s+available)\s+"
    r"(?P<what>(?:its|their)\s+(?:own\s+)?(?:territory|airspace|soil|(?:military\s+|air\s*)?bases|"
    r"airfields|military\s+facilities|infrastructure))\s+"
    r"(?:(?:for|to)\s+(?:the\s+)?(?P<noun>deployment|stationing|basing|use|transit|exercises|drills)\s+"
    r"(?:of|by)\s+(?:the\s+)?|to\s+(?:the\s+)?)(?P<grantee>§[SD]\d+§)(?P<rest>[^.;]*)"
)
# "17 military facilities across Sweden", "agreed locations in Papua New Guinea"
_FACILITIES_IN = re.compile(
    r"\b(?:(?:air)?bases?|ports?|airfields?|facilit(?:y|ies)|areas|sites|locations|installations)\s+"
    r"(?:in|across|throughout|on|around)\s+(?:the\s+)?(?P<t>§S\d+§)(?!['’])"
)
_AIRSPACE_OF = re.compile(
    # "the Marshall Islands' land, waters and airspace"
    r"(?P<t>§[SD]\d+§)(?:['’]s?)?\s+(?:(?:land|waters|territorial\s+waters|territory|soil|airspace),?"
    r"\s+(?:and\s+)?){0,3}(?:airspace|territory|soil|(?<=and\s)(?:land|waters))\b"
)
_BASES_OF = re.compile(
    # "Iran's Hamadan airbase", "Polish military bases" (the demonym and "military" are one slot)
    r"(?P<t>§[SD]\d+§)(?:['’]s)?\s+(?:[A-Z][\w-]+\s+){0,2}(?:military\s+|naval\s+|air\s+)?"
    r"(?:(?:air)?bases?|ports?|airfields?|facilities|areas|sites|locations)\b"
)
# "Hungary granted the United States access to its airbases"
_GRANTS_ACCESS = re.compile(
    rf"(?P<grantor>{STATES}){_WHICH}\s+(?:(?:has|have|had)\s+(?:also\s+)?given\s+|(?:has\s+|have\s+|had\s+)?"
    rf"(?:also\s+)?(?:granted|gave|gives|"
    rf"grants|offered|provided)\s+)(?:the\s+)?(?P<grantee>{STATES}|{_ORG_FORCES})\s+"
    # "granted US forces access to four more military bases"
    # "granted US warplanes permission to use the Incirlik air base"
    r"(?:(?P<force>(?:military\s+)?(?:forces|troops|military|soldiers|personnel|armed\s+forces|"
    r"warplanes|bombers|drones|fighter\s+jets|(?:military\s+)?aircraft))\s+)?"
    r"(?:the\s+)?(?:(?:expanded|greater|"
    r"broader|wider|increased|new|additional|further|full|unimpeded|unrestricted|rotational|"
    r"exclusive)\s+)?(?:access|rights?|permission|"
    # "Turkey granted Russian ships passage through the Bosphorus"
    r"(?=passage|transit)|(?:ships|vessels|warships|aircraft|troops)\s+(?=passage|transit)|"
    # "granted Iranian military aircraft permission to use its airspace"
    r"(?:aircraft|helicopters|planes|jets|ships|vessels|warships|troops|forces)\s+"
    r"(?:permission|the\s+right|approval|authori[sz]ation))"
    r"\s*(?P<act>(?:to|for|passage|transit)\b[^.;]*)"
)
# "Armenia gave Iran overflight rights", "Iraq granted overflight rights to Russian aircraft"
_GRANTS_RIGHTS = re.compile(
    rf"(?P<grantor>{STATES})\s+(?:(?:has|have|had)\s+(?:also\s+)?given\s+|(?:has\s+|have\s+|had\s+)?"
    rf"(?:also\s+)?(?:granted|gave|gives|grants|offered|provided|issued)\s+)(?:(?:the\s+)?(?P<grantee>{STATES})\s+)?"
    # ("gave Russian military trucks transit rights": session 25)
    rf"(?:(?<=§\s)(?P<vessel>{_VESSELS}|trucks|convoys|vehicles)\s+)?"
    r"(?P<act>(?:overflight|transit|basing|passage)\s+(?:rights|permits?|permission|clearances?))"
    r"(?(grantee)|\s+(?:to|for)\s+(?:the\s+)?(?P<grantee2>" + STATES + r"))"
)
# "Georgia allowed the transit of Russian military cargo to Armenia", "Kazakhstan approved the
# deployment of Russian troops on its territory"
_ALLOWS_NOUN = re.compile(
    # "The Senate of Kazakhstan on Friday approved the presence of ...": the state's organ, and
    # the day between it and the verb
    r"(?:\b(?:Senate|Parliament|Government|Cabinet|Legislature|National\s+Assembly)\s+of\s+"
    r"(?:the\s+)?)?"
    rf"(?P<grantor>{STATES}|§P\d+§)(?:{_BODY})?{_WHICH}"
    r"(?:\s+(?:on|in)\s+(?:[A-Z][a-z]+|\d{1,2})(?:\s+\d{1,2}(?:,\s+\d{4})?|\s+\d{4})?|\s+(?:today|yesterday))?"
    r"\s+(?:has\s+|have\s+|had\s+)?(?:also\s+)?"
    r"(?:permitted|allowed|"
    r"authori[sz]ed|approved|agreed\s+to|consented\s+to|gave\s+permission\s+for|granted\s+permission\s+for)"
    r"\s+(?:the\s+)?(?P<act>(?:(?:(?:rail|road|land|military|temporary)\s+)?(?:transit|passage|"
    r"deployment|stationing|basing|overflight|"
    # (not the destination: "the transit of weapons to Ukraine")
    # "permitted overflights by Russian military aircraft"
    r"presence)\s+of|overflights?\s+by)\s+(?:an?\s+|the\s+|its\s+)?"
    r"(?:(?!(?:to|for|from|through|via|into|across|in|on)\s)[a-z]+\s+){0,2}?)"
    # ("the presence of the CSTO forces": an organisation's forces)
    rf"(?P<grantee>§[SD]\d+§|(?<=presence\sof\sthe\s)§O\d+§(?=\s+(?:peacekeeping\s+)?"
    r"(?:forces|troops|contingent|peacekeepers)\b))(?P<rest>[^.;]*)"
)
# "The Cypriot government authorized the use of its airspace by US military aircraft"
_USE_BY = re.compile(
    rf"(?P<grantor>{STATES}|§P\d+§)(?:{_BODY})?{_WHICH}\s+(?:has\s+|have\s+|had\s+)?(?:also\s+)?"
    r"(?:permitted|allowed|"
    r"authori[sz]ed|approved|agreed\s+to|consented\s+to)\s+the\s+use\s+of\s+(?P<act>(?:its|their)\s+"
    r"(?:own\s+)?(?:airspace|territory|soil|(?:military\s+|naval\s+|air\s*)?bases?|airfields?|ports?|"
    rf"roads|railways?))\s+by\s+(?:the\s+)?(?P<grantee>{STATES})(?P<rest>[^.;]*)"
)
# "Poland has opened its airspace to Ukrainian military aircraft"
_OPENED = re.compile(
    rf"(?P<grantor>{STATES}){_WHICH}\s+(?:(?P<will>will)\s+(?:also\s+)?(?:re)?open|"
    r"(?:has\s+|have\s+|had\s+)?(?:also\s+)?(?:re)?open(?:ed|s))\s+"
    r"(?:its|their)\s+(?P<what>airspace|territory|roads|railways?|military\s+bases|air\s*bases|bases|"
    r"(?:naval\s+)?ports|"
    rf"airfields)\s+to\s+(?:the\s+)?(?P<grantee>{STATES}|{_ORG_FORCES})(?P<rest>[^.;]*)"
)
# a state opening its airspace to the flights to and from another: "welcomed Saudi Arabia's
# decision last July to open its airspace to all civilian carriers, including flights to and from
# Israel", "Oman has opened its airspace to flights to and from Israel" (not "to Georgian
# airlines": flights of no state that they serve)
_AIRSPACE_TO_FLIGHTS = re.compile(
    r"(?P<grantor>§S\d+§)(?:['’]s?\s+(?:decision|move)(?:\s+[^.;§]{1,30}?)?\s+to\s+(?:re)?open|"
    r"\s+(?:has\s+|have\s+|had\s+)?(?:also\s+)?(?:re)?open(?:ed|s))\s+(?:its|their)\s+airspace\s+to\s+"
    r"(?:[^.;§]{1,60}?\s+)?(?:flights|airlines|carriers|aircraft|planes)\s+"
    r"(?:(?:travell?ing|flying|operating)\s+)?(?:to\s+and\s+from|from\s+and\s+to|bound\s+for)\s+"
    r"(?:the\s+)?(?P<grantee>§S\d+§)"
)
# leases: "Djibouti leases land to China for a military base", "Russia leases the base from
# Kyrgyzstan", "Tajikistan extended Russia's lease on its military base until 2042", "Russia has a
# naval base in Tartus, Syria, under a 49-year lease"
_LEASES_TO = re.compile(
    rf"(?P<grantor>{STATES})\s+(?:has\s+|have\s+|had\s+)?(?:also\s+)?(?:leases|leased|rents|rented|"
    # "Under the memorandum, Somaliland is to lease 20 kilometres of its coastline to Ethiopia":
    # what a signed memorandum grants
    r"(?<=§\s)(?:is|are)\s+to\s+lease|(?:has\s+|have\s+)?agreed\s+to\s+lease)\s+"
    rf"(?P<act>[^.;]*?)\s+to\s+(?:the\s+)?(?P<grantee>{STATES})(?P<rest>[^.;]*)"
)
_LEASES_FROM = re.compile(
    rf"(?P<grantee>{STATES})\s+(?:has\s+|have\s+|had\s+)?(?:also\s+)?(?:leases|leased|rents|rented)\s+"
    rf"(?P<act>[^.;]*?)\s+from\s+(?:the\s+)?(?P<grantor>§[SD]\d+§)"
)
_LEASE_EXTENDED = re.compile(
    rf"(?P<grantor>{STATES})\s+(?:has\s+|have\s+|had\s+)?(?:also\s+)?(?:extended|renewed|prolonged|"
    r"approved|ratified)\s+(?:(?P<grantee>§[SD]\d+§)['’]s\s+lease|the\s+lease)\s+(?:on|of|for)\s+"
    r"(?:the\s+|its\s+)?(?(grantee)|(?P<grantee2>§[SD]\d+§)(?:['’]s)?\s+)(?P<act>[^.;]*)"
)
# "Syria granted Russia a 49-year lease on the Tartus naval base"
_LEASE_GRANTED = re.compile(
    rf"(?P<grantor>{STATES})\s+(?:(?:has|have|had)\s+(?:also\s+)?(?:granted|given)|(?:also\s+)?"
    rf"(?:granted|gave|gives|grants))\s+(?:the\s+)?(?P<grantee>{STATES})\s+an?\s+"
    r"(?:[\w-]+\s+){0,2}?lease\s+(?:on|of|for)\s+(?P<act>[^.;]*)"
)
_UNDER_LEASE = re.compile(
    r"(?P<grantee>§S\d+§)\s+(?:also\s+)?(?:has|have|had|operates|operated|maintains|maintained|keeps|"
    r"kept|runs|ran|uses|used)\s+(?P<act>(?:an?|the|its|two|three|several)\s+(?:[\w-]+\s+){0,3}?"
    r"(?:bases?|airbases?|airfields?|facilit(?:y|ies)))\s+(?:in|at)\s+(?:(?:§C\d+§|[A-Z][\w-]+),\s+)?"
    r"(?P<grantor>§S\d+§)(?!['’])[^.;]*?\b(?:lease|leased|rented)\b"
)

# "Hungary gave permission for Serbian military helicopters to fly over Hungarian territory"
_PERMISSION_FOR = re.compile(
    rf"(?P<grantor>{STATES})\s+(?:has\s+|have\s+|had\s+)?(?:also\s+)?(?:granted|gave|given|gives|grants|"
    # "Minsk has given the green light for Russian troops to be stationed in Belarus"
    r"issued)\s+(?:its\s+)?(?:permission|approval|authori[sz]ation|clearance|consent|"
    r"(?:the\s+)?green\s+light|(?:the\s+)?go-ahead)\s+for\s+(?:the\s+)?"
    rf"(?P<grantee>{STATES})(?:\s+[a-z]+){{0,2}}\s+(?P<act>to\b[^.;]*)"
)
_DEPLOYMENT_ON = re.compile(
    # "the Deployment of an Air Group of the Russian Federation's Armed Forces in the Syrian Arab
    # Republic"
    r"[Dd]eployment\s+of\s+(?:an?\s+|the\s+)?(?:(?:[A-Za-z]+\s+){1,3}?of\s+(?:the\s+)?)?"
    r"(?P<grantee>§[SD]\d+§)(?:['’]s)?\s+(?P<act>[^.;]*?)\s+(?:on|in)\s+"
    r"(?:the\s+)?(?:territory\s+of\s+)?(?P<grantor>§S\d+§)"
)
# "The Russian air group has been deployed in Syria at Syria's request": the state that asked
_AT_REQUEST = re.compile(
    r"(?P<grantee>§[SD]\d+§)(?P<who>(?:\s+[a-z][\w-]*){0,3})\s+(?:(?:has\s+been|have\s+been|had\s+been|"
    r"was|were|is|are|remains?|remained)\s+(?P<act>deployed|stationed|based)\s+|"
    # "U.S. forces remain in Iraq at the invitation of the Government of Iraq": forces there
    r"(?:remains?|remained|stays?|stayed|are|were|have\s+been|has\s+been)\s+(?=in\s))(?:in|to)\s+(?:the\s+)?"
    r"(?P<grantor>§S\d+§)\s*,?\s+at\s+(?:the\s+)?(?:(?P<asker>§[SP]\d+§)['’]s\s+(?:request|invitation)|"
    r"(?:request|invitation)\s+of\s+(?:the\s+)?(?P<asker2>§[SP]\d+§))"
)
# "Kyrgyzstan hosts a Russian air base at Kant"
_HOSTS = (
    # "Lithuania is hosting a German brigade", "Poland is home to about 10,000 US troops"
    # "Estonia has been hosting ..."
    r"(?P<grantor>§S\d+§)\s+(?:also\s+)?(?:hosts|hosted|(?:has|have|had)\s+(?:also\s+)?hosted|"
    r"(?:is|are|has\s+been|have\s+been)\s+hosting|is\s+home\s+to)\s+"
    # "Japan hosts about 54,000 US troops"
    r"(?:an?\s+|the\s+)?(?:(?:about|some|around|nearly|almost|more\s+than|over|up\s+to)\s+)?"
    r"(?:[\d,.]+\s+(?:thousand\s+)?)?"
    # "Qatar hosts the largest U.S. military base in the Middle East"
    r"(?:(?<=the\s)(?:largest|biggest|main|only|principal|sole|key)\s+)?"
)
# "Djibouti hosts military bases of the United States, France and China"
_HOSTS_BASES_OF = re.compile(
    _HOSTS + r"(?P<act>(?:foreign\s+)?(?:military\s+|naval\s+)?(?:air\s*)?bases?)\s+of\s+"
    rf"(?:the\s+)?(?P<grantee>{STATES})"
)
_HOSTS_BASE = re.compile(
    # "Djibouti hosts Chinese, American and Japanese military bases"
    _HOSTS + rf"(?P<grantee>{STATES})(?:\s+(?P<act>(?:military\s+|naval\s+)?(?:air\s*)?"
    r"(?:bases?|airfields?)|troops|forces|soldiers|military\s+facilit\w+))?"
    # "Spain hosts American warships at Rota" (kept there: a standing presence)
    r"(?P<ships>(?<=§)(?=\s+(?:at|in)\s+[A-Z]))?"
)
# the ships a hosting state keeps, which the mask folds into the state: "American warships"
_HOSTED_SHIPS = re.compile(
    r"\b(?:warships|destroyers|frigates|submarines|naval\s+vessels|navy\s+ships)\b", re.IGNORECASE
)
# "Lithuania has hosted NATO's multinational enhanced Forward Presence battlegroup", "Estonia hosts
# the NATO battlegroup", "Poland hosts the U.S. Army's V Corps forward headquarters": the forces
# of a state or an alliance, named by its possessive or before the forces' words
_HOSTS_FORCES_OF = re.compile(
    _HOSTS + r"(?P<grantee>§[SDO]\d+§)(?:['’]s?)?\s+(?:[\w-]+\s+){0,5}?(?P<act>battle\s*groups?|"
    r"brigades?|battalions?|divisions?|regiments?|troops|forces|soldiers|servicemembers|contingents?|"
    r"garrisons?|(?:military|naval|air)\s+(?:bases?|presence))\b"
)
_HOSTING = re.compile(
    r"(?P<grantor>§S\d+§)\s+for\s+(?:\w+\s+)?hosting\s+"
    # "thanked Poland for hosting more than 10,000 U.S. servicemembers"
    r"(?:(?:about|some|around|nearly|almost|more\s+than|over|up\s+to)\s+)?(?:[\d,.]+\s+(?:thousand\s+)?)?"
    r"(?P<grantee>§[SD]\d+§)\s+(?P<act>servicemembers|service\s+members|troops|forces|soldiers)"
)
# "expressed appreciation for Qatar's continued hosting of U.S. forces at Al Udeid Air Base": the
# host's hosting told as a noun with its owner (session 37, treaty)
_HOSTING_OF = re.compile(
    r"(?P<grantor>§S\d+§)['’]s?\s+(?:(?:continued|continuing|ongoing|long-standing|longstanding)\s+)?"
    r"hosting\s+of\s+(?:(?:about|some|around|nearly|almost|more\s+than|over|up\s+to)\s+)?"
    r"(?:[\d,.]+\s+(?:thousand\s+)?)?(?:the\s+)?"
    r"(?P<grantee>§[SD]\d+§)\s+(?P<act>servicemembers|service\s+members|troops|forces|soldiers)"
)
# "The Secretary thanked the Philippines for allowing U.S. forces to use its bases": praise for
# a permission (not "criticized Belarus for allowing ...", an allegation)
_FOR_ALLOWING = re.compile(
    r"\b(?:thank(?:s|ed|ing)?|prais(?:e|es|ed|ing)|commend(?:s|ed|ing)?|applaud(?:s|ed|ing)?|"
    r"(?:grateful|gratitude|appreciation)\s+to)\s+(?:the\s+)?(?P<grantor>§S\d+§)\s+for\s+"
    r"(?:\w+\s+)?(?:allowing|permitting|letting|authori[sz]ing)\s+(?:the\s+)?"
    rf"(?P<grantee>{STATES})(?:\s+{_FORCE})?\s+(?:to\s+)?(?P<act>[^.;]*)"
)
# "Russia's 201st military base in Tajikistan", "the Russian military base stationed in
# Tajikistan", "America's Kant Air Base in Kyrgyzstan": a foreign state's base in a named host
_BASE_IN = re.compile(
    r"(?P<grantee>§[SD]\d+§)(?:['’]s?)?\s+(?:(?:\d+(?:st|nd|rd|th)|[A-Z][\w-]+)\s+){0,2}"
    r"(?P<act>(?:(?:[Mm]ilitary|[Nn]aval|[Aa]ir)\s+)?(?:[Aa]ir\s*)?[Bb]ases?)\s+"
    # "Russia's 102nd military base in Gyumri, Armenia": the city's state
    r"(?:(?:stationed|located|based|deployed)\s+)?in\s+(?:the\s+)?(?:(?:§C\d+§|[A-Z][\w-]+),\s+)?"
    r"(?P<grantor>§S\d+§)(?!['’]|\s*[-–])"
)
# "Russia keeps military bases in both Armenia and Tajikistan", "The United States has a naval
# base in Bahrain": a state's bases in one or two named hosts (session 29)
_KEEPS_BASES_IN = re.compile(
    r"(?P<grantee>§S\d+§)\s+(?:also\s+|still\s+)?(?:has|have|keeps|kept|maintains|maintained|"
    r"operates|operated)\s+(?:an?\s+|two\s+|three\s+|several\s+)?"
    r"(?P<act>(?:(?:[Mm]ilitary|[Nn]aval|[Aa]ir)\s+)?(?:[Aa]ir\s*)?[Bb]ases?)\s+in\s+(?:both\s+)?"
    r"(?:the\s+)?(?P<grantor>§S\d+§(?:\s+and\s+(?:the\s+)?§S\d+§)?)(?!['’]|\s*[-–])"
)
# "Russia has deployed tactical nuclear weapons in Belarus with Minsk's consent", "Russian
# troops are stationed in Armenia with the consent of Armenia": the consenting state's permission
_WITH_CONSENT = re.compile(
    rf"(?P<grantee>{STATES})(?:\s+{_FORCE})?\s+(?:has\s+|have\s+|had\s+|is\s+|are\s+|was\s+|"
    r"were\s+|has\s+been\s+|have\s+been\s+|remains?\s+)?(?:also\s+)?"
    r"(?P<act>(?:deployed|stationed|based|placed|positioned|kept|keeps|keep|maintains|maintained)\b"
    r"[^.;§]*?(?:§[SDC]\d+§[^.;§]*?)?),?\s+with\s+(?:the\s+)?(?:(?P<grantor>§S\d+§)['’]s\s+"
    r"(?:full\s+|formal\s+|explicit\s+)?|(?:full\s+|formal\s+|explicit\s+)?)"
    r"(?:consent|permission|approval|blessing|authori[sz]ation)"
    r"(?(grantor)|\s+of\s+(?:the\s+)?(?:government\s+of\s+)?(?P<grantor2>§S\d+§))"
)
# "Under the agreement, U.S. troops can use three Norwegian air bases": what a (signed) agreement
# lets the grantee's forces do, told after it
_UNDER_AGREEMENT = re.compile(
    r"\b[Uu]nder\s+(?:the|this|that|an?|its|their|a\s+new)\s+(?:[\w§-]+\s+){0,4}?(?:[Aa]greement|"
    r"[Aa]ccord|[Dd]eal|[Tt]reaty|[Pp]act|[Aa]rrangement|[Mm]emorandum|[Pp]rotocol)"
    # "Under the agreement signed in 2013, ..."
    r"(?:\s+(?:signed|concluded|reached|ratified)\s+[^,;.§]{1,40})?\s*,\s+"
    rf"(?:the\s+)?(?P<grantee>{STATES})(?:(?:\s+[A-Z][\w-]+)?\s+(?:[Ff]orces|troops|military|soldiers|"
    r"personnel|aircraft|warships|servicemembers))?\s+"
    r"(?:can|may|will\s+be\s+able\s+to|(?:is|are)\s+(?:allowed|permitted)\s+to|will\s+have|has|have|"
    r"will|gains?|gets?|"
    r"receives?|(?:has|have)\s+(?:been\s+)?(?:granted|given))\s+"
    r"(?P<act>(?:(?:exclusive|full|unimpeded|unrestricted|expanded|broader|wider|greater|military|"
    r"naval)\s+){0,3}access\s+to\b[^.;]*|"
    r"(?:use|access|station|deploy|rotate|be\s+(?:stationed|deployed|based)|operate\s+(?:from|out\s+of|at)|"
    # ("Under the agreement, Japanese forces can train in the Philippines": session 25)
    r"train(?=\s+(?:in|on|at)\s))"
    r"\b[^.;]*)"
)
# a base no longer there, or not yet: "the former Soviet base in Latvia", "plans to build a
# Chinese naval base in Cambodia", "a proposed Russian base in Sudan"
_BASE_NOT_THERE = re.compile(
    r"\b(?=[abcdefhlnoprsvw])(?:former|ex|closed|closing|shut|defunct|abandoned|new|proposed|planned|"
    r"future|possible|potential|prospective|would-be|build\w*|construct\w*|open\w*|establish\w*|"
    r"set\s+up|plans?|planning|seek\w*|sought|negotiat\w*|wants?|denied|denies|report\w*|"
    r"close|withdr[ae]w\w*|evacuat\w*|leave|left|occupied|hand\w*\s+over|handover|vacat\w*|"
    r"dismantl\w*|expel\w*|ousted|ordered|end\w*|"
    # a base the host did not let in: "Russia keeps a base in breakaway Transnistria, Moldova"
    r"occupation|occupying|illegal\w*|unlawful\w*|without|against|uninvited|breakaway|"
    r"separatist|contested|disputed)\b",
    re.IGNORECASE,
)
_SOIL = re.compile(
    r"(?:from|on|in)\s+(?P<t>§[SD]\d+§)\s+(?:soil|territory|land)|(?:from|on|in)\s+(?:the\s+)?"
    r"territory\s+of\s+(?P<t2>§S\d+§)"
)


# what forces an agreement lets in do, and where: "to conduct disaster relief activities in the
# Philippines", "to hold joint exercises on Australian territory"
# "the protocol Albania signed with Italy, under which Italy is to operate two reception
# centers for migrants in Albania": the state the agreement lets run something on another's soil
_UNDER_WHICH = re.compile(
    r"\b(?:[Aa]greements?|[Aa]ccords?|[Dd]eals?|[Tt]reat(?:y|ies)|[Pp]acts?|[Pp]rotocols?|"
    r"[Mm]emorand(?:um|a)(?:\s+of\s+[Uu]nderstanding)?|[Aa]rrangements?)\b(?:[^;.§]|§[A-Z]\d+§){0,80}?,\s+"
    rf"under\s+which\s+(?:the\s+)?(?P<grantee>{STATES})(?:\s+{_FORCE})?\s+"
    r"(?:(?:is|are|was|were)\s+to\s+|will\s+|can\s+|may\s+|)(?:also\s+)?"
    r"(?P<act>(?:operate|operates|operated|run|runs|ran|build|builds|built|set\s+up|sets\s+up|open|"
    r"opens|opened|establish|establishes|established)\s+(?:[^.;§]|§[A-Z]\d+§)*?\bin\s+(?:the\s+)?"
    r"(?P<t>§S\d+§)(?!['’]))"
)
# what lies before an agreement's signing date: "the protocol Albania signed with Italy in "
_SIGNED_BEFORE = re.compile(r"\b(?:signed|concluded|struck)\b[^,;]{0,60}?\b(?:in|on)\s+$")
_ACTIVITIES_IN = re.compile(
    r"\b(?:activities|operations|exercises|drills|training|missions|patrols)\s+(?:in|on|across)\s+"
    r"(?:the\s+)?(?:territory\s+of\s+)?(?P<t>§S\d+§)(?!['’]|\s*[-–])"
)
# "signed a roadmap on the permanent stationing of a German brigade in Lithuania": a signed
# document on one state's forces kept in another
_SIGNED_ON_STATIONING = re.compile(
    r"\b(?:signed|concluded)\s+(?:an?\s+|the\s+)?(?:[\w-]+\s+){0,3}?(?:roadmap|road\s+map|agreement|"
    r"accord|treaty|memorandum|protocol|arrangement|deal)\s+(?:of\s+understanding\s+)?on\s+(?:the\s+)?"
    r"(?:[\w-]+\s+){0,2}?(?P<act>stationing|deployment|basing|presence)\s+of\s+(?:an?\s+|the\s+)?"
    r"(?:[\w-]+\s+){0,2}?(?P<grantee>§[SD]\d+§)(?P<rest>(?:\s+[\w-]+){0,4}?)\s+(?:in|on)\s+(?:the\s+)?"
    r"(?:territory\s+of\s+)?(?P<grantor>§S\d+§)(?!['’])"
)
_PLACED_IN = re.compile(
    r"\b(?:(?:station|deploy|base|host|place|train)\w*\s+(?:[\w-]+\s+){0,4}?(?:in|on)|"
    # "to deploy to Vanuatu" (session 28)
    r"deploy(?:ed|ing)?\s+(?:[\w-]+\s+){0,2}?to)\s+(?:the\s+)?"
    r"(?:territory\s+of\s+)?(?P<t>§S\d+§)"
)


def activity_concept(text: str) -> str | None:
    """The activity concept a phrase names ("stationing of troops" -> MilitaryBasing)."""
    return _activity(text)


def _activity(text: str) -> str | None:
    for regex, concept in _ACTIVITIES:
        if regex.search(text):
            return concept
    return None


# Each permission pattern with the words (as it spells them) one of which it cannot match
# without: a sentence with none of them is not scanned.
_PERMISSION_PATTERNS: tuple[tuple[re.Pattern[str], tuple[str, ...]], ...] = (
    (_GIVEN_PERMISSION, ("given", "granted")),
    (_IS_PERMITTED, ("permitted", "allowed", "authori")),
    (_AIRLINES_ALLOWED, ("airlines", "carriers", "flights", "airliners")),
    (_PERMITS, ("permit", "allow", "authori", "let", "granted", "gave", "agreed")),
    (_GRANTS_ACCESS, ("grant", "gave", "given", "gives", "offered", "provided")),
    (_PERMISSION_FOR, ("grant", "gave", "given", "gives", "issued")),
    (_DEPLOYMENT_ON, ("deployment", "Deployment")),
    (_HOSTING, ("hosting",)),
    (_HOSTING_OF, ("hosting",)),
    (_FOR_ALLOWING, ("allowing", "permitting", "letting", "authorising", "authorizing")),
    (_HOSTS_BASE, ("host", "home")),
    (_HOSTS_BASES_OF, ("host", "home")),
    (_HOSTS_FORCES_OF, ("host", "home")),
    (_SIGNED_ON_STATIONING, ("signed", "concluded")),
    (_AGREEMENT_ALLOWS, ("allow", "permit", "let", "grant", "gave", "giv", "provid")),
    (_GRANTS_RIGHTS, ("rights", "permit", "permission", "clearance")),
    (_AT_REQUEST, ("request", "invitation")),
    (_DECISION_TO, ("decision", "Decision", "agreement", "consent")),
    (_APPROVAL_FOR, ("approval", "permission", "consent", "authori", "go-ahead", "green")),
    (_RECEIVED_PERMISSION, ("received", "obtained", "got", "secured", "won")),
    (_PROVIDED, ("provided", "offered", "made")),
    (_USE_BY, ("use",)),
    (
        _ALLOWS_NOUN,
        ("transit", "passage", "deployment", "stationing", "basing", "overflight", "presence"),
    ),
    (_OPENED, ("open",)),
    (_AIRSPACE_TO_FLIGHTS, ("airspace",)),
    (_LEASES_TO, ("lease", "rent")),
    (_LEASES_FROM, ("lease", "rent")),
    (_LEASE_EXTENDED, ("lease",)),
    (_LEASE_GRANTED, ("lease",)),
    (_UNDER_LEASE, ("lease", "rent")),
    (_BASE_IN, ("base", "Base")),
    (_KEEPS_BASES_IN, ("base",)),
    (_WITH_CONSENT, ("consent", "permission", "approval", "blessing", "authori")),
    (_UNDER_AGREEMENT, ("Under", "under")),
    (_UNDER_WHICH, ("under which",)),
)
# a base told as there, undated by the sentence's other dates
_BASES_THERE = frozenset({_BASE_IN, _KEEPS_BASES_IN})
# every word of those, each looked for once a sentence (not once for each pattern that needs it)
_PERMISSION_NEEDED = tuple(sorted({word for _, needed in _PERMISSION_PATTERNS for word in needed}))


# "Hungary, a NATO member, has allowed ...": the aside between the grantor and its verb
_APPOSITION = re.compile(
    # ("a close ally of Russia", "a NATO member"; not "the X and Y" of a list)
    r"(§S\d+§),\s+(?:a|an|the)\s+(?:(?!and\s)(?:[^,;.§]|§[SDOC]\d+§)){1,60}?,\s+"
)


# Visa-free travel (session 30): a state lets another's citizens enter its soil without a visa
# (ANNOTATION.md §4 Permission; activity VisaFreeEntry). The visitors: a state's folded citizens
# ("Russian citizens", "Mexican nationals"), its people ("Kenyans"), "citizens of X".
_VISITORS = (
    r"(?:(?:[Cc]itizens|[Nn]ationals|[Rr]esidents|[Pp]assport\s+holders|[Hh]olders\s+of\s+"
    r"(?:[\w-]+\s+){0,3}?passports|[Vv]isitors|[Tt]ourists|[Tt]ravell?ers)\s+(?:of|from)\s+"
    r"(?:the\s+)?)?(?P<GROUP>§[SD]\d+§)(?:\s+(?:citizens|nationals|tourists|visitors|travell?ers|"
    r"passport\s+holders|holders\s+of\s+(?:[\w-]+\s+){0,3}?passports))?"
)
# ("ordinary passport holders from ...", "all citizens of ...")
_PASSPORT_KIND = r"(?:(?:all|ordinary|diplomatic|official|service)\s+)?"
_VISA_FREE_WORDS = (
    r"(?:without\s+(?:a\s+|any\s+|the\s+need\s+for\s+(?:a\s+)?)?visas?|visa[\s-]free)\b"
)
_ENTER = r"(?:visit|enter|travel\s+to|stay\s+in|go\s+to|come\s+to)"
_NEED_NO_VISA = (
    r"(?:(?:do|does|will)\s+not|don['’]t|doesn['’]t|won['’]t|(?:will\s+)?no\s+longer)\s+"
    r"(?:need|require)\s+(?:a\s+|any\s+)?(?:entry\s+)?visas?\s+(?:in\s+order\s+)?to"
)
_ABLE = (
    r"(?:(?:have|has)\s+been\s+(?:able|allowed|permitted)\s+to|(?:will\s+be|are|is)\s+"
    r"(?:now\s+)?(?:able|allowed|permitted)\s+to|can(?:\s+now)?|may(?:\s+now)?)"
)
# "Uzbek citizens may visit Kazakhstan without a visa", "Citizens of Ghana do not need a visa
# to visit Rwanda", "Kenyans visiting South Africa will be able to stay ... without a visa"
_VISITORS_ENTER = re.compile(
    rf"(?<![\w§])(?:{_VISITORS.replace('GROUP', 'grantee')})\s+(?:"
    rf"(?P<need>{_NEED_NO_VISA})\s+{_ENTER}\s+(?:the\s+)?(?P<grantor>§S\d+§|country)|"
    rf"{_ABLE}\s+{_ENTER}\s+(?:the\s+)?(?P<grantor2>§S\d+§|country)(?P<rest>[^.;§]{{0,60}})|"
    rf"(?:visiting|travell?ing\s+to|entering)\s+(?:the\s+)?(?P<grantor3>§S\d+§)\s+"
    rf"(?:{_ABLE}|will)\s+(?P<rest2>[^.;§]{{0,60}}))"
)
# "Thailand has waived visa requirements for Indian tourists", "The UAE introduced visa-free
# entry for Mexican nationals"
_GRANTS_VISA_FREE = re.compile(
    r"(?<![\w§])(?:[Tt]he\s+)?(?P<grantor>§S\d+§)\s+(?:has\s+|have\s+|had\s+)?(?:also\s+|now\s+)?"
    # (not "abolished visa requirements for Georgian citizens", "lifts visa requirement for
    # Georgians": a restriction ended, CONCEDE 081 alone, as a spent set's writer codes it)
    r"(?:introduced|introduces|granted|grants|extended|extends|offers|offered|launched|"
    # ("resumed its 15-day visa exemption for ...": one suspended, given again; session 36)
    r"waived|waives|resumed|resumes|restored|restores|reinstated|reinstates)\s+"
    r"(?:the\s+|its\s+|a\s+)?(?:[\w]+-day\s+)?(?:unilateral\s+)?(?:visa[\s-]free\s+(?:entry|travel|access|regime|"
    r"status|visits?)|visa\s+(?:requirements?|regime)|visa[\s-]exemptions?|visa\s+waivers?)\s+"
    rf"(?:for|to)\s+{_PASSPORT_KIND}(?:{_VISITORS.replace('GROUP', 'grantee')})(?!['’])"
)
# "China will allow ordinary passport holders from France, Germany and Spain to enter the
# country without a visa", "Thailand has allowed Indian tourists to stay without a visa": the
# host lets the visitors in (session 36; the list's other states are read after the match)
_ALLOWS_VISITORS = re.compile(
    r"(?<![\w§])(?:[Tt]he\s+)?(?P<grantor>§S\d+§)\s+(?:has\s+|have\s+|had\s+|will\s+)?"
    r"(?:also\s+|now\s+)?(?:allowed|allows|allow|permitted|permits|permit|lets|let)\s+"
    rf"{_PASSPORT_KIND}(?:{_VISITORS.replace('GROUP', 'grantee')})(?!['’])"
    rf"(?=[^.;]{{0,150}}?\s+to\s+{_ENTER}\b[^.;]{{0,60}}?{_VISA_FREE_WORDS})"
)
# "Georgia and Uzbekistan agreed to waive visas for holders of diplomatic passports", "signed
# an agreement on visa exemption for ...": each lets the other's people in
_MUTUAL_VISA_FREE = re.compile(
    r"(?<![\w§])(?:[Tt]he\s+)?(?P<a>§S\d+§)\s+and\s+(?:the\s+)?(?P<b>§S\d+§)\s+(?:have\s+|has\s+)?"
    r"(?:also\s+)?(?:agreed\s+(?:to|on)|signed\s+(?:an?\s+|the\s+)?(?:[\w-]+\s+){0,2}?(?:agreement|"
    r"accord|memorandum|protocol|deal)\s+(?:of\s+understanding\s+)?(?:on|to))\s+(?:the\s+)?"
    r"(?:mutual(?:ly)?\s+|reciprocal(?:ly)?\s+)?(?:(?:waive|waiving|abolish|abolishing|scrap|"
    r"lift|remove|exempt\s+each\s+other['’]s\s+citizens\s+from)\s+(?:the\s+)?(?:entry\s+)?"
    r"visas?(?:\s+requirements?)?|visa[\s-]free\s+(?:entry|travel|regime)|"
    r"(?:mutual\s+)?visa\s+(?:exemptions?|waivers?))\b"
)
# "Citizens of both countries may now stay in the other country for up to 30 days without a
# visa", "The two countries' citizens can visit each other's countries without a visa": each
# lets the other's people in (session 37, treaty)
_EACH_VISITS_OTHER = re.compile(
    r"(?:(?:[Cc]itizens|[Nn]ationals|[Rr]esidents|[Pp]assport\s+holders)\s+of\s+(?:the\s+)?"
    r"(?P<g>§G\d+§)|(?P<g2>§G\d+§)['’]s?\s+(?:citizens|nationals|residents|passport\s+holders))"
    rf"\s+(?:(?P<need>{_NEED_NO_VISA})|{_ABLE})\s+{_ENTER}\s+(?:the\s+other\s+(?:country|state|"
    r"side)|each\s+other['’]s\s+(?:countries|territories|territory|country))"
    r"(?P<rest>[^.;§]{0,60})"
)
# "..., in the same way as South Africans visiting Kenya": the other way round too
_AS_OTHERS_VISITING = re.compile(
    r"^[^.;]{0,120}?,?\s+(?:(?:in\s+)?the\s+same\s+way\s+as|the\s+same\s+as|just\s+as|as\s+(?:do|are|can))\s+"
    rf"(?:{_VISITORS.replace('GROUP', 'grantee')})\s+(?:visiting|travell?ing\s+to|in)\s+(?:the\s+)?"
    r"(?P<grantor>§S\d+§)"
)
_VICE_VERSA = re.compile(r"^[^.;]{0,80}?\b(?:and|or)\s+vice\s+versa\b")
# a plan, a wish or a condition: no permission yet ("plans to introduce visa-free travel",
# "would consider", "if Dhaka reciprocates")
_VISA_HEDGE = re.compile(
    r"\b(?:plans?|planned|planning|intends?|intended|intention|consider\w*|propos\w*|would|could|"
    r"might|should|if|unless|hopes?|hoped|seeks?|sought|wants?|wanted|discuss\w*|negotiat\w*|"
    r"expected|aims?|draft|prospects?|possible|possibility|calls?\s+for|called\s+for|urged?|"
    r"asked|demand\w*|proposal|talks|soon|study|studying|explor\w*|not\s+yet|no\s+longer\s+"
    r"(?:able|allowed)|refused|rejected|denied|ended|suspended|revoked|reimpos\w*|scrapp\w*\s+"
    r"visa-free|never)\b",
    re.IGNORECASE,
)
# "resumed its visa exemption ..., restoring an arrangement that had been suspended": the
# suspension it ends is no hedge (session 36)
_RESUMED_VISA = re.compile(r"\b(?:resumed|resumes|restored|restores|reinstated|reinstates)\b")
_VISA_ENDED = re.compile(r"\b(?:suspended|ended|revoked)\b")
_NEGATED_VISA = re.compile(r"\b(?:not|n['’]t|never|no)\b", re.IGNORECASE)
_SAID_THAT_SUBJECT = re.compile(
    r"^(?:[Tt]he\s+)?(?P<s>§S\d+§)\s+(?:has\s+|had\s+)?(?:\w+ly\s+)?(?:announced|said|decided|"
    r"confirmed|declared|stated)\s+(?:on\s+[A-Z][a-z]+\s+)?that\s+"
)


def _visa_free(analysis: Analysis, doc: Doc) -> None:
    """Visa-free entry one state gives another's people: a Permission of the host (grantor) to
    the visitors' state (grantee), its start when the sentence gives one (session 30)."""
    masked = analysis.masked
    found: list[tuple[Entity, Entity, bool, bool]] = []

    def pair(
        grantor_slot: str | None, grantee_slot: str | None, dated: bool = True, act: bool = False
    ) -> None:
        grantor, grantee = _state(analysis, grantor_slot), _state(analysis, grantee_slot)
        if grantor is None and grantor_slot == "country":
            said = _SAID_THAT_SUBJECT.match(masked)
            grantor = _state(analysis, said.group("s")) if said else None
        if (
            grantor is not None
            and grantee is not None
            and grantor.key != grantee.key
            and grantor.kind is EntityKind.STATE
            and grantee.kind is EntityKind.STATE
            and grantor.qid is not None
            and grantee.qid is not None
        ):
            found.append((grantor, grantee, dated, act))

    for m in _VISITORS_ENTER.finditer(masked):
        rest = m.group("rest") if m.group("rest") is not None else m.group("rest2")
        if m.group("need") is None and not re.search(_VISA_FREE_WORDS, rest or "", re.I):
            continue  # "Kenyans may visit South Africa for up to 30 days": no visa told
        grantor = m.group("grantor") or m.group("grantor2") or m.group("grantor3")
        pair(grantor, m.group("grantee"))
        after = masked[m.start("rest") if m.group("rest") is not None else m.end() :]
        if m.group("rest2") is not None:
            after = masked[m.start("rest2") :]
        if (other := _AS_OTHERS_VISITING.match(after)) is not None:
            # (the other way round as it already is: the sentence's start is not its own)
            pair(other.group("grantor"), other.group("grantee"), dated=False)
        elif _VICE_VERSA.match(after):
            pair(m.group("grantee"), grantor)
    for m in _GRANTS_VISA_FREE.finditer(masked):
        pair(m.group("grantor"), m.group("grantee"), act=True)
        for listed in _visa_list_rest(masked, m.end()):
            pair(m.group("grantor"), listed, act=True)
    for m in _ALLOWS_VISITORS.finditer(masked):
        pair(m.group("grantor"), m.group("grantee"))
        for listed in _visa_list_rest(masked, m.end("grantee")):
            pair(m.group("grantor"), listed)
    for m in _MUTUAL_VISA_FREE.finditer(masked):
        pair(m.group("a"), m.group("b"), act=True)
        pair(m.group("b"), m.group("a"), act=True)
    if "other" in analysis.words and "§G" in masked:
        for m in _EACH_VISITS_OTHER.finditer(masked):
            if m.group("need") is None and not re.search(_VISA_FREE_WORDS, m.group("rest"), re.I):
                continue  # "may stay in the other country for 30 days": no visa told
            two = [
                e
                for e in entities_of(analysis, m.group("g") or m.group("g2"))
                if e.kind is EntityKind.STATE
            ]
            if len(two) == 2:
                found.append((two[0], two[1], True, False))
                found.append((two[1], two[0], True, False))
    if not found:
        return
    plain = re.sub(_NEED_NO_VISA, " ", masked, flags=re.IGNORECASE)
    resumed = _RESUMED_VISA.search(plain) is not None
    if resumed:
        plain = _VISA_ENDED.sub(" ", plain)
    if _VISA_HEDGE.search(plain) or _NEGATED_VISA.search(plain):
        return  # a plan, a condition, a negation: no permission told as granted
    text, begin = analysis.sentence.text, analysis.sentence.begin
    seen: set[tuple[str, str]] = set()
    for grantor, grantee, dated, act in found:
        if (grantor.key, grantee.key) in seen:
            continue
        seen.add((grantor.key, grantee.key))
        args: dict[str, Sequence[Value]] = {
            "grantor": [grantor],
            "grantee": [grantee],
            "activity": [Concept("VisaFreeEntry")],
        }
        for d in analysis.dates if dated else []:
            if d.end_value or _names(analysis, d):
                continue
            before = text[max(0, d.begin - begin - 20) : d.begin - begin]
            if d.since or re.search(
                r"\b(?:[Ff]rom|[Ss]ince|[Ss]tarting(?:\s+from)?|[Aa]s\s+of|[Ee]ffective(?:\s+from)?)"
                r"\s+(?:on\s+)?$",
                before,
            ):
                args["startDate"] = [_coming_start(analysis, doc, d)]
                break
            if _VISA_ENDED.search(before):
                continue  # "which it had suspended in 2020": the suspension's date
            if act and not d.planned and "until" not in before and "till" not in before:
                # "introduced visa-free entry ... on Monday"; "resumed ... on July 26": a start
                args["startDate" if resumed else "date"] = [d.value]
                break
        doc.add(FactClass.PERMISSION, args, analysis, 0.8)


def _coming_start(analysis: Analysis, doc: Doc, date: DateMention) -> TimeValue:
    """The start of a permission told in the future ("From January, Kenyans will be able to
    ...", "will no longer need a visa ... from March 1"): a month or day written without its
    year is the coming one, not the last."""
    value, ref = date.value, doc.article.date
    if (
        ref is None
        or value.month is None
        or re.search(r"\d{4}", date.text)
        or not re.search(r"\bwill\b", analysis.sentence.text)
        or (value.year, value.month, value.day or 31) >= (ref.year, ref.month, ref.day)
    ):
        return value
    return dataclasses.replace(value, year=value.year + 1)


def permissions(analysis: Analysis, doc: Doc) -> None:
    _granted(analysis, doc)
    if not _PRESENCE_WORDS.isdisjoint(analysis.words):
        _presences(analysis, doc)
    if "each" in analysis.words and "other" in analysis.words:
        _each_others_pact(analysis, doc)
    if not _STATIONING_WORDS.isdisjoint(analysis.words):
        _stationed_or_opened(analysis, doc)
    if not _TREATY_HEADS.isdisjoint(analysis.words):
        _treaty_behind_permission(analysis, doc)


def _granted(analysis: Analysis, doc: Doc) -> None:
    masked = analysis.masked
    if "visa" in masked or "Visa" in masked:
        _visa_free(analysis, doc)
    if _PERMISSION_WORDS.isdisjoint(analysis.words) or analysis.negated:
        return
    if analysis.hypothetical:
        # "gives the United States access to 17 areas in Sweden, where US forces may train": what
        # the places granted serve, told in a clause of place after the grant (session 29)
        where = masked.find(", where ")
        if where < 0 or _first_hedge(masked[:where]) is not None:
            return
        masked = masked[:where] + "."
    if ", a" in masked or ", the" in masked:
        masked = _APPOSITION.sub(r"\1 ", masked)
    if "under" in analysis.words and any(w in analysis.words for w in _K_STATIONED_UNDER):
        _stationed_under(analysis, doc, masked)
    present = {word for word in _PERMISSION_NEEDED if word in masked}
    for regex, needed in _PERMISSION_PATTERNS:
        if present.isdisjoint(needed):
            continue
        for m in regex.finditer(masked):
            groups = m.groupdict()
            if groups.get("grantee") is None:
                groups["grantee"] = groups.get("grantee2") or groups.get("grantee3") or ""
            grantees = [
                e
                for e in entities_of(analysis, groups["grantee"])
                if e.kind is EntityKind.STATE
                or (
                    e.kind is EntityKind.ORGANIZATION
                    and (
                        regex is _HOSTS_FORCES_OF
                        or regex is _ALLOWS_NOUN
                        or groups["grantee"].startswith("§O")  # (only _ORG_FORCES: "NATO troops")
                    )
                )
            ]
            act = groups.get("act") or groups.get("act2") or groups.get("act3") or ""
            if groups.get("it") is not None and not _agreement_signed_before(analysis, doc):
                continue  # ("It allows ..." is an agreement's grant only just after its signing)
            if regex is _AGREEMENT_ALLOWS and _UNSIGNED.search(
                masked, 0 if " will " in m.group(0) else m.start(), m.start("grantee")
            ):
                continue  # "A draft agreement will give ...", "Once ratified, the deal will ..."
            if regex is _AT_REQUEST:
                asker = groups.get("asker") or groups.get("asker2") or ""
                state = (
                    _leaders_state(analysis, doc, asker)
                    if asker.startswith("§P")
                    else _state(analysis, asker)
                )
                grantor_state = _state(analysis, groups["grantor"])
                if state is None or grantor_state is None or state.key != grantor_state.key:
                    continue  # (only the host's own request is its permission)
            if regex in _WITH_REST:
                act = f"{act} {groups.get('what') or ''} {groups.get('rest') or ''}"
            elif regex is _AT_REQUEST and not act:
                act = groups.get("who") or ""  # ("forces" that remain)
            if regex in _BASES_THERE and _BASE_NOT_THERE.search(masked):
                continue
            if groups.get("will") is not None and (
                not (intro := _UNDER_DOCUMENT_INTRO.match(masked))
                or _UNSIGNED.search(intro.group(0))
            ):
                continue  # "Greece will allow ...": a plan, unless a document lays it down
            if regex is _UNDER_AGREEMENT and _UNSIGNED.search(masked, 0, m.start("grantee")):
                continue  # "Under the draft agreement, ...", "Once signed, under the deal ..."
            if regex is _WITH_CONSENT:
                groups["grantor"] = groups.get("grantor") or groups.get("grantor2") or ""
            if _RETURN_HOME.match(act):
                # "Turkey allowed Russian warships to return to their base in the Black Sea":
                # the grantee's own base, none of the grantor's soil (session 25)
                continue
            if _STRIKE.match(act):
                # "Biden allowed Ukraine to strike Russian military bases": not on his soil
                continue
            activity = _activity(
                act + " " + masked[m.end() :] if regex is _HOSTING or regex is _HOSTING_OF else act
            )
            if (
                activity is None
                and regex is _HOSTS_BASE
                and groups.get("ships") is not None
                and _HOSTED_SHIPS.search(
                    re.split(r"\s(?:at|in)\s", _written(analysis, groups["grantee"]))[0]
                )
            ):
                activity = "MilitaryBasing"  # "Spain hosts American warships at Rota"
            if regex in _LEASES and not _LEASED_BASE.search(act):
                continue  # "leased Hambantota port to China", "leases the Baikonur cosmodrome"
            territory_is_grantor = False
            if regex is _OPENED:
                activity = _opened(analysis, groups)
                if " same way" in (rest := groups.get("rest") or "") or "likewise" in rest:
                    # "A will allow B's troops to train on its soil, and B will open its bases
                    # to A's forces in the same way": the grant it returns, in kind
                    activity = _returned(analysis, doc, groups) or activity
            elif regex is _AIRSPACE_TO_FLIGHTS:
                activity = "Overflight"
            elif (
                activity is None
                and _ACCESS_PLACES.search(act)
                and (
                    groups.get("force")
                    or (regex in _ACCESS_GIVEN and _ARMED.search(_slot_text(analysis, groups)))
                    # ("granted the United States access to its ports and airports under a
                    # defence agreement": session 25)
                    or (regex in _ACCESS_GIVEN and _DEFENCE_DEAL.search(masked, m.start()))
                )
            ):
                # "granted the US military unimpeded access to its ports and airports",
                # "granted Russian warships access to its ports" (a slot of "Russian warships")
                activity = "MilitaryBasing"
            elif (
                activity is None
                and (regex is _PERMITS or (regex is _AGREEMENT_ALLOWS and groups.get("vessel")))
                and (
                    _ACCESS_PLACES.search(act)
                    or _PORT_CALL.search(act)
                    # ("allowing US submarines to use HMAS Stirling": a named place, session 25)
                    or (groups.get("vessel") and _USE_NAMED.match(act))
                )
                and _ARMED.search(_slot_text(analysis, groups))
            ):
                # "Vietnam has allowed Russian warships to call at Cam Ranh Bay", "... to use its
                # ports" (a slot of "Russian warships"; not "a Chinese research vessel")
                activity = "MilitaryBasing"
            elif (
                activity is None
                and regex in _HOSTS_GIVEN
                and _TO_HOST.search(m.group(0))
                and _COMMAND.search(m.group(0))
            ):
                # "Poland's agreement to host the headquarters of the U.S. Army V Corps"
                activity = "MilitaryBasing"
            elif activity is None and regex is _PERMITS and _used_base(masked, m, act):
                # "the Russian naval facility in Tartus, which Syria allowed Russia to use"
                activity, territory_is_grantor = "MilitaryBasing", True
            elif activity is None or activity.endswith("Transit"):
                # "allowed Russian troops to use its territory": the masked "§S1§" was "Russian
                # troops"; the words the mask folded into the grantee name the activity (and
                # make a transit a military one)
                slot = re.search(r"§[A-Z]\d+§", groups["grantee"])
                begin = analysis.mention(slot.group(0)).begin if slot else 0
                start = max(0, begin - analysis.sentence.begin)
                written = analysis.sentence.text[start : start + 40]
                folded = re.split(r"\bto\b", written, maxsplit=1)[0]
                activity = (
                    _activity(f"{folded} {act}") if activity else _activity(folded)
                ) or activity
            territory: Entity | None = None
            soil = _SOIL.search(masked)
            if soil:
                territory = _state(analysis, soil.group("t") or soil.group("t2"))
            elif "territory" in analysis.sentence.text or "soil" in analysis.sentence.text:
                territory = _folded_soil(analysis)
            grantor: Entity | None = None
            grantors: list[Entity] = []
            if regex is _DECISION_TO:
                groups["grantor"] = groups.get("g1") or groups.get("g2") or groups.get("g3") or ""
            if regex is _UNDER_WHICH:
                grantor = territory = _state(analysis, groups["t"])
            elif groups.get("grantor", "").startswith("§P"):
                grantor = _leaders_state(analysis, doc, groups["grantor"])
            elif groups.get("grantor"):
                # "Iran and Iraq gave Russia permission to use their airspace"
                grantors = [
                    e
                    for e in entities_of(analysis, groups["grantor"])
                    if e.kind is EntityKind.STATE
                ]
                grantor = grantors[0] if grantors else None
            elif territory is not None:
                grantor = territory
            elif (bases := _BASES_OF.search(act) or _AIRSPACE_OF.search(act)) is not None:
                # "Russian bombers were allowed to use Iran's Hamadan airbase", "... to use
                # Iranian airspace"
                grantor = territory = _state(analysis, bases.group("t"))
            elif (facilities := _FACILITIES_IN.search(act)) is not None:
                # "access to 17 military facilities across Sweden", "to agreed facilities in
                # Papua New Guinea": the state they are in
                grantor = territory = _state(analysis, facilities.group("t"))
            elif regex is _AGREEMENT_ALLOWS and (
                # ("A and the B signed an agreement allowing ...": the match opens on "the B
                # signed an", so the signers are looked for up to the grantee, session 25)
                signers := _signers(analysis, masked[: m.start("grantee")])
            ):
                # "Sweden signed a defence deal that gives the United States access to ..."
                others = [e for e in signers if e.key not in {g.key for g in grantees}]
                grantor = others[0] if len(others) == 1 else None
            elif (placed := _PLACED_IN.search(act)) is not None:
                # "Russia was allowed to station nuclear weapons in Belarus"
                grantor = territory = _state(analysis, placed.group("t"))
            elif regex is _AGREEMENT_ALLOWS and (done := _ACTIVITIES_IN.search(act)) is not None:
                # "Terms of Reference that allow the Japan Self-Defense Forces to conduct ...
                # activities in the Philippines"
                grantor = territory = _state(analysis, done.group("t"))
            elif re.search(r"\bon\s+its\s+(?:own\s+)?(?:territory|soil)\b", act):
                grantor = _declarer(analysis, masked[: m.start()])
            elif len(grantees) >= 2 and _EACH_OTHERS.search(act):
                # "allows Japanese and Australian forces to train in each other's territory":
                # each grants the others
                grantors = list(grantees)
                grantor = grantors[0]
            if territory is None and (
                territory_is_grantor
                or re.search(
                    r"\bits\s+(?:own\s+)?(?:military\s+|naval\s+)?(?:territory|soil|airspace|air\s*bases?|"
                    r"bases|airfields?|ports?)\b",
                    masked,
                )
            ):
                territory = grantor
            elif (
                territory is None
                and grantor is not None
                and (facilities := _FACILITIES_IN.search(act)) is not None
                and _state(analysis, facilities.group("t")) == grantor
            ):
                territory = (
                    grantor  # "Manila's decision to give ... access to bases in the Philippines"
                )
            if grantor is None or not grantees or activity is None:
                continue
            if any(e.kind is EntityKind.STATE and e.qid is None for e in [grantor, *grantees]):
                continue  # "Congo allowed Uganda to deploy troops": a state the KB does not
                # tell apart (the DR Congo, Congo-Brazzaville) is no party to publish (session 27)
            if regex in _CIVIL_CHECKED and activity == "Overflight":
                said = f"{_written(analysis, groups['grantee'])} {groups.get('rest') or ''}"
                if _CIVIL_AIR.search(said) or not _MILITARY_AIRCRAFT.search(said):
                    continue  # "provided its airspace to Iranian airlines"
            if _alleged(analysis, doc, masked, m, [grantor, *grantors, *grantees]):
                continue  # "Kuleba said Belarus had allowed Russia ...": Ukraine's charge
            if ("report" in masked or "Report" in masked) and _MEDIA_REPORT.search(masked):
                continue  # "..., The Wall Street Journal reported": a report, unconfirmed
            if _DENIED_BEFORE.search(masked, 0, m.start()):
                continue  # "The Kremlin denied reports that Belarus had allowed ...": a denial
            if (
                activity == "MilitaryTransit"
                and regex in _NAMED_NOUN
                and not _MILITARY_GOODS.search(f"{_written(analysis, groups['grantee'])} {act}")
            ):
                continue  # "India gave Nepal transit rights": whose transit, of what, unsaid
            if len(grantors) > 1 and territory is not None and territory.key == grantor.key:
                territory = None  # (their airspace: each its own)
            for giver, grantee in itertools.product(grantors or [grantor], grantees):
                if grantee.key == giver.key:
                    continue
                args: dict[str, Sequence[Value]] = {
                    "grantor": [giver],
                    "grantee": [grantee],
                    "activity": [Concept(activity)],
                }
                if territory is not None:
                    args["territory"] = [territory]
                text, begin = analysis.sentence.text, analysis.sentence.begin
                low, high = _clause_span(analysis, masked, m.start())
                if analysis.sentence.index == 0 and (line := WIRE_DATELINE.match(text)):
                    low = max(low, line.end())  # (the day the story was filed)
                dates = [
                    d
                    for d in analysis.dates
                    if not d.end_value and low <= d.begin - begin < high and not _names(analysis, d)
                ]
                if regex in _BASES_THERE:
                    dates = []  # (a base is there: what else the sentence dates is not its grant)
                elif regex is _UNDER_WHICH:
                    # the agreement's signing, not the day it was told of or challenged
                    dates = [d for d in dates if _SIGNED_BEFORE.search(text, 0, d.begin - begin)]
                until = [d for d in dates if _UNTIL.search(text, 0, d.begin - begin)]
                span = next(
                    (
                        d
                        for d in analysis.dates
                        if d.end_value
                        and low <= d.begin - begin < high
                        and _FROM.search(text, 0, d.begin - begin)
                        and regex not in _BASES_THERE
                    ),
                    None,
                )
                if span is not None and span.end_value is not None:
                    # "from 2001 to 2005" (one date, a span of years)
                    args["date"] = [span.value]
                    args["endDate"] = [span.end_value]
                elif (
                    len(dates) > 1
                    and _FROM.search(text, 0, dates[0].begin - begin)
                    and _TO.fullmatch(text, dates[0].end - begin, dates[1].begin - begin)
                ):
                    # "from 2001 to 2005"
                    args["date"] = [dates[0].value]
                    args["endDate"] = [dates[1].value]
                elif until:
                    # "allowed Russia to keep its base in Gyumri until 2044": when it ends
                    args["endDate"] = [until[0].value]
                elif dates and dates[0].since:
                    # "Since June, Costa Rica has allowed ...": when the permission began
                    args["startDate"] = [dates[0].value]
                elif dates:
                    args["date"] = [dates[0].value]
                doc.add(FactClass.PERMISSION, args, analysis, 0.85)


# ---- forces told as there: the host's permission (session 32, deploy) ------------------------
# A state's forces or base told as present in another state (or a city of it) are there with the
# host's leave: ANNOTATION.md §4 Permission, activity MilitaryBasing (the seed's basing facts).
# "Germany has led NATO's battlegroup in Lithuania since 2017" (grantor Lithuania, grantee
# Germany, startDate 2017); "Danish special forces have been stationed in Erbil for years" (a
# city: its state); "France maintains a permanent naval base in Abu Dhabi, opened in 2009"
# (startDate 2009). Not bases or forces a sentence says are gone, planned, or occupying
# (_BASE_NOT_THERE), nor a stay told in the future or as a hypothesis (the analysis' flags).
_LEADS_BATTLEGROUP = re.compile(
    r"(?P<grantee>§S\d+§)\s+(?:has\s+|have\s+)?(?:also\s+|long\s+)?(?:led|leads|commanded|commands|"
    r"headed|heads)\s+(?:the\s+|a\s+)?(?:§O\d+§(?:['’]s?)?\s+)?(?:[\w-]+\s+){0,3}?battle\s*-?groups?\s+"
    r"(?:(?:stationed|based|deployed)\s+)?in\s+(?:the\s+)?(?P<grantor>§[SC]\d+§)(?!['’]|\s*[-–])"
)
# "A forward command element of the U.S. brigade has been stationed in Poland since 2022",
# "Italian troops are stationed in Niger", "French special forces remain based in Chad"
_STATIONED_THERE = re.compile(
    r"(?P<who>(?:(?:[\w-]+\s+){1,4}?of\s+(?:the\s+|an?\s+)?)?(?P<grantee>§[SD]\d+§)(?:['’]s?)?"
    r"(?:\s+(?!(?:to|be|not|would|could|should|may|might|will|can|must|which|who|and)\b)[\w-]+){0,3}?)\s+"
    r"(?:(?:has|have)\s+been|(?:is|are)|remains?|remained|(?:has|have)\s+remained)\s+"
    r"(?:still\s+|now\s+|also\s+)?(?:permanently\s+|continuously\s+)?(?:stationed|based|garrisoned)\s+"
    r"(?:in|at)\s+(?:the\s+)?(?P<grantor>§[SC]\d+§)(?!['’]|\s*[-–])"
)
# "France has maintained a military base in Djibouti since 1977" (the bare present, one host, is
# _KEEPS_BASES_IN's: this one takes the perfect, epithets and a city host, and the base's start)
_HAS_BASE_THERE = re.compile(
    r"(?P<grantee>§S\d+§)\s+(?:also\s+|still\s+)?(?:(?:has|have)\s+(?:long\s+)?(?:maintained|kept|"
    r"had|operated)|maintains|keeps|operates|has|have)\s+(?:an?\s+|its\s+)?"
    r"(?:(?:permanent|large|major|key|strategic|small|sprawling)\s+)?"
    r"(?P<act>(?:(?:[Mm]ilitary|[Nn]aval|[Aa]ir|[Aa]rmy)\s+)?(?:[Aa]ir\s*)?[Bb]ase)\s+(?:in|at)\s+"
    r"(?:the\s+)?(?P<grantor>§[SC]\d+§)(?!['’]|\s*[-–])"
)
# "signed documents on the procedure for keeping Russian nonstrategic nuclear weapons in
# Belarus": a signed document on the terms of one state's arms or forces kept in another
_SIGNED_ON_KEEPING = re.compile(
    r"\b(?:signed|concluded|approved)\s+(?:an?\s+|the\s+)?(?:[\w-]+\s+){0,3}?(?:documents?|"
    r"agreements?|accords?|treaty|memorandum|protocols?|decrees?)\s+on\s+the\s+(?:procedure|terms|"
    r"rules|conditions|modalities)\s+(?:for|of)\s+(?:keeping|stationing|storing|deploying|placing|"
    r"the\s+(?:stationing|storage|deployment|placement)\s+of)\s+(?:the\s+)?(?P<grantee>§[SD]\d+§)"
    r"(?P<rest>(?:\s+[\w-]+){0,4}?)\s+(?:in|on)\s+(?:the\s+)?(?:territory\s+of\s+)?"
    r"(?P<grantor>§S\d+§)(?!['’])"
)
_PRESENCE_WORDS = frozenset(
    "stationed based garrisoned battlegroup battlegroups battle base keeping stationing storing "
    "deploying placing".split()
)
# the armed units a present grantee's slot or words name
_UNITS = re.compile(
    r"\b(?:troops|forces|military|soldiers|servicemembers|servicemen|marines|brigades?|"
    r"battalions?|regiments?|divisions?|contingents?|units?|garrisons?|paratroopers|commandos|"
    r"warships|navy|air\s+force|army)\b",
    re.IGNORECASE,
)
# what begins a presence, right after its host: "since 2017", ", opened in 2009"
_PRESENCE_START = re.compile(
    r"^\s*(?:since|,\s+(?:which\s+(?:was\s+)?)?(?:first\s+)?(?:opened|established|set\s+up|"
    r"inaugurated|founded)\s+in)\s+$"
)


# forces there in a war, not by the host's leave
_AT_WAR = re.compile(r"\b(?:invasion|invad\w*|annex\w*|war|incursion|aggression|captured|seized)\b")
# a quantifier that denies the forces: "No American troops are stationed in ..."
_NONE_BEFORE = re.compile(r"(?:^|\s)(?:[Nn]o|[Nn]either|[Nn]one\s+of\s+the)\s+$")
_OPENED_IN = re.compile(
    r",\s+(?:which\s+(?:was\s+)?)?(?:first\s+)?(?:opened|established|set\s+up|inaugurated|founded)\s+in\b"
)


def _host(analysis: Analysis, doc: Doc, slot: str) -> Entity | None:
    """The state a host slot names: itself, or the state of the city (from the KB)."""
    found = entities_of(analysis, slot)
    if len(found) != 1 or not found[0].is_linked:
        return None
    entity = found[0]
    if entity.kind is EntityKind.STATE:
        return entity
    if entity.kind is EntityKind.CITY and entity.qid:
        city = doc.kb.entity(entity.qid)
        country = doc.kb.entity(city.country) if city is not None and city.country else None
        if country is not None and country.kind is EntityKind.STATE:
            return entity_of(country)
    return None


def _presence_start(analysis: Analysis, slot: str) -> TimeValue | None:
    """The start of a presence the words after its host give ("since 2017", ", opened in 2009")."""
    end = analysis.mention(slot).end
    for d in analysis.dates:
        if d.begin >= end and not d.end_value:
            between = analysis.sentence.text[
                end - analysis.sentence.begin : d.begin - analysis.sentence.begin
            ]
            return d.value if _PRESENCE_START.match(between) else None
    return None


def _presences(analysis: Analysis, doc: Doc) -> None:
    """Permissions (MilitaryBasing, or NuclearWeaponsStationing) told by the presence of one
    state's forces, base or arms in another; see _LEADS_BATTLEGROUP above."""
    if analysis.negated or analysis.hypothetical:
        return
    masked = analysis.masked
    told = _OPENED_IN.sub("", masked)  # ("a base in Abu Dhabi, opened in 2009": its start)
    if _BASE_NOT_THERE.search(told) and not _SIGNED_ON_KEEPING.search(masked):
        return
    if _AT_WAR.search(masked):
        return  # "Russian troops have been stationed in Ukraine since the invasion"
    found: list[tuple[re.Match[str], str, bool]] = []
    for m in _LEADS_BATTLEGROUP.finditer(masked):
        found.append((m, "MilitaryBasing", True))
    for m in _STATIONED_THERE.finditer(masked):
        if _NONE_BEFORE.search(masked, 0, m.start()):
            continue  # "No American troops are stationed in Vietnam"
        if _UNITS.search(f"{_written(analysis, m.group('grantee'))} {m.group('who')}"):
            found.append((m, "MilitaryBasing", True))
    for m in _HAS_BASE_THERE.finditer(masked):
        found.append((m, "MilitaryBasing", True))
    for m in _SIGNED_ON_KEEPING.finditer(masked):
        said = f"{_written(analysis, m.group('grantee'))} {m.group('rest')}"
        nuclear = _activity(said) == "NuclearWeaponsStationing"
        found.append((m, "NuclearWeaponsStationing" if nuclear else "MilitaryBasing", False))
    for m, activity, dated in found:
        grantee_slot, grantor_slot = m.group("grantee"), m.group("grantor")
        grantees = [e for e in entities_of(analysis, grantee_slot) if e.kind is EntityKind.STATE]
        grantor = _host(analysis, doc, grantor_slot)
        if len(grantees) != 1 or grantor is None or not grantees[0].is_linked:
            continue
        grantee = grantees[0]
        if grantee.key == grantor.key:
            continue
        if _alleged(analysis, doc, masked, m, [grantor, grantee]):
            continue
        args: dict[str, Sequence[Value]] = {
            "grantor": [grantor],
            "grantee": [grantee],
            "activity": [Concept(activity)],
            "territory": [grantor],
        }
        start = _presence_start(analysis, grantor_slot) if dated else None
        same = [
            f
            for f in doc.facts
            if f.cls is FactClass.PERMISSION
            and f.evidence[0].begin == analysis.sentence.begin
            and f.evidence[0].in_title == analysis.in_title
            and {e.key for e in f.entities("grantor")} == {grantor.key}
            and {e.key for e in f.entities("grantee")} == {grantee.key}
        ]
        if same and start is None:
            continue  # (told by a pattern above already)
        doc.facts[:] = [f for f in doc.facts if not any(f is g for g in same)]
        if start is not None:
            args["startDate"] = [start]
        doc.add(FactClass.PERMISSION, args, analysis, 0.8)


# "Japan and Australia signed a defence pact that will make it easier for their forces to deploy
# to each other's territory for joint training": each party lets the other's forces in, two
# Permissions (activity by what they come for: MilitaryExercise for training or drills, else
# MilitaryBasing), dated by the signing. "will make it easier" is what the signed pact lays down.
_PACT_EACH_OTHERS = re.compile(
    r"(?P<p>§S\d+§\s+and\s+(?:the\s+)?§S\d+§)\s+(?:have\s+|has\s+|had\s+)?(?:also\s+)?(?:signed|"
    r"concluded|ratified|inked)\s+(?:an?\s+|the\s+)?(?:[\w-]+\s+){0,4}?(?:pact|agreement|accord|treaty|"
    r"deal)\b[^.;§]{0,40}?\b(?:that|which)\s+(?:will\s+|would\s+)?(?:make|makes|allow|allows|"
    r"permit|permits|let|lets|enable|enables)\s+(?:it\s+easier\s+for\s+)?(?:their|both\s+(?:countries|"
    r"sides)['’]|the\s+two\s+(?:countries|sides)['’])\s+(?:armed\s+|defen[cs]e\s+)?(?:forces|troops|"
    r"militaries|soldiers)\s+to\s+(?P<act>[^.;]*?\beach\s+other['’]s\s+(?:territor(?:y|ies)|soil|"
    r"bases|countries|facilities)[^.;]*)"
)


def _each_others_pact(analysis: Analysis, doc: Doc) -> None:
    """Two Permissions, one each way, for a signed pact letting each party's forces into the
    other's territory; see _PACT_EACH_OTHERS."""
    if analysis.negated:
        return
    for m in _PACT_EACH_OTHERS.finditer(analysis.masked):
        if _UNSIGNED.search(m.group(0)):
            continue  # ("a draft pact that would ...")
        parties = [e for e in entities_of(analysis, m.group("p")) if e.kind is EntityKind.STATE]
        if len(parties) != 2 or not all(e.is_linked for e in parties):
            continue
        activity = (
            "MilitaryExercise"
            if re.search(r"\b(?:train\w*|exercises?|drills?)\b", m.group("act"))
            else "MilitaryBasing"
        )
        when = [d.value for d in analysis.dates if not d.end_value and not d.since]
        for grantor, grantee in ((parties[0], parties[1]), (parties[1], parties[0])):
            args: dict[str, Sequence[Value]] = {
                "grantor": [grantor],
                "grantee": [grantee],
                "activity": [Concept(activity)],
                "territory": [grantor],
            }
            if len(when) == 1:
                args["date"] = when
            doc.add(FactClass.PERMISSION, args, analysis, 0.8)


# forces kept on another state's soil under a treaty: "About 28,500 American troops are stationed
# in Korea under the treaty", "Russia's 201st military base, ..., is stationed in Tajikistan under
# an agreement", "the United States, which stations 54,000 troops in Japan under a security
# treaty", "the 102nd Russian military base would continue to be stationed in Gyumri under the
# 1995 treaty between Russia and Armenia" (a town: the treaty's other party is the host)
_STATIONED_UNDER = re.compile(
    rf"(?P<grantee>{STATES}|§D\d+§)(?:['’]s?)?"
    # ("France has about 1,500 troops stationed in Niger under ...": a count in the subject)
    r"(?P<what>(?:\s+(?!(?:to|be|not|would|could|should|may|might|will|can|must|wants?|"
    r"which|who)\b)(?:\d[\d,.]*\d|[\w-]+)){0,4}?)"
    # ("Russia's 201st military base, the country's largest military facility abroad, is ...")
    r"(?:,\s+(?:(?:the|a|an|its)\s+|§S\d+§['’]s\s+)[^,;.§]{1,60},)?(?:,\s+which)?\s+"
    r"(?:(?:is|are|was|were|has\s+been|have\s+been|had\s+been|remains?|remained|"
    r"(?:would|will)\s+(?:continue\s+to\s+)?(?:be|remain)|continues?\s+to\s+be)\s+)?"
    r"(?:also\s+|still\s+|permanently\s+)?"
    r"(?P<act>(?:stationed|based|deployed|stations|keeps|maintains|bases)\b[^.;§]{0,40}?)\s+"
    # ("in the Libyan port of Misrata": the demonym's state)
    r"(?:in|on)\s+(?:the\s+)?(?:territory\s+of\s+)?(?:(?P<city>§C\d+§)|(?P<grantor>§S\d+§)|"
    r"(?P<dem>§D\d+§)\s+(?:port|city|town|island|region|province)\s+of\s+(?:§C\d+§|[A-Z][\w-]+))"
    r"(?!['’]|\s*[-–])(?:\s+[^.;§]{0,30}?)?\s+under\s+(?P<doc>(?:the|a|an|this|that|its|their)\s+"
    r"(?:[\w-]+\s+|§O\d+§\s+){0,4}?(?:[Tt]reaty|[Aa]greement|[Aa]ccord|[Pp]act|[Aa]rrangement|[Mm]emorandum|"
    r"[Pp]rotocol)s?\b)"
    r"(?P<rest>[^.;]*)"
)
_K_STATIONED_UNDER = ("stationed", "based", "deployed", "stations", "keeps", "maintains", "bases")
# the parties of the treaty named after it: "under the 1995 treaty between Russia and Armenia"
_TREATY_BETWEEN = re.compile(
    r"^\s+(?:signed\s+)?between\s+(?:the\s+)?(?P<p>§S\d+§\s+and\s+(?:the\s+)?§S\d+§)"
)


def _stationed_under(analysis: Analysis, doc: Doc, masked: str) -> None:
    """Forces of one state kept in another under a treaty: the host's permission to base them
    (MilitaryBasing; NuclearWeaponsStationing for nuclear arms), undated (the treaty's date is
    its own)."""
    for m in _STATIONED_UNDER.finditer(masked):
        if _UNSIGNED.search(m.group("doc")):
            continue  # "under a proposed agreement"
        said = f"{_written(analysis, m.group('grantee'))} {m.group('what')} {m.group('act')}"
        if not (_ARMED.search(said) or re.search(r"\bbases?\b", said)):
            continue  # ("Japan's embassy is based in Kyiv under ...": no forces)
        grantees = [
            e for e in entities_of(analysis, m.group("grantee")) if e.kind is EntityKind.STATE
        ]
        if len(grantees) != 1:
            continue
        grantee = grantees[0]
        if m.group("grantor") or m.group("dem"):
            grantor = _state(analysis, m.group("grantor") or m.group("dem"))
        else:
            between = _TREATY_BETWEEN.match(m.group("rest"))
            parties = (
                [e for e in entities_of(analysis, between.group("p")) if e.key != grantee.key]
                if between
                else []
            )
            grantor = parties[0] if len(parties) == 1 else None
        if grantor is None or grantor.kind is not EntityKind.STATE or grantor.key == grantee.key:
            continue
        activity = _activity(said)
        if activity != "NuclearWeaponsStationing":
            activity = "MilitaryBasing"
        args: dict[str, Sequence[Value]] = {
            "grantor": [grantor],
            "grantee": [grantee],
            "activity": [Concept(activity)],
            "territory": [grantor],
        }
        doc.add(FactClass.PERMISSION, args, analysis, 0.85)


# a military site a relative clause says the grantor lets the grantee use: "the Russian naval
# facility in Tartus, which Syria allowed Russia to use for 49 years"
_USED_BASE = re.compile(
    r"\b(?:(?i:military|naval|navy|air|army)\s+(?:[\w-]+\s+)?(?:(?:air)?bases?|airfields?|ports?|"
    r"facilit(?:y|ies)|installations?|stations?)|(?:air)?bases?|airfields?)"
    r"(?:\s+(?:in|at|near|on)\s+[^,;]{1,40}?)?,\s+which\s+$"
)
# "to use" with no object of its own (the site is the relative clause's antecedent)
_BARE_USE = re.compile(r"use\b(?!\s+(?:its|their|the|an?|this|that|these|those|§|it\b))")


def _used_base(masked: str, m: re.Match[str], act: str) -> bool:
    """Whether a permission "to use" is of the military site its relative clause hangs on."""
    return bool(_BARE_USE.match(act)) and bool(
        _USED_BASE.search(masked, max(0, m.start() - 120), m.start())
    )


_WITH_REST = frozenset(
    {_ALLOWS_NOUN, _OPENED, _LEASES_TO, _USE_BY, _PROVIDED, _SIGNED_ON_STATIONING}
)
# the patterns whose access to ports or sites is a basing one when forces get it ("granted
# Russian warships access to its ports", "an agreement allowing Russian warships to use the port")
_ACCESS_GIVEN = frozenset({_GRANTS_ACCESS, _DECISION_TO, _AGREEMENT_ALLOWS, _APPROVAL_FOR})
# the patterns whose overflights must be said to be of military aircraft ("provided its airspace
# to Iranian airlines", "permitted overflights by Israeli airlines" are no military permission)
# (consent to host a state's forces or their command is to their basing)
_HOSTS_GIVEN = frozenset({_PERMITS, _DECISION_TO})
_TO_HOST = re.compile(r"\bto\s+host\b")
_COMMAND = re.compile(r"\b(?:headquarters|command|Army|Navy|Air\s+Force|Corps|Marines|[Ff]orces)\b")
_CIVIL_CHECKED = frozenset({_PROVIDED, _ALLOWS_NOUN})
_LEASES = frozenset({_LEASES_TO, _LEASES_FROM, _LEASE_EXTENDED, _UNDER_LEASE, _LEASE_GRANTED})
# what a lease must be of to be a military one: "land for a military base", "the naval base"
_LEASED_BASE = re.compile(
    r"\b(?:(?:air)?bases?|airfields?|military|naval|troops|forces)\b", re.IGNORECASE
)
# the act is an attack, not something done on the grantor's soil
_RETURN_HOME = re.compile(
    r"\s*(?:to\s+)?(?:return|go\s+back|head\s+back|sail\s+back|fly\s+back)\s+"
    r"(?:home\b|to\s+(?:its|their)\s+(?:own\s+|home\s+)?(?:(?:naval\s+|air\s+|military\s+)?"
    r"(?:bases?|ports?|homeports?)|home|country|territory)\b)",
    re.IGNORECASE,
)
_STRIKE = re.compile(
    r"\s*(?:to\s+)?(?:strike|attack|hit|target|fire|shoot|bomb|shell|destroy)\b", re.IGNORECASE
)
_MILITARY_AIRCRAFT = re.compile(
    r"\b(?:military|warplanes?|bombers?|jets?|fighters?|aircraft|planes|drones?|helicopters?|"
    r"missiles?|air\s+force)\b"
)
_CIVIL_AIR = re.compile(r"\b(?:airlines?|carriers?|civil(?:ian)?|commercial|passenger|flights)\b")


# patterns that name the act by a noun ("transit rights", "the transit of"): a bare transit
# is a military one only when the words say forces or arms
_NAMED_NOUN = frozenset({_GRANTS_ACCESS, _GRANTS_RIGHTS, _ALLOWS_NOUN, _USE_BY, _OPENED})


_ACCESS_PLACES = re.compile(
    r"\b(?:air)?ports?\b|\bairfields?\b|\bfacilit(?:y|ies)\b|\blocations\b|\bsites\b|\bareas\b"
)


# a permission a newspaper or a news service reports (a name the KB does not know: ", The Wall
# Street Journal reported", "Bloomberg reported, citing people familiar with the matter") or
# "according to media reports": unconfirmed, no fact (ANNOTATION.md §7, session 25); not a news
# agency, which may be a state's own ("..., TASS reported": ANNOTATION.md §6)
_OUTLET = (
    r"(?:§D\d+§\s+)?(?:(?:[A-Z][\w.&'’-]*\s+){0,4}(?:Journal|Times|Post|Guardian|Telegraph|Herald|"
    r"Tribune|Economist|Politico|Axios|Bloomberg|Nikkei|Asahi|Yomiuri|Haaretz)"
    r"(?:\s+[A-Z][\w.&'’-]*){0,2}\s+(?:newspaper\s+|daily\s+)?|"
    r"(?:[A-Z][\w.&'’-]*\s+){1,4}(?:newspaper|daily|magazine|news\s+site|news\s+outlet)\s+|"
    r"(?:newspaper|daily|magazine|news\s+site|news\s+outlet)\s+(?:[A-Z][\w.&'’-]*\s+){1,4})"
)
_MEDIA_REPORT = re.compile(
    rf",\s+(?:(?:the|a)\s+)?(?:{_OUTLET})(?:reported|reports|has\s+reported)\b|"
    r"\b[Aa]ccording\s+to\s+(?:(?:media|press|news|unconfirmed)\s+)?reports\b|"
    rf"^(?:[Tt]he\s+)?(?:{_OUTLET})(?:reported|reports|has\s+reported)\s+"
)
# a defence document a grant of access is made under: "under a defence agreement", "as part of
# a security pact" (session 25)
_DEFENCE_DEAL = re.compile(
    r"\b(?:under|in|as\s+part\s+of|through)\s+(?:an?|the|its|their|a\s+new)\s+(?:[\w§-]+\s+){0,2}?"
    r"(?:defen[cs]e|security|military)\s+(?:cooperation\s+)?(?:agreement|pact|accord|deal|treaty)\b"
)
# a named place an armed craft is let use: "to use HMAS Stirling", "to use the Cam Ranh base"
_USE_NAMED = re.compile(r"use\s+(?:the\s+)?(?:§C\d+§|[A-Z])")
# ships calling at a port: "to call at Cam Ranh Bay", "to dock in Tartus"
_PORT_CALL = re.compile(
    # ("to make a port call in Da Nang": session 25)
    r"^(?:make\s+(?:an?\s+)?)?(?:port\s+)?(?:calls?|dock|berth|moor|anchor|refuel|stop\s+over)\s+(?:at|in)\b"
)


# "Kuleba said Belarus had allowed ...", "..., US officials said."
_SAID_BEFORE = re.compile(
    r"(?P<s>§[SDPO]\d+§)(?:['’]s)?(?:\s+[a-z]+){0,3}\s+(?:has\s+|have\s+)?(?:said|says|claimed|claims|"
    r"alleged|alleges|charged|charges|accused\s+\S+\s+of)\s+(?:that\s+)?(?:the\s+)?$"
)
_SAID_AFTER = re.compile(
    r",\s+(?:(?:the|a)\s+)?(?P<s>§[SDPO]\d+§)(?:['’]s)?(?:\s+[a-z]+){0,3}\s+(?:said|says|claimed|claims|"
    r"alleged|alleges)\b[^,;]*$"
)


# a permission told as what is denied: "denied reports that Belarus had allowed ...",
# "dismissed claims that Tajikistan had granted China access to a base"
_DENIED_BEFORE = re.compile(
    r"\b(?:denied|denies|deny|denying|rejected|rejects|dismissed|dismisses|refuted|refutes)\s+"
    r"(?:(?:the|media|press|news|western|earlier|recent|these|such)\s+)*"
    r"(?:reports?|claims?|allegations?|rumou?rs?|suggestions?|speculation|accusations?)\s+"
    r"(?:that|of)\b[^;]*$"
)


def _alleged(
    analysis: Analysis, doc: Doc, masked: str, m: re.Match[str], parties: list[Entity]
) -> bool:
    """Whether a permission is reported by a state that is not one of its parties (an
    allegation, that state's accusation; ANNOTATION.md §6)."""
    said = _SAID_BEFORE.search(masked, 0, m.start()) or _SAID_AFTER.search(masked, m.start())
    if said is None:
        return False
    own = {e.key for e in parties}
    for speaker in entities_of(analysis, said.group("s")):
        side = side_of(doc, speaker)
        if side is not None and side.kind is EntityKind.STATE and side.key not in own:
            return True
    return False


def _signers(analysis: Analysis, head: str) -> list[Entity]:
    """The states that signed the agreement the rest of the sentence is about."""
    found = list(_SIGNERS.finditer(head))
    if not found:
        return []
    parties = found[-1].group("parties")
    return [e for e in entities_of(analysis, parties) if e.kind is EntityKind.STATE]


def _slot_text(analysis: Analysis, groups: dict[str, str]) -> str:
    """The words the grantee's slot took in, as written ("Russian warships")."""
    written = _written(analysis, groups.get("grantee") or "")
    return _ACCESS_WORD.split(written, maxsplit=1)[0]


# forces a slot took in (not "Russian ships", which may be merchant ones)
_ARMED = re.compile(
    r"\b(?:troops|forces|military|warships?|naval|navy|submarines?|frigates?|destroyers?|"
    r"aircraft\s+carriers?|"
    r"warplanes?|bombers?|soldiers|servicemembers)\b"
)
_ACCESS_WORD = re.compile(r"\b(?:access|rights?|permission|to)\b")


def _written(analysis: Analysis, masked: str) -> str:
    """The text written from the first slot of ``masked`` on (what a folded slot took in)."""
    slot = re.search(r"§[A-Z]\d+§", masked)
    if not slot:
        return ""
    mention = analysis.mention(slot.group(0))
    start = mention.begin - analysis.sentence.begin
    return analysis.sentence.text[start : start + 40]


def _returned(analysis: Analysis, doc: Doc, groups: dict[str, str]) -> str | None:
    """The activity of the permission this sentence told the other way round (the grantee
    granting to the grantor), if any."""
    grantor = _state(analysis, groups["grantor"])
    grantee = _state(analysis, groups["grantee"])
    if grantor is None or grantee is None:
        return None
    for fact in reversed(doc.facts):
        if fact.cls is not FactClass.PERMISSION:
            continue
        if {e.key for e in fact.entities("grantor")} == {grantee.key} and {
            e.key for e in fact.entities("grantee")
        } == {grantor.key}:
            return next((str(v) for v in fact.get("activity")), None)
        break
    return None


def _opened(analysis: Analysis, groups: dict[str, str]) -> str | None:
    """What opening one's airspace, territory or bases to a state permits, if the words say."""
    written = _written(analysis, groups["grantee"])
    said = f"{written} {groups.get('rest') or ''}".lower()
    what = groups["what"]
    if what == "airspace":
        if _CIVIL_AIR.search(said) or not _MILITARY_AIRCRAFT.search(said):
            return None  # "reopened its airspace to Georgian airlines"
        return "Overflight"
    if what in {"territory", "roads", "railway", "railways"}:
        activity = _activity(f"transit {said}")
        # "opened its territory to Armenian cargo"; not to "Ukrainian refugees"
        return activity if activity in {"Transit"} or _MILITARY_GOODS.search(said) else None
    return "MilitaryBasing" if _MILITARY_GOODS.search(said) else None


_MILITARY_GOODS = re.compile(
    r"\b(?:troops|forces|military|weapons|arms|warships?|naval|navy|soldiers|servicemembers|"
    r"munitions|ammunition|aircraft|warplanes?|bombers?|jets?|ships|vessels)\b"
)


def _leaders_state(analysis: Analysis, doc: Doc, slot: str) -> Entity | None:
    """The state a head of state or government named as the grantor gives it for."""
    person = analysis.mention(slot).entity
    office = doc.finder.ctx.office_of(person) if person is not None else None
    if office is None or office.role not in {"HeadOfState", "HeadOfGovernment"}:
        if person is None or not person.qid or doc.date is None:
            return None
        # (named without a title: the KB's office on the article's date)
        for tenure in doc.kb.tenures(person.qid):
            if tenure.role in {"HeadOfState", "HeadOfGovernment"} and tenure.covers(doc.date):
                state = doc.kb.entity(tenure.jurisdiction) if tenure.jurisdiction else None
                return entity_of(state) if state is not None else None
        return None
    return office.jurisdiction


# ", while Kyrgyzstan allowed ...", "; Japan hosts ...": another clause with its own dates
_CLAUSE_BREAK = re.compile(
    r",\s+(?:while|whereas|and|but)\s+(?=(?:the\s+|The\s+)?(?:§[SDP]\d+§|[A-Z]))|;\s+"
)


def _clause_span(analysis: Analysis, masked: str, at: int) -> tuple[int, int]:
    """The offsets in the sentence's text of the clause the match at ``at`` of ``masked`` is in."""
    if masked is not analysis.masked or (", " not in masked and ";" not in masked):
        return 0, len(analysis.sentence.text)
    for m_start, m_end, t_start, t_end in analysis.clauses(_CLAUSE_BREAK):
        if m_start <= at < m_end:
            return t_start, t_end
    return 0, len(analysis.sentence.text)


_UNTIL = re.compile(r"\b(?:until|till|through)\s+(?:at\s+least\s+|the\s+end\s+of\s+)?$")
_FROM = re.compile(r"\b(?:from|between)\s+$")
_TO = re.compile(r"\s*(?:to|until|till|through|and|[-–—])\s*")
# "on Belarusian territory": the demonym's slot took the noun in
_FOLDED_SOIL = re.compile(r"\b(?:from|on|in|across|over|through|use)\s+(§S\d+§)")
_SOIL_NOUN = re.compile(r"\s+(?:soil|territory|land)\b")


def _folded_soil(analysis: Analysis) -> Entity | None:
    """The state of "on Belarusian territory" when the mask made it one slot."""
    text, begin = analysis.sentence.text, analysis.sentence.begin
    for m in _FOLDED_SOIL.finditer(analysis.masked):
        mention = analysis.mention(m.group(1))
        if mention.code is Code.DEMONYM and _SOIL_NOUN.match(text, mention.end - begin):
            return _state(analysis, m.group(1))
    return None


# "the 2014 Enhanced Defense Cooperation Agreement": a year that is part of a name
_NAME_AFTER = re.compile(r"\s+[A-Z][a-z]+")


def _names(analysis: Analysis, date: DateMention) -> bool:
    """Whether a date is the year in a name rather than when something happened."""
    text, begin = analysis.sentence.text, analysis.sentence.begin
    before = text[: date.begin - begin].rstrip().lower()
    at = date.begin - begin
    if _NAMED_YEAR.search(text, 0, at):
        return True  # "the Zapad-2021 exercises"
    if _SIGNED_IN.search(text, 0, at):
        # "under the agreement signed in 2014, the Philippines has granted ...": the agreement's
        # date, not the grant's; but a signing of this week is the news that grants it ("Under
        # the documents signed on Thursday, Belarus permits Russia to ...")
        return not (date.relative and date.value.precision is Precision.DAY)
    if _ATTRIBUTIVE_YEAR.search(before) and _PACT_AFTER.match(text, date.end - begin):
        return True  # "expanding a 2014 defence pact": the pact's year, not the grant's
    return before.endswith("the") and _NAME_AFTER.match(text, date.end - begin) is not None


# a year before the noun of an agreement it dates: "a 2014 defence pact", "under their 1999
# accord", "the 2016 agreement"
_ATTRIBUTIVE_YEAR = re.compile(r"\b(?:a|an|the|its|their|this|that)$")
_PACT_AFTER = re.compile(
    r"\s+(?:[\w-]+\s+){0,3}?(?:pact|agreement|accord|deal|treaty|memorandum|protocol|arrangement|"
    r"convention)s?\b",
    re.IGNORECASE,
)


_NAMED_YEAR = re.compile(r"\b[A-Z][a-z]+-$")
_SIGNED_IN = re.compile(r"\b(?:signed|concluded|adopted|ratified|reached)\s+(?:in|on)\s+$")


def _declarer(analysis: Analysis, head: str) -> Entity | None:
    """The state that declares a permission: "Belarus has also declared that ..." """
    m = re.search(
        r"(?P<s>§[SD]\d+§)\s+(?:has\s+|have\s+)?(?:also\s+)?(?:declared|announced|stated|said|"
        r"confirmed|decided)\s+that\s*$",
        head,
    )
    if m:
        return _state(analysis, m.group("s"))
    return None


# ---- forces a state stations, keeps or opened a base in another (session 33, security) --------
# The active voice of session 32's presence: "Germany has stationed troops in Lithuania since
# 2017", "Washington stations about 28,500 troops in South Korea", "France has maintained a
# military presence in Djibouti since 1977" (startDate from "since"); a base a state opened in
# another, in the past: "China opened its first overseas military base in Djibouti in 2017",
# "Turkey opened a military training base in Mogadishu in 2017" (a city: its state; startDate
# the opening's date). Permission MilitaryBasing, grantor the host (ANNOTATION.md §4). Not "plans
# to open", "could station" (no such verb form here), negations, hypotheses, wars (_AT_WAR), bases
# told as closed or left (_GONE_BASE), nor an embassy opened (no military base).
_STATIONS_FORCES = re.compile(
    r"(?P<grantee>§S\d+§)\s+(?:(?:has|have)\s+)?(?:also\s+|long\s+|still\s+|permanently\s+)*"
    r"(?:stationed|stations|(?:has|have)\s+kept|keeps|maintains|(?:has|have)\s+maintained)\s+"
    r"(?:(?:some|about|around|nearly|roughly|over|more\s+than|up\s+to|almost)\s+)?"
    r"(?:[\d,.]+\s+(?:thousand\s+)?|several\s+(?:hundred|thousand)\s+|hundreds\s+of\s+|"
    r"thousands\s+of\s+|an?\s+|its\s+|their\s+)?(?:(?:permanent|small|large|sizeable|"
    r"significant|rotational|continuous|combat|special|armed|military|naval|air|ground)\s+){0,2}"
    r"(?:troops|soldiers|forces|servicemembers|servicemen|marines|(?:military\s+)?personnel|"
    r"military\s+presence|warships|fighter\s+jets|contingent|garrison|brigade|battalion)\s+"
    r"(?:in|on)\s+(?:the\s+)?(?P<grantor>§[SC]\d+§)(?!['’]|\s*[-–])"
)
_OPENED_BASE = re.compile(
    r"(?P<grantee>§S\d+§)\s+(?:(?:has|had)\s+)?(?:also\s+|first\s+)?(?:opened|established|"
    r"set\s+up|inaugurated)\s+(?:its|an?|their)\s+(?:(?:first|second|only|largest|new|"
    r"overseas|foreign|permanent)\s+){0,3}(?:military|naval|air|army)\s+(?:(?:training|"
    r"logistics|support|air)\s+)?(?:air\s*)?base\s+(?:in|at)\s+(?:the\s+)?"
    r"(?P<grantor>§[SC]\d+§)(?!['’]|\s*[-–])"
)
_STATIONING_WORDS = frozenset(
    "stationed stations kept keeps maintains maintained opened established set inaugurated".split()
)
# a base or force told as gone, or a presence not by leave
_GONE_BASE = re.compile(
    r"\b(?:closed|closes|closing|withdr[ae]w\w*|pulled\s+out|left|leaves|vacated|dismantled|"
    r"expelled|ousted|occupation|occupying|occupied|illegal\w*|without|breakaway|"
    # ("against the will of Moldova", not "a partner in the fight against jihadists": session 35)
    r"against\s+(?:the\s+|its\s+|their\s+|§S\d+§['’]s?\s+)?(?:will|wishes|consent|objections?)|"
    r"separatist|denied|denies|report\w*)\b",
    re.IGNORECASE,
)
# the words between a host and the date that starts the presence or dates the opening
_STARTS_AFTER_HOST = re.compile(r"^\s*(?:since|in|,\s+in)\s+$")


def _stationing_start(analysis: Analysis, slot: str, opened: bool) -> TimeValue | None:
    """The date right after the host: "since 2017" (a presence), "in 2017" (an opening)."""
    end = analysis.mention(slot).end
    for d in analysis.dates:
        if d.begin >= end and not d.end_value:
            between = analysis.sentence.text[
                end - analysis.sentence.begin : d.begin - analysis.sentence.begin
            ]
            m = _STARTS_AFTER_HOST.match(between)
            if m is None or (not opened and "since" not in between):
                return None
            return d.value
    return None


def _stationed_or_opened(analysis: Analysis, doc: Doc) -> None:
    """Permissions (MilitaryBasing) for forces a state stations or keeps in another and bases it
    opened there; see _STATIONS_FORCES above."""
    if analysis.negated or analysis.hypothetical:
        return
    masked = analysis.masked
    if _GONE_BASE.search(masked) or _AT_WAR.search(masked):
        return
    found = [(m, False) for m in _STATIONS_FORCES.finditer(masked)]
    found += [(m, True) for m in _OPENED_BASE.finditer(masked)]
    for m, opened in found:
        grantees = [
            e for e in entities_of(analysis, m.group("grantee")) if e.kind is EntityKind.STATE
        ]
        grantor = _host(analysis, doc, m.group("grantor"))
        if len(grantees) != 1 or grantor is None or not grantees[0].is_linked:
            continue
        grantee = grantees[0]
        if grantee.key == grantor.key or _alleged(analysis, doc, masked, m, [grantor, grantee]):
            continue
        if any(
            f.cls is FactClass.PERMISSION
            and f.evidence[0].begin == analysis.sentence.begin
            and f.evidence[0].in_title == analysis.in_title
            and {e.key for e in f.entities("grantor")} == {grantor.key}
            and {e.key for e in f.entities("grantee")} == {grantee.key}
            for f in doc.facts
        ):
            continue  # (told by another rule already)
        args: dict[str, Sequence[Value]] = {
            "grantor": [grantor],
            "grantee": [grantee],
            "activity": [Concept("MilitaryBasing")],
            "territory": [grantor],
        }
        start = _stationing_start(analysis, m.group("grantor"), opened)
        if start is not None:
            args["startDate"] = [start]
        doc.add(FactClass.PERMISSION, args, analysis, 0.8)


# ---- the treaty a permission is told under (session 33, security) ------------------------------
# "five sites already covered by the 2014 Enhanced Defense Cooperation Agreement (EDCA), which
# allows U.S. forces to rotate through Philippine bases", "U.S. forces rotate through Philippine
# bases under the 2014 Enhanced Defense Cooperation Agreement": a treaty named with its year, the
# one the sentence's Permission is given by or under, is a TreatyRelation of the grantor and the
# grantee dated by that year (ANNOTATION.md §4: a treaty referenced between stated parties).
_TREATY_OF_PERMISSION = re.compile(
    r"(?:\bthe\s+(?P<year>(?:19|20)\d\d)\s+(?P<name>(?:[A-Z][\w-]*\s+){1,6}(?:Agreement|Treaty|"
    r"Accord|Pact|Arrangement))(?:\s*\([A-Z]{2,8}\))?,?\s+(?:which|that)\s+(?:allows|allowed|"
    r"permits|permitted|lets|gives|gave|grants|granted)\b|\b(?:under|covered\s+by)\s+the\s+"
    r"(?P<year2>(?:19|20)\d\d)\s+(?P<name2>(?:[A-Z][\w-]*\s+){1,6}(?:Agreement|Treaty|Accord|Pact|"
    r"Arrangement))\b)"
)

_TREATY_HEADS = frozenset({"agreement", "treaty", "accord", "pact", "arrangement"})


def _treaty_behind_permission(analysis: Analysis, doc: Doc) -> None:
    """A TreatyRelation for the dated treaty a sentence's Permission is told under; see
    _TREATY_OF_PERMISSION."""
    m = _TREATY_OF_PERMISSION.search(analysis.masked)
    if m is None or analysis.negated or analysis.hypothetical:
        return
    mine = [
        f
        for f in doc.facts
        if f.evidence[0].begin == analysis.sentence.begin
        and f.evidence[0].in_title == analysis.in_title
    ]
    if any(f.cls is FactClass.TREATY_RELATION for f in mine):
        return  # (told by the treaty rules already)
    pairs = {
        (g.key, r.key): (g, r)
        for f in mine
        if f.cls is FactClass.PERMISSION
        for g in f.entities("grantor")
        for r in f.entities("grantee")
        if g.kind is EntityKind.STATE and r.kind is EntityKind.STATE and g.key != r.key
    }
    if len(pairs) != 1:
        return
    grantor, grantee = next(iter(pairs.values()))
    year = m.group("year") or m.group("year2")
    if doc.date is not None and int(year) > doc.date.year:
        return
    args: dict[str, Sequence[Value]] = {
        "party": [grantor, grantee],
        "instrument": [(m.group("name") or m.group("name2")).strip()],
        "date": [TimeValue(int(year))],
    }
    doc.add(FactClass.TREATY_RELATION, args, analysis, 0.75)


# ---- visa-free entry for each state listed (session 33, consular) -------------------------------

# "granted visa-free entry to citizens of France, Germany, Italy and Spain": the states after the
# first, a comma or "and" before each; a list closed by "and" only (not "..., Germany said")
_VISA_LIST_ITEM = re.compile(
    r"(?:\s*,\s*(?P<and>and\s+)?|\s+(?P<and2>and)\s+)(?:the\s+)?(?P<s>§S\d+§)"
)


def _visa_list_rest(masked: str, at: int) -> list[str]:
    """The other states' slots of a list of visitors' states that starts just before ``at``."""
    slots: list[str] = []
    while (m := _VISA_LIST_ITEM.match(masked, at)) is not None:
        slots.append(m.group("s"))
        at = m.end()
        if m.group("and") or m.group("and2"):
            return slots if not re.match(r"\s*(?:['’]|said|says|and)\b", masked[at:]) else []
    return []
