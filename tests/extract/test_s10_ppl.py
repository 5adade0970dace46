"""The pre-checks of title finding (offices.find_titles) skip a sentence, or its words after the
last title keyword, when no title can be there; these tests keep the keywords and first words in
step with the title patterns they guard: one phrase for each alternative of offices._TITLES."""

from __future__ import annotations

import datetime as dt

import pytest

from dipld.extract import offices, people
from dipld.extract.spans import Mention
from tests.extract.test_patterns import facts, find

MAY_2023 = dt.date(2023, 5, 4)

TITLES = [
    # DeputyHeadOfGovernment
    "First Deputy Prime Minister",
    "Deputy Prime Minister for European and Euro-Atlantic Integration",
    "Vice-Premier",
    "Vice Premier",
    "Deputy Premier",
    "Vice President",
    "Deputy President",
    "First Deputy Head of the Government",
    # DeputyMinister
    "Deputy Foreign Minister",
    "Vice Minister of Foreign Affairs",
    "First Deputy Secretary of State",
    "Vice Foreign Secretary",
    "Under Secretary of State for Political Affairs",
    "Undersecretary for Trade",
    "Deputy Secretary of Defense",
    "Deputy Minister of Energy",
    "Minister of State for External Affairs",
    "Parliamentary Vice-Minister for Foreign Affairs",
    # NationalSecurityAdvisor
    "National Security Adviser",
    "Deputy National Security Advisor",
    # HeadOfGovernment
    "Prime Minister",
    "Premier",
    "Chancellor",
    "PM",
    # ForeignMinister
    "Foreign Minister",
    "Minister of Foreign Affairs and International Cooperation",
    "Minister of Europe and Foreign Affairs",
    "Minister of Foreign and European Affairs",
    "Minister of External Relations",
    "Federal Minister for European and International Affairs",
    "Secretary of State",
    "Foreign Secretary",
    "Minister of External Affairs",
    "Cabinet Secretary for Foreign and Diaspora Affairs",
    "External Affairs Minister",
    "High Representative for Common Foreign and Security Policy",
    "High Representative of the Union for Foreign Affairs and Security Policy",
    "foreign policy chief",
    "top diplomat",
    "FM",
    "EAM",
    "head of the Belarusian Foreign Ministry",
    "head of Russian diplomacy",
    # SpecialEnvoy
    "Special Presidential Envoy for Climate",
    "Special Representative",
    # Ambassador
    "Deputy Permanent Representative",
    "Alternate Permanent Representative",
    "Ambassador-at-Large",
    "Ambassador Extraordinary and Plenipotentiary",
    "Envoy",
    "Chargé d'Affaires",
    # SeniorOfficial
    "Principal Deputy Assistant Secretary of State for European Affairs",
    "Acting Assistant Secretary",
    "Senior Director for Europe",
    "Senior Official",
    "Senior Adviser",
    "Assistant Minister for Economic and Trade Affairs",
    "Deputy Chief of Mission",
    "Deputy Chief of Staff",
    "Chief of Staff",
    "Presidential Aide",
    "Special Aide to the President",
    "Aide to the President",
    "Political Director",
    "Speaker of the State Duma",
    "Deputy Central Bank Governor",
    "Deputy Governor of the Central Bank",
    "Counselor",
    "Aide",
    # HeadOfOrganization
    "Secretary-General",
    "Director General",
    "Honorary Chairman of the Board",
    "Managing Director",
    "General Secretary of the Communist Party of Vietnam Central Committee",
    # MilitaryCommander
    "Vice Chairman of the Central Military Commission",
    "Chief of the General Staff",
    "Commander-in-Chief",
    "Chief of General Staff",
    "Defence Chief",
    # HeadOfState
    "President",
    "King",
    "Queen",
    "Emir",
    "Amir",
    "Sultan",
    "Supreme Leader",
    "Head of State",
    # HeadOfGovernment
    "head of the Kazakh government",
    # Minister
    "Minister-in-Charge of the Council",
    "Minister of Finance",
    "Chief Cabinet Secretary",
    "Prime Cabinet Secretary",
    "Cabinet Secretary for Trade",
    "Economy, Trade and Industry Minister",
    "Secretary of the Treasury",
    "Treasury Secretary",
    "United States Trade Representative",
    "U.S. Trade Representative",
    # HeadOfAgency
    "Administrator",
    "Director of the Federal Security Service",
    "Head of the Presidential Administration",
    "Director",
    "Governor of the Central Bank",
    "Spy Chief",
    "Intelligence Chief",
    "Police Chief",
    # HeadOfOrganization
    "Aid Chief",
    "Nuclear Chief",
    "Chief",
    "Spokesperson",
    "Spokesman",
    "Spokeswoman",
    "Chairman",
    "Chairwoman",
    "Honorary Chairperson",
    # Secretary
    "Secretary",
    "High Representative",
    # Counterpart
    "counterpart",
    "Opposite Number",
]
MODIFIERS = ["", "Acting ", "former ", "then ", "Incoming ", "newly appointed ", "New "]


@pytest.mark.parametrize("title", TITLES)
@pytest.mark.parametrize("modifier", MODIFIERS)
def test_every_title_passes_the_title_prechecks(modifier: str, title: str) -> None:
    phrase = modifier + title
    found = offices._ALL.match(phrase)
    assert found is not None and found.end() == len(phrase), (
        f"the title pattern no longer reads {phrase!r}"
    )
    low = phrase.lower()
    # no title starts after the last of these keywords
    assert any(key in low for key in offices._TITLE_KEYS) or "PM" in phrase, (
        f"{phrase!r} is a title without a keyword of _TITLE_KEYS: add one"
    )
    # the words a title can start with
    first = offices._WORD.match(phrase)
    assert first is not None and first.group()[:5].lower() in offices._FIRST_STEMS, (
        f"{phrase!r} starts with a word find_titles does not try: see _first_words"
    )


def test_titles_after_the_last_keyword_of_the_sentence_are_found() -> None:
    # the title is the sentence's last keyword: it is still read
    text = "The Spokesman said Supreme Leader Ali Khamenei agreed"
    assert [t.text for t in offices.find_titles(text)] == ["Spokesman", "Supreme Leader"]
    # and one after a word that can start a title but does not
    text = "Economic cooperation was discussed by the President"
    assert [t.text for t in offices.find_titles(text)] == ["President"]


def test_a_supreme_leader_alone_is_a_title() -> None:
    # "leader" is a title keyword: a sentence whose only title is "Supreme Leader" is read
    text = "Iran's Supreme Leader Ali Khamenei received Putin in Tehran on Tuesday."
    assert [t.text for t in offices.find_titles(text)] == ["Supreme Leader"]
    found = facts(text, dt.date(2022, 7, 20))
    assert find(found, "Tenure", holder={"Q57336"}, post={"Q332486"}) is not None


SURNAMES_AND_TITLES = [
    "Lavrov met his Azerbaijani counterpart Jeyhun Bayramov on Friday.",
    "Tokayev, Kazakhstan's president, met Putin and Xi in Astana.",
    "President Putin and Xi met Foreign Minister Wang Yi; Lavrov and Blinken spoke.",
    "Prime Minister Modi and Biden met Macron, France's president, and Scholz.",
    "Presidents Putin and Xi signed the statement; Lukashenko, Erdogan and Johnson & Johnson too.",
]


@pytest.mark.parametrize("body", SURNAMES_AND_TITLES)
def test_bare_surnames_after_binding_titles_find_no_more(
    body: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    # the mention finder reads bare surnames again after bind_titles; People skips that second
    # reading of the mentions bind_titles returned (it found them all): the facts are the same
    skipped = facts(body, date=MAY_2023)
    bind_titles = people.People.bind_titles

    def read_again(
        self: people.People, mentions: list[Mention], text: str, base: int
    ) -> list[Mention]:
        found = bind_titles(self, mentions, text, base)
        self._surnames_read = None
        return found

    monkeypatch.setattr(people.People, "bind_titles", read_again)
    assert facts(body, date=MAY_2023) == skipped
