"""People and their offices (session 17, people): a minister titled by a state, then portfolio
words the title patterns do not know ("Turkish National Defense Minister Hulusi Akar", "Turkish
Family and Social Services Minister"); a parliament's head titled by the chamber's name ("State
Duma Speaker Vyacheslav Volodin": Russia's, not the chamber's office) with the post of the KB's
office ("Chairman of the State Duma"); and the near misses: a bare rank ("Australia's Minister
Wong"), a word that is no portfolio between the state and the title, a speaker titled by another
chamber than the KB's."""

from __future__ import annotations

import pytest

from dipld.articles import parse_text
from dipld.extract import extract
from dipld.kb.index import load_index
from dipld.model import Entity, Fact

RUSSIA, TURKEY, USA, KAZAKHSTAN, AUSTRALIA = "Q159", "Q43", "Q30", "Q232", "Q408"
VOLODIN, MATVIYENKO, PELOSI, WONG = "Q982461", "Q182654", "Q170581", "Q456759"
DUMA_CHAIR, FEDERATION_COUNCIL_CHAIR, HOUSE_SPEAKER = "Q4376663", "Q4376672", "Q912994"


def _facts(body: str, date: str = "2022-06-15", title: str = "Test") -> list[Fact]:
    front = f"title: {title}\ndate: {date}\npublisher: Test Wire\n"
    return extract(parse_text(f"{front}---\n{body}\n", "t.txt"), load_index())


def _tenures(found: list[Fact]) -> dict[str, tuple[str | None, str | None, str | None]]:
    """holder (QID or name) → (role, jurisdiction QID or label, post QID)."""
    out: dict[str, tuple[str | None, str | None, str | None]] = {}
    for f in found:
        if f.cls.value != "Tenure":
            continue
        holder, jurisdiction, post = f.one("holder"), f.one("jurisdiction"), f.one("post")
        role = f.one("role")
        assert isinstance(holder, Entity)
        out[holder.qid or holder.label or ""] = (
            str(role) if role is not None else None,
            (jurisdiction.qid or jurisdiction.label) if isinstance(jurisdiction, Entity) else None,
            post.qid if isinstance(post, Entity) else None,
        )
    return out


@pytest.mark.parametrize(
    ("body", "holder", "state"),
    [
        (
            "Turkish National Defense Minister Hulusi Akar met Azerbaijani officials in Baku on "
            "Wednesday.",
            "Hulusi Akar",
            TURKEY,
        ),
        (
            "Turkish Treasury and Finance Minister Nureddin Nebati held talks in Doha on Monday.",
            "Nureddin Nebati",
            TURKEY,
        ),
        (
            "Turkish Family and Social Services Minister Derya Yanik visited refugee camps near "
            "the border on Tuesday.",
            "Derya Yanik",
            TURKEY,
        ),
        (
            "Russian Emergency Situations Minister Alexander Chupriyan flew to Ankara on Friday.",
            "Q29865553",  # Alexander Chupriyan, the KB's acting minister on the date
            RUSSIA,
        ),
    ],
)
def test_portfolio_words_between_state_and_minister(body: str, holder: str, state: str) -> None:
    tenures = _tenures(_facts(body))
    assert holder in tenures
    role, jurisdiction, _ = tenures[holder]
    assert role is not None and role.endswith("Minister")
    assert jurisdiction == state


def test_bare_rank_after_state_stays_a_rank() -> None:
    # "Australia's Minister Wong": a rank, no office of its own
    tenures = _tenures(
        _facts("Australia's Minister Wong thanked the hosts on Friday.", date="2022-09-23")
    )
    assert WONG not in tenures


def test_no_state_across_a_word_that_is_no_portfolio() -> None:
    # "Turkish-made drones Minister ...": only field words may stand between them
    tenures = _tenures(
        _facts(
            "The deal covers Turkish drones and Minister Nureddin Nebati said it was signed.",
        )
    )
    assert tenures.get("Nureddin Nebati", (None, None, None))[1] != TURKEY


@pytest.mark.parametrize(
    ("body", "date", "holder", "post"),
    [
        (
            "State Duma Speaker Vyacheslav Volodin met Chinese lawmakers in Moscow on Tuesday.",
            "2021-11-30",
            VOLODIN,
            DUMA_CHAIR,
        ),
        (
            "Speaker of the State Duma Vyacheslav Volodin met Chinese lawmakers in Moscow on "
            "Tuesday.",
            "2021-11-30",
            VOLODIN,
            DUMA_CHAIR,
        ),
        (
            "Federation Council Speaker Valentina Matviyenko met Azerbaijani officials in Baku "
            "on Wednesday.",
            "2022-06-15",
            MATVIYENKO,
            FEDERATION_COUNCIL_CHAIR,
        ),
        (
            "U.S. House Speaker Nancy Pelosi met Taiwanese officials in Taipei on Tuesday.",
            "2022-08-02",
            PELOSI,
            HOUSE_SPEAKER,
        ),
    ],
)
def test_speaker_by_chamber_holds_the_states_office(
    body: str, date: str, holder: str, post: str
) -> None:
    tenures = _tenures(_facts(body, date=date))
    role, jurisdiction, got = tenures[holder]
    assert role == "SeniorOfficial"
    assert jurisdiction in {RUSSIA, USA}
    assert got == post


def test_speaker_of_another_chamber_gets_no_post() -> None:
    # the KB's Volodin chairs the Duma, not the Federation Council: no post for a title that
    # names another chamber
    tenures = _tenures(
        _facts(
            "Federation Council Speaker Vyacheslav Volodin met Chinese lawmakers in Moscow.",
            date="2021-11-30",
        )
    )
    assert tenures[VOLODIN][2] is None


def test_former_speaker_gets_no_post() -> None:
    # Pelosi's second speakership began in 2019: none in 2015
    tenures = _tenures(
        _facts("House Speaker Nancy Pelosi met Taiwanese officials in Taipei.", date="2015-08-02")
    )
    assert tenures.get(PELOSI, (None, None, None))[2] is None


PAKISTAN, INDIA, PHILIPPINES = "Q843", "Q668", "Q928"
MILLEY = "Q6766465"


@pytest.mark.parametrize(
    ("body", "date", "holder", "state"),
    [
        (
            "Turkish Chief of General Staff Gen. Yasar Guler met Azerbaijani officials in Baku "
            "on Wednesday.",
            "2022-06-15",
            "Yasar Guler",
            TURKEY,
        ),
        (
            "Turkish Chief of General Staff Yasar Guler met Azerbaijani officials in Baku on "
            "Wednesday.",
            "2022-06-15",
            "Yasar Guler",
            TURKEY,
        ),
        (
            "Chairman of the Joint Chiefs of Staff Gen. Mark Milley spoke with his Russian "
            "counterpart on Wednesday.",
            "2022-06-15",
            MILLEY,
            USA,
        ),
        (
            "Pakistan's army chief Gen. Asim Munir met Saudi officials in Riyadh on Wednesday.",
            "2022-12-10",
            "Asim Munir",
            PAKISTAN,
        ),
        (
            "Indian Army Chief General Manoj Pande met Turkish officials in Baku on Wednesday.",
            "2022-06-15",
            "Manoj Pande",
            INDIA,
        ),
    ],
)
def test_military_commanders_with_a_rank(body: str, date: str, holder: str, state: str) -> None:
    tenures = _tenures(_facts(body, date=date))
    role, jurisdiction, _ = tenures[holder]
    assert role == "MilitaryCommander"
    assert jurisdiction == state


@pytest.mark.parametrize(
    "body",
    [
        # a lower-case title without a rank and name after it
        "The army chief said the border was calm.",
        "Pakistan's army chief met Saudi officials in Riyadh on Wednesday.",
        # "General" of a body is no honorific, and no person
        "The General Staff Directorate issued a statement on Wednesday.",
    ],
)
def test_no_commander_without_a_name(body: str) -> None:
    assert not [f for f in _facts(body, date="2022-12-10") if f.cls.value == "Tenure"]


def test_state_of_a_junior_minister_before_his_title() -> None:
    # "Philippine Foreign Affairs Undersecretary Theresa Lazaro": the Philippines', not the
    # U.S. office of the other official of the sentence
    tenures = _tenures(
        _facts(
            "Assistant Secretary of State Daniel Kritenbrink and Philippine Foreign Affairs "
            "Undersecretary Theresa Lazaro met in Washington on Thursday.",
            date="2023-01-12",
        )
    )
    assert tenures["Theresa Lazaro"][1] == PHILIPPINES


def test_companions_of_a_minister_hold_his_state() -> None:
    # "Akar was accompanied by Chief of General Staff ...": the minister's state, named before
    tenures = _tenures(
        _facts(
            "Turkish National Defense Minister Hulusi Akar met his Azerbaijani counterpart in "
            "Baku on Wednesday. Akar was accompanied by Chief of General Staff Gen. Yasar Guler."
        )
    )
    assert tenures["Yasar Guler"][:2] == ("MilitaryCommander", TURKEY)


def test_no_state_from_a_companion_without_a_state_office() -> None:
    # the one accompanied holds no state's office in the article: no state for the companion
    tenures = _tenures(
        _facts("Hulusi Akar was accompanied by Chief of General Staff Gen. Yasar Guler.")
    )
    assert tenures.get("Yasar Guler", (None, None, None))[1] is None
