"""Session 32 (lead): an organisation named with its leader or sponsor before it.

Found while spending blind45 and blind46 (their sentences are not used here: each case below is
written afresh).

- **"condemned the Saudi-led Organisation of Islamic Cooperation"**: a state, capital or demonym
  joined to an organisation's name by "-led", "-backed", "-dominated", "-headed" or "-sponsored"
  only modifies the name; the organisation is the act's argument (``mentions._LEADER_OF_ORG``).
  Before, the leader took the organisation's place as the recipient or actor. The leader is no
  member by that alone (the membership rules' ``_LED`` convention, unchanged).
- **"thanked the crown prince and King Salman"** with no realm named: a monarch's title and a
  regnal name is the one monarch the KB labels "<name> of <realm>" ("Salman of Saudi Arabia")
  who holds a head of state's post of the title's kind on the article date
  (``KbIndex.regnal``, ``People._regnal_holders``). Before, the realm had to be named ("Saudi
  King Salman") and the bare form gave an unlinked "Salman" and no Tenure.
- **"..., Defence Minister X announced today during a visit to Vilnius."**: a closing speaker
  followed by a day and a setting is still the speaker, no recipient of the promise
  (``statements._CLOSING_SPEAKER``).
- **"the PLA soldiers went back to their positions"**: China's People's Liberation Army acts for
  China as "Chinese troops" do (``mentions._SEATS``); not the "Sudan People's Liberation Army".
"""

from __future__ import annotations

import datetime as dt

import pytest

from tests.extract.test_patterns import facts, keys

SALMAN, ABDULLAH_II, KHAN = "Q367825", "Q57464", "Q155164"
CSTO, OIC, ECOWAS, NATO = "Q318693", "Q47543", "Q193272", "Q7184"
RUSSIA, SAUDI, IRAN, NIGERIA, US, ARMENIA, MALI = (
    "Q159",
    "Q851",
    "Q794",
    "Q1033",
    "Q30",
    "Q399",
    "Q912",
)

DAY = dt.date(2023, 3, 14)


def _events(text: str) -> set[tuple[str, frozenset[str], frozenset[str]]]:
    return {
        (
            str(f.get("eventType")[0]),
            frozenset(keys(f.get("actor"))),
            frozenset(keys(f.get("recipient"))),
        )
        for f in facts(text, DAY)
        if f.cls.value == "Event"
    }


@pytest.mark.parametrize(
    ("text", "kind", "actor", "recipient"),
    [
        (
            "Iran on Tuesday condemned the Saudi-led Organisation of Islamic Cooperation for "
            "its silence.",
            "ACCUSE",
            IRAN,
            OIC,
        ),
        (
            "Armenia's government criticised the Russia-led Collective Security Treaty "
            "Organization for failing to respond.",
            "ACCUSE",
            ARMENIA,
            CSTO,
        ),
        (
            "Mali accused the Nigerian-dominated ECOWAS of serving foreign interests.",
            "ACCUSE",
            MALI,
            ECOWAS,
        ),
        (
            "Moscow warned the US-led NATO alliance against expanding further east.",
            "THREATEN",
            RUSSIA,
            NATO,
        ),
    ],
)
def test_the_organisation_not_its_leader_is_the_argument(
    text: str, kind: str, actor: str, recipient: str
) -> None:
    found = _events(text)
    assert any(k == kind and actor in a and r == {recipient} for k, a, r in found), found


def test_the_leader_alone_stays_an_argument_without_an_organisation_after_it() -> None:
    # a coalition the KB does not know is no organisation's slot: the sponsor is still read
    found = _events("Iran condemned Saudi Arabia on Tuesday for the air strikes on Sanaa.")
    assert any(k == "ACCUSE" and r == {SAUDI} for k, _a, r in found), found


def test_the_leader_is_no_member_by_that_alone() -> None:
    found = facts(
        "Armenia, a member of the Russia-led Collective Security Treaty Organization, hosts a "
        "Russian base.",
        DAY,
    )
    members = {
        (k, o)
        for f in found
        if f.cls.value == "Membership"
        for k in keys(f.get("member"))
        for o in keys(f.get("organization"))
    }
    assert members == {(ARMENIA, CSTO)}


def _tenures(text: str, day: dt.date = DAY) -> set[tuple[str, str]]:
    return {
        (h, j)
        for f in facts(text, day)
        if f.cls.value == "Tenure"
        for h in keys(f.get("holder"))
        for j in keys(f.get("jurisdiction"))
    }


@pytest.mark.parametrize(
    ("text", "holder", "realm"),
    [
        ("King Salman received the visiting minister in Riyadh on Monday.", SALMAN, SAUDI),
        ("The prime minister thanked King Salman for his hospitality.", SALMAN, SAUDI),
        ("King Abdullah told the visiting envoy that a ceasefire was urgent.", ABDULLAH_II, "Q810"),
    ],
)
def test_a_monarch_named_without_a_realm_is_the_one_monarch_of_that_name(
    text: str, holder: str, realm: str
) -> None:
    assert (holder, realm) in _tenures(text)


def test_the_regnal_name_of_a_monarch_not_in_office_on_the_date_stays_unlinked() -> None:
    # Salman became king in 2015: in 2010 "King Salman" is no one the KB has on the throne
    assert not any(
        h == SALMAN for h, _j in _tenures("King Salman received the minister.", dt.date(2010, 5, 3))
    )


def test_thanks_to_the_king_reach_him() -> None:
    found = _events("Imran Khan thanked King Salman for his generous support.")
    assert ("SUPPORT", frozenset({KHAN}), frozenset({SALMAN})) in found


def test_the_king_after_his_son_is_the_king() -> None:
    # "Salman" alone would be the prince's later mention; after a monarch's title it is the king
    text = (
        "Shehbaz Sharif met Crown Prince Mohammed bin Salman in Jeddah on Saturday. "
        "Sharif thanked King Salman for the warm hospitality."
    )
    found = _events(text)
    assert ("SUPPORT", frozenset({"Q2096387"}), frozenset({SALMAN})) in found
    assert (SALMAN, SAUDI) in _tenures(text)


def test_a_closing_speaker_with_a_day_and_a_setting_is_no_recipient() -> None:
    found = _events(
        "Canada is prepared to deploy a battalion to Latvia, Defence Minister Anita Anand "
        "announced today during a visit to the troops."
    )
    assert ("AGREE", frozenset({"Q16"}), frozenset({"Q211"})) in found, found
    found = _events(
        "Norway is ready to send two more frigates to the Baltic, Defence Minister Bjorn Arild "
        "Gram announced on Monday during a visit to Riga."
    )
    assert ("AGREE", frozenset({"Q20"}), frozenset()) in found, found


def test_the_pla_acts_for_china() -> None:
    found = _events(
        "Troops of the Chinese People's Liberation Army (PLA) crossed the line on Friday. "
        "The PLA soldiers later went back to their positions."
    )
    assert any(k == "RETREAT" and a == {"Q148"} for k, a, _r in found), found


def test_the_sudanese_liberation_army_is_not_china() -> None:
    found = _events("The Sudan People's Liberation Army attacked the town of Bor on Friday.")
    assert not any("Q148" in a for _k, a, _r in found), found
