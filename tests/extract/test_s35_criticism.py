"""Criticism and official protest: ACCUSE 111, 112, 114, 115 and 116 told in ways the rules did
not read (session 35, criticism).

The sentences are written for this session in ministry, wire and court styles (none from a gold
set). Conventions followed (all earlier sessions' except where said):

- A government's protest is an official complaint, ACCUSE 114, whether told as "protested" or,
  in a ministry's present, "strongly protests against the claim ... that the Government of X has
  made" (new here: only "protested" was read so); a crowd's protest stays PROTEST.
- A complaint about a named party ("complained to the Security Council about Ethiopia's filling
  of the dam") is ACCUSE 114 to that party; one "that" the party did something tells what it did,
  112 as session 27 has it ("complained that Bahraini fighter jets had violated its airspace": a
  noun between the demonym and the verb, not read until now); a complaint naming none, or that
  the party did not do something, gives nothing.
- A ministry's formal "deep regret" at another party's act is a criticism (111) of it; "said he
  regretted the decision" stays a comment, and regret at one's own past acts names no one.
- A call or meeting held "to condemn" another party's act is the caller's ACCUSE 111.
- Concerns "set out", raised "directly with" someone, or felt "also deeply" are the concerns
  already read (111).
- Proceedings instituted against a state, in the Court's own style without a determiner, are
  ACCUSE 115; a court's finding that a state violated its obligations or acted unlawfully is
  ACCUSE 116 by the court.
- A protest handed to envoys told in the passive after a telling ("Pakistan said the Afghan
  chargé d'affaires had been called in and handed a strong protest") is the teller's state's,
  or that of the capital the telling was made in; the envoys' state receives it.
- A vote for a resolution that condemns a party is the voter's ACCUSE 111 (not a vote against
  it, nor an abstention); a speaker who "said his government was disappointed and described
  X's stance as unjustified" is the one who judges it.
- A participle after a quotation's speaker ('"...," X told reporters, condemning ...') is the
  speaker's act.
- A criticism whose object names no party takes the party its reason is about ("criticised the
  policy shift, saying Japan is exaggerating ...").

Hit rate at 2572d392 (before): positives 1/25, negatives 15/15.
"""

from __future__ import annotations

import datetime as dt

import pytest

from tests.extract.test_patterns import typed_events

DAY = dt.date(2023, 9, 22)

JAPAN, CHINA, VIETNAM, PERU, BOLIVIA, QATAR = "Q17", "Q148", "Q881", "Q419", "Q750", "Q846"
BAHRAIN, EGYPT, ETHIOPIA, KOREA, AUSTRALIA, USA = "Q398", "Q79", "Q115", "Q884", "Q408", "Q30"
IRAN, RUSSIA, TURKEY, GAMBIA, MYANMAR, ICJ = "Q794", "Q159", "Q43", "Q1005", "Q836", "Q7801"
COLOMBIA, UK, UGANDA, PAKISTAN, AFGHANISTAN = "Q739", "Q145", "Q1036", "Q843", "Q889"
WONG, BIDEN, CANADA, SERBIA, KENYA, AUSTRIA = "Q456759", "Q6279", "Q16", "Q403", "Q114", "Q40"
BAERBOCK = "Q564328"

# (text, (type, actors, recipients, CAMEO code)); actors or a code of None are not checked
POSITIVES = [
    # 1. a government's protest, in the present too
    (
        "The Government of Japan strongly protests against the claim to the islands that the "
        "Government of China has made in its white paper.",
        ("ACCUSE", {JAPAN}, {CHINA}, "114"),
    ),
    (
        "Vietnam protests against China's survey of its continental shelf.",
        ("ACCUSE", {VIETNAM}, {CHINA}, "114"),
    ),
    (
        "The Foreign Ministry of Peru protested against the statement made by Bolivia on Monday.",
        ("ACCUSE", {PERU}, {BOLIVIA}, "114"),
    ),
    # 2. complaints about a named party
    (
        "Qatar complained that Bahraini fighter jets had violated its airspace.",
        ("ACCUSE", {QATAR}, {BAHRAIN}, "112"),
    ),
    (
        "Egypt complained to the Security Council about Ethiopia's filling of the dam.",
        ("ACCUSE", {EGYPT}, {ETHIOPIA}, "114"),
    ),
    (
        "Doha has complained over Bahrain's treatment of Qatari fishermen.",
        ("ACCUSE", {QATAR}, {BAHRAIN}, "114"),
    ),
    # 3. formal regret at another party's act
    (
        "South Korea expressed deep regret that the white paper repeats Japan's one-sided "
        "position on the islands.",
        ("ACCUSE", {KOREA}, {JAPAN}, "111"),
    ),
    (
        "Australia expressed its strong regret over China's decision to ban the imports.",
        ("ACCUSE", {AUSTRALIA}, {CHINA}, "111"),
    ),
    # 4. a call held to condemn
    (
        "President Joe Biden spoke with President Volodymyr Zelenskyy on Monday to condemn "
        "Russia's missile strikes across Ukraine.",
        ("ACCUSE", {BIDEN}, {RUSSIA}, "111"),
    ),
    (
        "Foreign Minister Penny Wong met her Japanese counterpart in Tokyo to jointly condemn "
        "Russia's attacks on Ukrainian ports.",
        ("ACCUSE", {WONG}, {RUSSIA}, "111"),
    ),
    # 5. concerns set out, raised directly, felt also
    (
        "Foreign Minister Penny Wong set out Australia's concerns about China's detention of an "
        "Australian journalist.",
        ("ACCUSE", {WONG}, {CHINA}, "111"),
    ),
    (
        "Canada raised its concerns directly with Türkiye's foreign ministry about the use of "
        "Canadian drone parts.",
        ("ACCUSE", {CANADA}, {TURKEY}, "111"),
    ),
    (
        "The United States is also deeply concerned by Iran's supply of drones to Russia.",
        ("ACCUSE", {USA}, {IRAN}, "111"),
    ),
    # 6. proceedings and a court's findings
    (
        "The Gambia instituted proceedings against Myanmar at the International Court of "
        "Justice in November 2019.",
        ("ACCUSE", {GAMBIA}, {MYANMAR}, "115"),
    ),
    (
        "The International Court of Justice found in a judgment of 21 April 2022 that Colombia "
        "had violated Nicaragua's sovereign rights.",
        ("ACCUSE", {ICJ}, {COLOMBIA}, "116"),
    ),
    (
        "In 2019 the International Court of Justice gave an advisory opinion that the UK's "
        "continued administration of the archipelago was unlawful.",
        ("ACCUSE", {ICJ}, {UK}, "116"),
    ),
    (
        "The International Court of Justice ruled that Uganda had violated the sovereignty of "
        "its neighbour.",
        ("ACCUSE", {ICJ}, {UGANDA}, "116"),
    ),
    # 7. a protest handed to envoys, told in the passive
    (
        "Pakistan said the Afghan charge d'affaires had been called in and handed a strong "
        "protest.",
        ("ACCUSE", {PAKISTAN}, {AFGHANISTAN}, None),
    ),
    (
        '"Such actions cannot be accepted," a spokeswoman told a weekly briefing in Islamabad, '
        "adding that the Afghan charge d'affaires had been summoned and handed a strong protest.",
        ("ACCUSE", {PAKISTAN}, {AFGHANISTAN}, None),
    ),
    # 8. a vote for a resolution that condemns
    (
        "Serbia voted in March for a UN General Assembly resolution that condemned the Russian "
        "invasion of Ukraine.",
        ("ACCUSE", {SERBIA}, {RUSSIA}, "111"),
    ),
    (
        "Kenya voted in favour of a resolution condemning Russia's annexation of four Ukrainian "
        "regions.",
        ("ACCUSE", {KENYA}, {RUSSIA}, "111"),
    ),
    # 9. the speaker's second verb after his own side's mood
    (
        "Romanian Prime Minister Nicolae Ciuca said his government was deeply dismayed and "
        "called Austria's position unjustified.",
        ("ACCUSE", None, {AUSTRIA}, "111"),
    ),
    # 10. a participle after a quotation's speaker
    (
        '"This is a dark day for Europe," Foreign Minister Annalena Baerbock told reporters, '
        "condemning Russia's strikes on Kyiv.",
        ("ACCUSE", {BAERBOCK}, {RUSSIA}, "111"),
    ),
    # 11. the party a criticism's reason is about
    (
        "China has criticized the policy shift, saying Japan is exaggerating regional threats "
        "to justify a military buildup.",
        ("ACCUSE", {CHINA}, {JAPAN}, "111"),
    ),
    (
        "Russia criticised the new strategy, arguing that the United States was seeking to "
        "contain it.",
        ("ACCUSE", {RUSSIA}, {USA}, "111"),
    ),
]


def _found(want: tuple[str, set[str] | None, set[str], str | None], got: list[tuple]) -> bool:
    kind, actors, recipients, code = want
    return any(
        g[0] == kind and actors in (None, g[1]) and g[2] == recipients and code in (None, g[3])
        for g in got
    )


@pytest.mark.parametrize(("text", "want"), POSITIVES)
def test_criticism_told(text: str, want: tuple[str, set[str] | None, set[str], str | None]) -> None:
    got = typed_events(text, DAY)
    assert _found(want, got), got


NEGATIVES = [
    # a crowd's protest is no government's complaint
    ("Thousands of people protested against the new law in Tbilisi.", "ACCUSE"),
    # protests to come or hypothetical
    ("Japan would protest against any such claim by China.", "ACCUSE"),
    # a complaint naming no party
    ("Farmers complained about the weather in the north.", "ACCUSE"),
    ("The delegates complained that the hall was too cold.", "ACCUSE"),
    # regret as a comment, or at one's own past
    ("Prime Minister Anthony Albanese said he regretted the decision of Kiribati.", "ACCUSE"),
    ("Saudi Arabia expressed regret at the rupture between Algeria and Morocco.", "ACCUSE"),
    ("Thailand expressed its deep regret over the tragic incidents that took place in 1989.", ""),
    # a call or meeting with another purpose, a request to condemn, a refusal to condemn
    ("President Joe Biden spoke with President Xi Jinping to discuss trade.", "ACCUSE"),
    ("President Joe Biden called on Congress to condemn Russia's missile strikes.", "ACCUSE"),
    ("Blinken met Wang Yi, who refused to condemn Russia's invasion of Ukraine.", "ACCUSE"),
    # a vote against a condemnation, an abstention
    ("Belarus voted against a resolution condemning Russia's annexation of Ukrainian land.", ""),
    ("India abstained on a resolution condemning Russia's annexation of Ukrainian land.", ""),
    # a quotation's unnamed speaker condemning no named party
    ('"This is a dark day," a diplomat told reporters, condemning the strikes on the city.', ""),
    # a court's finding of no fault, a finding hedged
    ("The International Court of Justice ruled that Bolivia's claims had no legal basis.", ""),
    ("The International Court of Justice may find that Colombia had violated the treaty.", ""),
]


@pytest.mark.parametrize(("text", "kind"), NEGATIVES)
def test_criticism_not_told(text: str, kind: str) -> None:
    got = [e for e in typed_events(text, DAY) if e[0] == (kind or "ACCUSE")]
    assert not got, got
