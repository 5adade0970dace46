# ruff: noqa: E501  (a table of sentences)
"""Commitments, readiness, requests kept up, warnings and "the parties" of a readout (session
30, commitments).

A battery of 47 sentences written for this session before the extractor ran
(``/tmp/s30/commitments-work/battery.txt``, kept out of the repository with the facts
ANNOTATION.md expects beside each; none from a gold set), on the kinds the lead saw missed on
held-out text: commitments in a facilitated dialogue's readout, readiness and invitations told by
the one who made them or by a third party, requests with the one asked in the clause or the
sentence before, warnings that an intervention would be war; wire stories, readouts and ministry
releases from the Balkans, the Caucasus, Africa, Latin America, Asia, the Gulf and the Pacific,
with shared views, hopes, discussions, negations and conditionals; then about 70 probes
(``p1.txt`` ... ``p14.txt``). At 07aa230 (main) the battery gave no wrong fact of this family (a
war warning coded 130 where the lead's held-out set has 138: a convention, below) and missed 18
facts; after: 0 wrong facts and 12 misses (left, below). The probes found 3 wrong facts (1,
fixed; two of "the parties" of a readout, left, below). Fixed (paraphrases below, positives and negatives):

Wrong facts:

1. A demand kept up read as a promise: "Blinken said the United States will continue to urge
   Belarus to release political prisoners", "Japan will continue to press North Korea to ..."
   gave AGREE 030 to the one urged. "will continue to urge (press, ask, call on, tell, warn,
   condemn, praise ...)" is no promise (``statements._AGREE_VERBS``); and a demand kept up is a
   demand made now: the REQUEST of the one urged, as "continues to urge" already was
   (``events._KEPT_UP``, read for REQUEST triggers only; '"We will continue to strongly urge
   Belarus to release those who remain detained," Blinken told a press conference' gave
   nothing).
Misses of general structures:

3. "warned that any military intervention in Niger would be treated as a declaration of war"
   after "ECOWAS has threatened military intervention in Niger" had no one warned: only "any
   such intervention" and "any intervention by X" were read. The one who threatened force
   against that state before is now the one warned (``events._INTERVENTION_IN``). (The code
   stays 130, as blind4 and blind38 write it; a held-out set the lead read writes 138: a
   convention left to the lead.)
4. A promise told as a clause of the promiser's own future: "Serbia committed that it will not
   object to Kosovo's membership in any international organisation", "undertook that it would
   ..." gave nothing (``statements._PLEDGED_THAT``, read as "pledged (not) to"); and a promise
   to refrain gave nothing without a joint statement or document ("Serbia pledged not to block
   Kosovo's membership ...", "Russia undertook not to attack Moldova" after Putin's talks with
   Moldova's president): the party whose bid or right it spares (a possessive, as "pledged to
   support Vietnam's bid" is to Vietnam), else the other side of the talks told
   (``statements._refrain``, ``_SPARED_OWNER``; "Azerbaijan pledged not to attack Armenia"
   alone still names no one it is made to, test_s19d_pledge.py).
5. Readiness with an adverb after the verb: "China is also ready to work with Fiji", "Kenya is
   fully prepared to lead the mission" (``statements._AGREE_VERBS``). Narrowed: readiness to go
   on discussing a topic with no one named ("We are also ready to continue discussing the
   pipeline project") is talk of a topic (§5 "discussed X"), no promise; blind18's writer codes
   none (``statements._TALK_OF_TALKS``: only "continue discussing" with no "with X" after it;
   "ready to discuss security guarantees with the United States", "ready to discuss Ukrainian
   proposals" stay).
6. "Vietnam and Australia announced the establishment of a comprehensive strategic
   partnership", "The two leaders announced the launch of ...": their Partnership
   (``relations._PAIR_ESTABLISHMENT``; only "... between A and B" was read). (The lead's
   held-out set also has an AGREE of both; blind3's writer codes none for "The two heads of
   state announced the establishment of a strategic partnership between ...": left to the
   lead.)
7. "India has taken note of the commitment by Nepal to ..., and expects this commitment to be
   honoured": Nepal's AGREE to India and India's REQUEST of Nepal
   (``statements._COMMITMENT_WELCOMED``, ``_HONOURED``); "welcomed the commitment by Myanmar
   to ..., and expects ... to be fulfilled" likewise. Without the expectation, "taken note of"
   gives the AGREE with no recipient, as "welcomed" does.

Hit rates at 07aa230 (before) → after: demands kept up 0/4 → 4/4; war warnings at the one who
threatened 0/1 → 1/1 (with no one to warn 1/1 → 1/1); promises as clauses and refrains 1/6 →
6/6; readiness 0/3 → 3/3; partnerships set up 0/3 → 3/3; commitments noted 0/1 → 1/1; promises
kept up and readiness to discuss with a party, which must stay, 3/3 → 3/3; negatives (plans, negations, hypotheticals, working groups, discussions,
talk of a topic, a refrain with no one it is made to, no expectation) 18/18 → 18/18.

Left (examples in other words):

- Wrong arguments, by the lead's reading of ANNOTATION.md §6: "the parties" of a readout are
  the people who met ("Aliyev and Pashinyan met in Brussels with Michel. Both parties committed
  to fully respect ...": the AGREE of the two leaders; "The EU stands ready to ... support both
  parties": the two leaders as recipients), where the lead's held-out set has their states.
  Reading them as states (``mentions``, two lines) changed 52 facts of the rule dump ("The
  parties agreed to keep in close contact" after two people spoke: their states) and broke
  test_patterns.py::test_a_phone_readout_the_parties_and_thanks, which wants the people: a
  convention for the lead to settle, then one line in ``mentions.Mentions`` (the "parties"
  branches beside the "sides" ones).

- A third party reporting a state's readiness with a speaker the KB lacks ("The UN envoy said
  Colombia was ready to resume talks with the ELN": nothing; with a named UN Secretary-General it
  is read) and an armed group the KB lacks as recipient (no unlinked recipients in these rules).
- An invitation in the past perfect ("Lula said he had invited Boric to visit Brazil"): reading
  "had invited" gave blind40 an invitation by an unlinked "Jokowi" (the KB knows him as
  Widodo, the nickname is not linked): a linking gap first (people).
- A demand whose one asked is only in a clause before ("Ukraine says Russia is holding dozens of
  its citizens and has called for their release"), or in a hope before it ("expressed the hope
  that Sri Lanka would ... and called for the full implementation of the amendment").
- "called on the military to ..." with the state only in the article ("the military" alone),
  and unlinked groups asked ("called on Arab states to ...").
- A conditional warning of consequences to "either party" ("Should either party fail to
  implement its obligations, this would have consequences for its European path, Borrell
  warned").
- A speaker by title alone ("The Emir affirmed Qatar's readiness to ...": nothing; with the
  Emir named it is read); bare surnames the mentions do not resolve ("Ramaphosa invited Tinubu
  to visit South Africa": nothing, with titles it is read).
"""

from __future__ import annotations

import datetime as dt

import pytest

from tests.extract.test_patterns import facts, find, typed_events

DAY = dt.date(2024, 6, 14)


def _events(text: str, kind: str) -> list[tuple[set[str], set[str], str]]:
    return [(a, r, c) for t, a, r, c in typed_events(text, DAY) if t == kind]


# 1. a demand kept up: a REQUEST, no AGREE
KEPT_UP = [
    (
        "The United States will continue to urge Belarus to release political prisoners.",
        "Q30",
        "Q184",
    ),
    ("Canada will continue to urge China to release the two detained citizens.", "Q16", "Q148"),
    (
        '"We will continue to strongly urge Iran to release those who remain detained," Sweden\'s foreign minister told a press conference.',
        "Q34",
        "Q794",
    ),
    ("Japan will continue to press North Korea to return the abductees.", "Q17", None),
]


@pytest.mark.parametrize(("text", "actor", "asked"), KEPT_UP)
def test_a_demand_kept_up_is_no_promise(text: str, actor: str, asked: str | None) -> None:
    assert not _events(text, "AGREE")
    if asked is not None:
        assert any(asked in r for a, r, c in _events(text, "REQUEST"))


KEPT_UP_NOT = [
    # a promise kept up stays one
    ("Japan will continue to support Ukraine.", "AGREE"),
    ("Japan will continue to work with ASEAN on maritime security.", "AGREE"),
]


@pytest.mark.parametrize(("text", "kind"), KEPT_UP_NOT)
def test_a_promise_kept_up_stays(text: str, kind: str) -> None:
    assert _events(text, kind)


@pytest.mark.parametrize(
    "text",
    [
        "Japan will urge China to release the detained businessman.",  # a plan
        "Japan will not continue to urge China to lift the ban.",  # negated
        "If Seoul agrees, Japan will continue to urge China to lift the ban.",  # hypothetical
    ],
)
def test_no_request_planned(text: str) -> None:
    assert not _events(text, "REQUEST")
    assert not _events(text, "AGREE")


# 3. war threatened: at the one who threatened the intervention
def test_war_warning_is_force_at_the_threatener() -> None:
    text = (
        "ECOWAS has threatened military intervention in Niger to reinstate President Bazoum.\n\n"
        "Mali and Burkina Faso have warned that any military intervention in Niger would be "
        "treated as a declaration of war against them."
    )
    found = _events(text, "THREATEN")
    assert ({"Q912", "Q965"}, {"Q193272"}, "130") in found


def test_war_warning_alone_has_no_one_warned() -> None:
    text = "Mali and Burkina Faso warned that any intervention in Niger would be considered an act of war."
    assert ({"Q912", "Q965"}, set(), "130") in _events(text, "THREATEN")


# 4. promises as clauses, and refrains
PROMISES = [
    (
        "Serbia committed that it will not object to Kosovo's membership in any international organisation.",
        "Q403",
        "Q1246",
    ),
    (
        "Armenia undertook that it would not block Azerbaijan's bid to host the conference.",
        "Q399",
        "Q227",
    ),
    ("Ethiopia pledged that it would respect the sovereignty of Somalia.", "Q115", "Q1045"),
    (
        "Serbia pledged not to block Kosovo's membership in international organisations.",
        "Q403",
        "Q1246",
    ),
    (
        "Putin held talks with Moldova's President Maia Sandu in Moscow.\n\nRussia undertook not to attack Moldova.",
        "Q159",
        "Q217",
    ),
    (
        "Aliyev met Pashinyan in Prague.\n\nAzerbaijan committed that it would never use force.",
        "Q227",
        "Q399",
    ),
]


@pytest.mark.parametrize(("text", "actor", "recipient"), PROMISES)
def test_promise_as_clause(text: str, actor: str, recipient: str) -> None:
    assert any(a == {actor} and recipient in r for a, r, c in _events(text, "AGREE")), _events(
        text, "AGREE"
    )


@pytest.mark.parametrize(
    "text",
    [
        "Serbia did not commit that it will recognise Kosovo.",
        "Serbia refused to commit that it will not oppose Kosovo's membership.",
        "Russia pledged not to attack merchant ships.",  # no party
        "Azerbaijan pledged not to attack Armenia.",  # no one it is made to (session 19)
        "Serbia said that it will not recognise Kosovo.",  # a refusal, no promise
    ],
)
def test_no_promise(text: str) -> None:
    assert not _events(text, "AGREE")


# 5. readiness with an adverb
READY = [
    (
        "China is also ready to work with Fiji to deepen cooperation in fisheries, Xi said.",
        "Q148",
        "Q712",
    ),
    ("Qatar is also ready to mediate between Rwanda and Burundi.", "Q846", "Q1037"),
    ("Russia is now ready to resume talks with Ukraine.", "Q159", "Q212"),
]


@pytest.mark.parametrize(("text", "actor", "recipient"), READY)
def test_readiness_with_adverb(text: str, actor: str, recipient: str) -> None:
    assert any(a == {actor} and recipient in r for a, r, c in _events(text, "AGREE"))


@pytest.mark.parametrize(
    "text",
    [
        "Japan is not ready to lift its ban on seafood from China.",
        "If asked, Turkey is also ready to mediate between Russia and Ukraine.",
        "The army is fully ready to defend Venezuela against Guyana.",
    ],
)
def test_no_readiness(text: str) -> None:
    assert not _events(text, "AGREE")


# 6. partnerships set up
SET_UP = [
    (
        "Vietnam and Australia announced the establishment of a comprehensive strategic partnership.",
        {"Q881", "Q408"},
    ),
    (
        "Indonesia and Brazil have announced the launch of a strategic partnership.",
        {"Q252", "Q155"},
    ),
    (
        "Prime Minister Albanese met Prime Minister Pham Minh Chinh in Canberra.\n\n"
        "The two leaders announced the establishment of a comprehensive strategic partnership.",
        {"Q881", "Q408"},
    ),
]


@pytest.mark.parametrize(("text", "parties"), SET_UP)
def test_partnership_set_up(text: str, parties: set[str]) -> None:
    assert find(facts(text, DAY), "Partnership", party=parties) is not None


@pytest.mark.parametrize(
    "text",
    [
        "Vietnam and Australia announced the establishment of a joint working group.",
        "Vietnam and Australia did not announce the establishment of a strategic partnership.",
        "Vietnam and Australia discussed the establishment of a comprehensive strategic partnership.",
    ],
)
def test_no_partnership_set_up(text: str) -> None:
    assert find(facts(text, DAY), "Partnership") is None


# 5 (narrowed). readiness to go on talking of a topic, with no one named: no promise
@pytest.mark.parametrize(
    "text",
    [
        "Mongolia is also ready to continue discussing the gas pipeline project.",
        "We are ready to continue to discuss the railway project.",
    ],
)
def test_no_readiness_to_talk_of_a_topic(text: str) -> None:
    assert not _events(text, "AGREE")


def test_readiness_to_discuss_with_a_party_stays() -> None:
    text = "Russia is ready to discuss security guarantees with the United States."
    assert ({"Q159"}, {"Q30"}, "030") in _events(text, "AGREE")


# 7. a commitment noted and held to
def test_a_commitment_noted_and_held_to() -> None:
    text = (
        "India has taken note of the commitment by Nepal to resolve the outstanding issues, "
        "and expects this commitment to be honoured."
    )
    found = _events(text, "AGREE")
    assert ({"Q837"}, {"Q668"}, "030") in found
    assert ({"Q668"}, {"Q837"}, "100") in _events(text, "REQUEST")


@pytest.mark.parametrize(
    "text",
    [
        "India has taken note of the statement by Nepal.",
        "India has taken note of the commitment by Nepal to resolve the issues, but does not expect this commitment to be honoured.",
    ],
)
def test_no_demand_without_expectation(text: str) -> None:
    assert not _events(text, "REQUEST")
