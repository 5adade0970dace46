"""What leaders did in their talks (session 20, talks2): a demand in the clause after "A told B
that ..., and he demanded" (REQUEST on the one told); "confronted B with the crimes committed by
<demonym> troops" (ACCUSE 112 at the troops' state); "relations were downgraded by X" (SANCTION
161 at the other side); "tightened visa rules for <demonym> citizens" (SANCTION 160); a quoted
first-person promise attributed after the quote (AGREE 030 by the speaker); "the two sides
consented to" and "affirmed that X is keen to" (AGREE 030); "the two sides issued a joint
statement" and "memoranda of understanding were signed" at the talks (SUPPORT 057 by both
states); with the guards: negation, hypothetical, question, a third party's act, comments."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.extract.test_patterns import facts, keys

DAY = dt.date(2023, 5, 12)
FRANCE, TURKEY, GERMANY, RUSSIA, UKRAINE = "Q142", "Q43", "Q183", "Q159", "Q212"
INDIA, BANGLADESH, JORDAN, EGYPT, QATAR = "Q668", "Q902", "Q810", "Q79", "Q846"
KUWAIT, LEBANON, SAUDI, THAILAND = "Q817", "Q822", "Q851", "Q869"
MACRON, ERDOGAN, SCHOLZ = "Q3052772", "Q39259", "Q61053"


def _events(text: str) -> list[tuple[str, set[str], set[str], str]]:
    return [
        (
            str(f.get("eventType")[0]),
            keys(f.get("actor")),
            keys(f.get("recipient")),
            str(f.get("cameoCode")[0]),
        )
        for f in facts(text, DAY)
        if f.cls.value == "Event"
    ]


def _has(text: str, kind: str, code: str, actors: set[str], recipients: set[str]) -> bool:
    return any(
        t == kind and a == actors and r == recipients and c == code for t, a, r, c in _events(text)
    )


MET = "President Macron met President Erdogan in Ankara on Monday. "
TALKS = "Prime Minister Modi met Prime Minister Hasina in Dhaka on Monday. "
KYIV = "Chancellor Scholz met President Zelensky in Kyiv on Monday. "
RIYADH = "Thai Prime Minister Prayut Chan-o-cha met Crown Prince Mohammed bin Salman in Riyadh. "


@pytest.mark.parametrize(
    ("text", "kind", "code", "actors", "recipients"),
    [
        (
            MET + "Macron told the Turkish President that the fighting must stop, and he "
            "demanded a truce and safe passage for civilians.",
            "REQUEST",
            "100",
            {MACRON},
            {ERDOGAN},
        ),
        (
            MET + "Macron told Erdogan that the blockade had to end, and he also demanded the "
            "release of the detained journalists.",
            "REQUEST",
            "1053",
            {MACRON},
            {ERDOGAN},
        ),
        (
            "Chancellor Scholz met President Putin in Moscow on Monday. Scholz confronted Putin "
            "with the grave war crimes committed by Russian troops in Bucha and other towns.",
            "ACCUSE",
            "112",
            {SCHOLZ},
            {RUSSIA},
        ),
        (
            RIYADH + "Relations were downgraded by Saudi Arabia in 1990 following the killings.",
            "SANCTION",
            "161",
            {SAUDI},
            {THAILAND},
        ),
        (
            "President Aoun met Foreign Minister Al-Sabah in Beirut on Saturday. Kuwait tightened "
            "visa rules for Lebanese nationals.",
            "SANCTION",
            "160",
            {KUWAIT},
            {LEBANON},
        ),
        (
            '"We will stand by Ukraine for as long as it takes," Scholz told reporters.',
            "AGREE",
            "030",
            {SCHOLZ},
            {UKRAINE},
        ),
        (
            KYIV + '"We will continue to support Ukraine," Scholz said.',
            "AGREE",
            "030",
            {SCHOLZ},
            {UKRAINE},
        ),
        (
            TALKS + "The two sides consented to speed up the rail link project.",
            "AGREE",
            "030",
            {INDIA, BANGLADESH},
            set(),
        ),
        (
            "King Abdullah met President Macron in Amman. King Abdullah affirmed that Jordan is "
            "keen to expand cooperation with France.",
            "AGREE",
            "030",
            {JORDAN},
            {FRANCE},
        ),
        (
            TALKS + "At the end of the talks, the two sides issued a joint statement.",
            "SUPPORT",
            "057",
            {INDIA, BANGLADESH},
            set(),
        ),
        (
            TALKS + "In the presence of the two leaders, several memoranda of understanding were "
            "signed between India and Bangladesh.",
            "SUPPORT",
            "057",
            {INDIA, BANGLADESH},
            set(),
        ),
    ],
)
def test_talks_acts(
    text: str, kind: str, code: str, actors: set[str], recipients: set[str]
) -> None:
    assert _has(text, kind, code, actors, recipients), _events(text)


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        (
            MET + "Macron told Erdogan that the fighting must stop, and he did not demand a truce.",
            "REQUEST",
        ),
        (
            MET
            + "Macron told Erdogan that the fighting must stop, and he said the talks were useful.",
            "REQUEST",
        ),
        (
            "Chancellor Scholz met President Putin in Moscow. Scholz did not confront Putin with "
            "the war crimes committed by Russian troops.",
            "ACCUSE",
        ),
        (
            "Chancellor Scholz met President Putin in Moscow. Scholz was confronted by reporters "
            "with questions.",
            "ACCUSE",
        ),
        (RIYADH + "Relations were never downgraded by Saudi Arabia.", "SANCTION"),
        (
            RIYADH + "Relations could be downgraded by Saudi Arabia if the case is not solved.",
            "SANCTION",
        ),
        (
            "Egypt and Qatar held talks. Egypt has not tightened visa rules for Qatari citizens.",
            "SANCTION",
        ),
        (
            "Egypt and Qatar held talks. Egypt may tighten visa rules for Qatari citizens.",
            "SANCTION",
        ),
        (KYIV + '"We will see whether Russia is serious," Scholz said.', "AGREE"),
        (KYIV + '"We will stand by Ukraine if Russia attacks again," Scholz said.', "AGREE"),
        (KYIV + '"Russia will not win," Scholz said.', "AGREE"),
        (TALKS + "The two sides did not issue a joint statement.", "SUPPORT"),
        (TALKS + "Will the two sides issue a joint statement?", "SUPPORT"),
        ("King Abdullah said Jordan was not keen to expand cooperation with France.", "AGREE"),
        (TALKS + "The two sides have not consented to the rail link project.", "AGREE"),
    ],
)
def test_talks_guards(text: str, kind: str) -> None:
    assert not [e for e in _events(text) if e[0] == kind], _events(text)


ARGENTINA, CHINA = "Q414", "Q148"
BEIJING = "President Fernandez met President Xi in Beijing. "


def _treaties(text: str) -> list[set[str]]:
    return [keys(f.get("party")) for f in facts(text, DAY) if f.cls.value == "TreatyRelation"]


def test_counterparts_agreement_is_their_states_treaty() -> None:
    text = (
        BEIJING + "Foreign Minister Santiago Cafiero, who led the delegation, signed a separate "
        "agreement with his Chinese counterpart Wang Yi on cooperation in science."
    )
    assert {ARGENTINA, CHINA} in _treaties(text)


@pytest.mark.parametrize(
    "text",
    [
        BEIJING + "Foreign Minister Santiago Cafiero signed a joint declaration with his Chinese "
        "counterpart Wang Yi.",
        BEIJING + "Foreign Minister Santiago Cafiero did not sign an agreement with his Chinese "
        "counterpart Wang Yi.",
    ],
)
def test_counterparts_no_treaty(text: str) -> None:
    assert not _treaties(text)
