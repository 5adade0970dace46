# ruff: noqa: E501  (a table of sentences)
"""Organisations left, suspended, headed and named again, probed with fresh sentences (session 26).

A battery of 83 sentences written for this session before the extractor ran (60, then 23 more
after the first fixes; ``/tmp/s26/orgs-work/battery*.txt``, kept out of the repository with the
facts ANNOTATION.md expects; none from a gold set): wire stories, readouts and ministry releases
from West and East Africa, Latin America, Europe, the Gulf, South-East Asia and the Pacific;
withdrawals told past, announced, negated, threatened, hedged and as a relative clause;
suspensions and expulsions active and passive; member lists behind an aside or after "joining";
heads of organisations titled before or after their names; "the bloc", "the Forum", "the
alliance" after a named organisation. At 66b4313 (main) it gave 7 wrong facts and 42 misses;
after: 1 wrong fact (left, below) and 17 misses.

Wrong facts, fixed (each with paraphrases below, positives and negatives):

1. "Venezuela pulled out of the Andean Community", "completed its withdrawal from the OAS": a
   RETREAT 0874 (a pull-back of forces) with no recipient. A state leaving an organisation is
   SANCTION 160 against it (as the gold sets code it; see the "leaving the format" template):
   ``events._LEFT_BODY`` reads "withdrew from", "left", "quit", "pulled out of", "has withdrawn
   from", "was leaving", "announced (completed) its withdrawal from" before an organisation (or
   the EU) whose clause goes on ("in January", ",", "on Sunday", "and", ...): not "left the AU
   summit early", "left ECOWAS officials waiting", "withdrew from NATO's integrated command",
   "left Turkey", "Lavrov left the G20 in Bali early" (a leader leaving a meeting), "withdrew
   from the Black Sea Initiative" (a deal, no body the KB knows), nor "would quit", "may leave",
   "threatened to leave", "has not withdrawn"; nor a withdrawal told as background, dated
   before the article's last year ("Venezuela left the Andean Community in 2006, and ..." in
   2022: the spent gold set blind20 leaves it out).
2. "Mali said it would quit ECOWAS" gave AGREE 030 to ECOWAS (a promise); a withdrawal
   announced for later is no promise to the body (``statements._HOSTILE_DECISION``).
3. "Ghana's president met regional leaders. The President of the ECOWAS Commission, Omar
   Touray, ..." gave Touray as Ghana's HeadOfState (post President of Ghana): the commission the
   KB lacks was looked up as a state's body. "President of the ECOWAS (AU) Commission" is now
   the organisation's HeadOfOrganization (people.py, when the commission's name opens with an
   organisation the KB knows); with no state before, it was no Tenure at all.
4. "The Council of Europe expelled Russia" gave COERCE 174 (people deported): an organisation
   expelling a state is SANCTION 160 against it, as its suspension is; so is the passive "Russia
   was expelled from the Council of Europe" (was none); "Algeria expelled Moroccan nationals"
   stays COERCE 174.
5. "The bloc demanded the release of President Mohamed Bazoum" gave REQUEST 1053 with Bazoum as
   the one asked: the person to be freed is asked nothing (the state holding him, when named,
   stays the recipient: "... detained in China").

Misses of general structures, fixed:

6. Withdrawals (as 1): "Burkina Faso, Mali and Niger withdrew from ECOWAS in January", "Qatar
   withdrew from OPEC", "The United Kingdom left the European Union", "Nicaragua, which left the
   OAS in 2023, ...", "Georgia ended its membership in the CIS".
7. A state suspending its own membership: "Asmara suspended its membership in IGAD in April
   2007" (or in the organisation the sentence before or the article named): SANCTION 160 by the
   state against the organisation (``events._SUSPENDED_OWN``).
8. "Gabon was suspended from all African Union activities", "from all ECOWAS governing bodies",
   "from all activities of the AU" (``events._SUSPENDED`` wanted "from the ORG").
9. A member list behind a founding aside: "IGAD, founded in 1986 to coordinate drought control,
   groups Djibouti, ..." (``patterns.aside_reading``: "founded|established|created|formed|set
   up|launched|headquartered|based in|on|at|by ...").
10. Those a newcomer joins: "became the seventh member of the East African Community, joining
    Kenya, Uganda and Tanzania", "joined ASEAN, joining Indonesia and Malaysia in the bloc"
    (``relations._JOINING_FELLOWS``; not "joining Norway in condemning Russia").
11. "The current Chairman of the ECOWAS Authority, Bola Tinubu": the chair of the organisation's
    summit body ("Authority", "Summit") heads the organisation (people.py); "Forum Secretary
    General Henry Puna", "League Secretary-General X" after the article named the Pacific
    Islands Forum, the Arab League: that body's head (people.py, from ``ctx.bodies``).
12. "the Forum" after the Pacific Islands Forum is that organisation (``mentions._BODY_WORDS``),
    as "the Council", "the Commission" were.

Left (found, not fixed): "Hungary threatened to leave the European People's Party group" gives
THREATEN 130 at the EU (the group's "European" read as the Union: a mention matter, not this
family's rules); "ECOWAS chairman Bola Tinubu" (lower case) gives no Tenure; "the secretary-general of the Commonwealth" (the KB lacks the
Commonwealth); "OSCE Chairman-in-Office Bujar Osmani" (no Tenure); "Hungary, the only other
member yet to ratify" (no Membership); "Mali quit the G5 Sahel", "Colombia quit UNASUR" (the KB
lacks them); "Kiribati rejoined the Forum on Friday", "condemned the alliance for expanding"
("the Forum on", "the alliance for" are read as parts of a name); "The AU's Peace and Security
Council suspended Mali"; "Syria returned to the Arab League in May 2023" (no Membership); "The
Forum welcomed the decision" (SUPPORT with no recipient); a Membership's end date for a
completed withdrawal (not added: one gold writer gives it, the others do not).

Hit rate at 66b4313 (before): positives 1/28 ("League Secretary-General" was read already),
negatives 22/23 ("said ... it would quit ECOWAS" was a promise); after: 28/28 and 23/23.
"""

from __future__ import annotations

import datetime as dt

import pytest

from tests.extract.test_patterns import facts, keys

DAY = dt.date(2024, 3, 5)

ECOWAS = "Q193272"
AU = "Q7159"
OAS = "Q123759"
EU = "Q458"
IGAD = "Q499039"
PIF = "Q757276"
ASEAN = "Q7768"
EAC = "Q337456"


def _events(text: str, date: dt.date = DAY) -> list[tuple[str, str, set[str], set[str]]]:
    return [
        (
            str(f.get("eventType")[0]),
            str(f.get("cameoCode")[0]),
            keys(f.get("actor")),
            keys(f.get("recipient")),
        )
        for f in facts(text, date)
        if f.cls.value == "Event"
    ]


def _left(text: str, date: dt.date = DAY) -> list[tuple[set[str], set[str]]]:
    return [(a, r) for t, c, a, r in _events(text, date) if (t, c) == ("SANCTION", "160")]


def _members(text: str, date: dt.date = DAY) -> set[tuple[str, str]]:
    out = set()
    for f in facts(text, date):
        if f.cls.value == "Membership":
            for m in keys(f.get("member")):
                for o in keys(f.get("organization")):
                    out.add((m, o))
    return out


def _tenures(text: str, date: dt.date = DAY) -> list[tuple[set[str], str, set[str]]]:
    return [
        (keys(f.get("holder")), str(f.get("role")[0]), keys(f.get("jurisdiction")))
        for f in facts(text, date)
        if f.cls.value == "Tenure"
    ]


# (text, actors, recipients) of a SANCTION 160 the text must give
LEFT = [
    pytest.param(
        "Guinea withdrew from ECOWAS in March, the junta said.",
        {"Q1006"},
        {ECOWAS},
        id="withdrew-from",
    ),
    pytest.param(
        "Mali, Niger and Burkina Faso quit the Economic Community of West African States on Sunday.",
        {"Q912", "Q1032", "Q965"},
        {ECOWAS},
        id="quit-three",
    ),
    pytest.param(
        "Venezuela pulled out of the Organization of American States in 2023.",
        {"Q717"},
        {OAS},
        id="pulled-out-of",
    ),
    pytest.param(
        "Managua said on Friday it had completed its withdrawal from the Organization of American States.",
        {"Q811"},
        {OAS},
        id="completed-withdrawal",
    ),
    pytest.param(
        "Nicaragua said it was leaving the OAS, accusing it of meddling.",
        {"Q811"},
        {OAS},
        id="said-leaving",
    ),
    pytest.param(
        "Morocco announced its withdrawal from the African Union on Monday.",
        {"Q1028"},
        {AU},
        id="announced-withdrawal",
    ),
    pytest.param(
        "Britain left the EU on January 31, 2023, after 47 years of membership.",
        {"Q145"},
        {EU},
        id="left-the-eu",
    ),
    pytest.param(
        "Kiribati has withdrawn from the Pacific Islands Forum, its foreign ministry said.",
        {"Q710"},
        {PIF},
        id="has-withdrawn",
    ),
    pytest.param(
        "Niger, which left ECOWAS in January, signed a defence pact with Mali.",
        {"Q1032"},
        {ECOWAS},
        id="relative-clause",
    ),
    pytest.param(
        "Georgia ended its membership in the Commonwealth of Independent States in 2023.",
        {"Q230"},
        {"Q7779"},
        id="ended-its-membership",
    ),
    # a member expelled by its organisation
    pytest.param(
        "The Council of Europe expelled Russia on Wednesday.",
        {"Q8908"},
        {"Q159"},
        id="org-expelled-state",
    ),
    pytest.param(
        "Russia was expelled from the Council of Europe in March 2022.",
        {"Q8908"},
        {"Q159"},
        id="expelled-from-passive",
    ),
    # a state suspending its own membership
    pytest.param(
        "Eritrea suspended its membership in IGAD in April 2007.",
        {"Q986"},
        {IGAD},
        id="own-membership-named",
    ),
    pytest.param(
        "IGAD mediated the Somali talks in Nairobi. Asmara later suspended its membership over the talks.",
        {"Q986"},
        {IGAD},
        id="own-membership-before",
    ),
    # a member suspended from all of the organisation's activities
    pytest.param(
        "Burkina Faso was suspended from all ECOWAS institutions on Friday.",
        {ECOWAS},
        {"Q965"},
        id="passive-all-institutions",
    ),
    pytest.param(
        "Guinea was suspended from all activities of the African Union after the coup.",
        {AU},
        {"Q1006"},
        id="passive-all-activities-of",
    ),
]


@pytest.mark.parametrize(("text", "actors", "recipients"), LEFT)
def test_left_or_suspended(text: str, actors: set[str], recipients: set[str]) -> None:
    assert (actors, recipients) in _left(text)


# no SANCTION 160 against an organisation, and no promise to it
NOT_LEFT = [
    pytest.param(
        "Mali said it would quit ECOWAS if sanctions were not lifted.", id="would-quit-if"
    ),
    pytest.param("Mali said on Monday that it would quit ECOWAS.", id="would-quit"),
    pytest.param("Argentina will not leave Mercosur, the president said.", id="will-not"),
    pytest.param("Argentina may leave Mercosur next year.", id="may"),
    pytest.param(
        "Russia may end its membership in the Council of Europe.", id="may-end-membership"
    ),
    pytest.param("Niger has not withdrawn from the African Union.", id="negated"),
    pytest.param("Hungary threatened to leave the EU over the budget.", id="threatened"),
    pytest.param("Argentina is considering leaving Mercosur.", id="considering"),
    pytest.param("The Malian delegation left the ECOWAS summit early on Sunday.", id="summit"),
    pytest.param("Niger's junta left ECOWAS envoys waiting at the airport.", id="envoys-waiting"),
    pytest.param("France withdrew from NATO's integrated command in 1966.", id="command"),
    pytest.param("President Erdogan left Hungary on Monday after talks.", id="left-a-state"),
    pytest.param("Lavrov left the G20 in Bali early on Tuesday.", id="left-a-meeting-in-a-city"),
    pytest.param("Sergei Lavrov left the OSCE early on Thursday.", id="a-person-left"),
    pytest.param("Britain voted to leave the EU in 2016.", id="voted-to-leave"),
    pytest.param("Russia withdrew from the Black Sea Initiative on July 17.", id="a-deal"),
    pytest.param(
        "Venezuela left the Andean Community in 2006, and both governments said they would deepen trade.",
        id="years-ago",
    ),
    pytest.param(
        "The African Union said it would suspend Gabon if the junta did not hand over power.",
        id="conditional-suspension",
    ),
]


@pytest.mark.parametrize("text", NOT_LEFT)
def test_not_left(text: str) -> None:
    found = _events(text)
    assert not [e for e in found if e[:2] == ("SANCTION", "160")]
    assert not [e for e in found if e[0] == "AGREE"]


def test_people_expelled_stay_coerce() -> None:
    found = _events("Algeria expelled Moroccan nationals in 1975.")
    assert ("COERCE", "174", {"Q262"}, {"Q1028"}) in found
    assert not _left("Russia was not expelled from the Council of Europe.")


def test_troops_withdrawn_from_a_state_stay_a_retreat() -> None:
    found = _events("Ethiopian troops withdrew from Eritrea in 2000.")
    assert ("RETREAT", "0874", {"Q115"}, {"Q986"}) in found


# (text, holder label, organisation) of a HeadOfOrganization Tenure
HEADS = [
    pytest.param(
        "Senegal's president met regional leaders in Dakar. The President of the ECOWAS Commission, Omar Touray, told reporters the bloc would act.",
        "Omar Touray",
        ECOWAS,
        id="commission-president-after-state",
    ),
    pytest.param(
        "The President of the ECOWAS Commission, Omar Touray, arrived in Niamey on Monday.",
        "Omar Touray",
        ECOWAS,
        id="commission-president-alone",
    ),
    pytest.param(
        "Kenya's president received the President of the AU Commission, Moussa Faki Mahamat, in Nairobi.",
        "Moussa Faki Mahamat",
        AU,
        id="au-commission-president",
    ),
    pytest.param(
        "The current Chairman of the ECOWAS Authority, Bola Tinubu, met Ghanaian President Nana Akufo-Addo.",
        "Bola Tinubu",
        ECOWAS,
        id="authority-chairman",
    ),
    pytest.param(
        "Pacific Islands Forum leaders met in Rarotonga on Thursday. Forum Secretary General Henry Puna praised Tuvalu.",
        "Henry Puna",
        PIF,
        id="forum-secretary-general",
    ),
    pytest.param(
        "The Arab League met in Cairo. League Secretary-General Ahmed Aboul Gheit condemned the strikes.",
        "Ahmed Aboul Gheit",
        "Q7172",
        id="league-secretary-general",
    ),
]


def test_a_body_word_with_no_body_named_is_no_jurisdiction() -> None:
    found = _tenures("Forum Secretary General Henry Puna travelled to Nauru on Monday.")
    assert not [t for t in found if t[2]]


@pytest.mark.parametrize(("text", "holder", "org"), HEADS)
def test_heads_of_organisations(text: str, holder: str, org: str) -> None:
    found = _tenures(text)
    assert ({holder}, "HeadOfOrganization", {org}) in found
    assert not [t for t in found if holder in t[0] and t[1] == "HeadOfState"]


def test_president_of_a_state_stays_head_of_state() -> None:
    found = _tenures("The President of Ghana, Nana Akufo-Addo, met ECOWAS officials.")
    assert ({"Q718601"}, "HeadOfState", {"Q117"}) in found


# (text, (member, organisation) pairs) the text must give
MEMBERS = [
    pytest.param(
        "IGAD, founded in 1986 to fight drought, groups Djibouti, Eritrea and Ethiopia.",
        {("Q977", IGAD), ("Q986", IGAD), ("Q115", IGAD)},
        id="founded-aside",
    ),
    pytest.param(
        "IGAD, based in Djibouti, groups Kenya, Uganda and Somalia.",
        {("Q114", IGAD), ("Q1036", IGAD), ("Q1045", IGAD)},
        id="based-aside",
    ),
    pytest.param(
        "Somalia became the eighth member of the East African Community, joining Kenya, Uganda and Tanzania.",
        {("Q1045", EAC), ("Q114", EAC), ("Q1036", EAC), ("Q924", EAC)},
        id="joining-fellows",
    ),
    pytest.param(
        "Timor-Leste joined ASEAN, joining Indonesia and the Philippines in the bloc.",
        {("Q574", ASEAN), ("Q252", ASEAN), ("Q928", ASEAN)},
        id="joining-in-the-bloc",
    ),
    pytest.param(
        "Kiribati rejoined the Pacific Islands Forum. The Forum now has 18 members, including Fiji and Samoa.",
        {("Q710", PIF), ("Q712", PIF), ("Q683", PIF)},
        id="the-forum",
    ),
]


@pytest.mark.parametrize(("text", "pairs"), MEMBERS)
def test_members(text: str, pairs: set[tuple[str, str]]) -> None:
    assert pairs <= _members(text)


def test_joining_others_in_an_act_is_no_membership() -> None:
    found = _members(
        "Finland joined NATO in April, joining Norway and Denmark in condemning Russia."
    )
    assert ("Q20", "Q7184") not in found
    assert ("Q35", "Q7184") not in found


def test_the_one_to_be_freed_is_asked_nothing() -> None:
    found = _events(
        "ECOWAS leaders met in Abuja. The bloc demanded the release of President Mohamed Bazoum.",
        dt.date(2023, 8, 10),
    )
    assert not [e for e in found if e[0] == "REQUEST" and "Q3318398" in e[3]]
    held = _events("Australia demanded the release of two citizens detained in China.")
    assert ("REQUEST", "1053", {"Q408"}, {"Q148"}) in held
