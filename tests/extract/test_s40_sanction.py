"""Sanctions, recalls and expulsions the rules missed (session 40, sanctions).

The sentences are written for this session in wire, readout and ministry styles (none from a gold
set). Conventions followed (all earlier sessions' except where said):

- A second verb after a time or cause clause and a comma ("ECOWAS suspended Mali after the coup
  there, and imposed sanctions on Niger") is the main clause's subject's, not the time clause's
  (which named no actor, so the act was lost); an object of the first verb is no actor.
- A fronted concession ("Although it is not a member of the EU, Norway has adopted ...") is an
  introduction: its subject is not the actor, its "not" does not negate the act after it.
- An apposition with a relative clause inside ("Norway, a NATO member that shares a border with
  Russia in the Arctic, expelled ...") is an aside, up to 90 characters (was 60).
- An envoy called home ("called home its ambassador to Israel", "called its envoy back from
  Tel Aviv") is a recall (SANCTION 161), as "recalled its ambassador"; not "will call home",
  not a person's "his envoy" (the state may be none the clause names).
- An organisation's officials ordered out by a state ("Ethiopia ordered seven United Nations
  officials to leave the country") is SANCTION 166 at the organisation; by a state only (the
  UN sending its own staff away is an evacuation).
- Officials or employees "of the Russian embassy" expelled are its state's diplomats (SANCTION
  161 at that state, not the deportation 174).
- Visas no longer issued told by the noun ("suspended the issuing of visas to Haitian citizens",
  "halted the issuance of visas for Afghan nationals") is SANCTION 163, as "stopped issuing visas
  to".
- 'severed its so-called "diplomatic relations" with ...' (the quotes of a ministry that does not
  recognise the other) is a break of relations, with the one after the closing quote.
"""

from __future__ import annotations

import datetime as dt

import pytest

from tests.extract.test_patterns import typed_events

DAY = dt.date(2024, 3, 15)  # a Friday

ECOWAS, NIGER, MALI, EU, BELARUS, NORWAY, RUSSIA = (
    "Q193272",
    "Q1032",
    "Q912",
    "Q458",
    "Q184",
    "Q20",
    "Q159",
)
SWEDEN, SWITZERLAND, COLOMBIA, ISRAEL, CHILE, JORDAN = (
    "Q34",
    "Q39",
    "Q739",
    "Q801",
    "Q298",
    "Q810",
)
ETHIOPIA, UN, OSCE, POLAND, SLOVAKIA, PAKISTAN, AFGHANISTAN = (
    "Q115",
    "Q1065",
    "Q81299",
    "Q36",
    "Q214",
    "Q843",
    "Q889",
)
LATVIA, HONDURAS, NICARAGUA, TAIWAN = "Q211", "Q783", "Q811", "Q865"

# (text, (type, CAMEO code, actors, recipients))
POSITIVES = [
    # 1. a second verb after a time clause and a comma: the main clause's subject
    (
        "ECOWAS suspended Mali after the coup there, and imposed sanctions on Niger in August.",
        ("SANCTION", "163", {ECOWAS}, {NIGER}),
    ),
    (
        "The European Union condemned the crackdown after the election, and imposed sanctions "
        "on Belarus.",
        ("SANCTION", "163", {EU}, {BELARUS}),
    ),
    # 2. a fronted concession: not the actor, its "not" not the act's
    (
        "Although it is not a member of the European Union, Norway has adopted the bloc's "
        "sanctions against Russia.",
        ("SANCTION", "163", {NORWAY}, {RUSSIA}),
    ),
    (
        "Though it is not a NATO member, Sweden expelled three Russian diplomats on Tuesday.",
        ("SANCTION", "161", {SWEDEN}, {RUSSIA}),
    ),
    # 3. an apposition with a relative clause inside
    (
        "Norway, a NATO member that shares a 198-km border with Russia in the Arctic, expelled "
        "three Russian diplomats in April.",
        ("SANCTION", "161", {NORWAY}, {RUSSIA}),
    ),
    (
        "Switzerland, a neutral country that hosts many international organisations in Geneva, "
        "expelled two Russian diplomats.",
        ("SANCTION", "161", {SWITZERLAND}, {RUSSIA}),
    ),
    # 4. an envoy called home
    (
        "Colombia called home its ambassador to Israel on Tuesday.",
        ("SANCTION", "161", {COLOMBIA}, {ISRAEL}),
    ),
    (
        "Chile has called its ambassador home from Tel Aviv for consultations.",
        ("SANCTION", "161", {CHILE}, {ISRAEL}),
    ),
    (
        "Jordan called back its envoy from Israel on Wednesday.",
        ("SANCTION", "161", {JORDAN}, {ISRAEL}),
    ),
    # 5. an organisation's officials ordered out by a state
    (
        "Ethiopia ordered seven senior United Nations officials to leave the country within 72 "
        "hours.",
        ("SANCTION", "166", {ETHIOPIA}, {UN}),
    ),
    (
        "Russia ordered OSCE monitors to leave the region by the end of the month.",
        ("SANCTION", "166", {RUSSIA}, {OSCE}),
    ),
    # 6. officials of a state's embassy expelled: its diplomats
    (
        "Poland expelled 45 employees of the Russian embassy on Wednesday.",
        ("SANCTION", "161", {POLAND}, {RUSSIA}),
    ),
    (
        "Slovakia expelled three staff members of Russia's embassy in Bratislava.",
        ("SANCTION", "161", {SLOVAKIA}, {RUSSIA}),
    ),
    # 7. visas no longer issued, told by the noun
    (
        "Pakistan halted the issuance of visas for Afghan nationals on Monday.",
        ("SANCTION", "163", {PAKISTAN}, {AFGHANISTAN}),
    ),
    (
        "Russia has suspended the issuing of visas to Latvian citizens.",
        ("SANCTION", "163", {RUSSIA}, {LATVIA}),
    ),
    # 8. so-called "diplomatic relations"
    (
        'Nicaragua said on Thursday it had severed its so-called "diplomatic relations" with '
        "Taiwan.",
        ("SANCTION", "161", {NICARAGUA}, {TAIWAN}),
    ),
    (
        "Honduras severed its so-called “diplomatic relations” with Taiwan on Sunday.",
        ("SANCTION", "161", {HONDURAS}, {TAIWAN}),
    ),
]


def _found(want: tuple[str, str, set[str], set[str]], got: list[tuple]) -> bool:
    kind, code, actors, recipients = want
    return any(t == kind and c == code and a == actors and recipients <= r for t, a, r, c in got)


@pytest.mark.parametrize(("text", "want"), POSITIVES)
def test_sanction_found(text: str, want: tuple[str, str, set[str], set[str]]) -> None:
    got = typed_events(text, DAY)
    assert _found(want, got), got


# (text, (type, code) that must not come out)
NEGATIVES = [
    # the time clause's own second verb is no new act of the main subject
    ("ECOWAS suspended Mali after the coup there.", ("SANCTION", "163")),
    # a concession does not lift the main clause's own negation or hedge
    (
        "Although it is a member of the European Union, Hungary did not impose sanctions on "
        "Russia.",
        ("SANCTION", "163"),
    ),
    (
        "Even though the talks failed, Japan will not expel Russian diplomats.",
        ("SANCTION", "161"),
    ),
    # a call home planned, refused, or of no envoy
    ("Colombia will call home its ambassador to Israel.", ("SANCTION", "161")),
    ("Colombia decided not to call home its ambassador to Israel.", ("SANCTION", "161")),
    ("The minister called home his wife from Madrid.", ("SANCTION", "161")),
    # a person's envoy: his state may be none the clause names
    ("President Petro said he had called home his envoy.", ("SANCTION", "161")),
    # an organisation sending its own people away; a plan; a negation
    ("The United Nations ordered non-essential UN staff to leave Kabul.", ("SANCTION", "166")),
    ("Guterres ordered UN staff to leave the city.", ("SANCTION", "166")),
    ("Ethiopia did not order UN officials to leave.", ("SANCTION", "166")),
    # people who are not an embassy's: a deportation, no diplomats expelled
    ("Poland expelled three Belarusian activists.", ("SANCTION", "161")),
    # visas: hedged or negated
    ("Pakistan could suspend the issuance of visas to Afghan nationals.", ("SANCTION", "163")),
    ("Pakistan did not suspend the issuance of visas to Afghan nationals.", ("SANCTION", "163")),
]


@pytest.mark.parametrize(("text", "never"), NEGATIVES)
def test_no_sanction(text: str, never: tuple[str, str]) -> None:
    got = typed_events(text, DAY)
    assert not any(t == never[0] and c == never[1] for t, _, _, c in got), got


def test_main_clause_verb_after_time_clause_keeps_the_first_act() -> None:
    # both acts of the subject, neither of the states the first verb suspended
    got = typed_events(
        "ECOWAS suspended Mali and Burkina Faso after the coups there, and imposed sweeping "
        "sanctions on Niger.",
        DAY,
    )
    assert ("SANCTION", {ECOWAS}, {NIGER}, "163") in got
    assert ("SANCTION", {ECOWAS}, {MALI}, "160") in got
    assert not any(MALI in a for _, a, _, _ in got)
