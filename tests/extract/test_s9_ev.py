"""Events other than plain meetings, in the phrasings wire stories and ministry releases use:
passive summons and expulsions, a ministry "of" its state, appositions after the actor, a
state's own forces, build-ups at a border, protest notes, demands "from" a state; and what must
not be read as an act (proposed sanctions, a state's allies as the state)."""

from __future__ import annotations

import pytest

from dipld.model import Entity, Fact
from tests.extract.test_patterns import facts


def _keys(fact: Fact, role: str) -> set[str]:
    return {v.qid or v.label for v in fact.get(role) if isinstance(v, Entity)}


def events(text: str) -> list[tuple[str, str, set[str], set[str]]]:
    """The events of a one-sentence article: (type, CAMEO code, actors, recipients)."""
    return [
        (
            str(f.get("eventType")[0]),
            str(f.get("cameoCode")[0]),
            _keys(f, "actor"),
            _keys(f, "recipient"),
        )
        for f in facts(text)
        if f.cls.value == "Event"
    ]


@pytest.mark.parametrize(
    ("text", "event_type", "cameo", "actors", "recipients"),
    [
        # an apposition after the actor names no actor
        (
            "Turkey, a NATO member, has blocked Sweden's accession to the alliance for months.",
            "REJECT",
            "120",
            {"Q43"},
            {"Q34"},
        ),
        # passive summons and expulsions: the envoys' state is the target
        ("Two Russian diplomats were expelled by Estonia.", "SANCTION", "161", {"Q191"}, {"Q159"}),
        (
            "Russian diplomats were ordered to leave Latvia within five days.",
            "SANCTION",
            "161",
            {"Q211"},
            {"Q159"},
        ),
        (
            "The French ambassador was summoned to the Foreign Ministry in Algiers.",
            "ACCUSE",
            "111",
            {"Q262"},
            {"Q142"},
        ),
        (
            "Iran's ambassador was summoned by the German Foreign Office on Monday.",
            "ACCUSE",
            "111",
            {"Q183"},
            {"Q794"},
        ),
        (
            "Moscow retaliated by expelling 10 Polish diplomats.",
            "SANCTION",
            "161",
            {"Q159"},
            {"Q36"},
        ),
        (
            "Russia has expelled the deputy chief of mission of the US Embassy in Moscow.",
            "SANCTION",
            "161",
            {"Q159"},
            {"Q30"},
        ),
        (
            "Russia expelled the chargé d'affaires of Estonia.",
            "SANCTION",
            "161",
            {"Q159"},
            {"Q191"},
        ),
        # a state's ministry named before it acts for the state
        (
            "The Ministry of Foreign Affairs of Azerbaijan summoned the French ambassador.",
            "ACCUSE",
            "111",
            {"Q227"},
            {"Q142"},
        ),
        (
            "The Foreign Ministry of China strongly condemned the US decision.",
            "ACCUSE",
            "111",
            {"Q148"},
            {"Q30"},
        ),
        # a party reporting what its own forces did
        (
            "Russia's defence ministry said its forces had struck Ukrainian military targets.",
            "ASSAULT",
            "195",
            {"Q159"},
            {"Q212"},
        ),
        ("Poland has handed over 14 Leopard tanks to Ukraine.", "AID", "072", {"Q36"}, {"Q212"}),
        (
            "Azerbaijan launched military operations in Nagorno-Karabakh on September 19.",
            "ASSAULT",
            "190",
            {"Q227"},
            set(),
        ),
        # a build-up at a state's border
        (
            "Thousands of Russian troops massed near the Ukrainian border.",
            "MOBILIZE",
            "150",
            {"Q159"},
            {"Q212"},
        ),
        (
            "Russian troops massed along the border with Ukraine.",
            "MOBILIZE",
            "150",
            {"Q159"},
            {"Q212"},
        ),
        (
            "Russia handed a protest note to the Polish ambassador.",
            "ACCUSE",
            "111",
            {"Q159"},
            {"Q36"},
        ),
        ("Moscow demanded an explanation from Berlin.", "REQUEST", "101", {"Q159"}, {"Q183"}),
        # strikes at a named party, without a kind of weapon
        (
            "Pakistan carried out strikes inside Iran on Thursday.",
            "ASSAULT",
            "195",
            {"Q843"},
            {"Q794"},
        ),
        # export blacklists
        (
            "The United States added dozens of Chinese entities to its Entity List.",
            "SANCTION",
            "163",
            {"Q30"},
            {"Q148"},
        ),
        (
            "Washington has placed 42 Chinese companies on its export blacklist.",
            "SANCTION",
            "163",
            {"Q30"},
            {"Q148"},
        ),
    ],
)
def test_event(
    text: str, event_type: str, cameo: str, actors: set[str], recipients: set[str]
) -> None:
    found = events(text)
    want = (event_type, cameo, actors, recipients)
    assert any(e[:3] == want[:3] and (e[3] == recipients or not recipients) for e in found), found


@pytest.mark.parametrize(
    "text",
    [
        # "Ukraine's Western backers" are not Ukraine
        "Russia has repeatedly threatened Ukraine's Western backers.",
        # proposed, not imposed
        "The European Commission proposed new sanctions against Russia.",
    ],
)
def test_no_wrong_event(text: str) -> None:
    found = events(text)
    assert not [e for e in found if e[0] in {"THREATEN", "SANCTION"}], found


@pytest.mark.parametrize(
    "text",
    [
        "Russian troops were ordered to leave Kherson.",
        "The Russian ambassador will be summoned to the Foreign Ministry in Warsaw.",
        "Poland's ambassador was not summoned.",
        "Hundreds of people gathered at the border crossing.",
    ],
)
def test_no_event(text: str) -> None:
    assert not events(text)


def test_a_ministry_of_a_state_reporting_the_other_sides_act_accuses() -> None:
    found = events(
        "The Foreign Ministry of Ukraine said that Russian troops had shelled the Zaporizhzhia "
        "nuclear power plant."
    )
    assert found == [("ACCUSE", "112", {"Q212"}, {"Q159"})], found


def test_condemned_in_the_strongest_terms_is_no_attack_of_the_one_condemning() -> None:
    found = events("Turkey has condemned in the strongest terms the Israeli attacks on Rafah.")
    assert found == [("ACCUSE", "111", {"Q43"}, {"Q801"})], found


@pytest.mark.parametrize(
    ("text", "actors", "recipients"),
    [
        (
            "On March 12, the Belarusian Foreign Ministry handed a note of protest to the charge "
            "d'affaires of Poland.",
            # (the state its ministry acts for: session 12)
            {"Q184"},
            {"Q36"},
        ),
        (
            "The Ministry of Foreign Affairs of the Republic of Belarus expressed a strong protest "
            "to the Lithuanian side.",
            {"Q184"},
            {"Q37"},
        ),
    ],
)
def test_protests_to_a_state(text: str, actors: set[str], recipients: set[str]) -> None:
    assert ("ACCUSE", "111", actors, recipients) in events(text)


def test_the_speaker_at_the_end_is_no_recipient() -> None:
    found = events("Japan provided $5 million in aid to Turkey, the Foreign Ministry said.")
    assert [e for e in found if e[0] == "AID" and e[3] == {"Q43"}], found


def test_who_retaliated_by_expelling_is_the_subject_of_its_own_clause() -> None:
    found = events(
        "Lithuania expelled a Belarusian diplomat last month, and Minsk retaliated by expelling "
        "a Lithuanian diplomat."
    )
    assert ("SANCTION", "161", {"Q184"}, {"Q37"}) in found, found
    assert ("SANCTION", "161", {"Q37"}, set()) not in found, found


@pytest.mark.parametrize(
    ("text", "actors", "recipients", "cameo"),
    [
        (
            "China has promised to increase imports of agricultural products from Brazil.",
            {"Q148"},
            {"Q155"},
            "031",
        ),
        ("Japan has pledged $5 billion to Ukraine.", {"Q17"}, {"Q212"}, "033"),
    ],
)
def test_has_pledged_is_a_promise(
    text: str, actors: set[str], recipients: set[str], cameo: str
) -> None:
    assert ("AGREE", cameo, actors, recipients) in events(text)


@pytest.mark.parametrize(
    "text", ["Iran vowed revenge against Israel.", "Iran has vowed to retaliate against Israel."]
)
def test_a_vow_of_revenge_is_a_threat(text: str) -> None:
    assert events(text) == [("THREATEN", "130", {"Q794"}, {"Q801"})]


def test_a_state_backing_the_target_is_not_the_target() -> None:
    found = events(
        "The United States carried out airstrikes against Iran-backed militias in Iraq and Syria."
    )
    assert found and not [e for e in found if "Q794" in e[3]], found


def test_workers_strikes_are_no_assault() -> None:
    assert not events("French unions launched strikes in Paris over the pension reform.")


def test_a_summoned_envoy_named_stands_for_the_state() -> None:
    found = events("The Russian Foreign Ministry summoned the British ambassador, Nigel Casey.")
    assert [e for e in found if e[:2] == ("ACCUSE", "111") and e[3] == {"Q145"}], found


def test_an_order_to_leave_a_day_before_is_not_dated_by_the_sentence() -> None:
    found = facts(
        "Two Russian diplomats were expelled by Estonia on Friday, a day after Latvia ordered "
        "the Russian charge d'affaires to leave the country."
    )
    latvia = [
        f
        for f in found
        if f.cls.value == "Event"
        and _keys(f, "actor") == {"Q211"}
        and str(f.get("cameoCode")[0]) == "161"
    ]
    assert latvia and not latvia[0].get("date"), [str(f.args) for f in found]
