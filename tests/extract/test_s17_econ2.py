"""Trade figures, memberships, diplomatic relations and partnerships in wire and ministry
phrasings (session 17, econ2; ANNOTATION.md §4): a pair's total named "China-Russia trade"
right after a wire dateline's "--"; the year of a month's or a part-year's figure ("in April
2022", "In December alone", "in the first quarter"); an organisation's members listed after its
countries in dashes or parentheses ("The Group of Seven countries - the United States, ... -"),
after "which also includes", "whose members include" or "The OPEC+ group, which includes", and
a member of a bloc named by its size ("a member of the 27-nation bloc"); the date diplomatic
relations were established on when the sentence also dates its telling; partnerships held
"since 2015" or "established in 2022"; and no membership of a treaty ("acceded to the
Convention on ..."). Near misses give nothing: an applicant, a hoped-for membership, a bloc size
that does not fit the date, a comparison month, a hypothetical list."""

from __future__ import annotations

import datetime as dt

from dipld.model import Fact
from tests.extract.test_patterns import date_values, facts, facts_of, keys

DAY = dt.date(2022, 6, 2)
CHINA, RUSSIA, MALAYSIA, SINGAPORE, MONGOLIA, KOREA = "Q148", "Q159", "Q833", "Q334", "Q711", "Q884"
INDIA, JAPAN, TURKEY, HUNGARY, EU, NATO = "Q668", "Q17", "Q43", "Q28", "Q458", "Q7184"
G7, USA, CANADA, EAEU, ARMENIA, BELARUS = "Q1764511", "Q30", "Q16", "Q4173083", "Q399", "Q184"
SCO, UZBEKISTAN, SAUDI = "Q485207", "Q265", "Q851"


def _trade(text: str, day: dt.date = DAY) -> list[Fact]:
    return facts_of(facts(text, day), "TradeFlow")


def _members(text: str, day: dt.date = DAY) -> set[tuple[str, str]]:
    return {
        (m, o)
        for f in facts_of(facts(text, day), "Membership")
        for m in keys(f.get("member"))
        for o in keys(f.get("organization"))
    }


# --- trade -----------------------------------------------------------------------------------


def test_pair_total_after_a_wire_dateline() -> None:
    found = _trade(
        "BEIJING, Jan. 14 (Xinhua) -- China-Russia trade rose 35.8 percent year on year to a "
        "record 146.89 billion U.S. dollars in 2021.",
        dt.date(2022, 1, 14),
    )
    assert [(keys(f.get("party")), date_values(f, "period")) for f in found] == [
        ({CHINA, RUSSIA}, ("2021",))
    ]


def test_three_states_after_a_dateline_are_no_pair() -> None:
    found = _trade(
        "BEIJING -- The China - Japan - South Korea trade reached 700 billion U.S. dollars in 2021."
    )
    assert not [f for f in found if keys(f.get("party")) == {JAPAN, "Q884"}]


def test_month_figure_has_its_year() -> None:
    found = _trade("Malaysia's exports to Singapore reached RM14.6 billion in April 2022.")
    assert [date_values(f, "period") for f in found] == [("2022",)]


def test_yearless_month_figure_has_the_latest_year() -> None:
    found = _trade(
        "In December alone, China's exports to Russia reached 8.1 billion dollars.",
        dt.date(2022, 1, 14),
    )
    assert [date_values(f, "period") for f in found] == [("2021",)]


def test_month_compared_with_is_not_the_period() -> None:
    found = _trade(
        "Malaysia's exports to Singapore reached RM14.6 billion in December, compared with "
        "RM12 billion in December 2020.",
        dt.date(2022, 1, 20),
    )
    assert [date_values(f, "period") for f in found] == [("2021",)]


def test_part_of_year_without_a_year() -> None:
    text = "In the first quarter, Malaysia's exports to Singapore reached RM14.6 billion."
    assert [date_values(f, "period") for f in _trade(text, dt.date(2022, 5, 3))] == [("2022",)]
    # (the first quarter not over yet: last year's)
    assert [date_values(f, "period") for f in _trade(text, dt.date(2022, 2, 3))] == [("2021",)]
    text = "Malaysia's exports to Singapore reached RM14.6 billion in the first seven months."
    assert [date_values(f, "period") for f in _trade(text, dt.date(2022, 8, 20))] == [("2022",)]


def test_part_of_a_stated_year_keeps_it() -> None:
    found = _trade(
        "Malaysia's exports to Singapore reached RM14.6 billion in the first half of 2021.",
        dt.date(2022, 8, 20),
    )
    assert [date_values(f, "period") for f in found] == [("2021",)]


# --- memberships -----------------------------------------------------------------------------


def test_members_listed_in_dashes_after_the_countries() -> None:
    got = _members(
        "The Group of Seven countries - the United States, Japan and Canada - agreed last week "
        "to phase out Russian oil imports."
    )
    assert got == {(USA, G7), (JAPAN, G7), (CANADA, G7)}


def test_members_listed_in_parentheses_after_the_countries() -> None:
    got = _members(
        "The G7 countries (the United States, Japan and Canada) agreed last week to phase out "
        "Russian oil imports."
    )
    assert got == {(USA, G7), (JAPAN, G7), (CANADA, G7)}


def test_listed_members_in_a_hypothetical_give_nothing() -> None:
    assert not _members(
        "If the G7 countries (the United States, Japan and Canada) agree, the plan would go ahead."
    )


def test_which_also_includes() -> None:
    got = _members(
        "Kyrgyzstan is a member of the Eurasian Economic Union, which also includes Russia, "
        "Belarus and Armenia."
    )
    assert {(RUSSIA, EAEU), (BELARUS, EAEU), (ARMENIA, EAEU)} <= got


def test_whose_members_include() -> None:
    got = _members(
        "The Shanghai Cooperation Organisation, whose members include China, Russia and India, "
        "held a summit."
    )
    assert got == {(CHINA, SCO), (RUSSIA, SCO), (INDIA, SCO)}


def test_group_which_includes() -> None:
    got = _members(
        "The OPEC+ group, which includes Saudi Arabia and Russia, agreed on Thursday to boost "
        "oil output."
    )
    assert {m for m, _ in got} == {SAUDI, RUSSIA}


def test_member_of_a_bloc_named_by_its_size() -> None:
    assert _members("Hungary, a member of the 27-nation bloc, has opposed the embargo.") == {
        (HUNGARY, EU)
    }
    assert _members("Turkey, a member of the 30-nation alliance, has blocked the bid.") == {
        (TURKEY, NATO)
    }


def test_bloc_size_that_does_not_fit_the_date() -> None:
    # (the EU had 28 members in 2019)
    assert not _members(
        "Hungary, a member of the 27-nation bloc, has opposed the plan.", dt.date(2019, 6, 2)
    )


def test_hoped_for_membership_of_a_sized_bloc() -> None:
    assert not _members(
        "Ukraine, which hopes to become a member of the 27-nation bloc, welcomed the plan."
    )


def test_acceding_to_a_convention_is_no_membership() -> None:
    assert not _members(
        "Uzbekistan acceded to the Convention on the Rights of Persons with Disabilities last week."
    )
    assert not _members("Uzbekistan joined the Paris Agreement in 2017.")
    assert _members("Uzbekistan acceded to the World Trade Organization last week.") == {
        (UZBEKISTAN, "Q7825")
    }


# --- diplomatic relations and partnerships ---------------------------------------------------


def _starts(text: str, cls: str, day: dt.date = DAY) -> set[tuple[frozenset[str], tuple[str, ...]]]:
    return {
        (frozenset(keys(f.get("party"))), date_values(f, "startDate"))
        for f in facts_of(facts(text, day), cls)
    }


def test_relations_established_on_a_date_after_a_telling_day() -> None:
    got = _starts(
        "On Tuesday, the minister recalled that Mongolia and the Republic of Korea established "
        "diplomatic relations on March 26, 1990.",
        "DiplomaticRelations",
        dt.date(2022, 3, 15),
    )
    assert got == {(frozenset({MONGOLIA, KOREA}), ("1990-03-26",))}


def test_relations_established_on_a_day_named_first() -> None:
    got = _starts(
        "On Sunday, Bahrain and Israel established diplomatic relations.",
        "DiplomaticRelations",
        dt.date(2022, 3, 15),
    )
    assert {d for _, d in got} == {("2022-03-13",)}


def test_partners_since() -> None:
    got = _starts("Mongolia and India have been strategic partners since 2015.", "Partnership")
    assert got == {(frozenset({MONGOLIA, INDIA}), ("2015",))}


def test_partners_for_years_has_no_start() -> None:
    got = _starts("Mongolia and India have been strategic partners for years.", "Partnership")
    assert got == {(frozenset({MONGOLIA, INDIA}), ())}


def test_named_partnership_established_in() -> None:
    got = _starts(
        "The Mongolia-Türkiye comprehensive partnership was established in 2022.", "Partnership"
    )
    assert got == {(frozenset({MONGOLIA, TURKEY}), ("2022",))}


def test_named_partnership_of_four_words() -> None:
    got = _starts(
        "The India-Japan Special Strategic and Global Partnership was launched in 2014.",
        "Partnership",
    )
    assert got == {(frozenset({INDIA, JAPAN}), ("2014",))}


# --- second battery: flows named by shipments and purchases, named treaties, port calls --------

VIETNAM, AUSTRALIA, UKRAINE = "Q881", "Q408", "Q212"
SEPTEMBER = dt.date(2022, 9, 14)


def _flows(text: str, day: dt.date = SEPTEMBER) -> set[tuple[str, str, tuple[str, ...]]]:
    return {
        (
            next(iter(keys(f.get("exporter"))), ""),
            next(iter(keys(f.get("importer"))), ""),
            date_values(f, "period"),
        )
        for f in _trade(text, day)
    }


def test_purchases_from_are_imports() -> None:
    got = _flows(
        "Russia's purchases from China rose to 52.3 billion dollars in the first eight months of "
        "the year."
    )
    assert got == {(CHINA, RUSSIA, ("2022",))}


def test_shipments_to_are_exports_after_a_month() -> None:
    got = _flows("Chinese shipments to Russia jumped 26 percent in August to 8.1 billion dollars.")
    assert got == {(CHINA, RUSSIA, ("2022",))}


def test_arms_shipments_are_no_trade() -> None:
    assert not _flows("U.S. weapons shipments to Ukraine totalled 5 billion dollars in August.")


def _treaties(text: str) -> set[frozenset[str]]:
    return {
        frozenset(keys(f.get("party"))) for f in facts_of(facts(text, SEPTEMBER), "TreatyRelation")
    }


def test_named_treaty_with_and_in_its_name() -> None:
    assert _treaties(
        "The India-Australia Economic Cooperation and Trade Agreement entered into force on "
        "December 29."
    ) == {frozenset({INDIA, AUSTRALIA})}


def test_named_treaty_after_a_pair_possessive() -> None:
    assert _treaties(
        "India and Australia's Economic Cooperation and Trade Agreement entered into force in "
        "December 2022."
    ) == {frozenset({INDIA, AUSTRALIA})}


def test_named_treaty_being_negotiated_binds_nobody() -> None:
    assert not _treaties(
        "India and Australia's Economic Cooperation and Trade Agreement is still being negotiated."
    )


def _permissions(text: str) -> set[tuple[str, str, str]]:
    return {
        (
            next(iter(keys(f.get("grantor"))), ""),
            next(iter(keys(f.get("grantee"))), ""),
            str(f.get("activity")[0]) if f.get("activity") else "",
        )
        for f in facts_of(facts(text, SEPTEMBER), "Permission")
    }


def test_warships_allowed_to_call_at_a_port() -> None:
    got = _permissions("Vietnam has allowed Russian warships to call at Cam Ranh Bay.")
    assert {(g, e) for g, e, _ in got} == {(VIETNAM, RUSSIA)}
    assert all(a.endswith("MilitaryBasing") for _, _, a in got)
    got = _permissions("Vietnam allowed Russian warships to call at its ports.")
    assert {(g, e) for g, e, _ in got} == {(VIETNAM, RUSSIA)}


def test_port_calls_not_allowed_or_not_of_warships() -> None:
    assert not _permissions("Vietnam has not allowed Russian warships to call at Cam Ranh Bay.")
    assert not _permissions("Vietnam could allow Russian warships to call at Cam Ranh Bay.")
    assert not _permissions(
        "Sri Lanka allowed a Chinese research vessel to dock at Hambantota port."
    )
