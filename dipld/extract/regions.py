"""States by the region an epithet names ("the Caribbean nation", "the Gulf state").

The bundled KB has no region data, so the members of each region are listed here by the names
the KB gives its states, and resolved through the KB (a name it does not resolve is left out:
no QID is written here). An epithet names the one state of its region that the sentence named
before it, else the one the latest sentence naming any state of the region named; two states of
the region there: no guess (session 28).
"""

from __future__ import annotations

import re
from functools import cache

from dipld.kb.index import KbIndex
from dipld.model import EntityKind

_WEST_AFRICA = (
    "Benin Burkina_Faso Cape_Verde Ivory_Coast The_Gambia Ghana Guinea Guinea-Bissau Liberia "
    "Mali Mauritania Niger Nigeria Senegal Sierra_Leone Togo"
)
_EAST_AFRICA = "Kenya Tanzania Uganda Rwanda Burundi South_Sudan Ethiopia Somalia Djibouti Eritrea"
_CENTRAL_AFRICA = (
    "Central_African_Republic Cameroon Chad Republic_of_the_Congo "
    "Democratic_Republic_of_the_Congo Gabon Equatorial_Guinea"
)
_SOUTHERN_AFRICA = (
    "South_Africa Namibia Botswana Zimbabwe Zambia Mozambique Malawi Angola Lesotho Eswatini"
)
_NORTH_AFRICA = "Egypt Libya Tunisia Algeria Morocco"
_SOUTH_AMERICA = (
    "Argentina Bolivia Brazil Chile Colombia Ecuador Guyana Paraguay Peru Suriname Uruguay "
    "Venezuela"
)
_CENTRAL_AMERICA = "Belize Costa_Rica El_Salvador Guatemala Honduras Nicaragua Panama"
_CARIBBEAN = (
    "Antigua_and_Barbuda The_Bahamas Barbados Cuba Dominica Dominican_Republic Grenada Haiti "
    "Jamaica Saint_Kitts_and_Nevis Saint_Lucia Saint_Vincent_and_the_Grenadines "
    "Trinidad_and_Tobago"
)
_PACIFIC = (
    "Fiji Tonga Samoa Vanuatu Solomon_Islands Papua_New_Guinea Kiribati Tuvalu Nauru Palau "
    "Marshall_Islands Federated_States_of_Micronesia"
)
_SOUTHEAST_ASIA = (
    "Brunei Cambodia Indonesia Laos Malaysia Myanmar Philippines Singapore Thailand Vietnam "
    "East_Timor"
)
_SOUTH_ASIA = "India Pakistan Bangladesh Sri_Lanka Nepal Bhutan Maldives Afghanistan"
_CENTRAL_ASIA = "Kazakhstan Kyrgyzstan Tajikistan Turkmenistan Uzbekistan"
_BALKANS = (
    "Albania Bosnia_and_Herzegovina Bulgaria Croatia Kosovo Montenegro North_Macedonia Serbia"
)
_GULF = "Saudi_Arabia United_Arab_Emirates Qatar Kuwait Bahrain Oman"
# states on islands of their own or archipelagos (not those sharing an island with another
# state: Haiti, the Dominican Republic, Papua New Guinea, East Timor, Indonesia)
_ISLANDS = (
    "Fiji Tonga Samoa Vanuatu Solomon_Islands Kiribati Tuvalu Nauru Palau Marshall_Islands "
    "Federated_States_of_Micronesia Japan Philippines Sri_Lanka Maldives Madagascar Mauritius "
    "Seychelles Comoros Cape_Verde São_Tomé_and_Príncipe Cuba Jamaica The_Bahamas Barbados "
    "Dominica Grenada Saint_Lucia Saint_Kitts_and_Nevis Saint_Vincent_and_the_Grenadines "
    "Antigua_and_Barbuda Trinidad_and_Tobago Cyprus Malta Iceland Singapore Bahrain New_Zealand"
)

# the epithet's region word (as written, in lower case) → its states
_REGIONS: dict[str, str] = {
    "caribbean": _CARIBBEAN,
    "gulf": _GULF,
    "gulf arab": _GULF,
    "horn of africa": "Ethiopia Eritrea Djibouti Somalia",
    "west african": _WEST_AFRICA,
    "east african": _EAST_AFRICA,
    "central african": _CENTRAL_AFRICA,
    "southern african": _SOUTHERN_AFRICA,
    "north african": _NORTH_AFRICA,
    "south american": _SOUTH_AMERICA,
    "central american": _CENTRAL_AMERICA,
    "pacific": _PACIFIC,
    "pacific island": _PACIFIC,
    "southeast asian": _SOUTHEAST_ASIA,
    "south asian": _SOUTH_ASIA,
    "central asian": _CENTRAL_ASIA,
    "balkan": _BALKANS,
    "baltic": "Estonia Latvia Lithuania",
    "nordic": "Denmark Norway Sweden Finland Iceland",
    "scandinavian": "Denmark Norway Sweden",
    "south caucasus": "Armenia Azerbaijan Georgia",
    "himalayan": "Nepal Bhutan",
    "island": _ISLANDS,
    "indian ocean island": "Madagascar Mauritius Seychelles Comoros Maldives Sri_Lanka",
}

# "the Caribbean nation", "the Gulf state", "the Horn of Africa country", "the island nation",
# "the Pacific island nation" (a singular noun in lower case: not "the Gulf states", "the Central
# African Republic"; nor "the West African nation of Guinea", which names its state)
EPITHET = re.compile(
    r"\b[Tt]he\s+(?:(?:tiny|small|impoverished|landlocked|oil-rich|gas-rich|troubled|"
    r"conflict-hit|war-torn|restive)\s+)?(?P<r>Caribbean|Gulf(?:\s+Arab)?|Horn\s+of\s+Africa|"
    r"(?:West|East|Central|Southern|North)\s+African|(?:South|Central)\s+American|"
    r"Pacific(?:\s+island)?|Indian\s+Ocean\s+island|Southeast\s+Asian|South\s+Asian|"
    r"Central\s+Asian|Balkan|Baltic|Nordic|Scandinavian|South\s+Caucasus|Himalayan|island)"
    r"(?:\s+island)?\s+(?:nation|state|country|kingdom|emirate|republic|monarchy|sultanate|"
    r"archipelago)(?![\w-])(?!\s+(?:of|where|that|which)\b)"
)
# the words every match has one of (a cheap test before the pattern)
EPITHET_KEYS = (
    "caribbean", "gulf", "horn of", "african", "american", "pacific", "island", "asian",
    "balkan", "baltic", "nordic", "scandinavian", "caucasus", "himalayan",
)  # fmt: skip


@cache
def _members(kb: KbIndex, region: str) -> frozenset[str]:
    names = _REGIONS.get(region, "")
    qids = set()
    for name in names.split():
        found = kb.resolve(name.replace("_", " "), (EntityKind.STATE,))
        if found is not None and found.qid:
            qids.add(found.qid)
    return frozenset(qids)


def region_members(kb: KbIndex, written: str) -> frozenset[str]:
    """The QIDs of the states of the region an epithet's region word names."""
    return _members(kb, " ".join(written.lower().split()))


def unresolved(kb: KbIndex) -> list[str]:
    """The listed names the KB does not resolve to one state (for a test to keep the list
    true)."""
    missing = []
    for names in _REGIONS.values():
        for name in names.split():
            if kb.resolve(name.replace("_", " "), (EntityKind.STATE,)) is None:
                missing.append(name)
    return sorted(set(missing))
