"""Memberships told of an organisation named again by a common noun, and of the states that
joined it, named as a point in time (session 43; :mod:`dipld.extract.joiners`, and
``mentions._THE_FORUM`` / ``_THE_BLOC``, ``memberships._MEMBERS_INCLUDING`` / ``_LATEST_MEMBER``).

- "the forum" in lower case stands for the Forum the article named (a forum of states whose
  members the KB lists: not a business forum after an unlinked economic forum); "the regional
  bloc", "the trade bloc", "the military alliance" for the bloc named before, as "the bloc"
  already did; "the bloc's members" too (a possessive before the members, as before a rank).
- "The forum's members, who include Fiji and Samoa, ...": the members named in a relative clause.
- "the first new member since Cambodia joined in 1999": the state of the "since" clause is a
  member (the organisation the clause names, else the one named before, which the KB must list
  it in), from the year given; presupposed, so also in a hedged sentence (as the spent gold codes
  both such sentences), but only where the sentence speaks of membership.
- "BRICS was formed in 2009 by ..., and South Africa joined the following year": the state that
  joined after the organisation's founding or its members were told, from the year given (the
  year after the one before for "the following year").
- "SADC has 16 Member States; Comoros became the latest member in 2017": capitalised, with its
  year.

Hit rate at e4117ae7 (before): 0/14 positives.
"""

from __future__ import annotations

import datetime as dt

import pytest

from tests.extract.test_patterns import facts, keys

DAY = dt.date(2024, 9, 4)
PIF, ASEAN, EU, NATO, SADC, ECOWAS = "Q757276", "Q7768", "Q458", "Q7184", "Q816706", "Q193272"
FIJI, SAMOA, TONGA, AUSTRALIA, NZ = "Q712", "Q683", "Q678", "Q408", "Q664"
VIETNAM, LAOS, CAMBODIA, CROATIA, GREECE, TURKEY = "Q881", "Q819", "Q424", "Q224", "Q41", "Q43"
COMOROS, NAMIBIA, GHANA, SENEGAL, MONTENEGRO, RUSSIA = (
    "Q970",
    "Q1030",
    "Q117",
    "Q1041",
    "Q236",
    "Q159",
)
UKRAINE, MOLDOVA, NORWAY, JAPAN = "Q212", "Q217", "Q20", "Q17"


def _members(body: str) -> dict[tuple[str, str], set[str]]:
    """(member, organisation) of each Membership the body gives, with its start years."""
    out: dict[tuple[str, str], set[str]] = {}
    for f in facts(body, DAY):
        if f.cls.value != "Membership":
            continue
        key = (next(iter(keys(f.get("member")))), next(iter(keys(f.get("organization")))))
        out.setdefault(key, set()).update(str(d.year) for d in f.get("startDate"))
    return out


POSITIVE = [
    pytest.param(
        "Leaders of the Pacific Islands Forum gathered in Apia on Monday. Fiji's prime "
        "minister, who chairs the forum this year, opened the talks. The forum's members, who "
        "include Samoa and Tonga, disagree on deep-sea mining.",
        {(SAMOA, PIF), (TONGA, PIF)},
        id="forum-members-who-include",
    ),
    pytest.param(
        "Pacific Islands Forum foreign ministers met in Suva. The forum's members include "
        "Australia and New Zealand, which fund most of its budget.",
        {(AUSTRALIA, PIF), (NZ, PIF)},
        id="forum-members-include",
    ),
    pytest.param(
        "Pacific Islands Forum leaders endorsed the plan. Tonga, which chairs the 18-member "
        "forum this year, will host the next meeting.",
        {(TONGA, PIF)},
        id="counted-forum-chaired",
    ),
    pytest.param(
        "ASEAN foreign ministers met in Vientiane on Thursday. The bloc's members, which "
        "include Vietnam and Laos, remain split over the sea dispute.",
        {(VIETNAM, ASEAN), (LAOS, ASEAN)},
        id="bloc-members-which-include",
    ),
    pytest.param(
        "SADC leaders met in Harare. The regional bloc's member states include Namibia and "
        "Comoros.",
        {(NAMIBIA, SADC), (COMOROS, SADC)},
        id="regional-bloc-member-states-include",
    ),
    pytest.param(
        "Timor-Leste took its seat at ASEAN on Sunday, the first new member of the regional "
        "bloc since Cambodia joined in 1999.",
        {(CAMBODIA, ASEAN)},
        id="since-joined-year",
    ),
    pytest.param(
        "Ukraine hopes to join the European Union by 2030. Its entry would be the bloc's first "
        "enlargement since Croatia joined in 2013.",
        {(CROATIA, EU)},
        id="since-joined-hedged-union",
    ),
    pytest.param(
        "NATO leaders welcomed Sweden on Thursday, the alliance's first new member since "
        "Montenegro was admitted in 2017.",
        {(MONTENEGRO, NATO)},
        id="since-admitted",
    ),
    pytest.param(
        "NATO was founded by twelve states in 1949, and Greece and Turkey joined in 1952.",
        {(GREECE, NATO), (TURKEY, NATO)},
        id="and-joined-in-year",
    ),
    pytest.param(
        "ECOWAS was established in 1975 by fifteen states, and Ghana joined the following year.",
        {(GHANA, ECOWAS)},
        id="and-joined-following-year",
    ),
    pytest.param(
        "SADC has 16 Member States; Comoros became the latest member in 2017.",
        {(COMOROS, SADC)},
        id="latest-member-capitalised",
    ),
]


@pytest.mark.parametrize(("body", "expected"), POSITIVE)
def test_memberships(body: str, expected: set[tuple[str, str]]) -> None:
    assert expected <= set(_members(body))


DATED = [
    pytest.param(
        "Timor-Leste took its seat at ASEAN on Sunday, the first new member of the regional "
        "bloc since Cambodia joined in 1999.",
        (CAMBODIA, ASEAN),
        "1999",
        id="since-joined",
    ),
    pytest.param(
        "ECOWAS was established in 1975 by fifteen states, and Ghana joined the following year.",
        (GHANA, ECOWAS),
        "1976",
        id="following-year",
    ),
    pytest.param(
        "SADC has 16 Member States; Comoros became the latest member in 2017.",
        (COMOROS, SADC),
        "2017",
        id="latest-member",
    ),
]


@pytest.mark.parametrize(("body", "pair", "year"), DATED)
def test_start_years(body: str, pair: tuple[str, str], year: str) -> None:
    assert year in _members(body).get(pair, set())


NEGATIVE = [
    pytest.param(
        "The St Petersburg International Economic Forum opened on Wednesday. Leaders at the "
        "forum, who include Senegal's president, spoke of trade.",
        (SENEGAL, "St Petersburg International Economic Forum"),
        id="unlinked-economic-forum",
    ),
    pytest.param(
        "ASEAN ministers met on Thursday. The bloc's members do not include Norway and Japan.",
        (NORWAY, ASEAN),
        id="members-negated",
    ),
    pytest.param(
        "EU leaders met on Thursday. The bloc's candidates, which include Ukraine and Moldova, "
        "were not invited.",
        (UKRAINE, EU),
        id="candidates-not-members",
    ),
    pytest.param(
        "The UN Security Council met on Monday. It was the worst fighting in the region since "
        "Russia joined in 2015.",
        (RUSSIA, "Q37470"),
        id="since-joined-no-membership-talk",
    ),
    pytest.param(
        "ASEAN leaders met in Jakarta. It would be the bloc's first new member since Japan "
        "joined in 1999.",
        (JAPAN, ASEAN),
        id="since-joined-not-kb-member",
    ),
    pytest.param(
        "NATO was founded in 1949, and Russia may have joined in 1952.",
        (RUSSIA, NATO),
        id="and-joined-hedged",
    ),
    pytest.param(
        "NATO was founded in 1949, and Japan joined later.",
        (JAPAN, NATO),
        id="and-joined-not-kb-member",
    ),
]


@pytest.mark.parametrize(("body", "unwanted"), NEGATIVE)
def test_no_membership(body: str, unwanted: tuple[str, str]) -> None:
    assert unwanted not in _members(body)
