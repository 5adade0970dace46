"""People the extractor did not find or link (session 20, names2): long Gulf names that share
only a given name and a family with a KB person; officials the KB lists by a chiefly title
written before their personal name; Lao officials called by their given name, and a given name
after an honorific; "the Crown Prince and Prime Minister" as the head of government of the one
monarchy named; a royal style before a person's mention; a counterpart's office when a bare
title in a relative clause holds another one. With near misses: another person of the same
family, a republic's prime minister, a counterpart named without a title, a given name of a
state whose officials are not called by it."""

from __future__ import annotations

import datetime as dt

from tests.extract.test_patterns import facts, facts_of, find, keys

KUWAIT, IRAN, LEBANON, BAHRAIN, ISRAEL = "Q817", "Q794", "Q822", "Q398", "Q801"
TONGA, AUSTRALIA, LAOS, VIETNAM, THAILAND = "Q678", "Q408", "Q819", "Q881", "Q869"
JAPAN, CHINA, INDIA, ARGENTINA = "Q17", "Q148", "Q668", "Q414"
KUWAIT_PM_2022 = "Q109259869"  # Ahmed Nawaf Al-Ahmad Al-Sabah, prime minister
HUAKAVAMEILIKU = "Q19631293"  # prime minister of Tonga (the KB's label: his chiefly title)
PHANKHAM = "Q7180477"
PHAM_MINH_CHINH = "Q10806940"
NGUYEN_XUAN_PHUC = "Q10800073"
PRAYUT = "Q2108126"
KISHIDA = "Q359480"
BAHRAIN_PM = "Q58140"  # Salman bin Hamad bin Isa Al Khalifa, crown prince and prime minister
BAHRAIN_KING = "Q57352"
BENNETT = "Q39318"
WANG_YI = "Q701801"
CAFIERO = "Q68869954"
ALBANESE = "Q335697"


def _holders(found: list, role: str, state: str) -> set[str]:
    return {
        k
        for f in facts_of(found, "Tenure")
        if state in keys(f.get("jurisdiction")) and role in {str(r) for r in f.get("role")}
        for k in keys(f.get("holder"))
    }


def _actors(found: list, kind: str) -> list[set[str]]:
    return [
        keys(f.get("actor"))
        for f in found
        if f.cls.value == "Event" and str(f.get("eventType")[0]) == kind
    ]


# ---- Gulf names: the names between given name and family decide ------------------------------


def test_gulf_minister_with_other_fathers_name_is_not_the_kb_namesake() -> None:
    found = facts(
        "Kuwait's Minister of Foreign Affairs Sheikh Dr. Ahmad Nasser Al-Mohammad Al-Sabah "
        "arrived in Beirut on Saturday. Sheikh Ahmad met President Michel Aoun on Sunday.",
        dt.date(2022, 1, 10),
    )
    holders = _holders(found, "ForeignMinister", KUWAIT)
    assert holders == {"Ahmad Nasser Al-Mohammad Al-Sabah"}
    assert KUWAIT_PM_2022 not in {k for f in found for k in keys(f.get("participant"))}
    meeting = find(found, "Meeting")
    assert meeting is not None
    assert "Ahmad Nasser Al-Mohammad Al-Sabah" in keys(meeting.get("participant"))


def test_gulf_minister_later_called_sheikh_and_given_name() -> None:
    found = facts(
        "Kuwaiti Foreign Minister Sheikh Ahmad Nasser Al-Mohammad Al-Sabah received the Iranian "
        "ambassador on Monday. Sheikh Ahmad thanked Iran for its support.",
        dt.date(2022, 1, 10),
    )
    assert {"Ahmad Nasser Al-Mohammad Al-Sabah"} in _actors(found, "SUPPORT")


def test_gulf_name_that_is_the_kb_person_still_links() -> None:
    found = facts(
        "Kuwait's Prime Minister Sheikh Ahmed Nawaf Al-Ahmad Al-Sabah received the Iranian "
        "foreign minister on Monday.",
        dt.date(2023, 3, 14),
    )
    assert KUWAIT_PM_2022 in _holders(found, "HeadOfGovernment", KUWAIT)


# ---- a chiefly title before the personal name ----------------------------------------------


def test_chiefly_title_before_the_name_links_to_the_kb_holder() -> None:
    found = facts(
        "Tonga's Prime Minister Hon. Hu'akavameiliku Siaosi Sovaleni held talks with Australian "
        "Prime Minister Anthony Albanese in Canberra on Monday.",
        dt.date(2023, 3, 14),
    )
    assert HUAKAVAMEILIKU in _holders(found, "HeadOfGovernment", TONGA)
    meeting = find(found, "Meeting", participant={HUAKAVAMEILIKU, ALBANESE})
    assert meeting is not None


def test_chiefly_title_of_another_office_is_not_linked() -> None:
    # (the KB's Hu'akavameiliku is prime minister, not foreign minister)
    found = facts(
        "Tonga's Foreign Minister Hu'akavameiliku Siaosi Sovaleni met Australian Prime Minister "
        "Anthony Albanese on Monday.",
        dt.date(2023, 3, 14),
    )
    assert HUAKAVAMEILIKU not in {k for f in found for k in keys(f.get("holder"))}


# ---- given names of South-East Asian leaders ----------------------------------------------


def test_lao_prime_minister_called_by_given_name() -> None:
    found = facts(
        "Vietnamese Prime Minister Pham Minh Chinh hosted Lao Prime Minister Phankham Viphavanh "
        "in Hanoi on Sunday. Later, Phankham met President Nguyen Xuan Phuc. Phankham praised "
        "Vietnam's achievements.",
        dt.date(2022, 1, 9),
    )
    assert find(found, "Meeting", participant={PHANKHAM, NGUYEN_XUAN_PHUC}) is not None
    assert {PHANKHAM} in _actors(found, "SUPPORT")


def test_vietnamese_leader_called_by_last_token() -> None:
    found = facts(
        "Lao Prime Minister Phankham Viphavanh arrived in Hanoi on Sunday for talks with "
        "Vietnamese Prime Minister Pham Minh Chinh. Chinh thanked Laos for its support.",
        dt.date(2022, 1, 9),
    )
    assert {PHAM_MINH_CHINH} in _actors(found, "SUPPORT")


def test_given_name_after_an_honorific() -> None:
    found = facts(
        "Thai Prime Minister Prayut Chan-o-cha held talks with Japanese Prime Minister Fumio "
        "Kishida on Tuesday. General Prayut also thanked Japan for its support.",
        dt.date(2022, 5, 2),
    )
    assert {PRAYUT} in _actors(found, "SUPPORT")


def test_given_name_of_another_state_after_an_honorific_is_not_resolved() -> None:
    # (Japanese officials are not called by their given name: "Mr Fumio" is nobody named)
    found = facts(
        "Japanese Prime Minister Fumio Kishida held talks with Thai Prime Minister Prayut "
        "Chan-o-cha on Tuesday. Mr Fumio also thanked Thailand for its support.",
        dt.date(2022, 5, 2),
    )
    assert {KISHIDA} not in _actors(found, "SUPPORT")


def test_counterpart_with_a_spelling_of_the_kb_name() -> None:
    found = facts(
        "Prime Minister Pham Minh Chinh held talks with his Lao counterpart Phankham Viphavanh "
        "in Hanoi on Sunday.",
        dt.date(2022, 1, 9),
    )
    assert PHANKHAM in _holders(found, "HeadOfGovernment", LAOS)


# ---- the Crown Prince and Prime Minister; royal styles ---------------------------------------


def test_crown_prince_and_prime_minister_of_a_state_gets_the_tenure() -> None:
    found = facts(
        "His Royal Highness the Crown Prince and Prime Minister of Bahrain met the Indian "
        "foreign minister on Monday.",
        dt.date(2022, 2, 15),
    )
    assert BAHRAIN_PM in _holders(found, "HeadOfGovernment", BAHRAIN)


def test_crown_prince_and_prime_minister_is_the_monarchys_not_the_guests() -> None:
    found = facts(
        "His Majesty King Hamad bin Isa Al Khalifa received Israeli Prime Minister Naftali "
        "Bennett today. His Royal Highness the Crown Prince and Prime Minister met Mr Bennett "
        "in the afternoon.",
        dt.date(2022, 2, 15),
    )
    assert BAHRAIN_PM in _holders(found, "HeadOfGovernment", BAHRAIN)
    assert find(found, "Meeting", participant={BAHRAIN_PM, BENNETT}) is not None


def test_crown_prince_and_prime_minister_without_a_monarchy_named_is_not_a_republics() -> None:
    found = facts(
        "Israeli Prime Minister Naftali Bennett met Indian Prime Minister Narendra Modi on "
        "Monday. The Crown Prince and Prime Minister also attended.",
        dt.date(2022, 2, 15),
    )
    assert all(
        "Crown" not in str(f.get("officeLabel")) and len(keys(f.get("holder"))) == 1
        for f in facts_of(found, "Tenure")
    )
    assert len(facts_of(found, "Tenure")) == 2


def test_met_his_majesty_the_king_of_a_state() -> None:
    found = facts(
        "Japanese Prime Minister Fumio Kishida met His Majesty the King of Bahrain on Monday.",
        dt.date(2022, 6, 6),
    )
    assert find(found, "Meeting", participant={KISHIDA, BAHRAIN_KING}) is not None


def test_met_his_majesty_king_by_name() -> None:
    found = facts(
        "Japanese Prime Minister Fumio Kishida met His Majesty King Hamad bin Isa Al Khalifa "
        "in Manama on Monday.",
        dt.date(2022, 6, 6),
    )
    assert find(found, "Meeting", participant={KISHIDA, BAHRAIN_KING}) is not None


def test_his_majesty_king_who_did_not_meet() -> None:
    found = facts(
        "Japanese Prime Minister Fumio Kishida did not meet His Majesty the King of Bahrain on "
        "Monday.",
        dt.date(2022, 6, 6),
    )
    assert find(found, "Meeting", participant={KISHIDA, BAHRAIN_KING}) is None


def test_will_meet_his_majesty_is_no_meeting() -> None:
    found = facts(
        "Japanese Prime Minister Fumio Kishida will meet His Majesty the King of Bahrain next "
        "week.",
        dt.date(2022, 6, 6),
    )
    assert find(found, "Meeting", participant={KISHIDA, BAHRAIN_KING}) is None


# ---- a counterpart after a relative clause with a bare title ---------------------------------


def test_counterpart_after_relative_clause_with_the_president() -> None:
    found = facts(
        "President Alberto Fernandez held talks with his Chinese counterpart Xi Jinping in "
        "Beijing on Sunday. Foreign Minister Santiago Cafiero, who flew in with the president, "
        "signed a separate accord with his Chinese counterpart Wang Yi on farming.",
        dt.date(2022, 2, 6),
    )
    assert WANG_YI in _holders(found, "ForeignMinister", CHINA)
    assert CAFIERO in _holders(found, "ForeignMinister", ARGENTINA)


def test_counterpart_of_two_titled_officials_stays_unresolved() -> None:
    # (two officials named with titles of different offices: whose counterpart is unclear)
    found = facts(
        "President Alberto Fernandez and Foreign Minister Santiago Cafiero met their Chinese "
        "counterpart Wang Yi on Sunday.",
        dt.date(2022, 2, 6),
    )
    assert WANG_YI not in _holders(found, "HeadOfState", CHINA)


# ---- word gates ------------------------------------------------------------------------------


def test_gates_are_implied_by_their_patterns() -> None:
    """Each new pattern's gate word is in every match: with it blanked out, no match."""
    from dipld.extract import facts as facts_module
    from dipld.extract import mentions, people

    samples = [
        "met His Majesty the ",
        "met Their Majesties ",
        "met His Royal Highness the Crown Prince and ",
        "Her Highness ",
        "the Crown Prince and the ",
        "Crown  Prince\nand ",
    ]
    royal = mentions._ROYAL_STYLE_BEFORE
    assert all(royal.search(s) for s in samples[:4])
    for s in samples:
        blanked = s.replace("Majest", "Xxxxxx").replace("Highness", "Xxxxxxxx")
        assert royal.search(blanked) is None
    for pattern in (people._HEIR_AND_BEFORE, facts_module._HEIR_AND):
        assert pattern.search(samples[4]) and pattern.search(samples[5])
        for s in samples:
            assert pattern.search(s.replace("Prince", "Xxxxxx")) is None
    assert facts_module._HEIR_IN.search("His Royal Highness the Crown Prince and Prime Minister")
    assert facts_module._HEIR_IN.search("His Royal Highness the Crown Xxxxxx and Prime") is None
