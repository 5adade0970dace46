"""Relations between states and organisations in common news phrasings (session 9): memberships
named by the organisation, admissions, borders named by their states, dates of diplomatic
relations, treaty parties and partners."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.extract.test_patterns import facts, find

EAEU = "Q4173083"
CSTO = "Q318693"
SCO = "Q485207"


@pytest.mark.parametrize(
    "text",
    [
        "The Eurasian Economic Union includes Armenia, Belarus, Kazakhstan, Kyrgyzstan and Russia.",
        "The EAEU brings together Armenia, Belarus, Kazakhstan, Kyrgyzstan and Russia.",
        "The EAEU currently has five members: Armenia, Belarus, Kazakhstan, Kyrgyzstan and Russia.",
        "The members of the Eurasian Economic Union are Armenia, Belarus, Kazakhstan, Kyrgyzstan "
        "and Russia.",
    ],
)
def test_an_organisation_names_its_members(text: str) -> None:
    found = facts(text)
    for member in ("Q399", "Q184", "Q232", "Q813", "Q159"):
        assert find(found, "Membership", member={member}, organization={EAEU}), (member, found)


@pytest.mark.parametrize(
    "text",
    [
        "The CSTO comprises Armenia as an observer.",
        "Bolivia was accepted into the CSTO as a partner country.",
        "The EU's sanctions package includes Belarus.",
        "Kazakhstan was admitted to hospital.",
    ],
)
def test_no_membership_from_observers_partners_or_other_lists(text: str) -> None:
    assert not find(facts(text), "Membership"), facts(text)


@pytest.mark.parametrize(
    ("text", "start"),
    [
        (
            "Belarus was admitted to the Shanghai Cooperation Organisation on July 4, 2024.",
            "2024-07-04",
        ),
        ("Finland was formally admitted to NATO in April 2023.", "2023-04"),
        (
            "Iran was accepted as a full member of the Shanghai Cooperation Organisation in "
            "July 2023.",
            "2023-07",
        ),
    ],
)
def test_admission_starts_a_membership(text: str, start: str) -> None:
    assert find(facts(text), "Membership", startDate=start), facts(text)


def test_a_second_organisation_with_its_own_start() -> None:
    found = facts(
        "Azerbaijan has been a member of the Council of Europe since 2001 and of the OSCE since "
        "1992."
    )
    assert find(found, "Membership", member={"Q227"}, organization={"Q8908"}, startDate="2001")
    assert find(found, "Membership", member={"Q227"}, organization={"Q81299"}, startDate="1992")


def test_members_in_apposition_and_after_a_relative_clause() -> None:
    found = facts(
        "China and Russia, both permanent members of the UN Security Council, blocked the "
        "resolution."
    )
    assert find(found, "Membership", member={"Q148"}, organization={"Q37470"}), found
    found = facts("Belarus, which joined the CSTO in 1994, is also a member of the CIS.")
    assert find(found, "Membership", member={"Q184"}, organization={"Q7779"}), found


def test_assuming_the_chair() -> None:
    found = facts(
        "Kazakhstan assumed the chairmanship of the Shanghai Cooperation Organisation in July 2023."
    )
    assert find(found, "Membership", member={"Q232"}, organization={SCO}), found


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        ("Uzbekistan is bordered by Kazakhstan, Kyrgyzstan and Tajikistan.", {"Q265", "Q813"}),
        ("Finland closed its border with Russia in November 2023.", {"Q33", "Q159"}),
        ("Finland's 1,340-kilometre border with Russia is NATO's longest.", {"Q33", "Q159"}),
        ("Russia massed troops along its border with Ukraine in early 2022.", {"Q159", "Q212"}),
    ],
)
def test_borders_named_by_a_state(text: str, pair: set[str]) -> None:
    assert find(facts(text), "SharedBorder", party=pair), facts(text)


@pytest.mark.parametrize(
    "text",
    [
        "The EU's border with Belarus is under pressure.",
        "Turkey, which hosts refugees from Syria, reinforced its border with Iran.",
    ],
)
def test_no_border_for_an_organisation_or_another_subject(text: str) -> None:
    found = facts(text)
    assert not find(found, "SharedBorder", party={"Q458"}), found
    # (Syria, named in the aside, is not the subject whose border it is: Turkey's border with Iran
    # is, read once the aside is set apart; test_s11_rel2.py)
    assert not find(found, "SharedBorder", party={"Q858"}), found


def test_relations_whose_restoration_was_brokered() -> None:
    # "brokered" is not "broke", "several" not "sever"
    found = facts(
        "The restoration of diplomatic relations between Saudi Arabia and Iran was brokered by "
        "China."
    )
    assert find(found, "DiplomaticRelations", party={"Q851", "Q794"}), found
    found = facts("Kazakhstan and Japan established diplomatic relations several decades ago.")
    assert find(found, "DiplomaticRelations", party={"Q232", "Q17"}), found


def test_re_established_relations_do_not_start_then() -> None:
    found = facts("Belarus and Venezuela re-established diplomatic relations in 2007.")
    relation = find(found, "DiplomaticRelations", party={"Q184", "Q717"})
    assert relation is not None and not relation.get("startDate"), found


def test_anniversary_dates() -> None:
    found = facts(
        "China and Vietnam marked the 75th anniversary of the establishment of diplomatic ties "
        "in January 2025."
    )
    assert find(found, "DiplomaticRelations", party={"Q148", "Q881"}, startDate="1950"), found
    found = facts(
        "Kazakhstan and Japan marked the 30th anniversary of diplomatic relations established "
        "in 1992."
    )
    assert find(found, "DiplomaticRelations", party={"Q232", "Q17"}, startDate="1992"), found


def test_a_parliament_is_no_treaty_party() -> None:
    found = facts(
        "The State Duma ratified the treaty on comprehensive strategic partnership with the DPRK "
        "on July 24, 2024."
    )
    assert not find(found, "TreatyRelation"), found


def test_leaders_sign_for_the_states_they_lead() -> None:
    found = facts(
        "Russian President Vladimir Putin and North Korean leader Kim Jong Un signed the treaty "
        "on Wednesday.",
        date=dt.date(2024, 6, 20),
    )
    assert find(found, "TreatyRelation", party={"Q159", "Q423"}, date="2024-06-19"), found


def test_the_signing_date_of_an_agreement_between() -> None:
    found = facts(
        "The agreement between China and the Solomon Islands on security cooperation was signed "
        "in April 2022."
    )
    assert find(found, "TreatyRelation", party={"Q148", "Q685"}, date="2022-04"), found


def test_one_of_a_states_allies() -> None:
    found = facts("Kazakhstan is one of Russia's closest allies.")
    assert find(found, "Partnership", party={"Q232", "Q159"}), found
    assert not find(facts("Kazakhstan is one of China's largest trading partners."), "Partnership")


@pytest.mark.parametrize(
    "text",
    [
        "Israel and Saudi Arabia have been negotiating the normalisation of relations.",
        "The two sides discussed the possible establishment of diplomatic relations between "
        "Saudi Arabia and Israel.",
        "Talks on establishing diplomatic ties between Armenia and Turkey resumed in Vienna.",
    ],
)
def test_relations_still_sought_are_no_relations(text: str) -> None:
    assert not find(facts(text), "DiplomaticRelations"), facts(text)


def test_rejoined_and_members_of_both() -> None:
    found = facts("Uzbekistan rejoined the CSTO in 2006.")
    assert find(found, "Membership", member={"Q265"}, organization={CSTO}, startDate="2006")
    found = facts("Armenia is a member of both the CSTO and the EAEU.")
    assert find(found, "Membership", member={"Q399"}, organization={EAEU}), found


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        ("China and Pakistan are all-weather strategic cooperative partners.", {"Q148", "Q843"}),
        ("Japan and Australia upgraded their Special Strategic Partnership.", {"Q17", "Q408"}),
        ("France considers India a strategic partner.", {"Q142", "Q668"}),
        ("Kazakhstan views the European Union as a key partner.", {"Q232", "Q458"}),
    ],
)
def test_partners_in_other_words(text: str, pair: set[str]) -> None:
    assert find(facts(text), "Partnership", party=pair), facts(text)


@pytest.mark.parametrize(
    "text",
    [
        "Germany considers China a partner, competitor and systemic rival.",
        "France could consider India a strategic partner if talks succeed.",
        "Germany does not consider China a reliable partner.",
        "Russia considers Ukraine a threat.",
    ],
)
def test_no_partner_without_a_kind_or_when_hedged(text: str) -> None:
    assert not find(facts(text), "Partnership"), facts(text)


def test_a_membership_stated_aside_in_a_hedged_sentence() -> None:
    found = facts(
        "Estonia, which is also a NATO and European Union member, said it could follow suit."
    )
    assert find(found, "Membership", member={"Q191"}, organization={"Q7184"}), found
    assert find(found, "Membership", member={"Q191"}, organization={"Q458"}), found
    found = facts("Hungary, a member of NATO, could veto the decision.")
    assert find(found, "Membership", member={"Q28"}, organization={"Q7184"}), found
    for text in (
        "If Ukraine joins NATO, Russia will respond.",
        "Moldova, which wants to become a member of the EU, could join by 2030.",
        "Mongolia, which has observer status in the SCO, may become a member.",
    ):
        assert not find(facts(text), "Membership"), text


def test_an_observer_aside_leaves_the_rest_of_the_sentence() -> None:
    found = facts(
        "Belarus, which obtained observer status in 2015, is also a member of the Collective "
        "Security Treaty Organization."
    )
    assert find(found, "Membership", member={"Q184"}, organization={CSTO}), found
    found = facts("Turkey, which has been an EU candidate since 1999, is a member of NATO.")
    assert find(found, "Membership", member={"Q43"}, organization={"Q7184"}), found
    assert not find(found, "Membership", organization={"Q458"}), found


def test_a_border_with_a_parenthesised_length() -> None:
    found = facts("Finland shares a 1,340-km (832-mile) border with Russia.")
    assert find(found, "SharedBorder", party={"Q33", "Q159"}), found


def test_a_commitment_under_a_named_treaty() -> None:
    found = facts(
        "The Secretary reaffirmed the United States' ironclad commitment to the Philippines under "
        "the 1951 Mutual Defense Treaty."
    )
    treaty = find(found, "TreatyRelation", party={"Q30", "Q928"})
    assert treaty is not None and "Mutual Defense Treaty" in treaty.get("instrument"), found
    found = facts(
        "The United States and the United Kingdom have been bound by the North Atlantic Treaty "
        "since 1949."
    )
    assert find(found, "TreatyRelation", party={"Q30", "Q145"}, instrument="North Atlantic Treaty")


def test_instrument_names_with_and_but_without_their_date() -> None:
    found = facts(
        "Uzbekistan and the European Union signed an Enhanced Partnership and Cooperation "
        "Agreement on October 24, 2024."
    )
    treaty = find(found, "TreatyRelation", party={"Q265", "Q458"}, date="2024-10-24")
    assert treaty is not None, found
    assert treaty.get("instrument") == ("Enhanced Partnership and Cooperation Agreement",), treaty


def test_concluded_negotiations_are_no_treaty() -> None:
    found = facts(
        "The EU and Mercosur concluded negotiations on a trade agreement in December 2024."
    )
    assert not find(found, "TreatyRelation"), found


def test_relations_dating_back_or_established_first() -> None:
    found = facts("Russian-Indian diplomatic relations date back to April 13, 1947.")
    assert find(found, "DiplomaticRelations", party={"Q159", "Q668"}, startDate="1947-04-13")
    found = facts(
        "Kazakhstan became the first country in Central Asia to establish diplomatic relations "
        "with Israel in 1992."
    )
    assert find(found, "DiplomaticRelations", party={"Q232", "Q801"}, startDate="1992"), found


def test_allies_of_an_organisation_are_its_members() -> None:
    found = facts("Greece and Turkey are NATO allies but have long-running disputes.")
    assert find(found, "Membership", member={"Q41"}, organization={"Q7184"}), found
    assert find(found, "Membership", member={"Q43"}, organization={"Q7184"}), found
    assert not find(facts("Japan and South Korea are US allies."), "Membership")


def test_members_named_after_capitalised_members_of() -> None:
    found = facts("Members of the European Union include France, Germany and Italy.")
    assert find(found, "Membership", member={"Q142"}, organization={"Q458"}), found


def test_became_members_is_dated() -> None:
    found = facts("Egypt, Ethiopia and Iran officially became members of BRICS on January 1, 2024.")
    assert find(found, "Membership", member={"Q794"}, startDate="2024-01-01"), found


def test_a_treaty_named_after_a_pair() -> None:
    found = facts(
        "The Parties noted with satisfaction that the Treaty on the Kazakh-Kyrgyz State Border, "
        "signed in 2001, has been fully implemented."
    )
    assert find(found, "TreatyRelation", party={"Q232", "Q813"}, date="2001"), found
    for text in (
        "The two sides discussed a draft agreement on the Armenian-Azerbaijani border.",
        "Officials discussed the agreement on Kazakh-Uzbek trade.",
    ):
        assert not find(facts(text), "TreatyRelation"), text


def test_a_list_of_members_ends_where_a_clause_begins() -> None:
    found = facts("NATO has 32 members, including Finland, and Russia opposes its expansion.")
    assert find(found, "Membership", member={"Q33"}, organization={"Q7184"}), found
    assert not find(found, "Membership", member={"Q159"}), found
    found = facts("The EU includes Hungary, Poland, and Slovakia.")
    assert find(found, "Membership", member={"Q214"}, organization={"Q458"}), found


def test_signing_a_partnership_treaty_names_the_partnership() -> None:
    found = facts(
        "Russian President Vladimir Putin and North Korean leader Kim Jong Un signed the Treaty "
        "on Comprehensive Strategic Partnership on Wednesday.",
        date=dt.date(2024, 6, 20),
    )
    assert find(found, "Partnership", party={"Q159", "Q423"}), found
    treaty = find(found, "TreatyRelation", party={"Q159", "Q423"})
    assert treaty is not None, found
    assert treaty.get("instrument") == ("Treaty on Comprehensive Strategic Partnership",), treaty
    found = facts("Moldova and Romania signed a strategic partnership agreement in 2010.")
    assert find(found, "Partnership", party={"Q217", "Q218"}), found
    for text in (
        "The EU and Kazakhstan signed a memorandum on a strategic partnership in raw materials.",
        "Uzbekistan and the European Union signed an Enhanced Partnership and Cooperation "
        "Agreement on October 24, 2024.",
        "Russia and Iran will sign a comprehensive strategic partnership treaty.",
    ):
        assert not find(facts(text), "Partnership"), text


@pytest.mark.parametrize(
    "text",
    [
        "Non-NATO member Sweden took part in the exercise.",
        "The exercise included non-EU members Norway and Iceland.",
        "Former NATO member France left the integrated command in 1966.",
        "Non-EU members, including Norway and Iceland, joined the sanctions.",
    ],
)
def test_non_and_former_members_are_no_members(text: str) -> None:
    assert not find(facts(text), "Membership"), facts(text)


def test_neighbouring_countries_and_common_borders() -> None:
    found = facts("Armenia and Azerbaijan and neighbouring countries must respect the ceasefire.")
    assert not find(found, "SharedBorder"), found
    found = facts("Egypt and Sudan are neighbouring countries.")
    assert find(found, "SharedBorder", party={"Q79", "Q1049"}), found
    found = facts("Kazakhstan and Russia share common borders and common interests.")
    assert find(found, "SharedBorder", party={"Q232", "Q159"}), found


@pytest.mark.parametrize(
    "text",
    [
        "Russia and China have criticised the AUKUS alliance.",
        "China and Russia have repeatedly condemned the NATO alliance's expansion.",
        "Iran and Russia have discussed a strategic partnership with China.",
        "Russia and Belarus have warned the NATO alliance against provocations.",
    ],
)
def test_an_alliance_spoken_of_is_not_the_speakers(text: str) -> None:
    assert not find(facts(text), "Partnership"), facts(text)


def test_an_alliance_they_have() -> None:
    found = facts("The United States and South Korea have an ironclad alliance.")
    assert find(found, "Partnership", party={"Q30", "Q884"}), found


@pytest.mark.parametrize(
    "text",
    [
        "Russia and Ukraine exchanged accusations of violating the grain agreement.",
        "Russia and Ukraine exchanged prisoners under an agreement brokered by the UAE.",
        "Russia and Ukraine signed separate agreements with Turkey and the UN in Istanbul.",
    ],
)
def test_no_treaty_from_exchanged_accusations_or_separate_agreements(text: str) -> None:
    assert not find(facts(text), "TreatyRelation"), facts(text)


def test_exchanging_instruments_is_a_treaty() -> None:
    found = facts("Russia and Kazakhstan exchanged the instruments of ratification of the treaty.")
    assert find(found, "TreatyRelation", party={"Q159", "Q232"}), found


@pytest.mark.parametrize(
    ("text", "member", "org"),
    [
        ("The Netherlands chaired the OSCE in 2003.", "Q29999", "Q81299"),
        ("Laos is the ASEAN chair for 2024.", "Q819", "Q7768"),
        ("Malta, the current OSCE Chair, called for calm.", "Q233", "Q81299"),
        ("The ASEAN chairmanship passed from Indonesia to Laos.", "Q252", "Q7768"),
    ],
)
def test_chairing_an_organisation(text: str, member: str, org: str) -> None:
    assert find(facts(text), "Membership", member={member}, organization={org}), facts(text)


def test_a_candidacy_in_its_own_clause_or_list_item() -> None:
    found = facts("Armenia joined the CSTO and applied for EU candidate status.")
    assert find(found, "Membership", member={"Q399"}, organization={CSTO}), found
    assert not find(found, "Membership", organization={"Q458"}), found
    found = facts("Moldova, a candidate country, and Romania, an EU member, signed the deal.")
    assert find(found, "Membership", member={"Q218"}, organization={"Q458"}), found
    assert not find(found, "Membership", member={"Q217"}), found


def test_an_organisation_admits_a_member() -> None:
    found = facts("ASEAN admitted Timor-Leste as its 11th member on October 26, 2025.")
    assert find(
        found, "Membership", member={"Q574"}, organization={"Q7768"}, startDate="2025-10-26"
    ), found
    assert not find(facts("The EU accepted Ukraine as a candidate country."), "Membership")


def test_an_upgrade_is_not_dated_by_a_later_clause() -> None:
    found = facts(
        "The United States and Vietnam upgraded their relations to a comprehensive strategic "
        "partnership, 28 years after normalising diplomatic relations in 1995."
    )
    partnership = find(found, "Partnership", party={"Q30", "Q881"})
    assert partnership is not None and not partnership.get("startDate"), found
