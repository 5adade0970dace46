"""Event constructions for unseen text (session 14, round 3b): criticism of an act the sentence
before told ("We regard this decision as irresponsible", "We condemn these provocations, which
put Philippine lives at risk": ACCUSE 111 at the act's maker, never the victims); suspended
participation in a treaty (REJECT 127) and refusals to allow inspections (REJECT 125); a breach
of obligations told to someone ("informed Congress that Russia was not complying ...": ACCUSE
112); allegations set off by commas or sourced ("where, he said, ...", "according to X, ..."):
the speaker's ACCUSE, not the act; an issuer standing with, backing the efforts of, or committed
to defend a named party (SUPPORT 052, 051, AGREE 030); criticism in a relative clause after the
act (", which the United States had criticised"); "OPEC+" as an unlinked group, not OPEC; and
the near misses that must give nothing."""

from __future__ import annotations

import datetime as dt

import pytest

from dipld.extract import blame, events, extract, statements, triggers
from dipld.extract.spans import _WORD
from dipld.kb.index import load_index
from dipld.model import Article, Fact
from tests.extract.test_patterns import keys

DAY = dt.date(2023, 2, 21)  # a Tuesday
RUSSIA, CHINA, USA, PHILIPPINES, AZERBAIJAN, ARMENIA, IRAN = (
    "Q159",
    "Q148",
    "Q30",
    "Q928",
    "Q227",
    "Q399",
    "Q794",
)
ASEAN, SAUDI, JAPAN, UKRAINE, TURKEY, GREECE, NATO = (
    "Q7768",
    "Q851",
    "Q17",
    "Q212",
    "Q43",
    "Q41",
    "Q7184",
)


def _facts(text: str, url: str = "https://www.state.gov/statement") -> list[Fact]:
    article = Article(id="t", source="t.txt", body=text, date=DAY, url=url)
    return extract(article, load_index())


def _events(text: str, event_type: str) -> list[tuple[set[str], set[str], str, str]]:
    return [
        (
            keys(f.get("actor")),
            keys(f.get("recipient")),
            str(f.get("cameoCode")[0]),
            str(f.get("date")[0]) if f.get("date") else "",
        )
        for f in _facts(text)
        if f.cls.value == "Event" and str(f.get("eventType")[0]).endswith(event_type)
    ]


def _accused(text: str) -> set[tuple[frozenset[str], frozenset[str]]]:
    return {(frozenset(a), frozenset(r)) for a, r, _, _ in _events(text, "ACCUSE")}


# ---- criticism of the act the sentence before told (ACCUSE 111) -------------------------------


@pytest.mark.parametrize(
    ("text", "recipient"),
    [
        (
            "Today President Putin announced that Russia is suspending its participation in the "
            "New START Treaty. We regard this decision as deeply unfortunate and irresponsible.",
            RUSSIA,
        ),
        (
            "The Philippine coast guard reported dangerous actions taken today by the People's "
            "Republic of China against a Philippine vessel. We condemn these provocations, which "
            "put the lives of Philippine service members at risk.",
            CHINA,
        ),
        (
            "Iran has suspended its participation in the nuclear agreement. The United States "
            "views such moves as reckless and dangerous.",
            IRAN,
        ),
        (
            "Officials described unsafe maneuvers by Chinese vessels near Second Thomas Shoal. "
            "The United States strongly criticizes these actions against the Philippine crew.",
            CHINA,
        ),
        (
            "Russian forces shelled the port of Odesa on Monday. We condemn these attacks, which "
            "killed Ukrainian civilians.",
            RUSSIA,
        ),
    ],
)
def test_criticism_of_the_act_before_is_at_its_maker(text: str, recipient: str) -> None:
    accused = _accused(text)
    assert (frozenset({USA}), frozenset({recipient})) in accused
    assert not any(PHILIPPINES in r or UKRAINE in r for _, r in accused)


@pytest.mark.parametrize(
    "text",
    [
        # praise, not criticism
        "Japan signed the agreement with India today. We regard this as an important step.",
        "Japan announced new aid to Ukraine. We regard this decision as a welcome step.",
        # no act of anyone told before
        "The weather worsened on Monday. We condemn these provocations.",
    ],
)
def test_no_criticism_without_a_judgement_or_a_maker(text: str) -> None:
    assert _events(text, "ACCUSE") == []


# ---- suspended treaties and refused inspections (REJECT 127, 125) -----------------------------


@pytest.mark.parametrize(
    ("text", "actor", "recipient", "code"),
    [
        (
            "Today President Putin announced that Russia is suspending its participation in the "
            "New START Treaty.",
            RUSSIA,
            set(),
            "127",
        ),
        (
            "Moscow suspended its participation in the grain deal on Monday.",
            RUSSIA,
            set(),
            "127",
        ),
        (
            "Russia has suspended its participation in the arms control treaty with the United "
            "States.",
            RUSSIA,
            {USA},
            "127",
        ),
        (
            "Since August 2022, Russia has refused to allow U.S. inspectors to carry out "
            "inspections.",
            RUSSIA,
            {USA},
            "125",
        ),
        (
            "Iran declined to allow IAEA inspectors to visit the site.",
            IRAN,
            {"Q41984"},
            "125",
        ),
    ],
)
def test_suspension_and_refused_inspections_are_rejections(
    text: str, actor: str, recipient: set[str], code: str
) -> None:
    assert any(
        a == {actor} and r == recipient and c == code for a, r, c, _ in _events(text, "REJECT")
    )


@pytest.mark.parametrize(
    "text",
    [
        "Russia may suspend its participation in the treaty.",
        "Russia did not suspend its participation in the treaty.",
        "Russia resumed its participation in the New START Treaty.",
    ],
)
def test_no_rejection_hypothetical_or_resumed(text: str) -> None:
    assert _events(text, "REJECT") == []


# ---- breaches told to someone (ACCUSE 112) ----------------------------------------------------


@pytest.mark.parametrize(
    ("text", "actor", "recipient", "date"),
    [
        (
            "On January 31, the Department informed Congress that Russia was not complying with "
            "its obligation under the Treaty.",
            USA,
            RUSSIA,
            "2023-01-31",
        ),
        (
            "Japan notified the IAEA that Iran was in breach of its safeguards agreement.",
            JAPAN,
            IRAN,
            "",
        ),
        (
            "Washington told its allies on Friday that Beijing is violating the agreement.",
            USA,
            CHINA,
            "2023-02-17",
        ),
    ],
)
def test_breach_told_is_an_accusation(text: str, actor: str, recipient: str, date: str) -> None:
    assert ({actor}, {recipient}, "112", date) in _events(text, "ACCUSE")


@pytest.mark.parametrize(
    "text",
    [
        "The Department informed Congress that Russia was complying with the Treaty.",
        "Japan notified the IAEA that Iran may be in breach of its agreement.",
    ],
)
def test_no_accusation_for_compliance_or_doubt(text: str) -> None:
    assert _events(text, "ACCUSE") == []


# ---- allegations set off by commas or sourced --------------------------------------------------


@pytest.mark.parametrize(
    ("text", "speaker", "accused"),
    [
        (
            "Nikol Pashinyan also raised the situation on the border, where, he said, Azerbaijani "
            "forces had occupied parts of Armenia's sovereign territory.",
            "Nikol Pashinyan",
            AZERBAIJAN,
        ),
        (
            "Nikol Pashinyan described the border, where, according to Pashinyan, Azerbaijani "
            "forces had occupied parts of Armenia.",
            "Nikol Pashinyan",
            AZERBAIJAN,
        ),
    ],
)
def test_allegation_in_an_aside_is_the_speakers_accusation(
    text: str, speaker: str, accused: str
) -> None:
    found = _facts(text)
    events = [f for f in found if f.cls.value == "Event"]
    assert any(
        str(f.get("eventType")[0]).endswith("ACCUSE")
        and str(f.get("cameoCode")[0]) == "112"
        and {e.label for e in f.entities("actor")} == {speaker}
        and keys(f.get("recipient")) == {accused}
        for f in events
    )
    assert not any(str(f.get("eventType")[0]).endswith("COERCE") for f in events)


# ---- an issuer's support and defence commitments -----------------------------------------------


@pytest.mark.parametrize(
    ("text", "event_type", "code", "recipient"),
    [
        (
            "The United States stands with our ally, the Philippines, in the face of such "
            "coercion.",
            "SUPPORT",
            "052",
            PHILIPPINES,
        ),
        ("Japan stood firmly with Ukraine against the invasion.", "SUPPORT", "052", UKRAINE),
        (
            "The United States reaffirms that Article IV of the 1951 U.S.-Philippines Mutual "
            "Defense Treaty extends to armed attacks on Philippine armed forces.",
            "AGREE",
            "030",
            PHILIPPINES,
        ),
        (
            "We support the efforts of the Association of Southeast Asian Nations to conclude a "
            "Code of Conduct.",
            "SUPPORT",
            "051",
            ASEAN,
        ),
        (
            "Mr. Sullivan reaffirmed President Biden's strong commitment to Saudi Arabia's "
            "security.",
            "AGREE",
            "030",
            SAUDI,
        ),
        (
            "Japan reiterated its commitment to the Philippines' security.",
            "AGREE",
            "030",
            PHILIPPINES,
        ),
    ],
)
def test_support_and_defence_commitments(
    text: str, event_type: str, code: str, recipient: str
) -> None:
    assert any(r == {recipient} and c == code for _, r, c, _ in _events(text, event_type))


@pytest.mark.parametrize(
    "text",
    [
        "The United States stands ready to help.",
        "The minister reaffirmed that the treaty remains in force.",
        "Japan does not stand with Russia.",
    ],
)
def test_no_support_without_a_party_backed(text: str) -> None:
    assert _events(text, "SUPPORT") == []
    assert [e for e in _events(text, "AGREE") if e[1]] == []


# ---- criticism in a relative clause after the act (ACCUSE 111) --------------------------------


@pytest.mark.parametrize(
    ("text", "actor", "recipient"),
    [
        (
            "Oil prices rose after the April 2 decision by OPEC+ producers to cut oil output, "
            "which the United States had criticised.",
            USA,
            "OPEC+",
        ),
        (
            "Talks stalled after the decision by Greece to extend its waters, which Turkey has "
            "strongly condemned.",
            TURKEY,
            GREECE,
        ),
    ],
)
def test_criticism_in_a_relative_clause(text: str, actor: str, recipient: str) -> None:
    assert ({actor}, {recipient}, "111", "") in _events(text, "ACCUSE")


def test_no_criticism_of_a_decision_welcomed() -> None:
    text = "Talks resumed after the decision by Greece to extend its waters, which we welcome."
    assert _events(text, "ACCUSE") == []


def test_opec_plus_is_not_opec() -> None:
    found = _facts("Russia joined OPEC+ in 2016.")
    orgs = {k for f in found for k in keys(f.get("organization"))}
    assert orgs == {"OPEC+"}


# ---- pre-checks: each guarded pattern's phrases pass its word list -----------------------------


@pytest.mark.parametrize(
    "phrase",
    [
        "§S0§ is suspending its participation in the treaty",
        "§S0§ suspended their participation in the §S1§-§S2§ grain deal",
    ],
)
def test_every_suspension_passes_its_precheck(phrase: str) -> None:
    words = frozenset(_WORD.findall(phrase.lower()))
    matching = [t for t in triggers.TRIGGERS if t.cameo == "127" and t.pattern.search(phrase)]
    assert matching
    assert all(t in events._triggers_for(words, phrase) for t in matching)


@pytest.mark.parametrize(
    "phrase",
    [
        "informed §O0§ that §S1§ was not complying with",
        "notified §S0§ that §S1§ is not in compliance with",
        "found that §S0§ remains in material breach of",
        "told §S0§ that §S1§ was in violation of",
        "concluded that §S0§ is violating",
        "determined that §S0§ was noncompliant",
    ],
)
def test_every_breach_told_passes_its_precheck(phrase: str) -> None:
    assert blame._TOLD_BREACH.search(phrase)
    assert not blame._VIOLATION_WORDS.isdisjoint(_WORD.findall(phrase.lower()))


@pytest.mark.parametrize(
    "phrase",
    [
        " stands with our ally, the §S0§",
        " stood firmly with §S0§",
        " stand shoulder to shoulder with §S0§",
        " reaffirmed §P0§'s strong commitment to §S1§'s security",
        " reiterates that the Mutual Defense Treaty extends to attacks on §D0§ forces",
        " underscored that §S0§ security commitments apply to §S1§",
        " support the efforts of the §O0§ to",
    ],
)
def test_every_backing_passes_its_precheck(phrase: str) -> None:
    found = (
        statements._STANDS_WITH.match(phrase)
        or statements._SUPPORTS_EFFORTS.match(phrase)
        or statements._DEFENCE_COMMITTED.match(phrase)
    )
    assert found, f"no pattern reads {phrase!r}"
    assert not statements._STOOD_WORDS.isdisjoint(_WORD.findall(phrase.lower()))
