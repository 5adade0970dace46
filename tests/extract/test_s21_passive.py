# ruff: noqa: E501  (a table of sentences)
"""Paraphrase robustness (session 21, passive): acts told in the passive voice with an agent
("X was sanctioned/praised/invited/visited/urged ... by Y", "Kenya's decision ... was welcomed
by Egypt", "aid was sent to Pakistan by Japan", "Russia was hit with new EU sanctions"), across
PLOVER types, verbs, tenses and kinds of party, with dates, places and asides. The agent (after
"by", or the adjective that owns the measure) acts; the passive subject receives. A row passes
when an Event (or, for meetings, a Meeting) of the kind and CAMEO family has an actor (a
participant) among ``actor`` and a recipient (a participant) among ``rec``. Negative rows
(negated, modal, hypothetical, a question, an agent that is no party, an agentless passive) must
give no such fact with an actor.

Hit rate at 61c8ff3 (main, before this change): positives 15/40, negatives 12/12. After the
active reading of passives (patterns.active_voice, read by facts._active_reading): positives
39/40, negatives 12/12; the row left is a strict xfail with its reason (praise in the perfect
is not read in the active voice either)."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.extract.test_patterns import facts, has_name

DAY = dt.date(2023, 3, 10)


_has = has_name


def _found(text: str) -> list[tuple[str, str, tuple[object, ...], tuple[object, ...]]]:
    """(eventType, CAMEO code, actors, recipients) of each Event and Meeting (a Meeting's
    participants both as actors and recipients)."""
    out = []
    for f in facts(text, DAY):
        if f.cls.value == "Event":
            out.append(
                (
                    str(f.get("eventType")[0]),
                    str(f.get("cameoCode")[0]),
                    f.get("actor"),
                    f.get("recipient"),
                )
            )
        elif f.cls.value == "Meeting":
            people = f.get("participant")
            out.append(("CONSULT", str(f.get("cameoCode")[0]), people, people))
    return out


def _hit(kind: str, family: str, actor: tuple[str, ...], rec: tuple[str, ...], text: str) -> bool:
    return any(
        t == kind and c.startswith(family) and _has(a, actor) and _has(r, rec)
        for t, c, a, r in _found(text)
    )


US = ("United States", "Biden", "Blinken")
RU = ("Russia", "Putin", "Lavrov")
CN = ("China", "Xi Jinping", "Wang Yi")
EU = ("European Union",)

ROWS = [
    # SANCTION 16x
    pytest.param(
        "SANCTION",
        "16",
        US,
        ("North Korea",),
        "North Korea was sanctioned by the United States on Thursday for its missile launches.",
    ),
    pytest.param(
        "SANCTION",
        "16",
        ("United Kingdom", "Britain"),
        ("Russia",),
        "Several Russian banks were sanctioned by Britain on Tuesday.",
    ),
    pytest.param(
        "SANCTION",
        "16",
        EU,
        ("Russia",),
        "Russia has been hit with fresh EU sanctions over the annexation.",
    ),
    pytest.param(
        "SANCTION",
        "16",
        ("United Kingdom", "Britain"),
        ("Iran",),
        "On Monday, Iran was slapped with new British sanctions over the executions.",
    ),
    pytest.param(
        "SANCTION",
        "16",
        ("Canada",),
        ("Belarus",),
        "Belarus was targeted by new Canadian sanctions on Friday.",
    ),
    pytest.param(
        "SANCTION",
        "16",
        ("Estonia",),
        ("Russia",),
        "Two Russian diplomats were expelled by Estonia on Monday.",
    ),
    # ACCUSE 11x
    pytest.param(
        "ACCUSE",
        "11",
        ("Australia", "Penny Wong"),
        CN,
        "China was sharply criticised by Australian Foreign Minister Penny Wong over the detention of journalists.",
    ),
    pytest.param(
        "ACCUSE",
        "11",
        ("Türkiye", "Turkey"),
        ("Israel",),
        "Israel was accused by Turkey of war crimes.",
    ),
    pytest.param(
        "ACCUSE",
        "11",
        ("Lithuania",),
        ("Belarus",),
        "Belarus has been condemned by Lithuania, Latvia and Estonia for the migrant crisis.",
    ),
    pytest.param(
        "ACCUSE",
        "11",
        ("Germany", "Scholz", "Baerbock"),
        RU,
        "Russia was condemned on Tuesday by Germany for the strikes on Kyiv.",
    ),
    pytest.param(
        "ACCUSE",
        "11",
        EU,
        ("Hungary",),
        "In Brussels on Monday, Hungary was criticised by the European Union for blocking aid to Ukraine.",
    ),
    # REQUEST 10x
    pytest.param(
        "REQUEST",
        "10",
        ("France",),
        ("Iran",),
        "Iran was urged by France to release the detained French citizens.",
    ),
    pytest.param(
        "REQUEST",
        "10",
        ("Germany",),
        CN,
        "China was asked by Germany to use its influence on Russia.",
    ),
    pytest.param(
        "REQUEST",
        "10",
        EU,
        ("Serbia",),
        "Serbia was pressed by the European Union on Friday to normalise ties with Kosovo.",
    ),
    pytest.param(
        "REQUEST",
        "10",
        US,
        ("Israel",),
        "Israel has been called on by U.S. Secretary of State Antony Blinken to protect civilians.",
    ),
    # THREATEN 13x
    pytest.param(
        "THREATEN",
        "13",
        RU,
        ("Moldova",),
        "Moldova was threatened by Russia with gas cuts.",
    ),
    pytest.param(
        "THREATEN",
        "13",
        CN,
        ("Taiwan",),
        "Taiwan was warned by China on Sunday against any moves toward independence.",
    ),
    # SUPPORT 051
    pytest.param(
        "SUPPORT",
        "051",
        ("France", "Macron"),
        ("India",),
        "India was praised by French President Emmanuel Macron on Saturday for its leadership of the G20.",
    ),
    pytest.param(
        "SUPPORT",
        "051",
        US,
        ("Kenya",),
        "Kenya's decision to send police to Haiti was welcomed by the United States.",
    ),
    pytest.param(
        "SUPPORT",
        "051",
        ("Ukraine", "Zelensk"),
        ("Saudi Arabia",),
        "Saudi Arabia was thanked by Ukrainian President Volodymyr Zelensky for hosting the peace talks.",
    ),
    # (read as "The United Nations has commended Qatar ...": praise in the perfect, read since
    # session 36)
    (
        "SUPPORT",
        "051",
        ("United Nations",),
        ("Qatar",),
        "Qatar has been commended by the United Nations for its mediation.",
    ),
    pytest.param(
        "SUPPORT",
        "051",
        CN,
        ("Brazil", "Lula"),
        "Brazilian President Luiz Inacio Lula da Silva was congratulated by Chinese President Xi Jinping on his election victory.",
    ),
    pytest.param(
        "SUPPORT",
        "051",
        ("Japan", "Kishida"),
        ("Philippines",),
        "The Philippines, a close partner, was applauded by Japan for its efforts in the South China Sea.",
    ),
    # AGREE 036 (invitations)
    pytest.param(
        "AGREE",
        "03",
        ("Italy", "Meloni"),
        ("Kenya", "Ruto"),
        "Kenyan President William Ruto was invited by Italian Prime Minister Giorgia Meloni to visit Rome.",
    ),
    pytest.param(
        "AGREE",
        "03",
        US,
        ("India", "Modi"),
        "Indian Prime Minister Narendra Modi has been invited by U.S. President Joe Biden for a state visit in June.",
    ),
    # CONSULT 04x (visits, receptions, calls)
    pytest.param(
        "CONSULT",
        "04",
        ("Xi Jinping",),
        ("Russia",),
        "Russia was visited by Chinese President Xi Jinping on Monday.",
    ),
    pytest.param(
        "CONSULT",
        "04",
        ("Biden",),
        ("Ukraine",),
        "Kyiv was visited on Monday by U.S. President Joe Biden.",
    ),
    pytest.param(
        "CONSULT",
        "04",
        ("Macron",),
        ("Zelensk",),
        "Ukrainian President Volodymyr Zelensky was called by French President Emmanuel Macron on Tuesday.",
    ),
    pytest.param(
        "CONSULT",
        "04",
        ("Xi Jinping",),
        ("Amir-Abdollahian",),
        "Iranian Foreign Minister Hossein Amir-Abdollahian was received in Beijing on Tuesday by Chinese President Xi Jinping.",
    ),
    pytest.param(
        "CONSULT",
        "04",
        ("Erdo",),
        ("Scholz",),
        "German Chancellor Olaf Scholz was hosted by Turkish President Recep Tayyip Erdogan in Ankara on Friday.",
    ),
    # AID 07x
    pytest.param(
        "AID",
        "07",
        ("Azerbaijan",),
        ("Türkiye", "Turkey"),
        "Tents and medicine were sent to Turkey by Azerbaijan after the earthquake.",
    ),
    pytest.param(
        "AID",
        "07",
        ("Japan",),
        ("Pakistan",),
        "A $50 million aid package was given to Pakistan by Japan on Tuesday.",
    ),
    pytest.param(
        "AID",
        "07",
        ("United Arab Emirates",),
        ("Syria",),
        "Humanitarian aid was delivered to Syria by the United Arab Emirates on Sunday.",
    ),
    pytest.param(
        "AID",
        "07",
        ("Germany",),
        ("Ukraine",),
        "Ukraine has been supplied with air defence systems by Germany.",
    ),
    pytest.param(
        "AID",
        "07",
        EU,
        ("Somalia",),
        "Food aid was provided to Somalia by the European Union in February.",
    ),
    pytest.param(
        "AID",
        "07",
        US,
        ("Ukraine",),
        "Ukraine, which has been fighting since February 2022, was sent $400 million in military aid by the United States on Friday.",
    ),
    # relative clauses and a reporting frame around the passive
    pytest.param(
        "SANCTION",
        "16",
        EU,
        ("Iran",),
        "Iran, which was sanctioned by the European Union on Monday, denied sending drones to Russia.",
    ),
    pytest.param(
        "SUPPORT",
        "051",
        ("France", "Macron"),
        ("Kenya", "Ruto"),
        "Kenyan President William Ruto, who was praised by Emmanuel Macron for his climate plan, arrived in Paris on Monday.",
    ),
    pytest.param(
        "ACCUSE",
        "11",
        ("Poland",),
        ("Belarus",),
        "Officials said Belarus had been condemned by Poland over the border incidents.",
    ),
    # ASSAULT: an attack told in the passive with its attacker
    pytest.param(
        "ASSAULT",
        "1",
        RU,
        ("Ukraine",),
        "On Sunday, the city of Odesa was struck by Russian missiles.",
    ),
]


@pytest.mark.parametrize(("kind", "family", "actor", "rec", "text"), ROWS)
def test_passive(
    kind: str, family: str, actor: tuple[str, ...], rec: tuple[str, ...], text: str
) -> None:
    assert _hit(kind, family, actor, rec, text), _found(text)


NEGATIVES = [
    ("SANCTION", "Iran was not sanctioned by the European Union on Monday."),
    ("ACCUSE", "Russia has never been condemned by India for the invasion."),
    ("AGREE", "Ruto may be invited by Meloni to visit Rome next year."),
    ("SANCTION", "Iran could be sanctioned by the European Union next week."),
    (
        "SANCTION",
        "Iran will be sanctioned by the European Union if it sends more drones to Russia.",
    ),
    ("SANCTION", "Was Iran sanctioned by the European Union?"),
    ("SUPPORT", "The plan was praised by analysts in Washington."),
    ("CONSULT", "Kenya was visited by record numbers of tourists last year."),
    ("ASSAULT", "Ukraine was shelled overnight."),
    ("SUPPORT", "Russia was described by Blinken as the greatest threat to Europe."),
    ("SANCTION", "Russia was hit by a wave of cyberattacks on Friday."),
    ("ACCUSE", "If Belarus were condemned by Poland, the talks would collapse."),
]


@pytest.mark.parametrize(("kind", "text"), NEGATIVES)
def test_not_the_act(kind: str, text: str) -> None:
    found = [e for e in _found(text) if e[0] == kind and e[2]]
    assert not found, found


def test_second_verb_stays_the_subjects() -> None:
    # "received by the King and held talks with the Prime Minister": the minister held the
    # talks, not the King (the active reading leaves the second verb out)
    text = (
        "In Nuku'alofa today, the Minister was received by His Majesty King Tupou VI and held "
        "talks with Prime Minister Hu'akavameiliku Siaosi Sovaleni."
    )
    for f in facts(text, DAY):
        if f.cls.value == "Meeting":
            assert not _has(f.get("participant"), ("Tupou",)) or not _has(
                f.get("participant"), ("Sovaleni",)
            ), f


def test_agent_of_another_participle() -> None:
    # "was reached at a meeting facilitated by X": X facilitated the meeting, agreed nothing
    text = (
        "The agreement was reached at a meeting facilitated by EU High Representative Josep "
        "Borrell and EU Special Representative Miroslav Lajčák."
    )
    assert not [e for e in _found(text) if e[0] == "AGREE"], _found(text)
