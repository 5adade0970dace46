"""Commitments told by reported speech, modals and readiness (session 18): a reported clause
whose speaker the mentions leave unresolved ("He said China is ready to ...", a name the KB
lacks), the speaker's own side ("said that his country was ready to ..."), a second that-clause
("said that ... and that Moscow would ..."), a second predicate of the subject ("welcomed X and
stated that Japan will ...", "..., and it has committed to ...", "... and will continue to
..."), a later clause of saying ("..., and the Russian President said Moscow would ..."), "It
was agreed that ... would ...", "informed X of his intention to ...", and the guards: a person's
report of another state's act, force and build-ups, negations, conditions and hypotheticals."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.extract.test_patterns import date_values, facts, keys

DAY = dt.date(2023, 5, 12)  # a Friday
RUSSIA, CHINA, CUBA, BELARUS, ZAMBIA, TURKIYE = "Q159", "Q148", "Q241", "Q184", "Q953", "Q43"
JAPAN, PHILIPPINES, US, UKRAINE, CANADA, KENYA = "Q17", "Q928", "Q30", "Q212", "Q16", "Q114"
SWEDEN, PALESTINE, ARMENIA, IRAQ, INDONESIA, MALAYSIA = (
    "Q34",
    "Q219060",
    "Q399",
    "Q796",
    "Q252",
    "Q833",
)
BOLIVIA, VENEZUELA, FRANCE = "Q750", "Q717", "Q142"
PUTIN, BIDEN, MACRON, MADURO = "Q7747", "Q6279", "Q3052772", "Q58132"


def _agree(text: str) -> list[tuple[set[str], set[str], str, tuple[str, ...]]]:
    """(actors, recipients, cameo, dates) of the AGREE events."""
    return [
        (
            keys(f.get("actor")),
            keys(f.get("recipient")),
            str(f.get("cameoCode")[0]),
            date_values(f, "date"),
        )
        for f in facts(text, DAY)
        if f.cls.value == "Event" and str(f.get("eventType")[0]) == "AGREE"
    ]


def _has(text: str, actor: set[str], recipient: set[str]) -> bool:
    return any(a == actor and r == recipient for a, r, _, _ in _agree(text))


# ---- a speaker the mentions leave unresolved ------------------------------------------------

XI_MET = "Xi Jinping held talks with Zambian President Hakainde Hichilema in Beijing on Friday. "
PUTIN_MET = "Vladimir Putin held talks with Alexander Lukashenko in Minsk on Friday. "


@pytest.mark.parametrize(
    ("text", "actor", "recipient"),
    [
        (
            XI_MET + "He said China is ready to import more Zambian agricultural products.",
            CHINA,
            ZAMBIA,
        ),
        (
            XI_MET + "He said that China would continue to support Zambia's development.",
            CHINA,
            ZAMBIA,
        ),
        (PUTIN_MET + "He said Russia would continue to help Belarus.", RUSSIA, BELARUS),
        # (an openness to dialogue naming no one has no recipient: the development and spent
        # gold code it without one, not with the one met; session 41)
        (PUTIN_MET + "He reaffirmed that Russia remained open to dialogue.", RUSSIA, None),
    ],
)
def test_unresolved_speaker_of_a_meeting_side(text: str, actor: str, recipient: str | None) -> None:
    assert _has(text, {actor}, {recipient} if recipient else set())


@pytest.mark.parametrize(
    "text",
    [
        # a third state: an allegation or a comment of an unknown speaker
        PUTIN_MET + "He said China would continue to supply weapons to Iran.",
        # not one side's speaker
        PUTIN_MET + "Analysts said Russia would continue to help Belarus.",
        # negated
        PUTIN_MET + "He said Russia would not continue to help Belarus.",
        # a condition
        PUTIN_MET + "He said Russia would help Belarus if asked.",
        # force
        PUTIN_MET + "He said Russia would continue to strike Ukraine.",
    ],
)
def test_unresolved_speaker_not(text: str) -> None:
    assert _agree(text) == []


def test_unknown_name_as_speaker() -> None:
    text = (
        "Indonesian President Joko Widodo met Mozambican President Filipe Nyusi in Maputo on "
        "Friday. Widodo said Indonesia was ready to share its experience in agriculture and "
        "energy with Mozambique."
    )
    assert any(a == {INDONESIA} for a, _, _, _ in _agree(text))


# ---- the speaker's own side -----------------------------------------------------------------


def test_his_country_is_the_speaker() -> None:
    text = (
        "Vladimir Putin met French President Emmanuel Macron in Paris. President Macron said "
        "that his country was ready to help in the search for a settlement of the conflict."
    )
    assert any(a == {MACRON} and c == "039" for a, _, c, _ in _agree(text))


def test_his_administration_intends() -> None:
    text = (
        "President Biden announced that his Administration intends to provide $50 million to "
        "Kenya for climate programmes."
    )
    assert _has(text, {BIDEN}, {KENYA})


def test_his_country_not_negated() -> None:
    text = "President Macron said that his country was not ready to send troops to Ukraine."
    assert _agree(text) == []


# ---- a second that-clause -------------------------------------------------------------------


def test_second_that_clause() -> None:
    text = (
        "Vladimir Putin held talks with Cuban President Miguel Diaz-Canel in Moscow. The President "
        "of Russia said that Russia and Cuba had been partners for decades and that Moscow would "
        "continue to help Havana overcome the blockade."
    )
    assert _has(text, {RUSSIA}, {CUBA})


def test_second_that_clause_after_a_non_party_subject() -> None:
    text = (
        "President Erdogan said the declaration was a historic step towards peace and that "
        "Türkiye would continue to support Iraq."
    )
    assert _has(text, {TURKIYE}, {IRAQ})


def test_second_that_clause_of_another_side_is_not_the_speakers() -> None:
    text = (
        "President Biden said the talks had been useful and that China would keep supplying "
        "Russia with components."
    )
    assert _agree(text) == []


# ---- a second predicate of the subject ------------------------------------------------------


def test_welcomed_and_stated_that() -> None:
    text = (
        "Japanese Prime Minister Fumio Kishida met Philippine President Ferdinand Marcos in "
        "Tokyo. Prime Minister Kishida welcomed President Marcos and stated that Japan will "
        "continue to support the Philippines' efforts for peace."
    )
    assert _has(text, {JAPAN}, {PHILIPPINES})


def test_condemned_and_reaffirmed_commitment() -> None:
    text = (
        "The United States and Canada condemn Russia's illegal war against Ukraine and reaffirm "
        "their commitment to support Ukraine for as long as it takes."
    )
    assert _has(text, {US, CANADA}, {UKRAINE})


def test_and_it_has_committed() -> None:
    text = (
        "Sweden brings to the Alliance one of the most capable militaries in Europe, and it has "
        "committed to spending 2 percent of its GDP on defense this year."
    )
    assert any(a == {SWEDEN} for a, _, _, _ in _agree(text))


def test_and_will_continue() -> None:
    text = (
        "The United States and Ukraine are both participating States of the OSCE and will "
        "continue to coordinate within the OSCE."
    )
    assert any(a == {US, UKRAINE} for a, _, _, _ in _agree(text))


def test_and_instructed_their_governments() -> None:
    text = (
        "Vladimir Putin met Nicolas Maduro in the Kremlin. The two presidents reaffirmed the "
        "strategic partnership between Russia and Venezuela and instructed their governments to "
        "prepare a new treaty on strategic partnership."
    )
    assert any(a == {PUTIN, MADURO} for a, _, _, _ in _agree(text))


def test_second_predicate_takes_its_own_date() -> None:
    text = (
        "Secretary Blinken met Colombian Foreign Minister Alvaro Leyva in Washington on Friday. "
        "The Secretary congratulated Foreign Minister Leyva on Colombia's peaceful transfer of "
        "power in August and reaffirmed the United States' commitment to supporting the peace "
        "accord."
    )
    found = _agree(text)
    assert found and all(d not in {("2022-08",), ("2023-08",)} for _, _, _, d in found)


@pytest.mark.parametrize(
    "text",
    [
        # what it will be, no promise
        "The naval group will be commanded in rotation by the three countries and will include "
        "minehunters from each navy.",
        # negation before: "in no hurry ... and will decide ... only once"
        "Russia is in no hurry to recognise the new authorities in Kabul and will decide on the "
        "matter only once an inclusive government has been formed.",
        # another clause's subject
        "Both leaders reaffirmed the strength of their ties, and the President commended Spain, "
        "which will host the summit.",
        # a hypothetical "would" outside reported speech
        "Armenia has long sought closer ties with the European Union and would then join it.",
    ],
)
def test_second_predicate_not(text: str) -> None:
    assert _agree(text) == []


# ---- a later clause of saying ---------------------------------------------------------------


def test_later_clause_of_saying() -> None:
    text = (
        "Vladimir Putin met Bolivian President Luis Arce in Moscow. Bolivia applied to join BRICS "
        "last year, and the Russian President said Moscow would support the application."
    )
    found = _agree(text)
    assert any(a == {RUSSIA} and r == {BOLIVIA} and d != ("2022",) for a, r, _, d in found)


def test_later_clause_of_saying_build_up_is_no_promise() -> None:
    text = (
        "The Kremlin said it would take countermeasures in response to Finland's accession, and "
        "Deputy Foreign Minister Alexander Grushko said Russia would strengthen its military "
        "potential in the west."
    )
    assert _agree(text) == []


# ---- a person's report of another state's act -------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Secretary Blinken said China was ready to provide lethal aid to Russia.",
        "President Zelensky said Russia would continue to supply weapons to Belarus.",
    ],
)
def test_report_of_another_states_act_is_not_its_agree(text: str) -> None:
    assert _agree(text) == []


def test_own_state_reported_by_its_leader_still_agrees() -> None:
    text = "President Putin said Russia would continue to supply gas to Belarus."
    assert _has(text, {RUSSIA}, {BELARUS})


# ---- "It was agreed that", "informed X of his intention to" -------------------------------


def test_it_was_agreed_that() -> None:
    text = (
        "Vladimir Putin held a telephone conversation with French President Emmanuel Macron. It "
        "was agreed that the two countries' foreign ministries and relevant agencies would stay "
        "in contact on the issues discussed."
    )
    assert any(a == {PUTIN, MACRON} and c == "036" for a, _, c, _ in _agree(text))


def test_it_was_agreed_that_not_a_view() -> None:
    text = (
        "Vladimir Putin held a telephone conversation with French President Emmanuel Macron. It "
        "was agreed that the situation would be difficult."
    )
    assert _agree(text) == []


def test_informed_of_intention() -> None:
    text = (
        "President Biden met Kenyan President William Ruto at the White House. President Biden "
        "informed President Ruto of his intention to designate Kenya as a Major Non-NATO Ally."
    )
    assert _has(text, {BIDEN}, {KENYA})


def test_informed_of_intention_to_visit_is_a_plan() -> None:
    text = (
        "President Biden met Kenyan President William Ruto at the White House. President Biden "
        "informed President Ruto of his intention to visit Africa."
    )
    assert _agree(text) == []


# ---- appositions ----------------------------------------------------------------------------


def test_subject_with_a_relative_clause_of_two_names() -> None:
    text = (
        "Palestine, which is a member of the League of Arab States and of the Organisation of "
        "Islamic Cooperation, will continue to coordinate its steps with Russia."
    )
    assert _has(text, {PALESTINE}, {RUSSIA})


def test_subject_with_a_plural_apposition() -> None:
    text = (
        "South Korea and the United States, allies under a treaty, agreed to share real-time "
        "intelligence on the North's launches."
    )
    assert any(a == {"Q884", US} for a, _, _, _ in _agree(text))


# ---- force is no promise ------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Russia will continue to strike Ukraine.",
        "President Putin said Russia would continue its military operation in Ukraine.",
    ],
)
def test_force_is_no_promise(text: str) -> None:
    assert _agree(text) == []


# ---- warnings, build-ups and whose second act -------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Moscow denounced the decision as a hostile step and said it would respond.",
        "Russia will respond to any Finnish deployment near the border.",
        "The United States condemned the legislation and said it would review its cooperation "
        "with Georgia.",
        "Poland accused Belarus of violating its airspace and said it would send more troops to "
        "the border.",
    ],
)
def test_warnings_after_a_first_act_are_no_promise(text: str) -> None:
    assert _agree(text) == []


def test_presence_in_a_host_state_is_a_promise_to_it() -> None:
    text = (
        "The United States intends to increase its enduring military presence in Poland by "
        "approximately 1,000 personnel."
    )
    assert _has(text, {US}, {"Q36"})


def test_second_act_of_saying_is_the_speakers() -> None:
    text = (
        "President Emmanuel Macron met Nicolas Maduro in Paris. President Macron stated that "
        "France and Venezuela are old partners, and expressed his intention to further "
        "strengthen bilateral relations."
    )
    found = _agree(text)
    assert found and all(a == {MACRON} for a, _, _, _ in found)


def test_description_speaker_is_not_checked_for_its_side() -> None:
    # ("The minister" may be resolved to the other side's minister: no allegation is read)
    text = (
        "Foreign Minister Wang Yi met Russian Foreign Minister Sergey Lavrov in Bali on Friday. "
        "Wang said that China and Russia will continue to support each other. Lavrov said that "
        "the Russian side appreciates China's position. The minister added that Russia is ready "
        "to strengthen coordination with China."
    )
    assert _has(text, {RUSSIA}, {CHINA})
