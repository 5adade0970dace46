"""Trade figures, trade shares and the organisations states are members of, as news states them.

Each test is the smallest text of one construction, named for what it must give.
"""

from __future__ import annotations

import pytest

from dipld.model import Entity
from tests.extract.test_patterns import facts, find, keys


def test_a_total_stated_before_the_directional_figures_of_the_same_sentence() -> None:
    found = facts(
        "Pakistan and China are close partners. In 2022, bilateral trade stood at $26.5 billion, "
        "with Chinese exports to Pakistan worth $23.1 billion and Pakistani exports to China of "
        "$3.4 billion."
    )
    total = find(found, "TradeFlow", party={"Q843", "Q148"}, flow="TotalTrade")
    assert total is not None and [str(v) for v in total.get("amount")] == ["26500000000"]
    assert find(found, "TradeFlow", exporter={"Q148"}, importer={"Q843"}, amount="23100000000")
    assert find(found, "TradeFlow", exporter={"Q843"}, importer={"Q148"}, amount="3400000000")


def test_a_total_after_a_directional_figure_is_not_read_as_the_total() -> None:
    found = facts(
        "Russia's exports to India rose to $10 billion as total trade grew by $2 billion."
    )
    assert not find(found, "TradeFlow", flow="TotalTrade")


def test_a_share_of_a_states_imports_is_a_trade_share_of_its_imports() -> None:
    found = facts("China accounts for 28 percent of Pakistan's imports.")
    share = find(found, "TradeShare", reporter={"Q843"}, partner={"Q148"}, share="0.28")
    assert share is not None and [str(v) for v in share.get("flow")] == ["Import"]
    total = find(facts("China accounts for 28 percent of Pakistan's trade."), "TradeShare")
    assert total is not None and not total.get("flow")  # of its total trade


def test_acronyms_in_a_list_of_organisations_states_are_members_of() -> None:
    found = facts("India and Egypt are members of the G20 and BRICS.")
    for state in ("Q668", "Q79"):
        assert find(found, "Membership", member={state}, organization={"BRICS"})
    unlinked = [
        v
        for f in found
        for v in f.get("organization")
        if isinstance(v, Entity) and v.label == "BRICS"
    ]
    assert unlinked and not any(v.qid for v in unlinked)
    # a known name that starts with an acronym is not cut to the acronym
    found = facts("Egypt is a member of the African Union and NDB Bank Group.")
    assert not find(found, "Membership", organization={"NDB"})


def test_a_border_with_a_neighbours_exclave_and_with_another_neighbour() -> None:
    found = facts("Poland shares a border with Russia's Kaliningrad exclave and with Belarus.")
    assert find(found, "SharedBorder", party={"Q36", "Q159"})
    assert find(found, "SharedBorder", party={"Q36", "Q184"})
    assert keys(next(f for f in found if f.cls.value == "SharedBorder").get("party")) <= {
        "Q36",
        "Q159",
        "Q184",
    }


def test_a_figure_for_months_of_a_year_has_the_year_as_its_period() -> None:
    found = facts(
        "Russian-Egyptian trade grew by 62 percent in January–September 2017 and reached $4.7 "
        "billion."
    )
    total = find(found, "TradeFlow", party={"Q159", "Q79"}, flow="TotalTrade")
    assert total is not None and [str(v) for v in total.get("period")] == ["2017"]
    # two months of different years are no part of one year
    found = facts("Trade between Russia and Egypt from December 2016 to March 2017 was $1 billion.")
    total = find(found, "TradeFlow", party={"Q159", "Q79"})
    assert total is not None and not total.get("period")


def test_goods_named_by_the_exporters_demonym() -> None:
    found = facts("India imported $46 billion worth of Russian oil in 2023.")
    flow = find(found, "TradeFlow", exporter={"Q159"}, importer={"Q668"}, amount="46000000000")
    assert flow is not None and [str(v) for v in flow.get("period")] == ["2023"]


def test_troops_and_bases_a_state_hosts() -> None:
    found = facts("Japan hosts about 54,000 US troops.")
    assert find(found, "Permission", grantor={"Q17"}, grantee={"Q30"}, activity="MilitaryBasing")
    found = facts("Djibouti hosts military bases of the United States, France and China.")
    for guest in ("Q30", "Q142", "Q148"):
        assert find(found, "Permission", grantor={"Q977"}, grantee={guest})


def test_states_that_belong_to_an_organisation_or_are_listed_as_its_states() -> None:
    found = facts("Russia and China belong to the Shanghai Cooperation Organisation.")
    assert find(found, "Membership", member={"Q159"}, organization={"Q485207"})
    assert find(found, "Membership", member={"Q148"}, organization={"Q485207"})
    found = facts(
        "The six Gulf Cooperation Council states are Saudi Arabia, the UAE, Qatar, Kuwait, "
        "Bahrain and Oman."
    )
    assert len([f for f in found if f.cls.value == "Membership"]) == 6
    assert not facts("The two countries' leaders belong to the same party.")


def test_a_state_bordering_several_named_among_a_number() -> None:
    found = facts("Russia borders 14 countries, including China, Mongolia and North Korea.")
    for neighbour in ("Q148", "Q711", "Q423"):
        assert find(found, "SharedBorder", party={"Q159", neighbour})


def test_a_breakdown_right_after_a_total_has_the_totals_year() -> None:
    found = facts(
        "In 2022, the trade turnover between Uzbekistan and Turkey reached $3.1 billion. "
        "Uzbekistan's exports to Turkey amounted to $1.4 billion, while imports from Turkey "
        "stood at $1.7 billion. Later, Uzbekistan's exports to Turkey amounted to $2 billion."
    )
    for exporter, importer in (("Q265", "Q43"), ("Q43", "Q265")):
        flow = find(found, "TradeFlow", exporter={exporter}, importer={importer})
        assert flow is not None and [str(v) for v in flow.get("period")] == ["2022"]
    later = find(found, "TradeFlow", amount="2000000000")
    assert later is not None and not later.get("period")  # not the sentence right after


def test_a_total_then_a_flow_told_with_a_participle() -> None:
    found = facts(
        "Kenya and Ethiopia signed a treaty. The bilateral trade volume stood at $160 million in "
        "2023, with Ethiopia importing goods worth $110 million from Kenya."
    )
    assert find(found, "TradeFlow", party={"Q114", "Q115"}, amount="160000000")
    assert find(found, "TradeFlow", exporter={"Q114"}, importer={"Q115"}, amount="110000000")


def test_an_agreement_that_lets_a_state_use_another_states_bases() -> None:
    found = facts("The agreement allows US forces to use nine Philippine military bases.")
    assert find(
        found,
        "Permission",
        grantor={"Q928"},
        grantee={"Q30"},
        activity="MilitaryBasing",
        territory={"Q928"},
    )
    assert not facts("The agreement allows both sides to use the new customs procedures.")


def test_a_trade_goal_is_no_trade_figure() -> None:
    found = facts(
        "Mirziyoyev said Uzbekistan was ready to increase mutual trade with Kazakhstan to "
        "$10 billion in the coming years."
    )
    assert not find(found, "TradeFlow"), found
    found = facts(
        "Trade between Russia and China reached $190 billion in 2022, and the two sides aim to "
        "bring it to $250 billion."
    )
    flows = [f for f in found if f.cls.value == "TradeFlow"]
    assert [str(f.get("amount")[0]) for f in flows] == ["190000000000"], flows


def test_civilian_transit_is_not_military_transit() -> None:
    found = facts("Kazakhstan allowed Uzbek cargo to transit its territory.")
    assert find(found, "Permission", grantor={"Q232"}, grantee={"Q265"}, activity="Transit")
    found = facts("Belarus allowed Russian troops to transit its territory.")
    assert find(found, "Permission", grantor={"Q184"}, grantee={"Q159"}, activity="MilitaryTransit")


def test_a_states_or_bodys_trade_with_another() -> None:
    found = facts("Indonesia's trade with China amounted to $124 billion in 2021.")
    assert find(found, "TradeFlow", party={"Q252", "Q148"}, period="2021")
    found = facts("ASEAN's total trade with China reached USD 669.2 billion in 2021.")
    assert find(found, "TradeFlow", party={"Q7768", "Q148"})
    found = facts("Trade between ASEAN and Japan reached $240 billion in 2021.")
    assert find(found, "TradeFlow", party={"Q7768", "Q17"})


def test_goods_named_by_the_exporters_demonym_before_the_figure() -> None:
    found = facts("India imported Russian oil worth $25 billion in 2022.")
    assert find(found, "TradeFlow", exporter={"Q159"}, importer={"Q668"}, period="2022"), found


def test_exports_and_imports_of_one_state_in_one_sentence() -> None:
    found = facts(
        "Vietnam's exports to Laos were $436 million and its imports from Laos were $450 million."
    )
    flows = {
        (keys(f.get("exporter")).pop(), str(f.get("amount")[0]))
        for f in found
        if f.cls.value == "TradeFlow"
    }
    assert flows == {("Q881", "436000000"), ("Q819", "450000000")}, flows


def test_a_states_share_in_anothers_foreign_trade() -> None:
    found = facts("Iran's share in Armenia's foreign trade was 5.6 percent.")
    assert find(found, "TradeShare", reporter={"Q399"}, partner={"Q794"}, share="0.056"), found


@pytest.mark.parametrize(
    ("text", "grantor", "grantee", "activity"),
    [
        (
            "Armenia granted Iranian military aircraft permission to use its airspace.",
            "Q399",
            "Q794",
            "Overflight",
        ),
        (
            "Hungary gave permission for Serbian military helicopters to fly over Hungarian "
            "territory.",
            "Q28",
            "Q403",
            "Overflight",
        ),
        (
            "Romania has allowed Moldovan soldiers to train at Romanian military ranges.",
            "Q218",
            "Q217",
            "MilitaryExercise",
        ),
    ],
)
def test_permissions_granted_given_for_and_to_train(
    text: str, grantor: str, grantee: str, activity: str
) -> None:
    found = facts(text)
    assert find(found, "Permission", grantor={grantor}, grantee={grantee}, activity=activity), found


def test_a_figures_year_is_the_one_after_it_and_relations_normalised_in_a_year() -> None:
    found = facts(
        "Vietnam and the United States agreed to upgrade ties. Since the normalization of "
        "diplomatic relations in 1995, bilateral trade has grown to more than $138 billion in 2022."
    )
    assert find(found, "TradeFlow", party={"Q881", "Q30"}, period="2022"), found
    assert find(found, "DiplomaticRelations", party={"Q881", "Q30"}, startDate="1995"), found


def test_a_permission_until_a_year_ends_then() -> None:
    found = facts("Armenia allowed Russia to keep its military base in Gyumri until 2044.")
    permission = find(found, "Permission", grantor={"Q399"}, grantee={"Q159"})
    assert permission is not None and [str(v) for v in permission.get("endDate")] == ["2044"]
    assert not permission.get("date")
