"""Relations told in passing (session 19b): a leader's "X-led" before an organisation, a
"which together with ... make up" list (an organisation the KB lacks is unlinked), a hyphenated
count and "the" before the first of "N member states include"; a leader "under" whom a state
acted is not the actor."""

from __future__ import annotations

import datetime as dt

from tests.extract.test_patterns import facts, keys

DAY = dt.date(2023, 3, 14)
BELARUS, CSTO, KAZAKHSTAN, EAEU = "Q184", "Q318693", "Q232", "Q1046393"
INDIA, JAPAN, US, AUSTRALIA = "Q668", "Q17", "Q30", "Q408"
BRAZIL, RUSSIA, CHINA, SOUTH_AFRICA = "Q155", "Q159", "Q148", "Q258"
DRC, ZAMBIA, SADC, HUNGARY, POLAND, EU = "Q974", "Q953", "Q816706", "Q28", "Q36", "Q458"


def _members(text: str) -> set[tuple[str, str]]:
    return {
        (m, o)
        for f in facts(text, DAY)
        if f.cls.value == "Membership"
        for m in keys(f.get("member"))
        for o in keys(f.get("organization"))
    }


def test_a_led_modifier_before_the_organisation() -> None:
    text = (
        "Belarus, a member of the Russia-led Collective Security Treaty Organization, hosts troops."
    )
    assert (BELARUS, CSTO) in _members(text)


def test_a_led_modifier_is_no_part_of_an_unknown_name() -> None:
    text = (
        "Canada and Norway, together with Denmark and Iceland, are members of the "
        "Canada-led Arctic Patrol Group."
    )
    orgs = {o for _, o in _members(text)}
    assert orgs and all("led" not in o for o in orgs)


def test_a_led_modifier_of_a_former_member_stays_out() -> None:
    text = "Georgia, a former member of the Russia-led CSTO, hosts troops."
    assert not _members(text)


def test_which_together_with_make_up_an_unknown_body() -> None:
    text = (
        "Brazil and Russia, which together with India, China and South Africa make up BRICS, "
        "met on Monday."
    )
    found = _members(text)
    assert {m for m, _ in found} == {BRAZIL, RUSSIA, INDIA, CHINA, SOUTH_AFRICA}


def test_which_together_with_make_up_the_quad() -> None:
    text = (
        "India and Japan, which together with the United States and Australia make up the "
        "Quad, met in Tokyo."
    )
    assert {m for m, _ in _members(text)} == {INDIA, JAPAN, US, AUSTRALIA}


def test_which_together_with_would_make_up_is_hypothetical() -> None:
    text = (
        "India and Japan, which together with the United States and Australia could make up "
        "a new Quad, met in Tokyo."
    )
    assert not _members(text)


def test_member_states_include_the_first_with_the() -> None:
    text = "SADC's sixteen member states include the Democratic Republic of Congo and Zambia."
    assert {(DRC, SADC), (ZAMBIA, SADC)} <= _members(text)


def test_a_hyphenated_count_of_member_states() -> None:
    text = "The EU's twenty-seven member states include Hungary and Poland."
    assert {(HUNGARY, EU), (POLAND, EU)} <= _members(text)


def test_a_president_under_whom_a_state_acted_is_no_actor() -> None:
    text = (
        "The United States, which left the accord in 2017 under then-President Barack Obama "
        "and reimposed sanctions on Cuba, said it would talk."
    )
    actors = {a for f in facts(text, DAY) if f.cls.value == "Event" for a in keys(f.get("actor"))}
    assert "Q76" not in actors
    assert US in actors


def test_a_leader_named_as_subject_still_acts() -> None:
    text = "President Barack Obama reimposed sanctions on Cuba."
    actors = {a for f in facts(text, DAY) if f.cls.value == "Event" for a in keys(f.get("actor"))}
    assert "Q76" in actors


def _trade(text: str) -> set[tuple[str, str]]:
    return {
        (
            str(f.get("amount")[0]),
            getattr(f.get("currency")[0], "label", "") if f.get("currency") else "",
        )
        for f in facts(text, DAY)
        if f.cls.value == "TradeFlow"
    }


def test_trade_in_rand_written_r() -> None:
    text = "Total trade between South Africa and Zimbabwe amounted to R12.5 billion in 2019."
    assert {(a, c) for a, c in _trade(text)} == {("12500000000", "ZAR")}


def test_trade_in_rand_with_a_short_scale() -> None:
    text = "Trade between South Africa and Botswana reached R48bn last year."
    assert ("48000000000", "ZAR") in _trade(text)


def test_an_r_without_a_scale_is_no_rand() -> None:
    text = "Trade between South Africa and Namibia grew along the R3 highway in 2019."
    assert not _trade(text)


def _events(text: str) -> set[tuple[str, frozenset[str]]]:
    return {
        (str(f.get("cameoCode")[0]), frozenset(keys(f.get("actor"))))
        for f in facts(text, DAY)
        if f.cls.value == "Event"
    }


def test_a_state_reinforcing_its_garrison_mobilises() -> None:
    assert ("154", frozenset({"Q33"})) in _events(
        "Finland is reinforcing its garrison on the Aland Islands."
    )


def test_a_strengthened_military_presence_mobilises() -> None:
    assert ("154", frozenset({"Q34"})) in _events(
        "Sweden strengthened its military presence in the Baltic Sea."
    )


def test_a_garrison_that_may_be_reinforced_is_no_act() -> None:
    assert not any(c == "154" for c, _ in _events("Finland may reinforce its garrison there."))


def test_a_garrison_not_reinforced_is_no_act() -> None:
    text = "Finland has not reinforced its garrison on the islands."
    assert not any(c == "154" for c, _ in _events(text))
